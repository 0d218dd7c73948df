"""Rendering an answer from the document's tokens must give exactly what parsing its Markdown gives."""

from __future__ import annotations

from ankibuild.extract import extract_cards
from ankibuild.process import parse_document
from ankibuild.render import render_draft
from ankibuild.sources import parse_source_bytes
from tests.helpers import SOURCE


def test_token_and_markdown_rendering_agree_on_the_seeds() -> None:
    compared = 0
    for path in sorted(SOURCE.glob("*.md")):
        for source in parse_source_bytes(path.read_bytes(), path.name)[0]:
            doc = parse_document(source, [])
            for draft in extract_cards(doc).drafts:
                if draft.answer_tokens:
                    assert render_draft(draft, None, doc.tokens).answer_html == render_draft(draft).answer_html, draft.loc
                    compared += 1
    assert compared > 150  # heading and topic answers (49 + 67 + dump headings) take the token path
