"""Digests of questions asked elsewhere: headings that are only a link to the question's thread, each
answered behind the same label line.

    ### [How do I undo the last commit?](https://stackoverflow.com/q/927358) 🔁

    **Top answer** (▲ 26k):

    > `git reset HEAD~` keeps the changes in the working tree.

    *Me:* `--soft` keeps them staged.

    ### ["Least Astonishment" and the Mutable Default Argument](https://stackoverflow.com/q/1132941)

    *Haven't read the thread yet.*

Where two headings or more of one level are wholly a link (a mark or emoji after it allowed) and their
sections open with the same bold label line (`**Top answer** (▲ 26k):`, `**Accepted answer:**`), every
such link heading of that level is a question, its link text the front, whatever its wording (a thread's
title need not ask with `?`). A section that opens with the label is answered by what follows the label
line, to the next heading or `---`; a section without it holds only the note-taker's remark on the
thread (`*Haven't read it yet*`, `Skipping — …`) and is `unanswered`. Nothing else is read: a heading that
is a link among other headings is a link, not a question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, Section, may_open_a_line_with, text_holds
from .outline import clean_heading, topic_tags
from .questions import whole_link_text

CONVENTION = "linked-question"

_MIN_ANSWERED = 2
# `**Top answer** (▲ 26k):`, `**Accepted answer:**`, `__Answer__ —`: a line that is a bold label and at
# most a short note (a score) before its closing colon or dash.
_LABEL_LINE = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<label>[^*_\n]{1,40}?)[:：]?(?P=b)[^\n*_]{0,30}?[:：—–]?[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from link headings answered behind a shared label line (see the module docstring)."""
    if not _may_hold_link_titles(doc):
        return RuleResult()  # no heading is a link: nearly every document
    linked: dict[int, tuple[Section, str]] = {}
    for n, section in enumerate(doc.sections):
        block = doc.blocks[section.block]
        if "](" not in doc.lines[block.first]:
            continue
        inline = doc.inline(block)
        text = whole_link_text(inline.content) if inline is not None else None
        if text is not None and is_free(doc, taken, section.block):
            linked[n] = (section, text)
    labels: dict[int, dict[str, int]] = {}  # per level, how many link sections open with each label
    opening: dict[int, str] = {}
    for n, (section, _) in linked.items():
        label = _opening_label(doc, section)
        if label is not None:
            opening[n] = label
            counts = labels.setdefault(section.level, {})
            counts[label] = counts.get(label, 0) + 1
    shared = {level: label for level, counts in labels.items() for label, count in counts.items() if count >= _MIN_ANSWERED}
    if not shared:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, (section, question) in linked.items():
        if section.level not in shared:
            continue
        body = _body(doc, section)
        if not all(is_free(doc, taken, i) for i in body):
            continue
        head = doc.blocks[section.block]
        loc = doc.loc(head.first)
        lines = (head.first, doc.blocks[body[-1]].last if body else head.last)
        if opening.get(n) != shared[section.level]:
            diagnostics.append(unanswered(loc, question, "no answer, only a note"))
            claims.update(claim(*lines, "unanswered"))
            continue
        answer = build_answer(doc, body[1:])
        if answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            claims.update(claim(*lines, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in section.path)
        tags = answer.tags + tuple(t for t in topic_tags(section.path) if t not in answer.tags)
        drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens))
        claims.update(claim(*lines, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_BOLD_OPENING = re.compile(r"^(?:\*\*|__)", re.M)


def _may_hold_link_titles(doc: Document) -> bool:
    """False when the document holds no link (`](`), so that no heading is one, or no line opens in bold,
    so that no section opens with a label line: the rule reads nothing else."""
    return bool(doc.sections) and text_holds(doc, "](") and may_open_a_line_with(doc, _BOLD_OPENING)


def _body(doc: Document, section: Section) -> list[int]:
    """The section's blocks up to its first `---`."""
    body: list[int] = []
    for i in section.body:
        if doc.blocks[i].kind == "hr":
            break
        body.append(i)
    return body


def _opening_label(doc: Document, section: Section) -> str | None:
    """The bold label (lower case) of the one-line paragraph that opens the section, if it opens so."""
    if not section.body:
        return None
    block = doc.blocks[section.body[0]]
    if block.kind != "paragraph" or block.last - block.first != 1:
        return None
    match = _LABEL_LINE.match(doc.lines[block.first])
    return " ".join(match.group("label").split()).lower() if match else None
