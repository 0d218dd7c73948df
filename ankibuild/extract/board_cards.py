"""Study boards: task-list cards whose answer follows a `<br>` in the same item (an Obsidian Kanban board,
lanes as headings, each card a `- [ ]` item written on one line):

    ## Done

    - [x] What does ACID stand for? #database<br>Atomicity, Consistency, Isolation, Durability.
    - [ ] Why hash passwords? #security
    - [ ] Mock interview @{2026-01-14}

A task item (`- [ ]`, `- [x]`) holding a `<br>` is a card: the text before the first `<br>` is the front (the
board's `#tags` and `@{date}` / `@@{time}` marks dropped), the rest the back (a further `<br>` kept as its
line break). An answer that is only a placeholder (`<br>TODO`) leaves the question `unanswered`, and so does an
item with no `<br>` that carries a `#tag` like the answered ones and no date. The other items of the board
(dated tasks, links, plans) are the board's, not cards, and its lanes no topics; a settings footer in an
Obsidian comment (`%% kanban:settings` … `%%`) is no text. Read where two task items
or more are answered so, one at least asking.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

_TASK = re.compile(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+(?P<text>.*)$")
_BREAK = re.compile(r"<br[ \t]*/?>", re.I)
_TAG = re.compile(r"(?<!\S)#[^\W\d_][\w/-]*")
_DATE = re.compile(r"(?<!\S)@@?\{[^{}\n]*\}")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from task items split by `<br>` into question and answer."""
    if "bullet_list" not in block_kinds(doc) or not text_holds(doc, "<br"):
        return RuleResult()  # no line break tag or no list: nearly every document
    lanes: list[tuple[int, list[tuple[int, int, str | None]]]] = []  # list block, (first, last, item text)
    answered = 0
    asked = False  # one answered item at least asks: a to-do list with notes after `<br>` is no board of cards
    for n, block in enumerate(doc.blocks):
        if block.kind != "bullet_list" or not is_free(doc, taken, n):
            continue
        items = []
        for first, last in list_items(doc, block):
            task = _TASK.match(doc.lines[first])
            text = (
                " ".join([task.group("text").strip(), *(line.strip() for line in doc.lines[first + 1 : last])]) if task else None
            )
            items.append((first, last, text))
            if text is not None and (split := _split(text))[1]:
                answered += 1
                asked = asked or is_question(split[0])
        if all(text is not None for _, _, text in items):
            lanes.append((n, items))
    if answered < _MIN_ANSWERED or not asked:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, items in lanes:
        path = heading_path(doc, n)
        context = tuple(clean_heading(p) for p in path)
        for first, last, text in items:
            question, answer = _split(text or "")
            loc = doc.loc(first)
            if answer is None:
                if question and _TAG.search(text or "") and not _DATE.search(text or ""):
                    diagnostics.append(unanswered(loc, question, "no answer"))
                    claims.update(claim(first, last, "unanswered"))
                else:
                    claims.update(claim(first, last, "skip:board"))
                continue
            reason = empty_reason(answer) if question else "no question"
            if not question:
                claims.update(claim(first, last, "skip:board"))
            elif reason is not None:
                diagnostics.append(unanswered(loc, question, reason))
                claims.update(claim(first, last, "unanswered"))
            else:
                drafts.append(CardDraft(loc, "board-card", question, answer, context, topic_tags(path)))
                claims.update(claim(first, last, "card"))
    for first, last in _comments(doc, taken):
        claims.update(claim(first, last, "skip:settings"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _comments(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int]]:
    """Line spans of the Obsidian comments (`%% … %%`) that run over several blocks: a board's settings
    footer (`%% kanban:settings` over its JSON fence and a closing `%%`)."""
    spans: list[tuple[int, int]] = []
    blocks = doc.blocks
    n = 0
    while n < len(blocks):
        text = doc.block_text(n).strip()
        if blocks[n].kind == "paragraph" and text.startswith("%%") and text.count("%%") % 2 and is_free(doc, taken, n):
            end = n + 1
            while end < len(blocks) and not doc.block_text(end).rstrip().endswith("%%"):
                end += 1
            if end < len(blocks) and all(is_free(doc, taken, i) for i in range(n, end + 1)):
                spans.append((blocks[n].first, blocks[end].last))
                n = end
        n += 1
    return spans


def _split(text: str) -> tuple[str, str | None]:
    """An item's question (marks dropped) and its answer (None without a `<br>`)."""
    parts = _BREAK.split(text)
    head = " ".join(_DATE.sub("", _TAG.sub("", parts[0])).split())
    question, _ = clean_question(head) if head else ("", ())
    if len(parts) == 1:
        return question, None
    answer = "<br>".join(part.strip() for part in parts[1:]).strip()
    return question, answer
