"""A document is parsed without the plugin rules its text cannot trigger: the tokens must be exactly those
of the parser with every plugin, for any text."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ankibuild import markdown
from ankibuild.markdown import _OPTIONAL_RULES, _configured_parser, _holds, _narrow_terminators, make_parser, parser_for
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


@functools.cache
def reference() -> MarkdownIt:
    """Every rule, and plain text stopping at each of CommonMark's marks (not narrowed to the enabled rules)."""
    return _configured_parser(narrow=False)


def same_parse(text: str) -> None:
    full = reference()
    for lean in (parser_for(text), make_parser()):
        full_env: dict[str, object] = {}
        lean_env: dict[str, object] = {}
        tokens = lean.parse(text, lean_env)
        assert tokens == full.parse(text, full_env)
        assert full.renderer.render(tokens, full.options, {}) == full.renderer.render(full.parse(text, {}), full.options, {})
        assert lean_env.get("math_warnings") == full_env.get("math_warnings")


def test_plain_text_stops_only_where_an_enabled_rule_can_start() -> None:
    default = reference().inline.terminator_re
    assert make_parser().inline.terminator_re.pattern != default.pattern
    narrowed = parser_for("Plain prose - with: colons, #hashes, 100% {braces} and @mentions.\n").inline.terminator_re
    assert narrowed.search("- : # % { } @ + > ") is None and narrowed.search("[") and narrowed.search("]")
    md = _configured_parser(narrow=False)
    md.inline.ruler.push("unknown_rule", lambda state, silent: False)
    _narrow_terminators(md)  # a rule it knows nothing of: the default set is kept
    assert md.inline.terminator_re.pattern == default.pattern


def test_each_plugin_is_left_out_only_without_its_marks() -> None:
    assert parser_for("# Plain\n\nText with $x$ and `code`.\n") is not make_parser()
    for text in ("!!! note\n    x\n", "Term\n: definition\n", "A[^1]\n\n[^1]: note\n", "- [x] done\n"):
        lean = parser_for(text)
        assert lean is not make_parser()  # the other plugins are still left out ...
    everything = (
        "---\nt: 1\n---\n!!! note\n    x\n\nTerm\n: def\n\nA[^1] ~~s~~ ==m==\r\n\n[^1]: n\n\n- [ ] t\n\n"
        "\\begin{align}x\\end{align}\n\n[r]: /u\n\n* * *\n\n![i](u) &amp; <b> > q | `c` \\*\n"
    )
    assert parser_for(everything) is make_parser()  # ... and with every mark, nothing is
    assert len(_OPTIONAL_RULES) == 17


@pytest.mark.parametrize(
    "text",
    ["---", "***", "___", "- - -", "* * *", "_  _  _", "- ***", "* - - -", "1. ___", "12) * * *", "> ---", "> - > ***", "\t---", "  - ---"],
)
def test_a_thematic_break_after_any_container_marks_keeps_the_rule(text: str) -> None:
    for document in (text + "\n", "Para\n\n" + text + "\n", "- item\n" + text + "\n"):
        assert "hr" not in _disabled(parser_for(document)), document
        same_parse(document)


@pytest.mark.parametrize("text", ["- * * * ---\nt: 1\n---\n", "- ---\nt: 1\n---\n", "* - ---\na\n---\n", "1. ---\nx\n---\n"])
def test_front_matter_after_the_marks_of_list_items_on_the_first_line_keeps_the_rule(text: str) -> None:
    # (the rule reads the document's first character, not the line's: after `*` or `1.` it says no)
    assert ("front_matter" in _disabled(parser_for(text))) == (not text.startswith("-"))
    same_parse(text)


def _disabled(md: object) -> set[str]:
    return {rule.name for ruler in (md.block.ruler, md.inline.ruler) for rule in ruler.__rules__ if not rule.enabled}  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", sorted([*SOURCE.glob("*.md"), *(ROOT / "tests" / "fixtures").rglob("*.md")]), ids=lambda p: p.name)
def test_notes_and_fixtures_parse_the_same(path: Path) -> None:
    same_parse(path.read_bytes().decode("utf-8", "replace"))


def test_benchmark_notes_parse_the_same() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for path in generate_corpus(Path(folder) / "c", 300, seed=11, notes_per_file=30):
            same_parse(path.read_text(encoding="utf-8"))


FRAGMENTS = [
    "!!! note", "??? tip \"T\"", "???+ x", "!!", "??", "    indented", "Term", ": def", ":def", "~ def", "> : q",
    "- : x", "  : nested", "[^1]", "[^1]: note", "^[inline]", "[^ x]", "- [ ] todo", "- [x] done", "* [X] y",
    "[ ]", "- item", "1. one", "> quote", "```", "~~~", "$x$", "$$", "| a | b |", "|---|---|", "text", "",
    "**bold**", "[link](u)", "<div>", "# H", "\t: tab", "\r: cr", "x\r~ y", "a\r\nb", "nul\0", "~~gone~~", "~x~",
    "==mark==", "a == b", "x\0y\r", "---", "***", "- * * *", "1. ___", "> - - -", "| - | - |", "[r]: /u", "[r]",
    "![i](u)", "&amp;", "&#35;", "&", "<span>x</span>", "<https://x.y>", "<!-- c -->", "\\*", "\\", "`c`", "``",
    "\\begin{align}", "\\end{align}", "a | b", "---\nt: 1\n---", "> >", "-->", "*", "_", "[", "]", "[a]", "[[x]]",
    "[a]: /u \"t\"", "[l](u \"t\")", "[x]: <u>", "a - b: c", "#tag", "@me", "{x}", "100%", "+1", "x:y", "a\\\nb",
    "two  \nspaces", "`a - b`", "*a - b*", "_a:b_", "[a - b](c)", "[-]", "![a-b]", "^[a-b]", "[^a-b]", "$a - b$", "\\(a:b\\)",
    # emphasis inside links, highlights and strikethrough, and around them (delimiters of nested runs)
    "[*a*](u)", "[**b** c](u)", "==*x*==", "*[a](u)*", "_a_b_", "**a*b*c**", "~~*x*~~", "![*a*](u)", "[`*`](u)",
    # setext underlines and what is nearly one, lazy and indented continuation lines (lheading, paragraph)
    "===", "= =", "-- ", "- -", "  ---", "    ===", "Title\n===", "Title\n  ---  ", "a\n    b", "> a\nb\n---", "- a\n==",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.lists(st.sampled_from(["\n", "\n\n", " "]), min_size=12, max_size=12))
def test_random_documents_parse_the_same(parts: list[str], seps: list[str]) -> None:
    same_parse("".join(p + s for p, s in zip(parts, seps, strict=False)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([f for f in FRAGMENTS if "\n" not in f]), max_size=6))
def test_random_questions_parse_inline_the_same(parts: list[str]) -> None:
    text = " ".join(parts)
    full = reference()
    assert parser_for(text).parseInline(text, {}) == full.parseInline(text, {})
    assert make_parser().parseInline(text, {}) == full.parseInline(text, {})


MARKS = ["!!!", "???", "[^", "^[", "[ ]", "[x]", "[X]", "==", "\\begin", "]:", "!["]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="!?[]^ xX=\\begin:é\n", max_size=30), st.lists(st.sampled_from(MARKS), min_size=1, max_size=3))
def test_a_mark_test_is_true_exactly_when_the_text_holds_a_mark(text: str, marks: list[str]) -> None:
    assert _holds(*marks)(text) == any(mark in text for mark in marks)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[] xXy\n", max_size=12))
def test_the_task_box_test_is_true_exactly_when_a_box_is_there(text: str) -> None:
    boxes = dict(_OPTIONAL_RULES)[("github-tasklists",)]
    assert boxes(text) == ("[ ]" in text or "[x]" in text or "[X]" in text)


BREAK_PIECES = ["-", "*", "_", " ", "\t", ">", "1.", "2)", "a", "\n", "- ", "* ", "+ ", "|", "---", "* * *"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(BREAK_PIECES), max_size=14))
def test_the_break_test_finds_the_lines_the_line_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert markdown._may_hold_a_break(text) == bool(markdown._BREAK_FIRST.match(text) or markdown._BREAK_LINE.search(text))


@pytest.mark.parametrize("text", ["- - |---|---|\n!!! note\n", "- a--b\n", "> x---\n\ntext\n", "1. - |---\n"])
def test_the_first_line_inside_a_container_gets_every_rule(text: str) -> None:
    """markdown-it-py's front matter rule reads the document's first character, not the line's: on the first
    line it can fire inside a list item or a quote, so there the lean parsers try every rule as it does."""
    same_parse(text)
