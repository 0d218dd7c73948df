"""Glossary tables whose header names a term and its meaning in more words: `| Attack | What it is |`, and
Norwegian, Danish, Dutch and Finnish headers (`| Begrep | Forklaring |`, `| Begrip | Betekenis |`);
data tables with other headers stay out."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question) for d in extraction.drafts]


@pytest.mark.parametrize(
    ("term", "meaning"),
    [
        ("Pattern", "What it is"),
        ("Begrep", "Forklaring"),
        ("Begreb", "Betydning"),
        ("Begrip", "Betekenis"),
        ("Term", "Uitleg"),
        ("Käsite", "Selitys"),
        ("Uttrykk", "Definisjon"),
        ("Woord", "Omschrijving"),
    ],
)
def test_term_and_meaning_headers(term: str, meaning: str) -> None:
    text = (
        f"# Geologi\n\n## Bergarter\n\n| {term} | {meaning} |\n|---|---|\n"
        "| Granitt | Dypbergart av kvarts, feltspat og glimmer |\n"
        "| Basalt | Finkornet vulkansk bergart fra lavastrømmer |\n"
    )
    assert _cards(text) == [("glossary", "Granitt"), ("glossary", "Basalt")]


def test_a_data_table_with_other_headers_is_not_a_glossary() -> None:
    text = "# Release log\n\n| Version | Year |\n|---|---|\n| 1.0 | 2019 |\n| 2.0 | 2021 |\n| 3.0 | 2024 |\n"
    assert not any(rule == "glossary" for rule, _ in _cards(text))


def test_what_it_is_with_numbers_only_is_not_a_glossary() -> None:
    text = "# Ports\n\n| Port | What it is |\n|---|---|\n| 22 | 22 |\n| 53 | 53 |\n| 443 | 443 |\n"
    assert not any(rule == "glossary" for rule, _ in _cards(text))
