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
from .document import Block, Document, lazy_pattern, mask_code_and_math, may_hold, search_lines
from .outline import clean_heading
from .questions import (
    ANSWER_LABEL,
    ASKS_OVER_ITALICS,
    INLINE_ANSWER_LABEL,
    QUESTION_LABEL_WORDS,
    clean_question,
    ends_with_greek_question_mark,
    first_question_line,
    holds_question_list,
    is_back_to_top,
    is_comparison,
    is_decision_checklist,
    is_question,
    refers_to_code,
    split_dash_answer,
    starts_like_question,
    starts_with_exercise,
    starts_with_imperative,
    strip_answer_label,
    strip_dress,
    take_difficulty,
)

CONVENTION = "numbered"

_LISTS = ("ordered_list", "bullet_list")
PROSE_FENCE_LABELS = frozenset(
    {"text", "txt", "plain", "plaintext", "none", "nohighlight", "markdown", "md", "answer", "solution", "prose"}
)
"""Fence labels that mark an answer container rather than code."""

_WH_WORDS = frozenset(["what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose"])
_FIRST_WORD = lazy_pattern(r"[A-Za-z][A-Za-z'’]*")
# "… the F1 score? (hint: …)": the asking may be followed by a parenthesis or closing markup, and by the
# closing quotation mark of a quoted title that ends asking (`Who wrote "What Is to Be Done?"`).
_ENDS_ASKING = lazy_pattern(r"[?؟][\s*_`\])\"”»’]*(?:\([^()]*\)[\s*_.]*)?$")
# `**Define metric**: conversion rate` is a term and its description (a step, a definition), never a question.
_TERM_ITEM = lazy_pattern(r"^\s*(?:\*\*|__)[^*_]+?(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)")
_SENTENCE_LINE_WORDS = 5
_LABEL_WORDS = 4
_LABEL_WORDS_UNPUNCTUATED = 10


@dataclass(frozen=True, slots=True)
class _List:
    """A list, parsed into items, with its verdict."""

    ordered: bool
    """Numbered (`1.`) rather than bulleted."""
    items: tuple[_Item, ...]
    """Its items in order."""
    asks: bool
    """True when it is a question list."""
    steps: bool = False
    """True when it is a checklist of questions to work through (`questions.is_decision_checklist`): never
    a question list, whatever the lists around it or its title."""


@dataclass(frozen=True, slots=True)
class _Unit:
    """A block in a sequence of siblings: a top-level block of the document or a block inside an item."""

    kind: str
    """Token type without `_open`."""
    first: int
    """First source line, 0-based."""
    last: int
    """Line after its last line."""
    token: Token
    """Its opening token (a fence's info and content)."""
    block: int | None
    """Index in `doc.blocks` for a top-level block, None inside an item."""
    sublist: _List | None
    """The parsed list when the block is one."""
    free: bool = True
    """False when an earlier rule already claimed a line of it."""
    quotes: int = 0
    """How many `>` markers stand before its lines (1 inside a top-level blockquote)."""
    container: int | None = None
    """Index in `doc.blocks` of the top-level blockquote or admonition it was read from."""


@dataclass(frozen=True, slots=True)
class _Item:
    """A list item."""

    first: int
    """First source line."""
    last: int
    """Line after the item."""
    number: int | None
    """Its number in an ordered list."""
    text: str
    """The question (or context) Markdown: the item's first paragraph, or its first line when that asks."""
    lead: str
    """Lines of the first paragraph after an asking first line: an answer written right under it."""
    parts: tuple[_Unit, ...]
    """The item's other blocks."""
    heading: bool = False
    """The item opens with a heading (`1. ### What is a closure`): its title is the question, the rest of
    the item its answer."""
    emphasised: bool = False
    """The item opens with a question set in bold or italics followed by its answer (`- **Explain
    k-means.**` / `  It partitions …`): the emphasis marks it as a question even without a `?`."""
    more: tuple[_Item, ...] = ()
    """Further questions written on the item's own lines (`Which movement did Hugo lead?` / `What was
    its manifesto?`, lettered `a.` sub-questions), each with the lines under it; the item's other blocks
    answer the last of them."""
    blank: bool = False
    """The item's line ends with the dash that would open its answer, nothing after it (`- Who was X? —`):
    the answer is left to write, and nothing after the list answers it."""


@dataclass(frozen=True, slots=True)
class _Tally:
    """How a list's items read."""

    contexts: frozenset[int]
    """Indices of the context items."""
    asking: int
    """Items (contexts aside) that ask."""
    others: int
    """Items that are not contexts."""
    anchored: bool
    """At least one item asks unmistakably (a `?` at its end, a difficulty marker) or holds questions."""


@dataclass(frozen=True, slots=True)
class _Question:
    """A question item waiting for its answer."""

    item: _Item
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
    items: list[_Item] = field(default_factory=list)
    """Every item of a question list, to claim its lines at the end."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered (and answered bulleted) question lists."""
    if not _has_free_lists(doc, taken):
        return RuleResult()
    run = _Run(doc)
    units = _top_units(doc, taken)
    waiting = _walk(run, units, None, _Scope((), (), ()), top=True)
    _finish(run, waiting, [])
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


_READ_KINDS = frozenset({*_LISTS, "blockquote", "admonition"})
"""The blocks `_top_units` looks into for question lists."""


def _has_free_lists(doc: Document, taken: Mapping[int, str]) -> bool:
    """Whether a free list, quote or box may hold a question list. Questions come only from lists, read at
    the top level or inside a quote or a box, and only from free ones (`_top_units`): without any, every
    block is a unit without questions and the rule finds nothing (most documents, whose lists are the
    answers of earlier rules' cards)."""
    return any(block.kind in _READ_KINDS and is_free(doc, taken, index) for index, block in enumerate(doc.blocks))


def item_asks(text: str, *, ordered: bool) -> bool:
    """True when a list item's text reads as a question: it ends with `?`, has a difficulty marker, or (in
    a numbered list) opens with a command word or a wh-word."""
    body, difficulty = take_difficulty(text)
    if difficulty:
        return True
    if _TERM_ITEM.match(body):
        return False
    question, _ = clean_question(body)
    if _ends_asking(question):
        return True
    if not ordered:
        return False
    match = _FIRST_WORD.search(question)
    opens_wh = bool(match and match.start() < 3 and match.group(0).lower().replace("’", "'") in _WH_WORDS)
    return starts_with_imperative(question) or opens_wh


def answered_list_questions(doc: Document, taken: Mapping[int, str]) -> dict[int, int]:
    """The free top-level lists whose items ask on their first line and hold their answer themselves, by
    block index, with how many such items each holds: an item whose question (`- What is X?`) has a block
    nested under it (an indented paragraph, a sub-list `- ↳ …`), or whose line goes on after a dash beside
    its question (`- What is X? — `answer``). The count of a page's questions written in this convention,
    which the heading rule weighs before this rule runs."""
    found: dict[int, int] = {}
    tokens = doc.tokens
    for index, block in enumerate(doc.blocks):
        if block.kind not in _LISTS or not is_free(doc, taken, index):
            continue
        count = 0
        for start, end in _spans(tokens, block.start + 1, block.end - 1):
            children = _spans(tokens, start + 1, end - 1)
            if not children or tokens[children[0][0]].type != "paragraph_open":
                continue
            line = tokens[children[0][0] + 1].content.split("\n", 1)[0]
            nested = len(children) > 1 and item_asks(line, ordered=False)
            if nested or (len(children) == 1 and split_dash_answer(line) is not None):
                count += 1
        if count:
            found[index] = count
    return found


def fence_is_prose(token: Token) -> bool:
    """True for a fence used as an answer container (`text`, `markdown`, unlabelled prose …), whose
    content is the answer's Markdown; False for code, which stays a fence."""
    label = token.info.strip().split(maxsplit=1)[0].lower() if token.info.strip() else ""
    if label:
        # Any other label (`python`, `output`, `mermaid`, `math`) keeps the fence: nothing is lost.
        return label in PROSE_FENCE_LABELS
    return _reads_as_prose(token.content)


# --- parsing -----------------------------------------------------------------------------------------


def _top_units(doc: Document, taken: Mapping[int, str]) -> list[_Unit]:
    units: list[_Unit] = []
    previous: _List | None = None
    bullets: _List | None = None  # the bulleted list before, with nothing but fences since
    answering = False  # a bulleted question list above held its answers inside its items
    asked_for = _under_question_titles(doc)
    for index, block in enumerate(doc.blocks):
        free = is_free(doc, taken, index)
        sublist = None
        if block.kind in _LISTS and free:
            following = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            fence_follows = following is not None and following.kind == "fence" and is_free(doc, taken, index + 1)
            sublist = _parse_list(doc, block.start, block.end, fence_follows=fence_follows)
            if not sublist.asks and index in asked_for:
                sublist = _under_question_title(sublist, exercises=asked_for[index])
            if sublist.ordered:
                sublist = _inherit(sublist, previous)
                previous = sublist
            else:
                sublist = _inherit_bullets(sublist, bullets)
                if answering and not sublist.asks:
                    sublist = _still_to_answer(sublist)
                answering = answering or (sublist.asks and _answered_inside(sublist.items))
                bullets = sublist
        elif block.kind in ("blockquote", "admonition") and free:
            quoted = _quoted_units(doc, index)
            if quoted is not None:
                units.extend(quoted)
                continue
        if not (block.kind in _LISTS and free) and block.kind != "fence":
            bullets = None
        units.append(_Unit(block.kind, block.first, block.last, doc.tokens[block.start], index, sublist, free))
    return units


def _quoted_units(doc: Document, index: int) -> list[_Unit] | None:
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
    units: list[_Unit] = []
    for s, e in _spans(tokens, start + 1, end - 1):
        token = tokens[s]
        kind = token.type.removesuffix("_open")
        if kind == "admonition_title":
            continue
        span = token.map or opener.map
        sublist = _parse_list(doc, s, e, quotes=quotes) if kind in _LISTS else None
        units.append(_Unit(kind, span[0], span[1], token, None, sublist, quotes=quotes, container=index))
    return units if any(u.sublist is not None and u.sublist.asks for u in units) else None


# `… a suggestion: 先生に相談したらどうですか = "Why don't you consult the teacher?"`: a question only quoted, after
# the item's `:` or `=`, as an example or a translation; the item states, it does not ask.
_QUOTED_QUESTION = lazy_pattern(r"[:=：][^\n]*?[\"“„«][^\"“”„«»\n]*[?？][\"”»][\s.]*$")


def _parse_list(
    doc: Document, start: int, end: int, *, fence_follows: bool = False, nested: bool = False, quotes: int = 0
) -> _List:
    tokens = doc.tokens
    ordered = tokens[start].type == "ordered_list_open"
    items = tuple(_parse_item(doc, s, e, quotes) for s, e in _spans(tokens, start + 1, end - 1))
    if nested and not ordered and items and all(_anchors(item.text) and not _QUOTED_QUESTION.search(item.text) for item in items):
        # `* Explain how this works.` / `  * Can you give an example?`: a sub-question, never an answer.
        return _List(ordered, items, True)
    steps = ordered and all(_one_line(doc, item) for item in items)
    if steps and is_decision_checklist([doc.lines[item.first] for item in items]):
        return _List(ordered, items, False, steps=True)  # steps to work through, not questions to answer
    return _List(ordered, items, _verdict(items, ordered, fence_follows) or _answered_in_italics(doc, items, ordered))


_ITALIC_LINE = lazy_pattern(r"^[ \t]*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)[ \t]*$")
_IMAGE_ONLY = lazy_pattern(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$")
_BULLET_MARK = lazy_pattern(r"^[ \t]*[-*+](?:[ \t]+|$)")
_EMPTY_BULLET = lazy_pattern(r"^[ \t]{2,}-[ \t]*$")
_ITALICS_MIN = 2


def _answered_in_italics(doc: Document, items: Sequence[_Item], ordered: bool) -> bool:
    """A list each of whose items has its answer set in italics under its question, two at least so
    answered (`6. State the laws of reflection.` over an indented `*(i) The angle …*`, a picture allowed
    before it, or over a nested bullet `- *…*`, which may be left empty to answer later), in a document where
    such an item asks with a question mark: the italics mark every item's answer, so each item is a
    question whatever its wording (a command in a language the command words miss, a code to decode)."""
    if len(items) < _ITALICS_MIN:
        return False
    answered = 0
    for item in items:
        if item.heading and not item.parts and _EMPTY_BULLET.match(doc.lines[item.first + 1]):
            continue  # `1. `code`` over an empty `- `, which CommonMark reads as a setext underline: no answer yet
        if item.heading or item.lead or item.more or not item.text or _ITALIC_LINE.match(item.text) or not item.parts:
            return False
        shown = [p for p in item.parts if not (p.kind == "paragraph" and _IMAGE_ONLY.match(doc.text(p.first, p.last)))]
        lines = _italic_answer(doc, shown[0]) if shown else None
        if lines is None or (not ordered and len(shown) > 1):
            return False
        answered += bool(lines)
    return answered >= _ITALICS_MIN and search_lines(ASKS_OVER_ITALICS, doc.source.text)


def _italic_answer(doc: Document, unit: _Unit) -> list[str] | None:
    """The lines of an answer set in italics: a paragraph of italic lines, or the one item of a nested
    bullet list (empty when the item is: an answer left to write); None for anything else."""
    lines = [line for line in doc.lines[unit.first : unit.last] if line.strip()]
    if unit.kind == "bullet_list":
        if unit.sublist is None or len(unit.sublist.items) != 1 or not lines:
            return None
        lines[0] = _BULLET_MARK.sub("", lines[0], count=1)
        lines = [line for line in lines if line.strip()]
    elif unit.kind != "paragraph" or not lines:
        return None
    return lines if all(_ITALIC_LINE.match(line) for line in lines) else None


def answered_in_italics(doc: Document, block: Block) -> bool:
    """True for a list BLOCK whose items are questions answered in italics under them (see
    `_answered_in_italics`): a heading above it introduces its questions."""
    if block.kind not in _LISTS or ("*" not in doc.source.text and "_" not in doc.source.text):
        return False
    parsed = _parse_list(doc, block.start, block.end)
    return _answered_in_italics(doc, parsed.items, parsed.ordered)


def _one_line(doc: Document, item: _Item) -> bool:
    """The item is written on one line (blank lines after it aside)."""
    return not item.parts and not any(doc.lines[n].strip() for n in range(item.first + 1, item.last))


def _parse_item(doc: Document, start: int, end: int, quotes: int = 0) -> _Item:
    tokens = doc.tokens
    opener = tokens[start]
    first, last = opener.map or (0, 0)
    number = int(opener.info) if opener.info.isdigit() else None
    children = _spans(tokens, start + 1, end - 1)
    text, lead = "", ""
    emphasised = False
    heading = bool(children) and tokens[children[0][0]].type == "heading_open"
    if heading:
        text = strip_dress(tokens[children[0][0] + 1].content)
        children = children[1:]
    more: list[_Item] = []
    if not heading and children and tokens[children[0][0]].type == "paragraph_open":
        top = tokens[children[0][0]].map or (first, first + 1)
        lines = tokens[children[0][0] + 1].content.split("\n")
        bold = _labelled_item(lines) or _bold_question(lines) or _glyph_answers(lines) or _arrow_answer(lines)
        segments = [bold] if bold is not None else _split_paragraph(lines)
        (_, _, text, lead), rest = segments[0], segments[1:]
        emphasised = bold is not None and bool(lead)
        more = [_Item(top[0] + a, top[0] + b, None, q, lead_q, ()) for a, b, q, lead_q in rest]
        children = children[1:]
    parts: list[_Unit] = []
    for s, e in children:
        token = tokens[s]
        kind = token.type.removesuffix("_open")
        span = token.map or (first, last)
        if kind in ("paragraph", "html_block") and is_back_to_top(doc.text(span[0], span[1])):
            continue  # navigation, not answer (its lines are still the item's)
        # Under a heading item everything is answer: a list there explains, it does not ask.
        sublist = _parse_list(doc, s, e, nested=True, quotes=quotes) if kind in _LISTS and not heading else None
        parts.append(_Unit(kind, span[0], span[1], token, None, sublist, quotes=quotes))
    if text and not lead and not more and parts and parts[0].kind == "bullet_list":
        arrowed = _arrow_sub_item(doc, parts[0])
        if arrowed is not None:
            lead, parts = arrowed, parts[1:]
    blank = not heading and not lead and not more and not parts and _BLANK_ANSWER.search(doc.lines[first]) is not None
    return _Item(first, last, number, text, lead, tuple(parts), heading, emphasised, tuple(more), blank)


# `- Who was X? —`: a question closed by its `?` and the dash of an answer left out.
_BLANK_ANSWER = lazy_pattern(r"\?[ \t]+(?:[—–→]|-{1,2}>?|=>)[ \t]*$")


# `- ↳ Vientiane`, `- → 1975`: a sub-item opened by an arrow, the answer under the question of its item.
_ARROW_SUB_ITEM = lazy_pattern(r"^[-*+][ \t]+(?:↳|→|⟶|➔|➜|⇒|->|=>)(?:[ \t]+(?P<answer>.*\S))?[ \t]*$")


def _arrow_sub_item(doc: Document, unit: _Unit) -> str | None:
    """The answer of a question item whose nested list opens with an arrow item (`- Capital of Laos?` over
    `  - ↳ Vientiane`): the arrow item's text, then the list's other items as they are (a review log, a
    note); None when the nested list's first item opens with no arrow."""
    lines = dedent(_unit_lines(doc, unit)).split("\n")
    match = _ARROW_SUB_ITEM.match(lines[0])
    if match is None:
        return None
    rest = dedent(lines[1:])
    return "\n\n".join(x for x in ((match.group("answer") or "").strip(), rest) if x)


def _spans(tokens: Sequence[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges of the blocks directly inside `tokens[start:end]`."""
    spans: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for index in range(start, end):
        if depth == 0:
            begin = index
        depth += tokens[index].nesting
        if depth == 0:
            spans.append((begin, index + 1))
    return spans


# --- one item's own lines: where the question ends and its answer starts -----------------------------

# `**What is a foreign key?**`, `__Explain k-means.__`, `*What is X?*`, `<b>…</b>`, and the escaped `\*\*…\*\*` of notes
# converted from another editor: a question set in bold at the start of the item, its answer after it.
_BOLD_QUESTION = lazy_pattern(
    r"^\s*(?:(?P<m>\*\*|__|\*|_)(?P<a>[^*_\s].*?)(?P=m)(?![*_\w])|\\\*\\\*(?P<b>.+?)\\\*\\\*|<(?P<t>b|strong)>(?P<c>.+?)</(?P=t)>)"
    r"(?P<after>.*)$",
    re.S | re.I,
)
_HTML_BREAK = lazy_pattern(r"^\s*<br\s*/?>", re.I)
_LEADING_DASH = lazy_pattern(r"^[ \t]*(?:[—–]|-{1,2})[ \t]+(?=\S)")
# `a.`, `b)`, `(c)`, `i.`: a lettered sub-item written as a plain line of the item.
_LETTERED = lazy_pattern(r"^\s*(?:\(?[a-hA-H]\)|[a-hA-H]\.|\(?(?:i|ii|iii|iv|v|vi)\)|(?:i|ii|iii|iv|v|vi)\.)\s+")
# A parenthesis after the question that helps with it rather than answers it.
_HINT = lazy_pattern(
    r"^\s*(?:hints?|e\.g|i\.e|eg|ie|see|cf|bonus|optional|options?|note|source|ref|asked|from|via|easy|medium|hard|\d+\s*(?:points?|marks?|pts?|min))\b",
    re.I,
)
_MIN_ANSWER_WORDS = 3


def _split_paragraph(lines: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """The questions of an item's first paragraph (not opening with an emphasised question, see
    `_bold_question`), as (first line, line after, question, answer Markdown), lines counted from the
    paragraph's start. The first question is the item's own; the paragraph's later
    lines that ask on their own (unmarked or lettered) are further questions; lines that do not ask are
    the answer of the question above them."""
    end = next((n + 1 for n, line in enumerate(lines) if _ends_asking(line)), None)
    if end is not None and not all(_wraps(line) for line in lines[1:end]):
        end = None  # the question mark is on a later sentence, not the end of a wrapped first line
    if end is None:
        joined = " ".join(line.strip() for line in lines)
        question, answer = _run_on(joined)
        return [(0, len(lines), question, answer)]
    question = " ".join(line.strip() for line in lines[:end])
    segments: list[tuple[int, int, str, list[str]]] = [(0, end, question, [])]
    for n in range(end, len(lines)):
        line = lines[n].strip()
        asked = _LETTERED.sub("", line, count=1)
        if _asks_alone(asked):
            segments.append((n, n + 1, asked, []))
        else:
            a, _, q, below = segments[-1]
            below.append(line)
            segments[-1] = (a, n + 1, q, below)
    result = []
    for a, b, q, below in segments:
        text, lead = _run_on(q) if not below else _parenthetical(q)
        result.append((a, b, text, "\n".join(x for x in (lead, "\n".join(below)) if x).strip()))
    return result


def _wraps(line: str) -> bool:
    """A line that continues the sentence of the line above (a wrapped line starts in lower case)."""
    first = line.strip()[:1]
    return bool(first) and not first.isupper()


def _asks_alone(line: str) -> bool:
    """A line of an item that is a question of its own: it opens with a capital question or command word
    and ends asking (`What was its manifesto?`)."""
    first = line.lstrip("*_ ")[:1]
    return bool(first) and first.isupper() and starts_like_question(line.lstrip("*_ ")) and _ends_asking(line)


# `**Q:**`, `Q1.`, `**Question 3:**` opening an item, the bold closing before or after the punctuation.
# The label words are the shared ones (questions.QUESTION_LABEL_WORDS: `Soru`, `Вопрос`, `Savol` …).
_ITEM_QUESTION_LABEL = lazy_pattern(
    r"^\s*(?:(?P<b>\*\*|__)" + QUESTION_LABEL_WORDS + r"\s*#?\s*\d*[a-z]?\s*(?:[:.)]\s*(?P=b)|(?P=b)\s*[:.)])"
    r"|" + QUESTION_LABEL_WORDS + r"\s*#?\s*\d*[a-z]?\s*[:.)])\s+",
    re.I,
)


def _labelled_item(lines: Sequence[str]) -> tuple[int, int, str, str] | None:
    """`- **Q:** What is a heap? **A:** A tree …` (or the `**A:**` label on the next line): the question
    between the labels, the answer after the answer label."""
    match = _ITEM_QUESTION_LABEL.match(lines[0])
    if match is None:
        return None
    body = [lines[0][match.end() :], *lines[1:]]
    for n, line in enumerate(body):
        inline = INLINE_ANSWER_LABEL.search(line)
        if inline is not None:
            question = " ".join(x.strip() for x in [*body[:n], line[: inline.start()]])
            answer = "\n".join(x.strip() for x in [line[inline.end() :], *body[n + 1 :]] if x.strip())
            return (0, len(lines), question, answer)
        if n > 0 and ANSWER_LABEL.match(line):
            question = " ".join(x.strip() for x in body[:n])
            answer = "\n".join(x.strip() for x in [ANSWER_LABEL.sub("", line, count=1), *body[n + 1 :]] if x.strip())
            return (0, len(lines), question, answer)
    return (0, len(lines), " ".join(x.strip() for x in body), "")


def _bold_question(lines: Sequence[str]) -> tuple[int, int, str, str] | None:
    """`**What is a foreign key?**` (a hard break or a new line after it) and its answer below, or
    `**Explain k-means.** K-means partitions …` on one line."""
    joined = "\n".join(lines)
    match = _BOLD_QUESTION.match(joined)
    if match is None:
        return None
    inner = " ".join((match.group("a") or match.group("b") or match.group("c") or "").split())
    after = match.group("after")
    if after.lstrip(" \t").startswith(":") or inner.endswith(":"):
        return None  # `**Term**: description`, `**Steps:**` — a label, not a question
    question = clean_question(inner)[0]
    if not is_question(question) and not (starts_like_question(question) and len(lines) > 1):
        return None
    same_line, _, below = after.partition("\n")
    same_line = _HTML_BREAK.sub("", same_line, count=1)
    if question.endswith("?"):
        same_line = _LEADING_DASH.sub("", same_line, count=1)  # `**What is X?** — It is …`
    if same_line.strip() and not question.endswith(("?", ".")):
        return None  # prose that opens in bold
    if "(" in same_line and _QUESTION_NOTE.match(same_line):
        same_line = ""  # `**Describe X.** *(1 point – June 2019)*`: the marks and the paper, about the question
    answer = "\n".join(x.strip() for x in [same_line, *below.split("\n")] if x.strip())
    return (0, len(lines), inner, answer)


# An emphasised note in brackets after a bold question, naming a number and a word (its marks, its paper).
_QUESTION_NOTE = lazy_pattern(r"^[ \t]*(?P<e>\*|_)\((?=[^()\n]*\d)(?=[^()\n]*[^\W\d_]{3})[^()\n]*\)(?P=e)[ \t]*$")


# `▪ the Constitution`, `• speech`: an answer line under the question, set off by a bullet glyph that is no
# Markdown list marker (so it stays a line of the item's paragraph).
_GLYPH_LINE = lazy_pattern(r"^\s*[▪•◦‣●■□▫▸►➤✓✔]\s*\S")


def _glyph_answers(lines: Sequence[str]) -> tuple[int, int, str, str] | None:
    """`13. Name one branch of the government.` over `▪ Congress` lines: the lines above the first glyph line
    are the question (an instruction without `?` too), the glyph lines its answer. Questions ending in `?`
    are left to `_split_paragraph`, which reads them the same way."""
    at = next((n for n, line in enumerate(lines) if _GLYPH_LINE.match(line)), None)
    if not at or any(_ends_asking(line) for line in lines[:at]):
        return None
    if not all(_GLYPH_LINE.match(line) or _wraps(line) for line in lines[at:]):
        return None
    question = " ".join(line.strip() for line in lines[:at])
    if not starts_like_question(question):
        return None
    return (0, len(lines), question, "\n".join(line.strip() for line in lines[at:]))


# `→ Vorzeitigkeit`, `-> (1) … (2) …`: an answer line under the question, opened by an arrow.
_ARROW_LINE = lazy_pattern(r"^\s*(?:→|⟶|➔|➜|⇒|->|=>)[ \t]+\S")


def _arrow_answer(lines: Sequence[str]) -> tuple[int, int, str, str] | None:
    """`3) How can X be translated? Name three ways.` over `→ (1) … (2) … (3) …`: a question whose first
    line does not end asking (a command follows its `?`), then a line opened by an arrow: the lines above
    the arrow are the question, the arrow line and those after it the answer. Items whose question line
    ends asking are left to `_split_paragraph`, which reads them the same way."""
    at = next((n for n, line in enumerate(lines) if n and _ARROW_LINE.match(line)), None)
    if at is None or any(_ends_asking(line) for line in lines[:at]):
        return None
    question = " ".join(line.strip() for line in lines[:at])
    if not (is_question(question) or starts_like_question(question)):
        return None
    return (0, len(lines), question, "\n".join(line.strip() for line in lines[at:]))


def _run_on(text: str) -> tuple[str, str]:
    """`What is bagging? It trains each model on a bootstrap sample …` → the question up to its `?` and the
    statement after it as the answer; a second question or a command after the `?` stays in the question."""
    visible = mask_code_and_math(text)
    at = visible.find("?")
    if at < 0:
        return _command_dash_answer(text, visible) or _parenthetical(text)
    if at == len(visible.rstrip()) - 1:
        return _parenthetical(text)
    rest = text[at + 1 :].strip()
    if _BARE_DASH.match(rest):
        return text[: at + 1].strip(), ""  # `What is X? —` with nothing after the dash: the answer is still to write
    dashed = split_dash_answer(text)
    if dashed is not None and not _HINT.match(dashed[1]):
        return dashed  # `What is X? — It is …`, `¿Qué fue …? – Ayuda …`: a dash separates question and answer
    words = rest.split()
    if (
        "?" in mask_code_and_math(rest)
        or len(words) < _MIN_ANSWER_WORDS
        or not rest[:1].isupper()
        or not _opens_statement(rest)
    ):
        return _parenthetical(text)
    return text[: at + 1].strip(), rest


# The dash or arrow that would separate a question from its answer on its line, nothing after it.
_BARE_DASH = lazy_pattern(r"^(?:[—–→]|-{1,2}>?|=>)$")


# Command words that go on asking after a question's `?` (`… ? Provide an example.`), beyond the exam
# command words of `questions.IMPERATIVES`.
_GOES_ON_ASKING = frozenset(
    [
        "provide",
        "include",
        "assume",
        "consider",
        "suppose",
        "imagine",
        "mention",
        "support",
        "draw",
        "sketch",
        "find",
        "solve",
        "make",
        "create",
        "cite",
        "use",
        "think",
        "try",
        "answer",
        "please",
        "be",
        "don't",
        "do",
        "also",
        "then",
        "and",
        "or",
        "bonus",
        "follow-up",
        "followup",
    ]
)


def _opens_statement(rest: str) -> bool:
    """True when the text after a question's `?` reads as its answer: a statement, not a second question
    (`What is …?`), a command (`Explain …`, `Provide an example …`) or a hint (`Hint: …`)."""
    match = _FIRST_WORD.search(rest)
    if match is None or match.start() > 0 or _HINT.match(rest) or starts_like_question(rest):
        return False
    return match.group(0).lower().replace("’", "'") not in _GOES_ON_ASKING


# `Convert 25 °C to kelvin. — 298 K.`: a task closed by its full stop, then a long dash and the answer.
_COMMAND_DASH = lazy_pattern(r"^(?P<q>.*\S[.!])[ \t]+[—–][ \t]+(?=\S)")


def _command_dash_answer(text: str, visible: str) -> tuple[str, str] | None:
    """A task without `?` answered after a long dash on its line (`Name the catalyst of the Haber process. —
    Iron.`), as the questions of a quick-fire list answer after their `?`: the task and the answer, or None."""
    if "—" not in visible and "–" not in visible:
        return None
    match = _COMMAND_DASH.match(visible)
    if match is None or "—" in match.group("q") or "–" in match.group("q"):
        return None  # no dash, or a dash inside the task too: which one separates is anyone's guess
    answer = text[match.end() :].strip()
    return (text[: match.end("q")].strip(), answer) if answer else None


def _parenthetical(text: str) -> tuple[str, str]:
    """`What is an identity matrix? (A square matrix with ones on the diagonal.)` → the parenthesis after
    the `?` is the answer when it reads as one: a sentence (`(Le naturalisme.)`), four words or more, or
    a phrase in a script without spaces; not a help with the question (`(hint: …)`, `(2 points)`, `(it can
    be set with …)`) nor a short tag (`(Google, Meta)`)."""
    stripped = text.rstrip()
    match = _TRAILING_PARENTHESIS.search(stripped)
    if match is None:
        return text.strip(), ""
    inside = match.group(1).strip()
    reads_as_answer = (
        inside.endswith((".", "!", "。"))
        or len(inside.split()) >= _MIN_ANSWER_WORDS + 1
        or (len(inside) >= _MIN_ANSWER_WORDS + 1 and all(ord(c) > 0x2E80 for c in inside if c.isalpha()))
    )
    if not reads_as_answer or inside[:1].islower() or _HINT.match(inside):
        return text.strip(), ""
    return stripped[: match.start() + 1], inside


# The parenthesis closing a question: `? (…)`, also `?(…)` and `？（…）` as East Asian scripts write it.
_TRAILING_PARENTHESIS = lazy_pattern(r"[?？]\s*[(（]([^()（）?？]*)[)）]$")


# --- verdicts ----------------------------------------------------------------------------------------


def _tally(items: Sequence[_Item], ordered: bool) -> _Tally:
    nested = [any(p.sublist is not None and p.sublist.asks for p in item.parts) for item in items]
    asks = [
        item.heading
        or item.emphasised
        or item_asks(item.text, ordered=ordered)
        or _toggle_asks(item, ordered, nested[n])
        or _answered_by_label(item)
        for n, item in enumerate(items)
    ]
    contexts: set[int] = set()
    for n, item in enumerate(items):
        if nested[n]:
            contexts.add(n)
        elif ordered and not asks[n] and n + 1 < len(items) and asks[n + 1] and not _sets_task(item):
            following = items[n + 1].number
            # A restart of the numbering under a non-question item: its questions, flattened.
            if item.number is not None and following is not None and following <= item.number:
                contexts.add(n)
    others = [n for n in range(len(items)) if n not in contexts]
    anchored = any(nested) or any(item.emphasised or _anchors(item.text) for item in items)
    return _Tally(frozenset(contexts), sum(asks[n] for n in others), len(others), anchored)


def _verdict(items: Sequence[_Item], ordered: bool, fence_follows: bool) -> bool:
    if not items:
        return False
    headed = [item for item in items if item.heading]
    entries = [item for item in items if not _toc_entry(item)]  # a contents list run into the questions
    if 2 * len(headed) > len(entries):
        # `1. ### What is a closure` items: the heading inside the item says each one is an entry; they ask
        # when most of their titles read as questions (`?`, a wh-word or a command word).
        return 2 * sum(item_asks(item.text, ordered=True) for item in headed) >= len(headed)
    tally = _tally(items, ordered)
    if not tally.anchored:
        return False
    if ordered:
        return tally.others == 0 or 2 * tally.asking > tally.others or _exercise_list(items, tally)
    if tally.asking != tally.others:
        return _practice_list(items, tally) or _answered_toggles(items, tally)
    return fence_follows or _answered_inside(items) or bool(tally.contexts) or _practice_list(items, tally)


def _answered_inside(items: Sequence[_Item]) -> bool:
    """Whether an item holds an answer of its own: lines under its question, or a block that is no list of
    questions."""
    return any(item.lead or any(p.sublist is None or not p.sublist.asks for p in item.parts) for item in items)


def _still_to_answer(lst: _List) -> _List:
    """A bulleted list after a bulleted question list that held its answers inside its items: when every
    item asks with a question mark and holds nothing (`- What is autophagy?` alone under `### If there is
    time`), it is more questions of the same page, answers still to write, each reported unanswered."""
    if lst.steps or not lst.items:
        return lst
    if all(not item.lead and not item.parts and not item.more and _anchors(item.text) for item in lst.items):
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


def _under_question_title(lst: _List, *, exercises: bool) -> _List:
    """A list under `## Coding questions` is a list of questions when most of its items ask or point at
    code (`* Make this work:`, with no question mark needed); then the others are questions too (`* Create
    a for loop that …`). Under a title naming exercises, items that set a task (`Find …`, `Load …`) ask
    too. Never a list of links or of `**Term**: definition` items."""
    if lst.steps:
        return lst
    items = lst.items
    if not items or any(_LINK_ONLY.match(item.text) for item in items) or all(_TERM_ITEM.match(item.text) for item in items):
        return lst
    asking = sum(
        1
        for item in items
        if item_asks(item.text, ordered=True) or refers_to_code(item.text) or (exercises and _sets_task(item))
    )
    return replace(lst, asks=True) if 2 * asking > len(items) else lst


def _toc_entry(item: _Item) -> bool:
    """An item that is only a link (`1. [What is a closure](#what-is-a-closure)`): a table of contents entry."""
    return not item.parts and not item.lead and not item.heading and _LINK_ONLY.match(item.text) is not None


_LINK_ONLY = lazy_pattern(r"^\s*(?:\*\*|__)?\[[^\]]*\]\([^)]*\)(?:\*\*|__)?\s*$")


def _inherit_bullets(lst: _List, previous: _List | None) -> _List:
    """A bulleted list that goes on after a code block interrupting a bulleted question list (a fence at
    the margin ends the list) is part of it when one of its items asks or points at code."""
    if lst.steps:
        return lst
    if lst.asks or previous is None or not previous.asks or lst.ordered:
        return lst
    if any(item_asks(item.text, ordered=True) or refers_to_code(item.text) for item in lst.items):
        return replace(lst, asks=True)
    return lst


def _practice_list(items: Sequence[_Item], tally: _Tally) -> bool:
    """A bulleted list of questions to practise, answered or not: most items ask (a `?`, a wh-word or a
    command word: `* Explain event delegation.`) and at least half of them end with a question mark."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < 2:
        return False
    asking = sum(item_asks(item.text, ordered=True) for item in others)
    marked = sum(_anchors(item.text) for item in others)
    return (2 * asking > len(others) and 2 * marked >= len(others)) or _exercise_list(items, tally)


def _exercise_list(items: Sequence[_Item], tally: _Tally) -> bool:
    """A practice list mixing questions and exercises (`Find the second highest salary.`, `Write a query
    that …`, `For each order, show …`): every item (contexts aside) asks or sets a task, and at least one
    asks with a question mark. Then every item is a question, answered or not."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < 2 or not any(_anchors(item.text) for item in others):
        return False
    return all(_sets_task(item) for item in others)


def _sets_task(item: _Item) -> bool:
    """An item that asks or sets an exercise."""
    if item.emphasised or item_asks(item.text, ordered=True):
        return True
    body, _ = take_difficulty(item.text)
    return not _TERM_ITEM.match(body) and starts_with_exercise(clean_question(body)[0])


def _inherit(lst: _List, previous: _List | None) -> _List:
    """A short list numbered on from a question list is part of it (a dump broke the list up, or the page
    numbers its questions on across sections: `7)` under one heading, `8)` and `9)` under the next). Where
    its first number follows the last of that list exactly, half of its items asking is enough (`8) …?`
    over `9) Explain …` in a language whose commands the rules do not know)."""
    if lst.steps:
        return lst
    start = lst.items[0].number if lst.items else None
    if lst.asks or previous is None or not previous.asks or start is None or start <= 1:
        return lst
    tally = _tally(lst.items, lst.ordered)
    if tally.others == 1 or 2 * tally.asking > tally.others:
        return replace(lst, asks=True)
    last = previous.items[-1].number if previous.items else None
    if last is not None and start == last + 1 and tally.asking and 2 * tally.asking >= tally.others:
        return replace(lst, asks=True)
    return lst


# --- walking -----------------------------------------------------------------------------------------


def _walk(run: _Run, units: Sequence[_Unit], waiting: _Question | None, scope: _Scope, *, top: bool) -> _Question | None:
    """Go through sibling blocks: question lists give questions; the other blocks answer the question
    waiting, up to a heading, a rule, a claimed block, a bare question line or the next question list.
    Returns the question still waiting when the blocks run out with nothing for it (the caller may have more)."""
    doc = run.doc
    collected: list[_Unit] = []
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
            if waiting is not None and following is not None and following.kind == "blockquote" and _answered_within(unit.sublist):
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
        frame = top and unit.kind == "html_block" and _TAGS_ONLY.match("\n".join(_unit_lines(doc, unit))) is not None
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


def _underlines(doc: Document, above: _Unit, unit: _Unit) -> bool:
    """True for a `---` line right under a one-line list item, no blank line between (`1. What is X?` over
    `-----------`): written as a setext heading's underline, it is read as a rule after a list; the numbered
    question it underlines is still answered by the blocks below it."""
    if above.sublist is None or above.last != unit.first or above.last - above.first != 1:
        return False
    return _UNDERLINE.match(doc.lines[unit.first]) is not None


# `*Office hours: Tue/Thu 2–3 pm, BIO 210*`, `_Last updated: March 2024_`: a labelled note in italics alone.
_FOOTER_NOTE = re.compile(r"^\s*([*_])(?![*_\s])[^*_\n:]{1,30}:\s[^\n]*?(?<![*_\s])\1\s*$")


def _page_footer(doc: Document, collected: Sequence[_Unit]) -> bool:
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


def _advice_quote(doc: Document, collected: Sequence[_Unit]) -> bool:
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


def _answered_within(lst: _List) -> bool:
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


def _pair_answers(run: _Run, lst: _List, unit: _Unit) -> bool:
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
        (n, t) for n, t in enumerate(tokens[block.start : block.end], block.start) if t.type == "ordered_list_open" and t.level == 1
    ]
    if len(lists) != 1:
        return False
    start = lists[0][0]
    close = next(n for n in range(start, block.end) if tokens[n].type == "ordered_list_close" and tokens[n].level == 1)
    spans = _spans(tokens, start + 1, close)
    if len(spans) != len(lst.items):
        return False
    for item, (s, _) in zip(lst.items, spans, strict=True):
        first, last = tokens[s].map or (0, 0)
        lines = [_QUOTE_MARK.sub("", line, count=1) if box.quotes else line for line in doc.lines[first:last]]
        lines[0] = _ITEM_MARKER.sub("", lines[0], count=1)
        rest = dedent(lines[1:])
        run.paired[item.first] = f"{lines[0].strip()}\n{rest}".strip() if rest else lines[0].strip()
    for line in range(unit.first, unit.last):
        run.claims.setdefault(line, "card")
    return True


_ITEM_MARKER = lazy_pattern(r"^\s*(?:>\s*)*\d+[.)]\s+")


def _questions(run: _Run, lst: _List, scope: _Scope, group: _Group | None) -> tuple[_Question | None, _Group | None]:
    """Questions of one question list. Returns the last one if it still waits for an answer, and the
    flattened context group as it stands after the list."""
    tally = _tally(lst.items, lst.ordered)
    waiting: _Question | None = None
    for n, item in enumerate(lst.items):
        if _toc_entry(item):
            run.claims.update(dict.fromkeys(range(item.first, item.last), "skip:toc"))
            continue  # a contents link run into the list of questions it leads to
        if not lst.ordered and _TERM_ITEM.match(item.text):
            continue  # `- **Term**: description` among bulleted questions: a definition, not a question
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


def _continues(doc: Document, group: _Group, item: _Item, number: int) -> bool:
    if number != group.sub + 1:
        return False
    blank_before = item.first > 0 and not doc.lines[item.first - 1].strip()
    return not (number == group.number + 1 and blank_before)


def _last_sub_number(item: _Item) -> int:
    for part in reversed(item.parts):
        if part.sublist is not None and part.sublist.asks and part.sublist.items:
            return part.sublist.items[-1].number or 0
    return 0


def _question(item: _Item, scope: _Scope) -> _Question:
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


def _finish(run: _Run, waiting: _Question | None, units: Sequence[_Unit]) -> None:
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
        front = f"{front}\n\n{dedent(_unit_lines(doc, body[0]))}"
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
        parts.extend(dedent(_unit_lines(doc, u)) for u in body)
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
        run.diagnostics.append(unanswered(loc, waiting.question, reason))
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


def _labelled_after(doc: Document, body: Sequence[_Unit]) -> bool:
    """True when the block after a question's fence opens with an answer label (`**Cevap:** …`, `Answer:`):
    the answer starts there, so the code above it is the question's, whatever language asks about it."""
    return len(body) > 1 and body[1].kind == "paragraph" and ANSWER_LABEL.match(doc.lines[body[1].first]) is not None


def _unit_lines(doc: Document, unit: _Unit) -> list[str]:
    """The source lines of a unit, the `>` markers of the blockquote around it removed."""
    lines = list(doc.lines[unit.first : unit.last])
    for _ in range(unit.quotes):
        lines = [_QUOTE_MARK.sub("", line, count=1) for line in lines]
    return lines


_QUOTE_MARK = lazy_pattern(r"^ {0,3}> ?")
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


def _ends_asking(text: str) -> bool:
    visible = re.sub(r"\]\([^)]*\)|`[^`]*`", "", text.strip())
    if _ENDS_ASKING.search(visible):
        return is_question(visible)
    # Greek asks with `;` (`Τι είναι ο μετασχηματισμός;`), a marks aside in brackets allowed after it.
    return (";" in visible or "\u037e" in visible) and ends_with_greek_question_mark(_TRAILING_ASIDE.sub("", visible))


# A bracketed aside closing a line after its question mark: `… ; (Μονάδες 6)`.
_TRAILING_ASIDE = lazy_pattern(r"[ \t]*\([^()]*\)[\s*_.]*$")


def _anchors(text: str) -> bool:
    body, difficulty = take_difficulty(text)
    return difficulty is not None or (not _TERM_ITEM.match(body) and _ends_asking(clean_question(body)[0]))


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


# `Define: conditioned stimulus`, `Explain – osmosis`, `Describe: the water cycle`: a task word as a label.
_TASK_LABEL = lazy_pattern(
    r"^\s*(?:define|explain|describe|compare|contrast|outline|discuss|summari[sz]e|distinguish|differentiate|"
    r"name|list|state|give|identify|evaluate|justify|derive|prove|"
    r"definiere|erkläre|beschreibe|vergleiche|define|explica|describe|compara|définis(?:sez)?|expliquez|décrivez|"
    r"definisci|spiega|descrivi|defina|explique|descreva)\s*[:：–—]\s*\S",
    re.I,
)


def _answered_by_label(item: _Item) -> bool:
    """An item whose nested list opens with an answer label (`1. Explain X.` over `   - Answer: …`, in any
    language of the shared label words): the label says the item asks, whatever its wording."""
    for part in item.parts:
        if part.sublist is not None and part.sublist.items:
            return ANSWER_LABEL.match(part.sublist.items[0].text) is not None
    return False


def _toggle_asks(item: _Item, ordered: bool, nested: bool) -> bool:
    """A bulleted item that asks by a task label or a comparison, with its answer under it rather than a
    list of sub-questions (then it titles them)."""
    return not ordered and not nested and asks_by_task_label(item.text)


def asks_by_task_label(text: str) -> bool:
    """True for a list item that asks without a question mark: a task word used as a label (`Define: X`,
    `Explain: Y`) or a comparison of two names (`Positive vs negative reinforcement`)."""
    return bool(_TASK_LABEL.match(text)) or is_comparison(text)


_MIN_TOGGLES = 4


def _answered_toggles(items: Sequence[_Item], tally: _Tally) -> bool:
    """A toggle list (each item with its answer under it) in which one item does not read as a question
    (`Memory palace`) among at least three that ask: the odd item does not sink the list."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < _MIN_TOGGLES or tally.asking < len(others) - 1:
        return False
    return all(item.lead or any(p.sublist is None or not p.sublist.asks for p in item.parts) for item in others)
