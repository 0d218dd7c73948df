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


SPANISH_PRESENTERM = """\
---
title: Química orgánica — repaso
author: Lucía Romero
---

<!-- jump_to_middle -->

¿Por qué estudiar los alcanos?
===

<!-- speaker_note: presentarse en un minuto -->

<!-- end_slide -->

Pregunta 1
===

¿Cuál es la fórmula general de los alcanos?

<!-- pause -->

CₙH₂ₙ₊₂, con enlaces simples entre carbonos.

<!-- end_slide -->

Pregunta 2
===

<!-- column_layout: [1, 1] -->

<!-- column: 0 -->

¿Qué es un isómero estructural?

<!-- column: 1 -->

<!-- pause -->

Un compuesto con la misma fórmula molecular y distinta conectividad.

<!-- reset_layout -->

<!-- end_slide -->

Pregunta 3
===

¿Qué grupo funcional tienen los alcoholes?

<!-- pause -->

<!-- speaker_note: comprobar el dibujo antes de clase -->

Respuesta en la siguiente diapositiva.

<!-- end_slide -->

Pregunta 4
===

¿Qué mide el índice de octano?

<!-- pause -->

<!-- end_slide -->

¿Preguntas?
===

Correo: `quimica@instituto.example`
"""


def test_presenterm_pauses_reveal_the_answers_of_a_quiz_deck() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_PRESENTERM)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("click-reveal", "¿Cuál es la fórmula general de los alcanos?", "CₙH₂ₙ₊₂, con enlaces simples entre carbonos."),
        ("click-reveal", "¿Qué es un isómero estructural?", "Un compuesto con la misma fórmula molecular y distinta conectividad."),
    ]
    assert [message for _, message in unanswered] == [
        "¿Qué grupo funcional tienen los alcoholes? (placeholder)",
        "¿Qué mide el índice de octano?",
    ]


def test_presenterm_slides_without_a_pause_are_skipped() -> None:
    extraction, _ = extract_text(SPANISH_PRESENTERM)
    fronts = [d.question for d in extraction.drafts]
    assert not any(front.startswith(("¿Por qué", "¿Preguntas")) for front in fronts)


def test_a_presenterm_talk_with_one_pause_makes_no_quiz() -> None:
    text = """\
Wie wir deployen
===

Jeden Dienstag um 10 Uhr.

<!-- pause -->

Außer in der Urlaubszeit.

<!-- end_slide -->

Fragen?
===

Im Team-Kanal.
"""
    extraction, diagnostics = extract_text(text)
    assert not any(d.convention == "click-reveal" for d in extraction.drafts)
    assert not any("reveals no answer" in d.message for d in diagnostics)


GERMAN_ADVANCED_SLIDES = """\
---
theme: league
---

# Astronomie — Wiederholung
## Klasse 10b

note: Erst alle Fragen zeigen, dann auflösen.

---

## So geht's

- Frage lesen, nachdenken, dann ↓ drücken

---

## Frage 1
Warum hat der Mond Phasen?

--

**Antwort:** Wir sehen je nach Stellung zur Sonne einen anderen Teil seiner beleuchteten Hälfte.

<!-- element class="fragment" -->
Ein Umlauf dauert etwa 29,5 Tage.

note: Mit der Lampe vorführen.

---

## Frage 2
Nenne zwei Gasplaneten.

--

- Jupiter
- Saturn

---

## Frage 3
Was ist ein Lichtjahr?

--

**Antwort:** *(noch nachschlagen — Buch S. 112)*

---

## Frage 4
Erkläre, warum es Jahreszeiten gibt.

---

## Was haben wir gelernt?

- Mondphasen, Planeten

---

# Fragen? 🙋

Viel Erfolg!
"""


def test_a_vertical_slide_answers_the_slide_above_it() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_ADVANCED_SLIDES)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "click-reveal",
            "Warum hat der Mond Phasen?",
            "**Antwort:** Wir sehen je nach Stellung zur Sonne einen anderen Teil seiner beleuchteten Hälfte.\n\n"
            "Ein Umlauf dauert etwa 29,5 Tage.",
        ),
        ("click-reveal", "Nenne zwei Gasplaneten.", "- Jupiter\n- Saturn"),
    ]
    assert [message for _, message in unanswered] == [
        "Was ist ein Lichtjahr? (placeholder)",
        "Erkläre, warum es Jahreszeiten gibt.",
    ]


def test_the_slides_around_a_vertical_quiz_are_skipped() -> None:
    extraction, _ = extract_text(GERMAN_ADVANCED_SLIDES)
    fronts = [d.question for d in extraction.drafts]
    assert not any(front.startswith(("Was haben", "Fragen", "So geht", "Klasse", "Astronomie")) for front in fronts)
    assert not any("note:" in d.answer or "Lampe" in d.answer for d in extraction.drafts)


def test_a_lone_vertical_slide_makes_no_quiz() -> None:
    text = """\
## Nasza ekipa

Anna, Piotr i Ola.

--

Zdjęcie z wyjazdu.

---

## Plan na dziś

- Budżet
- Harmonogram
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "click-reveal" for _, rule, _, _ in cards)
    assert unanswered == []
