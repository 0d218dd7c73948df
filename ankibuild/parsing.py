"""markdown-it-py's parser, with exactly its tokens, for less work per block and per token.

Costs of the library that a build pays hundreds of thousands of times, cut without changing a token:

- **Block rules tried by first character.** At the start of every block the block parser calls each
  enabled rule in turn (seventeen with our plugins) until one takes the line; most return False after
  looking at the line's first character. `dispatch_block_rules` gives a parser a `tokenize` that calls,
  for a line starting with a given character, only the rules that can start with it, in their order.
  A line indented as code, and any rule not listed in `RULE_STARTS`, keep every rule: the table only
  ever leaves out a rule that would have said no.
- **The table rule only at lines with a pipe.** A GFM table's header row holds a `|`: at a line without
  one (most lines of prose), the block tokenizer and the terminator chains leave the table rule out.
- **Plain inline text.** Nearly half the inline runs of a typical note (headings, list items, table
  cells) hold none of the characters an enabled inline rule can start at. For such a run the inline
  parser's whole work is one `text` token holding the run: `plain_inline_text` writes that token
  without setting up the inline state, its rule loop and its post-processing rules (which, with no
  delimiter found, change nothing).
- **Token construction.** `Token` is a slotted dataclass whose generated `__init__` calls
  `__post_init__` and then `convert_attrs`; `fast_token_init` is the same initialiser written out, about
  twice as fast. It is installed only when `Token`'s fields are exactly the ones it was written for.
- **Terminators and inline rules by character, too.** The rules that may end a paragraph, list item
  or blockquote are asked about a line only when they can start with its first character
  (`dispatch_block_terminators`); the inline rules only at the characters they can start at
  (`dispatch_inline_rules`, with the `text` rule written out where it is the only candidate).
- **Lean states.** `LeanStateBlock` (line marks from `str.split`) and `LeanStateInline` push tokens by
  writing their fields; each is used only when a probe shows it keeps exactly the stock state's
  attributes. An inline run that left no delimiter skips the post-processing rules that only walk the
  delimiter lists; `lean_emphasis` is the emphasis rule with less work per marker. The tokenizers test
  a line for being blank, and read the rule chain and `maxNesting`, without method calls.
- **Lean rules** (lean_rules.py). Equivalents of the hottest markdown-it-py rules, each following one
  release line for line: a paragraph's lines scanned once when `lheading` finds no underline (the
  tokenizer's table puts `lheading_then_paragraph` in the pair's place), the list rule's terminator
  calls answered without parsing, ATX headings, the inline core rule, the two text joins, the table
  rule's row splitter, and the delimiter scan of `lean_emphasis`.
- **Plain link addresses.** `plain_link_addresses` returns an http(s) address of plain characters as it
  is, which is what markdown-it-py's `normalizeLink` (mdurl's parse, punycode and encode) makes of it.

Every fast path is checked against the parser without them (`_configured_parser(narrow=False)`) on the
notes, fixtures, benchmark notes and generated documents (tests/test_parser_variants.py,
tests/test_parsing.py).
"""

from __future__ import annotations

import dataclasses
import gc
import re
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import accumulate
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.balance_pairs import link_pairs as _link_pairs
from markdown_it.rules_inline.emphasis import postProcess as _emphasis_post
from markdown_it.rules_inline.emphasis import tokenize as _emphasis_rule
from markdown_it.rules_inline.fragments_join import fragments_join as _fragments_join
from markdown_it.rules_inline.state_inline import Delimiter
from markdown_it.rules_inline.strikethrough import postProcess as _strikethrough_post
from markdown_it.rules_inline.text import text as _text_rule
from markdown_it.token import Token

from .lean_rules import _STOCK_SCAN_DELIMS, _follows_this_release, _fused, lean_fragments_join, scan_delimiters

__all__ = ["RULE_STARTS", "dispatch_block_rules", "dispatch_block_terminators", "dispatch_inline_rules", "INLINE_RULE_STARTS", "fast_token_init", "install_fast_tokens", "plain_inline_text", "lean_block_state", "line_marks", "plain_link_addresses", "lean_emphasis", "install_lean_emphasis", "paused_collection"]

ANY = None
"""A rule that can take a line whatever its first character (a paragraph, a table's header row)."""

RULE_STARTS: dict[str, str | None] = {
    "front_matter": "-",  # `---` on the first line
    "table": ANY,  # the header row can start with anything; the delimiter row is the next line
    "code": "",  # only lines indented as code, which always get every rule
    "admonition": "!?",  # `!!! note`, `??? tip`
    "math_display_block": "$\\",  # `$$`, `\[`
    "math_environment": "\\",  # `\begin{…}`
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "footnote_def": "[",  # `[^label]:`
    "reference": "[",  # `[label]: url`
    "html_block": "<",
    "heading": "#",
    "lheading": ANY,  # a paragraph's text followed by an underline
    "deflist": ANY,  # a term line followed by `: definition`
    "paragraph": ANY,
}
"""The characters (after indentation) a line must start with for each block rule to take it; rules not
listed here are tried at every line."""

BlockRule = Callable[[StateBlock, int, int, bool], bool]


class _Dispatch:
    """The enabled rules of one chain of a block ruler (`""` for every rule, or the rules a paragraph,
    list, blockquote or reference definition may be ended by), by the first character of a line: built
    on first use and again whenever the ruler's set of enabled rules changes."""

    __slots__ = ("rules", "names", "by_char", "without_pipe", "pipes", "fuse")

    def __init__(self, md: MarkdownIt, rules: list[BlockRule], chain: str = "", *, fuse: bool = False) -> None:
        self.rules = rules
        self.fuse = fuse and not chain and _follows_this_release()
        """Whether a list has markdown-it-py's `lheading` and `paragraph` side by side replaced by
        `lheading_then_paragraph` (for the block tokenizer: a terminator chain keeps its rules)."""
        enabled = [r for r in md.block.ruler.__rules__ if r.enabled and (not chain or chain in r.alt)]
        names: list[str | None] = [r.name for r in enabled]
        if [r.fn for r in enabled] != rules:  # not the ruler this was written for: name nothing
            names = [None] * len(rules)
        self.names = names
        self.by_char: dict[str, list[BlockRule]] = {}
        self.without_pipe: dict[str, list[BlockRule]] = {}
        """The candidates for a line holding no `|`: those of `by_char` less the table rule."""
        self.pipes = "table" in names
        """Whether telling lines with a pipe from those without can leave out a rule (the table's)."""

    def for_char(self, char: str, pipe: bool = True) -> list[BlockRule]:
        """The rules that can take a line starting with CHAR, when it holds a pipe (PIPE) or not. A GFM
        table's first line (its header row) holds a pipe: markdown-it-py's table rule says no to a line
        without one (`"|" not in lineText`), and so does our wrapper of it (mathtex.py), at once."""
        chosen = self.by_char if pipe else self.without_pipe
        found = chosen.get(char)
        if found is None:
            found = chosen[char] = [
                rule
                for rule, name in zip(self.rules, self.names, strict=True)
                if (name is None or (starts := RULE_STARTS.get(name, ANY)) is ANY or (char and char in starts)) and (pipe or name != "table")
            ]
            if self.fuse:
                found[:] = _fused(found, self.names, self.rules)
        return found

    def for_line(self, state: StateBlock, line: int) -> list[BlockRule]:
        """The rules that can take LINE, read as the rules read it: containers move a line's marks, and a
        rule may swap `src` for a while. A line indented as code gets every rule (its first character
        says nothing), and so does the document's first line (the front matter rule reads the document's
        first character there, not the line's: inside a list item opening the document it can still fire)."""
        if line == 0 or state.sCount[line] - state.blkIndent >= 4:
            return self.rules
        pos, end = state.bMarks[line] + state.tShift[line], state.eMarks[line]
        src = state.src
        return self.for_char(src[pos] if pos < end else "", not self.pipes or src.find("|", pos, end) != -1)


def dispatch_block_rules(md: MarkdownIt) -> None:
    """Give MD's block parser a `tokenize` that tries, at each line, only the rules that can start with its
    first character. The loop is markdown-it-py's own (`ParserBlock.tokenize`), line for line, but for
    the choice of rules."""
    block = md.block
    dispatch: list[_Dispatch | None] = [None]

    def tokenize(self: Any, state: StateBlock, startLine: int, endLine: int) -> None:  # noqa: N803 - markdown-it's names
        # `self.ruler.getRules("")`: cached by the ruler, a new list after enable/disable
        compiled = self.ruler.__cache__ if _DIRECT else None
        rules = (compiled.get("") if compiled is not None else None) or self.ruler.getRules("")
        table = dispatch[0]
        if table is None or table.rules is not rules:
            table = dispatch[0] = _Dispatch(md, rules, fuse=True)
        line = startLine
        maxNesting = state.md.options._options["maxNesting"] if _DIRECT else state.md.options.maxNesting  # noqa: N806
        hasEmptyLines = False  # noqa: N806

        while line < endLine:
            # `state.skipEmptyLines(line)` written out (a line out of the marks' range raises IndexError
            # here: the method then skips it as it does)
            try:
                while line < state.lineMax and state.bMarks[line] + state.tShift[line] >= state.eMarks[line]:
                    line += 1
            except IndexError:
                line = state.skipEmptyLines(line)
            state.line = line
            if line >= endLine:
                break
            if state.sCount[line] < state.blkIndent:
                # Termination condition for nested calls (blockquotes and lists).
                break
            if state.level >= maxNesting:
                # If nesting level exceeded - skip tail to the end.
                state.line = endLine
                break
            if line == 0 or state.sCount[line] - state.blkIndent >= 4:
                # indented code: the first character says nothing; the document's first line gets every rule
                # too (the front matter rule looks at the document's first character, not the line's)
                candidates = rules
            else:
                # `for_line` written out: read as the rules read it (containers move a line's marks, a
                # rule may swap `src` for a while)
                pos, end = state.bMarks[line] + state.tShift[line], state.eMarks[line]
                src = state.src
                char = src[pos] if pos < end else ""
                if table.pipes and src.find("|", pos, end) == -1:
                    candidates = table.without_pipe.get(char) or table.for_char(char, False)
                else:
                    candidates = table.by_char.get(char) or table.for_char(char)
            ok = False
            for rule in candidates:
                ok = rule(state, line, endLine, False)
                if ok:
                    if state.line <= line:
                        raise RuntimeError("block rule didn't increment state.line")
                    break
            if not ok:
                raise RuntimeError("none of the block rules matched")
            state.tight = not hasEmptyLines
            line = state.line
            # paragraph might "eat" one newline after it in nested lists
            # (`state.isEmpty`, written out)
            if (line - 1) < endLine and state.bMarks[line - 1] + state.tShift[line - 1] >= state.eMarks[line - 1]:
                hasEmptyLines = True  # noqa: N806
            if line < endLine and state.bMarks[line] + state.tShift[line] >= state.eMarks[line]:
                hasEmptyLines = True  # noqa: N806
                line += 1
                state.line = line

    block.tokenize = types.MethodType(tokenize, block)  # type: ignore[method-assign]



_DIRECT = _follows_this_release()
"""Whether the tokenizers read a ruler's compiled chains and the parser's options from the dicts
markdown-it-py keeps them in (`Ruler.__cache__`, `OptionsDict._options`) rather than through the
method and the property that return them (`getRules("")`, `maxNesting`), once per block and inline
run: the same lists and value, without two calls."""


def line_marks(src: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """`StateBlock`'s per-line bookkeeping of SRC, each list ending with the extra entry for the end:
    where each line begins and ends, how many spaces and tabs open it, and its indentation with tabs
    expanded to the next multiple of four. The same lists markdown-it-py's `StateBlock.__init__` writes
    character by character, from `str.split` and one length per line."""
    lines = src.split("\n")
    # the text after a final line break is no line; nor is a last line holding only spaces and tabs
    if src.endswith("\n") or not lines[-1].strip(" \t"):
        lines.pop()
    lengths = [len(line) for line in lines]
    begins = list(accumulate([n + 1 for n in lengths], initial=0))
    begins[-1] = len(src)
    ends = [begin + n for begin, n in zip(begins, lengths, strict=False)]
    ends.append(len(src))
    shifts = [n - len(line.lstrip(" \t")) for line, n in zip(lines, lengths, strict=True)]
    shifts.append(0)
    if "\t" not in src:
        return begins, ends, shifts, shifts[:]  # without tabs, the indentation is the count of spaces
    counts = [_expanded(line, shift) if "\t" in line[:shift] else shift for line, shift in zip(lines, shifts, strict=False)]
    counts.append(0)
    return begins, ends, shifts, counts


def _expanded(line: str, shift: int) -> int:
    offset = 0
    for char in line[:shift]:
        offset += 4 - offset % 4 if char == "\t" else 1
    return offset


_new_token = object.__new__

_SHARED_EMPTY: tuple[dict[str, Any], dict[str, Any]] | None = ({}, {})
"""The empty `attrs` and `meta` every token that opens nothing (nesting 0 or -1: text, closing tags, inline
runs, fences …) is given by the lean states' `push` and `pushPending`, instead of two new dicts each (about
two thirds of a document's tokens: two objects fewer each to make and to free). It is safe because nothing
writes into such a token's dicts: markdown-it-py's rules, the plugins the parser uses and this package set
attributes or meta entries only on tokens pushed as opening ones (list items and lists of task lists,
alerts) or on tokens they first gave dicts of their own (links, images, footnotes, math warnings); the
text tokens emphasis turns into `em_open` and the like keep empty dicts; readers only read. `shared_empty_untouched` checks it after each document; None: every token gets
dicts of its own (`fresh_token_dicts`)."""


class LeanStateBlock(StateBlock):
    """`StateBlock` with the same attributes and values, set up for less work: the line marks come
    from `line_marks`, and `push` writes a token's fields itself (what `Token(...)`, through
    `fast_token_init`, and the stock `push` write, without their two calls)."""

    def __init__(self, src: str, md: MarkdownIt, env: Any, tokens: list[Token]) -> None:
        super().__init__("", md, env, tokens)  # every attribute, for a text of no line
        self.src = src
        self.bMarks, self.eMarks, self.tShift, self.sCount = line_marks(src)
        self.bsCount = [0] * len(self.bMarks)
        self.lineMax = len(self.bMarks) - 1  # don't count the extra entry

    def getLines(self, begin: int, end: int, indent: int, keepLastLF: bool) -> str:  # noqa: N802, N803
        """`StateBlock.getLines`: the text of lines BEGIN to END, less INDENT columns of each. With no
        indentation to take off (a paragraph at the top level), each line's text runs from its begin
        mark to its end mark and the line break after it, the last line's break only with KEEPLASTLF,
        as the stock loop, which then skips nothing, cuts it."""
        if indent < 0 or begin >= end:
            return super().getLines(begin, end, indent, keepLastLF)
        bMarks, eMarks, src = self.bMarks, self.eMarks, self.src  # noqa: N806
        if indent > 0:
            return self._indented_lines(begin, end, indent, keepLastLF)
        last = end - 1
        tail = src[bMarks[last] : eMarks[last] + 1 if keepLastLF else eMarks[last]]
        if begin == last:
            return tail
        return "".join([*[src[bMarks[line] : eMarks[line] + 1] for line in range(begin, last)], tail])

    def _indented_lines(self, begin: int, end: int, indent: int, keepLastLF: bool) -> str:  # noqa: N803
        """`getLines` less INDENT columns of each line (a paragraph in a list item, say). The stock loop
        counts one column for each space, and for each other character among the line's first
        `tShift` (the marks of the containers it sits in, which a list item's first line counts there);
        a tab counts up to the next tab stop. So when a line's `tShift` is at least INDENT and its first
        INDENT characters, all within the line, hold no tab, the loop steps over exactly those and the
        line's text starts after them. Any other line sends the whole cut to the stock loop."""
        bMarks, eMarks, tShift, src = self.bMarks, self.eMarks, self.tShift, self.src  # noqa: N806
        parts = []
        for line in range(begin, end):
            start = bMarks[line]
            cut = start + indent
            if tShift[line] < indent or cut > eMarks[line] or src.find("\t", start, cut) != -1:
                return super().getLines(begin, end, indent, keepLastLF)
            parts.append(src[cut : eMarks[line] + 1 if line + 1 < end or keepLastLF else eMarks[line]])
        return parts[0] if len(parts) == 1 else "".join(parts)

    def push(self, ttype: str, tag: str, nesting: Any) -> Token:
        """Push a new token to the stream (`StateBlock.push`)."""
        token = _new_token(Token)
        token.type = ttype
        token.tag = tag
        token.nesting = nesting
        shared = _SHARED_EMPTY
        if nesting == 1 or shared is None:
            token.attrs, token.meta = {}, {}
        else:  # a token that opens nothing is never written into (`_SHARED_EMPTY`)
            token.attrs, token.meta = shared
        token.map = None
        if nesting < 0:
            self.level -= 1  # closing tag
        token.level = self.level
        if nesting > 0:
            self.level += 1  # opening tag
        token.children = None
        token.content = token.markup = token.info = ""
        token.block = True
        token.hidden = False
        self.tokens.append(token)
        return token


_PROBES = ("", "a", "a\n", " \t", "a\n \t", "\n\n", "  x\n\ty\n \t z\n\t", "# H\n\n- a\n  b\n> q\r\n", "x\n  ")


def _lean_block_state_is_exact(md: MarkdownIt) -> bool:
    """Whether `LeanStateBlock` sets up exactly the attributes `StateBlock` does, on texts that hold every
    case of its line loop, and pushes the same tokens (a markdown-it-py that changed either keeps its
    own)."""
    for src in _PROBES:
        lean, stock = LeanStateBlock(src, md, {}, []), StateBlock(src, md, {}, [])
        if vars(lean) != vars(stock):
            return False
        for args in (("paragraph_open", "p", 1), ("inline", "", 0), ("paragraph_close", "p", -1)):
            if lean.push(*args) != stock.push(*args) or vars(lean) != vars(stock):
                return False
    return True


def lean_block_state(md: MarkdownIt) -> bool:
    """Give MD's block parser a `parse` that works on a `LeanStateBlock`, when `Token` is built by
    `fast_token_init` (whose fields `LeanStateBlock.push` writes) and the lean state is exact; return
    whether it does."""
    if Token.__init__ is not fast_token_init or not _lean_block_state_is_exact(md):
        return False
    block = md.block

    def parse(self: Any, src: str, md: MarkdownIt, env: Any, outTokens: list[Token]) -> list[Token] | None:  # noqa: N803
        """`ParserBlock.parse` with the lean state."""
        if not src:
            return None
        state = LeanStateBlock(src, md, env, outTokens)
        self.tokenize(state, state.line, state.lineMax)
        return state.tokens

    block.parse = types.MethodType(parse, block)  # type: ignore[method-assign]
    return True

def dispatch_block_terminators(md: MarkdownIt) -> None:
    """Let the rules that may end a paragraph, a list item, a blockquote or a reference definition
    without a blank line be tried, at each line, only when they can start with its first character.

    Every user of such a chain (`ruler.getRules("paragraph")` and the like, in markdown-it-py's
    paragraph, lheading, list, blockquote, reference and table rules) only asks whether *any* of its
    rules takes the line, trying them in order and stopping at the first that does. So MD's block
    ruler answers for a named chain one rule that asks the same question of the candidates for the
    line's first character (the table of `dispatch_block_rules`), in the same order; the unnamed chain,
    which the block tokenizer runs, is the ruler's own."""
    ruler = md.block.ruler
    stock_get_rules = ruler.getRules
    chains: dict[str, tuple[list[BlockRule], list[BlockRule]]] = {}

    def getRules(chainName: str = "") -> list[BlockRule]:  # noqa: N802, N803 - markdown-it's names
        rules = stock_get_rules(chainName)
        if not chainName or not rules:
            return rules
        known = chains.get(chainName)
        if known is None or known[0] is not rules:  # first use, or the ruler recompiled its chains
            table = _Dispatch(md, rules, chainName)

            def any_rule_takes(state: StateBlock, line: int, end_line: int, silent: bool) -> bool:
                # `table.for_line(state, line)`, written out (a call per line and chain saved)
                if line == 0 or state.sCount[line] - state.blkIndent >= 4:
                    candidates = table.rules
                else:
                    pos, end, src = state.bMarks[line] + state.tShift[line], state.eMarks[line], state.src
                    char = src[pos] if pos < end else ""
                    if table.pipes and src.find("|", pos, end) == -1:
                        candidates = table.without_pipe.get(char) or table.for_char(char, False)
                    else:
                        candidates = table.by_char.get(char) or table.for_char(char)
                for rule in candidates:  # noqa: SIM110 - a loop: no generator per line
                    if rule(state, line, end_line, silent):
                        return True
                return False

            known = chains[chainName] = (rules, [any_rule_takes])
        return known[1]

    ruler.getRules = getRules  # type: ignore[method-assign]


INLINE_RULE_STARTS = {
    "newline": "\n", "math_inline": "$\\", "escape": "\\", "backticks": "`", "strikethrough": "~", "mark": "=",
    "emphasis": "*_", "link": "[", "image": "!", "footnote_inline": "^", "footnote_ref": "[", "autolink": "<",
    "html_inline": "<", "entity": "&",
}  # fmt: skip
"""The characters each inline rule can start at: at any other it returns False at once, having changed
nothing. (`text` is the rule for every other character: see `_InlineDispatch`.)"""

InlineRule = Callable[[StateInline, bool], bool]

# The terminator pattern as markdown-it-py (`add_terminator_char`) and `_narrow_terminators` build it:
# one character class, so whether `text` can start at a position depends on that one character.
_ONE_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\\\]])*\]", re.DOTALL)


class _InlineDispatch:
    """The enabled inline rules, by the character at the position the tokenizer is at (built on first
    use and again when the ruler's rules or the terminator pattern change).

    `text` takes a run up to the next character of `terminator_re`: it is a candidate exactly at the
    characters that pattern does not match (at one it does, it returns False at once). Any other rule
    is a candidate at the characters `INLINE_RULE_STARTS` lists for it; a rule it does not list, or
    `text` replaced by another function or read with a pattern of another shape, at every character."""

    __slots__ = ("rules", "terminators", "names", "by_char", "text_only")

    def __init__(self, md: MarkdownIt, rules: list[InlineRule], terminators: re.Pattern[str]) -> None:
        self.rules = rules
        self.terminators = terminators
        enabled = [r for r in md.inline.ruler.__rules__ if r.enabled]
        names: list[str | None] = [r.name for r in enabled]
        if [r.fn for r in enabled] != rules:  # not the ruler this was written for: name nothing
            names = [None] * len(rules)
        simple = terminators.flags & ~re.UNICODE == 0 and _ONE_CHARACTER_CLASS.fullmatch(terminators.pattern)
        self.names = [None if name == "text" and (rule is not _text_rule or not simple) else name for rule, name in zip(rules, names, strict=True)]
        self.by_char: dict[str, list[InlineRule]] = {}
        self.text_only: list[InlineRule] = [_text_rule]
        """The one list `for_char` gives for a character where only the stock `text` rule can start."""

    def for_char(self, char: str) -> list[InlineRule]:
        found = self.by_char.get(char)
        if found is None:
            found = [rule for rule, name in zip(self.rules, self.names, strict=True) if self._may_start(name, char)]
            self.by_char[char] = found = self.text_only if found == self.text_only else found
        return found

    def _may_start(self, name: str | None, char: str) -> bool:
        if name == "text":
            return self.terminators.match(char) is None
        starts = INLINE_RULE_STARTS.get(name) if name is not None else None
        return starts is None or char in starts


def lean_emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it-py's emphasis rule (`rules_inline.emphasis.tokenize`), with the same tokens and
    delimiters, for less work per marker: each `*` or `_` of a run becomes a text token and a delimiter
    that the post-processing rules pair into `em` and `strong` tags or leave as text."""
    if silent:
        return False
    marker = state.src[state.pos]
    if marker != "_" and marker != "*":
        return False
    if type(state).scanDelims is _STOCK_SCAN_DELIMS and _follows_this_release():
        length, can_open, can_close = scan_delimiters(state.src, state.pos, state.posMax, marker == "*")
    else:
        scanned = state.scanDelims(state.pos, marker == "*")
        length, can_open, can_close = scanned.length, scanned.can_open, scanned.can_close
    code = ord(marker)
    tokens, delimiters = state.tokens, state.delimiters  # a text token (nesting 0) leaves both in place
    state.push("text", "", 0).content = marker  # the pending text flushed before the first marker
    delimiters.append(_delimiter(code, length, len(tokens) - 1, can_open, can_close))
    for _ in range(length - 1):
        if type(state) is LeanStateInline:
            # `push("text", "", 0)` with nothing pending (the first push flushed it): a token at the
            # state's level, no entry in the delimiter stack
            token = _new_token(Token)
            token.type = "text"
            token.tag = ""
            token.nesting = 0
            token.attrs, token.meta = _SHARED_EMPTY or ({}, {})  # a text token opens nothing (`_SHARED_EMPTY`)
            token.map = None
            token.level = state.level
            token.children = None
            token.content = marker
            token.markup = token.info = ""
            token.block = token.hidden = False
            state.pendingLevel = state.level
            tokens.append(token)
            state.tokens_meta.append(None)
        else:
            state.push("text", "", 0).content = marker
        delimiters.append(_delimiter(code, length, len(tokens) - 1, can_open, can_close))
    state.pos += length
    return True


def _delimiter(marker: int, length: int, token: int, can_open: bool, can_close: bool) -> Delimiter:
    """`Delimiter(marker, length, token, -1, can_open, can_close)`: its seven slots written here."""
    delimiter = _new_delimiter(Delimiter)
    delimiter.marker = marker
    delimiter.length = length
    delimiter.token = token
    delimiter.end = -1
    delimiter.open = can_open
    delimiter.close = can_close
    delimiter.level = None
    return delimiter


_new_delimiter = object.__new__


def install_lean_emphasis(md: MarkdownIt) -> bool:
    """Put `lean_emphasis` in place of MD's emphasis rule when that is markdown-it-py's own, and
    `Delimiter` has the fields it fills in that order; return whether it did."""
    fields = [f.name for f in dataclasses.fields(Delimiter)]
    rules = {rule.name: rule.fn for rule in md.inline.ruler.__rules__}
    if rules.get("emphasis") is not _emphasis_rule or fields != ["marker", "length", "token", "end", "open", "close", "level"]:
        return rules.get("emphasis") is lean_emphasis
    md.inline.ruler.at("emphasis", lean_emphasis)
    return True

def dispatch_inline_rules(md: MarkdownIt) -> None:
    """Give MD's inline parser a `tokenize` that tries, at each position, only the rules that can start
    at its character. The loop is markdown-it-py's own (`ParserInline.tokenize`), line for line, but
    for the choice of rules."""
    inline = md.inline
    dispatch: list[_InlineDispatch | None] = [None]

    def tokenize(self: ParserInline, state: StateInline) -> None:
        compiled = self.ruler.__cache__ if _DIRECT else None  # `self.ruler.getRules("")`, as above
        rules = (compiled.get("") if compiled is not None else None) or self.ruler.getRules("")
        terminators = state.md.inline.terminator_re  # what the `text` rule reads
        table = dispatch[0]
        if table is None or table.rules is not rules or table.terminators is not terminators:
            table = dispatch[0] = _InlineDispatch(md, rules, terminators)
        end = state.posMax
        maxNesting = state.md.options._options["maxNesting"] if _DIRECT else state.md.options["maxNesting"]  # noqa: N806
        by_char, text_only = table.by_char, table.text_only

        while state.pos < end:
            pos = state.pos
            ok = False
            if state.level < maxNesting:
                char = state.src[pos]
                candidates = by_char.get(char) or table.for_char(char)  # (`for_char`, its lookup written out)
                if candidates is text_only:
                    # the `text` rule, written out (the most frequent call by far): at a character
                    # that is not a terminator it takes the run up to the next one (it says no only
                    # when that leaves it where it is, and then the loop below asks it)
                    found = terminators.search(state.src, pos)
                    stop = found.start() if found else state.posMax
                    if stop > pos:
                        state.append_pending(state.src[pos:stop])
                        state.pos = stop
                        if stop >= end:
                            break
                        continue
                for rule in candidates:
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= pos:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if ok:
                if state.pos >= end:
                    break
                continue
            state.append_pending(state.src[state.pos])
            state.pos += 1

        if state.pending:
            state.pushPending()

    inline.tokenize = types.MethodType(tokenize, inline)  # type: ignore[method-assign]


QUIET_POST_RULES = frozenset({"balance_pairs", "strikethrough", "emphasis", "fragments_join"})
"""Inline post-processing rules that change nothing without delimiters in a run of one text token."""


_DELIMITER_RULES = frozenset({_link_pairs, _emphasis_post, _strikethrough_post})
"""Post-processing rules that only read and rewrite the tokens the delimiter lists point at: they walk
`state.delimiters` and the `delimiters` lists of `state.tokens_meta`, and with every list empty do
nothing."""
_KNOWN_POST_RULES = _DELIMITER_RULES | {_fragments_join, lean_fragments_join}
"""With no other post-processing rule (one that might add delimiters), a run that left no delimiter
skips `_DELIMITER_RULES`."""


def _delimiter_free(state: StateInline) -> bool:
    """Whether the run left no delimiter: none at the top level nor inside a link or other opening tag
    (`push` gives each opening tag its list in `tokens_meta`)."""
    if state.delimiters:
        return False
    return not any(state.tokens_meta) or not any(meta.get("delimiters") for meta in state.tokens_meta if meta)

def plain_inline_text(md: MarkdownIt) -> None:
    """Give MD's inline parser a `parse` that writes a run holding no character of the parser's
    terminators (where any rule but `text` could start) as the one text token markdown-it-py would
    make of it. Other runs, and every run while a rule other than `text` comes first or a
    post-processing rule not known to be quiet is enabled, are parsed as `ParserInline.parse` does, on
    a `LeanStateInline` when it is exact."""
    inline = md.inline
    # whether the rules allow it, for the rule lists it was decided for (the rulers cache their lists
    # until a rule is enabled or disabled): asked once, not at every run
    decided: list[tuple[list[Any], list[Any], bool, bool, Any, Any]] = []
    # whether the rulers' compiled chains can be told unchanged by their identity (markdown-it-py's
    # `Ruler` compiles a new `__cache__` after every change, and `getRules` reads the lists in it):
    # two attribute reads instead of two `getRules` calls at every run
    direct = _follows_this_release()
    # the lean state, when `Token` is built by `fast_token_init` (whose fields it writes) and it is exact
    lean = Token.__init__ is fast_token_init and _lean_inline_state_is_exact(md)

    def parse(self: ParserInline, src: str, md: MarkdownIt, env: Any, tokens: list[Token]) -> list[Token]:
        ruler, ruler2 = self.ruler, self.ruler2
        known = decided[0] if decided else None
        if known is not None and direct and ruler.__cache__ is known[4] is not None and ruler2.__cache__ is known[5] is not None:
            rules, post_rules = known[0], known[1]  # the lists `getRules` would give: its compiled lists are those
        else:
            rules, post_rules = ruler.getRules(""), ruler2.getRules("")
        if known is None or known[0] is not rules or known[1] is not post_rules:
            allowed = rules[:1] == [_text_rule] and QUIET_POST_RULES.issuperset(ruler2.get_active_rules())
            known = (rules, post_rules, allowed, _KNOWN_POST_RULES.issuperset(post_rules), ruler.__cache__, ruler2.__cache__)
            decided[:] = [known]
        if src and known[2] and md.inline.terminator_re.search(src) is None:
            # what the `text` rule and `pushPending` make of it: content the whole run, level 0
            if lean:  # `Token("text", "", 0)`, its fields written here as `LeanStateInline.pushPending` does
                token = _new_token(Token)
                token.type = "text"
                token.tag = ""
                token.nesting = 0
                token.attrs, token.meta = _SHARED_EMPTY or ({}, {})  # a text token opens nothing (`_SHARED_EMPTY`)
                token.map = None
                token.level = 0
                token.children = None
                token.markup = token.info = ""
                token.block = token.hidden = False
            else:
                token = Token("text", "", 0)
            token.content = src
            tokens.append(token)
            return tokens
        if not lean:
            return ParserInline.parse(self, src, md, env, tokens)
        # `ParserInline.parse`, on the lean state
        state = LeanStateInline(src, md, env, tokens)
        self.tokenize(state)
        skip = _DELIMITER_RULES if known[3] and _delimiter_free(state) else ()
        for rule in post_rules:
            if rule not in skip:
                rule(state)
        return state.tokens

    inline.parse = types.MethodType(parse, inline)  # type: ignore[method-assign]



class LeanStateInline(StateInline):
    """`StateInline` whose `push` and `pushPending` write a token's fields themselves (what `Token(...)`,
    through `fast_token_init`, and the stock methods write, without their calls), and look at the
    pending text only when some was buffered."""

    def pushPending(self) -> Token:  # noqa: N802 - markdown-it's name
        """Flush the pending text as a text token (`StateInline.pushPending`)."""
        token = _new_token(Token)
        token.type = "text"
        token.tag = ""
        token.nesting = 0
        token.attrs, token.meta = _SHARED_EMPTY or ({}, {})  # a text token opens nothing (`_SHARED_EMPTY`)
        token.map = None
        token.level = self.pendingLevel
        token.children = None
        # the `pending` property and its setter, written out: the buffered text joined to the rest, then
        # both emptied (the buffer cleared, and a new one set)
        buffer = self._pending_buffer
        if buffer:
            token.content = self._pending + "".join(buffer)
            buffer.clear()
        else:
            token.content = self._pending
        self._pending = ""
        self._pending_buffer = []
        token.markup = token.info = ""
        token.block = token.hidden = False
        self.tokens.append(token)
        return token

    def push(self, ttype: str, tag: str, nesting: Any) -> Token:
        """Push a new token to the stream, the pending text first (`StateInline.push`)."""
        if (self._pending or self._pending_buffer) and self.pending:
            self.pushPending()
        token = _new_token(Token)
        token.type = ttype
        token.tag = tag
        token.nesting = nesting
        shared = _SHARED_EMPTY
        if nesting == 1 or shared is None:
            token.attrs, token.meta = {}, {}
        else:  # a token that opens nothing is never written into (`_SHARED_EMPTY`)
            token.attrs, token.meta = shared
        token.map = None
        token.children = None
        token.content = token.markup = token.info = ""
        token.block = token.hidden = False
        token_meta = None
        if nesting < 0:
            self.level -= 1  # closing tag
            self.delimiters = self._prev_delimiters.pop()
        token.level = self.level
        if nesting > 0:
            self.level += 1  # opening tag
            self._prev_delimiters.append(self.delimiters)
            self.delimiters = []
            token_meta = {"delimiters": self.delimiters}
        self.pendingLevel = self.level
        self.tokens.append(token)
        self.tokens_meta.append(token_meta)
        return token


def _lean_inline_state_is_exact(md: MarkdownIt) -> bool:
    """Whether `LeanStateInline` keeps the attributes `StateInline` does through a run of pushes, with
    and without pending text, some of it read (as the newline rule reads it) before more is buffered and
    flushed (a markdown-it-py that changed either keeps its own)."""

    def drive(state: StateInline) -> list[Any]:
        seen: list[Any] = []
        steps = ("a ", ("em_open", "em", 1), "", ("text", "", 0), "b", ("em_close", "em", -1), None, ("br", "br", 0), "d", ..., "e", None, "f", ..., "g", ("br", "br", 0), "h", ..., "i", 0)
        for step in steps:
            if isinstance(step, tuple):
                seen.append(state.push(*step))  # type: ignore[arg-type]
            elif step is None:
                state.pending = " c"
                seen.append(state.pushPending())
            elif step is ...:
                seen.append(state.pending)
            elif isinstance(step, str):
                state.append_pending(step)
            else:  # flushed as it is
                seen.append(state.pushPending())
            seen.append(dict(vars(state)))
        return seen

    return drive(LeanStateInline("a *b* c", md, {}, [])) == drive(StateInline("a *b* c", md, {}, []))


# An http(s) address whose host is lower-case ASCII labels (as mdurl accepts them: at most 63 characters
# each, 255 in all) and whose path, query and fragment hold only characters URL encoding keeps.
_PLAIN_ADDRESS = re.compile(
    r"https?://(?=[a-z0-9.-]{1,255}(?:[/?#]|$))[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*"
    r"(?:/[A-Za-z0-9\-._~/]*)?(?:\?[A-Za-z0-9\-._~/=&]*)?(?:#[A-Za-z0-9\-._~/]*)?"
)


def plain_link_addresses(md: MarkdownIt) -> None:
    """Give MD a `normalizeLink` that returns a plain http(s) address (`_PLAIN_ADDRESS`) as it is, which is
    what markdown-it-py's makes of it: mdurl parses it into scheme, host, path, query and fragment and
    formats them back in the same order; the punycode step leaves an ASCII host alone, and encoding
    leaves its characters alone. Any other address goes through markdown-it-py's own."""
    stock = md.normalizeLink

    def normalize_link(url: str) -> str:
        return url if _PLAIN_ADDRESS.fullmatch(url) else stock(url)

    md.normalizeLink = normalize_link  # type: ignore[method-assign]


@contextmanager
def paused_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a while (a document's parse), when it is running.

    The parser allocates about three tracked objects per token (the token, its `attrs` and `meta`) and
    frees none of them: every 700 allocations the collector walks the young objects (and, now and
    then, the whole heap) and finds nothing to free, which costs about as much as the parse itself in
    a build that keeps what it derives. Paused, the objects are still tracked; the collector runs at
    the first allocation after it resumes. It changes when garbage is collected, never what a parse
    returns."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

_MISSING: Any = object()


def fast_token_init(
    self: Token,
    type: str,  # noqa: A002 - the dataclass field's name
    tag: str,
    nesting: int,
    attrs: Any = _MISSING,
    map: list[int] | None = None,  # noqa: A002
    level: int = 0,
    children: list[Token] | None = None,
    content: str = "",
    markup: str = "",
    info: str = "",
    meta: Any = _MISSING,
    block: bool = False,
    hidden: bool = False,
) -> None:
    """`Token.__init__` as the dataclass writes it, `__post_init__`'s `convert_attrs` inlined: no
    attrs (or empty ones) give a new dict, a list of pairs a dict of them, a mapping stays itself; meta
    defaults to a new dict."""
    self.type = type
    self.tag = tag
    self.nesting = nesting  # type: ignore[assignment]
    self.attrs = {} if attrs is _MISSING or not attrs else dict(attrs) if isinstance(attrs, list) else attrs
    self.map = map
    self.level = level
    self.children = children
    self.content = content
    self.markup = markup
    self.info = info
    self.meta = {} if meta is _MISSING else meta
    self.block = block
    self.hidden = hidden


_EXPECTED_FIELDS = (
    ("type", False, False), ("tag", False, False), ("nesting", False, False), ("attrs", False, True),
    ("map", True, False), ("level", True, False), ("children", True, False), ("content", True, False),
    ("markup", True, False), ("info", True, False), ("meta", False, True), ("block", True, False),
    ("hidden", True, False),
)  # fmt: skip
"""(name, has a default value, has a default factory) of each `Token` field `fast_token_init` knows."""
_EXPECTED_DEFAULTS = {"map": None, "level": 0, "children": None, "content": "", "markup": "", "info": "", "block": False, "hidden": False}


def _token_is_as_expected() -> bool:
    fields = dataclasses.fields(Token)
    shape = tuple((f.name, f.default is not dataclasses.MISSING, f.default_factory is not dataclasses.MISSING) for f in fields)
    defaults_match = all(f.default == _EXPECTED_DEFAULTS[f.name] for f in fields if f.name in _EXPECTED_DEFAULTS)
    factories_match = all(f.default_factory() == {} for f in fields if f.default_factory is not dataclasses.MISSING)
    return shape == _EXPECTED_FIELDS and defaults_match and factories_match and hasattr(Token, "__post_init__")


STOCK_TOKEN_INIT = Token.__init__
"""The dataclass's own initialiser (kept for the tests that compare the two)."""


def install_fast_tokens() -> bool:
    """Use `fast_token_init` for every `Token` from now on, when `Token` has the fields it was written for
    (a markdown-it-py that changed them keeps its own); return whether it is in use."""
    if Token.__init__ is not fast_token_init and _token_is_as_expected():
        Token.__init__ = fast_token_init  # type: ignore[method-assign]
    return Token.__init__ is fast_token_init


# sp2-card
def shared_empty_untouched() -> bool:
    """Whether the dicts of `_SHARED_EMPTY` are still empty (nothing wrote into a token's shared dicts); if
    not, they are emptied again, and what was made from the tokens since must be made anew with
    `fresh_token_dicts`."""
    if _SHARED_EMPTY is None or not (_SHARED_EMPTY[0] or _SHARED_EMPTY[1]):
        return True
    _SHARED_EMPTY[0].clear()
    _SHARED_EMPTY[1].clear()
    return False


@contextmanager
def fresh_token_dicts() -> Iterator[None]:
    """Give every token dicts of its own for a while (`_SHARED_EMPTY`)."""
    global _SHARED_EMPTY
    saved, _SHARED_EMPTY = _SHARED_EMPTY, None
    try:
        yield
    finally:
        _SHARED_EMPTY = saved
