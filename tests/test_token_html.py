"""`render_tokens` writes exactly what markdown-it's renderer writes, on notes, the corpus and random Markdown."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ankibuild.markdown import _configured_parser, make_parser, parser_for
from ankibuild.render import keep_line_breaks
from ankibuild.token_html import render_tokens
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


def _documents() -> Iterator[str]:
    folders = (SOURCE, ROOT / "tests" / "fixtures", ROOT / "tests" / "corpus")
    for path in sorted(p for folder in folders for p in folder.rglob("*.md")):
        yield path.read_bytes().decode("utf-8", "replace")
    with tempfile.TemporaryDirectory() as folder:
        for path in generate_corpus(Path(folder) / "c", 120, seed=3, notes_per_file=40):
            yield path.read_text(encoding="utf-8")


def _same(md: MarkdownIt, text: str, env: dict[str, Any] | None = None) -> None:
    tokens = parser_for(text).parse(text, {})
    for shown in (tokens, keep_line_breaks(tokens, "always")):
        assert render_tokens(md, shown, dict(env or {})) == md.renderer.render(shown, md.options, dict(env or {}))


def test_notes_and_corpus_render_as_markdown_it_renders_them() -> None:
    md = make_parser()
    for text in _documents():
        _same(md, text)
        _same(md, text, {"cloze": True})


LINE = st.one_of(
    st.lists(
        st.sampled_from(
            [
                "word", "**bold**", "*em*", "`code`", "`a<b>&\"`", "$x<y$", "$$z$$", "==mark==", "~~gone~~", "<b>raw</b>",
                "[link](/u \"t\")", "![alt *x*](a.png)", "<https://x.org>", "[^1]", "&amp;", "a & b < c > \"d\"", ":fire:",
                "{{c1::cloze}}", "\\*", "  ", "\\",
            ]
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join),
    st.sampled_from(
        [
            "", "-", "1.", ">", "# Title", "### Q?", "- item", "  - nested", "1. first", "- [ ] task", "- [x] done", "> quote", "```python",
            "```", "x = '<a>'", "    indented code", "| a | b |", "|:--|--:|", "---", "Term", ": definition", "!!! note \"T\"",
            "    body", "[^1]: note", "<div>", "</div>", "<!-- c -->", "$$", "a^2", "Title", "===",
        ]
    ),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=20).map("\n".join))
def test_random_markdown_renders_as_markdown_it_renders_it(text: str) -> None:
    _same(make_parser(), text)


@settings(max_examples=100, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=12).map("\n".join))
def test_other_options_render_as_markdown_it_renders_them(text: str) -> None:
    md = MarkdownIt("commonmark", {"breaks": True, "xhtmlOut": False, "html": True}).enable("table")
    tokens = md.parse(text)
    assert render_tokens(md, tokens, {}) == md.render(text)


def test_a_replaced_rule_is_called() -> None:
    md = _configured_parser()
    md.add_render_rule("text", lambda self, tokens, idx, options, env: tokens[idx].content.upper())
    md.add_render_rule("code_inline", lambda self, tokens, idx, options, env: "[code]")
    md.add_render_rule("strong_open", lambda self, tokens, idx, options, env: "<b>")
    tokens = md.parse("Some *text* with `code`, **bold**\nand a break.")
    assert render_tokens(md, tokens, {}) == md.renderer.render(tokens, md.options, {})
    assert render_tokens(md, tokens, {}) == "<p>SOME <em>TEXT</em> WITH [code], <b>BOLD</strong>\nAND A BREAK.</p>\n"


def test_a_renderer_with_its_own_render_token_is_used() -> None:
    md = _configured_parser()
    md.renderer.renderToken = lambda tokens, idx, options, env: f"[{tokens[idx].type}]"  # type: ignore[method-assign]
    tokens = md.parse("- a *b*")
    assert render_tokens(md, tokens, {}) == md.renderer.render(tokens, md.options, {})


def test_hidden_paragraphs_and_attributes() -> None:
    md = make_parser()
    text = "-\n- a\n  > quoted\n- b\n\n| x | y |\n|:-|-:|\n| 1 | 2 |\n\n[l](/u 'title')"
    tokens = md.parse(text)
    assert any(t.hidden for t in tokens) and any(t.attrs for t in tokens)
    assert render_tokens(md, tokens, {}) == md.renderer.render(tokens, md.options, {})
    assert render_tokens(md, [Token("hr", "hr", 0, block=True)], {}) == "<hr />\n"


def test_list_items_with_a_checked_state_render_as_markdown_it_renders_them() -> None:
    """A list item whose `meta` holds `checked` (as markdown-it's own task lists set it) gets the checkbox
    markdown-it's `list_item_open` writes after its tag, hidden or not, editable or not; a replaced rule is called."""
    for editable in (None, False, True):
        md = _configured_parser()
        if editable is not None:
            md.options["tasklists_editable"] = editable
        for meta in ({}, {"checked": True}, {"checked": False}, {"other": 1}):
            for hidden in (False, True):
                tokens = md.parse("- a\n- b\n\n1. c")
                for token in tokens:
                    if token.type == "list_item_open":
                        token.meta = dict(meta)
                        token.hidden = hidden
                assert render_tokens(md, tokens, {}) == md.renderer.render(tokens, md.options, {})
    md.add_render_rule("list_item_open", lambda self, tokens, idx, options, env: "[item]")
    tokens = md.parse("- a")
    assert render_tokens(md, tokens, {}) == md.renderer.render(tokens, md.options, {}) == "<ul>\n[item]a</li>\n</ul>\n"
