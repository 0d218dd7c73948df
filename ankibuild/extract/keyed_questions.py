"""Keyed questions answered by key: a case's questions under a bold `Questions` label, lettered or numbered,
answered under a later bold label by lines carrying the same keys.

    A 30-year-old hiker has a swollen, painful knee after a twist on a descent …

    **Questions**

    (a) Which ligament is most likely torn?
    (b) Which bedside test confirms it?

    **Answers**

    (a) The anterior cruciate ligament.
    (b) Lachman test.

Clinical vignettes, law problems and case studies in a seminar's notes are typed up this way: the scene
(the paragraphs between the heading and the `Questions` label), then a paragraph that is only a bold question
label (`**Questions**`, `**Qs:**`, `**Fragen**`, `**Preguntas**` …) over lines keyed `(a)`, `a)`, `1)` or
`(i)`, then a paragraph that is only a bold answer label (`**Discussion**`, `**Answers**`, `**Answer key**`,
`**Teaching points**`, `**Solutions**`, `**Antworten**` …) over lines keyed the same way. Each question is a
card, its front the question line without its key, its back the answer line of the same key (its wrapped
lines included); the scene goes to the card's context, after the headings. A question whose key has no answer
line, or whose answer is only a placeholder (`(c) — *we ran out of time*`, `TODO`), is `unanswered`.
Without a `Questions` label, keyed lines right under the scene's paragraph are the questions when most of them
ask (`?`, or an order: `Explain …`) and an answer label follows them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, may_open_a_line, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ends_with_question_mark, starts_with_imperative

CONVENTION = "keyed-question"

_QUESTION_WORDS = r"questions?|qs|fragen|preguntas|domande|perguntas|pytania|otázky|vragen|frågor|вопросы|soalan|pertanyaan"
_ANSWER_WORDS = (
    r"discussion|answers?|answer\s+key|answers?\s+(?:and|&)\s+discussion|teaching\s+points|solutions?|model\s+answers?|"
    r"key|antworten|lösungen|diskussion|respuestas|discusión|réponses|corrigé|discussion|risposte|discussione|"
    r"respostas|discussão|odpowiedzi|odpovědi|antwoorden|svar|ответы|обсуждение|jawapan|jawaban"
)
_LONE_QUESTIONS = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__)[ \t]*(?:{_QUESTION_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*$", re.I | re.M
)
_LONE_ANSWERS = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__)[ \t]*(?:{_ANSWER_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*$", re.I
)
_ANSWERS_LINE = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__)[ \t]*(?:{_ANSWER_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*$", re.I | re.M
)
# Every match of `_ANSWERS_LINE` sits on a line that opens with one of these words.
_ANSWER_STARTS = (
    "discussion", "answer", "teaching", "solution", "model", "key", "antworten", "lösungen", "losungen",
    "diskussion", "respuestas", "discusión", "discusion", "réponses", "reponses", "corrigé", "corrige", "risposte",
    "discussione", "respostas", "discussão", "discussao", "odpowiedzi", "odpovědi", "odpovedi", "antwoorden", "svar",
    "ответы", "обсуждение", "jawapan", "jawaban",
)  # fmt: skip
_MIN_UNLABELLED = 2
# `(a) …`, `a) …`, `1) …`, `(iv) …`: the key, then the text.
_KEY = lazy_pattern(
    r"^[ \t]*(?:\((?P<p>[a-z]|\d{1,2}|[ivx]{1,4})\)|(?P<b>[a-z]|\d{1,2}|[ivx]{1,4})\))[ \t]+(?P<text>\S.*)$", re.I
)
# `— *we ran out of time; read NICE NG106*`: a dash, then only an aside in italics where the answer should be.
_ASIDE = lazy_pattern(r"^[—–-]*[ \t]*(?:\*[^*]+\*|_[^_]+_|\([^)]*\))[ \t.]*$")
_KEYED_KINDS = frozenset({"paragraph", "ordered_list"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from keyed questions answered by keyed lines under an answer label (see the module docstring)."""
    if not _may_hold_answer_label(doc) or not _may_answer(doc, taken):
        return RuleResult()  # no (free) paragraph is only an `Answers` label: every card is answered under one
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and block.last - block.first == 1 and _LONE_QUESTIONS.match(doc.lines[block.first]):
            questions, after = _keyed_run(doc, taken, index + 1)
        elif _unlabelled_questions(doc, taken, index):
            questions, after = _keyed_run(doc, taken, index)  # `(a) …?` lines right under the scene
            if len(questions) < _MIN_UNLABELLED or 2 * sum(map(_asks, (q for _, _, q in questions))) <= len(questions):
                continue
        else:
            continue
        if not questions or after >= len(doc.blocks) or not is_free(doc, taken, after):
            continue
        label = doc.blocks[after]
        if label.kind != "paragraph" or label.last - label.first != 1 or not _LONE_ANSWERS.match(doc.lines[label.first]):
            continue
        answers, end = _keyed_run(doc, taken, after + 1)
        if not answers:
            continue
        scene = _scene(doc, taken, index)
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path) + (
            (" ".join(doc.text(doc.blocks[scene[0]].first, block.first).split()),) if scene else ()
        )
        by_key = {key: (line, text) for key, line, text in answers}
        for key, line, text in questions:
            loc = doc.loc(line)
            answer = by_key.get(key, (0, ""))[1]
            reason = "placeholder" if _ASIDE.match(answer) else empty_reason(answer) if answer else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(loc, text, reason))
            else:
                drafts.append(CardDraft(loc, CONVENTION, text, answer, context, topic_tags(path)))
        for i in (*scene, *range(index, end)):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_answer_label(doc: Document) -> bool:
    """False when no line of the text is only an answer label (`_ANSWERS_LINE`), asked first of the lines'
    first words (`may_open_a_line`, shared): nearly every document, answered without walking its paragraphs."""
    return may_open_a_line(doc, _ANSWER_STARTS) and search_lines(_ANSWERS_LINE, doc.source.text)


def _may_answer(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free one-line paragraph is an answer label (`_LONE_ANSWERS`): `extract` reads answers
    only under such a label, so only the few paragraphs left free late in the chain are tried."""
    blocks = doc.blocks
    return any(
        blocks[i].last - blocks[i].first == 1 and _LONE_ANSWERS.match(doc.lines[blocks[i].first])
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )


def _unlabelled_questions(doc: Document, taken: Mapping[int, str], index: int) -> bool:
    """True when block `index` is a free run of keyed lines right under a paragraph of prose (the scene, no
    label): questions without a `Questions` label, when an answer label follows them."""
    block = doc.blocks[index]
    if index == 0 or block.kind not in _KEYED_KINDS or not _KEY.match(doc.lines[block.first]):
        return False
    above = doc.blocks[index - 1]
    if above.kind != "paragraph" or not is_free(doc, taken, index - 1) or not is_free(doc, taken, index):
        return False
    head = doc.lines[above.first]
    return not (_KEY.match(head) or _LONE_QUESTIONS.match(head) or _LONE_ANSWERS.match(head))


def _asks(text: str) -> bool:
    return ends_with_question_mark(text) or starts_with_imperative(text)


def _keyed_run(doc: Document, taken: Mapping[int, str], start: int) -> tuple[list[tuple[str, int, str]], int]:
    """The keyed entries (key, first line, text) of the free paragraphs and lists from block `start` whose every
    line is keyed or continues a keyed line, and the index of the block after them (none: an empty list)."""
    entries: list[tuple[str, int, str]] = []
    index = start
    while index < len(doc.blocks):
        block = doc.blocks[index]
        if block.kind not in _KEYED_KINDS or not is_free(doc, taken, index):
            break
        found = _entries(doc, block.first, block.last)
        if found is None:
            break
        entries.extend(found)
        index += 1
    return entries, index


def _entries(doc: Document, first: int, last: int) -> list[tuple[str, int, str]] | None:
    """The keyed lines of lines `first` to `last`, each with the lines that continue it, or None when the first
    line carries no key."""
    entries: list[tuple[str, int, list[str]]] = []
    for n in range(first, last):
        line = doc.lines[n]
        match = _KEY.match(line)
        if match is not None:
            entries.append(((match.group("p") or match.group("b")).lower(), n, [match.group("text").strip()]))
        elif entries and line.strip():
            entries[-1][2].append(line.strip())
        elif line.strip():
            return None
    return [(key, line, " ".join(parts)) for key, line, parts in entries] or None


def _scene(doc: Document, taken: Mapping[int, str], index: int) -> list[int]:
    """The free paragraphs right above a `Questions` label, up to the heading or rule above them: the case's
    scene."""
    found: list[int] = []
    for earlier in range(index - 1, -1, -1):
        head = doc.lines[doc.blocks[earlier].first]
        if doc.blocks[earlier].kind != "paragraph" or not is_free(doc, taken, earlier) or _KEY.match(head):
            break  # a heading, a rule, or the keyed answers of the case above
        if _LONE_QUESTIONS.match(head) or _LONE_ANSWERS.match(head):
            break
        found.insert(0, earlier)
    return found
