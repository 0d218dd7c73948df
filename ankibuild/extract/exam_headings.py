"""Exam-question headings: a past paper's question as a heading, an instruction more often than a question,
answered under a bold approach label.

    ### Q. Critically examine the causes of the 1929 crash. *(Board exam 2019, 10 marks)*

    **Key points:**
    - speculative bubble on margin buying
    - …

Essay exams (UPSC Mains, A-level history, law finals) are revised from a list of their past questions, each
a heading that orders (`Highlight …`, `Assess …`, `Examine …`, `Critically analyse …`, `Comment on …`,
`Evaluate …`, the exam command words of `questions.IMPERATIVES` and `questions.ESSAY_COMMANDS`) with a question label
or none (`Q.`, `Q3.`, `Question 4:`) and often a source tag after it (`*(UPSC 2017, 15 marks)*`, `(2019)`).
When the heading's body opens with a paragraph that is only a bold answer label (`**Approach:**`,
`**Answer:**`, `**Model answer:**`, `**Key points:**`, `**Outline:**`), the heading is a card: the instruction,
label and source tag left off, on the front, the blocks after the label (a list, paragraphs) on the back. In a
document holding such a card, an instruction heading whose body is only a placeholder (`> ✍️ *Approach to
be added …*`, `TODO`) or nothing is `unanswered`. Headings that ask with a `?` are the heading rule's, which
runs first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, unanswered, unquote
from .document import Document, Section, free_blocks_of, lazy_pattern, may_open_a_line, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ESSAY_COMMANDS, IMPERATIVES, ends_with_question_mark

CONVENTION = "exam-heading"

_ANSWER_WORDS = (
    r"approach|answer|model\s+answer|suggested\s+answer|key\s+points|points|outline|structure|answer\s+outline|"
    r"answer\s+approach|answer\s+structure|hints?\s+for\s+answer"
)
_LONE_LABEL = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__)[ \t]*(?:{_ANSWER_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*$", re.I | re.M
)
# Every match of `_LONE_LABEL` sits on a line that opens with one of these words (`document.may_open_a_line`).
_LABEL_STARTS = ("approach", "answer", "model", "suggested", "key", "points", "outline", "structure", "hint")
# `Q.`, `Q3.`, `Q 3:`, `Question 4:`, `1.` before the instruction.
_QUESTION_LABEL = lazy_pattern(r"^(?:(?:q|question|ques)[ \t]*\d*[ \t]*[.:)]|\d{1,3}[.)])[ \t]*", re.I)
# `*(UPSC 2017, 15 marks)*`, `(2019)`, `[10 marks]`, `*(Practice)*`: a source or weight tag closing the heading.
_SOURCE_TAG = lazy_pattern(r"[ \t]*[*_]*[(\[][^()\[\]\n]{1,60}[)\]][*_]*[ \t]*$")
_WORD = lazy_pattern(r"[^\W\d_]+")
_EMOJI = lazy_pattern(r"[^\w\s*_()\[\]>.,:;!?'\"-]+")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from instruction headings answered under a bold approach label (see the module docstring)."""
    if not _may_label_approach(doc, taken):
        return RuleResult()  # no free paragraph is an approach label: every card is answered under one
    if not may_open_a_line(doc, _LABEL_STARTS) or not search_lines(_LONE_LABEL, doc.source.text):
        return RuleResult()  # no paragraph is only an approach label: nearly every document
    found: list[tuple[Section, str, list[int] | None]] = []  # (section, front, answer blocks or None)
    for section in doc.sections:
        head = doc.blocks[section.block]
        if head.first in taken or (section.level == 1 and section.title == doc.title):
            continue
        front = _instruction(section.title)
        if front is None:
            continue
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if not all(is_free(doc, taken, i) for i in body):
            continue
        first = doc.blocks[body[0]] if body else None
        if first is not None and first.kind == "paragraph" and _LONE_LABEL.match(doc.block_text(body[0])):
            found.append((section, front, body[1:]))
        elif _only_placeholder(doc, body):
            found.append((section, front, None))
    if not any(blocks for _, _, blocks in found):
        return RuleResult()  # no instruction heading answered under an approach label: not an exam's list
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, front, blocks in found:
        head = doc.blocks[section.block]
        loc = doc.loc(head.first)
        path = heading_path(doc, section.block)
        answer = build_answer(doc, blocks) if blocks else None
        if answer is None or answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, front, answer.empty_reason if answer else "placeholder"))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, front, answer.markdown, context, topic_tags(path) + answer.tags))
            outcome = "card"
        for i in (section.block, *section.body):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _instruction(title: str) -> str | None:
    """The instruction of a heading, its question label and source tag left off, when it orders with an exam
    command word and does not ask with a `?` (the heading rule's); else None."""
    text = _QUESTION_LABEL.sub("", title.strip(), count=1)
    text = _SOURCE_TAG.sub("", text).strip()
    if not text or ends_with_question_mark(text) or len(text) > 400:
        return None
    words = _WORD.findall(text)
    if len(words) < 4 or words[0].lower() not in IMPERATIVES | ESSAY_COMMANDS or words[0][0].islower():
        return None
    return text


def _only_placeholder(doc: Document, body: list[int]) -> bool:
    """True when a heading's body is nothing, or only a note that the answer is to come: a placeholder, or a
    quote or paragraph in italics (`> ✍️ *Approach to be added — see ch. 33.*`)."""
    if not body:
        return True
    if len(body) > 1 or doc.blocks[body[0]].kind not in ("paragraph", "blockquote"):
        return False
    text = unquote(doc.block_text(body[0])) if doc.blocks[body[0]].kind == "blockquote" else doc.block_text(body[0])
    if empty_reason(text) is not None:
        return True
    plain = " ".join(_EMOJI.sub(" ", text).split())
    return bool(re.fullmatch(r"\*[^*]+\*|_[^_]+_", plain))


def _may_label_approach(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph is an approach label (`_LONE_LABEL`): a card needs a heading whose free
    body opens with one, so only the few paragraphs left free late in the chain are tried."""
    return any(_LONE_LABEL.match(doc.block_text(i)) for i in free_blocks_of(doc, taken, ("paragraph",)))
