"""Lean equivalents of markdown-it-py rules and helpers that a build runs hundreds of thousands of times:
each follows the stock function of one release line for line (the same tests in the same order, the
same tokens and state), with its helper calls, lookups and debug log lines written out or left out.

- `lheading_then_paragraph`: `lheading` and, when it finds no underline, `paragraph`, scanning a
  paragraph's lines once instead of twice (the block tokenizer's table puts it in the pair's place).
- `lean_list` (a list rule answering terminator calls itself), `lean_heading`, `lean_inline` (the core
  rule parsing each inline token): `install_lean_block_rules`.
- `lean_fragments_join`, `lean_text_join`: `install_lean_joins`.
- `scan_delimiters`: `StateInline.scanDelims` for the lean emphasis rule (parsing.py).
- `fast_escaped_split`: the table rule's row splitter, `str.split` for a row without a backslash.

Each is installed only when markdown-it-py is a release it follows (`_FOLLOWED_RELEASES`) and the rule
in place is the stock one; tests/test_parsing.py checks each against the stock function.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import markdown_it
from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace, mdTrim
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.heading import heading as _heading
from markdown_it.rules_block.lheading import lheading as _lheading
from markdown_it.rules_block.list import list_block as _list_block
from markdown_it.rules_block.paragraph import paragraph as _paragraph
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.inline import inline as _core_inline
from markdown_it.rules_core.text_join import text_join as _text_join
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.fragments_join import fragments_join as _fragments_join
from markdown_it.token import Token

__all__ = [
    "lheading_then_paragraph", "lean_list", "lean_heading", "lean_inline", "install_lean_block_rules",
    "lean_fragments_join", "lean_text_join", "install_lean_joins", "scan_delimiters", "fast_escaped_split",
    "install_fast_escaped_split",
]  # fmt: skip

BlockRule = Callable[[StateBlock, int, int, bool], bool]

# The markdown-it-py releases whose rules `lheading_then_paragraph` (`lheading`, `paragraph`), `lean_list`
# (`list_block`), `lean_heading`, `lean_inline` (the core rule) and the lean joins (`fragments_join`, `text_join`) follow line for line: another release may change them, and then
# keeps its own.
_FOLLOWED_RELEASES = ("4.3.0",)


def _follows_this_release() -> bool:
    return markdown_it.__version__ in _FOLLOWED_RELEASES


def _fused(found: list[BlockRule], names: list[str | None], rules: list[BlockRule]) -> list[BlockRule]:
    """FOUND with markdown-it-py's own `lheading` directly followed by its own `paragraph` (so named in
    the ruler) replaced by `lheading_then_paragraph`."""
    named = dict(zip(rules, names, strict=True))
    for at in range(len(found) - 1):
        first, second = found[at], found[at + 1]
        if first is _lheading and second is _paragraph and named[first] == "lheading" and named[second] == "paragraph":
            return [*found[:at], lheading_then_paragraph, *found[at + 2 :]]
    return found


def lheading_then_paragraph(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:  # noqa: N803
    """markdown-it-py's `lheading` and, when it says no, `paragraph` (which the block tokenizer tries
    next when no rule lies between them), with the lines after the first scanned once instead of twice.

    Both rules walk those lines alike: they stop at a blank line, step over a line indented as code or
    (a blockquote quirk) of negative indentation, and stop at a line a paragraph terminator takes, asked
    with the same `parentType` ("paragraph"); `lheading` also stops, and succeeds, at a setext
    underline. So when the last line they may reach is the same (`endLine` for `lheading`, `lineMax`
    for `paragraph`) and `lheading` finds no underline, `paragraph` stops where it stopped. At an
    underline the work is left to `lheading` itself, from the state it was given; with other bounds,
    both rules run as they are. A failed `lheading` leaves `parentType` at "paragraph", and `paragraph`
    restores what it found: "paragraph" again. (The stock rules' debug log lines are not written.)"""
    if endLine != state.lineMax or state.is_code_block(startLine):
        return _lheading(state, startLine, endLine, silent) or _paragraph(state, startLine, endLine, silent)
    terminators = None  # fetched at the first line that asks them (a one-line paragraph never does)
    bMarks, eMarks, tShift, sCount, src = state.bMarks, state.eMarks, state.tShift, state.sCount, state.src  # noqa: N806
    size = len(src)
    blkIndent = state.blkIndent  # noqa: N806 - terminators run silent: they leave it as it is
    oldParentType = state.parentType  # noqa: N806
    state.parentType = "paragraph"
    nextLine = startLine + 1  # noqa: N806
    while nextLine < endLine:
        begin = bMarks[nextLine] + tShift[nextLine]
        maximum = eMarks[nextLine]
        if begin >= maximum:
            break  # a blank line
        indent = sCount[nextLine]
        if indent - blkIndent > 3:
            nextLine += 1  # noqa: N806 - what would be code continues the paragraph
            continue
        if indent >= blkIndent:
            marker = src[begin]
            if marker == "-" or marker == "=":
                # `lheading`'s underline test (`skipCharsStr`, then `skipSpaces`)
                pos = begin
                while pos < size and src[pos] == marker:
                    pos += 1
                while pos < size and (src[pos] == " " or src[pos] == "\t"):
                    pos += 1
                if pos >= maximum:
                    state.parentType = oldParentType
                    return _lheading(state, startLine, endLine, silent)
        if indent < 0:
            nextLine += 1  # noqa: N806
            continue
        if terminators is None:
            terminators = state.md.block.ruler.getRules("paragraph")
        terminate = False
        for terminator in terminators:
            if terminator(state, nextLine, endLine, True):
                terminate = True
                break
        if terminate:
            break
        nextLine += 1  # noqa: N806
    # `paragraph`, from the line `lheading` stopped at
    content = mdTrim(state.getLines(startLine, nextLine, blkIndent, False))
    state.line = nextLine
    token = state.push("paragraph_open", "p", 1)
    token.map = [startLine, nextLine]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [startLine, nextLine]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.parentType = "paragraph"
    return True


def lean_list(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:  # noqa: N803
    """markdown-it-py's list rule (`rules_block.list.list_block`). Asked only whether a list starts at a
    line (SILENT: as a terminator of a paragraph, list or blockquote, most of its calls), it answers here
    with the stock rule's tests and their order, its two marker scans written out and no debug log
    line; to parse a list, it is the stock rule."""
    if not silent:
        return _list_block(state, startLine, endLine, silent)
    if state.is_code_block(startLine):
        return False
    indent = state.sCount[startLine]
    if state.listIndent >= 0 and indent - state.listIndent >= 4 and indent < state.blkIndent:
        return False  # a paragraph continuation deeper than a list marker may stand
    terminating = state.parentType == "paragraph" and indent >= state.blkIndent
    src = state.src
    start = state.bMarks[startLine] + state.tShift[startLine]
    maximum = state.eMarks[startLine]
    # `skipOrderedListMarker`: one to nine digits, then `.` or `)`, then a space, a tab or the line's end
    after = -1
    if start + 1 < maximum and "0" <= src[start] <= "9":
        pos = start + 1
        while pos < maximum:
            char = src[pos]
            pos += 1
            if "0" <= char <= "9":
                if pos - start >= 10:
                    break
                continue
            if (char == ")" or char == ".") and (pos >= maximum or src[pos] == " " or src[pos] == "\t"):
                after = pos
            break
    if after >= 0:
        if terminating and int(src[start : after - 1]) != 1:
            return False  # only a list starting at 1 may interrupt a paragraph
    else:
        # `skipBulletListMarker`: `*`, `-` or `+`, then a space, a tab or the line's end
        if start >= len(src) or src[start] not in "*-+":
            return False
        after = start + 1
        if after < maximum and src[after] != " " and src[after] != "\t":
            return False
    if terminating:
        # an empty item may not interrupt a paragraph (`skipSpaces`, then the line's end)
        pos = after
        while pos < len(src) and (src[pos] == " " or src[pos] == "\t"):
            pos += 1
        if pos >= maximum:
            return False
    return True


def lean_heading(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:  # noqa: N803
    """markdown-it-py's ATX heading rule (`rules_block.heading.heading`): one to six `#`, then a space, a
    tab or the line's end; the text, less a closing run of `#` after a space, is the heading's inline
    content. The same tests and tokens, its helper calls written out, and no debug log line."""
    src = state.src
    pos = state.bMarks[startLine] + state.tShift[startLine]
    maximum = state.eMarks[startLine]
    if state.is_code_block(startLine):
        return False
    size = len(src)
    if pos >= size or src[pos] != "#" or pos >= maximum:
        return False
    level = 1
    pos += 1
    char = src[pos] if pos < size else None
    while char == "#" and pos < maximum and level <= 6:
        level += 1
        pos += 1
        char = src[pos] if pos < size else None
    if level > 6 or (pos < maximum and char != " " and char != "\t"):
        return False
    if silent:
        return True
    # `skipSpacesBack`, then `skipCharsStrBack` for a closing run of `#` after a space or tab
    while maximum > pos and (src[maximum - 1] == " " or src[maximum - 1] == "\t"):
        maximum -= 1
    closing = maximum
    while closing > pos and src[closing - 1] == "#":
        closing -= 1
    if closing > pos and (src[closing - 1] == " " or src[closing - 1] == "\t"):
        maximum = closing
    state.line = startLine + 1
    tag, markup = "h" + str(level), "########"[:level]
    token = state.push("heading_open", tag, 1)
    token.markup = markup
    token.map = [startLine, state.line]
    token = state.push("inline", "", 0)
    token.content = mdTrim(src[pos:maximum])
    token.map = [startLine, state.line]
    token.children = []
    token = state.push("heading_close", tag, -1)
    token.markup = markup
    return True


def lean_inline(state: StateCore) -> None:
    """markdown-it-py's `inline` core rule: each inline token's content parsed into its children."""
    md = state.md
    parse, env = md.inline.parse, state.env
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            parse(token.content, md, env, token.children)


def install_lean_block_rules(md: MarkdownIt) -> bool:
    """Put `lean_list` and `lean_heading` in place of MD's list and heading rules (keeping the chains each
    may end), and `lean_inline` in place of its inline core rule, when those are markdown-it-py's own
    and markdown-it-py is a release they follow; return whether it did."""
    if not _follows_this_release():
        return False
    block = {rule.name: rule for rule in md.block.ruler.__rules__}
    core = {rule.name: rule.fn for rule in md.core.ruler.__rules__}
    stock = {"list": _list_block, "heading": _heading}
    if any(name not in block or block[name].fn is not fn for name, fn in stock.items()) or core.get("inline") is not _core_inline:
        return False
    md.block.ruler.at("list", lean_list, {"alt": list(block["list"].alt)})
    md.block.ruler.at("heading", lean_heading, {"alt": list(block["heading"].alt)})
    md.core.ruler.at("inline", lean_inline)
    return True


_STOCK_SCAN_DELIMS = StateInline.scanDelims

_CHAR_CLASSES: dict[str, tuple[bool, bool]] = {}
"""Whether each character seen is punctuation (ASCII or Unicode) and whether it is whitespace, as
markdown-it-py's `scanDelims` asks of the characters around a run of markers."""


def _char_class(char: str) -> tuple[bool, bool]:
    found = _CHAR_CLASSES.get(char)
    if found is None:
        code = ord(char)
        found = (isMdAsciiPunct(code) or isPunctChar(char), isWhiteSpace(code))
        if len(_CHAR_CLASSES) < 4096:  # a bound for a text of many scripts: a character past it is asked again
            _CHAR_CLASSES[char] = found
    return found


def scan_delimiters(src: str, start: int, maximum: int, can_split_word: bool) -> tuple[int, bool, bool]:
    """`StateInline.scanDelims` as markdown-it-py writes it, for the run of markers at START of SRC (up
    to MAXIMUM): the run's length, and whether it can open and close emphasis (left- and right-flanking
    by the characters around it, a line's start and end counting as whitespace), with the classes of
    those characters remembered (`_char_class`) instead of asked again at every run."""
    marker = src[start]
    last = src[start - 1] if start > 0 else " "
    pos = start
    while pos < maximum and src[pos] == marker:
        pos += 1
    following = src[pos] if pos < maximum else " "
    classes = _CHAR_CLASSES  # (`_char_class`, its lookup written out: a class is a non-empty tuple)
    last_punct, last_white = classes.get(last) or _char_class(last)
    next_punct, next_white = classes.get(following) or _char_class(following)
    left_flanking = not (next_white or (next_punct and not (last_white or last_punct)))
    right_flanking = not (last_white or (last_punct and not (next_white or next_punct)))
    can_open = left_flanking and (can_split_word or not right_flanking or last_punct)
    can_close = right_flanking and (can_split_word or not left_flanking or next_punct)
    return pos - start, can_open, can_close


def lean_fragments_join(state: StateInline) -> None:
    """markdown-it-py's `fragments_join` (the last inline post-processing rule), with the same result for
    less work per token: the levels are counted again from the nesting of each token (emphasis may have
    turned marker text into tags), and each run of adjacent text tokens becomes its last token, holding
    the run's text and the level of the run's first."""
    tokens = state.tokens
    maximum = len(tokens)
    level = curr = last = 0
    while curr < maximum:
        token = tokens[curr]
        nesting = token.nesting
        if nesting < 0:
            level -= 1  # closing tag
        token.level = level
        if nesting > 0:
            level += 1  # opening tag
        curr += 1
        if token.type == "text" and curr < maximum and tokens[curr].type == "text":
            parts = [token.content]
            while curr < maximum and tokens[curr].type == "text":
                token = tokens[curr]
                parts.append(token.content)
                curr += 1
            token.content = "".join(parts)
            token.level = level
        tokens[last] = token
        last += 1
    if curr != last:
        del tokens[last:]


def lean_text_join(state: StateCore) -> None:
    """markdown-it-py's `text_join` core rule, with the same result for less work per token: in the
    children of each inline token (and of an image among them) a `text_special` token (an escape, an
    entity) becomes a `text` token, and each run of adjacent text tokens becomes its first token, holding
    the run's text. Each inline token gets a new list of children, as the stock rule gives it."""
    for inline_token in state.tokens:
        if inline_token.type != "inline":
            continue
        children = inline_token.children or []
        if len(children) == 1 and children[0].type == "text" and not children[0].children:
            # a lone text token (half the runs: a heading, an item, a cell) has nothing to join
            inline_token.children = [children[0]]
            continue
        for child in children:
            if child.children:  # an image's `alt` is its own token tree
                child.children = _joined_text(child.children)
        inline_token.children = _joined_text(children)


def _joined_text(tokens: list[Token]) -> list[Token]:
    """`text_join._join_text_tokens`: TOKENS with `text_special` tokens made text and each run of text
    tokens joined into its first."""
    joined: list[Token] = []
    first: Token | None = None  # the first text token of the run the last token belongs to
    parts: list[str] | None = None  # the run's texts, once it has more than one token
    for token in tokens:
        if token.type == "text_special":
            token.type = "text"
        if token.type != "text":
            if parts is not None:
                first.content = "".join(parts)  # type: ignore[union-attr]
                parts = None
            first = None
        elif first is None:
            first = token
        else:
            if parts is None:
                parts = [first.content]
            parts.append(token.content)
            continue
        joined.append(token)
    if parts is not None:
        first.content = "".join(parts)  # type: ignore[union-attr]
    return joined


def install_lean_joins(md: MarkdownIt) -> bool:
    """Put `lean_fragments_join` and `lean_text_join` in place of markdown-it-py's own rules, when MD
    has those and markdown-it-py is a release they follow; return whether it did."""
    if not _follows_this_release():
        return False
    core = {rule.name: rule.fn for rule in md.core.ruler.__rules__}
    post = {rule.name: rule.fn for rule in md.inline.ruler2.__rules__}
    if core.get("text_join") is not _text_join or post.get("fragments_join") is not _fragments_join:
        return False
    md.core.ruler.at("text_join", lean_text_join)
    md.inline.ruler2.at("fragments_join", lean_fragments_join)
    return True


# the module of markdown-it-py's table rule (the package's `table` is the rule function itself)
_table_rules = importlib.import_module("markdown_it.rules_block.table")
STOCK_ESCAPED_SPLIT: Callable[[str], list[str]] = _table_rules.escapedSplit
"""markdown-it-py's own splitter of a table row into cells (kept for the tests that compare the two)."""


def fast_escaped_split(string: str) -> list[str]:
    """`escapedSplit` of markdown-it-py's table rule: a row cut at each `|` that no backslash escapes,
    an escaped `\\|` kept as `|` in its cell. Without a backslash no pipe is escaped, and the stock
    loop then gives exactly `str.split("|")`; a row with one goes through the stock loop."""
    if "\\" in string:
        return STOCK_ESCAPED_SPLIT(string)
    return string.split("|")


def install_fast_escaped_split() -> bool:
    """Use `fast_escaped_split` in markdown-it-py's table rule from now on, when its splitter is the one
    of a release it follows; return whether it is in use."""
    if _table_rules.escapedSplit is STOCK_ESCAPED_SPLIT and _follows_this_release():
        _table_rules.escapedSplit = fast_escaped_split  # type: ignore[attr-defined]
    return _table_rules.escapedSplit is fast_escaped_split
