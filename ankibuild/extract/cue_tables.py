"""Cue tables: tables to cover and test yourself on, one card per row, the row's first cell the cue on the
front. Two layouts say where the answer is.

A tick grid: each row is ticked in one of several columns, the columns naming the classes (a classification
grid, a worksheet of `which … does each sample show?`):

    | Sample    | Igneous | Sedimentary | Notes            |
    |-----------|:-------:|:-----------:|------------------|
    | Granite   | ✓       |             | coarse, pink     |
    | Sandstone |         | ✓           | gritty           |
    | Pumice    |         |             |                  |

gives `Granite` → `Igneous` (the ticked column's header), the other columns with text added under their
header (`**Notes:** coarse, pink`); a row ticked nowhere (`Pumice`) is `unanswered`, whatever its notes say.
Read when two columns or more after the first hold only tick marks (`✓`, `✔`, `✅`, `x`, `☑`, `●`) or
nothing, two of them ticked somewhere, no row ticked twice (a feature matrix ticks several) and two rows
ticked at least. A table ticked in two columns named as a verdict's sides (`| Statement | Yes | No |`) is the
verdict-table rule's.

A table of two columns whose second header asks about the first (a knowledge organiser's boxes, `| Person |
Who were they? |`, `| Date | What happened |`, `| Wort | Was bedeutet es? |`: it ends with a question mark or
opens with a question word), its first header neither asking nor naming questions, its first cells short
cues (names, dates, terms of five words at most; no code, no question), on a page of two such tables or
more: the second cell is the back; an empty second cell is `unanswered`. Two rows answered at least. A
header naming a situation (`When to use it`, `Where`) or in the first person (`What I check`) asks nothing
of the reader; one such table alone (a score legend, `| Score | What it means |`) is a note, not a drill,
and a cheat sheet (`| Command | What it does |` over commands in code, or tasks in a sentence) a reference.

A one-line paragraph right above the table that asks or instructs about its rows (`Which texture does each
sample show?`) is the table's instruction, no question of its own. The headings above are the cards'
context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings, claim, is_free
from .answers import empty_reason, unanswered
from .document import Block, Document, block_kinds, plain_text, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import QUESTION_WORDS, ends_with_question_mark, is_question, starts_like_question
from .table_headers import header_word, names_question
from .ticked_tables import TICKED, UNTICKED, checked_rows

CONVENTION = "cue-table"

_MIN_TICK_COLUMNS = 2
_MIN_ANSWERED = 2
_MIN_ASKED_TABLES = 2
# The cues of a box drilled by its asking header are names, dates and terms, not tasks described in a sentence.
_MAX_CUE_WORDS = 5
# Question words that name a situation rather than ask (`When to use it`, `Where`), unless a `?` ends them.
_SITUATION_WORDS = frozenset({"when", "where", "wann", "wo", "cuando", "donde", "dónde", "quand", "où", "quando", "dove"})
# `What I check`: the writer's own steps, no question to the reader.
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b")
_MAX_INSTRUCTION = 160
# `**Granite**`: a cue set in bold or italics as a whole.
_WRAPPED = re.compile(r"^(\*\*|__|\*|_)(?P<inner>[^*_].*?)\1$")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the rows of the free tick grids and asking-header tables (see the module docstring)."""
    if "table" not in block_kinds(doc):
        return RuleResult()  # no table: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    ticked: dict[int, list[tuple[int, str, str]]] = {}
    asked: dict[int, list[tuple[int, str, str]]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        header, rows = table_cells(doc, block)
        if len(header) < 2 or len(rows) < _MIN_ANSWERED:
            continue
        names = [plain_text(cell).strip() for cell in header]
        entries = _ticked_entries(doc, block, names, rows) if len(names) > _MIN_TICK_COLUMNS else None
        if entries is not None:
            ticked[index] = entries
        elif len(names) == 2 and (entries := _asked_entries(names, rows)) is not None:
            asked[index] = entries
    found = ticked | asked if len(asked) >= _MIN_ASKED_TABLES else ticked
    for index, entries in sorted(found.items()):
        block = doc.blocks[index]
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        for line, front, back in entries:
            if back:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, front, back, context, tags))
                claims |= claim(line, line + 1, "card")
            else:
                diagnostics.append(unanswered(doc.loc(line), front, "no answer"))
                claims |= claim(line, line + 1, "unanswered")
        claims |= {n: "card" for n in range(block.first, block.last) if n not in claims}
        instruction = _instruction(doc, taken, index)
        if instruction is not None:
            claims |= {n: "card" for n in range(doc.blocks[instruction].first, doc.blocks[instruction].last)}
            carded.add(instruction)
        carded.add(index)
    if carded:
        claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _ticked_entries(
    doc: Document, block: Block, names: list[str], rows: list[tuple[int, list[Token]]]
) -> list[tuple[int, str, str]] | None:
    """(line, cue, back) per row of a tick grid, back '' for a row ticked nowhere; None when the table is
    not one."""
    if any(len(cells) != len(names) for _, cells in rows):
        return None
    marks = [[plain_text(cell).strip().strip("*_ ") for cell in cells] for _, cells in rows]
    columns = [k for k in range(1, len(names)) if names[k] and all(row[k] in TICKED or row[k] in UNTICKED for row in marks)]
    if sum(1 for k in columns if any(row[k] in TICKED for row in marks)) < _MIN_TICK_COLUMNS:
        return None
    others = [k for k in range(1, len(names)) if k not in columns and names[k]]
    entries: list[tuple[int, str, str]] = []
    for (line, cells), row in zip(rows, marks, strict=True):
        ticked = [k for k in columns if row[k] in TICKED]
        if len(ticked) > 1:
            return None  # a feature matrix, several ticks a row
        cue = _cue(cells[0])
        if not cue:
            return None
        if not ticked:
            entries.append((line, cue, ""))
            continue
        extras = [f"**{names[k]}:** {cells[k].content.strip()}" for k in others if cells[k].content.strip()]
        entries.append((line, cue, "\n\n".join([names[ticked[0]], *extras])))
    if sum(1 for *_, back in entries if back) < _MIN_ANSWERED or checked_rows(doc, block) is not None:
        return None
    return entries


def _asked_entries(names: list[str], rows: list[tuple[int, list[Token]]]) -> list[tuple[int, str, str]] | None:
    """(line, cue, back) per row of a two-column table whose second header asks about the first, back '' for
    an empty or placeholder answer cell; None when the table is not one."""
    if not _asks(names[1]) or not names[0] or _asks(names[0]) or names_question(header_word(names[0])):
        return None
    entries: list[tuple[int, str, str]] = []
    for line, cells in rows:
        if len(cells) != 2:
            return None
        cue = _cue(cells[0])
        if not cue or "`" in cue or len(cue.split()) > _MAX_CUE_WORDS or ends_with_question_mark(cue):
            return None  # a command, a task or a question beside its note: a reference table, no drill
        answer = cells[1].content.strip()
        if not answer or empty_reason(answer) is not None:
            entries.append((line, cue, ""))
            continue
        entries.append((line, cue, answer))
    if sum(1 for *_, back in entries if back) < _MIN_ANSWERED:
        return None
    return entries


def _asks(name: str) -> bool:
    """True when a header asks the reader: it ends with a question mark or opens with a question word that
    names no situation (`What happened`, not `When to use it`), and not in the first person."""
    if not name or _FIRST_PERSON.search(name):
        return False
    if ends_with_question_mark(name):
        return True
    word = _FIRST_WORD.match(name)
    return word is not None and word.group(0).lower() in QUESTION_WORDS and word.group(0).lower() not in _SITUATION_WORDS


def _cue(cell: Token) -> str:
    """A first cell's text as the front, a bold or italic dress around the whole of it left off."""
    text = cell.content.strip()
    wrapped = _WRAPPED.match(text)
    return wrapped.group("inner").strip() if wrapped else text


def _instruction(doc: Document, taken: Mapping[int, str], index: int) -> int | None:
    """The index of the free one-line paragraph right above the table at INDEX that asks or instructs about
    its rows."""
    if index == 0:
        return None
    block = doc.blocks[index - 1]
    if block.kind != "paragraph" or block.last - block.first != 1 or not is_free(doc, taken, index - 1):
        return None
    text = doc.lines[block.first].strip()
    if len(text) > _MAX_INSTRUCTION:
        return None
    return index - 1 if is_question(text) or starts_like_question(text) else None
