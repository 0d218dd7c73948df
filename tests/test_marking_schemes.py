"""The marking-scheme rule: exam headings answered by a bold "features of a good answer" label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# An English A-level geography review: task labels, marks, a missing scheme.
GEOGRAPHY = """\
# Geography Paper 1 — revision

## Key terms

Some prose about the course.

## Past questions

### Question 1. Assess the causes of coastal erosion. [9 marks]

**Marking scheme:**
- hydraulic action, abrasion, attrition
- weak geology and fetch

### Question 2. Why do deltas form? (6 marks)

**Mark scheme:** sediment is deposited faster than it is removed.

### Question 3. Evaluate managed retreat as a strategy. [20 marks]

*Scheme still to be written — ask in class.*
"""

# German Erwartungshorizont and Finnish HVP, points in their own words.
GERMAN = """\
# Abitur Geschichte

### Aufgabe 1) Erläutern Sie die Ursachen der Märzrevolution. (15 Punkte)

**Erwartungshorizont:**
- Missernten und Hungerkrisen
- liberale und nationale Forderungen

### Aufgabe 2) Beurteilen Sie die Paulskirchenverfassung. (20 Punkte)

TODO
"""

# A Finnish biology review: `Tehtävä N.`, `(p.)` points, a missing HVP.
FINNISH = """\
# Biologia BI2 — kertaus

### Tehtävä 1. Selitä fotosynteesin valoreaktiot. (15 p.)

**Hyvän vastauksen piirteet:**
- tylakoidikalvo, vesi hajoaa, happea vapautuu

### Tehtävä 2. Vertaile mitoosia ja meioosia. (20 p.)

*HVP puuttuu, lisään myöhemmin.*
"""

# A bold `Marking scheme` nowhere near a question heading: only one heading, which is the title.
NONE = """\
# Marking scheme for the course

**Marking scheme:** essays count for half of the grade.
"""


def test_an_exam_heading_over_a_scheme_label_is_a_card_without_label_and_points() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAPHY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Assess the causes of coastal erosion."] == (
        "marking-scheme",
        "- hydraulic action, abrasion, attrition\n- weak geology and fetch",
    )
    assert found["Why do deltas form?"] == ("marking-scheme", "sediment is deposited faster than it is removed.")
    assert [m.split(" (")[0] for _, m in unanswered] == ["Evaluate managed retreat as a strategy."]
    assert "Key terms" not in found


def test_scheme_labels_and_points_in_other_languages() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    found = {q: a for _, _, q, a in cards}
    assert found["Erläutern Sie die Ursachen der Märzrevolution."].startswith("- Missernten")
    assert [m.split(" (")[0] for _, m in unanswered] == ["Beurteilen Sie die Paulskirchenverfassung."]


def test_a_scheme_label_under_the_title_is_no_card() -> None:
    cards, _ = cards_and_unanswered(NONE)
    assert all(rule != "marking-scheme" for _, rule, _, _ in cards)


def test_finnish_good_answer_features() -> None:
    cards, unanswered = cards_and_unanswered(FINNISH)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Selitä fotosynteesin valoreaktiot.", "- tylakoidikalvo, vesi hajoaa, happea vapautuu")
    ]
    assert [m.split(" (")[0] for _, m in unanswered] == ["Vertaile mitoosia ja meioosia."]


# A German history paper copied with its own layout: the number and points in the heading, the task under it.
_NUMBERED = """\
# Geschichte Abitur — Übung

### Aufgabe 3 (4 Punkte)

Erläutere die Ursachen der Märzrevolution 1848.

**Marking guidelines**

| Kriterium | Punkte |
|---|:-:|
| nennt zwei Ursachen mit Erklärung | 4 |

**Sample answer**

Hungerkrisen und die Forderung nach Pressefreiheit und nationaler Einheit.

### Aufgabe 4 (5 Punkte)

(a) Nenne den Ort der Nationalversammlung. (1 Punkte)

**Sample answer**

Die Paulskirche in Frankfurt.

(b) Beurteile ihr Scheitern. (4 Punkte)

**Sample answer**

*(noch nicht veröffentlicht)*

### Aufgabe 5 (6 Punkte)

Vergleiche die Verfassungen von 1849 und 1871.

**Marking guidelines** — *aus dem PDF abschreiben*
"""


def test_numbered_headings_with_the_task_under_them_and_lettered_parts() -> None:
    cards, unanswered = cards_and_unanswered(_NUMBERED)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "marking-scheme", "Erläutere die Ursachen der Märzrevolution 1848.",
         "Hungerkrisen und die Forderung nach Pressefreiheit und nationaler Einheit."),
        (19, "marking-scheme", "Nenne den Ort der Nationalversammlung.", "Die Paulskirche in Frankfurt."),
    ]
    assert [line for line, _ in unanswered] == [25, 33]
    assert unanswered[0][1].startswith("Beurteile ihr Scheitern.")


def test_criteria_alone_answer_a_numbered_heading() -> None:
    text = (
        "# Repaso\n\n### Pregunta 1 (2 puntos)\n\nDefine la fotosíntesis.\n\n**Marking criteria**\n\n"
        "- luz, agua y CO₂ dan glucosa y O₂\n\n### Pregunta 2 (2 puntos)\n\nDefine la respiración.\n\n"
        "**Model answer**\n\nLa glucosa se oxida y libera energía.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Define la fotosíntesis.", "- luz, agua y CO₂ dan glucosa y O₂"),
        ("Define la respiración.", "La glucosa se oxida y libera energía."),
    ]
    assert not unanswered


def test_one_numbered_heading_over_a_scheme_is_no_paper() -> None:
    text = "# Notes\n\n### Week 3\n\nRead chapter two.\n\n**Sample answer**\n\nSee the handout.\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "marking-scheme"]
