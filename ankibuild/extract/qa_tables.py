"""Question / answer tables: one card per row, the question cell on the front, the answer cell on the back.

    | # | Question                      | Answer                                   |
    |---|-------------------------------|------------------------------------------|
    | 1 | What is a Pod?                | The smallest deployable unit …           |
    | 2 | How do you shrink an image?   | • multi-stage builds<br>• `alpine` base  |

A pandoc grid table (`+---+` borders, `+===+` under its header; see `grid_tables`) is read as the same
rows. A GFM table is a question table when its header says so, or, without such a header, when its rows ask:

- **the header names a question column and an answer column**: `Question`, `Questions`, `Q`, `Query`,
  `Prompt` (also `Interview question`, `Question (EN)`) beside `Answer`, `A`, `Response`, `Solution`,
  `Explanation` (`Short answer` …), a flashcard's `Front` beside its `Back` (`Recto`/`Verso`,
  `Vorderseite`/`Rückseite`: only as the whole header, `Front-end | Back-end` compares), and the same
  words in other languages (`Frage`/`Antwort`,
  `Pregunta`/`Respuesta`, `Question`/`Réponse`, `Domanda`/`Risposta`, `Pergunta`/`Resposta`,
  `Вопрос`/`Ответ`, `问题`/`答案` or `回答`, `質問`/`回答`, `질문`/`답변` …); or
- **its wording asks** (any header): exactly two columns of content (a question and an answer), where
  nearly all first cells (three in four, and at least two) ask, ending with `?` or `？` or opening with a
  question word (`What …`, `Почему …`), none of them a link, and the second column is prose (three words
  a cell on average, not ticks or yes/no), unless the header names the first column as questions and the
  second as something other than an answer (`| Question | Why ask it |`: questions with remarks). A header row that is itself a question and its answer (a
  table written without a header) is the first row. Without its `?`, a cell opening with `When`, `Where`
  or `Which` states a situation (`When the disk fills up …`), not a question.

A table with a question column and no answer column (`| # | Question | Difficulty |`, `| Questions |`),
whose other columns all describe the row and whose cells nearly all ask, lists questions to practise: each
row is reported `unanswered`, unless the document answers the question elsewhere.

Beside those two, a table may hold columns that describe the row: a number (`#`, `No.`, digits only: left
out), a difficulty or level (`difficulty::easy` tags; a coloured mark alone, `🟢` `🟡` `🔴`, says the
level), a topic or category (joins the card's context and topic tag), a company (`asked_by::…` tags),
options of a multiple-choice question (`Options`, `Choices`: they join the front). Any other column
(`Notes`, `Example`, `Source`) is added to the back as `**Notes:** …`; when two columns answer (`Answer |
Explanation`), the first answer word wins and the other is added the same way. A table of commands (`Task
| Command`), of symptoms and what to check, or a comparison (`| Question | Python | Java |`) is not a
question table: neither its header nor its questions say so.

The answer cell is Markdown (an `A:` or `Answer:` label opening it is dropped, as `Q:` leaves the
question); `<br>` breaks its lines, and lines that open with a bullet (`•`, `-`, `*`, `▪` …) or a number
(`1.`) become a list; a tick or a cross (`✅`, `❌`) answers. A row with an empty answer cell, a dash, `?`,
`TODO` or only links is reported `unanswered` on its own line; a row without a question continues the
answer above it; a row whose only cell is a bold label in the question column (`| **Networking** | |`)
names a group: the rows below it take it as context. The heading above a question table is the cards'
context, never a topic card (the topic rule reads `document.QUESTION_TABLES`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, metadata_tags, unanswered
from .document import QUESTION_TABLES, Block, Document, lazy_pattern, table_cells, word_set
from .grid_tables import grid_table, may_hold_grid_tables
from .outline import clean_heading, heading_path, topic_tags
from .questions import asks_in_other_script, clean_question, opens_with_question_word, starts_like_question, strip_answer_label
from .table_headers import ANSWER_HEADERS as _ANSWER_HEADERS
from .table_headers import BACK_HEADERS as _BACK_HEADERS
from .table_headers import FRONT_HEADERS as _FRONT_HEADERS
from .table_headers import QUESTION_HEADERS as _QUESTION_HEADERS
from .table_headers import SECOND_ANSWER_HEADERS as _SECOND_ANSWER_HEADERS
from .table_headers import header_word as _header_word
from .table_headers import holds_word as _holds_word

CONVENTION = "qa-table"


_NUMBER_HEADERS = word_set("|no|nr|n°|num|number|id|nº|№|序号|番号|번호")
_DIFFICULTY_HEADERS = word_set(
    "difficulty|level|difficulté|niveau|dificultad|nivel|difficoltà|livello|dificuldade|schwierigkeit|"
    "stufe|сложность|уровень|难度|難度|難易度|난이도"
)
_TOPIC_HEADERS = word_set(
    "topic|topics|category|categories|tag|tags|subject|area|theme|section|chapter|"
    "thème|sujet|catégorie|tema|categoría|categoria|argomento|thema|kategorie|тема|категория|"
    "主题|主題|分类|分類|类别|類別|标签|標籤|カテゴリ|タグ|분류|주제"
)
_COMPANY_HEADERS = word_set("company|companies|asked by|asked at|firm|empresa|entreprise|unternehmen|公司|企業")
_OPTION_HEADERS = word_set(
    "options|option|choices|choice|alternatives|opciones|opções|opzioni|optionen|antwortmöglichkeiten|"
    "варианты|选项|選項|選択肢|보기"
)
_BREAK = lazy_pattern(r"<br\s*/?>", re.I)
_BULLET = lazy_pattern(r"^(?:[•·◦▪▫‣●○■□➤►▶→]|[-*+](?=\s))\s*")
_ORDERED = lazy_pattern(r"^\d{1,3}[.)]\s+")
_NUMBER_CELL = lazy_pattern(r"^\s*(?:\*\*|__)?(?:#|q|no\.?\s*)?\d{1,4}[a-z]?[.)]?(?:\*\*|__)?\s*$", re.I)
_LINK = lazy_pattern(r"!?\[[^\]]*\]\([^)]*\)|<?https?://\S+>?|!?\[\[[^\]\n]*\]\]")
_ANCHOR_ONLY = lazy_pattern(r"^\s*\[[^\]]*\]\(#[^)]*\)\s*$")
_WHOLE_BOLD = lazy_pattern(r"^(\*\*|__)((?:(?!\1).)+)\1$", re.S)
_MARKUP = lazy_pattern(r"[*_`~]+")
_CODE = lazy_pattern(r"`[^`]*`")
_WORD = lazy_pattern(r"[^\W\d_]{2,}")
_YES_NO = lazy_pattern(r"^\W*(?:yes|no|y|n|true|false|ja|nein|oui|non|sí|si|да|нет|是|否)\W*$", re.I)
# Without a `?`, these open a clause (a situation, a condition) as often as a question.
_CLAUSE_OPENER = lazy_pattern(r"^\W*(?:when|where|which|whenever|wherever)\b", re.I)
_ASKING_SHARE = 0.75
_PROSE_SHARE = 0.8
_MIN_ASKING_ROWS = 2
_MIN_ANSWER_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Layout:
    """Which column plays which part in a question table."""

    question: int
    """The question column."""
    answer: int
    """The answer column, -1 in a table of questions to practise that has none."""
    roles: tuple[str, ...]
    """Per column: `question`, `answer`, `number`, `difficulty`, `topic`, `company`, `options`, `extra`, and
    `choice` for a numbered option column the answer column names by number (shown through the answer)."""
    header_row: bool = False
    """True when the header row is itself a question and its answer (a table written without a header)."""
    choices: tuple[int, ...] = ()
    """The numbered option columns (`Answer 1` … `Answer 4`) the answer column names by number, in order;
    empty when the answer column holds the answer itself."""


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    """Source line (0-based) of the row."""
    cells: tuple[str, ...]
    """The cells' Markdown, stripped (missing cells are empty)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free top-level tables that are question tables (see the module docstring)."""
    if "|" not in doc.source.text:
        return RuleResult()  # no table, nothing to read: most documents
    grids = may_hold_grid_tables(doc)
    if not grids and not any(block.kind == "table" for block in doc.blocks):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    found: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind == "table" and is_free(doc, taken, index):
            header, rows = _table_cells(doc, block)
        elif grids and block.kind == "paragraph" and is_free(doc, taken, index) and (grid := _grid_cells(doc, block)):
            header, rows = grid
        else:
            continue
        layout = question_layout(header, rows)
        if layout is None:
            continue
        found.add(index)
        if layout.header_row:
            rows = [_Row(block.first, header), *rows]
        path = heading_path(doc, index)
        made = _row_cards(doc, path, header, rows, layout, drafts, diagnostics, claims)
        # The header and delimiter rows belong to the cards the table made.
        claims.update(claim(block.first, rows[0].line if rows else block.last, made))
        if rows and block.kind == "paragraph":  # a grid table's last row runs on to its bottom border
            claims.update({n: made for n in range(rows[-1].line, block.last) if n not in claims})
    if found:
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _row_cards(
    doc: Document,
    path: tuple[str, ...],
    header: Sequence[str],
    rows: Sequence[_Row],
    layout: _Layout,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> str:
    """The cards and `unanswered` reports of a question table's rows; returns `card` when the table made a
    card, else `unanswered` (the claim of its header)."""
    entries: list[tuple[_Row, str, list[str]]] = []  # row, group label above it, continuation answers
    group = ""
    for row in rows:
        question = row.cells[layout.question]
        others = [cell for n, cell in enumerate(row.cells) if n != layout.question and layout.roles[n] != "number"]
        if question and not any(others) and _is_group_label(question):
            group = _unbold(question)  # `| **Networking** | |`: the rows below belong to it
            claims.update(claim(row.line, row.line + 1, "card"))
            continue
        if not question:
            if entries and _answer_cell(row, layout):
                entries[-1][2].append(_answer_cell(row, layout))  # no question: the answer above goes on
            claims.update(claim(row.line, row.line + 1, "card" if entries else "unanswered"))
            continue
        entries.append((row, group, []))
    made = "unanswered"
    for n, (row, group, more) in enumerate(entries):
        end = entries[n + 1][0].line if n + 1 < len(entries) else row.line + 1
        context_path = path + ((group,) if group else ())
        topic = next((row.cells[k] for k, role in enumerate(layout.roles) if role == "topic" and row.cells[k]), "")
        if topic:
            context_path += (_unbold(topic),)
        question, _ = clean_question(_cell_markdown(_unbold(row.cells[layout.question])))
        loc = doc.loc(row.line)
        cells = (strip_answer_label(_answer_cell(row, layout)), *more)  # `A: …` in the cell is a label
        answer = "\n\n".join(_cell_markdown(cell) for cell in cells if cell)
        reason = _empty(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(row.line, end, "unanswered"))
            continue
        options = [_cell_markdown(row.cells[k]) for k, role in enumerate(layout.roles) if role == "options" and row.cells[k]]
        front = "\n\n".join([question, *options])
        extras = [
            f"**{_plain(header[k])}:** {_cell_markdown(row.cells[k])}"
            for k, role in enumerate(layout.roles)
            if role in ("extra", "answer") and k != layout.answer and row.cells[k] and _plain(header[k])
        ]
        back = "\n\n".join([answer, *extras])
        tags = _row_tags(row, layout) + tuple(topic_tags(context_path))
        context = tuple(clean_heading(p) for p in context_path)
        drafts.append(CardDraft(loc, CONVENTION, front, back, context, tags))
        claims.update(claim(row.line, end, "card"))
        made = "card"
    return made


def row_cards(
    doc: Document,
    index: int,
    header: tuple[str, ...],
    body: Sequence[tuple[int, Sequence[str]]],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> str | None:
    """The cards and `unanswered` reports of a table read from its lines (`dashed_tables`), given as its
    header cells and its rows (source line, cells' Markdown), whose first block is INDEX: `card` or
    `unanswered` as `_row_cards` returns, None when the table is no question table."""
    width = len(header)
    rows = [_Row(line, tuple((list(cells) + [""] * width)[:width])) for line, cells in body]
    layout = question_layout(header, rows)
    if layout is None:
        return None
    if layout.header_row:
        rows = [_Row(rows[0].line, header), *rows]
    return _row_cards(doc, heading_path(doc, index), header, rows, layout, drafts, diagnostics, claims)


def _answer_cell(row: _Row, layout: _Layout) -> str:
    """The row's answer cell, '' in a table of questions without an answer column; in a table keyed by
    option numbers, the options the key names (one a line as a list when there are several)."""
    if layout.answer < 0:
        return ""
    cell = row.cells[layout.answer]
    if not layout.choices or not cell:
        return cell
    named = [row.cells[layout.choices[int(n) - 1]] for n in _KEY_NUMBER.findall(cell)]
    named = [text for text in named if text]
    return named[0] if len(named) == 1 else "<br>".join("• " + text for text in named)


def _row_tags(row: _Row, layout: _Layout) -> tuple[str, ...]:
    """`difficulty::…` and `asked_by::…` tags from the row's difficulty and company columns."""
    labels = {"difficulty": "Difficulty", "company": "Asked by"}
    segments = [
        f"**{labels[role]}:** {_level(_plain(row.cells[k])) if role == 'difficulty' else _plain(row.cells[k])}"
        for k, role in enumerate(layout.roles)
        if role in labels and row.cells[k] and _plain(row.cells[k])
    ]
    if not segments:
        return ()
    return metadata_tags(" | ".join(segments)) or ()


# A coloured mark alone says the level, as difficulty columns often write it (`🟢`, `🟡`, `🔴`).
_LEVEL_MARKS = {
    "🟢": "easy",
    "🟩": "easy",
    "🟡": "medium",
    "🟨": "medium",
    "🟠": "medium",
    "🟧": "medium",
    "🔴": "hard",
    "🟥": "hard",
}


def _level(value: str) -> str:
    """A difficulty cell as words: a coloured mark alone becomes its level (`🟡` → `medium`)."""
    marks = {_LEVEL_MARKS[ch] for ch in value if ch in _LEVEL_MARKS}
    return marks.pop() if len(marks) == 1 and not _WORD.search(value) else value


# Deciding -------------------------------------------------------------------------------------------------


def question_layout(header: Sequence[str], rows: Sequence[_Row]) -> _Layout | None:
    """How a table holds questions and answers, or None when it is not a question table."""
    if not header or not rows:
        return None
    names = [_header_word(_plain(cell)) for cell in header]
    roles = [_role(name, [row.cells[n] for row in rows]) for n, name in enumerate(names)]
    questions = [n for n, role in enumerate(roles) if role == "question"]
    answers = [n for n, role in enumerate(roles) if role == "answer"]
    if questions and answers:
        first = [n for n in answers if names[n] in _ANSWER_HEADERS | _BACK_HEADERS or _holds_word(names[n], _ANSWER_HEADERS)]
        answer = (first or answers)[0]
        question = questions[0]
        asked = [row.cells[question] for row in rows]
        if question == answer or _mostly_links(asked) or not _worded(asked):
            return None  # a table of contents, or a truth table (`| A | Q |` over bits)
        if (names[question] == "q" or names[answer] == "a") and answer < question:
            return None  # `| A | Q |`: signals, not a question and its answer
        roles = [role if n in (question, answer) or role != "question" else "extra" for n, role in enumerate(roles)]
        keyed = _keyed_choices(names, rows, answers)
        if keyed is not None:
            key, choices = keyed
            roles = [
                ("choice" if n in choices else "extra") if role == "answer" and n != key else role for n, role in enumerate(roles)
            ]
            roles = ["answer" if n == key else role for n, role in enumerate(roles)]
            return _Layout(question, key, tuple(roles), choices=choices)
        return _Layout(question, answer, tuple(roles))
    listed = _question_list(rows, roles, questions[0]) if questions else None
    return listed or _worded_layout(header, rows, roles)


# `Answer 1`, `Option 2`, `Réponse 3`: a column name ending with its number.
_NUMBERED_NAME = lazy_pattern(r"^(?P<word>\D+?)[ ]?(?P<n>\d)$")
_KEY_CELL = lazy_pattern(r"^\s*\d(?:\s*[,;/&]\s*\d)*\s*$")
_KEY_NUMBER = lazy_pattern(r"\d")


def _keyed_choices(names: Sequence[str], rows: Sequence[_Row], answers: Sequence[int]) -> tuple[int, tuple[int, ...]] | None:
    """A quiz-import table (Kahoot, Quizizz …) that gives each row's options in numbered answer columns
    (`Answer 1` … `Answer 4`) and the correct ones by number in another answer column (`Correct
    answer(s)`: `2`, `1,3`): that column and the option columns in order, or None."""
    numbered: dict[int, int] = {}
    words: set[str] = set()
    for n in answers:
        match = _NUMBERED_NAME.match(names[n])
        if match is not None:
            numbered[int(match.group("n"))] = n
            words.add(match.group("word").strip())
    if len(words) != 1 or len(numbered) < 2 or sorted(numbered) != list(range(1, len(numbered) + 1)):
        return None
    for key in answers:
        if key in numbered.values():
            continue
        cells = [row.cells[key] for row in rows if row.cells[key]]
        if (
            cells
            and all(_KEY_CELL.match(cell) for cell in cells)
            and all(1 <= int(d) <= len(numbered) for cell in cells for d in _KEY_NUMBER.findall(cell))
        ):
            return key, tuple(numbered[i] for i in sorted(numbered))
    return None


_LIST_ROLES = frozenset({"question", "number", "difficulty", "topic", "company"})


def _question_list(rows: Sequence[_Row], roles: Sequence[str], question: int) -> _Layout | None:
    """A table of questions without answers (`| # | Question | Difficulty |`): questions to practise, each
    reported `unanswered` (unless the document answers it elsewhere). Only beside columns that describe
    the row, so that `| Question | Python | Go |` stays a comparison; its cells must nearly all ask."""
    if any(role not in _LIST_ROLES for role in roles) or roles.count("question") != 1:
        return None
    asked = [row.cells[question] for row in rows if row.cells[question]]
    asking = sum(1 for cell in asked if _asks(cell))
    if asking < _MIN_ASKING_ROWS or asking < _ASKING_SHARE * len(asked) or _mostly_links(asked):
        return None
    return _Layout(question, -1, tuple(roles))


def _worded_layout(header: Sequence[str], rows: Sequence[_Row], roles: Sequence[str]) -> _Layout | None:
    """A table whose header does not say it asks, whose rows do: two columns of content, the first asking
    in nearly every row, the second answering in prose."""
    if len(header) < 2:
        return None
    content = [n for n, role in enumerate(roles) if role in ("extra", "question", "answer")]
    if len(content) != 2:
        return None
    question, answer = content
    if roles[question] == "question" and _plain(header[answer]):
        return None  # `| Question | Why ask it |`: the header names the second column, and not as an answer
    header_row = _asks(header[question]) and _prose([header[answer]]) and not _header_names(header)
    pairs = ([(header[question], header[answer])] if header_row else []) + [
        (row.cells[question], row.cells[answer]) for row in rows if row.cells[question]
    ]
    asking = sum(1 for q, _ in pairs if _asks(q))
    if asking < _MIN_ASKING_ROWS or asking < _ASKING_SHARE * len(pairs) or _mostly_links([q for q, _ in pairs]):
        return None
    if not _prose([a for _, a in pairs if a]):
        return None
    final = tuple("question" if n == question else "answer" if n == answer else role for n, role in enumerate(roles))
    return _Layout(question, answer, final, header_row)


def _role(name: str, cells: Sequence[str]) -> str:
    if name in _QUESTION_HEADERS or name in _FRONT_HEADERS or _holds_word(name, _QUESTION_HEADERS):
        return "question"
    if name in _ANSWER_HEADERS or name in _SECOND_ANSWER_HEADERS or name in _BACK_HEADERS:
        return "answer"
    if _holds_word(name, _ANSWER_HEADERS | _SECOND_ANSWER_HEADERS):
        return "answer"
    if name in _NUMBER_HEADERS and all(not c or _NUMBER_CELL.match(c) for c in cells):
        return "number"
    if name in _DIFFICULTY_HEADERS:
        return "difficulty"
    if name in _TOPIC_HEADERS:
        return "topic"
    if name in _COMPANY_HEADERS:
        return "company"
    if name in _OPTION_HEADERS:
        return "options"
    if cells and all(not c or _NUMBER_CELL.match(c) for c in cells) and any(cells):
        return "number"  # a column of row numbers whatever its header
    return "extra"


def _header_names(header: Sequence[str]) -> bool:
    """True when any header cell is a known column name (then the header is no question of its own)."""
    known = _QUESTION_HEADERS | _ANSWER_HEADERS | _SECOND_ANSWER_HEADERS | _TOPIC_HEADERS | _DIFFICULTY_HEADERS
    return any(_header_word(_plain(cell)) in known for cell in header)


def _asks(cell: str) -> bool:
    """A cell that asks: it ends with `?` or `？` outside code, or opens with a question word (`What`, `Why`,
    `How`; not `When`, `Where` or `Which`, which open situations as often)."""
    if not cell or _ANCHOR_ONLY.match(cell):
        return False
    plain = _plain(_BREAK.sub(" ", _CODE.sub("code", cell)))
    if plain.rstrip(" *_").endswith(("?", "？", "؟")):
        return True
    question, _ = clean_question(plain)
    if _CLAUSE_OPENER.match(question):
        return False  # `When the disk fills up …`, `Where x > 0`: a situation or a condition without its `?`
    return opens_with_question_word(question) or asks_in_other_script(question)


def _prose(cells: Sequence[str]) -> bool:
    """Cells that answer in words: three words each on average, nearly all worded, not ticks or yes/no."""
    filled = [_plain(_BREAK.sub(" ", cell)) for cell in cells if cell.strip()]
    if not filled:
        return False
    worded = sum(1 for text in filled if _WORD.search(_LINK.sub("", text)) and not _YES_NO.match(text))
    words = sum(len(text.split()) for text in filled)
    return worded >= _PROSE_SHARE * len(filled) and words >= _MIN_ANSWER_WORDS * len(filled)


def _mostly_links(cells: Sequence[str]) -> bool:
    """Question cells that are links to elsewhere (a table of contents): half of them or more."""
    filled = [cell for cell in cells if cell]
    linked = sum(1 for cell in filled if _LINK.search(cell) and not _WORD.search(_LINK.sub("", _plain(cell))))
    return bool(filled) and 2 * linked >= len(filled)


def _worded(cells: Sequence[str]) -> bool:
    """Question cells of which at least half hold a word (not only numbers, bits or symbols)."""
    filled = [cell for cell in cells if cell]
    return 2 * sum(1 for cell in filled if _WORD.search(_LINK.sub("", _plain(cell)))) >= len(filled) > 0


def _is_group_label(cell: str) -> bool:
    """A row label in bold that neither asks nor sets a task (`**Networking**`, not `**Define osmosis**`):
    the title of the rows below it."""
    match = _WHOLE_BOLD.match(cell.strip())
    return match is not None and not _asks(match.group(2)) and not starts_like_question(match.group(2))


def _empty(answer: str) -> str | None:
    # A lone dash or question mark in an answer cell means "to fill in", as a blank does; a tick or a cross
    # (`✅`, `❌`) answers a yes/no question.
    if not answer.strip(_FILLER):
        return "no answer"
    return empty_reason(answer)


_FILLER = " \t-–—?？.…_*/"


# Cells ----------------------------------------------------------------------------------------------------


def _cell_markdown(cell: str) -> str:
    """A cell as Markdown: its `<br>` lines kept, runs of bulleted or numbered lines made a list, `<br><br>`
    made a paragraph break."""
    if "<" not in cell or not _BREAK.search(cell):
        return cell.strip()
    lines = [line.strip() for line in _BREAK.split(cell)]
    parts: list[str] = []
    run: list[str] = []  # plain lines waiting to be joined with their `<br>`
    listed: list[str] = []  # list items waiting to be joined

    def flush() -> None:
        if run:
            parts.append("<br>".join(run))
            run.clear()
        if listed:
            parts.append("\n".join(listed))
            listed.clear()

    for line in lines:
        if not line:
            flush()  # `<br><br>`: a blank line between paragraphs
            continue
        bullet = _BULLET.match(line)
        if bullet and line[bullet.end() :].strip():
            if run:
                flush()
            listed.append("- " + line[bullet.end() :].strip())
        elif _ORDERED.match(line):
            if run:
                flush()
            listed.append(line)
        else:
            if listed:
                flush()
            run.append(line)
    flush()
    return "\n\n".join(parts)


def _plain(cell: str) -> str:
    """What a reader reads in a cell: markup and tags removed."""
    return " ".join(_MARKUP.sub("", re.sub(r"<[^<>]*>", " ", cell)).split())


def _unbold(cell: str) -> str:
    match = _WHOLE_BOLD.match(cell.strip())
    return match.group(2).strip() if match else cell.strip()


def _table_cells(doc: Document, block: Block) -> tuple[tuple[str, ...], list[_Row]]:
    """The header cells' Markdown and the body rows, each with its line and as many cells as the header."""
    head, body = table_cells(doc, block)
    header = [cell.content.strip() for cell in head]
    rows = [(line, [cell.content.strip() for cell in cells]) for line, cells in body]
    width = len(header)
    padded = [_Row(line, tuple((cells + [""] * width)[:width])) for line, cells in rows]
    return tuple(header), padded


def _grid_cells(doc: Document, block: Block) -> tuple[tuple[str, ...], list[_Row]] | None:
    """A paragraph that is a pandoc grid table, as `_table_cells` gives a GFM table; None for prose."""
    grid = grid_table(doc, block)
    if grid is None or not grid[0]:
        return None  # a grid table without a header names no column
    header, body = grid
    width = len(header)
    return header, [_Row(line, tuple((list(cells) + [""] * width)[:width])) for line, cells in body]
