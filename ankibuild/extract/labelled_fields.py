"""Labelled note fields: Anki text exports and the question/answer labels of languages the label-pair
rule does not read, each label opening a line, plain or bold, the whole question line bold or not:

    Front: What does ARP resolve?
    Back: An IPv4 address to a MAC address.
    Tags: arp layer2

    Text: Water boils at {{c1::100}} °C at sea level.
    Extra: At 1 atm.

    **T: Apa itu Pod?**
    J: Unit terkecil yang bisa di-deploy.

Question labels: `Front` (Anki), `Tanya` / `Pertanyaan` / `Soalan` (Indonesian, Malay), `Soru` (Turkish),
`Hỏi` / `Câu hỏi` (Vietnamese), `प्रश्न` (Hindi), `Pytanie` (Polish), `Otázka` (Czech), `Fråga`
(Swedish), `Ερώτηση` (Greek), `سؤال` (Arabic), `질문` / `문` (Korean); answer labels: `Back`, `Jawab` /
`Jawaban` / `Jawapan`, `Cevap`, `Đáp` / `Trả lời`, `उत्तर`, `Odpowiedź`, `Odpověď`, `Svar`, `Απάντηση`,
`جواب`, `답변` / `답`. The single letters `T`/`J` (Indonesian), `S`/`C` (Turkish) and `P`/`O` (Polish) pair
only with each other, and a letter's question needs its answer letter below it and must ask (a `?` or a
command word): `S: 5 m` over `C: 2 m²` is not a card.

The question runs to the answer label (on a later line of its paragraph); the answer runs to the end of
its paragraph, and an answer label alone on its line (`Back:` over a list or a code fence) takes the blocks
after it up to the next heading, rule, question label or `Tags:` line. An answer that is empty or only a
comment is reported `unanswered`. A `Tags: a b` line under a note gives the note's tags, never answer text.
A `Text:` paragraph holding a `{{cN::…}}` deletion is a cloze note without its label; an `Extra:` line
below is its extra text.

Runs first, before the explicit rule reads `{{c1::…}}` paragraphs and the bold-question rule reads `**…?**`
lines: the labels here would otherwise stay on the card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, lazy_pattern, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "labelled-field"

_Q_WORDS = (
    r"front|tanya|pertanyaan|soalan|soru|c[aâ]u[ \t]+h[ỏo]i|h[ỏo]i|प्रश्न|pytanie|ot[aá]zka|fr[aå]ga"
    r"|ερώτηση|ερωτηση|سؤال|질문|문"
)
_A_WORDS = (
    r"back|jawaban|jawapan|jawab|cevap|tr[ảa][ \t]+l[ờo]i|đáp|उत्तर|odpowied[zź]|odpov[eě]ď|svar"
    r"|απάντηση|απαντηση|جواب|답변|답"
)
_ANSWERS_FOR = {"T": "J", "S": "C", "P": "O"}
"""A single-letter question label and its language's answer letter."""


def _label(words: str, letters: str) -> re.Pattern[str]:
    """A label opening a line: `Front:`, `**T:**`, `**T: … ?**` (the bold closing at the line's end)."""
    return re.compile(
        r"^[ \t]*(?P<b>\*\*|__)?(?P<name>(?i:" + words + r")|[" + letters + r"])[ \t]*"
        r"(?:[:：](?!:)[ \t]*(?:(?P=b)(?=\s|$))?|(?(b)(?P=b)[ \t]*[:：]|(?!)))[ \t]*"
    )


_Q_LINE = _label(_Q_WORDS, "".join(_ANSWERS_FOR))
_A_LINE = _label(_A_WORDS, "".join(_ANSWERS_FOR.values()))
_TAGS = lazy_pattern(r"^[ \t]*(?:\*\*|__)?tags?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?(?P<tags>.*)$", re.I)
_CLOZE_TEXT = lazy_pattern(r"^[ \t]*(?:\*\*|__)?text[ \t]*(?:\*\*|__)?[ \t]*:(?!:)[ \t]*(?:\*\*|__)?[ \t]*", re.I)
_EXTRA = lazy_pattern(r"^[ \t]*(?:\*\*|__)?extra[ \t]*(?:\*\*|__)?[ \t]*:(?!:)[ \t]*(?:\*\*|__)?[ \t]*", re.I)
_CLOZE_MARK = lazy_pattern(r"\{\{c\d+::")
# A label at the start of a line: the cheap test that skips most documents.
_PRECHECK = lazy_pattern(
    r"^[ \t]*(?:\*\*|__)?(?:(?i:" + _Q_WORDS + r"|text)|[" + "".join(_ANSWERS_FOR) + r"])[ \t]*(?:\*\*|__)?[ \t]*[:：]",
    re.M,
)

# The first run of letters and digits of each label of `_PRECHECK`, in lower case: where it matches, the
# line's first word (`line_heads`: after the indentation and the `**`) is one of these, as no letter or
# digit follows a label there (प्रश्न's run ends at its first virama, a combining mark; `câu hỏi`'s at
# its space; the letters `T`, `S`, `P` may stand before a `_` of `__`, which ends a run too).
_LABEL_HEADS = (
    *("front", "tanya", "pertanyaan", "soalan", "soru", "cau", "câu", "hoi", "hỏi", "प", "pytanie", "otazka"),
    *("otázka", "fraga", "fråga", "ερώτηση", "ερωτηση", "سؤال", "질문", "문", "text"),
    *(letter.lower() for letter in _ANSWERS_FOR),
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from labelled fields (`Front:`/`Back:`, `Text:` clozes, `T:`/`J:` …) in free paragraphs."""
    # Every match of `_PRECHECK` starts a line and holds its colon there (no part of it before the colon
    # matches a line break): tried only on the lines holding one, and only when a line's first word
    # (after indentation and bold marks) is a label's: the lines' shared first words, asked first.
    if not a_line_opens_with(doc, _LABEL_HEADS):
        return RuleResult()
    if not search_lines_holding(doc, _PRECHECK, ":："):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or any(n in taken or n in claims for n in range(block.first, block.last)):
            continue
        lines = doc.lines[block.first : block.last]
        cloze = _CLOZE_TEXT.match(lines[0])
        if cloze is not None:
            _cloze(doc, index, cloze.end(), drafts, claims)
            continue
        question_at = [n for n, line in enumerate(lines) if _opens(_Q_LINE, line)]
        if not question_at or question_at[0] != 0:
            continue
        for pos, start in enumerate(question_at):
            end = question_at[pos + 1] if pos + 1 < len(question_at) else len(lines)
            _note(doc, taken, index, start, end, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _opens(pattern: re.Pattern[str], line: str) -> bool:
    match = pattern.match(line)
    return match is not None and bool(_unbold(line[match.end() :]))


def _unbold(text: str) -> str:
    """The text without a bold closing at its end (`**T: Apa itu Pod?**` leaves `Apa itu Pod?`)."""
    text = text.strip()
    for mark in ("**", "__"):
        if text.endswith(mark) and mark not in text[:-2]:
            return text[:-2].strip()
    return text


def _note(
    doc: Document,
    taken: Mapping[int, str],
    index: int,
    start: int,
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The note whose question label opens line `start` of paragraph `index` (its lines end at `end`)."""
    block = doc.blocks[index]
    lines = doc.lines[block.first + start : block.first + end]
    match = _Q_LINE.match(lines[0])
    assert match is not None
    label = match.group("name")
    wanted = _ANSWERS_FOR.get(label)
    answer_at = None
    answer_match = None
    for n in range(1, len(lines)):
        found = _A_LINE.match(lines[n])
        if found is not None and (found.group("name") == wanted if wanted else found.group("name") not in "JCO"):
            answer_at, answer_match = n, found
            break
    if answer_at is None or answer_match is None:
        return  # a label without its answer label below is not this convention
    question = " ".join(_unbold(line) for line in [lines[0][match.end() :], *lines[1:answer_at]] if line.strip())
    if wanted and not is_question(question):
        return  # `S: 5 m` over `C: 2 m²` labels values, not a question
    answer_lines = [lines[answer_at][answer_match.end() :], *lines[answer_at + 1 :]]
    tag_lines = [n for n, line in enumerate(answer_lines) if _TAGS.match(line)]
    tags: list[str] = []
    if tag_lines:
        for line in answer_lines[tag_lines[0] :]:
            found = _TAGS.match(line)
            tags.extend(_tags(found.group("tags")) if found else [])
        answer_lines = answer_lines[: tag_lines[0]]
    answer = "\n".join(answer_lines).strip()
    last_line = block.first + end
    if not answer and end == len(doc.lines[block.first : block.last]):
        answer, last_line, more_tags = _answer_below(doc, taken, index)
        tags.extend(more_tags)
    elif end == block.last - block.first:
        last_line, more_tags = _tags_below(doc, taken, index, last_line)
        tags.extend(more_tags)
    path = heading_path(doc, index)
    loc = doc.loc(block.first + start)
    reason = empty_reason(answer) if answer else "no answer"
    if reason:
        diagnostics.append(unanswered(loc, question, reason))
        claims.update(claim(block.first + start, last_line, "unanswered"))
        return
    context = tuple(clean_heading(p) for p in path)
    all_tags = tuple(dict.fromkeys([*topic_tags(path), *tags]))
    drafts.append(CardDraft(loc, CONVENTION, question, answer, context, all_tags))
    claims.update(claim(block.first + start, last_line, "card"))


def _tags(text: str) -> list[str]:
    words = text.replace(",", " ").split()
    return [slug for slug in (tag_slug(w.strip("`#*_")) for w in words) if slug]


def _tags_below(doc: Document, taken: Mapping[int, str], index: int, last_line: int) -> tuple[int, list[str]]:
    """A `Tags:` paragraph right after the note: its tags and the line after it."""
    if index + 1 < len(doc.blocks):
        nxt = doc.blocks[index + 1]
        found = _TAGS.match(doc.lines[nxt.first]) if nxt.kind == "paragraph" else None
        if found is not None and nxt.last - nxt.first == 1 and nxt.first not in taken:
            return nxt.last, _tags(found.group("tags"))
    return last_line, []


def _answer_below(doc: Document, taken: Mapping[int, str], index: int) -> tuple[str, int, list[str]]:
    """The blocks after an answer label alone on its line, up to the next heading, rule, taken block,
    question label or `Tags:` line: the answer, the line after it, and the tags."""
    parts: list[str] = []
    end = doc.blocks[index].last
    tags: list[str] = []
    for j in range(index + 1, len(doc.blocks)):
        nxt = doc.blocks[j]
        if nxt.kind in ("heading", "hr") or any(n in taken for n in range(nxt.first, nxt.last)):
            break
        first = doc.lines[nxt.first]
        if nxt.kind == "paragraph" and (_opens(_Q_LINE, first) or _CLOZE_TEXT.match(first)):
            break
        found = _TAGS.match(first) if nxt.kind == "paragraph" else None
        if found is not None:
            tags = _tags(found.group("tags"))
            end = nxt.last
            break
        parts.append(doc.text(nxt.first, nxt.last).strip("\n"))
        end = nxt.last
    return "\n\n".join(p for p in parts if p.strip()).strip(), end, tags


def _cloze(doc: Document, index: int, label_end: int, drafts: list[CardDraft], claims: dict[int, str]) -> None:
    """A `Text:` paragraph holding a `{{cN::…}}` deletion: a cloze note, with its `Extra:` lines."""
    block = doc.blocks[index]
    lines = [doc.lines[block.first][label_end:], *doc.lines[block.first + 1 : block.last]]
    extra_at = next((n for n, line in enumerate(lines) if _EXTRA.match(line)), len(lines))
    text = "\n".join(lines[:extra_at]).strip()
    if not _CLOZE_MARK.search(text):
        return
    extra = ""
    if extra_at < len(lines):
        found = _EXTRA.match(lines[extra_at])
        extra = "\n".join([lines[extra_at][found.end() if found else 0 :], *lines[extra_at + 1 :]]).strip()
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(doc.loc(block.first), CONVENTION, text, extra, context, topic_tags(path), note_type="cloze"))
    claims.update(claim(block.first, block.last, "card"))
