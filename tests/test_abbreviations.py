"""Abbreviation definitions (`*[TERM]: expansion`, PHP Markdown Extra / MkDocs `abbr`): one card per term."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTE = """\
# Cardiología — guardia

El paciente con IAM llega con ECG alterado; pedir troponina y avisar a UCI.

## Tratamiento

Doble antiagregación y anticoagulación según protocolo.

*[IAM]: Infarto agudo de miocardio
*[ECG]: Electrocardiograma — registro de la actividad eléctrica del corazón
*[UCI]: Unidad de cuidados intensivos
*[ICP]:
*[FEVI]: TODO
"""


def test_each_definition_is_a_card_and_empty_ones_are_unanswered():
    cards, unanswered = cards_and_unanswered(NOTE)
    assert [(line, rule, q, a) for line, rule, q, a in cards if rule == "abbreviation"] == [
        (9, "abbreviation", "IAM", "Infarto agudo de miocardio"),
        (10, "abbreviation", "ECG", "Electrocardiograma — registro de la actividad eléctrica del corazón"),
        (11, "abbreviation", "UCI", "Unidad de cuidados intensivos"),
    ]
    assert unanswered == [(12, "ICP"), (13, "FEVI (placeholder)")]


def test_definitions_in_two_places_of_a_german_page():
    text = """\
# Netzwerke

*[DNS]: Domain Name System

Das DNS löst Namen auf, TCP sorgt für die Zustellung.

*[TCP]: Transmission Control Protocol
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "abbreviation"] == [
        ("DNS", "Domain Name System"),
        ("TCP", "Transmission Control Protocol"),
    ]
    assert unanswered == []


def test_a_lone_definition_and_emphasised_brackets_are_left_alone():
    text = """\
# Notes

*[sic]* the source spells it so.

*[HTML]: HyperText Markup Language
"""
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "abbreviation" for _, rule, _, _ in cards)
