"""Syntax highlighting of fenced code blocks, and the CSS that colours them.

`highlight_code` is markdown-it's `highlight` hook: it returns the whole `<pre class="code"><code …>`
block, marked up by Pygments with short CSS classes (`k`, `s`, `c1` …) and no inline styles, so one
stylesheet (`code_css`) colours every card and night mode can recolour it. Lexers and the formatter are
built once and reused, because a build highlights thousands of blocks.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable, Iterator

from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name, guess_lexer
from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import STANDARD_TYPES, Error, Text, _TokenType
from pygments.util import ClassNotFound

from .lexing import accelerate

__all__ = ["code_css", "expect_much_code", "format_tokens", "highlight_code", "lex"]

PLAIN_LANGUAGES = frozenset({"text", "plain", "plaintext", "txt", "ascii", "none", "output", "nohighlight"})
"""Fence labels that mean "do not highlight" (the label is still kept as a class)."""

LIGHT_STYLE = "default"
"""Pygments style for day mode."""
DARK_STYLE = "github-dark"
"""Pygments style for night mode."""
NIGHT_SCOPES = (".nightMode", ".night_mode")
"""Night-mode classes: Anki desktop sets both, AnkiMobile `.nightMode`, AnkiDroid `.night_mode`."""

# Guessing an unlabelled fence is only worth it when the answer is certain: a wrong guess paints
# keywords ("in", "is", "for") inside prose or a diagram, while a missed guess just stays plain.
# Pygments' `analyse_text` is weak on its own (Python scores 1.0 for any text containing "import "),
# so the guess must also be one of these mainstream languages, clear the threshold, lex without
# error tokens, and the text must look like neither a diagram nor prose.
_GUESS_THRESHOLD = 0.45  # Pygments gives 0.45 for an XML declaration, 0.5 for an HTML doctype, 0.2 for a "$ " line
_GUESSABLE = {"python": "python", "numpy": "python", "bash": "bash", "diff": "diff", "html": "html", "xml": "xml"}
_DIAGRAM_CHARS = re.compile("[\u2190-\u21ff\u2500-\u259f\u25a0-\u25ff\u2794-\u27bf\u2b00-\u2bff]")
_PROSE_LINE = re.compile(
    r"\s*(?:[-*\u2022]\s+)?[A-Za-z][A-Za-z'\u2019-]*,?(?:\s+[A-Za-z0-9][A-Za-z0-9'\u2019%-]*[,.;:!?]?){4,}\s*"
)
_PROSE_SHARE = 0.4

_RESETS = {
    "color": "inherit",
    "font-weight": "normal",
    "font-style": "normal",
    "text-decoration": "none",
    "background-color": "transparent",
}
"""The neutral value of each declaration `_token_style` can write."""

PLAIN_LEXING_CHARS = 50_000
"""Characters each lexer tokenises the plain way before its rules are analysed (`lexing.accelerate`)."""

_FORMATTER = HtmlFormatter(nowrap=True, classprefix="")
"""Spans with bare short classes; no wrapping, since `highlight_code` writes the `<pre>` itself. Its CSS
classes name the spans `format_tokens` writes; its output is what `format_tokens` reproduces."""


def fence_language(word: str) -> str:
    """The language a fence's first info word names. Executable chunks of R Markdown, Quarto and Jupyter-
    backed documents and pandoc's attribute form write it in braces (`{r q5, echo=FALSE}`, `{python}`,
    `{.haskell .numberLines}`), so markdown-it's first word is `{r`, `{python}` or `{.haskell`: the name is
    the word inside, without pandoc's class dot. Any other word is the name as written."""
    name = word.strip()
    if name.startswith("{"):
        name = name[1:].lstrip(".").split(",", 1)[0].split("}", 1)[0].strip()
    return name


def highlight_code(code: str, lang: str | None, attrs: str = "") -> str:
    """Render one fenced block as `<pre class="code"><code class="language-…">…</code></pre>`.

    `lang` is the first word of the fence's info string (as markdown-it passes it); `attrs`, the
    rest of the info string, is accepted so the function can be markdown-it's `highlight` option
    directly, and is ignored. A known language is highlighted; an unknown one or a plain label
    (`text`, `output` …) gives escaped text that keeps its `language-…` class; an unlabelled block is
    highlighted only when the guess is confident. The code is kept exactly, only HTML-escaped.
    """
    del attrs  # the info string's remainder carries no highlighting information
    name = fence_language(lang or "")
    lexer: Lexer | None
    if name:
        lexer = None if name.lower() in PLAIN_LANGUAGES else _lexer(name.lower())
    else:
        guessed = _confident_guess(code)
        name = guessed or ""
        lexer = _lexer(guessed) if guessed else None
    # Plain text escapes only what HTML needs in text (as markdown-it does), so the sanitiser keeps it as is.
    if lexer is None:
        body = html.escape(code, quote=False)
    else:
        rest = code.lstrip("\ufeff")  # Pygments drops byte order marks that open the text: they are kept
        body = code[: len(code) - len(rest)] + format_tokens(lex(lexer, rest))
        if not code.endswith("\n") and body.endswith("\n"):
            body = body[:-1]  # the formatter ends every last line with a newline; the code had none
    code_class = f' class="language-{html.escape(name, quote=True)}"' if name else ""
    return f'<pre class="code"><code{code_class}>{body}</code></pre>'


def lex(lexer: Lexer, code: str) -> Iterable[tuple[int, _TokenType, str]]:
    """The tokens `lexer.get_tokens(code)` gives, each with its index before it, as `get_tokens_unprocessed`
    yields them. `get_tokens` prepares the text (a byte order mark dropped, CR LF and CR made LF, the
    options `stripnl`, `tabsize` …) and then passes every token through a generator that drops its index,
    a Python step per token; with the same preparation and no filters to apply, the lexer's own stream
    is the same tokens without that step. A lexer with a `get_tokens` of its own is asked through it."""
    prepare = getattr(lexer, "_preprocess_lexer_input", None)  # Pygments' own preparation (2.13+)
    if prepare is None or lexer.filters or type(lexer).get_tokens is not Lexer.get_tokens:
        return ((0, ttype, value) for ttype, value in lexer.get_tokens(code))
    return lexer.get_tokens_unprocessed(prepare(code))


def format_tokens(tokens: Iterable[tuple[int, _TokenType, str]]) -> str:
    """The HTML `_FORMATTER` writes for a token stream of (index, type, text), as `lex` gives it and the
    index unused, in one pass: each line ends with a newline, and
    within a line each run of text of one CSS class is one `<span class="…">` (or bare text for a class-
    less token), escaped as Pygments escapes it (`&`, `<`, `>`; quotes left as they are).

    Pygments' own formatter yields each line through a chain of generators and writes every piece to a
    string buffer; this appends to one list. A test checks the two agree on code of many languages."""
    out: list[str] = []
    append = out.append
    opener = _SPAN_OPENERS
    run_span = ""  # the class of the run being written on the current line ("" : plain text)
    open_line = False  # whether the current line holds text yet
    for _, ttype, value in tokens:
        span = opener.get(ttype)
        if span is None:
            span = opener[ttype] = _span_opener(ttype)
        if "&" in value or "<" in value or ">" in value:
            value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if "\n" in value:
            *lines, value = value.split("\n")
            for text in lines:
                if text:
                    if not open_line:
                        append(span)
                    elif span != run_span:
                        if run_span:
                            append("</span>")
                        append(span)
                    append(text)
                    append("</span>\n" if span else "\n")
                elif open_line:
                    append("</span>\n" if run_span else "\n")
                else:
                    append("\n")
                open_line = False
        if value:
            if not open_line:
                append(span)
                run_span, open_line = span, True
            elif span != run_span:
                if run_span:
                    append("</span>")
                append(span)
                run_span = span
            append(value)
    if open_line:
        append("</span>\n" if run_span else "\n")
    return "".join(out)


_SPAN_OPENERS: dict[_TokenType, str] = {}
"""`<span class="…">` (or "" for text without a class) by token type."""


def _span_opener(ttype: _TokenType) -> str:
    classes: str = _FORMATTER._get_css_classes(ttype)  # type: ignore[attr-defined]  # the formatter's own class names
    return f'<span class="{classes}">' if classes else ""


@functools.lru_cache(maxsize=256)
def _lexer(name: str) -> Lexer | None:
    """The shared lexer for a language name or alias, or None when Pygments knows no such language."""
    try:
        # stripnl/ensurenl off: Pygments would otherwise drop leading blank lines and add a newline.
        return accelerate(get_lexer_by_name(name, stripnl=False, ensurenl=False), after=PLAIN_LEXING_CHARS)
    except ClassNotFound:
        return None


def expect_much_code() -> None:
    """Analyse lexers on first use from now on: this process is about to highlight a large corpus (a
    worker of a parallel build), so the analysis pays for itself many times over."""
    global PLAIN_LEXING_CHARS
    PLAIN_LEXING_CHARS = 0
    _lexer.cache_clear()


def _confident_guess(code: str) -> str | None:
    """The language of an unlabelled block when it is beyond doubt, else None (render it plain)."""
    if not code.strip() or _DIAGRAM_CHARS.search(code) or _looks_like_prose(code):
        return None
    try:
        guess = guess_lexer(code)
    except ClassNotFound:
        return None
    language = next((_GUESSABLE[a] for a in guess.aliases if a in _GUESSABLE), None)
    if language is None or type(guess).analyse_text(code) < _GUESS_THRESHOLD:
        return None
    lexer = _lexer(language)
    if lexer is None or any(kind in Error for kind, _ in lexer.get_tokens(code)):
        return None
    return language


def _looks_like_prose(code: str) -> bool:
    """Whether a good share of the lines are plain sentences (five or more words, no code symbols)."""
    lines = [line for line in code.splitlines() if line.strip()]
    sentences = sum(1 for line in lines if _PROSE_LINE.fullmatch(line))
    return sentences >= _PROSE_SHARE * len(lines)


@functools.cache
def code_css() -> str:
    """CSS for `pre.code` blocks and their token classes: a light theme, and a dark one under night mode.

    The dark rules are scoped under both `.nightMode` and `.night_mode`, which makes them more specific
    than the light rules, so they win wherever they apply; they also reset any weight, slant or
    background the light theme gives a class, so nothing of day mode leaks into night mode.
    """
    light, dark = get_style_by_name(LIGHT_STYLE), get_style_by_name(DARK_STYLE)
    light_fg = _token_style(light, Text).get("color", "#1f2328")
    dark_fg = _token_style(dark, Text).get("color", "#e6edf3")
    night = ", ".join(f"{scope} pre.code" for scope in NIGHT_SCOPES)
    parts = [
        "pre.code {\n"
        '  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;\n'
        "  font-size: 0.85em;\n  line-height: 1.4;\n  text-align: left;\n"
        "  white-space: pre;\n  overflow-wrap: normal;\n  word-break: normal;\n"
        "  overflow-x: auto;\n  -webkit-overflow-scrolling: touch;\n"
        "  max-width: 100%;\n  box-sizing: border-box;\n"
        "  padding: 0.6em 0.8em;\n  border-radius: 4px;\n"
        "  tab-size: 4;\n  -moz-tab-size: 4;\n"
        f"  background: {light.background_color};\n  color: {light_fg};\n"
        "}",
        "pre.code code {\n  font-family: inherit;\n  font-size: inherit;\n  white-space: inherit;\n"
        "  background: none;\n  color: inherit;\n  padding: 0;\n}",
        f"{night} {{\n  background: {dark.background_color};\n  color: {dark_fg};\n}}",
    ]
    for cls, ttype in _css_classes():
        day = _token_style(light, ttype)
        if day:
            parts.append(_rule([f"pre.code .{cls}"], day))
        # Reset what day mode sets and night mode does not, or it would show through.
        dusk = {**{prop: value for prop, value in _RESETS.items() if prop in day}, **_token_style(dark, ttype)}
        if dusk:
            parts.append(_rule([f"{scope} pre.code .{cls}" for scope in NIGHT_SCOPES], dusk))
    return "\n".join(parts) + "\n"


def _css_classes() -> Iterator[tuple[str, _TokenType]]:
    """Each Pygments short class with its token type, in a stable order, without the plain-text ones."""
    for ttype, cls in sorted(STANDARD_TYPES.items(), key=lambda item: item[1]):
        # Error tokens mark text a lexer did not expect (Unicode math, `$` in Python); a red box on a
        # flashcard is noise, so they look like plain text.
        if cls and ttype not in Error and ttype is not Text:
            yield cls, ttype


def _token_style(style: type[Style], ttype: _TokenType) -> dict[str, str]:
    """The CSS declarations a Pygments style gives one token type (inheritance already resolved)."""
    spec = style.style_for_token(ttype)
    declarations: dict[str, str] = {}
    if spec["color"]:
        declarations["color"] = f"#{spec['color']}"
    if spec["bold"]:
        declarations["font-weight"] = "bold"
    if spec["italic"]:
        declarations["font-style"] = "italic"
    if spec["underline"]:
        declarations["text-decoration"] = "underline"
    if spec["bgcolor"]:
        declarations["background-color"] = f"#{spec['bgcolor']}"
    return declarations


def _rule(selectors: list[str], declarations: dict[str, str]) -> str:
    """One CSS rule on a single line."""
    body = " ".join(f"{prop}: {value};" for prop, value in declarations.items())
    return f"{', '.join(selectors)} {{ {body} }}"
