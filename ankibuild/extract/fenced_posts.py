"""Chat digests in Zulip's Markdown, where fences carry the questions and the hidden answers:

    **Ana López** <time:2025-03-11T10:14:00-05:00>

    ```quote
    Why is the sky blue?
    ```

    **Dr. Weiss (TA)**
    Rayleigh scattering: shorter wavelengths scatter more.

    **Q2.** What colour is a sunset, and why?

    ```spoiler Answer
    Red: the light crosses more air and the blue is scattered away.
    ```

A ```` ```quote ```` fence whose last paragraph asks (a quoted message's lines `> …` before it are the
context it replies to, left out) is the front, after the header of its post (a line that is only a bold
name, a `<time:…>` stamp after it allowed); the next post, by another name, is the back: the lines under
its header, or the blocks after a header alone. A question no other name answers (only the asker's `bump?`
after it, a rule, a heading) is `unanswered`. A paragraph followed right away by a ```` ```spoiler ````
fence (its title, `Answer`, a label) asks, and the spoiler's body is the back; numbering and a bold label
(`**P3.**`) leave the front. An empty or placeholder spoiler is `unanswered`, and so is a paragraph opening
with a bold label of the same shape as the answered ones that has no spoiler. Read where two questions or
more are answered so; the headings over them are their context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason
from .document import Block, Document, free_blocks, text_holds
from .questions import clean_question

CONVENTION = "fenced-post"

_FENCE = re.compile(r"^[ \t]{0,3}(?P<marks>`{3,})(?P<kind>quote|spoiler)\b[ \t]*(?P<title>.*?)[ \t]*$")
_HEADER = re.compile(r"^(?:\*\*|__)(?P<name>[^*_\n]{1,60}?)(?:\*\*|__)(?:[ \t]+<time:[^>\s]+>)?[ \t]*$")
_LABEL = re.compile(r"^(?:\*\*|__)[ \t]*(?P<shape>[^\W\d_]*)\d+[a-z]?[.):]?[ \t]*(?:\*\*|__)")
_ASKS = re.compile(r"[?？][\W_]*$")
_ENDS = frozenset({"hr", "heading"})
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from quoted questions with their replies and from spoiler answers (see the module docstring)."""
    if not (text_holds(doc, "```quote") or text_holds(doc, "```spoiler")):
        return RuleResult()  # no Zulip fence: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    free = free_blocks(doc, taken)
    position = {index: n for n, index in enumerate(free)}
    items: list[tuple[int, int, int, str, str]] = []  # (line, last line, block, front, back)
    spoiled_labels: list[tuple[int, str]] = []  # (block, label shape) of the paragraphs a spoiler answers
    used: set[int] = set()
    for n, index in enumerate(free):
        block = blocks[index]
        fence = _FENCE.match(lines[block.first]) if block.kind == "fence" else None
        if fence is None:
            continue
        body = _body(doc, block)
        if fence.group("kind") == "quote":
            question = _quoted_question(body)
            if not question:
                continue
            asker_block = free[n - 1] if n > 0 and free[n - 1] == index - 1 else None
            asker = _header(doc, blocks[asker_block]) if asker_block is not None else None
            first = blocks[asker_block].first if asker is not None and asker_block is not None else block.first
            reply, last = _reply(doc, free, n, asker)
            used.update(i for i in free[n + 1 :] if blocks[i].first < last)
            items.append((first, last, index, question, reply))
        else:
            above = free[n - 1] if n > 0 and free[n - 1] == index - 1 else None
            if above is None or blocks[above].kind != "paragraph" or above in used:
                continue
            text = "\n".join(lines[blocks[above].first : blocks[above].last]).strip()
            used.add(above)
            label = _LABEL.match(text)
            if label:
                spoiled_labels.append((above, label.group("shape")))
            items = [item for item in items if item[2] != above]
            items.append((blocks[above].first, block.last, above, _front(text), body))
    answered = [item for item in items if item[4] and empty_reason(item[4]) is None]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    shapes = {shape for _, shape in spoiled_labels}
    for index in free:
        block = blocks[index]
        if index in used or block.kind != "paragraph" or not shapes:
            continue
        text = "\n".join(lines[block.first : block.last]).strip()
        label = _LABEL.match(text)
        if label and label.group("shape") in shapes and (position[index] + 1 >= len(free) or blocks[free[position[index] + 1]].kind != "fence"):
            items.append((block.first, block.last, index, _front(text), ""))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for first, last, index, front, back in sorted(items):
        reason = empty_reason(back) if back else "no answer"
        block_card(doc, CONVENTION, index, last, front, back, reason, (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _body(doc: Document, block: Block) -> str:
    """A fence's content, its marker lines gone."""
    inner = doc.lines[block.first + 1 : block.last]
    while inner and not inner[-1].strip():
        inner = inner[:-1]
    if inner and inner[-1].strip().startswith(doc.lines[block.first].strip()[:3]):
        inner = inner[:-1]
    return "\n".join(inner).strip()


def _quoted_question(body: str) -> str:
    """The last paragraph of a quote fence when it asks (the quoted lines `> …` above it left out)."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", body) if p.strip() and not p.lstrip().startswith(">")]
    if not paragraphs:
        return ""
    last = " ".join(paragraphs[-1].split())
    return last if _ASKS.search(last) else ""


def _header(doc: Document, block: Block) -> str | None:
    """The name of a post header paragraph (a bold name alone on the paragraph's only line)."""
    if block.kind != "paragraph" or block.last - block.first != 1 and doc.lines[block.first + 1].strip():
        return None
    m = _HEADER.match(doc.lines[block.first].strip())
    return m.group("name").strip() if m else None


def _reply(doc: Document, free: tuple[int, ...], n: int, asker: str | None) -> tuple[str, int]:
    """The next post after the quote `free[n]` when another name wrote it, and the line after it."""
    blocks = doc.blocks
    lines = doc.lines
    quote = blocks[free[n]]
    if n + 1 >= len(free) or free[n + 1] != free[n] + 1 or blocks[free[n + 1]].kind != "paragraph":
        return "", quote.last
    post = blocks[free[n + 1]]
    m = _HEADER.match(lines[post.first].strip())
    if m is None or m.group("name").strip() == asker:
        return "", quote.last
    text = "\n".join(lines[post.first + 1 : post.last]).strip()
    last = post.last
    if not text:  # a header alone: the blocks under it, up to the next header, rule or heading
        parts: list[str] = []
        for index in free[n + 2 :]:
            block = blocks[index]
            if block.kind in _ENDS or _header(doc, block) is not None or _FENCE.match(lines[block.first]):
                break
            parts.append("\n".join(lines[block.first : block.last]).strip())
            last = block.last
        text = "\n\n".join(parts)
    return text, last


def _front(text: str) -> str:
    """A question paragraph on one line, its bold label and numbering gone."""
    text = " ".join(text.split())
    if label := _LABEL.match(text):
        text = text[label.end() :]
    return clean_question(text)[0].strip()
