"""Tests for ankibuild.highlight: Pygments markup with CSS classes, plain fallbacks, and the code CSS."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ankibuild.highlight import _lexer, code_css, highlight_code

PLAIN_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "highlight" / "plain").glob("*.txt"))
_TAG = re.compile(r"<[^>]*>")


def _text_of(block: str) -> str:
    """The code a rendered block shows: inside <code>, tags dropped, entities decoded."""
    inner = re.fullmatch(r'<pre class="code"><code[^>]*>(.*)</code></pre>', block, re.DOTALL)
    assert inner, block
    return html.unescape(_TAG.sub("", inner.group(1)))


@pytest.mark.parametrize(
    ("lang", "code", "span"),
    [
        ("python", "def f(x):\n    return x\n", '<span class="k">def</span>'),
        ("bash", "if [ -f x ]; then echo y; fi\n", '<span class="k">if</span>'),
        ("sql", "SELECT name FROM users WHERE id = 1;\n", '<span class="k">SELECT</span>'),
        ("json", '{"a": [1, true, null]}\n', '<span class="kc">true</span>'),
        ("json", '{"a": [1, true, null]}\n', '<span class="nt">"a"</span>'),
        ("python", "# note\nx = 'hi'\n", '<span class="c1"># note</span>'),
        ("python", "# note\nx = 'hi'\n", "<span class=\"s1\">'hi'</span>"),
    ],
)
def test_known_language_is_highlighted_with_classes(lang: str, code: str, span: str) -> None:
    out = highlight_code(code, lang)
    assert out.startswith(f'<pre class="code"><code class="language-{lang}">')
    assert out.endswith("</code></pre>")
    assert span in out
    assert "style=" not in out


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("py", "import os\n"),
        ("Python", "import os\n"),
        ("sh", "echo $HOME\n"),
        ("console", "$ ls -la\n"),
        ("js", "const x = 1;\n"),
        ("yaml", "key: value\n"),
        ("cpp", "int main() { return 0; }\n"),
        ("dockerfile", "FROM python:3.12\n"),
    ],
)
def test_aliases_highlight_and_keep_the_written_label(alias: str, code: str) -> None:
    out = highlight_code(code, alias)
    assert f'<code class="language-{alias}">' in out
    assert '<span class="' in out
    assert "style=" not in out


def test_unknown_language_is_plain_and_keeps_its_class() -> None:
    out = highlight_code("graph TD;\nA-->B & C\n", "mermaid")
    assert out == '<pre class="code"><code class="language-mermaid">graph TD;\nA--&gt;B &amp; C\n</code></pre>'


@pytest.mark.parametrize("label", ["text", "plain", "txt", "ascii", "none", "output", "TEXT"])
def test_plain_labels_are_not_highlighted(label: str) -> None:
    code = "def f(x):\n    return x\n"
    assert highlight_code(code, label) == f'<pre class="code"><code class="language-{label}">{code}</code></pre>'


def test_hostile_language_label_is_escaped_in_the_class() -> None:
    out = highlight_code("x\n", '"><script>alert(1)</script>')
    assert "<script>" not in out
    assert 'class="language-&quot;&gt;&lt;script&gt;' in out


@pytest.mark.parametrize("path", PLAIN_FIXTURES, ids=lambda p: p.stem)
def test_unlabelled_diagrams_and_prose_stay_plain(path: Path) -> None:
    code = path.read_text(encoding="utf-8")
    assert highlight_code(code, None) == f'<pre class="code"><code>{html.escape(code, quote=False)}</code></pre>'


def test_empty_label_is_the_same_as_none() -> None:
    code = PLAIN_FIXTURES[0].read_text(encoding="utf-8")
    assert highlight_code(code, "") == highlight_code(code, None)


def test_unlabelled_obvious_python_is_highlighted() -> None:
    out = highlight_code("#!/usr/bin/env python3\nimport os\nprint(os.sep)\n", None)
    assert out.startswith('<pre class="code"><code class="language-python">')
    assert '<span class="kn">import</span>' in out
    out = highlight_code("from sklearn.svm import SVC\nmodel = SVC(C=1.0)\n", None)
    assert 'class="language-python"' in out


def test_unlabelled_python_without_clear_evidence_stays_plain() -> None:
    # Decision: a bare `def` is not evidence enough (Pygments cannot tell it from several languages),
    # and an unhighlighted snippet costs nothing while a wrong guess paints prose.
    code = "def f(x):\n    return x\n"
    assert highlight_code(code, None) == f'<pre class="code"><code>{code}</code></pre>'


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("#!/bin/bash\nset -e\necho done\n", "bash"),
        ('<?xml version="1.0"?>\n<deck name="ml"><card/></deck>\n', "xml"),
        ("<!DOCTYPE html>\n<html><body><p>hi</p></body></html>\n", "html"),
        ("--- a/model.py\n+++ b/model.py\n@@ -1 +1 @@\n-lr = 0.1\n+lr = 0.01\n", "diff"),
    ],
)
def test_unlabelled_mainstream_code_is_highlighted(code: str, language: str) -> None:
    assert highlight_code(code, None).startswith(f'<pre class="code"><code class="language-{language}"><span')


def test_unlabelled_weak_evidence_stays_plain() -> None:
    # Pygments gives Bash 0.2 for lines starting with "$ ": below the threshold.
    code = "$ 3 per month\n$ 30 per year\n"
    assert highlight_code(code, None) == f'<pre class="code"><code>{code}</code></pre>'


@pytest.mark.parametrize(
    "code",
    [
        # Each passes every other guard and is stopped by one: box drawing (Bash would take it, shebang)…
        "#!/bin/sh\n┌────┐\n│ in │ → out\n└────┘\n",
        # …text the guessed lexer cannot read (Python scores 1.0 on "import ", `²` is an error)…
        "import torch\nloss = Σ (y - ŷ)² / n\n",
        # …and a confident guess outside the mainstream languages (Pygments: TeX, 1.0).
        "\\documentclass{article}\n\\begin{document}\nHello.\n\\end{document}\n",
    ],
    ids=["diagram", "lex-errors", "not-mainstream"],
)
def test_unlabelled_guess_needs_every_guard(code: str) -> None:
    assert highlight_code(code, None) == f'<pre class="code"><code>{html.escape(code, quote=False)}</code></pre>'


@pytest.mark.parametrize("lang", ["python", "mermaid", None])
def test_markup_characters_are_escaped(lang: str | None) -> None:
    code = "if a < b && c > d:\n    print('<b>&amp;</b>')\n"
    out = highlight_code(code, lang)
    body = out.split(">", 2)[2]
    assert "<b>" not in body
    assert "&lt;" in body
    assert "&amp;amp;" in body
    assert _text_of(out) == code


def test_code_is_kept_exactly() -> None:
    code = "\n\n\tx = '∑ xᵢ²'  \t# café\n  ┌─┐\n  └─┘\n\n"
    for lang in ("python", "text", "unknownlang", None):
        assert _text_of(highlight_code(code, lang)) == code


def test_no_newline_is_added() -> None:
    assert highlight_code("x = 1", "python").endswith("1</span></code></pre>")
    assert highlight_code("x = 1\n", "python").endswith("1</span>\n</code></pre>")
    assert highlight_code("", "python") == '<pre class="code"><code class="language-python"></code></pre>'


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")))
def test_any_text_survives_highlighting(code: str) -> None:
    # Carriage returns are out: Pygments turns them into newlines, and markdown-it has already done so.
    assert _text_of(highlight_code(code, "python")) == code


def test_markdown_it_uses_the_block_as_is() -> None:
    md = MarkdownIt("commonmark", {"highlight": highlight_code})
    out = md.render("```python {.numbered}\nx = 1\n```\n")
    assert out == highlight_code("x = 1\n", "python") + "\n"
    assert out.count("<pre") == 1


@pytest.mark.parametrize(
    ("info", "name", "span"),
    [
        ("{r q5, echo=FALSE}", "r", '<span class="o">&lt;-</span>'),
        ("{r}", "r", '<span class="o">&lt;-</span>'),
        ("{python}", "python", '<span class="k">def</span>'),
        ("{.python .numberLines}", "python", '<span class="k">def</span>'),
    ],
)
def test_a_braced_chunk_header_names_its_language(info: str, name: str, span: str) -> None:
    """R Markdown, Quarto and pandoc write the language inside braces: the block is that language's, with its
    class and highlighting, never `language-{r`."""
    code = "x <- c(1, 2)\n" if name == "r" else "def f(x):\n    return x\n"
    md = MarkdownIt("commonmark", {"highlight": highlight_code})
    out = md.render(f"```{info}\n{code}```\n")
    assert f'<code class="language-{name}">' in out
    assert span in out
    assert "{" not in out.split(">", 2)[1]


def test_lexers_are_created_once() -> None:
    assert _lexer("python") is _lexer("python")
    before = _lexer.cache_info()
    for _ in range(3):
        highlight_code("x = 1\n", "python")
    after = _lexer.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits


def test_unknown_language_lookup_is_cached_too() -> None:
    assert _lexer("no-such-language") is None
    misses = _lexer.cache_info().misses
    highlight_code("x\n", "no-such-language")
    assert _lexer.cache_info().misses == misses


# --- CSS -----------------------------------------------------------------------------------------


def _rules(css: str) -> list[tuple[list[str], str]]:
    return [([s.strip() for s in selectors.split(",")], body) for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css)]


def test_css_styles_the_block_for_phones() -> None:
    css = code_css()
    block = next(body for selectors, body in _rules(css) if selectors == ["pre.code"])
    for declaration in ("white-space: pre;", "overflow-x: auto;", "max-width: 100%;", "tab-size: 4;", "monospace"):
        assert declaration in block
    assert "background:" in block and "padding:" in block


def test_css_has_dark_rules_under_both_night_mode_classes() -> None:
    css = code_css()
    assert ".nightMode pre.code .k, .night_mode pre.code .k {" in css
    assert ".nightMode pre.code, .night_mode pre.code {" in css
    for selectors, _ in _rules(css):
        night = [s for s in selectors if s.startswith((".nightMode", ".night_mode"))]
        if night:
            assert len(night) == 2, selectors
            assert {s.split()[0] for s in night} == {".nightMode", ".night_mode"}


def test_dark_rules_are_more_specific_and_reset_the_light_ones() -> None:
    rules = _rules(code_css())
    light = {sel[0]: body for sel, body in rules if len(sel) == 1 and sel[0].startswith("pre.code .")}
    dark = {sel[0].split(" ", 1)[1]: body for sel, body in rules if sel[0].startswith(".nightMode ")}
    assert "pre.code .k" in light and "pre.code .k" in dark
    # The default light theme makes keywords bold; the dark one does not, so it must say so.
    assert "font-weight: bold" in light["pre.code .k"]
    assert "font-weight: normal" in dark["pre.code .k"]
    for selector, body in light.items():
        props = {d.split(":")[0].strip() for d in body.split(";") if d.strip()}
        assert selector in dark, selector
        assert props <= {d.split(":")[0].strip() for d in dark[selector].split(";") if d.strip()}, selector


def test_css_is_self_contained() -> None:
    css = code_css()
    for forbidden in ("@import", "url(", "@font-face", "<script", "javascript", "expression("):
        assert forbidden not in css
    assert ".err" not in css  # lexer errors are shown as plain text, not boxed in red


@pytest.mark.parametrize("code", ["\ufeff", "\ufeffx = 1\n", "\ufeff\ufeff"])
def test_a_leading_byte_order_mark_is_kept(code: str) -> None:
    """Pygments drops a byte order mark that opens the text it lexes; the block keeps it (found by the
    property test above)."""
    assert _text_of(highlight_code(code, "python")) == code
