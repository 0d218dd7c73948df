"""Slidev quiz decks whose answers a click reveals (the `click-reveal` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

FRENCH_QUIZ = """\
---
theme: default
title: Révisions d'optique
---

# Révisions d'optique

Terminale, chapitre 4

---

# Pourquoi le ciel est-il bleu ? 🌤️

La lumière du Soleil traverse l'atmosphère.

<!--
Laisser deviner la classe. Réponse : diffusion de Rayleigh.
-->

---

## Vérification 1

Quelle est la vitesse de la lumière dans le vide ?

<v-click>

Environ **300 000 km/s**.

</v-click>

---
layout: center
---

## Vérification 2

Citer les deux lois de Snell-Descartes.

<v-clicks>

- le rayon réfracté est dans le plan d'incidence
- n₁ sin i₁ = n₂ sin i₂

</v-clicks>

---

## Vérification 3

Qu'est-ce qu'une lentille convergente ?

<v-click>

<!-- à compléter après le TP -->

</v-click>

---

# À revoir

- Vérification 4 : Qu'est-ce que la dispersion ?
- Les miroirs sphériques

---

# Des questions ?

Bon courage pour le bac !
"""

PORTUGUESE_TITLE_ASKS = """\
---
title: Genética básica
---

# O que é um alelo?

<v-click>

Cada uma das formas alternativas de um mesmo gene.

</v-click>

---

# O que é um fenótipo?

<v-click>

O conjunto de características observáveis de um organismo.

</v-click>
"""

TALK_WITH_ONE_CLICK = """\
---
title: Our migration to Rust
---

# Why did we migrate?

Latency in the p99 was hurting the checkout.

<v-click>

It went down by 40 %.

</v-click>

---

# Agenda

<v-clicks>

- The old service
- The new one

</v-clicks>
"""


def test_quiz_slides_are_cards_and_the_other_slides_are_skipped() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH_QUIZ)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (22, "click-reveal", "Quelle est la vitesse de la lumière dans le vide ?"),
        (36, "click-reveal", "Citer les deux lois de Snell-Descartes."),
    ]
    assert cards[0][3] == "Environ **300 000 km/s**."
    assert cards[1][3] == "- le rayon réfracté est dans le plan d'incidence\n- n₁ sin i₁ = n₂ sin i₂"
    assert unanswered == [(49, "Qu'est-ce qu'une lentille convergente ?"), (63, "Qu'est-ce que la dispersion ?")]


def test_a_title_that_asks_is_the_front() -> None:
    cards, unanswered = cards_and_unanswered(PORTUGUESE_TITLE_ASKS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("click-reveal", "O que é um alelo?", "Cada uma das formas alternativas de um mesmo gene."),
        ("click-reveal", "O que é um fenótipo?", "O conjunto de características observáveis de um organismo."),
    ]
    assert unanswered == []


def test_one_click_in_a_talk_makes_no_quiz() -> None:
    extraction, diagnostics = extract_text(TALK_WITH_ONE_CLICK)
    assert not any(d.convention == "click-reveal" for d in extraction.drafts)
    assert not any("reveals no answer" in d.message for d in diagnostics)


GERMAN_REVEALJS = """\
---
title: "Zellbiologie — Wiederholung"
format: revealjs
---

## Heute

- Aufbau der Zelle
- Organellen und ihre Aufgaben

::: {.notes}
Hausaufgabe einsammeln.
:::

---

## Warum teilen sich Zellen überhaupt?

- Wachstum
- Ersatz abgestorbener Zellen

---

## Kurztest: Welche Organelle erzeugt ATP?

::: {.fragment}
Das **Mitochondrium**.
:::

::: {.notes}
Auf die Atmungskette verweisen.
:::

---

## Kurztest: Wo liegt die DNA einer Pflanzenzelle?

::: {.fragment .fade-in}
Im Zellkern, in Mitochondrien und in Chloroplasten.
:::

---

## Kurztest: Was ist Osmose?

::: {.fragment}
<!-- TODO: Beispiel mit der Kartoffel -->
:::

---

## Übung

Ein Erythrozyt liegt in destilliertem Wasser. Was passiert mit ihm?

::: {.fragment}
Er nimmt Wasser auf, schwillt an und platzt (Hämolyse).
:::

---

## Fragen? {.center}

Sprechstunde: Mittwoch 14–15 Uhr
"""


def test_fragment_divs_reveal_the_answers_of_a_revealjs_deck() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_REVEALJS)
    fronts = {question: answer for _, _, question, answer in cards}
    assert fronts == {
        "Kurztest: Welche Organelle erzeugt ATP?": "Das **Mitochondrium**.",
        "Kurztest: Wo liegt die DNA einer Pflanzenzelle?": "Im Zellkern, in Mitochondrien und in Chloroplasten.",
        "Ein Erythrozyt liegt in destilliertem Wasser. Was passiert mit ihm?": "Er nimmt Wasser auf, schwillt an und platzt (Hämolyse).",
    }
    assert {rule for _, rule, _, _ in cards} == {"click-reveal"}
    assert [message for _, message in unanswered] == ["Kurztest: Was ist Osmose?"]


def test_slides_without_a_fragment_are_the_talk_around_the_quiz() -> None:
    extraction, _ = extract_text(GERMAN_REVEALJS)
    fronts = [d.question for d in extraction.drafts]
    assert not any(front.startswith(("Warum", "Fragen", "Heute")) for front in fronts)
    skipped = [d.message for d in extraction.diagnostics if d.kind == "skipped"]
    assert skipped and all("reveals no answer" in message for message in skipped)


def test_a_fragment_that_defers_the_worked_solution_leaves_it_unanswered() -> None:
    text = """\
## Quiz: ¿Cuál es la capital de Mongolia?

::: {.fragment}
Ulán Bator.
:::

---

## Quiz: ¿Qué río cruza Bagdad?

::: {.fragment}
El Tigris.
:::

---

## Ejercicio de clase

Compare the two rivers: which is longer?

::: {.fragment}
*Worked in recitation — solution posted after Friday.*
:::
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [question for _, _, question, _ in cards] == ["Quiz: ¿Cuál es la capital de Mongolia?", "Quiz: ¿Qué río cruza Bagdad?"]
    assert [message for _, message in unanswered] == ["Compare the two rivers: which is longer? (placeholder)"]


def test_a_lone_fragment_in_a_talk_makes_no_quiz() -> None:
    text = "## Warum Zellen?\n\n- Wachstum\n\n---\n\n## Zellkern\n\n::: {.fragment}\nEnthält die DNA.\n:::\n"
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "click-reveal" for _, rule, _, _ in cards)
