"""Question lists: how a Markdown list reads, item by item, and whether it asks.

A list block is parsed into its items (`parse_list`): each item's question text, an answer written inside
the item (after a dash, in brackets, after a bold question or a label, on glyph or arrow lines, in a nested
arrow item), the blocks nested under it, and the items that a paragraph of several questions splits into.
The list's verdict says whether it is a question list: most items ask, or set tasks under an exercises
title, or hold their answers in italics or inside toggles; steps, checklists and tables of contents do not.

Shared by the `numbered` rule, which cards such lists, and by the rules that must know before it runs
whether a page's questions are written in lists (the heading rule weighs `answered_list_questions` and
`answered_in_italics` to tell a writer's aside from a question heading).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from . import is_free
from .answers import dedent
from .document import Block, Document, lazy_pattern, mask_code_and_math, search_lines
from .questions import (
    ANSWER_LABEL,
    ASKS_OVER_ITALICS,
    INLINE_ANSWER_LABEL,
    QUESTION_LABEL_WORDS,
    clean_question,
    ends_with_greek_question_mark,
    is_back_to_top,
    is_comparison,
    is_decision_checklist,
    is_question,
    split_dash_answer,
    starts_like_question,
    starts_with_exercise,
    starts_with_imperative,
    strip_dress,
    take_difficulty,
)

LIST_KINDS = ("ordered_list", "bullet_list")


_WH_WORDS = frozenset(["what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose"])

_FIRST_WORD = lazy_pattern(r"[A-Za-z][A-Za-z'’]*")

# "… the F1 score? (hint: …)": the asking may be followed by a parenthesis or closing markup, and by the
# closing quotation mark of a quoted title that ends asking (`Who wrote "What Is to Be Done?"`).
_ENDS_ASKING = lazy_pattern(r"[?؟][\s*_`\])\"”»’]*(?:\([^()]*\)[\s*_.]*)?$")

# `**Define metric**: conversion rate` is a term and its description (a step, a definition), never a question.
TERM_ITEM = lazy_pattern(r"^\s*(?:\*\*|__)[^*_]+?(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)")


@dataclass(frozen=True, slots=True)
class ParsedList:
    """A list, parsed into items, with its verdict."""

    ordered: bool
    """Numbered (`1.`) rather than bulleted."""
    items: tuple[ListItem, ...]
    """Its items in order."""
    asks: bool
    """True when it is a question list."""
    steps: bool = False
    """True when it is a checklist of questions to work through (`questions.is_decision_checklist`): never
    a question list, whatever the lists around it or its title."""


@dataclass(frozen=True, slots=True)
class ListUnit:
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
    sublist: ParsedList | None
    """The parsed list when the block is one."""
    free: bool = True
    """False when an earlier rule already claimed a line of it."""
    quotes: int = 0
    """How many `>` markers stand before its lines (1 inside a top-level blockquote)."""
    container: int | None = None
    """Index in `doc.blocks` of the top-level blockquote or admonition it was read from."""


@dataclass(frozen=True, slots=True)
class ListItem:
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
    parts: tuple[ListUnit, ...]
    """The item's other blocks."""
    heading: bool = False
    """The item opens with a heading (`1. ### What is a closure`): its title is the question, the rest of
    the item its answer."""
    emphasised: bool = False
    """The item opens with a question set in bold or italics followed by its answer (`- **Explain
    k-means.**` / `  It partitions …`): the emphasis marks it as a question even without a `?`."""
    more: tuple[ListItem, ...] = ()
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
    notes: frozenset[int] = frozenset()
    """Indices of the bulleted items that are notes to self among questions (`… TODO: ask in office hours.`)."""


def item_asks(text: str, *, ordered: bool) -> bool:
    """True when a list item's text reads as a question: it ends with `?`, has a difficulty marker, or (in
    a numbered list) opens with a command word or a wh-word."""
    body, difficulty = take_difficulty(text)
    if difficulty:
        return True
    if TERM_ITEM.match(body):
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
        if block.kind not in LIST_KINDS or not is_free(doc, taken, index):
            continue
        count = 0
        for start, end in child_spans(tokens, block.start + 1, block.end - 1):
            children = child_spans(tokens, start + 1, end - 1)
            if not children or tokens[children[0][0]].type != "paragraph_open":
                continue
            line = tokens[children[0][0] + 1].content.split("\n", 1)[0]
            nested = len(children) > 1 and item_asks(line, ordered=False)
            if nested or (len(children) == 1 and split_dash_answer(line) is not None):
                count += 1
        if count:
            found[index] = count
    return found


# `… a suggestion: 先生に相談したらどうですか = "Why don't you consult the teacher?"`: a question only quoted, after
# the item's `:` or `=`, as an example or a translation; the item states, it does not ask.
_QUOTED_QUESTION = lazy_pattern(r"[:=：][^\n]*?[\"“„«][^\"“”„«»\n]*[?？][\"”»][\s.]*$")


def parse_list(
    doc: Document, start: int, end: int, *, fence_follows: bool = False, nested: bool = False, quotes: int = 0
) -> ParsedList:
    tokens = doc.tokens
    ordered = tokens[start].type == "ordered_list_open"
    items = tuple(_parse_item(doc, s, e, quotes) for s, e in child_spans(tokens, start + 1, end - 1))
    if nested and not ordered and items and all(anchors(item.text) and not _QUOTED_QUESTION.search(item.text) for item in items):
        # `* Explain how this works.` / `  * Can you give an example?`: a sub-question, never an answer.
        return ParsedList(ordered, items, True)
    steps = ordered and all(_one_line(doc, item) for item in items)
    if steps and is_decision_checklist([doc.lines[item.first] for item in items]):
        return ParsedList(ordered, items, False, steps=True)  # steps to work through, not questions to answer
    return ParsedList(ordered, items, _verdict(items, ordered, fence_follows) or _answered_in_italics(doc, items, ordered))


_ITALIC_LINE = lazy_pattern(r"^[ \t]*(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)[ \t]*$")

_IMAGE_ONLY = lazy_pattern(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$")

_BULLET_MARK = lazy_pattern(r"^[ \t]*[-*+](?:[ \t]+|$)")

_EMPTY_BULLET = lazy_pattern(r"^[ \t]{2,}-[ \t]*$")

_ITALICS_MIN = 2


def _answered_in_italics(doc: Document, items: Sequence[ListItem], ordered: bool) -> bool:
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


def _italic_answer(doc: Document, unit: ListUnit) -> list[str] | None:
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
    if block.kind not in LIST_KINDS or ("*" not in doc.source.text and "_" not in doc.source.text):
        return False
    parsed = parse_list(doc, block.start, block.end)
    return _answered_in_italics(doc, parsed.items, parsed.ordered)


def _one_line(doc: Document, item: ListItem) -> bool:
    """The item is written on one line (blank lines after it aside)."""
    return not item.parts and not any(doc.lines[n].strip() for n in range(item.first + 1, item.last))


def _parse_item(doc: Document, start: int, end: int, quotes: int = 0) -> ListItem:
    tokens = doc.tokens
    opener = tokens[start]
    first, last = opener.map or (0, 0)
    number = int(opener.info) if opener.info.isdigit() else None
    children = child_spans(tokens, start + 1, end - 1)
    text, lead = "", ""
    emphasised = False
    heading = bool(children) and tokens[children[0][0]].type == "heading_open"
    if heading:
        text = strip_dress(tokens[children[0][0] + 1].content)
        children = children[1:]
    more: list[ListItem] = []
    if not heading and children and tokens[children[0][0]].type == "paragraph_open":
        top = tokens[children[0][0]].map or (first, first + 1)
        lines = tokens[children[0][0] + 1].content.split("\n")
        bold = _labelled_item(lines) or _bold_question(lines) or _glyph_answers(lines) or _arrow_answer(lines)
        segments = [bold] if bold is not None else _split_paragraph(lines)
        (_, _, text, lead), rest = segments[0], segments[1:]
        emphasised = bold is not None and bool(lead)
        more = [ListItem(top[0] + a, top[0] + b, None, q, lead_q, ()) for a, b, q, lead_q in rest]
        children = children[1:]
    parts: list[ListUnit] = []
    for s, e in children:
        token = tokens[s]
        kind = token.type.removesuffix("_open")
        span = token.map or (first, last)
        if kind in ("paragraph", "html_block") and is_back_to_top(doc.text(span[0], span[1])):
            continue  # navigation, not answer (its lines are still the item's)
        # Under a heading item everything is answer: a list there explains, it does not ask.
        sublist = parse_list(doc, s, e, nested=True, quotes=quotes) if kind in LIST_KINDS and not heading else None
        parts.append(ListUnit(kind, span[0], span[1], token, None, sublist, quotes=quotes))
    if text and not lead and not more and parts and parts[0].kind == "bullet_list":
        arrowed = _arrow_sub_item(doc, parts[0])
        if arrowed is not None:
            lead, parts = arrowed, parts[1:]
    blank = not heading and not lead and not more and not parts and _BLANK_ANSWER.search(doc.lines[first]) is not None
    return ListItem(first, last, number, text, lead, tuple(parts), heading, emphasised, tuple(more), blank)


# `- Who was X? —`: a question closed by its `?` and the dash of an answer left out.
_BLANK_ANSWER = lazy_pattern(r"\?[ \t]+(?:[—–→]|-{1,2}>?|=>)[ \t]*$")


# `- ↳ Vientiane`, `- → 1975`: a sub-item opened by an arrow, the answer under the question of its item.
_ARROW_SUB_ITEM = lazy_pattern(r"^[-*+][ \t]+(?:↳|→|⟶|➔|➜|⇒|->|=>)(?:[ \t]+(?P<answer>.*\S))?[ \t]*$")


def _arrow_sub_item(doc: Document, unit: ListUnit) -> str | None:
    """The answer of a question item whose nested list opens with an arrow item (`- Capital of Laos?` over
    `  - ↳ Vientiane`): the arrow item's text, then the list's other items as they are (a review log, a
    note); None when the nested list's first item opens with no arrow."""
    lines = dedent(unit_lines(doc, unit)).split("\n")
    match = _ARROW_SUB_ITEM.match(lines[0])
    if match is None:
        return None
    rest = dedent(lines[1:])
    return "\n\n".join(x for x in ((match.group("answer") or "").strip(), rest) if x)


def child_spans(tokens: Sequence[Token], start: int, end: int) -> list[tuple[int, int]]:
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
    if "?" in mask_code_and_math(rest) or len(words) < _MIN_ANSWER_WORDS or not rest[:1].isupper() or not _opens_statement(rest):
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


def tally_list(items: Sequence[ListItem], ordered: bool) -> _Tally:
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
        elif ordered and not asks[n] and n + 1 < len(items) and asks[n + 1] and not sets_task(item):
            following = items[n + 1].number
            # A restart of the numbering under a non-question item: its questions, flattened.
            if item.number is not None and following is not None and following <= item.number:
                contexts.add(n)
    notes = {n for n, item in enumerate(items) if not ordered and not asks[n] and _note_to_self(item)}
    if len(notes) == len(items):
        notes = set()
    others = [n for n in range(len(items)) if n not in contexts and n not in notes]
    anchored = any(nested) or any(item.emphasised or anchors(item.text) for item in items)
    return _Tally(frozenset(contexts), sum(asks[n] for n in others), len(others), anchored, frozenset(notes))


# `Ana's question never got answered. TODO: ask in office hours.`: a marker of work left, in capitals.
_NOTE_MARK = lazy_pattern(r"\b(?:TODO|FIXME|TBD)\b")


def _note_to_self(item: ListItem) -> bool:
    """A one-line bulleted item that holds a capital marker of work left: a note to self, not a question."""
    return not item.parts and not item.more and _NOTE_MARK.search(item.text) is not None


def _verdict(items: Sequence[ListItem], ordered: bool, fence_follows: bool) -> bool:
    if not items:
        return False
    headed = [item for item in items if item.heading]
    entries = [item for item in items if not toc_entry(item)]  # a contents list run into the questions
    if 2 * len(headed) > len(entries):
        # `1. ### What is a closure` items: the heading inside the item says each one is an entry; they ask
        # when most of their titles read as questions (`?`, a wh-word or a command word).
        return 2 * sum(item_asks(item.text, ordered=True) for item in headed) >= len(headed)
    tally = tally_list(items, ordered)
    if not tally.anchored:
        return False
    if ordered:
        return tally.others == 0 or 2 * tally.asking > tally.others or _exercise_list(items, tally)
    if tally.asking != tally.others:
        return _practice_list(items, tally) or _answered_toggles(items, tally)
    return fence_follows or answered_inside(items) or bool(tally.contexts) or _practice_list(items, tally)


def answered_inside(items: Sequence[ListItem]) -> bool:
    """Whether an item holds an answer of its own: lines under its question, or a block that is no list of
    questions."""
    return any(item.lead or any(p.sublist is None or not p.sublist.asks for p in item.parts) for item in items)


def toc_entry(item: ListItem) -> bool:
    """An item that is only a link (`1. [What is a closure](#what-is-a-closure)`): a table of contents entry."""
    return not item.parts and not item.lead and not item.heading and LINK_ONLY.match(item.text) is not None


LINK_ONLY = lazy_pattern(r"^\s*(?:\*\*|__)?\[[^\]]*\]\([^)]*\)(?:\*\*|__)?\s*$")


def _practice_list(items: Sequence[ListItem], tally: _Tally) -> bool:
    """A bulleted list of questions to practise, answered or not: most items ask (a `?`, a wh-word or a
    command word: `* Explain event delegation.`) and at least half of them end with a question mark."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < 2:
        return False
    asking = sum(item_asks(item.text, ordered=True) for item in others)
    marked = sum(anchors(item.text) for item in others)
    return (2 * asking > len(others) and 2 * marked >= len(others)) or _exercise_list(items, tally)


def _exercise_list(items: Sequence[ListItem], tally: _Tally) -> bool:
    """A practice list mixing questions and exercises (`Find the second highest salary.`, `Write a query
    that …`, `For each order, show …`): every item (contexts aside) asks or sets a task, and at least one
    asks with a question mark. Then every item is a question, answered or not."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < 2 or not any(anchors(item.text) for item in others):
        return False
    return all(sets_task(item) for item in others)


def sets_task(item: ListItem) -> bool:
    """An item that asks or sets an exercise."""
    if item.emphasised or item_asks(item.text, ordered=True):
        return True
    body, _ = take_difficulty(item.text)
    return not TERM_ITEM.match(body) and starts_with_exercise(clean_question(body)[0])


def unit_lines(doc: Document, unit: ListUnit) -> list[str]:
    """The source lines of a unit, the `>` markers of the blockquote around it removed."""
    lines = list(doc.lines[unit.first : unit.last])
    for _ in range(unit.quotes):
        lines = [QUOTE_MARK.sub("", line, count=1) for line in lines]
    return lines


QUOTE_MARK = lazy_pattern(r"^ {0,3}> ?")


def _ends_asking(text: str) -> bool:
    visible = re.sub(r"\]\([^)]*\)|`[^`]*`", "", text.strip())
    if _ENDS_ASKING.search(visible):
        return is_question(visible)
    if visible.endswith((")*", ")_")) and _ENDS_ASKING.search(asked := EMPHASISED_ASIDE.sub("", visible)):
        return is_question(asked)  # `Is R in 3NF? *(work out after reading §19.3)*`: a note after the question
    # Greek asks with `;` (`Τι είναι ο μετασχηματισμός;`), a marks aside in brackets allowed after it.
    return (";" in visible or "\u037e" in visible) and ends_with_greek_question_mark(_TRAILING_ASIDE.sub("", visible))


# An aside in emphasised brackets closing a line: `Is R in 3NF? *(after reading §19.3)*`.
EMPHASISED_ASIDE = lazy_pattern(r"[ \t]*([*_]{1,2})\([^()]*\)\1[ \t]*$")
# A bracketed aside closing a line after its question mark: `… ; (Μονάδες 6)`.
_TRAILING_ASIDE = lazy_pattern(r"[ \t]*\([^()]*\)[\s*_.]*$")


def anchors(text: str) -> bool:
    body, difficulty = take_difficulty(text)
    return difficulty is not None or (not TERM_ITEM.match(body) and _ends_asking(clean_question(body)[0]))


# `Define: conditioned stimulus`, `Explain – osmosis`, `Describe: the water cycle`: a task word as a label.
_TASK_LABEL = lazy_pattern(
    r"^\s*(?:define|explain|describe|compare|contrast|outline|discuss|summari[sz]e|distinguish|differentiate|"
    r"name|list|state|give|identify|evaluate|justify|derive|prove|"
    r"definiere|erkläre|beschreibe|vergleiche|define|explica|describe|compara|définis(?:sez)?|expliquez|décrivez|"
    r"definisci|spiega|descrivi|defina|explique|descreva)\s*[:：–—]\s*\S",
    re.I,
)


def _answered_by_label(item: ListItem) -> bool:
    """An item whose nested list opens with an answer label (`1. Explain X.` over `   - Answer: …`, in any
    language of the shared label words): the label says the item asks, whatever its wording."""
    for part in item.parts:
        if part.sublist is not None and part.sublist.items:
            return ANSWER_LABEL.match(part.sublist.items[0].text) is not None
    return False


def _toggle_asks(item: ListItem, ordered: bool, nested: bool) -> bool:
    """A bulleted item that asks by a task label or a comparison, with its answer under it rather than a
    list of sub-questions (then it titles them)."""
    return not ordered and not nested and asks_by_task_label(item.text)


def asks_by_task_label(text: str) -> bool:
    """True for a list item that asks without a question mark: a task word used as a label (`Define: X`,
    `Explain: Y`) or a comparison of two names (`Positive vs negative reinforcement`)."""
    return bool(_TASK_LABEL.match(text)) or is_comparison(text)


_MIN_TOGGLES = 4


def _answered_toggles(items: Sequence[ListItem], tally: _Tally) -> bool:
    """A toggle list (each item with its answer under it) in which one item does not read as a question
    (`Memory palace`) among at least three that ask: the odd item does not sink the list."""
    others = [item for n, item in enumerate(items) if n not in tally.contexts]
    if len(others) < _MIN_TOGGLES or tally.asking < len(others) - 1:
        return False
    return all(item.lead or any(p.sublist is None or not p.sublist.asks for p in item.parts) for item in others)


# `3. `, `12) `: the number opening an ordered list item.
_ITEM_NUMBER = lazy_pattern(r"^\s*\d{1,3}[.)]\s*")


def ordered_items(doc: Document, index: int) -> list[tuple[int, tuple[int, int]]]:
    """The top-level items of an ordered list block: (number, (first line, line after))."""
    block = doc.blocks[index]
    items: list[tuple[int, tuple[int, int]]] = []
    level = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map and token.info.isdigit():
            items.append((int(token.info), (token.map[0], token.map[1])))
    return items


def item_text(doc: Document, first: int, last: int) -> str:
    """An item's Markdown without its number, its continuation lines dedented, trailing blank lines dropped."""
    lines = doc.lines[first:last]
    if not lines:
        return ""
    head = _ITEM_NUMBER.sub("", lines[0], count=1)
    rest = dedent(lines[1:]) if len(lines) > 1 else ""
    return "\n".join(part for part in (head, rest) if part).strip()
