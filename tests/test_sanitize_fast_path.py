"""The sanitiser's fast path for markup Markdown generated: wherever it skips nh3, the result must be
exactly nh3's. Checked on every card side of the notes in source/, of the test fixtures, of a benchmark
corpus sample, and of random Markdown; and the fast path must really be taken."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ankibuild.render as render
from ankibuild import sanitize
from ankibuild.config import BuildConfig
from ankibuild.process import process_document
from ankibuild.sanitize import sanitize_html
from ankibuild.sources import parse_source_bytes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import generate_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NH3 = sanitize._CLEANER
CONFIG = BuildConfig(source=ROOT / "source", output=Path("/nonexistent-output"), root_deck="Fast")


class Checked:
    """Wraps `sanitize_html` as render calls it, comparing every answer with nh3's own, and counts the
    calls that reached nh3 (through a counting stand-in for the module's cleaner)."""

    def __init__(self) -> None:
        self.calls = 0
        self.cleaned = 0

    def clean(self, html: str) -> str:
        self.cleaned += 1
        return NH3.clean(html)

    def __call__(self, html: str, *, generated: bool = False) -> tuple[str, tuple[str, ...]]:
        self.calls += 1
        clean, removed = sanitize_html(html, generated=generated)
        assert clean == NH3.clean(html), html
        return clean, removed

    @property
    def fast(self) -> int:
        return self.calls - self.cleaned


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Checked]:
    check = Checked()
    monkeypatch.setattr(render, "sanitize_html", check)
    monkeypatch.setattr(sanitize, "_CLEANER", check)
    yield check


def run(raw: bytes, name: str) -> None:
    sources, _ = parse_source_bytes(raw, name)
    for source in sources:
        process_document(source, CONFIG)


def test_seed_notes_and_fixtures(checked: Checked) -> None:
    files = sorted((ROOT / "source").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    for path in files:
        run(path.read_bytes(), path.name)
    assert checked.fast > 500 and checked.cleaned > 0, (checked.fast, checked.cleaned)


def test_benchmark_corpus_sample(tmp_path: Path, checked: Checked) -> None:
    for path in generate_corpus(tmp_path, 400, seed=3):
        run(path.read_bytes(), path.name)
    assert checked.fast > 700


PIECES = st.sampled_from(
    [
        "What", "is", "it", "?", '"quoted"', "it's", "&amp;", "&lt;", "&quot;", "&#39;", "&nbsp;", "&copy;", "\xa0",
        "`co\"de`", "**b**", "_i_", "~~s~~", "==m==", "$x<y$", "\\(a\\)", "[l](http://x.org/?a=1&b=\"2\")",
        "[r](#frag)", '[t](http://x.org "ti\\"tle")', "[t2](y 'it\\'s')", "![i](pic.png)", "<http://auto.link>", "<b>raw</b>", "<br>", "[^1]", "\\", "|", "\ufeff", "\r",
    ]
)
TEXT = st.lists(PIECES, min_size=1, max_size=6).map(" ".join)
LINE = st.one_of(
    TEXT,
    TEXT.map(lambda t: "### " + t + "?"),
    TEXT.map(lambda t: "- " + t),
    TEXT.map(lambda t: "1. " + t),
    TEXT.map(lambda t: "> " + t),
    TEXT.map(lambda t: "    " + t),
    TEXT.map(lambda t: "- [x] " + t),
    TEXT.map(lambda t: "| " + t + " | b |"),
    st.sampled_from(["|---|:--:|", "```python", "```", "```text", "$$", "---", "", "Term", ": def", "[^1]: note", '!!! note "T"', "    body"]),
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(LINE, max_size=25).map("\n".join))
def test_random_markdown(checked: Checked, text: str) -> None:
    run(("# Notes\n\n## What is this?\n\n" + text + "\n").encode(), "random.md")


@pytest.mark.parametrize(
    "html",
    [
        "<pre>\nx</pre>",
        '<pre class="code">\n<code>x</code></pre>',
        '<a href="x" title="a &quot;b&quot;">t</a>',
        "<a href=\"x\" title=\"it&#39;s\">t</a>",
        "x &copy; y &#169; &#xA9;",
        "<p>it&#39;s &quot;so&quot;</p>",
        "a\xa0b",
        "a<br />b<hr />",
        "\ufeffx",
        "a\r\nb",
        "a\0b",
    ],
)
def test_what_html5ever_writes_differently_goes_to_nh3(html: str) -> None:
    assert sanitize_html(html, generated=True)[0] == NH3.clean(html)


_FORMER_TAGS_TO_CHECK = re.compile(r'<(?!span class="[^"<>&]*">|/span>)[^<>]*>?')
_PLAIN = {f"<{slash}{name}>" for name in sanitize.ALLOWED_TAGS for slash in ("", "/")}


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["<", ">", "/", "p", "li", "a", "script", "span", " ", 'class="x"', "&", "\n", "x", "<p>", "</li>", "<P>", "<br>"]), max_size=30).map("".join))
def test_tags_to_check_are_the_former_ones_but_plain_safe_tags(html: str) -> None:
    """The tags `_TAGS_TO_CHECK` leaves out, beyond its former ones, are allowed elements' plain tags,
    each of which `_SAFE_TAG` passes; the others are found as before."""
    former = _FORMER_TAGS_TO_CHECK.findall(html)
    assert sanitize._TAGS_TO_CHECK.findall(html) == [tag for tag in former if tag not in _PLAIN]
    assert all(sanitize._SAFE_TAG.fullmatch(tag) for tag in _PLAIN)
