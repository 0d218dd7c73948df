"""Turning the blocks after a question into answer Markdown: shared by the question rules.

Handles the dressing answers come in: a collapsible admonition holding the answer, a metadata line of
`**Label:** value` pairs that belongs in tags, trailing rules, `NOT ANSWERED` placeholders, link-only bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .document import Block, Document
from .questions import strip_answer_label, tag_slug

_ANSWERISH = re.compile(r"\b(answer|solution|explanation|reveal|show|spoiler|details)\b", re.I)
_META_SEGMENT = re.compile(r"^\s*(?:\*\*|__)([^*_:|]{1,40}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(.*?)\s*$")
_PLACEHOLDER = re.compile(r"^\W*(not answered|no answer|todo|tbd|\.\.\.|…)\W*$", re.I)
_URL_LINE = re.compile(r"^\s*(?:[-*+]\s*)?(?:<?https?://\S+>?|\[[^\]]*\]\(\S+\))\s*$")
_LEVELS = frozenset({"easy", "medium", "hard", "beginner", "intermediate", "advanced", "expert", "basic"})
_LABEL_NAMES = {
    "difficulty": "difficulty",
    "level": "difficulty",
    "tags": "topic",
    "topics": "topic",
    "topic": "topic",
    "asked by": "asked_by",
    "companies": "asked_by",
    "company": "asked_by",
}


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer ready for a draft."""

    markdown: str
    """The answer's Markdown ('' when there is none)."""
    tags: tuple[str, ...]
    """Tags found in a metadata line."""
    claimed: tuple[int, ...]
    """Indices of the blocks the answer used (metadata and separators included)."""
    empty_reason: str | None
    """Why the answer does not count (`no answer`, `placeholder`, `only links`), else None."""
    tokens: tuple[tuple[int, int], ...] = ()
    """Token ranges of the parsed document that render to exactly this answer (empty when the answer
    was cut or relabelled and must be parsed from its Markdown)."""


def metadata_tags(text: str) -> tuple[str, ...] | None:
    """Tags from a `**Difficulty:** Medium | **Tags:** `A`, `B` | **Asked by:** X, Y` line, or None when
    the text is not such a line."""
    segments = [s for s in text.replace("\n", " ").split(" | ")]
    matches = [_META_SEGMENT.match(s) for s in segments]
    if not all(matches):
        return None
    labelled = [(m.group(1).strip().lower(), m.group(2)) for m in matches if m]
    if len(labelled) < 2 and not any(label in _LABEL_NAMES for label, _ in labelled):
        return None
    tags: list[str] = []
    for label, value in labelled:
        prefix = _LABEL_NAMES.get(label, tag_slug(label))
        values = [v.strip(" `*_") for v in value.split(",")] if prefix != "difficulty" else [_difficulty(value)]
        for item in values:
            slug = tag_slug(re.sub(r"[^\w\s-]", " ", item))
            if slug:
                tags.append(f"{prefix}::{slug}")
    return tuple(tags)


def _difficulty(value: str) -> str:
    """`🟡 Medium` → `medium`: the level word, whatever emoji or decoration surrounds it."""
    words = re.findall(r"[a-z]+", value.lower())
    return next((w for w in words if w in _LEVELS), value)


def build_answer(doc: Document, indices: Sequence[int], stop_line: int | None = None) -> Answer:
    """The answer made of the given blocks (already known to be free). With `stop_line`, the last block
    ends before that line (a bare question line inside a paragraph starts the next card)."""
    used = list(indices)
    tags: tuple[str, ...] = ()
    body = list(indices)
    if body and doc.blocks[body[0]].kind == "paragraph":
        found = metadata_tags(doc.block_text(body[0]))
        if found is not None:
            tags = found
            body = body[1:]
    while body and doc.blocks[body[-1]].kind == "hr":
        body.pop()
    while body and doc.blocks[body[0]].kind == "hr":
        body.pop(0)
    parts = [_block_markdown(doc, doc.blocks[i], first=(n == 0)) for n, i in enumerate(body)]
    if stop_line is not None and body and doc.blocks[body[-1]].first < stop_line < doc.blocks[body[-1]].last:
        parts[-1] = doc.text(doc.blocks[body[-1]].first, stop_line)
    joined = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    markdown = strip_answer_label(_unwrap_details(joined))
    cut = stop_line is not None and body and doc.blocks[body[-1]].first < stop_line < doc.blocks[body[-1]].last
    tokens = () if cut or markdown != joined else tuple(_block_tokens(doc, i, first=(n == 0)) for n, i in enumerate(body))
    return Answer(markdown, tags, tuple(used), empty_reason(markdown), tokens)


def _unwrap_details(markdown: str) -> str:
    """`<details><summary>Answer</summary>…</details>` under a question is the answer's container."""
    from .details import unwrap_answer_details

    return unwrap_answer_details(markdown) or markdown if "<details" in markdown else markdown


def _block_tokens(doc: Document, index: int, *, first: bool) -> tuple[int, int]:
    """The token range that renders a block as `_block_markdown` presents it."""
    block = doc.blocks[index]
    if first and is_answer_admonition(doc, block):
        for n in range(block.start, block.end):
            if doc.tokens[n].type == "admonition_title_close":
                return (n + 1, block.end - 1)
    return (block.start, block.end)


def empty_reason(markdown: str) -> str | None:
    """Why an answer is not one, or None when it is."""
    lines = [line for line in markdown.splitlines() if line.strip() and not line.strip().startswith("```")]
    if not lines:
        return "no answer"
    if len(lines) == 1 and _PLACEHOLDER.match(lines[0]):
        return "placeholder"
    if all(_URL_LINE.match(line) for line in lines):
        return "only links"
    return None


def dedent(lines: Iterable[str]) -> str:
    """Remove the common indentation of lines (blank lines ignored)."""
    items = list(lines)
    widths = [len(line) - len(line.lstrip(" ")) for line in items if line.strip()]
    cut = min(widths, default=0)
    return "\n".join(line[cut:] for line in items).strip("\n")


def is_answer_admonition(doc: Document, block: Block) -> bool:
    """True for an admonition that holds the answer: collapsible (`???`) or titled like an answer."""
    if block.kind != "admonition":
        return False
    token = doc.tokens[block.start]
    return token.markup.startswith("???") or bool(_ANSWERISH.search(token.info))


def _block_markdown(doc: Document, block: Block, *, first: bool) -> str:
    if first and is_answer_admonition(doc, block):
        return dedent(doc.lines[block.first + 1 : block.last])
    return doc.text(block.first, block.last)
