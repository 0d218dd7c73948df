"""Cheat-sheet tables: one card per row of a two-column table that pairs a task with the command doing it.

    | Task                  | Command                          |
    |-----------------------|----------------------------------|
    | Show current context  | `kubectl config current-context` |
    | Undo the last commit  | `git reset --soft HEAD~1`        |

gives the cards `Show current context` → `` `kubectl config current-context` `` … The author asks "how do I
…": the first column is the front, the second the back. A table is such a cheat sheet when it has exactly
two columns and at least two rows, and

- its header pairs a task word (`Task`, `Goal`, `Action`, `Description`, `Purpose`, `What`, `To do` …, in
  other languages `Aufgabe`, `Tarea`, `Tâche`, `Azione`, `Задача`, `任务`, `작업` …) with a command word
  (`Command`, `Shortcut`, `Syntax`, `Code`, `Usage`, `Keys`, `Befehl`, `Comando`, `Commande`, `Команда`,
  `命令`, `명령어` …), task first; or
- one column is code (each filled cell opens with a code span) and the other is worded prose (two words a
  cell on average, no code opening it), in three rows or more: `| Task | Command |` under other names, or
  `| State | Usual cause |` whose states are code (`` `CrashLoopBackOff` ``), front first.

A row whose second cell is empty (or a dash, `TODO`) is reported `unanswered`. Tables taken by the question
and glossary rules (`| Command | Description |`: the term first) never reach this rule; the heading above a
cheat-sheet table is the cards' context, never a topic card (the table joins `document.QUESTION_TABLES`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import row_cards
from .document import QUESTION_TABLES, Block, Document, lazy_pattern, table_cells, word_set
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "command-table"


_TASK_HEADERS = word_set(
    "task|tasks|goal|goals|action|actions|description|purpose|what|what to do|to do|i want to|intent|operation|"
    "aufgabe|ziel|aktion|beschreibung|zweck|tarea|objetivo|acción|descripción|propósito|tâche|objectif|"
    "but|action|description|compito|azione|descrizione|scopo|tarefa|ação|descrição|задача|действие|"
    "описание|任务|任務|操作|描述|说明|目的|作業|タスク|説明|작업|설명|목적|동작"
)
_COMMAND_HEADERS = word_set(
    "command|commands|shortcut|shortcuts|syntax|code|usage|keys|key|keystroke|snippet|cmd|how|"
    "befehl|befehle|tastenkürzel|kürzel|syntax|comando|comandos|atajo|sintaxis|código|commande|commandes|"
    "raccourci|syntaxe|scorciatoia|sintassi|codice|atalho|sintaxe|команда|команды|синтаксис|"
    "命令|指令|快捷键|语法|代码|コマンド|ショートカット|構文|명령어|명령|단축키|문법|코드"
)
_CODE_OPENING = lazy_pattern(r"^\s*(?:\*\*|__)?`[^`]+`")
_CODE_SPAN = lazy_pattern(r"`[^`]*`")
_MARKUP = lazy_pattern(r"[*_~]+")
_WORD = lazy_pattern(r"[^\W\d_]{2,}")
_MIN_HEADED_ROWS = 2
_MIN_CODE_ROWS = 3
_MIN_PROSE_WORDS = 2.0


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free top-level two-column task / command tables (see the module docstring)."""
    if "|" not in doc.source.text or "`" not in doc.source.text and not _any_command_header(doc):
        return RuleResult()  # no table, or no code and no command header: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    found: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        header, rows = _table_cells(doc, block)
        if not is_command_table(header, [cells for _, cells in rows]):
            continue
        found.add(index)
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        cards = row_cards(
            doc, CONVENTION, [(line, task, command) for line, (task, command) in rows], (block.first, block.last), context, tags
        )
        drafts += cards.drafts
        diagnostics += cards.diagnostics
        claims.update(cards.claims)
    if found:
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def is_command_table(header: Sequence[str], rows: Sequence[tuple[str, str]]) -> bool:
    """Whether a two-column table pairs tasks with commands (or code terms with prose), by its header words
    or by the shape of its columns."""
    if len(header) != 2 or len(rows) < _MIN_HEADED_ROWS:
        return False
    first = [task for task, _ in rows if task.strip()]
    second = [command for _, command in rows if command.strip()]
    if len(first) < _MIN_HEADED_ROWS or not second:
        return False
    names = [_header_word(cell) for cell in header]
    if names[0] in _TASK_HEADERS and names[1] in _COMMAND_HEADERS:
        return _prose(first, 1.0) and _mostly_code(second)
    if len(rows) < _MIN_CODE_ROWS or not all(names):
        return False
    if _all_code(first) and _prose(second, _MIN_PROSE_WORDS):
        return not _name_lists(second)  # `| State | Usual cause |` over `` `Pending` `` …, not a schema
    return _prose(first, _MIN_PROSE_WORDS) and _all_code(second) and _commands(second)


# `id, name, dept_id`, `` `id`, `created_at` ``: a cell listing names, each one word (an identifier).
_NAME_LIST = lazy_pattern(r"^`?[\w.$-]+`?(?:[ \t]*,[ \t]*`?[\w.$-]+`?)+$")


def _name_lists(cells: Sequence[str]) -> bool:
    """True when every cell lists two names or more, comma-separated, each one word: a schema's columns
    (`| table | columns |` over `` `orders` `` · `id, customer_id, amount`) or a type's fields, which say
    what a thing holds, not what it does."""
    return all(_NAME_LIST.match(cell.strip()) for cell in cells)


def _any_command_header(doc: Document) -> bool:
    """A cheap look for a command word anywhere in the text (the header of a table without code spans)."""
    lowered = doc.source.text.casefold()
    return any(f"| {word}" in lowered for word in ("command", "shortcut", "syntax", "usage"))


def _all_code(cells: Sequence[str]) -> bool:
    return bool(cells) and all(_CODE_OPENING.match(cell) for cell in cells)


def _mostly_code(cells: Sequence[str]) -> bool:
    """Command cells: nearly all open with a code span (a bare command is written in code by cheat sheets)."""
    return 4 * sum(1 for cell in cells if _CODE_OPENING.match(cell)) >= 3 * len(cells)


def _commands(cells: Sequence[str]) -> bool:
    """Code cells that hold commands or expressions, not bare values (`100`, `true`): a letter and more than
    one character of code in at least three quarters of them."""
    coded = [" ".join(_CODE_SPAN.findall(cell)).strip("` ") for cell in cells]
    return 4 * sum(1 for code in coded if _WORD.search(code) and (" " in code or len(code) > 5)) >= 3 * len(coded)


def _prose(cells: Sequence[str], words: float) -> bool:
    """Worded cells that do not open with code: `words` words each on average."""
    if any(_CODE_OPENING.match(cell) for cell in cells):
        return False
    plain = [_MARKUP.sub("", _CODE_SPAN.sub("code", cell)) for cell in cells]
    if not all(_WORD.search(text) for text in plain):
        return False
    return sum(len(text.split()) for text in plain) >= words * len(plain)


def _header_word(text: str) -> str:
    text = unicodedata.normalize("NFKC", re.sub(r"<[^<>]*>|\([^)]*\)", " ", text)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _table_cells(doc: Document, block: Block) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, str]]]]:
    """The header cells' Markdown and the body rows (line, first two cells) of a table."""
    head, body = table_cells(doc, block)
    header = [cell.content.strip() for cell in head]
    rows = [(line, [cell.content.strip() for cell in cells]) for line, cells in body]
    padded = [(line, ((cells + ["", ""])[0], (cells + ["", ""])[1])) for line, cells in rows if len(cells) <= 2]
    if len(padded) < len(rows):
        return tuple(header), []  # a row wider than the header: not a plain two-column table
    return tuple(header), padded
