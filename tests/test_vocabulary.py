"""The vocabulary rule: word/translation tables and `word = meaning` lists, one card per word."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTES = """\
# Español A1

## En la cocina

| Español | Inglés | Ejemplo |
|---------|--------|---------|
| la cocina | the kitchen | Estoy en la cocina. |
| el horno | the oven | |
| la nevera | ??? | |

## Falsos amigos

| Spanish | means | NOT |
|---------|-------|-----|
| embarazada | pregnant | embarrassed (= avergonzado) |
| constipado | having a cold | constipated |

## Verbos

- comer = to eat
- beber = to drink
- cocinar = ??? (look it up)
"""


def test_word_tables_and_equals_lists_give_one_card_per_word() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (7, "vocabulary", "la cocina", "the kitchen\n\n**Ejemplo:** Estoy en la cocina."),
        (8, "vocabulary", "el horno", "the oven"),
        (15, "vocabulary", "embarazada", "pregnant\n\n**NOT:** embarrassed (= avergonzado)"),
        (16, "vocabulary", "constipado", "having a cold\n\n**NOT:** constipated"),
        (20, "vocabulary", "comer", "to eat"),
        (21, "vocabulary", "beber", "to drink"),
    ]
    assert [line for line, _ in unanswered] == [9, 22]


def test_a_word_translation_header_is_a_vocabulary_table() -> None:
    text = """\
# Japanese

| Wort | Übersetzung |
|------|-------------|
| 猫 (ねこ) | cat |
| 犬 (いぬ) | dog |
"""
    cards, _ = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards] == [("vocabulary", "猫 (ねこ)", "cat"), ("vocabulary", "犬 (いぬ)", "dog")]


def test_other_tables_and_lists_are_not_vocabulary() -> None:
    text = """\
# Notes

| Language | Speakers |
|----------|----------|
| German | 130 million |
| Spanish | 500 million |

| Python | Go |
|--------|----|
| dynamic | static |

- x = 3
- y = 4

- the ratio = the mean
- see the chapter on variance
"""
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "vocabulary"]
