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
title need not ask with `?`). A forum digest names its threads by number instead (`### ❓ #37 · What does …?`,
the front being the title after the number); its label line may carry the thread's credits after a
separator (`**✅ Answer** · selected by @sam · written by @priya`), and a one-line note in small print
before it (`<sub>Category: Q&A · 4 comments</sub>`) is the thread's metadata, no answer. There the threads
that count are those that carry the answered ones' mark (`❓`): another kind of thread (`📣` announcements)
is left alone. A section that opens with the label is answered by what follows the label
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
_LABEL_LINE = re.compile(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<label>[^*_\n]{1,40}?)[:：]?(?P=b)(?:[^\n*_]{0,30}?[:：—–]?|[ \t]+[·•|][^\n*]{1,80})[ \t]*$"
)
# `❓ #37 · What does …?`, `#12: Who …?`: a thread's title after its number (and a mark before it).
_THREAD_TITLE = re.compile(r"^(?P<mark>[^\w#\[]*)#(?P<n>\d{1,6})[ \t]*[·•|:—–-][ \t]*(?P<title>\S.*)$")
# `<sub>Category: Q&A · opened by @sam · 4 comments</sub>`: a thread's metadata in small print.
_SMALL_PRINT = re.compile(r"^[ \t]{0,3}<(?P<tag>sub|small)>[^\n]*</(?P=tag)>[ \t]*$", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from link headings answered behind a shared label line (see the module docstring)."""
    if not _may_hold_thread_titles(doc):
        return RuleResult()  # no heading is a link or a numbered thread: nearly every document
    linked: dict[int, tuple[Section, str]] = {}
    marks: dict[int, str] = {}  # for a numbered thread's heading, the mark before its number
    for n, section in enumerate(doc.sections):
        block = doc.blocks[section.block]
        if "](" in doc.lines[block.first]:
            inline = doc.inline(block)
            text = whole_link_text(inline.content) if inline is not None else None
        elif "#" in section.title and (inline := doc.inline(block)) is not None and (thread := _THREAD_TITLE.match(inline.content.strip())):
            text = thread.group("title").strip()
            marks[n] = "".join(thread.group("mark").split())
        else:
            continue
        if text is not None and is_free(doc, taken, section.block):
            linked[n] = (section, text)
    labels: dict[int, dict[str, int]] = {}  # per level, how many link sections open with each label
    opening: dict[int, tuple[str, int]] = {}
    for n, (section, _) in linked.items():
        found = _opening_label(doc, section)
        if found is not None:
            opening[n] = found
            counts = labels.setdefault(section.level, {})
            counts[found[0]] = counts.get(found[0], 0) + 1
    shared = {level: label for level, counts in labels.items() for label, count in counts.items() if count >= _MIN_ANSWERED}
    if not shared:
        return RuleResult()
    answered_marks = {marks[n] for n, (label, _) in opening.items() if n in marks and shared.get(linked[n][0].level) == label}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, (section, question) in linked.items():
        if section.level not in shared:
            continue
        if n in marks and marks[n] not in answered_marks:  # another kind of thread (an announcement): no question
            body = _body(doc, section)
            if all(is_free(doc, taken, i) for i in body):
                head = doc.blocks[section.block]
                claims.update(claim(head.first, doc.blocks[body[-1]].last if body else head.last, "skip:thread"))
            continue
        body = _body(doc, section)
        if not all(is_free(doc, taken, i) for i in body):
            continue
        head = doc.blocks[section.block]
        loc = doc.loc(head.first)
        lines = (head.first, doc.blocks[body[-1]].last if body else head.last)
        label, at = opening.get(n, ("", 0))
        if label != shared[section.level]:
            diagnostics.append(unanswered(loc, question, "no answer, only a note"))
            claims.update(claim(*lines, "unanswered"))
            continue
        answer = build_answer(doc, body[at + 1 :])
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


def _may_hold_thread_titles(doc: Document) -> bool:
    """False when no heading can be a thread's title (the document holds no link, `](`, and no heading a
    `#`) or no line opens in bold, so that no section opens with a label line: the rule reads nothing else."""
    if not doc.sections or not may_open_a_line_with(doc, _BOLD_OPENING):
        return False
    return text_holds(doc, "](") or any("#" in s.title for s in doc.sections)


def _body(doc: Document, section: Section) -> list[int]:
    """The section's blocks up to its first `---`."""
    body: list[int] = []
    for i in section.body:
        if doc.blocks[i].kind == "hr":
            break
        body.append(i)
    return body


def _opening_label(doc: Document, section: Section) -> tuple[str, int] | None:
    """The bold label (lower case) of the one-line paragraph that opens the section (after a line of
    metadata in small print), with its place in the body, if it opens so."""
    at = 0
    if len(section.body) > 1 and _one_line(doc, section.body[0]) and _SMALL_PRINT.match(doc.lines[doc.blocks[section.body[0]].first]):
        at = 1
    if len(section.body) <= at or not _one_line(doc, section.body[at]):
        return None
    match = _LABEL_LINE.match(doc.lines[doc.blocks[section.body[at]].first])
    return (" ".join(match.group("label").split()).lower(), at) if match else None


def _one_line(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    return block.kind == "paragraph" and block.last - block.first == 1
