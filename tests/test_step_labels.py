"""Study templates of circled-number steps: step one asks, step two answers, the later steps are left to
the other rules."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_GERMAN = """# Feynman-Methode: Zellbiologie

## Mitochondrien

**① Frage:** Was leisten die Mitochondrien in der Zelle?

**② Einfach erklärt:**
Sie sind die Kraftwerke der Zelle: Sie gewinnen aus Zucker und Sauerstoff ATP.

$$C_6H_{12}O_6 + 6\\,O_2 \\rightarrow 6\\,CO_2 + 6\\,H_2O$$

**③ Lücken:**
- Warum haben sie eine eigene DNA?
  - ✅ Sie stammen von Bakterien ab (Endosymbiontentheorie).

**④ Kurz:** Kraftwerk = ATP.

---

## Ribosomen

**① Frage:** Wo sitzen die Ribosomen?

**② Einfach erklärt:** Frei im Zytoplasma oder am rauen ER.

---

## Golgi-Apparat

**① Frage:** Was macht der Golgi-Apparat?

**② Einfach erklärt:** TODO

## Lysosomen

**① Frage:** Welche Enzyme enthalten Lysosomen?

**③ Lücken:** keine
"""


def test_step_one_asks_and_step_two_answers() -> None:
    cards, unanswered = cards_and_unanswered(_GERMAN)
    steps = [c for c in cards if c[1] == "step-label"]
    assert [(c[2], c[3]) for c in steps] == [
        (
            "Was leisten die Mitochondrien in der Zelle?",
            "Sie sind die Kraftwerke der Zelle: Sie gewinnen aus Zucker und Sauerstoff ATP.\n\n"
            "$$C_6H_{12}O_6 + 6\\,O_2 \\rightarrow 6\\,CO_2 + 6\\,H_2O$$",
        ),
        ("Wo sitzen die Ribosomen?", "Frei im Zytoplasma oder am rauen ER."),
    ]
    assert [m for _, m in unanswered if "Golgi" in m or "Lysosomen" in m] == [
        "Was macht der Golgi-Apparat? (placeholder)",
        "Welche Enzyme enthalten Lysosomen?",
    ]


def test_the_later_steps_are_left_to_the_other_rules() -> None:
    cards, _ = cards_and_unanswered(_GERMAN)
    assert ("Warum haben sie eine eigene DNA?", "numbered") in [(c[2], c[1]) for c in cards]
    assert not any("Kraftwerk = ATP" in c[3] or "Lücken" in c[3] for c in cards if c[1] == "step-label")


def test_a_step_label_outside_the_bold_counts_too() -> None:
    text = (
        "# Química\n\n① **Pregunta:** ¿Qué es un ácido?\n\n② **Explicación:** Una sustancia que cede protones.\n\n"
        "① **Pregunta:** ¿Qué es una base?\n\n② **Explicación:** Una sustancia que acepta protones.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("step-label", "¿Qué es un ácido?", "Una sustancia que cede protones."),
        ("step-label", "¿Qué es una base?", "Una sustancia que acepta protones."),
    ]


def test_a_single_run_or_steps_that_ask_nothing_stay_untouched() -> None:
    single = "# Receta\n\n**① Paso:** ¿Hervir el agua?\n\n**② Paso:** Añadir la pasta.\n"
    cards, _ = cards_and_unanswered(single)
    assert not any(c[1] == "step-label" for c in cards)
    recipe = (
        "# Kochen\n\n**① Vorbereiten:** Wasser aufsetzen.\n\n**② Kochen:** Nudeln 8 Minuten.\n\n"
        "**① Vorbereiten:** Ofen vorheizen.\n\n**② Backen:** 20 Minuten bei 180 °C.\n"
    )
    cards, unanswered = cards_and_unanswered(recipe)
    assert not any(c[1] == "step-label" for c in cards)
    assert not unanswered
