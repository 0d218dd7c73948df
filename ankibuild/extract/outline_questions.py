"""Questions nested in an outline: study notes kept as one tree of bullets (Roam, Logseq without `#card`,
Workflowy and Dynalist exports, plain nested bullet notes).

    - **Glycolysis**
        - Where does glycolysis take place?
            - In the cytosol
        - Energy investment phase uses 2 ATP
    - **Citric acid cycle**
        - Location?
            - Mitochondrial matrix

In a document made mostly of nested bullets, where two questions or more sit under topic bullets with
their answers nested under them, a bullet that asks (it ends with `?`, or opens with an exam command such
as `Compare …`, `Explain …`) is a card: its text the front, its nested bullets the back (as a list, code and
math kept). The topic bullets above it are its context (after the headings above), so that a short
question (`Location?`, `And one FADH2?`) tells what it asks about. A question nested under a question (a
follow-up beside the answer) is a card of its own, the question above it its context. Lines that continue
a question bullet (a multi-line block) are its answer when no bullet is nested under it, else they stay on
its front (the code it asks about). A `Q: …` bullet is answered by its `A: …` child or, without children,
by the `A: …` bullet right after it; the labels are left off. A question bullet (`?` or `Q:`) without
children, or over only a note to self (an open task `{{[[TODO]]}} …`, `TODO …`, `LATER`, a `?`, a
placeholder such as `TBD`), is reported `unanswered`, never a card. Property bullets (`Source:: …`),
statement bullets, tables and images nested among them are notes, not cards, with one exception: among
siblings most of which (two at least) are answered questions, a statement bullet over a list of facts
(children that neither ask nor have children: `Type I and II errors` over what each is) is a prompt, and
a card like its siblings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .bullets import PROPERTY, Bullet, bullet_outline
from .document import Document, block_at, dedent, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import starts_with_imperative

CONVENTION = "outline-question"

# Cheap precheck: an indented bullet that ends by asking (Obsidian/Roam tags after the mark allowed, each
# after a space: tags glued together, `#a#b`, would let the pattern backtrack without end).
_NESTED_ASK = re.compile(
    r"^[ \t]+[-*+][ \t]+(?:\S.*[?？](?:[ \t]+#(?:\[\[[^\]\n]*\]\]|\S+))*[ \t]*$|[*_]{0,2}Q(?:uestion)?[ \t]*\d{0,3}[ \t]*[*_]{0,2}[:：])",
    re.M,
)
_TRAILING_TAGS = re.compile(r"(?<=[?？])(?:[ \t]+#(?:\[\[[^\]]*\]\]|\S+))+[ \t]*$")
_WIKILINK = re.compile(r"#?\[\[([^\]]*)\]\]")
_TAG = re.compile(r"(?<!\S)#[^\s#\[]\S*")
_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# `Q: …` / `A: …` bullets (`**Q:**`, `Question 3:`), the labels left off the card.
_QUESTION_LABEL = re.compile(r"^[*_]{0,2}(?:Q|Question)[ \t]*\d{0,3}[ \t]*(?:[:：][*_]{0,2}|[*_]{1,2}[ \t]*[:：])[ \t]*(?=\S)")
_ANSWER_LABEL = re.compile(r"^[*_]{0,2}(?:A|Answer)[ \t]*\d{0,3}[ \t]*(?:[:：][*_]{0,2}|[*_]{1,2}[ \t]*[:：])[ \t]*(?=\S)")
# An open task in Roam (`{{[[TODO]]}}`, `{{TODO}}`, `[[TODO]]`), Logseq (`TODO`, `LATER`, `NOW`) or Markdown (`[ ]`).
_OPEN_TASK = re.compile(
    r"^(?:\{\{\[\[TODO\]\]\}\}|\{\{TODO\}\}|\[\[TODO\]\]|(?:TODO|LATER|NOW)(?=[ \t:]|$)|\[[ \t]\](?=[ \t]|$))"
)
_QUESTION_MARKS = re.compile(r"^[?？]+$")
_MIN_NESTED = 2
"""Questions under topic bullets, each answered by its children, that make a document an outline of questions."""
_OUTLINE_SHARE = 0.6
"""At least this share of the document's lines (blank lines, headings, properties and front matter aside)
are bullets or lines continuing them."""
# Exam commands that ask without `?` in a bullet; `List …`, `State …`, `Name …` also name things (`List
# comprehensions`, `State machines`), so they ask only before what they ask for.
_ASKING_COMMANDS = frozenset(
    {
        "compare",
        "contrast",
        "explain",
        "describe",
        "define",
        "discuss",
        "differentiate",
        "distinguish",
        "derive",
        "summarize",
        "summarise",
        "justify",
        "evaluate",
        "identify",
        "calculate",
    }
)
_LISTING_COMMAND = re.compile(
    r"^(?:list|name|state|give|outline)[ \t]+(?:the|a|an|all|some|two|three|four|five|six|\d+)[ \t]", re.I
)


def may_hold_nested_questions(text: str) -> bool:
    """Cheap precheck: some indented bullet ends with `?` or opens with `Q:`. (`_NESTED_ASK` matches only at
    a line's start, so `search_lines` tries it after each line break, not at every character.)"""
    return ("?" in text or "？" in text or "Q" in text) and search_lines(_NESTED_ASK, text)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions of an outline (see the module docstring)."""
    if not may_hold_nested_questions(doc.source.text):
        return RuleResult()  # no nested bullet asks: nearly every document
    nodes = bullet_outline(doc.lines)
    if not _is_outline(doc, nodes):
        return RuleResult()
    asking = {id(node) for node in nodes if _asks(node.text)}
    following = _next_siblings(nodes)
    answered = [n for n in nodes if id(n) in asking and _under_topic(n, asking) and _answer_of(n, following, asking)]
    if len(answered) < _MIN_NESTED:
        return RuleResult()
    asking |= _prompts(nodes, asking, following)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for node in nodes:
        if id(node) not in asking:
            continue  # a statement: a topic or a note
        answer_nodes = _answer_of(node, following, asking)
        if not answer_nodes and any(id(child) in asking for child in node.children):
            continue  # a question over questions only: the context of the ones below
        own = [*range(node.first, node.children[0].first if node.children else max(node.end, node.first + 1))]
        properties = [child for child in node.children if _is_property(child.text)]  # `- Source:: …`: metadata
        owned = own + [n for below in answer_nodes + properties for n in range(below.first, below.end)]
        if any(n in taken or n in claims for n in owned):
            continue
        question = _question(node.text)
        written = _continuation(doc.lines, node)
        if not question or (not answer_nodes and not written and not _asks_without_command(node.text)):
            continue  # `Explain the set-up` alone: a note as likely as a question
        if written and answer_nodes:
            question = f"{question}\n\n{written}"  # code or data the question shows, above its answer bullets
        answer = _answer(doc.lines, node, answer_nodes) if answer_nodes else written
        reason = _task_reason(answer_nodes) or empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(node.first), question, reason))
            claims.update(dict.fromkeys(owned, "unanswered"))
            continue
        path = _headings(doc, node)
        context = tuple(clean_heading(p) for p in path) + _topics(node)
        drafts.append(CardDraft(doc.loc(node.first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(owned, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _prompts(nodes: list[Bullet], asking: set[int], following: Mapping[int, Bullet]) -> set[int]:
    """The ids of the statement bullets that ask as prompts (`Type I and II errors` over its facts): among
    siblings most of which are questions with something under them (two at least), a bullet that does not ask, over children
    that neither ask nor have children of their own."""
    found: set[int] = set()
    for node in nodes:
        if id(node) in asking or node.parent is None or not node.children or _is_property(node.text):
            continue
        if _OPEN_TASK.match(node.text) or any(
            child.children or id(child) in asking or _is_property(child.text) for child in node.children
        ):
            continue
        others = [sibling for sibling in node.parent.children if sibling is not node]
        answered = sum(
            1
            for sibling in others
            if id(sibling) in asking and (_answer_of(sibling, following, asking) or sibling.end > sibling.first + 1)
        )
        if answered >= _MIN_NESTED and 2 * answered > len(others):
            found.add(id(node))
    return found


def _next_siblings(nodes: list[Bullet]) -> dict[int, Bullet]:
    """Each bullet's next sibling, by the bullet's id."""
    found: dict[int, Bullet] = {}
    roots = [node for node in nodes if node.parent is None]
    for group in [roots] + [node.children for node in nodes]:
        for here, there in pairwise(group):
            found[id(here)] = there
    return found


def _answer_of(node: Bullet, following: Mapping[int, Bullet], asking: set[int]) -> list[Bullet]:
    """The bullets that answer a question bullet: its children that do not ask (those that do are questions
    of their own, a follow-up under its question), else (a `Q: …` bullet without children) the `A: …`
    bullet right after it."""
    if node.children:
        return [child for child in node.children if id(child) not in asking and not _is_property(child.text)]
    after = following.get(id(node))
    if after is not None and _QUESTION_LABEL.match(node.text) and _ANSWER_LABEL.match(after.text):
        return [after]
    return []


def _is_property(text: str) -> bool:
    """True for an outliner's property written as a bullet (`Source:: [[Campbell]] ch. 9`, `tags:: exam`)."""
    return "::" in text and bool(PROPERTY.match(text))


def _is_outline(doc: Document, nodes: list[Bullet]) -> bool:
    """True when most lines of the document belong to bullets, some of them nested. Headings, page
    properties and front matter shape an outline, they do not weigh against it."""
    if not any(node.parent is not None for node in nodes):
        return False
    skipped = {n for block in doc.blocks if block.kind == "front_matter" for n in range(block.first, block.last)}
    filled = sum(
        1
        for n, line in enumerate(doc.lines)
        if line.strip() and n not in skipped and not _HEADING_LINE.match(line) and not PROPERTY.match(line)
    )
    in_bullets = 0
    for node in nodes:
        if node.parent is None:
            in_bullets += sum(1 for line in doc.lines[node.first : node.end] if line.strip())
    return filled > 0 and in_bullets >= _OUTLINE_SHARE * filled


def _asks(text: str) -> bool:
    """True when a bullet's text asks: it ends with `?` (tags after it aside) or opens with an exam command."""
    text = _TRAILING_TAGS.sub("", text.strip())
    if "::" in text or not any(char.isalnum() for char in text):
        return False  # an outliner's property or a `front::back` pair: not an outline question
    if text.endswith(("?", "？")) or _QUESTION_LABEL.match(text):
        return True
    plain = _EMPHASIS.sub(r"\2", text)
    first = plain.split(maxsplit=1)[0].lower() if plain.split() else ""
    return (first in _ASKING_COMMANDS and starts_with_imperative(plain)) or bool(_LISTING_COMMAND.match(plain))


def _asks_without_command(text: str) -> bool:
    """True when a bullet asks by its `?` or a `Q:` label, not only by a command word."""
    text = _TRAILING_TAGS.sub("", text.strip())
    return text.endswith(("?", "？")) or bool(_QUESTION_LABEL.match(text))


def _task_reason(answer_nodes: list[Bullet]) -> str | None:
    """`placeholder` when the answer is only an outliner's open task (`{{[[TODO]]}} ask in office hours`,
    `TODO look it up`, `LATER`) or a question mark: a note to self where the answer will go."""
    if not answer_nodes or any(node.children for node in answer_nodes):
        return None
    if all(_OPEN_TASK.match(node.text) or _QUESTION_MARKS.match(node.text) for node in answer_nodes):
        return "placeholder"
    return None


def _under_topic(node: Bullet, asking: set[int]) -> bool:
    """True when the bullet sits under a bullet that does not ask: a topic of the outline."""
    return node.parent is not None and id(node.parent) not in asking


def _answer_children(node: Bullet, asking: set[int]) -> bool:
    """True when the bullet has children and none of them asks."""
    return bool(node.children) and not any(id(child) in asking for child in node.children)


def _question(text: str) -> str:
    return " ".join(_QUESTION_LABEL.sub("", _TRAILING_TAGS.sub("", text), count=1).split())


def _answer(lines: tuple[str, ...], node: Bullet, answer_nodes: list[Bullet]) -> str:
    """The answering bullets as Markdown, dedented, without property lines; a lone `A: …` bullet is its
    text, label dropped (and what is nested under it)."""
    if not answer_nodes:
        return ""
    if len(answer_nodes) == 1 and _ANSWER_LABEL.match(answer_nodes[0].text):
        only = answer_nodes[0]
        head = _ANSWER_LABEL.sub("", only.text, count=1)
        below = [line.expandtabs(4) for line in lines[only.first + 1 : only.end] if not PROPERTY.match(line)]
        return (head + "\n\n" + dedent(below)).strip() if any(line.strip() for line in below) else head.strip()
    picked = [list(lines[answer_node.first : answer_node.end]) for answer_node in answer_nodes]
    if _ANSWER_LABEL.match(answer_nodes[0].text):  # `- A: …` over more bullets: the label goes, the list stays
        head = picked[0][0]
        text = _ANSWER_LABEL.sub("", answer_nodes[0].text, count=1)
        picked[0][0] = head[: len(head) - len(head.lstrip())] + head.lstrip()[:2] + text
    kept = [line.expandtabs(4) for group in picked for line in group if not PROPERTY.match(line)]
    if not any(line.strip() for line in kept):
        return ""
    return dedent(kept).strip()


def _continuation(lines: tuple[str, ...], node: Bullet) -> str:
    """The lines that continue a bullet below its first (a multi-line block in Logseq, a code block under
    the question), up to its first child, dedented, without property lines."""
    stop = node.children[0].first if node.children else node.end
    kept = [line.expandtabs(4) for line in lines[node.first + 1 : stop] if not PROPERTY.match(line)]
    return dedent(kept).strip() if any(line.strip() for line in kept) else ""


def _headings(doc: Document, node: Bullet) -> tuple[str, ...]:
    index = block_at(doc, node.first)
    return heading_path(doc, index) if index is not None else ()


def _topics(node: Bullet) -> tuple[str, ...]:
    """The texts of the bullets above, outermost first, as plain words (`**Citric acid cycle** (aka
    [[Krebs cycle]])` → `Citric acid cycle (aka Krebs cycle)`)."""
    found: list[str] = []
    parent = node.parent
    while parent is not None:
        text = _TAG.sub("", _WIKILINK.sub(r"\1", _HEADING_MARK.sub("", parent.text)))
        text = " ".join(_EMPHASIS.sub(r"\2", text).split()).rstrip(":：").rstrip()  # `**Glycolysis:**` names a topic
        if text:
            found.append(text)
        parent = parent.parent
    return tuple(reversed(found))
