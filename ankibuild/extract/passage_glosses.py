"""Passages to recall from, each with the writer's gloss right under it:

    > "Fair is foul, and foul is fair"

    — **The Witches, 1.1**
    - Chiasmus → the play's world of inversion.

    ### 2024-01-08

    ```text
    error[E0382]: borrow of moved value: `names`
    ```

    **Why:** the `Vec` moved into `other` …
    **Fix:** borrow it instead …

Quotation banks, error logs and the like do not ask: the front of each item is a passage (what the reader
will meet in the exam or on the screen) and the back is what the writer knows about it. A passage is a
top-level blockquote of one paragraph (no callout `[!note]`, no bold label opening it) or a top-level fence
of plain text (no info string, `text`, `txt`, `plain`) holding one to three lines. Its gloss is the
paragraph right after it, opening either

- with a dash (`—`, `―`, `–`): the line of who says it and where (`— **Macbeth, 2.1**`, `– Goethe, Faust I`),
  the notes under it (a list, paragraphs) going with it; or
- with a bold label closed by a colon (`**Why:**`, `**Warum:**`, `**Causa:**`): the labelled lines of the
  writer's explanation.

The passage is the front (a fence as written, so that the message keeps its code formatting; a quote as its
text); the gloss, its opening dash left off, and the blocks after it up to the next passage, heading or rule
are the back. A dash with nothing after it but marks (`— 🔁`, a bare `—`) and nothing under it, or a first
label with nothing after it (`**Why:**` over `**Fix:** …`), leaves the passage `unanswered`, and so does a
passage of the items' kind with no gloss at all after the first item (the next passage, a heading, a rule or
the end right after it). The headings over nothing but such items are their context, never topics.

Read where three passages or more carry a gloss of the same kind (the dash, or the same first label), two
of them at least glossing more than a line: notes under the dash line (a page of epigraphs, a quote and its
author, glosses nothing), or two labelled lines (one label alone, `**Note:** needs root` after a command, is
a remark). A quote or fence followed by anything else is left to the other rules, and so
are the quotes that ask, which the quoted-question rule, earlier in the chain, reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings
from .answers import block_card, build_answer, empty_reason
from .document import Document, block_kinds, blocks_of_kind, free_blocks, lazy_pattern

CONVENTION = "passage-gloss"

_MIN_ITEMS = 3
_MIN_NOTED = 2
_MAX_FENCE_LINES = 3
_PROSE_INFO = frozenset({"", "text", "txt", "plain", "plaintext"})
_DASHES = ("—", "―", "–")
_FENCE_OPEN = lazy_pattern(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)[^\n`]*$")
# `**Why:**`, `**Fix**:`, `__Causa:__`: a bold label closed by a colon, opening a line.
_LABEL = lazy_pattern(r"^[ \t]{0,3}(?P<e>\*\*|__)(?P<name>[^\W\d_][^*_\n]{0,30}?)(?:[:：](?P=e)|(?P=e)[ \t]*[:：])[ \t]*")
# `— **Macbeth, 2.1** (aside)`: a dash opening the line, then what the passage is attributed to.
_DASH = lazy_pattern(r"^[ \t]{0,3}[—―–](?:[ \t]+|$)")
_ENDS = frozenset({"heading", "hr"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from passages glossed right under them (see the module docstring)."""
    if not _may_hold_glosses(doc):
        return RuleResult()  # no quote or fence with a dash or a bold label right after it: nearly every document
    free = set(free_blocks(doc, taken))
    blocks = doc.blocks
    found: dict[str, list[tuple[int, str]]] = {}
    for index in sorted(free):
        if index + 1 not in free or blocks[index + 1].kind != "paragraph":
            continue
        passage = _passage(doc, index)
        if passage is None:
            continue
        kind = _gloss_kind(doc, index + 1)
        if kind is not None:
            found.setdefault(kind, []).append((index, passage))
    items = sorted(item for kind, run in found.items() if _is_convention(doc, kind, run) for item in run)
    if not items:
        return RuleResult()
    bare = _bare_passages(doc, free, items)
    starts = {index for index, _ in items} | {index for index, _ in bare}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index, passage in bare:
        block_card(
            doc,
            CONVENTION,
            index,
            blocks[index].last,
            _reported(doc, index, passage),
            "",
            "no answer",
            (drafts, diagnostics, claims),
        )
        carded.add(index)
    for index, passage in items:
        gloss = index + 1
        end = gloss + 1
        while end < len(blocks) and end in free and end not in starts and blocks[end].kind not in _ENDS:
            end += 1
        said, reason = _gloss(doc, gloss)
        rest = build_answer(doc, list(range(gloss + 1, end))).markdown.strip() if end > gloss + 1 else ""
        answer = "\n\n".join(p for p in (said, rest) if p)
        if reason is None or rest:
            reason = empty_reason(answer) if answer else "no answer"
        front = passage if reason is None else _reported(doc, index, passage)
        block_card(doc, CONVENTION, index, blocks[end - 1].last, front, answer, reason, (drafts, diagnostics, claims))
        carded.update(range(index, end))
    claims |= carded_headings(doc, {**taken, **claims}, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _bare_passages(doc: Document, free: set[int], items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The passages among the items with no gloss at all: after the first item, a free block of the items'
    kind that reads as a passage (`_passage`) followed by another one, a heading, a rule or the end."""
    blocks = doc.blocks
    kinds = {blocks[index].kind for index, _ in items}
    glossed = {index for index, _ in items}
    found: list[tuple[int, str]] = []
    for index in range(items[0][0] + 1, len(blocks)):
        if index in glossed or index not in free or blocks[index].kind not in kinds:
            continue
        passage = _passage(doc, index)
        if passage is None:
            continue
        after = index + 1
        if (
            after >= len(blocks)
            or blocks[after].kind in _ENDS
            or (blocks[after].kind in kinds and _passage(doc, after) is not None)
        ):
            found.append((index, passage))
    return found


def _may_hold_glosses(doc: Document) -> bool:
    """False only when fewer than three quotes and fences are followed by a paragraph opening with a dash or
    in bold: a necessary condition of the rule finding anything, tested on the document's few quotes and
    fences."""
    kinds = block_kinds(doc)
    if "paragraph" not in kinds or ("blockquote" not in kinds and "fence" not in kinds):
        return False
    blocks, lines = doc.blocks, doc.lines
    count = 0
    for index in (*blocks_of_kind(doc, "blockquote"), *blocks_of_kind(doc, "fence")):
        if index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph":
            opening = lines[blocks[index + 1].first].lstrip(" \t")
            count += opening.startswith(("**", "__", *_DASHES))
    return count >= _MIN_ITEMS


def _passage(doc: Document, index: int) -> str | None:
    """The front a passage block gives: a plain-text fence of one to three lines as written, or the text of
    a blockquote of one paragraph; None for any other block."""
    block = doc.blocks[index]
    if block.kind == "fence":
        opening = _FENCE_OPEN.match(doc.lines[block.first])
        if opening is None or opening.group("info").lower() not in _PROSE_INFO:
            return None
        content = [line for line in doc.tokens[block.start].content.splitlines() if line.strip()]
        if not 0 < len(content) <= _MAX_FENCE_LINES:
            return None
        return doc.text(block.first, block.last).strip("\n")
    if block.kind != "blockquote":
        return None
    kinds = [token.type for token in doc.tokens[block.start + 1 : block.end - 1]]
    if kinds != ["paragraph_open", "inline", "paragraph_close"]:
        return None
    text = "\n".join(re.sub(r"^[ \t]{0,3}>[ \t]?", "", line) for line in doc.lines[block.first : block.last]).strip()
    if not text or text.startswith("[!") or _LABEL.match(text):
        return None
    return text


def _reported(doc: Document, index: int, passage: str) -> str:
    """How an unanswered passage is reported: a fence by its lines, without its fence marks."""
    block = doc.blocks[index]
    return doc.tokens[block.start].content.strip() if block.kind == "fence" else passage


def _gloss_kind(doc: Document, index: int) -> str | None:
    """What the paragraph INDEX opens with as a gloss: `—` for a dash, the lower-cased label for a bold
    label closed by a colon, None otherwise."""
    line = doc.lines[doc.blocks[index].first]
    if _DASH.match(line):
        return "—"
    label = _LABEL.match(line)
    return None if label is None else "label:" + " ".join(label.group("name").split()).lower()


def _is_convention(doc: Document, kind: str, run: list[tuple[int, str]]) -> bool:
    """Whether a kind of gloss is the page's layout: three glosses of it at least, two of which gloss more
    than one line: for dashes, notes under the dash line (a block after the paragraph, or more lines in it);
    for labels, two labelled lines or more in the paragraph (`**Why:**` over `**Fix:**`), where one label
    alone after a command or a quote is as likely a remark (`**Note:** needs root`)."""
    if len(run) < _MIN_ITEMS:
        return False
    blocks, lines = doc.blocks, doc.lines
    noted = 0
    for index, _ in run:
        gloss = blocks[index + 1]
        if kind != "—":
            noted += sum(_LABEL.match(lines[n]) is not None for n in range(gloss.first, gloss.last)) > 1
            continue
        after = blocks[index + 2] if index + 2 < len(blocks) else None
        noted += gloss.last - gloss.first > 1 or (
            after is not None and after.kind not in _ENDS and after.kind not in ("blockquote", "fence")
        )
    return noted >= _MIN_NOTED


def _gloss(doc: Document, index: int) -> tuple[str, str | None]:
    """The back a gloss paragraph gives (its opening dash left off) and why it answers nothing, if it does
    not: a dash before nothing but marks, or a first label with nothing after it on its line."""
    block = doc.blocks[index]
    lines = list(doc.lines[block.first : block.last])
    dash = _DASH.match(lines[0])
    if dash is not None:
        lines[0] = lines[0][dash.end() :]
        said = "\n".join(lines).strip()
        return said, (None if any(ch.isalnum() for ch in said) else "no answer")
    label = _LABEL.match(lines[0])
    said = "\n".join(line.strip() for line in lines).strip()
    if label is not None and not lines[0][label.end() :].strip() and (len(lines) == 1 or _LABEL.match(lines[1])):
        return said, "no answer"
    return said, None
