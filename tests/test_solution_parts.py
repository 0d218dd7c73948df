"""The solution-part rule: exercises answered by a part named as their solution, in kramdown lesson boxes
(`{: .solution}` nested in a box closed by its class line) and in R/exams sections (`Question`,
`Answerlist`, `Solution`, `Meta-information`)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

LESSON = """\
---
title: "Versionskontrolle mit Git"
questions:
- "Wie lege ich ein Repository an?"
---

> Notizen zur Lektion, frei übersetzt.
{: .callout}

## Ein Repository anlegen

> ## Was macht `git init`?
>
> Welche Wirkung hat `git init` in einem leeren Ordner?
>
> > ## Lösung
> >
> > Es legt den versteckten Ordner `.git` an, in dem Git die Geschichte speichert.
> {: .solution}
{: .challenge}

> ## Wo liegt die Geschichte?
>
> Welcher Befehl zeigt die bisherigen Commits?
>
> 1. `git log`
> 2. `git show`
> 3. `git diff`
>
> > ## Lösung
> >
> > Nummer 1: `git log` listet die Commits, die neuesten zuerst.
> {: .solution}
{: .challenge}

> ## `git status -s`
>
> Was zeigt die Kurzform von `git status`?
>
> > ## Lösung
> >
> > <!-- TODO: nachschlagen -->
> {: .solution}
{: .challenge}

> ## Wozu dient `.gitignore`?
>
> Notiere es dir für das nächste Treffen.
{: .challenge}

> ## Warum ist `git add` ein eigener Schritt?
>
> Kein Rätsel, nur ein Hinweis: so lassen sich Änderungen in Teilen committen.
{: .callout}
"""

EXAMS = """\
# Ejercicios de química

Question
========
¿Cuál es el número atómico del carbono?

Solution
========
Seis: el carbono tiene 6 protones.

Meta-information
================
exname: carbono
extype: num
exsolution: 6

---

Question
========
Which of these gases is a noble gas?

Answerlist
----------
* nitrogen
* argon
* oxygen

Meta-information
================
exname: noble
extype: schoice
exsolution: 010

---

Question
========
¿Qué es un isótopo?

Solution
========
TODO – copiar la definición del libro (capítulo 3)

Meta-information
================
exname: isotopo
extype: string
exsolution: TODO

---

Question
========
What is Avogadro's number used for?

Meta-information
================
exname: avogadro
extype: string
exsolution: ???
"""

# Boxes with a class line, none holding a solution box: notes laid out in callouts, no exercises.
CALLOUTS = """\
# Chemie

> ## Was ist ein Ion?
>
> Ein Atom mit Ladung.
{: .callout}

> ## Was ist ein Molekül?
>
> Mehrere gebundene Atome.
{: .callout}
"""


def test_lesson_boxes_are_answered_by_their_solution_box() -> None:
    cards, unanswered = cards_and_unanswered(LESSON)
    parts = [(q, a) for _, rule, q, a in cards if rule == "solution-part"]
    assert parts == [
        (
            "Welche Wirkung hat `git init` in einem leeren Ordner?",
            "Es legt den versteckten Ordner `.git` an, in dem Git die Geschichte speichert.",
        ),
        (
            "Welcher Befehl zeigt die bisherigen Commits?",
            "1. `git log`\n2. `git show`\n3. `git diff`\n\nNummer 1: `git log` listet die Commits, die neuesten zuerst.",
        ),
    ]
    messages = [m for _, m in unanswered]
    assert "Was zeigt die Kurzform von `git status`?" in messages
    assert "Wozu dient `.gitignore`? (no solution)" in messages
    assert not any("git add" in q for _, rule, q, _ in cards if rule == "solution-part")
    assert not any("git add" in m for m in messages)


def test_exam_sections_pick_the_right_options_and_the_solution() -> None:
    cards, unanswered = cards_and_unanswered(EXAMS)
    parts = [(q, a) for _, rule, q, a in cards if rule == "solution-part"]
    assert parts == [
        ("¿Cuál es el número atómico del carbono?", "Seis: el carbono tiene 6 protones."),
        ("Which of these gases is a noble gas?", "- argon"),
    ]
    messages = [m for _, m in unanswered]
    assert "¿Qué es un isótopo? (placeholder)" in messages
    assert "What is Avogadro's number used for? (no solution)" in messages


def test_boxes_without_a_solution_box_are_left_alone() -> None:
    cards, _ = cards_and_unanswered(CALLOUTS)
    assert not any(rule == "solution-part" for _, rule, _, _ in cards)


# The same part names as ATX headings: a worked-example note for the heading rules, not R/exams parts.
ATX_PARTS = """\
# Physik

## Question

Warum ist der Himmel blau?

## Solution

Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut.

## Question

Qu'est-ce que la diffraction ?

## Solution

La déviation d'une onde par un obstacle.
"""


def test_atx_part_headings_are_left_to_other_rules() -> None:
    cards, _ = cards_and_unanswered(ATX_PARTS)
    assert not any(rule == "solution-part" for _, rule, _, _ in cards)
