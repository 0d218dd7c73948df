"""GitHub alerts and Obsidian callouts inside an answer are shown as boxes, not as quotes opening with `[!TIP]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankibuild.config import BuildConfig
from ankibuild.extract import extract_cards
from ankibuild.process import parse_document, process_document
from ankibuild.records import SourceFile
from ankibuild.render import render_draft


def answers(text: str) -> dict[str, str]:
    """Each card's question → its rendered answer, as a build renders it."""
    result = process_document(SourceFile("notes.md", None, text, "0"), BuildConfig(Path("notes"), Path("out"), "Notes"))
    return {card.question_text: card.answer_html for card in result.cards}


def test_a_github_alert_under_a_heading_is_a_titled_box() -> None:
    text = "# Soil\n\n#### What does loam hold?\n\n> [!TIP]\n> Sand, silt and **clay** in balance.\n"
    assert answers(text)["What does loam hold?"] == (
        '<div class="admonition tip">\n<p class="admonition-title">Tip</p>\n'
        "<p>Sand, silt and <strong>clay</strong> in balance.</p>\n</div>"
    )


@pytest.mark.parametrize(
    ("head", "kind", "title"),
    [
        ("[!WARNING]", "warning", "Warning"),
        ("[!important]", "important", "Important"),
        ("[!note] Why it *matters*", "note", "Why it <em>matters</em>"),
        ("[!example] A worked case", "example", "A worked case"),
        ("[!key-idea]", "key-idea", "Key idea"),
    ],
)
def test_the_box_takes_its_kind_and_title_from_the_callout_line(head: str, kind: str, title: str) -> None:
    text = f"## Which tide is higher?\n\n> {head}\n> The spring tide.\n"
    assert answers(text)["Which tide is higher?"] == (
        f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n<p>The spring tide.</p>\n</div>'
    )


def test_a_callout_line_alone_in_its_paragraph_leaves_no_empty_paragraph() -> None:
    text = "## What stops a bleed?\n\n> [!CAUTION]\n>\n> Pressure first.\n>\n> - then elevation\n\nAfter the box.\n"
    assert answers(text)["What stops a bleed?"] == (
        '<div class="admonition caution">\n<p class="admonition-title">Caution</p>\n<p>Pressure first.</p>\n'
        "<ul>\n<li>then elevation</li>\n</ul>\n</div>\n<p>After the box.</p>"
    )


def test_plain_quotes_and_a_nested_callout_keep_their_quotes() -> None:
    text = "## Who said it?\n\n> Not a callout [!TIP] here.\n>\n> > [!NOTE]- Folded\n> > Inner.\n"
    assert answers(text)["Who said it?"] == (
        "<blockquote>\n<p>Not a callout [!TIP] here.</p>\n"
        '<div class="admonition note">\n<p class="admonition-title">Folded</p>\n<p>Inner.</p>\n</div>\n</blockquote>'
    )


def test_the_document_tokens_are_left_as_they_were() -> None:
    """The box is made of new tokens: rendering the same answer twice, from the document's tokens and from
    its Markdown, gives the same box."""
    text = "## What is a rip current?\n\n> [!WARNING] Swim across\n> A narrow seaward flow.\n\n## Next?\n\nYes.\n"
    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    draft = extract_cards(doc).drafts[0]
    first = render_draft(draft, None, doc.tokens).answer_html
    again = render_draft(draft, None, doc.tokens).answer_html
    assert first == again == render_draft(draft).answer_html
    assert first.startswith('<div class="admonition warning">\n<p class="admonition-title">Swim across</p>')
    assert any(t.type == "blockquote_open" for t in doc.tokens)
