"""Numbered questions: list items that ask, answered by what follows them.

The shapes, all read from the structure of the Markdown:

* **Answer in a fence after the item** (Chip Huyen's book)::

      1. [E] What's the geometric interpretation of the dot product?
      ```text
      The product of the lengths and the cosine of the angle.
      ```

  markdown-it ends the list at the unindented fence, so the answer is the block *after* the list. A fence
  labelled `text`, `markdown`, `answer`, … (or unlabelled prose) is an answer container: the answer is its
  content, rendered as Markdown (`answer_is_prose`). A fence labelled with anything else (`python`,
  `output`, `mermaid`) is kept as a fence. `[E]`/`[M]`/`[H]` become `difficulty::easy|medium|hard`.
  An empty fence or one holding `NOT ANSWERED` is no answer: the question is reported unanswered.

* **Answers after the list**: the paragraphs, lists and fences after a list answer its *last* question,
  up to the next question list, heading, rule or bare question line. Earlier items of that list have no
  answer, unless one is written inside the item (an indented block, or lines right under the question).

* **Context items**. An item that does not ask, followed by questions, is their context: it goes into the
  draft's context and ends the topic tag path (when it reads as a label, not as a scenario sentence).
  Properly nested (`1. Dot product` with a sub-list) or flattened by a dump, where the questions follow
  at the same level and the numbering restarts (`1. Dot product` / `1. [E] What's …?`). In the flattened
  form the group runs while the numbers go on from the restart (1, 2, 3 …), across the fences between
  them, and ends at a heading or a number that does not follow. When a number continues both the group
  and the outer list (`2. Outer product` / `1.` / `2.` / `3.`), a blank line before the item, the
  writer's break between groups, returns to the outer list; without one the item stays in the group.

* **A heading inside an item** (big interview READMEs)::

      1. ### What is a closure

          A closure is … (paragraphs, `#### Example` sub-headings, fences, tables)

          **[⬆ Back to Top](#table-of-contents)**

  The heading is the question (with or without `?`), everything else in the item is the answer; a
  back-to-top line is navigation and leaves it. A list most of whose items open with a heading is a
  question list when most of those titles read as questions. A question pointing at code (`… the
  following code`, `… each of these?`, ending with `:`) keeps the code block under it on its front.

* **Answers inside the item's own lines**: `What is X? (A square matrix …)`, `What is bagging? It trains …`
  (the statement after the `?`; a second question, a command or a hint stays in the question),
  `**Explain k-means.**` / `*What is X?*` / `<b>…</b>` / the escaped double asterisks followed by the answer,
  `**Q:** … **A:** …`, a nested list opened by an arrow item (`- ↳ Vientiane`). `What is X? —` with nothing
  after the dash leaves its answer to write: nothing after the list answers it. Lines of the item that ask on their own (unmarked or lettered `a.`) are questions of
  their own; lines that do not ask answer the question above them. A sub-list of questions is never an
  answer: its items are questions, and its parent is one too.

* **Practice lists**: a bulleted list of questions without answers (most items ask, half hold a `?`), or a
  list under a heading naming questions or exercises whose items mostly ask or point at code, gives one
  `unanswered` report per question (a card when one has an answer); so does, after a bulleted question list
  answered inside its items, a bulleted list whose every item asks with a `?` and holds nothing. A list broken by a fence at the
  margin goes on after it. Question lists inside a blockquote or an admonition are read the same way,
  and a numbered answer box right after a list (`??? success "Answers"`) answers it by position.

Which lists hold questions:

* An ordered list is a question list when most of its items (context items aside) ask, and at least one
  asks unmistakably (ends with `?` or has a difficulty marker). An item asks when it ends with `?`, has a
  difficulty marker, or opens with a command word (`Explain`) or a wh-word (`Where should …`); a
  `**Term**: description` item never asks (steps and definitions are written that way). The other
  items of a question list are questions too (`6. Given inputs x and y, calculate relu and sigmoid`).
* A one-item ordered list that starts above 1 continues the numbering of the list before it and takes
  its verdict (`24. Code a two-sum program.` after a list of questions numbered up to 23).
* A numbered list each of whose items (two at least) holds its answer in italics under its question
  (`6. State the laws of reflection.` over an indented `*(i) …*`, or over a nested bullet `- *…*`, which a
  bulleted list may hold too; an empty `- ` leaves its item unanswered) is a question list whatever the
  items' wording, where such an item asks with a question mark somewhere on the page.
* Bullet lists are taken conservatively: every item must end with `?` (or carry a difficulty marker) and
  an answer must be there structurally, a fence right after the list or a block inside an item; only a
  fence (not paragraphs) after a bullet list answers its last item. An ordinary list of statements is
  never a question list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from markdown_it.token import Token

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import answer_box, build_answer, dedent, empty_reason, is_advice, remark_or_empty_reason, unanswered
from .collapsibles import unwrap_answer_details
from .document import Document, asked_elsewhere, lazy_pattern, may_hold
from .outline import clean_heading
from .question_lists import (
    EMPHASISED_ASIDE,
    LINK_ONLY,
    LIST_KINDS,
    QUOTE_MARK,
    TERM_ITEM,
    ListItem,
    ListUnit,
    ParsedList,
    anchors,
    answered_inside,
    child_spans,
    item_asks,
    parse_list,
    sets_task,
    tally_list,
    toc_entry,
    unit_lines,
)
from .questions import (
    ANSWER_LABEL,
    clean_question,
    first_question_line,
    holds_question_list,
    refers_to_code,
    strip_answer_label,
    take_difficulty,
)

CONVENTION = "numbered"

PROSE_FENCE_LABELS = frozenset(
    {"text", "txt", "plain", "plaintext", "none", "nohighlight", "markdown", "md", "answer", "solution", "prose"}
)
"""Fence labels that mark an answer container rather than code."""

_SENTENCE_LINE_WORDS = 5
_LABEL_WORDS = 4
_LABEL_WORDS_UNPUNCTUATED = 10


@dataclass(frozen=True, slots=True)
class _Question:
    """A question item waiting for its answer."""

    item: ListItem
    """Where it is."""
    question: str
    """Cleaned question Markdown."""
    tags: tuple[str, ...]
    """Difficulty, companies and topic tags."""
    context: tuple[str, ...]
    """Heading path and context items, outermost first."""
    keys: tuple[int, ...]
    """First lines of the context items above it (to mark them used when it becomes a card)."""


@dataclass(frozen=True, slots=True)
class _Group:
    """A context item of a flattened list and the numbers seen under it so far."""

    label: str
    """Context text."""
    key: int
    """Its first line."""
    number: int
    """Its own number."""
    sub: int
    """Number of the last question under it."""


@dataclass(frozen=True, slots=True)
class _Scope:
    """Where questions found in a sequence of blocks sit: heading path and enclosing context items."""

    path: tuple[str, ...]
    """Heading titles above, cleaned."""
    labels: tuple[str, ...]
    """Context items above, outermost first."""
    keys: tuple[int, ...]
    """Their first lines."""


@dataclass(slots=True)
class _Run:
    """What one call of `extract` has found so far (local to the call, never shared)."""

    doc: Document
    """The document read."""
    drafts: list[CardDraft] = field(default_factory=list)
    """Cards found."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Unanswered questions."""
    claims: dict[int, str] = field(default_factory=dict)
    """Answer lines outside the items, with their reason."""
    status: dict[int, str] = field(default_factory=dict)
    """`card` or `unanswered` for each item, by its first line."""
    paired: dict[int, str] = field(default_factory=dict)
    """Answers found for items in a numbered answer box after their list, by the item's first line."""
    items: list[ListItem] = field(default_factory=list)
    """Every item of a question list, to claim its lines at the end."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered (and answered bulleted) question lists."""
    if not _has_free_lists(doc, taken):
        return RuleResult()
    run = _Run(doc)
    footer = _writers_footer(doc, taken)
    if footer:  # the writer's notes closing the page (`### Notes to self` over a list): no questions of it
        taken = {**taken, **{n: "skip:closing-notes" for i in footer for n in range(doc.blocks[i].first, doc.blocks[i].last)}}
    units = _top_units(doc, taken)
    waiting = _walk(run, units, None, _Scope((), (), ()), top=True)
    _finish(run, waiting, [])
    for i in footer:
        run.claims.update(dict.fromkeys(range(doc.blocks[i].first, doc.blocks[i].last), "skip:closing-notes"))
    # Item lines take the reason of their item (inner items first, so an outer item only fills the rest).
    for item in sorted(run.items, key=lambda i: i.last - i.first):
        reason = run.status.get(item.first, "unanswered")
        for line in range(item.first, item.last):
            run.claims.setdefault(line, reason)
    # The opening line of a box read for its question list (`!!! question "Quiz"`) goes with its questions.
    for container in {u.container for u in units if u.container is not None}:
        box = doc.blocks[container]
        if any(line in run.claims for line in range(box.first + 1, box.last)):
            run.claims.setdefault(box.first, "card")
    return RuleResult(tuple(run.drafts), tuple(run.diagnostics), run.claims)


_FOOTER_BLOCKS_MAX = 3
"""Blocks after the page's last rule that can be its closing notes."""


def _writers_footer(doc: Document, taken: Mapping[int, str]) -> tuple[int, ...]:
    """The bullet lists among the few blocks after the page's last rule (`---`, then a heading such as `###
    Notes to self` over a list allowed) whose every line that asks goes on after its `?` with the writer's
    remark (`- Does this need to be fast? The grader runs n = 100. Moving on.`), in a page whose questions the
    rules before this one asked (`document.asked_elsewhere`, weighed against those lines): the writer's notes
    closing the page, skipped: no questions and answers of it, for this rule or a later one (`Q? → remark` is
    a line pair's shape). A list of bare questions there (`- Why does …?`, still to look up) stays the
    rule's, reported unanswered."""
    blocks = doc.blocks
    rule = next((n for n in range(len(blocks) - 1, -1, -1) if blocks[n].kind == "hr"), None)
    if rule is None or len(blocks) - rule - 1 > _FOOTER_BLOCKS_MAX:
        return ()
    lists = tuple(i for i in range(rule + 1, len(blocks)) if blocks[i].kind == "bullet_list" and is_free(doc, taken, i))
    asking = [line for i in lists for line in doc.lines[blocks[i].first : blocks[i].last] if "?" in line]
    if not asking or not all(_REMARK_AFTER_QUESTION.search(line) for line in asking):
        return ()
    return lists if asked_elsewhere(doc, len(asking)) else ()


# `? The grader only runs n = 100.`, `? → post on the forum`: a remark going on after a line's last `?`.
_REMARK_AFTER_QUESTION = re.compile(r"\?[^?\n]*\w[^?\n]*$")


_READ_KINDS = frozenset({*LIST_KINDS, "blockquote", "admonition"})
"""The blocks `_top_units` looks into for question lists."""


def _has_free_lists(doc: Document, taken: Mapping[int, str]) -> bool:
    """Whether a free list, quote or box may hold a question list. Questions come only from lists, read at
    the top level or inside a quote or a box, and only from free ones (`_top_units`): without any, every
    block is a unit without questions and the rule finds nothing (most documents, whose lists are the
    answers of earlier rules' cards)."""
    return any(block.kind in _READ_KINDS and is_free(doc, taken, index) for index, block in enumerate(doc.blocks))


def fence_is_prose(token: Token) -> bool:
    """True for a fence used as an answer container (`text`, `markdown`, unlabelled prose …), whose
    content is the answer's Markdown; False for code, which stays a fence."""
    label = token.info.strip().split(maxsplit=1)[0].lower() if token.info.strip() else ""
    if label:
        # Any other label (`python`, `output`, `mermaid`, `math`) keeps the fence: nothing is lost.
        return label in PROSE_FENCE_LABELS
    return _reads_as_prose(token.content)


# --- parsing -----------------------------------------------------------------------------------------


def _top_units(doc: Document, taken: Mapping[int, str]) -> list[ListUnit]:
    units: list[ListUnit] = []
    previous: ParsedList | None = None
    bullets: ParsedList | None = None  # the bulleted list before, with nothing but fences since
    answering = False  # a bulleted question list above held its answers inside its items
    asked_for = _under_question_titles(doc)
    for index, block in enumerate(doc.blocks):
        free = is_free(doc, taken, index)
        sublist = None
        if block.kind in LIST_KINDS and free:
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            fence_follows = following is not None and following.kind == "fence" and is_free(doc, taken, index + 1)
            sublist = parse_list(doc, block.start, block.end, fence_follows=fence_follows)
            if not sublist.asks and index in asked_for:
                sublist = _under_question_title(sublist, exercises=asked_for[index])
            if sublist.ordered:
                sublist = _inherit(sublist, previous)
                previous = sublist
            else:
                sublist = _inherit_bullets(sublist, bullets)
                if answering and not sublist.asks:
                    sublist = _still_to_answer(sublist)
                answering = answering or (sublist.asks and answered_inside(sublist.items))
                bullets = sublist
        elif block.kind in ("blockquote", "admonition") and free:
            quoted = _quoted_units(doc, index)
            if quoted is not None:
                units.extend(quoted)
                continue
        if not (block.kind in LIST_KINDS and free) and block.kind != "fence":
            bullets = None
        units.append(ListUnit(block.kind, block.first, block.last, doc.tokens[block.start], index, sublist, free))
    return units


def _quoted_units(doc: Document, index: int) -> list[ListUnit] | None:
    """The blocks inside a blockquote or an admonition that holds a question list (`> 1. What is a tort?`,
    `!!! question "Quiz"` over bullets), read like top-level blocks; None for any other blockquote (a
    callout, a quotation) or admonition, which stays one block."""
    tokens = doc.tokens
    start, end = doc.blocks[index].start, doc.blocks[index].end
    opener = tokens[start]
    if opener.map is None or doc.lines[opener.map[0]].lstrip(" >").startswith("[!"):
        return None
    if opener.type == "admonition_open" and not holds_question_list(doc, doc.blocks[index]):
        return None  # a problem box (statement + sub-questions) is one question, for the details rule
    quotes = 1 if opener.type == "blockquote_open" else 0
    units: list[ListUnit] = []
    for s, e in child_spans(tokens, start + 1, end - 1):
        token = tokens[s]
        kind = token.type.removesuffix("_open")
        if kind == "admonition_title":
            continue
        span = token.map or opener.map
        sublist = parse_list(doc, s, e, quotes=quotes) if kind in LIST_KINDS else None
        units.append(ListUnit(kind, span[0], span[1], token, None, sublist, quotes=quotes, container=index))
    return units if any(u.sublist is not None and u.sublist.asks for u in units) else None


# --- one item's own lines: where the question ends and its answer starts -----------------------------


# --- verdicts ----------------------------------------------------------------------------------------


def _still_to_answer(lst: ParsedList) -> ParsedList:
    """A bulleted list after a bulleted question list that held its answers inside its items: when every
    item asks with a question mark and holds nothing (`- What is autophagy?` alone under `### If there is
    time`), it is more questions of the same page, answers still to write, each reported unanswered."""
    if lst.steps or not lst.items:
        return lst
    if all(not item.lead and not item.parts and not item.more and anchors(item.text) for item in lst.items):
        return replace(lst, asks=True)
    return lst


# `## Questions`, `## Coding questions`, `## Exercises`, `### Review problems`, `## Quiz`: a section that
# says it holds questions.
# In other languages too, German compounds included (`## Altklausurfragen`, `## Übungsaufgaben`).
_OTHER_LANGUAGES_TITLE = (
    r"|(?:fragen|aufgaben|übungen)\b|\b(?:übung|preguntas?|ejercicios?|exercices?|probl[eè]mes|domande|esercizi"
    r"|perguntas?|exerc[ií]cios?)\b"
    r"|\b(?:ال)?(?:تمارين|تمرين|أسئلة|اسئلة)\b"  # Arabic exercises, questions (`## تمارين للمراجعة`)
)
# `## Homework (due Friday)`, `## Problem set 3`, `## Devoirs`: exercises set to do, solved later if at all.
_HOMEWORK_TITLE = r"|\b(?:homework|assignments?|problem[ -]sets?|worksheets?|devoirs|tareas?|compiti)\b"
_QUESTION_TITLE = lazy_pattern(
    r"\b(?:questions?|exercises?|problems?|quiz(?:zes)?|practi[cs]e|tasks?|drills?)\b" + _OTHER_LANGUAGES_TITLE + _HOMEWORK_TITLE,
    re.I,
)


def _under_question_titles(doc: Document) -> dict[int, bool]:
    """The blocks that sit directly under a heading naming questions or exercises, each with True when the
    heading names exercises or questions to practise (not `## Tasks`, which may be a to-do list)."""
    found: dict[int, bool] = {}
    for section in doc.sections:
        if may_hold(section.title, _QUESTION_TITLE_WORDS) and _QUESTION_TITLE.search(section.title):
            exercises = _EXERCISE_TITLE.search(section.title) is not None
            found.update(dict.fromkeys(section.body, exercises))
    return found


# Each match of `_QUESTION_TITLE` in ASCII text holds one of these (see `document.may_hold`).
# fmt: off
_QUESTION_TITLE_WORDS = (
    "quest", "exerc", "probl", "quiz", "practi", "task", "drill", "fragen", "aufgaben", "pregunt", "ejercic", "domande",
    "esercizi", "pergunt", "homework", "assignment", "worksheet", "devoirs", "tarea", "compiti",
)
# fmt: on
_EXERCISE_TITLE = lazy_pattern(
    r"\b(?:questions?|exercises?|problems?|quiz(?:zes)?|practi[cs]e|drills?)\b" + _OTHER_LANGUAGES_TITLE + _HOMEWORK_TITLE,
    re.I,
)


def _under_question_title(lst: ParsedList, *, exercises: bool) -> ParsedList:
    """A list under `## Coding questions` is a list of questions when most of its items ask or point at
    code (`* Make this work:`, with no question mark needed); then the others are questions too (`* Create
    a for loop that …`). Under a title naming exercises, items that set a task (`Find …`, `Load …`) ask
    too. Never a list of links or of `**Term**: definition` items."""
    if lst.steps:
        return lst
    items = lst.items
    if not items or any(LINK_ONLY.match(item.text) for item in items) or all(TERM_ITEM.match(item.text) for item in items):
        return lst
    asking = sum(
        1 for item in items if item_asks(item.text, ordered=True) or refers_to_code(item.text) or (exercises and sets_task(item))
    )
    return replace(lst, asks=True) if 2 * asking > len(items) else lst


def _inherit_bullets(lst: ParsedList, previous: ParsedList | None) -> ParsedList:
    """A bulleted list that goes on after a code block interrupting a bulleted question list (a fence at
    the margin ends the list) is part of it when one of its items asks or points at code."""
    if lst.steps:
        return lst
    if lst.asks or previous is None or not previous.asks or lst.ordered:
        return lst
    if any(item_asks(item.text, ordered=True) or refers_to_code(item.text) for item in lst.items):
        return replace(lst, asks=True)
    return lst


def _inherit(lst: ParsedList, previous: ParsedList | None) -> ParsedList:
    """A short list numbered on from a question list is part of it (a dump broke the list up, or the page
    numbers its questions on across sections: `7)` under one heading, `8)` and `9)` under the next). Where
    its first number follows the last of that list exactly, half of its items asking is enough (`8) …?`
    over `9) Explain …` in a language whose commands the rules do not know)."""
    if lst.steps:
        return lst
    start = lst.items[0].number if lst.items else None
    if lst.asks or previous is None or not previous.asks or start is None or start <= 1:
        return lst
    tally = tally_list(lst.items, lst.ordered)
    if tally.others == 1 or 2 * tally.asking > tally.others:
        return replace(lst, asks=True)
    last = previous.items[-1].number if previous.items else None
    if last is not None and start == last + 1 and tally.asking and 2 * tally.asking >= tally.others:
        return replace(lst, asks=True)
    return lst


# --- walking -----------------------------------------------------------------------------------------


def _walk(run: _Run, units: Sequence[ListUnit], waiting: _Question | None, scope: _Scope, *, top: bool) -> _Question | None:
    """Go through sibling blocks: question lists give questions; the other blocks answer the question
    waiting, up to a heading, a rule, a claimed block, a bare question line or the next question list.
    Returns the question still waiting when the blocks run out with nothing for it (the caller may have more)."""
    doc = run.doc
    collected: list[ListUnit] = []
    group: _Group | None = None
    fence_only = False  # after a bullet list, only a fence answers its last question
    consumed: set[int] = set()  # answer boxes already shared out among the questions of a list
    for position, unit in enumerate(units):
        if position in consumed:
            continue
        if fence_only and unit.kind != "fence":
            _finish(run, waiting, collected)
            waiting = None
        fence_only = False
        if unit.sublist is not None and unit.sublist.asks:
            _finish(run, waiting, collected)
            collected = []
            following = units[position + 1] if position + 1 < len(units) else None
            if following is not None and following.free and _pair_answers(run, unit.sublist, following):
                consumed.add(position + 1)
            where = unit.block if unit.block is not None else unit.container
            inner = scope if where is None else replace(scope, path=_heading_path(doc, where))
            waiting, group = _questions(run, unit.sublist, inner, group)
            if waiting is not None and where is not None and _titled_without_answers(doc, where):
                _finish(run, waiting, [])  # `### Practice (no solutions)`: what follows the list answers nothing
                waiting = None
            if (
                waiting is not None
                and following is not None
                and following.kind == "blockquote"
                and _answered_within(unit.sublist)
            ):
                _finish(run, waiting, [])  # a quote after a list that indents its answers is a remark
                waiting = None
            # After a bulleted list only a fence answers its last question, unless its items are headings
            # (`- ### What is a commit?` with the answer below at the margin, which ends the list).
            fence_only = not unit.sublist.ordered and not all(item.heading for item in unit.sublist.items)
            continue
        if unit.kind == "heading":
            group = None
        if waiting is None:
            # No question waits, and then nothing is collected either (both are reset together, and
            # blocks are collected only for a waiting question): a block that would end the answer
            # changes nothing, so it need not be read (most blocks of most documents).
            continue
        if unit.kind == "hr" and position and _underlines(doc, units[position - 1], unit):
            continue  # `1. What is X?` over `-----`: a heading's underline, which CommonMark reads as a rule
        cut = first_question_line(doc, doc.blocks[unit.block]) if top and unit.block is not None else None
        # Inside a heading item, a sub-heading (`#### Example`) is part of the answer.
        sub_heading = not top and unit.kind == "heading" and waiting is not None and waiting.item.heading
        # At the top level, `</details>` after a list closes what holds the list; inside an item it is the
        # answer's own wrapper (unwrapped in `_finish`).
        frame = top and unit.kind == "html_block" and _TAGS_ONLY.match("\n".join(unit_lines(doc, unit))) is not None
        if (unit.kind in ("heading", "hr") and not sub_heading) or frame or not unit.free or cut == unit.first:
            _finish(run, waiting, collected)
            waiting, collected = None, []
            continue
        collected.append(unit if cut is None else replace(unit, last=cut))
        if cut is not None:  # the bare-line rule takes the question line and what follows it
            _finish(run, waiting, collected)
            waiting, collected = None, []
    if waiting is not None and collected and not waiting.item.lead and _page_footer(doc, collected):
        _finish(run, waiting, [])  # `*Office hours: Tue 2–3 pm*` closing the page answers no question
        return None
    if waiting is not None and (collected or waiting.item.lead):
        _finish(run, waiting, collected)
        return None
    return waiting


_UNDERLINE = re.compile(r"^-{3,}[ \t]*$")


def _underlines(doc: Document, above: ListUnit, unit: ListUnit) -> bool:
    """True for a `---` line right under a one-line list item, no blank line between (`1. What is X?` over
    `-----------`): written as a setext heading's underline, it is read as a rule after a list; the numbered
    question it underlines is still answered by the blocks below it."""
    if above.sublist is None or above.last != unit.first or above.last - above.first != 1:
        return False
    return _UNDERLINE.match(doc.lines[unit.first]) is not None


# `*Office hours: Tue/Thu 2–3 pm, BIO 210*`, `_Last updated: March 2024_`: a labelled note in italics alone.
_FOOTER_NOTE = re.compile(r"^\s*([*_])(?![*_\s])[^*_\n:]{1,30}:\s[^\n]*?(?<![*_\s])\1\s*$")


def _page_footer(doc: Document, collected: Sequence[ListUnit]) -> bool:
    """True when the blocks after the last question of a list are only the page's closing note, ending the
    document: one line in italics that opens with a label (`*Office hours: …*`), or a box of links to related
    pages in HTML, each link alone on its line between lines of tags only (`<seealso>` … `<a href="…">…</a>`)."""
    if len(collected) != 1 or collected[0].block is None or collected[0].kind not in ("paragraph", "html_block"):
        return False
    block = doc.blocks[collected[0].block]
    if collected[0].block != len(doc.blocks) - 1:
        return False
    if collected[0].kind == "html_block":
        lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
        links = sum(1 for line in lines if _LINK_LINE.match(line))
        return links > 0 and all(_LINK_LINE.match(line) or _TAGS_ONLY.match(line) for line in lines)
    if block.last - block.first != 1:
        return False
    return _FOOTER_NOTE.match(doc.lines[block.first]) is not None


# `<a href="intro.md">Introduction</a>` alone on its line: a link in a box of related pages.
_LINK_LINE = re.compile(r"^\s*<a\b[^<>]*\bhref\s*=[^<>]*>[^<>]*</a\s*>\s*$", re.I)


# `> **Tip:** …`, `> 💡 **Hint:** …`: a quote opening with a bold label (an emoji before it or not).
_QUOTED_LABEL = re.compile(r"^[ \t]*>[ \t]*(?:[^\w\s*_>]{1,3}[ \t]*)?(?:\*\*|__)(?P<label>[^*_\n]{1,40}?)(?:\*\*|__)")


def _advice_quote(doc: Document, collected: Sequence[ListUnit]) -> bool:
    """True when the only block after the last question of a list is a quote that gives the reader advice
    (`> **Tip:** do them before looking at the key`): a word to the learner, not the question's answer."""
    if len(collected) != 1 or collected[0].block is None or collected[0].kind != "blockquote":
        return False
    match = _QUOTED_LABEL.match(doc.lines[doc.blocks[collected[0].block].first])
    return match is not None and is_advice(match.group("label"))


# A section title saying its questions come without answers: `Practice (no solutions)`, `Sans corrigé`,
# `Sin respuestas`, `Ohne Lösungen`, `أسئلة إضافية (بدون حل)`, `无答案`.
_WITHOUT_ANSWERS = lazy_pattern(
    r"\b(?:no|without)\s+(?:solutions?|answers?)\b|\bunanswered\b|\bsans\s+(?:solutions?|r[ée]ponses?|corrig[ée]s?)\b"
    r"|\bsin\s+(?:soluci[oó]n|soluciones|respuestas?)\b|\bohne\s+(?:l[öo]sungen?|antworten)\b"
    r"|بدون\s+(?:حل|حلول|إجابة|إجابات|اجابة|اجابات)|[无無]答案|没有答案",
    re.I,
)


_WITHIN_MIN = 2
"""Items answered inside the item that show a list indents its answers."""


def _answered_within(lst: ParsedList) -> bool:
    """True when the items of a list before its last (two at least) hold their answers indented inside
    them (`1. What is …;` over an indented `_…_` paragraph): the writer answers inside the item, so a quote
    after the list, below its last question that has none, is a remark on the list and answers nothing."""
    earlier = lst.items[:-1]
    inside = sum(1 for item in earlier if item.lead or any(part.sublist is None for part in item.parts))
    return inside >= _WITHIN_MIN and 2 * inside > len(earlier)


def _titled_without_answers(doc: Document, index: int) -> bool:
    """True when the section holding block `index` says in its title that its questions have no answers."""
    section = doc.section_of_block(index)
    return section is not None and bool(_WITHOUT_ANSWERS.search(section.title))


def _pair_answers(run: _Run, lst: ParsedList, unit: ListUnit) -> bool:
    """`??? success "Answers"` holding a numbered list right after a list of questions: its n-th item
    answers the n-th question. True (and the answers noted, the box's lines claimed) when the box holds
    one ordered list with exactly one item per question."""
    doc = run.doc
    box = answer_box(doc, doc.blocks[unit.block]) if unit.block is not None else None
    if box is None or any(item.more or item.heading for item in lst.items):
        return False
    tokens = doc.tokens
    block = doc.blocks[unit.block] if unit.block is not None else None
    if block is None:
        return False
    lists = [
        (n, t)
        for n, t in enumerate(tokens[block.start : block.end], block.start)
        if t.type == "ordered_list_open" and t.level == 1
    ]
    if len(lists) != 1:
        return False
    start = lists[0][0]
    close = next(n for n in range(start, block.end) if tokens[n].type == "ordered_list_close" and tokens[n].level == 1)
    spans = child_spans(tokens, start + 1, close)
    if len(spans) != len(lst.items):
        return False
    for item, (s, _) in zip(lst.items, spans, strict=True):
        first, last = tokens[s].map or (0, 0)
        lines = [QUOTE_MARK.sub("", line, count=1) if box.quotes else line for line in doc.lines[first:last]]
        lines[0] = _ITEM_MARKER.sub("", lines[0], count=1)
        rest = dedent(lines[1:])
        run.paired[item.first] = f"{lines[0].strip()}\n{rest}".strip() if rest else lines[0].strip()
    for line in range(unit.first, unit.last):
        run.claims.setdefault(line, "card")
    return True


_ITEM_MARKER = lazy_pattern(r"^\s*(?:>\s*)*\d+[.)]\s+")


def _questions(run: _Run, lst: ParsedList, scope: _Scope, group: _Group | None) -> tuple[_Question | None, _Group | None]:
    """Questions of one question list. Returns the last one if it still waits for an answer, and the
    flattened context group as it stands after the list."""
    tally = tally_list(lst.items, lst.ordered)
    waiting: _Question | None = None
    for n, item in enumerate(lst.items):
        if toc_entry(item):
            run.claims.update(dict.fromkeys(range(item.first, item.last), "skip:toc"))
            continue  # a contents link run into the list of questions it leads to
        if not lst.ordered and TERM_ITEM.match(item.text):
            continue  # `- **Term**: description` among bulleted questions: a definition, not a question
        if n in tally.notes:
            run.claims.update(dict.fromkeys(range(item.first, item.last), "skip:note"))
            continue  # `- … TODO: ask in office hours.` among bulleted questions: a note to self
        _finish(run, waiting, [])
        run.items.append(item)
        number = item.number
        if n in tally.contexts:
            label = _context_label(item.text)
            inner = _Scope(scope.path, scope.labels + (label,), scope.keys + (item.first,))
            # A context that asks (`* Explain how this works.` over its sub-questions) is a question too:
            # carded when it has an answer of its own, else reported unanswered.
            own = _question(item, scope) if item_asks(item.text, ordered=True) else None
            waiting = _walk(run, item.parts, own, inner, top=False)
            if waiting is own:
                _finish(run, waiting, [])
                waiting = None
            group = _Group(label, item.first, number, _last_sub_number(item)) if number is not None else None
            continue
        where = scope
        if group is not None and number is not None and _continues(run.doc, group, item, number):
            where = _Scope(scope.path, scope.labels + (group.label,), scope.keys + (group.key,))
            group = replace(group, sub=number)
        else:
            group = None
        asking = item
        for extra in item.more:  # questions written on the item's own lines: each answered by its lines
            _finish(run, _question(asking, where), [])
            run.items.append(extra)
            asking = extra
        waiting = _walk(run, item.parts, _question(asking, where), where, top=False)
    return waiting, group


def _continues(doc: Document, group: _Group, item: ListItem, number: int) -> bool:
    if number != group.sub + 1:
        return False
    blank_before = item.first > 0 and not doc.lines[item.first - 1].strip()
    return not (number == group.number + 1 and blank_before)


def _last_sub_number(item: ListItem) -> int:
    for part in reversed(item.parts):
        if part.sublist is not None and part.sublist.asks and part.sublist.items:
            return part.sublist.items[-1].number or 0
    return 0


def _question(item: ListItem, scope: _Scope) -> _Question:
    body, difficulty = take_difficulty(item.text)
    question, companies = clean_question(body)
    tags: list[str] = [f"difficulty::{difficulty}"] if difficulty else []
    tags.extend(f"asked_by::{tag_slug(c)}" for c in companies)
    slugs = [tag_slug(p) for p in scope.path] + [tag_slug(label) for label in scope.labels if _is_label(label)]
    slugs = [s for s in slugs if s]
    if slugs:
        tags.append("topic::" + "::".join(slugs))
    return _Question(item, question, tuple(tags), scope.path + scope.labels, scope.keys)


# --- answers -----------------------------------------------------------------------------------------


def _finish(run: _Run, waiting: _Question | None, units: Sequence[ListUnit]) -> None:
    """Turn a question and the blocks that answer it into a draft, or report it unanswered."""
    if waiting is None:
        return
    doc = run.doc
    if waiting.item.blank:
        units = ()  # `- Who was X? —` then the list ends: the blocks after it are the page's, not this answer
    if not waiting.item.lead and _advice_quote(doc, units):
        units = ()  # `> **Tip:** try them alone first` under the list speaks to the reader; it answers nothing
    parts = [waiting.item.lead] if waiting.item.lead else []
    if waiting.item.first in run.paired:
        parts.append(run.paired[waiting.item.first])
    prose = False
    body = list(units)
    front = waiting.question
    if not parts and body and body[0].kind == "fence" and (_shows_code(body[0].token, front) or _labelled_after(doc, body)):
        # "What is the output of the following code" + a code block: the code is part of the question.
        front = f"{front}\n\n{dedent(unit_lines(doc, body[0]))}"
        body = body[1:]
    tags: tuple[str, ...] = ()
    container_reason = None
    if body and body[0].kind == "fence" and fence_is_prose(body[0].token):
        content = body[0].token.content.strip("\n")
        container_reason = empty_reason(content)
        if container_reason is None:
            parts.append(dedent(content.split("\n")))
            prose = True
        body = body[1:]
    if body and all(u.block is not None for u in body):
        answer = build_answer(doc, [u.block for u in body if u.block is not None], stop_line=body[-1].last)
        parts.append(answer.markdown)
        tags = answer.tags
    elif body:
        parts.extend(dedent(unit_lines(doc, u)) for u in body)
    markdown = strip_answer_label("\n\n".join(p for p in parts if p.strip()).strip("\n"))
    if "<details" in markdown and not (body and all(u.block is not None for u in body)):
        markdown = unwrap_answer_details(markdown) or markdown  # `<details><summary>Answer</summary>` in the item
    # A lone remark in brackets (`*(skip — come back to this)*`) stands where the answer would be.
    reason = remark_or_empty_reason(markdown) and (container_reason or remark_or_empty_reason(markdown))
    if reason is None and _UNKNOWN.match(markdown):
        reason = "placeholder"  # `↳ ?`, `— ??`: the writer does not know it yet
    loc = doc.loc(waiting.item.first)
    outcome = "unanswered" if reason else "card"
    if reason:
        # `Is R in 3NF? *(work out after reading §19.3)*`: the remark after the question says why it is unanswered.
        run.diagnostics.append(unanswered(loc, EMPHASISED_ASIDE.sub("", waiting.question) or waiting.question, reason))
    else:
        draft_tags = tuple(dict.fromkeys(tags + waiting.tags))
        run.drafts.append(CardDraft(loc, CONVENTION, front, markdown, waiting.context, draft_tags, answer_is_prose=prose))
        for key in waiting.keys:
            run.status[key] = "card"
    run.status[waiting.item.first] = outcome
    for unit in units:
        for line in range(unit.first, unit.last):
            run.claims.setdefault(line, outcome)


# An answer that is only question marks.
_UNKNOWN = lazy_pattern(r"^\?+$")


def _labelled_after(doc: Document, body: Sequence[ListUnit]) -> bool:
    """True when the block after a question's fence opens with an answer label (`**Cevap:** …`, `Answer:`):
    the answer starts there, so the code above it is the question's, whatever language asks about it."""
    return len(body) > 1 and body[1].kind == "paragraph" and ANSWER_LABEL.match(doc.lines[body[1].first]) is not None


# `</details>`, `<div align="center">`: an HTML block of tags alone frames content; it answers nothing.
_TAGS_ONLY = lazy_pattern(r"^\s*(?:</?[A-Za-z][^<>]*>\s*)+$")


# --- small readings ----------------------------------------------------------------------------------


def _shows_code(token: Token, question: str) -> bool:
    """True when a fence right after a question is part of it: the question points at it (`… the
    following code`, `… each of these?`) and the fence holds code; a prose fence (`text`, unlabelled
    sentences) counts only after a question ending with `:`. A fence labelled `answer` never does."""
    label = token.info.strip().split(maxsplit=1)[0].lower() if token.info.strip() else ""
    if label in ("answer", "solution") or not refers_to_code(question):
        return False
    return not fence_is_prose(token) or question.rstrip("*_ ").endswith(":")


def _context_label(text: str) -> str:
    body, _ = take_difficulty(text)
    label, _ = clean_question(body)
    label = label.rstrip(":").strip()
    return label.rstrip(".").strip() if _is_label(label) else label


def _is_label(text: str) -> bool:
    """A topic name (`Dot product`, `Train, valid, test splits.`) rather than a scenario sentence."""
    words = text.split()
    if not words or "?" in text:
        return False
    return len(words) <= _LABEL_WORDS or (len(words) <= _LABEL_WORDS_UNPUNCTUATED and not text.endswith("."))


def _heading_path(doc: Document, block: int) -> tuple[str, ...]:
    section = doc.section_of_block(block)
    if section is None:
        return ()
    titles = section.path if section.level == 1 and section.title == doc.title else section.path + (section.title,)
    return tuple(clean_heading(t) for t in titles)


def _reads_as_prose(content: str) -> bool:
    """An unlabelled fence holds prose when at least half its lines are sentences rather than code."""
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines:
        return True
    sentences = sum(
        1
        for line in lines
        if len(re.findall(r"[A-Za-z]{2,}", line)) >= _SENTENCE_LINE_WORDS and not line.rstrip().endswith(("{", "}", ";"))
    )
    return 2 * sentences >= len(lines)
