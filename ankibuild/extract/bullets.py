"""Bullet outlines read line by line: the tree of an outliner's page (Logseq, RemNote exports), where
children are indented by tabs or spaces and a line below a bullet, indented past its marker, continues it.

Shared by the rules that read outliner syntaxes; one pass over the lines, linear in their number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(\S.*)$")
_FENCE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(```|~~~)(?!.*\1)")  # also a fence opening in a bullet (`- ```python`)
# An outliner's property line (`collapsed:: true`, `card-last-interval:: 4`, `id:: 65…`).
PROPERTY = re.compile(r"^[ \t]*[A-Za-z][\w-]*::(?:[ \t].*)?$")


@dataclass(slots=True)
class Bullet:
    """One bullet of an outline."""

    first: int
    """The bullet's line (0-based)."""
    indent: int
    """Its column, tabs expanded to 4."""
    text: str
    """Its text after the marker."""
    parent: Bullet | None
    """The bullet it is nested in."""
    end: int = 0
    """One past the last non-blank line of its subtree."""
    children: list[Bullet] = field(default_factory=list)
    """The bullets nested right under it."""


def bullet_outline(lines: tuple[str, ...]) -> list[Bullet]:
    """Every bullet of the lines in order, each with its children and the end of its subtree. Fenced code
    continues the bullet it is in; a non-bullet line ends the bullets indented as deep as it or deeper."""
    nodes: list[Bullet] = []
    stack: list[Bullet] = []
    fence = False
    last = -1
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if fence:
            fence = not _FENCE.match(line)
            last = n
            continue
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        bullet = _BULLET.match(line)
        while stack and stack[-1].indent >= indent:
            stack.pop().end = last + 1
        if bullet is not None:
            parent = stack[-1] if stack else None
            node = Bullet(n, indent, bullet.group(2).strip(), parent)
            if parent is not None:
                parent.children.append(node)
            nodes.append(node)
            stack.append(node)
        fence = bool(_FENCE.match(line))
        last = n
    for node in stack:
        node.end = last + 1
    return nodes


def subtree(node: Bullet) -> list[Bullet]:
    """The bullet and every bullet nested in it, in order."""
    found = [node]
    for child in node.children:
        found.extend(subtree(child))
    return found
