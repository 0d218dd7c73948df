"""The form-field rule: question and answer fields under each item of an issue-form digest."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

DIGEST = """\
# Banque de questions — chimie

| Étiquette | Sens |
|---|---|
| `validée` | réponse relue |
| `à-compléter` | réponse manquante |

## #31 [Question] : Liaison covalente

**État :** fermé · **Étiquettes :** `validée`

### Question

Qu'est-ce qu'une liaison covalente ?

### Réponse

Une mise en commun d'électrons entre deux atomes.

### Niveau

Facile

## #32 [Discussion] : Faut-il classer par chapitre ?

**État :** ouvert · **Étiquettes :** `meta`

### Proposition

Ranger les questions par chapitre du manuel.

## #33 [Question] : pH

**État :** ouvert · **Étiquettes :** `à-compléter`

### Question

Que mesure le pH ?

### Réponse

_No response_

### Niveau

Moyen
"""

RUSSIAN = """\
# Вопросы по истории

## Заявка 1

### Вопрос

Когда началась Первая мировая война?

### Ответ

В 1914 году.

## Заявка 2

### Вопрос

Кто написал «Войну и мир»?

### Ответ

Лев Толстой.
"""


def test_the_question_field_and_the_answer_field_of_each_item_make_a_card() -> None:
    cards, missing = cards_and_unanswered(DIGEST)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("form-field", "Qu'est-ce qu'une liaison covalente ?", "Une mise en commun d'électrons entre deux atomes."),
    ]
    assert [message for _, message in missing] == ["Que mesure le pH ? (placeholder)"]


def test_fields_in_another_language_are_read_the_same_way() -> None:
    cards, _ = cards_and_unanswered(RUSSIAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("form-field", "Когда началась Первая мировая война?", "В 1914 году."),
        ("form-field", "Кто написал «Войну и мир»?", "Лев Толстой."),
    ]


def test_a_single_question_and_answer_pair_is_left_to_the_other_rules() -> None:
    text = """\
# Notas

## Tema 1

### Pregunta

¿Qué es un ion?

### Respuesta

Un átomo con carga eléctrica.

## Tema 2

Texto sin preguntas.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "form-field" for _, rule, _, _ in cards)
