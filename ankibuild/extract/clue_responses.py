"""Quiz-show sheets: clues marked by their value, each answered by a response phrased as a question.

    - `$400` — This river empties into the Atlantic at Lisbon
      - ↳ *What is the Tagus?*

    **$200** — Launched in 2021, this infrared telescope orbits near L2.
    *Correct response:* What is the James Webb Space Telescope?

A clue opens a paragraph or a list item with its value (`$400`, `` `$400` ``, `**$200**`, `€100`, `£50`),
then, past any note in parentheses or in bold (`(Daily Double)`, `**DAILY DOUBLE**`), a dash and the clue
itself: the clue is the front. Its response is, in that order:

- a later line of its paragraph opening with a short emphasised label (`*Correct response:*`,
  `**Answer:**`) or an arrow (`↳`, `→`);
- the first item nested under its list item (an arrow before it allowed);
- the text after its last dash, when that holds an emphasised question (`… — looked it up: *What are the
  Andes?*`).

The response answers when it opens with a question (a word first, a `?` to end it) that leaves no blank
(`What is ___?`); an empty response, `???` or a note is reported `unanswered`. A sheet's last clue often
stands without a value, quoted (`> In 2006 …`): a blockquote or paragraph followed by a paragraph opening
with the response label the valued clues use is a clue too. Read where two clues or more are answered; a
value opening a line elsewhere (a price list) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, block_kinds, free_blocks, lazy_pattern, list_items
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "clue-response"

# A line opening with a value, bare, in bold or in code: the precheck (`$400`, `**$200**`, `` `€100` ``).
_VALUE_OPENING = re.compile(r"^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__|`)?[$€£]\d", re.M)
_ITEM_MARK = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_VALUE = lazy_pattern(r"^(?:\*\*|__|`)?[$€£]\d[\d,.]*(?:\*\*|__|`)?")
_DASH = lazy_pattern(r"[ \t]+[—–-][ \t]+")
# A response label: a short emphasised label ending with a colon, or an arrow.
_LABEL = lazy_pattern(
    r"^[ \t]*(?:(?P<e>\*\*|__|\*|_)(?P<word>[^*_\n:]{1,30}):(?P=e)|(?P<f>\*\*|__|\*|_)(?P<word2>[^*_\n:]{1,30})(?P=f):"
    r"|(?P<arrow>↳|→|➜|⮑|=>|->))[ \t]*"
)
# A response that asks: a word first, then a `?` (emphasis around it allowed).
_ASKING = lazy_pattern(r"^[*_]*(?P<q>¿?[^\W\d_][^?\n]{0,200}\?)")
_EMPHASISED_QUESTION = lazy_pattern(r"(?P<e>\*\*|__|\*|_)(?P<q>¿?[^\W\d_][^*_\n?]{0,200}\?)(?P=e)[^\w]*$")
_BLANK = lazy_pattern(r"_{2,}|…|\.{3}")
_MIN_ANSWERED = 2


@dataclass(frozen=True, slots=True)
class _Clue:
    block: int
    """The block holding the clue."""
    line: int
    """The clue's first line."""
    last: int
    """The line after the clue and its response."""
    clue: str
    """The front."""
    response: str
    """The response as written ('' when there is none)."""
    label: str
    """The response's label, lower case ('' for an arrow, a nested item or a dash)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the valued clues and their responses (see the module docstring)."""
    if not _may_open_with_a_value(doc):
        return RuleResult()
    free = free_blocks(doc, taken)
    clues: list[_Clue] = []
    for index in free:
        kind = doc.blocks[index].kind
        if kind == "paragraph":
            clues.extend(_paragraph_clues(doc, index))
        elif kind in ("bullet_list", "ordered_list"):
            clues.extend(_item_clues(doc, index))
    labels = {c.label for c in clues if c.label and _asks(c.response)}
    if labels and "blockquote" in block_kinds(doc):
        clues.extend(_unvalued_clues(doc, set(free), labels, {c.block for c in clues}))
    if sum(1 for c in clues if _asks(c.response)) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for clue in sorted(clues, key=lambda c: c.line):
        path = heading_path(doc, clue.block)
        loc = doc.loc(clue.line)
        if not _asks(clue.response):
            reason = "placeholder" if clue.response.strip() else "no answer"
            diagnostics.append(unanswered(loc, clue.clue, reason))
            claims.update(claim(clue.line, clue.last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, clue.clue, clue.response, context, tuple(topic_tags(path))))
        claims.update(claim(clue.line, clue.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_open_with_a_value(doc: Document) -> bool:
    """False only when no line (or list item) opens with a value: most notes hold no currency sign."""
    text = doc.source.text
    # Each sign followed by a digit is tried from its line's start: a sign is rare outside math (`$x^2$`), and
    # a search of the whole text for the pattern would try it at every line.
    for sign in "$€£":
        at = text.find(sign)
        while at >= 0:
            if text[at + 1 : at + 2].isdigit() and _VALUE_OPENING.match(text, text.rfind("\n", 0, at) + 1):
                return True
            at = text.find(sign, at + 1)
    return False


def _asks(response: str) -> bool:
    """True when the response opens with a question that leaves no blank."""
    match = _ASKING.match(response.strip())
    return match is not None and _BLANK.search(match.group("q")) is None


def _clue_text(text: str) -> str | None:
    """The clue after its value and the notes before the dash, or None when TEXT opens with no value."""
    value = _VALUE.match(text)
    if value is None:
        return None
    rest = text[value.end() :]
    depth = 0
    for position, char in enumerate(rest):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            dash = _DASH.match(rest, position) if char in " \t" else None
            if dash is not None:
                clue = rest[dash.end() :].strip()
                return None if _only_a_note(clue) else clue
    return None


def _only_a_note(clue: str) -> bool:
    """A clue that is only a note in parentheses (`*(need a new clue here)*`): no clue yet."""
    bare = clue.strip("*_ \t")
    return not bare or (bare.startswith("(") and bare.endswith(")"))


def _label_of(line: str) -> tuple[str, int] | None:
    """The response label opening a line (lower case, '' for an arrow) and where its text starts."""
    match = _LABEL.match(line)
    if match is None:
        return None
    word = match.group("word") or match.group("word2") or ""
    if len(word.split()) > 3:
        return None
    return word.strip().lower(), match.end()


def _paragraph_clues(doc: Document, index: int) -> list[_Clue]:
    """A paragraph opening with a value: the clue lines, then a labelled response line."""
    block = doc.blocks[index]
    lines = doc.lines[block.first : block.last]
    clue = _clue_text(lines[0].strip())
    if clue is None:
        return []
    for n in range(1, len(lines)):
        found = _label_of(lines[n])
        if found is not None:
            label, start = found
            front = " ".join([clue, *(line.strip() for line in lines[1:n])])
            response = "\n".join([lines[n][start:].strip(), *(line.strip() for line in lines[n + 1 :])]).strip()
            return [_Clue(index, block.first, block.last, front, response, label)]
    return []


def _item_clues(doc: Document, index: int) -> list[_Clue]:
    """The list items opening with a value: the clue, then a nested item or a dashed tail as the response."""
    found: list[_Clue] = []
    for first, last in list_items(doc, doc.blocks[index]):
        head = _ITEM_MARK.match(doc.lines[first])
        if head is None:
            continue
        clue = _clue_text(doc.lines[first][head.end() :].strip())
        if clue is None:
            continue
        own = [clue]
        response: str | None = None
        for line in range(first + 1, last):
            nested = _ITEM_MARK.match(doc.lines[line])
            if nested is not None:
                text = doc.lines[line][nested.end() :]
                labelled = _label_of(text)
                response = text[labelled[1] :].strip() if labelled is not None else text.strip()
                if not labelled and not text.strip():
                    response = ""
                break
            if doc.lines[line].strip():
                own.append(doc.lines[line].strip())
        front = " ".join(own)
        if response is None:
            front, response = _dashed_response(front)
        found.append(_Clue(index, first, last, front, response, ""))
    return found


def _dashed_response(text: str) -> tuple[str, str]:
    """`clue — looked it up: *What are the Andes?*`: the clue and the emphasised question after its last
    dash, or the text and '' when it ends with none."""
    dashes = list(_DASH.finditer(text))
    if dashes:
        tail = text[dashes[-1].end() :]
        question = _EMPHASISED_QUESTION.search(tail)
        if question is not None:
            return text[: dashes[-1].start()].strip(), question.group("q")
    return text, ""


def _unvalued_clues(doc: Document, free: set[int], labels: set[str], used: set[int]) -> list[_Clue]:
    """A blockquote or paragraph right before a paragraph that opens with one of the sheet's response labels."""
    found: list[_Clue] = []
    blocks = doc.blocks
    for index in sorted(free):
        after = index + 1
        if index in used or after not in free or blocks[index].kind not in ("blockquote", "paragraph"):
            continue
        if blocks[after].kind != "paragraph":
            continue
        response_lines = doc.lines[blocks[after].first : blocks[after].last]
        label = _label_of(response_lines[0])
        if label is None or label[0] not in labels:
            continue
        text = doc.block_text(index)
        if blocks[index].kind == "blockquote":
            text = "\n".join(re.sub(r"^[ \t]*>[ \t]?", "", line) for line in text.split("\n"))
        clue = " ".join(text.split())
        if not clue or _only_a_note(clue):
            continue
        response = "\n".join([response_lines[0][label[1] :].strip(), *(line.strip() for line in response_lines[1:])]).strip()
        found.append(_Clue(index, blocks[index].first, blocks[after].last, clue, response, label[0]))
    return found
