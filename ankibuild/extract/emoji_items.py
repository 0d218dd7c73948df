"""Emoji-marked questions in a list, answered in a nested item (lecture or video notes taken while watching):

    - [01:30](https://youtu.be/abc?t=90) ❓ **What is an atom?**
        - [02:05](https://youtu.be/abc?t=125) ✅ The smallest part of an element that keeps its properties.
    - [06:20](https://youtu.be/abc?t=380) 📝 Drawing on the board.

A list item that opens with a question emoji (`❓`, `❔`, `🤔`, `🙋`, as for `emoji-post`), a timestamp before
it allowed (`[01:30](…?t=90)`, `[01:30]`, `01:30 –`), asks; its first nested item that opens (timestamp
aside) with an answer emoji (`✅`, `✔️`, `☑️`, `👉` …) is the answer, with the lines indented under it. A
question with no such nested item (only a `📝` note under it) or whose answer is a placeholder (`✅ TODO`) is
`unanswered`. The other items of a list holding such questions (notes, images, remarks) are the notes'
running commentary, not cards. Read where two marked items or more ask and one at least is answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, dedent, list_items
from .emoji_marks import ANSWER_MARKS, ASK_MARKS, after_mark, question_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

# `[01:30](https://…?t=90)`, `[1:02:03]`, `(01:30)`, `01:30 —`: a recording's timestamp opening an item.
_TIMESTAMP = re.compile(
    r"^(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}\](?:\([^()\s]*\))?|\((?:\d{1,2}:)?\d{1,2}:\d{2}\)|(?:\d{1,2}:)?\d{1,2}:\d{2}(?!\d))"
    r"[ \t]*(?:[-–—:|][ \t]+)?"
)
_ITEM = re.compile(r"^([ \t]*)[-*+][ \t]+(.*)$")
_MIN_ASKING = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question-emoji list items answered by a nested answer-emoji item."""
    if "bullet_list" not in block_kinds(doc) or not any(m in doc.source.text for m in ASK_MARKS):
        return RuleResult()  # no list, or no question emoji: nearly every document
    lists: list[tuple[int, list[tuple[int, int, str, str | None]]]] = []  # block, (first, last, question, answer)
    for n, block in enumerate(doc.blocks):
        if block.kind != "bullet_list" or not is_free(doc, taken, n):
            continue
        items = [_item(doc, first, last) for first, last in list_items(doc, block)]
        lists.append((n, items))
    asking = [item for _, items in lists for item in items if item[2]]
    if len(asking) < _MIN_ASKING or not any(a is not None and empty_reason(a) is None for _, _, _, a in asking):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, items in lists:
        if not any(a is not None and empty_reason(a) is None for _, _, q, a in items if q):
            continue  # a list of no answered question: a legend, an agenda
        path = heading_path(doc, n)
        context = tuple(clean_heading(p) for p in path)
        for first, last, question, answer in items:
            if not question:
                claims.update(claim(first, last, "skip:notes"))
                continue
            loc = doc.loc(first)
            reason = empty_reason(answer) if answer is not None else "no answer"
            if reason is not None:
                if answer is None and not is_question(question):
                    claims.update(claim(first, last, "skip:notes"))
                    continue
                diagnostics.append(unanswered(loc, question, reason))
                claims.update(claim(first, last, "unanswered"))
            else:
                drafts.append(CardDraft(loc, "emoji-item", question, answer or "", context, topic_tags(path)))
                claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, first: int, last: int) -> tuple[int, int, str, str | None]:
    """An item's span, its question ('' when it asks nothing) and the answer of its nested items (None when
    none opens with an answer emoji)."""
    lines = doc.lines[first:last]
    opened = _ITEM.match(lines[0])
    if opened is None:
        return first, last, "", None
    head = _TIMESTAMP.sub("", opened.group(2).strip(), count=1)
    if after_mark(head, ASK_MARKS) is None:
        return first, last, "", None
    question = question_of(head)
    for k in range(1, len(lines)):
        nested = _ITEM.match(lines[k])
        if nested is None:
            continue
        said = after_mark(_TIMESTAMP.sub("", nested.group(2).strip(), count=1), ANSWER_MARKS)
        if said is None:
            continue
        depth = len(nested.group(1).expandtabs(4))
        below: list[str] = []
        for line in lines[k + 1 :]:
            if line.strip() and len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) <= depth:
                break
            below.append(line)
        answer = "\n".join([said.strip(), dedent(below)]).strip() if below else said.strip()
        return first, last, question, answer
    return first, last, question, None
