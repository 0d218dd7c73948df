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


def test_multimarkdown_glossary_and_abbreviations_are_cards():
    text = """\
Title: Zellbiologie
Author: K. Brandt

# Membranen

Bei der [?Osmose] wandert Wasser durch die Membran; der [?Turgor] hält die Pflanzenzelle straff.
Die [>ATP]-Synthase sitzt in der inneren Mitochondrienmembran, ebenso die [?Atmungskette].

[?Osmose]: Diffusion von Wasser durch eine semipermeable Membran.

[?Turgor]: TODO

[?Atmungskette]:

[>ATP]: Adenosintriphosphat
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "abbreviation"] == [
        (9, "Osmose", "Diffusion von Wasser durch eine semipermeable Membran."),
        (15, "ATP", "Adenosintriphosphat"),
    ]
    assert unanswered == [(11, "Turgor (placeholder)"), (13, "Atmungskette")]


def test_multimarkdown_definitions_in_a_french_list_block():
    text = """\
# Réseaux

Le [>DNS] traduit les noms ; le [?pare-feu] filtre le trafic.

[>DNS]: Domain Name System
[?pare-feu]: Dispositif qui filtre les connexions selon des règles.
"""
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "abbreviation"] == [
        ("DNS", "Domain Name System"),
        ("pare-feu", "Dispositif qui filtre les connexions selon des règles."),
    ]


def test_a_lone_glossary_definition_and_brackets_in_prose_are_left_alone():
    text = """\
# Notes

The guide asks [?] here and shows [>] as a prompt, and [?term] marks a glossary word.

[?quorum]: The least number of members needed to decide.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "abbreviation" for _, rule, _, _ in cards)
    assert unanswered == []
