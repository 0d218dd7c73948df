"""Fuzzing the pipeline: random Markdown made of the constructs the extractors know, and random bytes.
No exception may escape, and every diagnostic must carry a location. Budget: a fixed number of examples."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ankibuild.config import BuildConfig
from ankibuild.process import process_document
from ankibuild.sources import parse_source_bytes

CONFIG = BuildConfig(source=Path("/nonexistent-source"), output=Path("/nonexistent-output"), root_deck="Fuzz")

WORDS = st.sampled_from(["What", "is", "Explain", "X", "how", "does", "it", "work", "?", "term", "value", "$x_1$", "`code`", "**bold**", "==hl==", "{{c1::c}}", "::", "|", "<b>", "&amp;", "λ", "🟡", "‚Üí"])
TEXT = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
LINE = st.one_of(
    TEXT,
    TEXT.map(lambda t: "### " + t),
    TEXT.map(lambda t: "## " + t + "?"),
    TEXT.map(lambda t: "**Q1: " + t + "?**"),
    TEXT.map(lambda t: "> " + t),
    TEXT.map(lambda t: "1. [E] " + t + "?"),
    TEXT.map(lambda t: "- **" + t + "**: " + t),
    TEXT.map(lambda t: "| " + t + " | " + t + " |"),
    st.just("|---|---|"),
    st.just("```text"),
    st.just("```"),
    st.just("$$"),
    st.just("---"),
    st.just(""),
    st.just('??? success "View Answer"'),
    TEXT.map(lambda t: "    " + t),
    st.just("<details><summary>What?</summary>"),
    st.just("</details>"),
    st.just("Q: what is it?"),
    st.just("A: it is."),
    st.just("?"),
    st.just("![img](missing.png)"),
    st.just("<!-- id: x -->"),
    st.just("NOT ANSWERED"),
    TEXT.map(lambda t: "/dir/file.md: " + "-" * 20 + " 1 | # " + t + " 2 | ## " + t + "? 3 | " + t),
)
MARKDOWN = st.lists(LINE, max_size=40).map("\n".join)


def run_pipeline(raw: bytes) -> None:
    sources, diagnostics = parse_source_bytes(raw, "fuzz.md")
    for source in sources:
        diagnostics.extend(process_document(source, CONFIG).diagnostics)
    for diagnostic in diagnostics:
        assert diagnostic.loc.path == "fuzz.md" and diagnostic.loc.line >= 0, diagnostic
        assert diagnostic.message and diagnostic.kind


@settings(max_examples=800, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_random_markdown_never_crashes(text: str) -> None:
    run_pipeline(text.encode("utf-8"))


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(raw: bytes) -> None:
    run_pipeline(raw)
