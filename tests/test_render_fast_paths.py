"""Rendering's shortcuts give exactly what the long way gives.

`render_draft` reuses the document's inline token on the question's line when `_same_inline` holds; these
tests check, on the notes in source/, the fixtures, the corpus and random Markdown, that every inline token
it would accept has the children `parseInline` gives, and that cards render the same either way.
`keep_line_breaks` looks for softbreaks only in tokens whose text holds a line break: every token with a
softbreak is checked to hold one.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from ankibuild.extract import extract_cards
from ankibuild.markdown import parser_for
from ankibuild.process import parse_document
from ankibuild.render import _same_inline, inline_tokens_by_line, keep_line_breaks, render_draft
from ankibuild.sources import parse_source_bytes
from bench.corpus import generate_corpus
from tests.helpers import ROOT, SOURCE


def _documents() -> Iterator[tuple[str, bytes]]:
    for path in sorted(
        [*SOURCE.glob("*.md"), *(ROOT / "tests" / "fixtures").rglob("*.md"), *(ROOT / "tests" / "corpus").rglob("*.md")]
    ):
        yield path.name, path.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        for path in generate_corpus(Path(folder) / "c", 120, seed=7, notes_per_file=40):
            yield path.name, path.read_bytes()


def _reused_tokens_agree(text: str) -> int:
    """Check every inline token of TEXT that a question could be taken from, and that each inline token
    with a softbreak holds a line break; return how many tokens a question could be taken from."""
    checked = 0
    tokens = parser_for(text).parse(text, {})
    broken = keep_line_breaks(tokens, "always")
    for n, token in enumerate(tokens):
        if any(child.type == "softbreak" for child in token.children or ()):
            assert "\n" in token.content, token
        kept = ["hardbreak" if child.type == "softbreak" else child.type for child in token.children or ()]
        assert [child.type for child in broken[n].children or ()] == kept
        question = token.content.strip()  # as `render_draft` strips a question
        if token.type == "inline" and _same_inline(token, question):
            assert token.children == parser_for(question).parseInline(question, {})[0].children, question
            checked += 1
    return checked


def test_inline_tokens_of_the_notes_are_those_of_their_text_alone() -> None:
    checked = sum(_reused_tokens_agree(raw.decode("utf-8", "replace")) for _, raw in _documents())
    assert checked > 5000


def test_cards_render_the_same_with_and_without_the_documents_question_tokens() -> None:
    reused = 0
    for name, raw in _documents():
        for source in parse_source_bytes(raw, name)[0]:
            doc = parse_document(source, [])
            inline_at = inline_tokens_by_line(doc.tokens)
            for draft in extract_cards(doc).drafts:
                hint = inline_at.get(draft.loc.line - 1)
                if hint is not None and _same_inline(hint, draft.question.strip()):
                    reused += 1
                assert render_draft(draft, None, doc.tokens, "auto", hint) == render_draft(draft, None, doc.tokens, "auto"), (
                    draft.loc
                )
    assert reused > 500  # the heading cards of the seeds and the corpus


PIECE = st.sampled_from(
    [
        "What", "is", "**bold**", "*em*", "_u_", "`code`", "$x^2$", "$$y$$", "\\$", "\\*", "==mark==", "~~gone~~",
        "[ref]", "[ref][]", "[text](/url)", "![alt](a.png)", "[^1]", "^[inline note]", "<b>b</b>", "<https://x.org>",
        "&amp;", "&copy;", ":fire:", "{{c1::cloze}}", "a|b", "?", "**", "`", "$", "[", "]", "<", "&", "\\",
    ]
)  # fmt: skip
INLINE = st.lists(PIECE, min_size=1, max_size=8).map(" ".join)
LINE = st.one_of(
    INLINE.map(lambda text: "### " + text),
    INLINE.map(lambda text: "- " + text),
    INLINE.map(lambda text: "| " + text + " | b |"),
    INLINE,
    st.lists(INLINE, min_size=2, max_size=3).map("\n".join),
    st.sampled_from(
        [
            "",
            "- [ ] task",
            "- [x] done\n  on two lines",
            "|---|---|",
            "[ref]: /target",
            "[^1]: a note",
            "```",
            "> quote",
            "1. item",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=12).map("\n".join))
def test_random_markdown_inline_tokens_are_those_of_their_text_alone(text: str) -> None:
    _reused_tokens_agree(text)


def test_a_question_calling_on_a_reference_is_parsed_anew() -> None:
    token = Token("inline", "", 0, content="What is [ref]?")
    assert not _same_inline(token, "What is [ref]?")
    assert _same_inline(Token("inline", "", 0, content="What is *this*?"), "What is *this*?")
    assert not _same_inline(Token("inline", "", 0, content="What is *this*?"), "What is this?")
    checkbox = Token("html_inline", "", 0, content='<input type="checkbox">')
    assert not _same_inline(
        Token("inline", "", 0, content="Done", children=[checkbox, Token("text", "", 0, content="Done")]), "Done"
    )


def test_the_documents_index_holds_what_its_tokens_hold_and_cards_render_the_same_with_it() -> None:
    """`inline_index`'s facts are `_raw_html` of the whole document and a necessary condition of a softbreak
    in it, and rendering with them gives what rendering without them gives."""
    from ankibuild.render import _raw_html, inline_index

    plain = 0
    for name, raw in _documents():
        for source in parse_source_bytes(raw, name)[0]:
            doc = parse_document(source, [])
            index = inline_index(doc.tokens)
            assert index.by_line == {
                line: token for line, token in reversed([(t.map[0], t) for t in doc.tokens if t.type == "inline" and t.map])
            }
            assert index.raw_html == _raw_html(doc.tokens)
            if any(child.type == "softbreak" for token in doc.tokens for child in token.children or ()):
                assert index.line_breaks
            plain += not (index.raw_html or index.line_breaks)
            for draft in extract_cards(doc).drafts:
                hint = index.by_line.get(draft.loc.line - 1)
                for mode in ("auto", "always"):
                    assert render_draft(draft, None, doc.tokens, mode, hint, index) == render_draft(draft, None, doc.tokens, mode, hint), draft.loc
    assert plain > 50  # the seeds and most of the corpus: prose in one-line paragraphs, no HTML
