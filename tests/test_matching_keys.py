"""The matching-key rule: matching exercises (numbered items and lettered definitions, or names and a
shuffled column) answered by a key paragraph that names the exercise."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

FRENCH = """\
# Biologie — exercices d'appariement

## Exercice 1 : organites

| # | Organite | | Lettre | Fonction |
|---|---|---|---|---|
| 1. | mitochondrie | | A | synthèse des protéines |
| 2. | ribosome | | B | respiration cellulaire |
| 3. | chloroplaste | | C | photosynthèse |
| 4. | lysosome | | D | stockage de l'eau |
| | | | E | digestion intracellulaire |

## Exercice 2 : savants

1. Pasteur
2. Mendel
3. Darwin

- a) lois de l'hérédité
- b) vaccin contre la rage
- c) sélection naturelle

## Exercice 3 : dates

| Découverte | Année |
|---|---|
| Structure de l'ADN | 1928 |
| Pénicilline | 1953 |

## Corrigé

**Exercice 1 :** 1 – B · 2 – A · 3 – C · 4 – ?

**Exercice 2 :** 1 – b · 2 – a · 3 – c

**Exercice 3 :** Structure – 1953 · Pénicilline – 1928
"""


def test_numbered_items_get_the_definition_of_their_letter() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    by_question = {q: (rule, a) for _, rule, q, a in cards}
    assert {rule for rule, _ in by_question.values()} == {"matching-key"}
    assert by_question["mitochondrie"][1] == "respiration cellulaire"
    assert by_question["ribosome"][1] == "synthèse des protéines"
    assert by_question["Pasteur"][1] == "vaccin contre la rage"
    assert by_question["Darwin"][1] == "sélection naturelle"
    assert [m for _, m in unanswered] == ["lysosome"]


def test_a_name_key_answers_the_table_item_it_opens() -> None:
    cards, _ = cards_and_unanswered(FRENCH)
    by_question = {q: a for _, _, q, a in cards}
    assert by_question["Structure de l'ADN"] == "1953"
    assert by_question["Pénicilline"] == "1928"


def test_a_key_naming_no_exercise_is_left_alone() -> None:
    # Polish: the bold label names no section; the run is a score table, not a key.
    text = """\
# Wyniki

## Tydzień 1

1. Ala
2. Olek

**Tydzień 2:** 1 – A · 2 – B
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "matching-key" for _, rule, _, _ in cards)
