"""Cards laid out as superblocks of a block editor's kramdown export (SiYuan): a question block beside its answer.

    {{{row
    What does a catalyst change in a reaction?
    {: id="20240301101500-a1b2c3d"}

    Its rate, by lowering the activation energy; not the equilibrium.
    {: id="20240301101520-e4f5g6h"}
    }}}
    {: id="20240301101455-i7j8k9l"}

A superblock runs from a line `{{{row` or `{{{col` to its matching `}}}` line; superblocks nest, and only
the innermost ones (holding no other superblock) are read. Its child blocks are separated by blank lines and
each is closed by the editor's attribute line (`{: id="…" …}`, kramdown's IAL), which is markup, never text.
In a superblock of two children or more, the first child is the front (a question, or a term to define) and
the others are the back. An empty back, or one that is only a placeholder (`TODO`, `⏳`), leaves the
question `unanswered`; a superblock holding a lone child that asks is `unanswered` too. Block references
(`((20240225190344-xb1nq0s "Supply and demand"))`) become their anchor text. The attribute lines that stand
alone elsewhere (under a heading) are skipped as markup.

The rule reads only documents with two superblocks at least whose first child asks and has a sibling, so
that superblocks used for page layout (an image beside its caption) in ordinary notes are never cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_at, dedent, lazy_pattern, mark_followed_by
from .outline import clean_heading, heading_path, topic_tags
from .questions import asks_in_other_script, is_question

CONVENTION = "superblock"

_OPEN = lazy_pattern(r"^[ \t]*\{\{\{(?:row|col)[ \t]*$")
_CLOSE = lazy_pattern(r"^[ \t]*\}\}\}[ \t]*$")
_IAL = lazy_pattern(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$")
"""A kramdown attribute line on its own: `{: id="20240302211622-ua2w0ms"}`."""
_ITEM_IAL = lazy_pattern(r"^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\{:[^{}\n]*\}[ \t]*")
"""The attribute list a list item opens with in the same export: `* {: id="…"}Elasticity`."""
_BLOCK_REF = lazy_pattern(r"""\(\(\d{14}-[0-9a-z]{7}(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'))?\)\)""")
"""A block reference, with or without its anchor text: `((20240225190344-xb1nq0s "Chapter 4"))`."""
_FENCE = lazy_pattern(r"^[ \t]*(`{3,}|~{3,})")
_OPENINGS = ("{{row", "{{col")
"""What follows the first `{` of a superblock's opening line."""
_MIN_ASKING = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the innermost superblocks of a kramdown export (see the module docstring)."""
    if not mark_followed_by(doc, "{", _OPENINGS):
        return RuleResult()  # no superblock opens: nearly every document
    found = _superblocks(doc)
    if sum(1 for _, _, children in found if len(children) >= 2 and _asks(children[0])) < _MIN_ASKING:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for first, last, children in found:
        if not children or not taken.keys().isdisjoint(range(first, last)):
            continue
        question = " ".join(children[0].split()) if "\n" not in children[0] else children[0]
        if len(children) == 1:
            if _asks(question):
                diagnostics.append(unanswered(doc.loc(first + 1), question, "no answer"))
                claims.update(claim(first, last, "unanswered"))
            continue
        answer = "\n\n".join(children[1:])
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first + 1), question, reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        index = block_at(doc, first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(first + 1), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
    for block in doc.blocks:  # the attribute lines alone: under a heading, a note or a rule
        lines = doc.lines[block.first : block.last]
        if block.kind == "paragraph" and block.first not in claims and block.first not in taken and all(map(_IAL.match, lines)):
            claims.update(claim(block.first, block.last, "skip:markup"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asks(text: str) -> bool:
    """True when a child block asks: a question (with the full-width `？` too) or a command."""
    return is_question(text.replace("\uff1f", "?")) or asks_in_other_script(text)


def _superblocks(doc: Document) -> list[tuple[int, int, list[str]]]:
    """The innermost superblocks: their first line, the line after their closing line (and the attribute
    line under it), and the text of their children, in order."""
    lines = doc.lines
    found: list[tuple[int, int, list[str]]] = []
    opened: list[int] = []  # the opening lines of the superblocks around the current line
    inner = False  # the innermost open superblock holds none so far
    fence = ""
    for n, line in enumerate(lines):
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if ("`" in line or "~" in line) and (mark := _FENCE.match(line)) is not None:
            fence = mark.group(1)
            continue
        if "{{{" in line and _OPEN.match(line):
            opened.append(n)
            inner = True
        elif opened and "}}}" in line and _CLOSE.match(line):
            first = opened.pop()
            if inner:
                last = n + 1
                if last < len(lines) and _IAL.match(lines[last]):
                    last += 1
                found.append((first, last, _children(lines[first + 1 : n])))
            inner = False
    return found


def _children(lines: tuple[str, ...]) -> list[str]:
    """The child blocks' text: blank lines and attribute lines end a child, attribute lines dropped."""
    children: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or _IAL.match(line):
            if current:
                children.append(_text(current))
            current = []
            continue
        current.append(_ITEM_IAL.sub(r"\1", line) if "{:" in line else line)
    if current:
        children.append(_text(current))
    return [child for child in children if child]


def _text(lines: list[str]) -> str:
    text = dedent(lines).strip()
    return _BLOCK_REF.sub(_anchor, text) if "((" in text else text


def _anchor(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2) or ""
