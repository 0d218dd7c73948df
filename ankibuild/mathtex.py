"""TeX math for the renderer: a markdown-it-py plugin emitting Anki's MathJax delimiters.

Anki typesets `\\(…\\)` (inline) and `\\[…\\]` (display) found as text in a card, so every formula is
written back out with those delimiters, HTML-escaped and otherwise byte for byte. Recognised sources:

- `$…$` inline, by pandoc's rules: the opener is not followed by whitespace, the closer is not preceded
  by whitespace nor followed by a digit, so prices (`$5 and $10`, `$3.50`) stay text;
- `$$…$$` and `\\[…\\]`: a display block when on their own lines (one or several), display math inside a
  paragraph otherwise; `\\(…\\)` inline;
- amsmath environments (`\\begin{align}…\\end{align}`) on their own lines, as display blocks.

Formulas are parsed before Markdown sees them, so `_`, `*`, `\\\\` and `|` inside survive, including
in GFM table cells (the table rule is wrapped so that a `|` inside a formula does not split a cell).
An unclosed display opener stays literal text and is reported in `env["math_warnings"]` as
`(line, message)`, with a 1-based line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.ruler import RuleOptionsType
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import table as stock_table_rule
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

__all__ = ["MATH_CSS", "WARNINGS_KEY", "math_plugin", "protect_cloze_tex"]

MATH_CSS = """\
.math.display {
  display: block;
  text-align: center;
  max-width: 100%;
  overflow-x: auto;
  overflow-y: hidden;
}
"""
"""Card CSS for display formulas: centred, scrolling sideways when wider than the card."""

WARNINGS_KEY = "math_warnings"
"""Key of `env` under which the plugin appends `(line, message)` for each unclosed formula."""

_WARNING_META = "math_warning"
_PENDING = "math_warnings_pending"
_ENVIRONMENTS = frozenset(
    {
        *("equation", "multline", "gather", "align", "alignat", "flalign", "eqnarray"),
        *("split", "cases", "array", "smallmatrix"),
        *("matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix"),
    }
)
_ENV_OPEN = re.compile(r"\\begin\{([A-Za-z]+)(\*?)\}")
_CLOZE_CLOSER = re.compile(r"\}(?=\})")
_DOLLAR_OR_BACKSLASH = re.compile(r"[$\\]")
_DELIMITER_ROW = re.compile(r"[-:|][-:| \t]*$")

BlockRule = Callable[[StateBlock, int, int, bool], bool]


@dataclass(frozen=True, slots=True)
class _Formula:
    """A complete formula found in a string."""

    display: bool
    """True for `$$…$$` and `\\[…\\]`, False for `$…$` and `\\(…\\)`."""
    markup: str
    """The opening delimiter as written."""
    tex: str
    """The TeX between the delimiters, untouched."""
    end: int
    """Index just past the closing delimiter."""


@dataclass(frozen=True, slots=True)
class _Literal:
    """Delimiter characters to keep as plain text (an unclosed or empty display formula)."""

    end: int
    """Index just past the characters kept literally."""
    warning: str | None
    """Why the user should look at it, or None when the text is simply not math."""


def protect_cloze_tex(tex: str) -> str:
    """Separate every `}}` in TeX as `} }`, which TeX reads the same, so it cannot close an Anki cloze."""
    return _CLOZE_CLOSER.sub("} ", tex)


def math_plugin(md: MarkdownIt) -> None:
    """Register the math rules, the table wrapper, the warning collector and the renderers on `md`."""
    md.inline.ruler.before("escape", "math_inline", _math_inline_rule)
    terminates: RuleOptionsType = {"alt": ["paragraph", "reference", "blockquote", "list"]}
    md.block.ruler.before("fence", "math_display_block", _display_block_rule, terminates)
    md.block.ruler.before("fence", "math_environment", _environment_block_rule, terminates)
    md.block.ruler.at(
        "table",
        _protect_table_math(stock_table_rule),
        {"alt": ["paragraph", "reference"]},
    )
    md.core.ruler.after("inline", "math_warnings", _collect_inline_warnings)
    md.add_render_rule("math_inline", _render_inline)
    md.add_render_rule("math_inline_double", _render_inline_display)
    md.add_render_rule("math_block", _render_block)


# --- scanning (pure functions of a string) ---------------------------------------------------


def _odd_backslashes_before(src: str, pos: int, floor: int) -> bool:
    count = 0
    while pos - count - 1 >= floor and src[pos - count - 1] == "\\":
        count += 1
    return count % 2 == 1


# Closers are looked up in a sorted index of their positions, built once per source string: scanning
# forward from every opener would make a paragraph of unclosed openers quadratic.
_CLOSERS = {
    "$$": re.compile(r"(?<!\\)(?:\\\\)*(\$\$)"),
    ")": re.compile(r"(?<!\\)(?:\\\\)*(\\\))"),
    "]": re.compile(r"(?<!\\)(?:\\\\)*(\\\])"),
}


@lru_cache(maxsize=16)
def _closer_index(src: str, closer: str) -> list[int]:
    positions: list[int] = []
    pattern = _CLOSERS[closer]
    pos = 0
    while (match := pattern.search(src, pos)) is not None:
        positions.append(match.start(1))
        pos = match.start(1) + 1
    return positions


def _next_closer(src: str, pos: int, limit: int, closer: str) -> int:
    positions = _closer_index(src, closer)
    at = bisect_left(positions, pos)
    while at < len(positions) and positions[at] + 2 <= limit:
        if not _odd_backslashes_before(src, positions[at], pos):
            return positions[at]
        at += 1
    return -1


def _find_dollars(src: str, pos: int, limit: int) -> int:
    """Index of the next unescaped `$$` in src[pos:limit], or -1."""
    return _next_closer(src, pos, limit, "$$")


def _find_backslash_closer(src: str, pos: int, limit: int, closer: str) -> int:
    """Index of the next `\\)` or `\\]` in src[pos:limit], stepping over `\\x` pairs as MathJax does."""
    return _next_closer(src, pos, limit, closer)


def _find_single_dollar_closer(src: str, pos: int, limit: int) -> int:
    """Index of the `$` closing inline math by pandoc's rules, or -1.

    As in pandoc, the first unescaped `$` is the only candidate: it fails when preceded by whitespace
    or followed by a digit, which keeps `$5 and $10` literal.
    """
    while (found := _DOLLAR_OR_BACKSLASH.search(src, pos, limit)) is not None:
        pos = found.start()
        if src[pos] == "\\":
            pos += 2
        elif src[pos - 1].isspace() or (pos + 1 < limit and src[pos + 1].isdigit()):
            return -1
        else:
            return pos
    return -1


def _scan_formula(src: str, pos: int, limit: int) -> _Formula | _Literal | None:
    """What starts at src[pos]: a formula, literal delimiters, or nothing of ours (None)."""
    opener = src[pos : pos + 2]
    if opener == "$$":
        close = _find_dollars(src, pos + 2, limit)
        if close == -1:
            return _Literal(pos + 2, "unclosed $$ math (opened here)")
        if not src[pos + 2 : close].strip():
            return _Literal(close + 2, None)
        return _Formula(True, "$$", src[pos + 2 : close], close + 2)
    if opener in ("\\(", "\\["):
        close = _find_backslash_closer(src, pos + 2, limit, ")" if opener == "\\(" else "]")
        if close == -1 and opener == "\\[":
            return _Literal(pos + 2, "unclosed \\[ math (opened here)")
        if close == -1 or not src[pos + 2 : close].strip():
            return None  # left to the escape rule, as CommonMark reads `\(`
        return _Formula(opener == "\\[", opener, src[pos + 2 : close], close + 2)
    if src[pos] == "$":
        if pos + 1 >= limit or src[pos + 1].isspace():
            return None
        close = _find_single_dollar_closer(src, pos + 1, limit)
        if close == -1:
            # `$5` is a price; `$\alpha + 1` with no closing `$` is a formula someone forgot to close
            if src[pos + 1] == "\\" and pos + 2 < limit and src[pos + 2].isalpha():
                return _Literal(pos + 1, "unclosed $ math (opened here)")
            return None
        return _Formula(False, "$", src[pos + 1 : close], close + 1)
    return None


def _formula_spans(src: str, begin: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each formula in src[begin:end], reading it as the inline parser would."""
    spans: list[tuple[int, int]] = []
    if src.find("$", begin, end) == -1 and src.find("\\", begin, end) == -1:
        return spans  # every formula opens with one of them: most table rows hold none
    pos = begin
    while pos < end:
        char = src[pos]
        if char == "`":
            run = pos
            while run < end and src[run] == "`":
                run += 1
            fence = src[pos:run]
            close = src.find(fence, run, end)
            # a code span keeps its `$` and `|` (GFM splits cells on pipes inside code)
            while close != -1 and close + len(fence) < end and src[close + len(fence)] == "`":
                close = src.find(fence, close + len(fence) + 1, end)
            pos = run if close == -1 else close + len(fence)
            continue
        found = _scan_formula(src, pos, end) if char in "$\\" else None
        if isinstance(found, _Formula):
            spans.append((pos, found.end))
            pos = found.end
        elif isinstance(found, _Literal):
            pos = found.end
        else:
            pos += 2 if char == "\\" else 1
    return spans


def _trim_tex(tex: str) -> str:
    """Strip surrounding whitespace, but never the space of a trailing TeX control space `\\ `."""
    body = tex.lstrip()
    end = len(body.rstrip())
    if end < len(body) and _odd_backslashes_before(body, end, 0):
        end += 1
    return body[:end]


# --- inline rule --------------------------------------------------------------------------------


def _math_inline_rule(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] not in "$\\":
        return False
    found = _scan_formula(state.src, state.pos, state.posMax)
    if found is None:
        return False
    if not silent:
        if isinstance(found, _Formula) and (tex := _trim_tex(found.tex)):
            token = state.push("math_inline_double" if found.display else "math_inline", "math", 0)
            token.content = tex
            token.markup = found.markup
        else:
            # `text_special`, like an escape, so that the inline post-processing does not merge it
            # (and its warning) into the neighbouring text; the core rule `text_join` does so later
            token = state.push("text_special", "", 0)
            token.content = state.src[state.pos : found.end]
            if isinstance(found, _Literal) and found.warning:
                # the inline state knows no line numbers; the core rule adds the block's start line
                token.meta = {_WARNING_META: (bisect_left(_newlines(state.src), state.pos), found.warning)}
                state.env[_PENDING] = True
    state.pos = found.end
    return True


@lru_cache(maxsize=16)
def _newlines(src: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", src)]


def _collect_inline_warnings(state: StateCore) -> None:
    if not state.env.pop(_PENDING, False):
        return  # no inline rule left a warning: nothing to walk
    for block in state.tokens:
        for child in _walk(block.children or []):
            if _WARNING_META in child.meta:
                offset, message = child.meta.pop(_WARNING_META)
                base = block.map[0] if block.map else 0
                _warn(state.env, base + offset + 1, message)


def _walk(tokens: Sequence[Token]) -> list[Token]:
    return [t for token in tokens for t in (token, *_walk(token.children or []))]


def _warn(env: EnvType, line: int, message: str) -> None:
    warnings: list[tuple[int, str]] = env.setdefault(WARNINGS_KEY, [])
    if (line, message) not in warnings:
        warnings.append((line, message))


# --- block rules --------------------------------------------------------------------------------


def _first_char(state: StateBlock, line: int) -> str:
    """The line's first character after its indentation ("" for a blank line)."""
    start = state.bMarks[line] + state.tShift[line]
    return state.src[start] if start < state.eMarks[line] else ""


def _line_text(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def _push_block(state: StateBlock, start: int, last: int, tex: str, markup: str) -> None:
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = tex
    token.markup = markup
    token.map = [start, last + 1]
    state.line = last + 1


def _display_block_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if _first_char(state, start_line) not in ("$", "\\") or state.is_code_block(start_line):
        return False  # the first test is the cheap one: the rule is tried at every block and paragraph line
    first = _line_text(state, start_line)
    markup = first[:2]
    if markup not in ("$$", "\\["):
        return False

    def find_closer(text: str) -> int:
        if markup == "$$":
            return _find_dollars(text, 0, len(text))
        return _find_backslash_closer(text, 0, len(text), "]")

    parts = [first[2:]]
    close = find_closer(parts[0])
    last = start_line
    while close == -1:
        last += 1
        # a blank line or the end of the container leaves it unclosed; the inline rule then warns
        if last >= end_line or state.isEmpty(last) or state.sCount[last] < state.blkIndent:
            return False
        # relative indentation is kept, container prefixes (`> `, list indents) are not
        parts.append(state.getLines(last, last + 1, state.blkIndent, False))
        close = find_closer(parts[-1])
    if parts[-1][close + 2 :].strip():
        return False  # text after the closer: math inside a paragraph
    parts[-1] = parts[-1][:close]
    tex = _trim_tex("\n".join(parts))
    if not tex:
        return False
    if not silent:
        _push_block(state, start_line, last, tex, markup)
    return True


def _environment_block_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if _first_char(state, start_line) != "\\" or state.is_code_block(start_line):
        return False
    opened = _ENV_OPEN.match(_line_text(state, start_line))
    if opened is None or opened[1] not in _ENVIRONMENTS:
        return False
    begin, end = opened[0], f"\\end{{{opened[1]}{opened[2]}}}"
    depth = 0
    last = start_line
    while True:
        if last >= end_line or state.isEmpty(last) or state.sCount[last] < state.blkIndent:
            if not silent:
                _warn(
                    state.env,
                    start_line + 1,
                    f"unclosed {begin} environment (opened here)",
                )
            return False
        text = _line_text(state, last)
        depth += text.count(begin) - text.count(end)
        if depth <= 0:
            break
        last += 1
    if not text.rstrip().endswith(end):
        return False
    if not silent:
        tex = _trim_tex(state.getLines(start_line, last + 1, state.blkIndent, False))
        _push_block(state, start_line, last, tex, "\\begin")
    return True


def _protect_table_math(table_rule: BlockRule) -> BlockRule:
    """Wrap the GFM table rule so that a `|` inside a formula does not split the cell.

    The table rule splits rows on `|` before any inline parsing, so for the rule's duration the pipes
    inside formulas are swapped for a private-use character that is absent from the source, one
    character for one so that every offset and line map stays valid, and swapped back in the cells.
    """

    def rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        # cheap tests first: the rule is tried at the start of every block and paragraph line. Without a
        # second line or a `|` in the first, the table rule itself says no (its own first checks).
        if start_line + 1 >= end_line or state.src.find("|", state.bMarks[start_line] + state.tShift[start_line], state.eMarks[start_line]) == -1:
            return False
        if not _DELIMITER_ROW.match(_line_text(state, start_line + 1)):
            return table_rule(state, start_line, end_line, silent)
        original = state.src
        placeholder = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in original)
        pieces: list[str] = []
        done = 0
        line = start_line
        while line < end_line and not state.isEmpty(line):
            begin, end = state.bMarks[line] + state.tShift[line], state.eMarks[line]
            for start, stop in _formula_spans(original, begin, end):
                pieces += [
                    original[done:start],
                    original[start:stop].replace("|", placeholder),
                ]
                done = stop
            line += 1
        if not pieces:
            return table_rule(state, start_line, end_line, silent)
        state.src = "".join(pieces) + original[done:]
        first_new = len(state.tokens)
        try:
            matched = table_rule(state, start_line, end_line, silent)
        finally:
            state.src = original
        for token in state.tokens[first_new:]:
            if token.type == "inline":
                token.content = token.content.replace(placeholder, "|")
        return matched

    return rule


# --- rendering ----------------------------------------------------------------------------------


def _tex_html(tex: str, env: EnvType) -> str:
    if env.get("cloze"):
        tex = protect_cloze_tex(tex)
    # text-node escaping: quotes are left alone so the TeX reaches MathJax unchanged
    return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _render_inline(
    _self: object,
    tokens: Sequence[Token],
    idx: int,
    _options: OptionsDict,
    env: EnvType,
) -> str:
    return f'<span class="math inline">\\({_tex_html(tokens[idx].content, env)}\\)</span>'


def _render_inline_display(
    _self: object,
    tokens: Sequence[Token],
    idx: int,
    _options: OptionsDict,
    env: EnvType,
) -> str:
    return f'<span class="math display">\\[{_tex_html(tokens[idx].content, env)}\\]</span>'


def _render_block(
    _self: object,
    tokens: Sequence[Token],
    idx: int,
    _options: OptionsDict,
    env: EnvType,
) -> str:
    return f'<div class="math display">\\[{_tex_html(tokens[idx].content, env)}\\]</div>\n'
