"""Glossary tables headed in more languages (`| Istilah | Arti |`, `| Terim | Anlam |`, `| Όρος | Ορισμός |` …),
an empty meaning cell reported unanswered."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    return [(d.convention, d.question) for d in extraction.drafts], [d.message for d in diagnostics if d.kind == "unanswered"]


@pytest.mark.parametrize(
    ("term", "meaning"),
    [
        ("Istilah", "Arti"),
        ("Terim", "Anlam"),
        ("Thuật ngữ", "Nghĩa"),
        ("Termin", "Definicja"),
        ("Begriff", "Bedeutung"),
        ("Término", "Definición"),
        ("Όρος", "Ορισμός"),
        ("용어", "정의"),
    ],
)
def test_glossary_headers_in_more_languages(term: str, meaning: str) -> None:
    text = (
        f"# Ekologi\n\n| {term} | {meaning} |\n|---|---|\n"
        "| Habitat | Tempat hidup alami suatu organisme |\n| Niche | Peran organisme dalam ekosistemnya |\n| Biome | |\n"
    )
    cards, unanswered = _outcome(text)
    assert cards == [("glossary", "Habitat"), ("glossary", "Niche")]
    assert unanswered == ["Biome"]


@pytest.mark.parametrize(
    ("word", "meaning"), [("Słowo", "Tłumaczenie"), ("Kelime", "Çeviri"), ("Ord", "Översättning"), ("Từ", "Dịch")]
)
def test_vocabulary_headers_in_more_languages(word: str, meaning: str) -> None:
    text = f"# Lekcja 3\n\n| {word} | {meaning} |\n|---|---|\n| der Hund | the dog |\n| die Katze | the cat |\n| das Haus | |\n"
    cards, unanswered = _outcome(text)
    assert [c[1] for c in cards] == ["der Hund", "die Katze"]
    assert unanswered == ["das Haus"]
