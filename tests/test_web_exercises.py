"""The web-exercise rule: webexercises widgets (`fitb`, `mcq`, `torf`) answer the line they end, and a
`hide()` … `unhide()` pair answers the paragraph above it."""

from __future__ import annotations

from tests.helpers import extract_text

SELF_TEST = """\
---
title: "Biologie — Selbsttest"
---

# Teil A

1. Wie viele Chromosomen hat eine menschliche Körperzelle? `r fitb(c(46, "46"))`

2. ¿Qué orgánulo produce ATP? `r mcq(c("el ribosoma", answer = "la mitocondria", "el núcleo"))`

3. Richtig oder falsch: Bakterien haben einen Zellkern. `r torf(FALSE)`

# Teil B

**B1.** Warum ist die Meiose für die Vielfalt wichtig?

`r hide("Lösung")`

Durch Crossing-over und die zufällige Verteilung der Chromosomen entstehen neue Kombinationen.

`r unhide()`

**B2.** Was unterscheidet Mitose und Meiose?

`r hide("Lösung")`

*Solution will be released after the lab.*

`r unhide()`

**B3.** Zeichne eine Zelle in der Metaphase.

> *Ohne Musterlösung.*
"""


def test_widgets_and_hidden_solutions_answer_their_questions() -> None:
    extraction, diagnostics = extract_text(SELF_TEST)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (7, "web-exercise", "Wie viele Chromosomen hat eine menschliche Körperzelle?", "46", ("Teil A",)),
        (9, "web-exercise", "¿Qué orgánulo produce ATP?", "la mitocondria", ("Teil A",)),
        (11, "web-exercise", "Richtig oder falsch: Bakterien haben einen Zellkern.", "False", ("Teil A",)),
        (
            15,
            "web-exercise",
            "Warum ist die Meiose für die Vielfalt wichtig?",
            "Durch Crossing-over und die zufällige Verteilung der Chromosomen entstehen neue Kombinationen.",
            ("Teil B",),
        ),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Was unterscheidet Mitose und Meiose?",
        "Zeichne eine Zelle in der Metaphase.",
    ]


def test_the_r_calls_never_reach_a_card() -> None:
    extraction, _ = extract_text(SELF_TEST)
    for draft in extraction.drafts:
        assert "`r " not in draft.question and "`r " not in draft.answer


def test_inline_r_that_is_no_widget_is_left_alone() -> None:
    text = "# Bericht\n\nDer Mittelwert ist `r mean(x)` und die Streuung `r sd(x)`.\n\nFazit: `r round(p, 3)`.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "web-exercise"]
