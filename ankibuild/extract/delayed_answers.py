"""Delayed answers: a series of sibling sections (a newsletter's issues, a course's weeks) each posing a
question under one sub-heading and answering the previous section's question under another.

    ## Issue 12
    ### This week's puzzle
    Why does the moon always show us the same face?

    ## Issue 13
    ### Last week's answer
    Tidal locking: its rotation period equals its orbital period.
    ### This week's puzzle
    What makes the sky blue?

The layout is told by the sub-headings alone, in any language: among three sibling sections or more at one
level, one sub-heading title comes back in every section (the question's) and another in every section but
the first (the answer's), the same text each time. The question of section k is answered in section k+1, so
the question sub-heading's body is the front and the answer sub-heading's body in the next section the back;
the last question, whose answer has not gone out yet, is reported unanswered, and so is one whose answer is
empty or a placeholder. The writer's asides around a question (a paragraph wholly in italics, `*Reply with
your guess!*`, or a quoted reader's remark) are left off its front. The other sub-headings of each section
(links, polls) are left to the other rules; a sub-heading's body ends at its first `---`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, unanswered
from .document import Document, Section, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "delayed-answer"

_MIN_SECTIONS = 3
# `*Reply with your guess — no prizes.*`, `_Answer next week!_`: an aside wholly in emphasis.
_ASIDE = lazy_pattern(r"^\s*([*_])[^\n*_][^*_]*\1\s*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered one section later (see the module docstring)."""
    if not _may_pair(doc):
        return RuleResult()  # no two sub-heading titles repeated across three sections: nearly every document
    sections = doc.sections
    children: dict[int | None, list[int]] = {}
    for number, section in enumerate(sections):
        children.setdefault(section.parent, []).append(number)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for siblings in children.values():
        series = [n for n in siblings if n in children]
        if len(series) < _MIN_SECTIONS:
            continue
        subs = [{_key(sections[c]): c for c in children[n]} for n in series]
        everywhere = set.intersection(*(set(s) for s in subs))
        later = set.intersection(*(set(s) for s in subs[1:])) - set(subs[0])
        if len(everywhere) != 1 or len(later) != 1:
            continue
        (asked,), (answered,) = everywhere, later
        pairs = [(subs[k][asked], subs[k + 1][answered] if k + 1 < len(subs) else None) for k in range(len(subs))]
        if not all(_is_free_section(doc, taken, sections[c]) for pair in pairs for c in pair if c is not None):
            continue
        for question_at, answer_at in pairs:
            _card(doc, question_at, answer_at, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_pair(doc: Document) -> bool:
    """False when the headings cannot hold a series: fewer than six, or fewer than three repeats of a title
    (a question title in three sections and an answer title in two make three)."""
    sections = doc.sections
    if len(sections) < 2 * _MIN_SECTIONS:
        return False
    titles = Counter(_key(s) for s in sections)
    return sum(n - 1 for n in titles.values()) >= 2 * _MIN_SECTIONS - 3


def _card(
    doc: Document,
    question_at: int,
    answer_at: int | None,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    section = doc.sections[question_at]
    kept = [i for i in _body(doc, section) if not _is_aside(doc, i)]
    front = "\n\n".join(doc.block_text(i).strip() for i in kept).strip()
    if not front:
        return
    head = doc.blocks[section.block]
    loc = doc.loc(doc.blocks[kept[0]].first if kept else head.first)
    markdown = ""
    if answer_at is not None:
        answer = doc.sections[answer_at]
        markdown = build_answer(doc, _body(doc, answer)).markdown.strip()
    reason = empty_reason(markdown) if markdown else "no answer"
    kind = "card" if reason is None else "unanswered"
    for at in (question_at, answer_at):
        if at is not None:
            part = doc.sections[at]
            body = _body(doc, part)
            end = doc.blocks[body[-1]].last if body else doc.blocks[part.block].last
            claims.update(claim(doc.blocks[part.block].first, end, kind))
    if reason is not None:
        diagnostics.append(unanswered(loc, front, reason))
        return
    path = heading_path(doc, section.block)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, front, markdown, context, topic_tags(path)))


def _body(doc: Document, section: Section) -> tuple[int, ...]:
    """The blocks of a sub-heading's body up to its first `---` (what follows a rule closes the section:
    the archive's footer after the last one)."""
    for n, index in enumerate(section.body):
        if doc.blocks[index].kind == "hr":
            return section.body[:n]
    return section.body


def _key(section: Section) -> str:
    return " ".join(section.title.casefold().split())


def _is_free_section(doc: Document, taken: Mapping[int, str], section: Section) -> bool:
    return is_free(doc, taken, section.block) and all(is_free(doc, taken, i) for i in section.body)


def _is_aside(doc: Document, index: int) -> bool:
    """True for the writer's aside around a question: an emphasised paragraph or a quote."""
    block = doc.blocks[index]
    if block.kind == "blockquote":
        return True
    return block.kind == "paragraph" and _ASIDE.match(doc.block_text(index)) is not None
