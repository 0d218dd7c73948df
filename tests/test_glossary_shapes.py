"""Glossary shapes from vocabulary notes: plural markers, tag lines, queried meanings, chapters of pairs."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    _, diagnostics = extract_text(text)
    return [d.message for d in diagnostics if d.kind == "unanswered"]


def test_a_plural_marker_before_the_dash_stays_with_the_term() -> None:
    text = """\
# Wortschatz

## Schule

- der Lehrer, - – teacher
- das Zimmer, - — room
- die Tafel, -n – blackboard
"""
    assert [(q, a) for _, q, a in _cards(text)] == [
        ("der Lehrer, -", "teacher"),
        ("das Zimmer, -", "room"),
        ("die Tafel, -n", "blackboard"),
    ]


def test_a_tag_line_is_not_a_term() -> None:
    text = """\
# Vocabulario

Tags: #spanish #verbs #b1

- hablar: to speak
- comer: to eat
"""
    assert [q for _, q, _ in _cards(text)] == ["hablar", "comer"]


def test_a_queried_meaning_is_unanswered() -> None:
    text = """\
# Vocabulaire

- la facture: the bill
- le devis: ??? (demander au prof)
- **la caution**: ???
"""
    assert [q for _, q, _ in _cards(text)] == ["la facture"]
    found = _unanswered(text)
    assert any("le devis" in m for m in found) and any("la caution" in m for m in found)


def test_an_emphasis_closing_a_term_is_kept() -> None:
    text = """\
# Vocabulaire

Verbes avec *être*: les verbes de mouvement et de changement d'état.
"""
    assert [q for _, q, _ in _cards(text)] == ["Verbes avec *être*"]


def test_chapters_of_pairs_are_sections_not_terms() -> None:
    text = """\
# Vocabulario de viaje

## Unidad 1

- la maleta = suitcase
- el billete = ticket
- la estación = station

## Unidad 2

- ¡Buen viaje! → Have a good trip!
- Me da igual → I don't mind
- estar en las nubes → to daydream

## Unidad 3

| Español | English |
|---|---|
| el andén | platform |
| la salida | departure |

## Unidad 4

- **el vuelo** – flight
- **el retraso** – delay

## Pendientes

- la aduana
- el transbordo
"""
    cards = _cards(text)
    fronts = [q for _, q, _ in cards]
    assert not [f for f in fronts if f.startswith("Unidad") or f == "Pendientes"]
    assert ("glossary", "el vuelo", "flight") in cards
    assert not [c for c in cards if c[0] == "topic"]


def test_a_heading_over_one_definition_in_a_glossary_is_still_a_term() -> None:
    text = """\
# Glossary

## Latency

The time a request takes from the client to the server and back.

## Throughput

How many requests a system serves per second.
"""
    assert [q for _, q, _ in _cards(text)] == ["Latency", "Throughput"]
