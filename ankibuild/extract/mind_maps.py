"""Flashcards drawn as a Mermaid mind map: each question node's child node is its answer.

    ```mermaid
    mindmap
      root((Rivers))
        Europe
          q1(Which river flows through Vienna?)
            a1[The Danube]
          q2(Where does the Rhine rise?)
            ❓
        Africa
          Which is the longest river of Africa?
            The Nile
    ```

A ```` ```mermaid ```` fence whose diagram is a `mindmap` is a tree whose nesting is the indentation: the first
node is the root, each node's parent the nearest node above it indented less. A node is bare text or a
shape around it with an optional id (`q1(…)`, `a1[…]`, `((…))`, `))…((`, `)…(`, `{{…}}`, `"`markdown`"`);
`::icon(…)`, `:::class` and `%%` comment lines are not nodes.

The questions sit at one depth of the tree: the depth where most nodes have only leaves as children (the
parents of the answers); the nodes above them (the root, topics) are not questions. Each node at that depth
is a question, its child its answer (several children become a list, a child's own children its sub-items).
A question whose child is a placeholder (`❓`, `TODO`) or that has no child is reported `unanswered`. A map
is read only when it holds two questions or more and most of them ask (a question mark, a command): a mind
map of topics (`Fruit` → `Apple`, `Pear`) is a diagram, not a deck, and stays untouched. The fence's other
lines (its markers, the root, topic nodes) are claimed as skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, blocks_of_kind
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "mind-map"

# A node's shape around its text, after an optional id: `((circle))`, `(rounded)`, `[square]`, `))bang((`,
# `)cloud(`, `{{hexagon}}`. The id holds no space and no bracket, so `What is HEAD (usually)?` stays bare text.
_SHAPED = re.compile(
    r"^[^\s()\[\]{}]*(?:\(\((?P<circle>.*)\)\)|\((?P<round>.*)\)|\[(?P<square>.*)\]"
    r"|\)\)(?P<bang>.*)\(\(|\)(?P<cloud>.*)\(|\{\{(?P<hexagon>.*)\}\})$"
)
# `"`**bold** text`"`: a node's text written as a Markdown string.
_MARKDOWN_STRING = re.compile(r'^"`?(?P<text>.*?)`?"$', re.S)
_NOT_A_NODE = ("::icon(", ":::", "%%")


@dataclass(slots=True)
class _Node:
    line: int
    """Source line, 0-based."""
    indent: int
    """Columns of indentation."""
    text: str
    """The node's text, its shape and id taken off."""
    depth: int = 0
    """0 for the root."""
    children: list[_Node] = field(default_factory=list)
    """Its child nodes, in order."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the question nodes of Mermaid mind maps (see the module docstring)."""
    if "fence" not in block_kinds(doc):
        return RuleResult()  # no fenced block: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in blocks_of_kind(doc, "fence"):
        block = doc.blocks[index]
        info = doc.tokens[block.start].info.strip().split(maxsplit=1)
        if not info or info[0].lower() != "mermaid":
            continue
        if any(n in taken for n in range(block.first, block.last)):
            continue
        _read_map(doc, index, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _read_map(doc: Document, index: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]) -> None:
    """The questions of the mind map in the fence at block INDEX, if it is one that asks."""
    block = doc.blocks[index]
    root = _tree(doc, block.first + 1, block.last)
    if root is None:
        return
    questions = _questions(root)
    if len(questions) < 2 or 2 * sum(1 for q in questions if is_question(q.text)) < len(questions):
        return
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    found: dict[int, str] = {}
    for question in questions:
        loc = doc.loc(question.line)
        lines = [question.line, *(node.line for node in _descendants(question))]
        answer = _answer(question)
        reason = "no answer" if not answer else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question.text, reason))
            found.update(dict.fromkeys(lines, "unanswered"))
            continue
        drafts.append(CardDraft(loc, CONVENTION, question.text, answer, context, topic_tags(path)))
        found.update(dict.fromkeys(lines, "card"))
    claims.update(claim(block.first, block.last, "skip:mind-map"))
    claims.update(found)


def _tree(doc: Document, first: int, end: int) -> _Node | None:
    """The mind map's root node with its tree, from the fence's body lines FIRST to END; None when the
    diagram is not a `mindmap` or has no node under its root."""
    lines = doc.lines
    n = first
    while n < end and (not lines[n].strip() or lines[n].strip().startswith("%%")):
        n += 1
    if n >= end or lines[n].strip().lower() != "mindmap":
        return None
    stack: list[_Node] = []
    root: _Node | None = None
    for m in range(n + 1, end):
        line = lines[m]
        stripped = line.strip()
        if not stripped or stripped.startswith(_NOT_A_NODE) or stripped[:3] in ("```", "~~~"):
            continue
        node = _Node(m, len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()), _node_text(stripped))
        if root is None:
            root = node
            stack.append(node)
            continue
        while len(stack) > 1 and stack[-1].indent >= node.indent:
            stack.pop()
        parent = stack[-1]
        node.depth = parent.depth + 1
        parent.children.append(node)
        stack.append(node)
    return root if root is not None and root.children else None


def _node_text(stripped: str) -> str:
    """A node line's text: its id and shape taken off, a Markdown string unquoted."""
    shaped = _SHAPED.match(stripped)
    text = next((part for part in shaped.groups() if part is not None), stripped) if shaped else stripped
    text = text.strip()
    quoted = _MARKDOWN_STRING.match(text)
    return quoted.group("text").strip() if quoted else text


def _questions(root: _Node) -> list[_Node]:
    """The nodes at the depth of the questions: the depth where most nodes have only leaves as children
    (a tie goes to the deeper one, where a topic whose only question is unanswered does not count)."""
    parents: Counter[int] = Counter()
    nodes: list[_Node] = []
    pending = list(root.children)
    while pending:
        node = pending.pop()
        nodes.append(node)
        pending.extend(node.children)
        if node.children and all(not child.children for child in node.children):
            parents[node.depth] += 1
    if not parents:
        return []
    depth = max(parents, key=lambda d: (parents[d], d))
    return sorted((node for node in nodes if node.depth == depth), key=lambda node: node.line)


def _descendants(node: _Node) -> list[_Node]:
    """Every node under NODE, in order."""
    found: list[_Node] = []
    for child in node.children:
        found.append(child)
        found.extend(_descendants(child))
    return found


def _answer(question: _Node) -> str:
    """The back of a question node: its one child (with that child's own children as a list under it), or
    its children as a list."""
    children = question.children
    if len(children) == 1:
        only = children[0]
        items = _items(only.children, 0)
        return f"{only.text}\n\n{items}" if items else only.text
    return _items(children, 0)


def _items(nodes: list[_Node], level: int) -> str:
    """NODES as a Markdown list, their children nested under them."""
    lines: list[str] = []
    for node in nodes:
        lines.append(f"{'  ' * level}- {node.text}")
        if node.children:
            lines.append(_items(node.children, level + 1))
    return "\n".join(lines)
