"""The translation-item rule: an italic sentence over a line labelled as its translation."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Español — unidad 3

## Traducciones

**a)** *Mañana vamos a la playa con mis primos.*
Translation: Tomorrow we are going to the beach with my cousins.

b. _¿Dónde está la estación de tren?_
**Translation:** Where is the train station?

**c)** *No me gusta nada el invierno.*
Translation: ???

*Just an aside in italics.*
Nothing to translate here.
"""


def test_italic_sentences_over_translation_lines() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "translation-item", "Mañana vamos a la playa con mis primos.", "Tomorrow we are going to the beach with my cousins."),
        (8, "translation-item", "¿Dónde está la estación de tren?", "Where is the train station?"),
    ]
    assert [line for line, _ in unanswered] == [11]


def test_other_languages_label_the_translation() -> None:
    text = "# Latina\n\n**1.** *Alea iacta est.*\nPrijevod: Kocka je bačena.\n\n**2.** *Veni, vidi, vici.*\nПеревод: Пришёл, увидел, победил.\n"
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Alea iacta est.", "Kocka je bačena."),
        ("Veni, vidi, vici.", "Пришёл, увидел, победил."),
    ]


def test_a_plain_sentence_over_a_translation_line_is_no_exercise() -> None:
    text = "# Notes\n\nThe film was dubbed.\nTranslation: by a studio in Madrid.\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "translation-item"]
    assert unanswered == []
