"""The arrow-table rule: a two-column table under `## Cues → answers` whose headers name the two sides is a
list of cards; a two-column table without such a heading is not."""

from __future__ import annotations

from tests.helpers import extract_text

EPONYMS = """\
# Clinical signs

## Eponyms -> findings

| Eponym | Finding |
|---|---|
| Koplik spots | Measles |
| Janeway lesions | Infective endocarditis |
| Virchow's node | |
"""


def test_rows_under_an_arrow_heading_are_cards() -> None:
    extraction, diagnostics = extract_text(EPONYMS)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (7, "arrow-table", "Koplik spots", "Measles"),
        (8, "arrow-table", "Janeway lesions", "Infective endocarditis"),
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [(9, "Virchow's node")]


def test_a_table_whose_headers_do_not_name_the_sides_is_not_read() -> None:
    for text in (
        EPONYMS.replace("## Eponyms -> findings", "## Eponyms"),
        EPONYMS.replace("| Eponym | Finding |", "| Year | Count |"),
        "# Ventas\n\n## Enero → marzo\n\n| Mes | Total |\n|---|---|\n| Enero | 120 |\n| Febrero | 98 |\n",
    ):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "arrow-table"], text
