"""`format_tokens` of `lex` writes exactly what Pygments' HtmlFormatter (our `_FORMATTER`) writes for the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pygments import highlight
from pygments.lexers import get_lexer_by_name

from ankibuild.highlight import _FORMATTER, format_tokens, highlight_code, lex
from bench.corpus import generate_corpus
from tests.helpers import ROOT

LANGUAGES = ("python", "html", "bash", "c", "json", "sql", "javascript", "yaml", "diff", "text")

SAMPLES = [
    "",
    "\n",
    "\n\n\n",
    "no newline at the end",
    "x = '<a>' & \"b\"\n\n\n  y\n",
    "<div class='x'>\n  &amp; <b>t</b>\n</div>",
    "echo $HOME | grep 'x' > /dev/null\n# comment\n",
    "int main() {\n\treturn 0; /* a\nlong comment */\n}\n",
    '"""doc\nstring"""\ndef f(a, *b):\n    return a  # done\n',
    "- a: 1\n  b: [x, y]\n",
    "--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n",
    "\ufeffx = 1\r\ny = 2\rz = '\r'\r\n",  # what Pygments prepares: a byte order mark, CR LF and CR
]


def _same(language: str, code: str) -> None:
    lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
    assert format_tokens(lex(lexer, code)) == highlight(code, lexer, _FORMATTER)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", SAMPLES)
def test_samples_format_as_pygments_does(language: str, code: str) -> None:
    _same(language, code)


def test_fixture_and_benchmark_code_formats_as_pygments_does(tmp_path: Path) -> None:
    fence = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "tests" / "fixtures").rglob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in generate_corpus(tmp_path / "corpus", 120, seed=2)]
    blocks = [(lang, code) for text in texts for lang, code in fence.findall(text)]
    assert len(blocks) > 20
    for language, code in blocks:
        try:
            get_lexer_by_name(language)
        except Exception:  # noqa: BLE001 - a fence label Pygments does not know is not highlighted
            continue
        _same(language, code)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGUAGES), st.text(alphabet="ab1 \t\n\r\ufeff'\"<>&#/*-=:()[]{}$\\", max_size=80))
def test_random_code_formats_as_pygments_does(language: str, code: str) -> None:
    _same(language, code)


def test_a_lexer_with_filters_formats_as_pygments_does() -> None:
    lexer = get_lexer_by_name("python", stripnl=False, ensurenl=False)
    lexer.add_filter("keywordcase", case="upper")
    code = "def f(x):\n    return x if x else None\n"
    assert "DEF" in format_tokens(lex(lexer, code))
    assert format_tokens(lex(lexer, code)) == highlight(code, lexer, _FORMATTER)


def test_a_lexer_with_its_own_get_tokens_is_asked_through_it() -> None:
    from pygments.lexers.python import PythonLexer

    class Shouting(PythonLexer):
        def get_tokens(self, text, unfiltered=False):  # type: ignore[no-untyped-def]
            return ((ttype, value.upper()) for ttype, value in super().get_tokens(text, unfiltered))

    lexer = Shouting(stripnl=False, ensurenl=False)
    code = "def f(x):\n    return x\n"
    assert "DEF" in format_tokens(lex(lexer, code))
    assert format_tokens(lex(lexer, code)) == highlight(code, lexer, _FORMATTER)


def test_highlighted_block_keeps_its_shape() -> None:
    html = highlight_code("x = 1  # one\n", "python")
    assert html.startswith('<pre class="code"><code class="language-python"><span class="n">x</span>')
    assert html.endswith('<span class="c1"># one</span>\n</code></pre>')
