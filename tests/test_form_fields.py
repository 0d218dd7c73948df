"""The form-field rule: question and answer fields under each item of an issue-form digest."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

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


# An apy card file (`apy add-from-file`): global settings, then `# Note` items with Anki's field names as headings.
APY_CARDS = """\
model: Basic
deck: Geographie
tags: erdkunde

# Note
tags: europa flüsse

## Front
Welcher Fluss fließt durch Wien?

## Back
Die Donau.

# Note
tags: karten

## Front
Was zeigt diese Legende?

```text
▲ 3000 m
```

## Back
Einen Gipfel und seine Höhe über dem Meer.

# Note
model: Cloze

## Text
Die Hauptstadt der Schweiz ist {{c1::Bern}}.

## Back Extra
Offiziell „Bundesstadt“.

# Note
model: Cloze

## Text
Der längste Fluss Europas ist die {{c1::Wolga}}.

## Back Extra

# Note

## Front
Wie hoch ist die Zugspitze?

## Back

# Note

## Front
Welche Länder grenzen an Liechtenstein?

## Back
TODO
"""


def test_apy_notes_take_their_front_and_back_fields() -> None:
    cards, missing = cards_and_unanswered(APY_CARDS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("form-field", "Welcher Fluss fließt durch Wien?", "Die Donau."),
        ("form-field", "Was zeigt diese Legende?\n\n```text\n▲ 3000 m\n```", "Einen Gipfel und seine Höhe über dem Meer."),
        ("form-field", "Die Hauptstadt der Schweiz ist {{c1::Bern}}.", "Offiziell „Bundesstadt“."),
        ("form-field", "Der längste Fluss Europas ist die {{c1::Wolga}}.", ""),
    ]
    assert [message for _, message in missing] == [
        "Wie hoch ist die Zugspitze?",
        "Welche Länder grenzen an Liechtenstein? (placeholder)",
    ]


def test_a_note_s_tags_line_tags_its_card_and_a_cloze_text_makes_a_cloze_note() -> None:
    extraction, _ = extract_text(APY_CARDS)
    drafts = extraction.drafts
    assert drafts[0].tags == ("europa", "flüsse")
    assert [d.note_type for d in drafts] == ["basic", "basic", "cloze", "cloze"]


# An R Markdown problem set: each problem a tabset whose tabs are the question and the solution.
TABSETS = """\
# Hoja 2 — Probabilidad

## Ejercicio 1 {.tabset .tabset-pills}

### Pregunta

Se lanzan dos dados. ¿Cuál es la probabilidad de sacar un doble?

### Solución

$P = 6/36 = 1/6$.

## Ejercicio 2 {.tabset .tabset-pills}

### Pregunta

¿Cuál es la esperanza de un dado equilibrado?

### Solución

```{r}
mean(1:6)
```

$E = 3{,}5$.

## Ejercicio 3 {.tabset .tabset-pills}

### Pregunta

¿Son independientes dos sucesos incompatibles de probabilidad positiva?

### Solución

TODO
"""


def test_tabs_titled_question_and_solution_make_a_card_under_a_clean_context() -> None:
    extraction, diagnostics = extract_text(TABSETS)
    assert [(d.convention, d.question, d.context) for d in extraction.drafts] == [
        ("form-field", "Se lanzan dos dados. ¿Cuál es la probabilidad de sacar un doble?", ("Ejercicio 1",)),
        ("form-field", "¿Cuál es la esperanza de un dado equilibrado?", ("Ejercicio 2",)),
    ]
    assert "mean(1:6)" in extraction.drafts[1].answer and extraction.drafts[1].answer.endswith("$E = 3{,}5$.")
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "¿Son independientes dos sucesos incompatibles de probabilidad positiva? (placeholder)"
    ]


def test_text_sections_without_an_answer_field_are_left_alone() -> None:
    text = """\
# Lektüre

## Kapitel 1

### Text

Der Erzähler kehrt in sein Dorf zurück.

### Notizen

Motiv der Heimkehr.

## Kapitel 2

### Text

Die Mutter erkennt ihn nicht.

### Notizen

Anagnorisis.
"""
    cards, missing = cards_and_unanswered(text)
    assert all(rule != "form-field" for _, rule, _, _ in cards)
    assert missing == []


KNOWLEDGE_BASE = """\
# Base de connaissances — imprimantes du labo

## Fiche 0001 : l'imprimante refuse les travaux

### Environnement

- CUPS 2.4, Debian 12

### Problème

- Les travaux restent « en attente » et la file affiche `Filter failed`.

### Résolution

- Réinstaller le pilote PPD du modèle, puis `cupsenable labo-1`.

### Cause

- Le pilote a été supprimé par une mise à jour.

## Fiche 0002 : bourrage à chaque recto verso

### Problème

- Chaque impression recto verso bloque le bac 2.

### Résolution

- _TODO — à noter après la visite du technicien._

## Fiche 0003 : la file est vide mais rien ne sort

### Problème

- `lpstat -t` ne montre aucun travail et rien ne s'imprime.

### Resolución

-

### Étapes de diagnostic

- `journalctl -u cups`
"""


def test_a_problem_field_asks_and_its_resolution_answers() -> None:
    cards, unanswered = cards_and_unanswered(KNOWLEDGE_BASE)
    assert [(q, a) for _, _, q, a in cards] == [
        (
            "Les travaux restent « en attente » et la file affiche `Filter failed`.",
            "Réinstaller le pilote PPD du modèle, puis `cupsenable labo-1`.",
        )
    ]
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "Chaque impression recto verso bloque le bac 2.",
        "`lpstat -t` ne montre aucun travail et rien ne s'imprime.",
    ]


def test_the_other_fields_of_a_record_are_no_topics() -> None:
    extraction, _ = extract_text(KNOWLEDGE_BASE)
    assert {d.convention for d in extraction.drafts} == {"form-field"}
    assert not [d for d in extraction.diagnostics if d.kind == "unclassified" and "Le pilote" in d.message]


def test_a_single_problem_with_its_resolution_is_no_knowledge_base() -> None:
    notes = """\
# Journal du labo

## Lundi

### Problème

Le spectromètre dérive.

### Résolution

Recalibré avec l'étalon.
"""
    extraction, _ = extract_text(notes)
    assert "form-field" not in {d.convention for d in extraction.drafts}
