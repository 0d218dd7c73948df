"""sphinx-design cards used as flashcards (Jupyter Book, MyST, Sphinx): a card's header asks, its body answers.

    ::::{grid} 1 2 2 2

    :::{card}
    **1.** What does a mitochondrion make?
    ^^^
    ATP, through cellular respiration.
    +++
    Chapter 3
    :::

    ::::

A sphinx-design card (`:::{card}` or ```` ```{card} ````, most often inside a `{grid}`) may hold a header, the
lines above a `^^^` line, and a footer, the lines below a `+++` line. A card whose header asks is a card:
the header is the front (a bold number opening it, `**1.**`, dropped), the body between the two marks the
back, the footer (a chapter, a difficulty) off the card. A card without a header asks by its title
(`:::{card} What does a mitochondrion make?`), its body answering. An empty body, or one holding only a
placeholder (`TODO`), is `unanswered`.

Material for MkDocs lays cards out as a list in a grid (`<div class="grid cards" markdown>` … `</div>`), each
item a title, a `---` rule and a body; the same page is read the same way:

    <div class="grid cards" markdown>

    -   :material-leaf:{ .lg .middle } __What does a mitochondrion make?__

        ---

        ATP, through cellular respiration.

    </div>

The title above the rule is the front (its icon shortcodes and the bold around it dropped), the lines below
it the back; an item without a rule is no card, and one whose body is one paragraph pointing to a link
(`Read [the guide](…)`) is navigation, skipped. A body that is only a remark in brackets (`_(not written
yet)_`) is `unanswered` too, whichever the spelling.

A sheet of cards to print, cut out and fold is written as an HTML table, each cell a card: a bold title
(`<b>`, `<strong>`), a fold line (`<hr>`) and the back under it, read the same way (inline tags become
Markdown). A cell of another shape (a cutting line spanning the sheet) is no card, and its lines go with the
table's:

    <table><tr>
    <td><b>What does a mitochondrion make?</b><hr>ATP, through cellular respiration.</td>
    <td><b>Where is bile made?</b><hr>In the liver.</td>
    </tr></table>

Cards are also a page's navigation and feature boxes: a card with a `:link:` option points somewhere and is
skipped as a link, and a page is read only where two cards or more have a question, half of them at least
asking or commanding (a grid of `Install` / `Configure` boxes asks nothing). Such a page is a file of cards:
the headings are the cards' context, never topics of their own (`EXPLICIT_CARD_FILE`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import remark_or_empty_reason, unanswered
from .containers import Container, find_containers
from .content_tabs import without_bold_label
from .document import EXPLICIT_CARD_FILE, Document, block_at, dedent
from .html_text import element_end, html_markdown, html_plain
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "design-card"
_HEADER_MARK = "^^^"
_FOOTER_MARK = "+++"
_LINK_OPTION = re.compile(r"^[ \t]*:link(?:-type)?:", re.M)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_MIN_CARDS = 2
_GRID_OPEN = re.compile(r"""^ {0,3}<(?i:div)\b[^>]*\b(?i:class)\s*=\s*["'][^"']*\bgrid cards\b[^"']*["'][^>]*>[ \t]*$""")
_DIV_CLOSE = re.compile(r"^ {0,3}</div>[ \t]*$", re.I)
_GRID_ITEM = re.compile(r"^[-*+][ \t]+(?=\S)")
_GRID_RULE = re.compile(r"^[ \t]+(?:-[ \t]*){3,}$")
# `:material-web:{ .lg .middle }`: an icon shortcode and the attribute list sizing it.
_ICONS = re.compile(r"(?<![\w:]):[a-z0-9][\w+-]*:(?:\{[^{}\n]*\})?", re.I)
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?P<inner>.+)\1$")
_LINK = re.compile(r"\]\([^)\s]+[^)]*\)|<https?://")
_BLOCK_OPENING = re.compile(r"^\s*(?:[-*+>|]|\d+[.)]|`{3,}|~{3,})")
_TABLE_OPEN = re.compile(r"^\s*<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_TABLE_CELL = re.compile(r"<td\b[^>]*>(?P<inside>.*?)</td\s*>", re.I | re.S)
# `<b>What is a levain?</b> <hr> An off-shoot of …`: a printed card's bold title, its fold line, its back.
_CELL_CARD = re.compile(r"^\s*<(b|strong)\b[^>]*>(?P<title>.*?)</\1\s*>\s*<hr\b[^>]*>(?P<body>.*)$", re.I | re.S)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from sphinx-design cards whose header or title asks (see the module docstring)."""
    if not _may_hold_cards(doc.source.text):
        return RuleResult()  # no sphinx-design card nor grid of cards: nearly every document
    containers = _containers(doc.lines) if "{card}" in doc.source.text else []
    grids = _grid_cards(doc.lines) if "grid cards" in doc.source.text else []
    containers.extend(grids)
    cards = [c for c in containers if c.kind == "card" and not any(n in taken for n in range(c.first, c.last))]
    read = [(card, _grid_parts(doc.lines, card) if card.syntax == "html" else _parts(doc.lines, card)) for card in cards]
    if _may_hold_table_cards(doc.source.text):
        tables = _table_cards(doc, taken)
        containers.extend(grid for grid, _ in tables)
        read.extend(card for _, cards_of in tables for card in cards_of)
    asked = [(card, parts) for card, parts in read if parts is not None and parts[0]]
    if len(asked) < _MIN_CARDS or 2 * sum(1 for _, parts in asked if is_question(parts[0])) < len(asked):
        return RuleResult()
    doc.derived[EXPLICIT_CARD_FILE] = True
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for card, parts in read:
        if parts is None:
            claims.update(claim(card.first, card.last, "skip:links"))
            continue
        question, answer, title = parts
        if not question:
            continue
        loc = doc.loc(card.first)
        reason = remark_or_empty_reason(answer)
        claims.update(claim(card.first, card.last, "card" if reason is None else "unanswered"))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
            continue
        index = block_at(doc, card.first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path) + ((title,) if title and title != question else ())
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
    for grid in containers:
        inside = {claims[n] for n in range(grid.first + 1, grid.end) if n in claims} if grid.kind == "grid" else set()
        if inside:  # the grid's marker and option lines go with the cards it lays out
            reason = "skip:links" if inside == {"skip:links"} else "card"
            for n in range(grid.first, grid.last):
                if n not in taken:
                    claims.setdefault(n, reason)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_cards(text: str) -> bool:
    """Cheap precheck: a card directive's name, or a grid of cards' class, stands somewhere in the text."""
    return "{card}" in text or "grid cards" in text or _may_hold_table_cards(text)


def _may_hold_table_cards(text: str) -> bool:
    """Cheap precheck of the table cards: a fold line's and a cell's tags stand in the text."""
    return ("<hr" in text or "<HR" in text) and ("<td" in text or "<TD" in text)


def _grid_cards(lines: Sequence[str]) -> list[Container]:
    """The grids of cards of Material for MkDocs (a `<div class="grid cards" markdown>` over a list, `</div>`
    closing it) and their list items, each a `card` container of syntax `html` (its body the lines after the
    item's marker line); code fences inside are code."""
    found: list[Container] = []
    grid: int | None = None
    items: list[int] = []
    fence = ""
    for n, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened is not None and opened.group(1).startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if opened is not None:
            fence = opened.group(1)
            continue
        if grid is None:
            if "<div" in line and _GRID_OPEN.match(line):
                grid, items = n, []
            continue
        if _DIV_CLOSE.match(line):
            found.append(Container("grid", "", grid, grid + 1, n, 0, "html"))
            bounds = [*items, n]
            found.extend(
                Container("card", "", a, a + 1, _last_filled(lines, a, b), 1, "html")
                for a, b in zip(bounds, bounds[1:], strict=False)
            )
            grid = None
        elif _GRID_ITEM.match(line):
            items.append(n)
    return found


def _table_cards(doc: Document, taken: Mapping[int, str]) -> list[tuple[Container, list[tuple[Container, tuple[str, str, str]]]]]:
    """The HTML tables laid out as a sheet of printed cards, each `<td>` a card: a bold title (`<b>`,
    `<strong>`), a fold line (`<hr>`) and the answer under it. Each table comes as a `grid` container with its
    cells, `card` containers of syntax `cell` (from the line the cell opens on to the one it closes on) with
    their question, answer and title; a cell of another shape has no question."""
    found: list[tuple[Container, list[tuple[Container, tuple[str, str, str]]]]] = []
    for block in doc.blocks:
        if block.kind != "html_block":
            continue
        line = block.first
        while line < block.last:
            if not _TABLE_OPEN.match(doc.lines[line]):
                line += 1
                continue
            end = element_end(doc, line, _TABLE_OPEN, _TABLE_CLOSE)
            if end is None:
                break
            if not any(n in taken for n in range(line, end)):
                found.append((Container("grid", "", line, line + 1, end - 1, 0, "html"), _cells(doc, line, end)))
            line = end
    return found


def _cells(doc: Document, first: int, end: int) -> list[tuple[Container, tuple[str, str, str]]]:
    """The cells of the table on lines FIRST to END, each with its question, answer and title."""
    text = doc.text(first, end)
    cells: list[tuple[Container, tuple[str, str, str]]] = []
    for match in _TABLE_CELL.finditer(text):
        top = first + text.count("\n", 0, match.start())
        bottom = first + text.count("\n", 0, match.end())
        card = Container("card", "", top, top, bottom, 1, "cell")
        shaped = _CELL_CARD.match(match.group("inside"))
        if shaped is None:
            cells.append((card, ("", "", "")))
            continue
        question = clean_question(html_plain(shaped.group("title")))[0]
        body = html_markdown(dedent(shaped.group("body").split("\n")), breaks="<br>")
        cells.append((card, (question, body if html_plain(body) else "", "")))
    return cells


def _last_filled(lines: Sequence[str], first: int, end: int) -> int:
    """The last line holding text from FIRST on, before END."""
    n = end - 1
    while n > first and not lines[n].strip():
        n -= 1
    return n


def _grid_parts(lines: Sequence[str], card: Container) -> tuple[str, str, str] | None:
    """The question and the answer of a grid card: the title above its rule, icons and bold dropped, and the
    lines below the rule; None for a card whose body is one paragraph pointing to a link (navigation), and
    a card without a rule has no question."""
    item = [_GRID_ITEM.sub("", lines[card.first], count=1), *lines[card.body : card.last]]
    rule = next((n for n, line in enumerate(item) if n and _GRID_RULE.match(line)), None)
    if rule is None:
        return "", "", ""
    title = " ".join(line.strip() for line in item[:rule] if line.strip())
    title = _ICONS.sub("", title).strip()
    bold = _WHOLE_BOLD.match(title)
    question = clean_question(bold.group("inner") if bold else title)[0] if title else ""
    body = item[rule + 1 :]
    filled = [n for n, line in enumerate(body) if line.strip()]
    one_paragraph = bool(filled) and filled[-1] - filled[0] + 1 == len(filled) and not _BLOCK_OPENING.match(body[filled[0]])
    if one_paragraph and _LINK.search(" ".join(body[n] for n in filled)):
        return None
    answer = dedent(body).strip() if filled else ""
    return question, answer, ""


def _containers(lines: Sequence[str]) -> list[Container]:
    """Every container of the lines, and those inside a backtick grid (which `find_containers` reads as one
    fence) with their lines counted from the document's start."""
    found = find_containers(lines)
    for grid in [c for c in found if c.kind == "grid" and c.syntax == "backtick"]:
        inner = find_containers(lines[grid.body : grid.end])
        found.extend(
            Container(c.kind, c.title, c.first + grid.body, c.body + grid.body, c.end + grid.body, c.depth + 1, c.syntax)
            for c in inner
        )
    return found


def _parts(lines: Sequence[str], card: Container) -> tuple[str, str, str] | None:
    """The question, the answer and the title of a card; None for a card that links somewhere."""
    if _LINK_OPTION.search("\n".join(lines[card.first + 1 : card.body])):
        return None
    body = list(lines[card.body : card.end])
    header, footer = _marks(body)
    title = card.title.strip()
    if header is not None:
        question = " ".join(line.strip() for line in body[:header] if line.strip())
        answer_lines = body[header + 1 : footer if footer is not None else len(body)]
    else:
        question = title
        answer_lines = body[: footer if footer is not None else len(body)]
    question = clean_question(without_bold_label(question))[0] if question else ""
    answer = dedent(answer_lines).strip() if any(line.strip() for line in answer_lines) else ""
    return question, answer, title


def _marks(body: Sequence[str]) -> tuple[int | None, int | None]:
    """The positions of the header mark (`^^^`) and the footer mark (`+++`) in a card's body, code aside."""
    header: int | None = None
    footer: int | None = None
    fence = ""
    for n, line in enumerate(body):
        opened = _FENCE.match(line)
        if opened is not None:
            marks = opened.group(1)
            if not fence:
                fence = marks
            elif marks.startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if fence:
            continue
        stripped = line.strip()
        if stripped == _HEADER_MARK and header is None and footer is None:
            header = n
        elif stripped == _FOOTER_MARK and footer is None:
            footer = n
    return header, footer
