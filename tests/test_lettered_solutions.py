"""The lettered-solution rule: an old exam's `a) …` sub-questions answered by the `**Lösung:**` / `Solution:`
paragraph after them; task headings are context, notes to self are unanswered, lettered prose is no card."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


GERMAN = """\
# Klausur Rechnernetze SS 2022

## Aufgabe 1: Grundlagen (15 Punkte)

Beantworten Sie kurz.

a) Was ist der Unterschied zwischen TCP und UDP?

**Lösung:** TCP ist verbindungsorientiert und zuverlässig, UDP nicht.

(b) Nennen Sie zwei Protokolle der Anwendungsschicht.

Lösung: HTTP und DNS.

c) Berechnen Sie die Übertragungsdauer für 1 MB bei 8 Mbit/s.

**Musterlösung:**

$t = 8\\,\\text{Mbit} / 8\\,\\text{Mbit/s} = 1\\,s$

d) Was ist ein Router?

*(weiß keiner mehr – bitte ergänzen)*

## Aufgabe 2: Routing (10 Punkte)

1) Geben Sie die Routing-Tabelle von R1 an.

> Lösung fehlt noch, siehe Übung 4.

2) Welches Verfahren nutzt OSPF?

**Lösung**: Link-State.
"""


def test_sub_questions_answered_by_a_solution_label_become_cards() -> None:
    cards, unanswered = _outcome(GERMAN)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (
            "lettered-solution",
            "Was ist der Unterschied zwischen TCP und UDP?",
            "TCP ist verbindungsorientiert und zuverlässig, UDP nicht.",
        ),
        ("lettered-solution", "Nennen Sie zwei Protokolle der Anwendungsschicht.", "HTTP und DNS."),
        (
            "lettered-solution",
            "Berechnen Sie die Übertragungsdauer für 1 MB bei 8 Mbit/s.",
            "$t = 8\\,\\text{Mbit} / 8\\,\\text{Mbit/s} = 1\\,s$",
        ),
        ("lettered-solution", "Welches Verfahren nutzt OSPF?", "Link-State."),
    ]
    assert cards[0][3] == ("Aufgabe 1: Grundlagen (15 Punkte)",)
    assert len(unanswered) == 2
    assert "Was ist ein Router?" in unanswered[0]
    assert "Geben Sie die Routing-Tabelle von R1 an." in unanswered[1]


def test_task_headings_are_not_cards() -> None:
    cards, _ = _outcome(GERMAN)
    assert not [c for c in cards if "Aufgabe" in c[1]]


ENGLISH = """\
# Chemistry past paper 2021

## Exercise 3

(a) Balance the equation for the combustion of methane.

**Solution:**

```text
CH4 + 2 O2 -> CO2 + 2 H2O
```

(b) Why is the reaction exothermic?

**Solution:** More energy is released forming the bonds than is needed to break them.

(c) Name the catalyst.

**Solution:**
"""


def test_english_solutions_with_a_fence_and_an_empty_label() -> None:
    cards, unanswered = _outcome(ENGLISH)
    assert [c[1] for c in cards] == ["Balance the equation for the combustion of methane.", "Why is the reaction exothermic?"]
    assert "CH4 + 2 O2" in cards[0][2] and "```" in cards[0][2]
    assert len(unanswered) == 1 and "Name the catalyst." in unanswered[0]


LETTERED_PROSE = """\
# Trip planning

a) Book the train tickets early.

b) Pack light; the hostel has lockers.

Solution: take the night train.
"""


def test_lettered_prose_with_one_label_is_no_card() -> None:
    cards, _ = _outcome(LETTERED_PROSE)
    assert not [c for c in cards if c[0] == "lettered-solution"]
