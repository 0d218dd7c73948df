"""The quote-heading rule: on a page of headings answered by blockquotes, a quote with its table is one
card (no card per row), and a heading with only a comment or a placeholder quote is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_PAGE = (
    "# Chemistry memory hooks\n\n"
    "## Periodic table\n\n"
    "### First ten elements\n"
    "> **Happy Henry Lives Beside Boron Cottage**\n\n"
    "### Strong acids\n"
    "> **So I Brought No Clean Clothes** — sulfuric, hydroiodic, hydrobromic, nitric, hydrochloric, chloric\n\n"
    "### Oxidation and reduction\n"
    "> **OIL RIG**\n\n"
    "| Word | Meaning |\n|---|---|\n| OIL | Oxidation Is Loss |\n| RIG | Reduction Is Gain |\n\n"
    "### Diatomic elements\n\n"
    "<!-- find a better one than the usual -->\n\n"
    "### Noble gases\n"
    "> TODO — ask the tutor for hers\n"
)


def test_quote_with_its_table_and_unanswered_headings() -> None:
    cards, unanswered = cards_and_unanswered(_PAGE)
    assert not [c for c in cards if c[2] in ("OIL", "RIG")]
    table_cards = [c for c in cards if c[2] == "Oxidation and reduction"]
    assert len(table_cards) == 1
    assert "| RIG | Reduction Is Gain |" in table_cards[0][3]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Diatomic elements", "Noble gases"]


def test_pages_without_quoted_headings_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Notes\n\n## Setup\n\n<!-- todo -->\n\n## Usage\n\n> A quote.\n\n| Flag | Meaning |\n|---|---|\n| -v | verbose |\n"
    )
    assert not [c for c in cards if c[1] == "quote-heading"]
