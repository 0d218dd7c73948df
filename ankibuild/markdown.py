"""The one place the markdown-it-py parser is configured.

Every stage that parses or renders Markdown gets its parser from `make_parser`, so plugins, math rules and
the highlight hook are the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import OptionsDict
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from .highlight import highlight_code
from .lean_rules import install_fast_escaped_split, install_lean_block_rules, install_lean_joins
from .mathtex import math_plugin
from .media import MissingImage, resolve_html_images
from .parsing import (
    INLINE_RULE_STARTS,
    dispatch_block_rules,
    dispatch_block_terminators,
    dispatch_inline_rules,
    install_fast_tokens,
    install_lean_emphasis,
    lean_block_state,
    plain_inline_text,
    plain_link_addresses,
)
from .shortcodes import emojize


@cache
def make_parser() -> MarkdownIt:
    """The configured parser: CommonMark + GFM tables and strikethrough, MkDocs admonitions, definition
    lists, footnotes, task lists, front matter, math as MathJax text, and Pygments highlighting."""
    return _configured_parser()


def _configured_parser(*, narrow: bool = True) -> MarkdownIt:
    """The parser with every plugin; NARROW adds the speed-ups that keep every token the same (plain text
    runs on to the next mark an enabled rule can start at; block rules, paragraph terminators and
    inline rules are tried by the character they start at; lean parser states and emphasis rule; plain
    link addresses kept as they are; an inline run without such a mark is one text token at once: see
    parsing.py)."""
    install_fast_tokens()
    if narrow:
        install_fast_escaped_split()
    md = MarkdownIt("commonmark", {"html": True, "typographer": False, "highlight": _highlight})
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    md.use(admon_plugin)
    md.use(deflist_plugin)
    md.use(footnote_plugin)
    md.use(tasklists_plugin)
    md.use(math_plugin)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("html_inline", _render_html)
    md.add_render_rule("text", _render_text)
    md.add_render_rule("html_block", _render_html)
    md.inline.ruler.before("emphasis", "mark", _mark_rule)
    if narrow:
        install_lean_emphasis(md)
        install_lean_joins(md)
        install_lean_block_rules(md)
        _narrow_terminators(md)
        dispatch_block_rules(md)
        dispatch_block_terminators(md)
        dispatch_inline_rules(md)
        lean_block_state(md)
        plain_link_addresses(md)
        plain_inline_text(md)
    return md


def _narrow_terminators(md: MarkdownIt) -> None:
    """Let plain text run on to the next character where an enabled inline rule can start (or a bracket,
    which link labels are scanned for), not to each of the 23 marks CommonMark lists: at a `-` or `:` in
    prose every rule used to be tried and fail. Tokens are unchanged; a rule this table does not know
    keeps the default set."""
    if not hasattr(md.inline, "terminator_re"):
        return  # markdown-it-py before 4 scans text without it
    names = [name for name in md.inline.ruler.get_active_rules() if name != "text"]
    if any(name not in INLINE_RULE_STARTS for name in names):
        return
    chars = {"[", "]", *"".join(INLINE_RULE_STARTS[name] for name in names)}
    md.inline.terminator_re = re.compile("[" + re.escape("".join(sorted(chars))) + "]")


# A line whose first mark is `:` or `~`: the first line apart, as a pattern starting with a literal line
# break is searched for six times faster than `^` in multiline mode. Text holding a CR (which markdown-it
# also reads as a line break; notes are read with LF only) keeps the plugin.
_DEFINITION_FIRST = re.compile(r"[ \t>]*[:~]")
_DEFINITION_LINE = re.compile(r"\n[ \t>]*[:~]")
# A thematic break (`---`, `* * *`) can start a line only after indentation and the marks of the
# blockquotes and list items it sits in.
_CONTAINERS = r"(?:[ \t>]|[-*+][ \t]|[0-9]{1,9}[.)][ \t])*"
_BREAK_FIRST = re.compile(_CONTAINERS + r"([-*_])(?:[ \t]*\1){2}")
_BREAK_LINE = re.compile(r"\n" + _CONTAINERS + r"([-*_])(?:[ \t]*\1){2}")
# Its three marks, on one line: each pattern starts with a literal, which the engine finds far faster than
# it tries `_BREAK_LINE` at every line break.
_BREAK_RUNS = tuple(re.compile(re.escape(mark) + r"[ \t]*" + re.escape(mark) + r"[ \t]*" + re.escape(mark)) for mark in "-*_")


def _may_hold_a_break(text: str) -> bool:
    """Whether a line of TEXT is a thematic break after container marks (`_BREAK_FIRST` matches at its
    start, as `_BREAK_LINE` looks for), asked only of the lines holding three of one mark: a break's
    marks are such a run, which lies within its line, and the search finds a run starting in every
    line that holds one (its matches never overlap, and none crosses a line break)."""
    for runs in _BREAK_RUNS:
        for run in runs.finditer(text):
            if _BREAK_FIRST.match(text, text.rfind("\n", 0, run.start()) + 1):
                return True
    return False


_TASK_BOX = re.compile(r"\[[ xX]\]")


def _holds(*marks: str) -> Callable[[str], bool]:
    """A test of whether a text holds any of MARKS (`mark in text` for each). Searched for as a pattern
    of one literal, a mark of two or more characters is found several times faster than by `in` (the
    regular expression engine looks for its first character, then compares the rest)."""
    if any(len(mark) < 2 for mark in marks):
        raise ValueError("a one-character mark is found fastest by `in`")
    searches = [re.compile(re.escape(mark)).search for mark in marks]
    return lambda text: any(search(text) is not None for search in searches)


_OPTIONAL_RULES: tuple[tuple[tuple[str, ...], Callable[[str], bool]], ...] = (
    # (a plugin's parse rules, a test that is true of every text they could change anything in)
    (("deflist",), lambda text: bool("\r" in text or _DEFINITION_FIRST.match(text) or _DEFINITION_LINE.search(text))),
    (("footnote_def", "footnote_inline", "footnote_ref", "footnote_tail"), _holds("[^", "^[")),
    (("github-tasklists",), lambda text: _TASK_BOX.search(text) is not None),  # `[ ]`, `[x]`, `[X]`
    # and three of the core set that only act on their own marks
    (("normalize",), lambda text: "\r" in text or "\0" in text),  # CRLF/CR to LF, NUL to U+FFFD
    (("strikethrough",), lambda text: "~" in text),  # `~~gone~~`: the inline rule and its post-processing
    (("mark",), _holds("==")),  # `==highlight==`
    # and rules of CommonMark and ours that need a mark few documents hold
    # only at the document's first line, and only if its first character is `-`: the `---` may follow
    # the marks of list items opened on that line (`- * ---`), where the rule is asked again
    (("front_matter",), lambda text: text.startswith("-")),
    (("reference",), _holds("]:")),  # `[label]: url`
    (("hr",), lambda text: "\r" in text or _may_hold_a_break(text)),
    (("image",), _holds("![")),
    (("entity",), lambda text: "&" in text),
    (("html_block", "html_inline", "autolink"), lambda text: "<" in text),
    (("blockquote",), lambda text: ">" in text),
    (("table",), lambda text: "|" in text),  # a table's header line holds a pipe
    (("escape",), lambda text: "\\" in text),
    (("backticks",), lambda text: "`" in text),
    (("link",), lambda text: "[" in text),
)
"""Each of these rules runs at every block, or at every mark character of the inline text, and almost
no document uses them all. (Not listed: rules that the block tokenizer tries only at lines starting with
a rare character, `admonition` at `!` and `?`, `math_environment` at a backslash, cost less left in than
a search of the whole text for their marks.)
(Not so `lheading`: when it finds no underline it leaves `state.parentType` set, which later rules read.)"""


def parser_for(text: str) -> MarkdownIt:
    """The parser for a whole document: `make_parser`'s, less the rules of plugins whose syntax the text
    does not hold anywhere (a rule can only act where its marker is), so the tokens are the same. Its
    tokens are rendered with `make_parser`'s renderer, which knows every plugin's tokens."""
    unused = frozenset(name for names, applies in _OPTIONAL_RULES if not applies(text) for name in names)
    return _parser_without(unused) if unused else make_parser()


@cache
def _parser_without(rules: frozenset[str]) -> MarkdownIt:
    md = _configured_parser()
    md.disable(sorted(rules))
    _narrow_terminators(md)
    return md


def _mark_rule(state: StateInline, silent: bool) -> bool:
    """`==highlighted==` → `<mark>`: highlights that are not cloze deletions stay visible as highlights.
    The inside is parsed as inline Markdown; `a == b` (spaces inside the markers) is not a highlight."""
    src, pos = state.src, state.pos
    if not src.startswith("==", pos) or src.startswith("===", pos):
        return False
    end = src.find("==", pos + 2, state.posMax)
    if end == -1 or end == pos + 2 or src[pos + 2].isspace() or src[end - 1].isspace() or src.startswith("===", end):
        return False
    if not silent:
        state.push("mark_open", "mark", 1).markup = "=="
        saved = state.posMax
        state.pos, state.posMax = pos + 2, end
        state.md.inline.tokenize(state)
        state.posMax = saved
        state.push("mark_close", "mark", -1).markup = "=="
    state.pos = end + 2
    return True


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: dict[str, Any]) -> str:
    """Images go through the resolver the caller put in `env` (packaging local files under their hash);
    an empty result drops the image (the resolver has reported why)."""
    resolve = env.get("resolve_image")
    if resolve is not None:
        token = tokens[idx]
        new = resolve(str(token.attrGet("src") or ""), env.get("loc"))
        if new == "":
            return ""
        if isinstance(new, MissingImage):
            alt = self.renderInlineAsText(token.children or [], options, env)
            return new.placeholder(alt)
        if new is not None:
            token.attrSet("src", new)
    return str(self.image(tokens, idx, options, env))


def _render_text(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: dict[str, Any]) -> str:
    """Text, with GitHub's `:emoji:` shortcodes as the emoji (code, math and addresses are other tokens)."""
    return escapeHtml(emojize(tokens[idx].content))


def _render_html(self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: dict[str, Any]) -> str:
    """Raw HTML the notes wrote: its `<img>` tags go through the same resolver as Markdown images."""
    content = tokens[idx].content
    resolve = env.get("resolve_image")
    if resolve is None or "<img" not in content.lower():
        return content
    return resolve_html_images(content, lambda src: resolve(src, env.get("loc")))


def _highlight(code: str, lang: str, _attrs: str) -> str:
    return highlight_code(code, lang or None)
