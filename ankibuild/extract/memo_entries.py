"""Memo exports: short notes saved by a note-taking app, one per heading that is only the moment it was
written, its tags on the first line, a question on the next and the answer under it:

    ### 2024-03-31 09:12:44

    #interview/js

    What is a closure?
    A function together with the scope it was declared in.

    ---

    ### 2024-04-02 08:33:27

    #interview/react #todo

    What changed in automatic batching?

1. **The memos** are the sections of one heading level whose titles are only a date and a time of day
   (`2024-03-31 09:12:44`, `2024/3/31 9:12`, `2024年3月31日 09:12`), three of them at least. A memo ends
   at the next heading or at a rule (`---`).
2. **A card.** After the paragraphs that are only tags (`#tag`, `#tag/sub`), the first line of the first
   paragraph is the question; the rest of that paragraph and the blocks after it are the answer. A first
   line that ends with a question mark asks; a short one that ends with no sentence end (`。`, `.`, `!`)
   asks only where an answer follows it (`box-sizing: border-box vs content-box` over a list).
3. **Unanswered.** A question memo with nothing under its question, or only a placeholder, is reported
   `unanswered`.
4. **The rest.** A memo that asks nothing (a diary line, a weekly review) is skipped, and so are the
   timestamp headings: they are no topics.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import block_card, empty_reason
from .document import Document, Section, lazy_pattern

CONVENTION = "memo-entry"

_MIN_MEMOS = 3
# `2024-03-31 09:12:44`, `2024/3/31 9:12`, `2024.03.31T09:12`, `2024年3月31日 09:12`: a date and a time of day.
_TIMESTAMP = lazy_pattern(r"^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \t]+|T)\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# `#interview/js #todo`: a line of tags only (no space after `#`, so no heading).
_TAGS = lazy_pattern(r"^[ \t]*#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)*[ \t]*$")
_QUESTION_END = ("?", "？")
_SENTENCE_END = ("。", ".", "!", "！", "…", "；", ";", ")", "）")
_TOPIC_MAX = 80


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from memo exports (see the module docstring)."""
    if not _may_hold_memos(doc):
        return RuleResult()  # fewer headings opening with a digit than memos need: nearly every document
    memos = _memos(doc)
    if not memos:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    blocks = doc.blocks
    for section in memos:
        body = _body(doc, section)
        heading = blocks[section.block]
        last = blocks[body[-1]].last if body else heading.last
        if not taken.keys().isdisjoint(range(heading.first, last)):
            continue
        rest = [index for index in body if not (blocks[index].kind == "paragraph" and _TAGS.match(doc.block_text(index)))]
        first = rest[0] if rest else None
        if first is None or blocks[first].kind != "paragraph" or first != body[len(body) - len(rest)]:
            claims.update(claim(heading.first, last, "skip:memo"))
            continue
        paragraph = doc.block_text(first).strip("\n")
        question, _, tail = paragraph.partition("\n")
        question = question.strip()
        after = doc.text(blocks[rest[1]].first, last).strip() if len(rest) > 1 else ""
        answer = "\n\n".join(part for part in (tail.strip(), after) if part)
        if not _asks(question, bool(answer)):
            claims.update(claim(heading.first, last, "skip:memo"))
            continue
        claims.update(claim(heading.first, blocks[first].first, "skip:memo"))
        reason = empty_reason(answer) if answer else "no answer"
        block_card(doc, CONVENTION, first, last, question, answer, reason, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_memos(doc: Document) -> bool:
    """False when fewer headings than a memo export needs open with a digit: a count over the parsed
    headings' first characters, no text search."""
    return sum(1 for s in doc.sections if s.title[:1].isdigit()) >= _MIN_MEMOS


def _memos(doc: Document) -> list[Section]:
    """The timestamp sections of the level most of them have, when there are enough of them."""
    stamped = [s for s in doc.sections if _TIMESTAMP.match(s.title.strip())]
    if len(stamped) < _MIN_MEMOS:
        return []
    levels = [s.level for s in stamped]
    level = max(set(levels), key=levels.count)
    found = [s for s in stamped if s.level == level]
    return found if len(found) >= _MIN_MEMOS else []


def _body(doc: Document, section: Section) -> tuple[int, ...]:
    """The memo's blocks up to its first rule."""
    for n, index in enumerate(section.body):
        if doc.blocks[index].kind == "hr":
            return section.body[:n]
    return section.body


def _asks(question: str, answered: bool) -> bool:
    """True when the memo's first line is its question: it ends with a question mark, or it ends with no
    sentence end and an answer follows it."""
    text = question.rstrip(" \t*_")
    if not text or len(text) > 200:
        return False
    if text.endswith(_QUESTION_END):
        return True
    return answered and len(text) <= _TOPIC_MAX and not text.endswith(_SENTENCE_END)
