"""Question and answer labels in the languages notes are written in, plain or bold, with `:` or the
full-width `：`, on one line or on consecutive lines:

    **P:** ¿Qué es la TLB? **R:** Una caché de traducciones.
    Frage: Was ist ein Semaphor?
    Antwort: Ein Zähler mit atomaren Operationen.
    问：什么是进程？答：正在运行的程序。

Question labels: `Pregunta` (Spanish), `Frage` (German), `Question` (French, English), `Domanda` (Italian),
`Pergunta` / `Questão` (Portuguese), `Vraag` (Dutch), `Вопрос` (Russian), `Питання` (Ukrainian), `问` /
`问题` (Chinese), `問` / `問題` / `質問` (Japanese), `வினா` / `கேள்வி` (Tamil), `پرسش` / `سوال` (Persian), `السؤال` (Arabic),
`คำถาม` (Thai), `প্রশ্ন` (Bengali), `प्रश्न` (Hindi), `שאלה` (Hebrew); answer labels: `Respuesta`,
`Antwort`, `Réponse`, `Risposta`, `Resposta`, `Antwoord`, `Ответ`, `Відповідь`, `答` / `答案` / `回答` / `解答` /
`答え`, `விடை` / `பதில்` (Tamil), `پاسخ` (Persian), `جواب` / `الإجابة` (Arabic), `คำตอบ` (Thai), `উত্তর` (Bengali),
`उत्तर` (Hindi), `תשובה` (Hebrew), `Answer`, and
the single letters `A`, `R`, `О`. A number may follow a label (`Frage 3:`).

A single letter labels a question only when the answer label of its language answers it (`P:`/`R:`
Spanish and Portuguese, `F:`/`A:` German, `D:`/`R:` Italian, `V:`/`A:` Dutch, `Q:`/`R:` French, `В:`/`О:`
Russian) and the text after it asks (a `?`, or a command word): `F: 50 N` over `A: 2 m²` is physics, not a
card. A prompt of three words or more that does not ask (`P: Diferencia entre A y B` over `R: …`) is asked by
the answer label below it, in a document where the same letter asks elsewhere. Such a letter without its answer is reported `unanswered` only in a document that answers the same
letter elsewhere; a word label without an answer always is.

The question runs from its label to the answer label: later on its line (a bold label anywhere, a plain
one after the question's `?` or `.`), on a later line of its paragraph, or opening the next paragraph. The
answer runs to the next question label of the paragraph, else to the end of its paragraph; an answer label
alone on its line (`**R:**` over a numbered list) takes the blocks after it up to the next heading, rule or
question label. A word-labelled question with no answer label takes the lines after its first line ending
in `?` (else after its first line), else the blocks after its paragraph, as the explicit `Q:` does.

In a top-level list, an item that opens with a single-letter label (`- **P:** ¿…? **R:** …`, `1. F: …? A: …`)
is read the same way within its paragraph; word labels and `Q:` in list items are the numbered rule's.

Runs after the explicit and bold-question rules, which read `Q:` / `Question:` / `**Frage:**` … themselves:
this rule only sees what they left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Block, Document, free_blocks_of, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "label-pair"

_Q_WORDS = r"frage|pregunta|domanda|pergunta|quest[aã]o|vraag|вопрос|питання|question|வினா|கேள்வி|پرسش|سوال|سؤال|السؤال|คำถาม|প্রশ্ন|प्रश्न|שאלה|问题|問題|質問|问|問"
_A_WORDS = r"antwort|respuesta|risposta|resposta|antwoord|ответ|відповідь|r[ée]ponse|answer|விடை|பதில்|پاسخ|جواب|الإجابة|الجواب|คำตอบ|উত্তর|उत्तर|תשובה|答案|回答|解答|答え|答"
# Kannada `ಪ್ರಶ್ನೆ` / `ಉತ್ತರ`, and the abbreviations exam notes write in Kannada and Hindi: `ಪ್ರ:` over `ಉ:`,
# `प्र:` over `उ:` (a vowel letter alone with a colon is no word of either language).
_Q_WORDS += r"|ಪ್ರಶ್ನೆ|ಪ್ರ|प्र"
_A_WORDS += r"|ಉತ್ತರ|ಉ|उ"
# The Arabic letters `س` (سؤال) over `ج` (جواب), plain, as Arabic revision notes abbreviate them (`س١: علل: …`
# over `ج: لأن …`). They read as word labels: Arabic states a task with a command word and a colon (`علل:`),
# no `?`, and no one-letter Arabic word takes a colon, so a line opening `س:` / `س٢:` labels a question
# (`سيكون:` does not match: the colon or a number must follow the letter).
_Q_WORDS += r"|س"
_A_WORDS += r"|ج"
_ANSWERS_FOR = {"Q": "AR", "P": "R", "F": "A", "D": "R", "V": "A", "В": "О"}
"""A single-letter question label and the answer letters of its language."""
_A_LETTERS = "ARО"


def _line_label(words: str, letters: str) -> re.Pattern[str]:
    """A label opening a line: `**P:**`, `**Frage**:`, `Antwort:`, `Question :`, `问：`, `Frage 3:`."""
    return re.compile(
        r"^[ \t]*(?P<b>\*\*|__)?(?P<name>(?i:" + words + r")|[" + letters + r"])(?:[ \t]*\d+[a-z]?)?[ \t]*"
        r"(?(b)(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])|(?::(?!:)(?=[ \t]|$)|：))[ \t]*"
    )


_Q_LINE = _line_label(_Q_WORDS, "".join(_ANSWERS_FOR))
_A_LINE = _line_label(_A_WORDS, _A_LETTERS)
# An answer label later on the question's line: bold anywhere after a space, plain after the question's end.
_A_INLINE = re.compile(
    r"[ \t]+(?P<b>\*\*|__)(?P<name>(?i:" + _A_WORDS + r")|[" + _A_LETTERS + r"])(?:[ \t]*\d+[a-z]?)?[ \t]*"
    r"(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])[ \t]*"
    r"|(?<=[?？.!。！)）])[ \t]*(?P<plain>(?i:" + _A_WORDS + r")|[" + _A_LETTERS + r"])(?:[ \t]*\d+[a-z]?)?"
    r"[ \t]*(?::(?!:)(?=[ \t]|$)|：)[ \t]*"
)
# A question label with its colon at the start of a line: the cheap test that skips most documents.
_PRECHECK = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:\*\*|__)?(?:(?i:" + _Q_WORDS + r")|[" + "".join(_ANSWERS_FOR) + r"])"
    r"(?:[ \t]*\d+[a-z]?)?[ \t]*(?:\*\*|__)?[ \t]*[:：]",
    re.M,
)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One labelled question as read."""

    line: int
    """Its label's line."""
    label: str
    """The question label as written (`P`, `Frage`, `问`)."""
    question: str
    """The question text."""
    answer: str
    """The answer Markdown ('' when none was found)."""
    lines: tuple[int, int]
    """The lines it uses (first, after last)."""
    labelled: bool
    """Whether an answer label answered it."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question/answer label pairs in free top-level paragraphs."""
    # Every match of `_PRECHECK` starts a line and holds its colon there (no part of it before the colon
    # matches a line break): tried only on the lines holding one.
    if not _may_label(doc, taken) or not search_lines_holding(doc, _PRECHECK, ":："):
        return RuleResult()
    entries: list[tuple[int, _Entry]] = []
    seen = dict(taken)
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "bullet_list", "ordered_list"):
            continue
        if not seen.keys().isdisjoint(range(block.first, block.last)):
            continue
        if block.kind != "paragraph":
            entries.extend((index, entry) for entry in _item_entries(doc, block))
            continue
        starts = [n for n in range(block.first, block.last) if _opens_question(doc.lines[n])]
        for pos, start in enumerate(starts):
            end = starts[pos + 1] if pos + 1 < len(starts) else block.last
            entry = _entry(doc, seen, index, start, end, last=end == block.last)
            if entry is not None:
                entries.append((index, entry))
                seen.update(claim(*entry.lines, "card"))
    answered_letters = {e.label for _, e in entries if e.labelled and e.label in _ANSWERS_FOR}
    entries = _without_unasked_letters(entries)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, entry in entries:
        if entry.label in _ANSWERS_FOR and not entry.labelled and entry.label not in answered_letters:
            continue  # `P:` alone in a document that never answers a `P:`: not this convention
        reason = empty_reason(entry.answer) if entry.answer else "no answer"
        loc = doc.loc(entry.line)
        if reason:
            diagnostics.append(unanswered(loc, entry.question, reason))
            claims.update(claim(*entry.lines, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, entry.question, entry.answer, context, topic_tags(path)))
        claims.update(claim(*entry.lines, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_label(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no line of a free paragraph or list opens with `_PRECHECK`: every entry opens such a line
    (a paragraph's line, a list item's first line), and a match never runs past its line, so it is tried on
    those lines alone, the few left free late in the chain."""
    lines = doc.lines
    for i in free_blocks_of(doc, taken, ("paragraph", "bullet_list", "ordered_list")):
        block = doc.blocks[i]
        for n in range(block.first, block.last):
            line = lines[n]
            if (":" in line or "：" in line) and _PRECHECK.match(line):
                return True
    return False


def _opens_question(line: str) -> bool:
    match = _Q_LINE.match(line)
    return match is not None and bool(line[match.end() :].strip())


def _answers(question_label: str, answer_label: str) -> bool:
    """Whether an answer label answers a question label: any answer word answers a word label; a letter
    needs the answer letter of its language."""
    letters = _ANSWERS_FOR.get(question_label)
    if letters is None:
        return True
    return answer_label in letters


def _entry(doc: Document, seen: Mapping[int, str], index: int, start: int, end: int, *, last: bool) -> _Entry | None:
    """The question labelled on line `start` of its paragraph (its lines end at `end`)."""
    read = _read(doc.lines[start:end])
    if read is None:
        return None
    label, question, answer, labelled = read
    used_end = end
    if last and not answer and (labelled or label not in _ANSWERS_FOR):
        # The answer opens the next paragraph with its label, or (an answer label alone, a word label
        # alone) runs over the blocks below.
        answer, used_end, labelled = _answer_below(doc, seen, index, label, labelled=labelled)
    return _Entry(start, label, question, answer, (start, used_end), labelled)


def _read(source: Sequence[str]) -> tuple[str, str, str, bool] | None:
    """(label, question, answer, answered by a label) of lines whose first opens with a question label."""
    match = _Q_LINE.match(source[0])
    if match is None:
        return None
    label = match.group("name")
    letter = label in _ANSWERS_FOR
    lines = [source[0][match.end() :], *source[1:]]
    question_lines: list[str] = lines
    answer_lines: list[str] = []
    labelled = False
    inline = _A_INLINE.search(lines[0])
    if inline is not None and _answers(label, inline.group("name") or inline.group("plain")):
        question_lines, answer_lines, labelled = [lines[0][: inline.start()]], [lines[0][inline.end() :], *lines[1:]], True
    else:
        for n, line in enumerate(lines[1:], 1):
            found = _A_LINE.match(line)
            if found is not None and _answers(label, found.group("name")):
                question_lines, answer_lines, labelled = lines[:n], [line[found.end() :], *lines[n + 1 :]], True
                break
    if not labelled and len(lines) > 1:
        # No answer label: the lines after the question answer a word label's question (a letter's
        # question is answered by its answer label only).
        asked = next((n for n, line in enumerate(lines) if line.rstrip().endswith(("?", "？"))), 0)
        question_lines, answer_lines = lines[: asked + 1], [] if letter else lines[asked + 1 :]
    question, _ = clean_question(" ".join(line.strip() for line in question_lines if line.strip()))
    if not question or (letter and not is_question(question) and not (labelled and _states_a_prompt(question))):
        return None
    return label, question, "\n".join(answer_lines).strip(), labelled


def _item_entries(doc: Document, block: Block) -> Iterator[_Entry]:
    """The items of a top-level list that open with a single-letter question label (`- **P:** … **R:** …`),
    read within the item's paragraph. Word labels and `Q:` in list items belong to the numbered rule."""
    tokens = doc.tokens
    depth = 0
    for n in range(block.start, block.end):
        token = tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map and n + 2 < block.end:
            inline = tokens[n + 2]
            if tokens[n + 1].type == "paragraph_open" and inline.type == "inline":
                read = _read(inline.content.split("\n"))
                if read is not None and read[0] in _ANSWERS_FOR and read[0] != "Q":
                    label, question, answer, labelled = read
                    yield _Entry(token.map[0], label, question, answer, tuple(token.map), labelled)  # type: ignore[arg-type]
        depth += token.nesting


def _answer_below(doc: Document, seen: Mapping[int, str], index: int, label: str, *, labelled: bool) -> tuple[str, int, bool]:
    """The answer in the blocks after paragraph `index`: up to the next heading, rule, taken block or
    question label. Returns the answer, the line after it, and whether an answer label opened it."""
    block = doc.blocks[index]
    parts: list[str] = []
    end = block.last
    for j in range(index + 1, len(doc.blocks)):
        nxt = doc.blocks[j]
        if nxt.kind in ("heading", "hr") or not seen.keys().isdisjoint(range(nxt.first, nxt.last)):
            break
        text = doc.text(nxt.first, nxt.last)
        if nxt.kind == "paragraph" and _opens_question(doc.lines[nxt.first]):
            break
        if not parts and not labelled:
            found = _A_LINE.match(text) if nxt.kind == "paragraph" else None
            if found is not None and _answers(label, found.group("name")):
                labelled = True
                text = text[found.end() :]
            elif label in _ANSWERS_FOR:
                break  # a letter's answer must be labelled
        parts.append(text.strip("\n"))
        end = nxt.last
    return "\n\n".join(p for p in parts if p.strip()).strip(), end, labelled


# A prompt without `?` under a letter label: three words or more, opening with a letter (`Diferencia entre
# A y B`, `Mecanismo de acción del omeprazol`), not a value (`12 N`, `3 m²`).
_PROMPT = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:\s+\S+){2,}")


def _states_a_prompt(question: str) -> bool:
    """Whether a letter-labelled line that does not ask reads as a prompt (words, not a value)."""
    return bool(_PROMPT.match(question.strip()))


def _without_unasked_letters(entries: list[tuple[int, _Entry]]) -> list[tuple[int, _Entry]]:
    """The entries without the letter-labelled prompts that do not ask (`P: Diferencia entre …` over `R: …`)
    in a document where no pair of the same letter asks: there the letters label something else
    (`F: 12 N` over `A: 3 m²` is physics); where the same letter asks elsewhere, the answer label below
    the prompt says it is a question."""
    asking = {e.label for _, e in entries if e.label in _ANSWERS_FOR and is_question(e.question)}
    return [(i, e) for i, e in entries if e.label not in _ANSWERS_FOR or e.label in asking or is_question(e.question)]
