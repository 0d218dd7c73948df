"""Tests for ankibuild.mathtex: MathJax delimiters as text, formulas shielded from Markdown, warnings.

Golden files live in tests/fixtures/math: `name.md` is rendered and compared with `name.html`; an optional
`name.warnings` holds the expected `line: message` warnings (none expected without it), and a name starting
with `cloze` is rendered with `env["cloze"] = True`.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ankibuild.mathtex import MATH_CSS, WARNINGS_KEY, math_plugin, protect_cloze_tex

FIXTURES = Path(__file__).parent / "fixtures" / "math"
CASES = sorted(FIXTURES.glob("*.md"))
MATH_TYPES = ("math_inline", "math_inline_double", "math_block")


def make_parser(*, math: bool = True) -> MarkdownIt:
    """The lead's parser factory, rebuilt here so these tests do not depend on ankibuild.markdown."""
    md = MarkdownIt("commonmark", {"html": True, "typographer": False}).enable(["table", "strikethrough"])
    for plugin in (front_matter_plugin, admon_plugin, deflist_plugin, tasklists_plugin, footnote_plugin):
        md.use(plugin)
    if math:
        md.use(math_plugin)
    return md


MD = make_parser()


def render(text: str, **env: Any) -> tuple[str, list[tuple[int, str]]]:
    """HTML and the math warnings of `text`."""
    html = MD.render(text, env)
    return html, env.get(WARNINGS_KEY, [])


def math_tokens(text: str) -> list[Token]:
    """Every math token of `text`, block and inline, in document order."""
    found: list[Token] = []
    for token in MD.parse(text, {}):
        found += [t for t in (token, *(token.children or [])) if t.type in MATH_TYPES]
    return found


# --- golden files -------------------------------------------------------------------------------


def test_fixture_folder_is_populated() -> None:
    names = {case.stem for case in CASES}
    assert {"tables", "literal-dollars", "unclosed", "cloze-math", "containers", "environments"} <= names
    for case in CASES:
        assert case.with_suffix(".html").exists(), case


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.stem)
def test_golden_file(case: Path) -> None:
    html, warnings = render(case.read_text(encoding="utf-8"), cloze=case.stem.startswith("cloze"))
    assert html == case.with_suffix(".html").read_text(encoding="utf-8")
    expected_file = case.with_suffix(".warnings")
    expected = expected_file.read_text(encoding="utf-8").splitlines() if expected_file.exists() else []
    assert sorted(f"{line}: {message}" for line, message in warnings) == sorted(expected)


# --- tables -------------------------------------------------------------------------------------

PENALTY_TABLE = """\
| Aspect | L1 | L2 |
|---|---|---|
| Penalty | $\\lambda \\sum |w_i|$ | $\\lambda \\sum w_i^2$ |
"""


def test_pipe_inside_math_does_not_split_the_users_table_row() -> None:
    tokens = MD.parse(PENALTY_TABLE, {})
    row_start = next(i for i, t in enumerate(tokens) if t.type == "tr_open" and t.map == [2, 3])
    row_end = next(i for i in range(row_start, len(tokens)) if tokens[i].type == "tr_close")
    cells = [t for t in tokens[row_start:row_end] if t.type == "inline"]
    assert [c.content for c in cells] == ["Penalty", "$\\lambda \\sum |w_i|$", "$\\lambda \\sum w_i^2$"]
    assert all(c.map == [2, 3] for c in cells)
    html, _ = render(PENALTY_TABLE)
    assert '<td><span class="math inline">\\(\\lambda \\sum |w_i|\\)</span></td>' in html


def test_table_wrapper_keeps_line_maps_of_what_follows() -> None:
    text = PENALTY_TABLE + "\n$$\na|b\n$$\n\nafter $x$\n"
    tokens = MD.parse(text, {})
    assert next(t for t in tokens if t.type == "table_open").map == [0, 3]
    block = next(t for t in tokens if t.type == "math_block")
    assert (block.map, block.content) == ([4, 7], "a|b")
    assert next(t for t in tokens if t.type == "paragraph_open").map == [8, 9]


@pytest.mark.parametrize(
    "table",
    [
        "| a | b |\n|---|---|\n| $5 | $10 |\n",
        "| a | b |\n|---|---|\n| `x | y` | c \\| d |\n",
        "| a | b |\n|:--|--:|\n| `$x|y$` | $ 1 | 2 $ |\n",
        "| price | note |\n| --- | --- |\n| $3.50 | between $20 and $30 |\n",
    ],
)
def test_table_without_formulas_parses_exactly_as_without_the_plugin(table: str) -> None:
    def shape(tokens: list[Token]) -> list[tuple[str, Any, str]]:
        return [(t.type, t.map, t.content) for t in tokens]

    assert shape(MD.parse(table, {})) == shape(make_parser(math=False).parse(table, {}))


def test_placeholder_avoids_private_use_characters_already_in_the_source() -> None:
    text = "| \ue000 | b |\n|---|---|\n| $|x|$ | \ue001 |\n"
    html, _ = render(text)
    assert '<td><span class="math inline">\\(|x|\\)</span></td>\n<td>\ue001</td>' in html
    assert "<th>\ue000</th>" in html


def test_unclosed_display_in_a_table_cell_warns_on_its_row() -> None:
    _, warnings = render("| a |\n|---|\n| x |\n| $$ y |\n")
    assert warnings == [(4, "unclosed $$ math (opened here)")]


# --- positions and warnings ---------------------------------------------------------------------


def test_block_maps_cover_every_line_of_the_formula() -> None:
    text = "intro\n\n$$\nx\n  + y\n$$\n\n\\begin{align}\na &= b\n\\end{align}\n"
    blocks = [t for t in MD.parse(text, {}) if t.type == "math_block"]
    assert [(b.map, b.markup, b.content) for b in blocks] == [
        ([2, 6], "$$", "x\n  + y"),
        ([7, 10], "\\begin", "\\begin{align}\na &= b\n\\end{align}"),
    ]


def test_unclosed_dollars_inside_an_admonition_warn_at_their_own_line() -> None:
    text = '!!! note "N"\n    first line\n    second $$ open\n\n    $$\n    x\n'
    html, warnings = render(text)
    assert warnings == [(3, "unclosed $$ math (opened here)"), (5, "unclosed $$ math (opened here)")]
    assert "second $$ open" in html
    assert 'class="math' not in html


def test_a_blank_line_ends_an_unclosed_display_block() -> None:
    # the `$$` after the blank line must not close the first one, swallowing the paragraph between
    html, warnings = render("$$\na\n\nb\n$$\n")
    assert warnings == [(1, "unclosed $$ math (opened here)"), (5, "unclosed $$ math (opened here)")]
    assert html == "<p>$$\na</p>\n<p>b\n$$</p>\n"


def test_lone_dollars_and_escapes_never_warn() -> None:
    _, warnings = render("costs $5, \\$6 and $ 7, or \\(unclosed paren and $$$$ empty\n")
    assert warnings == []


def test_warnings_accumulate_in_an_existing_list() -> None:
    env: dict[str, Any] = {WARNINGS_KEY: [(99, "earlier")]}
    MD.render("\\[ open\n", env)
    assert env[WARNINGS_KEY] == [(99, "earlier"), (1, "unclosed \\[ math (opened here)")]


# --- delimiters and escaping --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("$a<b>&c$", '<p><span class="math inline">\\(a&lt;b&gt;&amp;c\\)</span></p>\n'),
        ('$\\text{"q"}$', '<p><span class="math inline">\\(\\text{"q"}\\)</span></p>\n'),
        ("$$a\\ $$", '<div class="math display">\\[a\\ \\]</div>\n'),
        ("\\\\(x\\\\)", "<p>\\(x\\)</p>\n"),
        ("$x$5", "<p>$x$5</p>\n"),
        ("$x$-5", '<p><span class="math inline">\\(x\\)</span>-5</p>\n'),
        ("\\(\\)", "<p>()</p>\n"),
        ("\\(a \\\\) b\\)", '<p><span class="math inline">\\(a \\\\) b\\)</span></p>\n'),
    ],
    ids=[
        "html-escaped",
        "quotes-kept",
        "control-space-kept",
        "doubled-backslash-is-commonmark-escape",
        "digit-after",
        "dash-after",
        "empty",
        "tex-linebreak",
    ],
)
def test_delimiter_edge_cases(source: str, html: str) -> None:
    assert render(source)[0] == html


def test_cloze_protection_only_in_cloze_mode() -> None:
    text = "$\\frac{1}{x^{2}}$"
    assert "x^{2}}" in render(text)[0]
    assert "x^{2} }" in render(text, cloze=True)[0]


@pytest.mark.parametrize(
    ("tex", "protected"),
    [("}}", "} }"), ("}}}", "} } }"), ("a}}b}}", "a} }b} }"), ("} }", "} }"), ("{a}{b}", "{a}{b}"), ("", "")],
)
def test_protect_cloze_tex(tex: str, protected: str) -> None:
    assert protect_cloze_tex(tex) == protected
    assert "}}" not in protect_cloze_tex(tex)


def test_math_css_centres_and_scrolls_display_formulas() -> None:
    rule = re.search(r"\.math\.display\s*\{([^}]*)\}", MATH_CSS)
    assert rule is not None
    body = rule.group(1)
    assert "text-align: center" in body
    assert "overflow-x: auto" in body


# --- properties ---------------------------------------------------------------------------------


class _Collector(HTMLParser):
    """Text a reader can get back from HTML: text nodes plus link targets and titles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts += [unquote(v or "") for k, v in attrs if k in ("href", "title")]

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


# letters, braces and pipes are never Markdown syntax with this alphabet (tables need `-`)
KEPT = set("abcxyz{}|")
NOISY_TEXT = st.text(alphabet="$\\()[]{}|_* \nabcxyz", max_size=60)


@settings(max_examples=400, deadline=None)
@given(NOISY_TEXT)
@example("$a|b$ \\(c\\) $$x$$ \\[y\\] [z](a (b))")
@example("$$a\n\nb$$ \\[c $x_a*b_$ *\\(|d|\\)*")
def test_random_text_never_raises_nor_loses_characters(text: str) -> None:
    html, warnings = render(text)
    collector = _Collector()
    collector.feed(html)
    collector.close()
    shown = "".join(collector.parts)
    assert Counter(c for c in shown if c in KEPT) == Counter(c for c in text if c in KEPT)
    assert all(isinstance(line, int) and 1 <= line <= text.count("\n") + 1 for line, _ in warnings)
    for token in math_tokens(text):
        assert token.content and token.content in text


TEX = st.text(alphabet="\\{}|_*^()[] abcxyz", min_size=1, max_size=30).filter(
    # pandoc's rules: no space inside the dollars; an odd trailing backslash would escape the closer
    lambda tex: not tex[0].isspace() and not tex[-1].isspace() and (len(tex) - len(tex.rstrip("\\"))) % 2 == 0
)


@settings(max_examples=300, deadline=None)
@given(TEX)
@example("\\|w\\|_1")
@example("a \\\\ b")
def test_inline_formula_survives_byte_for_byte_anywhere(tex: str) -> None:
    expected = f'<span class="math inline">\\({tex}\\)</span>'
    for text in (f"see ${tex}$ here", f"- item ${tex}$", f"| h | i |\n|---|---|\n| a | ${tex}$ |", f"> ${tex}$ and"):
        html, warnings = render(text)
        assert expected in html, text
        assert warnings == []


def test_single_dollar_before_a_tex_command_without_closer_warns() -> None:
    env: dict = {}
    html = make_parser().render("Price is $5 today.\n\nThe loss is $\\lambda \\sum w_i and more.\n", env)
    assert env.get("math_warnings") == [(3, "unclosed $ math (opened here)")]
    assert "$\\lambda" in html  # the text is kept
