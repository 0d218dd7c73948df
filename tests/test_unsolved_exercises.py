"""A sphinx-exercise `{exercise}` box that no `{solution}` box answers is reported unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Kapitel 2 — Stöchiometrie

```{exercise}
:label: ex-molmasse

Wie groß ist die molare Masse von Wasser?
```

```{solution} ex-molmasse
:class: dropdown

18 g/mol.
```

```{exercise}
:label: ex-ausbeute

Berechne die Ausbeute, wenn 4 g statt 5 g Produkt entstehen.
```

<!-- Lösung folgt -->

## Mehr

```{exercise}
:label: ex-later

Balance the equation for the combustion of methane.
```

## Lösungen
"""

LATER = """\
```{solution} ex-later

CH4 + 2 O2 → CO2 + 2 H2O
```
"""


def test_an_exercise_without_its_solution_is_unanswered() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY + "\n" + LATER)
    assert [d.question for d in extraction.drafts] == ["Wie groß ist die molare Masse von Wasser?"]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Berechne die Ausbeute, wenn 4 g statt 5 g Produkt entstehen."
    ]


def test_an_exercise_whose_solution_is_elsewhere_is_not_reported() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY + "\n" + LATER)
    assert "Balance the equation for the combustion of methane." not in [
        d.question for d in diagnostics if d.kind == "unanswered"
    ]


def test_every_exercise_of_a_chapter_without_solutions_is_unanswered() -> None:
    text = "# Drill\n\n```{exercise}\n\nName two noble gases.\n```\n\n```{exercise}\n:label: e2\n\nWhy is helium inert?\n```\n"
    extraction, diagnostics = extract_text(text)
    assert not extraction.drafts
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Name two noble gases.", "Why is helium inert?"]
