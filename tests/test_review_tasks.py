"""The review-task rule: task items that ask, answered by the list nested under them, the task plugin's
metadata off the card."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

QUEUE = """\
# Fotosynthese — Wiederholung

```tasks
not done
tags include #bio
```

## Organisatorisches

- [ ] Laborbericht abgeben ⏫ 📅 2025-03-01
- [ ] Folien 4 nochmal lesen (warum zwei Fotosysteme?) 🔽 📅 2025-03-02

## Lichtreaktion

- [x] Wo findet die Lichtreaktion statt? #bio 🔁 every week ✅ 2025-02-20
    - In den Thylakoidmembranen der Chloroplasten.
- [ ] Was entsteht bei der Fotolyse des Wassers? #bio 🔁 every week 📅 2025-02-27
    - Sauerstoff, Protonen und Elektronen.
    - Der Sauerstoff wird abgegeben.
- [ ] ¿Qué molécula capta la luz? #bio 🔁 every 2 weeks 📅 2025-02-28
    - ??? — preguntar en clase
- [ ] ¿Para qué sirve el NADPH? #bio 🔁 every 2 weeks 📅 2025-02-28
"""

TODO_LIST = """\
## Semana

- [ ] ¿Compramos pan?
    - [ ] integral
    - [ ] de centeno
- [ ] ¿Quién lleva el coche?
    - [ ] preguntar a Ana
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


def test_an_asking_task_is_answered_by_its_nested_list_without_its_metadata() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(QUEUE) if rule == "review-task"]
    assert cards == [
        ("Wo findet die Lichtreaktion statt?", "- In den Thylakoidmembranen der Chloroplasten."),
        ("Was entsteht bei der Fotolyse des Wassers?", "- Sauerstoff, Protonen und Elektronen.\n- Der Sauerstoff wird abgegeben."),
    ]


def test_a_placeholder_or_nothing_nested_is_unanswered() -> None:
    assert _unanswered(QUEUE) == ["¿Qué molécula capta la luz? (placeholder)", "¿Para qué sirve el NADPH?"]


def test_to_dos_that_do_not_ask_are_no_cards() -> None:
    fronts = [q for _, q, _ in drafted_cards(QUEUE)]
    assert not any("Laborbericht" in q or "Folien" in q for q in fronts)


def test_questions_over_sub_tasks_are_left_alone() -> None:
    assert not [q for rule, q, _ in drafted_cards(TODO_LIST) if rule == "review-task"]
