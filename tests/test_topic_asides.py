"""Sections that read as topics but are a document's furniture or an author's aside are no topic cards:
the front page of the notes (an intro quote over an in-page table of contents), a prose section that dates
a session (`## Lecture notes 3/10`), a prose remark among numbered exercises, and the tip or table beside a
list of questions other rules carded item by item."""

from __future__ import annotations

import pytest

from ankibuild.extract import topics
from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question) for d in extraction.drafts]


def _topics(text: str) -> list[str]:
    return [q for convention, q in _cards(text) if convention == "topic"]


CELLS = """\
# Cell Biology

## Membranes

| Part | Role |
|---|---|
| Phospholipids | a bilayer |

## Organelles

```
nucleus -> ER -> Golgi
```

## Transport

**Diffusion**: particles move down their concentration gradient.
"""


def test_the_front_page_of_the_notes_is_no_overview_card() -> None:
    intro = """\
---
title: Biology 101 — cells
---

# Cell Biology

> Revision notes for the spring exam. Quiz yourself on the **bold** words.

**Contents**
1. [Membranes](#membranes)
2. [Organelles](#organelles)
3. [Transport](#transport)

"""
    text = intro + CELLS.split("\n", 1)[1]
    assert _topics(text) == ["Membranes", "Organelles", "Transport"]


def test_an_overview_without_contents_is_still_a_card() -> None:
    text = (
        "---\ntitle: Biology 101 — cells\n---\n\n# Cell Biology\n\n> Every living thing is made of cells.\n\n"
        + CELLS.split("\n", 1)[1]
    )
    assert "Cell Biology" in _topics(text)


HISTORY = """\
# Early modern Europe

## The Reformation

**Cause**: the sale of indulgences and the printing press.

## The Thirty Years' War

| Phase | Years |
|---|---|
| Bohemian | 1618–1625 |

## The Peace of Westphalia

**Outcome**: sovereignty of states, religious settlement by the ruler.

## The Enlightenment

Thinkers of the eighteenth century put reason above tradition and revelation in politics and science.

"""


def test_a_prose_section_dated_as_a_session_is_no_topic() -> None:
    text = HISTORY + (
        "## Lecture notes 3/10\n\nDr. Hale spent the hour on sources; we will continue with the Dutch revolt next week.\n\n"
        "## Seminar — 12 Oct\n\nWe read two letters of Erasmus and argued about whether he was a reformer at heart.\n"
    )
    assert _topics(text) == ["The Reformation", "The Thirty Years' War", "The Peace of Westphalia", "The Enlightenment"]


EXERCISES = """\
# Discrete maths — solutions

## Problem 1

> Prove that the sum of the first n odd numbers is n².

By induction: 1 = 1², and n² + (2n + 1) = (n + 1)².

## Problem 2

> How many subsets does a set of n elements have?

```
2 ** n
```

## Remarks on induction

Strong induction assumes every smaller case rather than only the previous one, which is often more convenient.

## Problem 3

> Show that √2 is irrational.

Suppose √2 = p/q in lowest terms; then p and q are both even, a contradiction.
"""


def test_a_prose_remark_among_numbered_exercises_is_no_topic() -> None:
    topics = _topics(EXERCISES)
    assert "Remarks on induction" not in topics
    # The problems are cards of their own: their quoted statements are the fronts (the quoted-question rule).
    fronts = {q for _, q in _cards(EXERCISES)}
    assert "Prove that the sum of the first n odd numbers is n²." in fronts
    assert "Show that √2 is irrational." in fronts


def test_a_tip_or_table_beside_questions_carded_item_by_item_is_no_topic() -> None:
    text = """\
# Literatur — Fragen

## Klassik

1. Wer schrieb den Faust? ⇒ Goethe
2. Wer schrieb die Räuber? ⇒ Schiller
3. Welche Stadt war das Zentrum der Klassik? ⇒ Weimar

> 💡 Tipp: Goethe und Schiller trafen sich 1794 in Jena.

## Romantik

| Jahr | Werk |
|---|---|
| 1812 | Kinder- und Hausmärchen |

1. Wer sammelte die Kinder- und Hausmärchen? ⇒ die Brüder Grimm
2. Wer schrieb Der Sandmann? ⇒ E. T. A. Hoffmann

## Realismus

1. Wer schrieb Effi Briest? ⇒ Theodor Fontane
2. Wer schrieb Der Schimmelreiter? ⇒ Theodor Storm

### Epochen im Überblick

| Epoche | Zeit |
|---|---|
| Klassik | 1786–1832 |
| Romantik | 1795–1848 |
"""
    cards = _cards(text)
    assert not [q for convention, q in cards if convention == "topic"]
    assert len(cards) == 7


def test_bulleted_questions_carded_item_by_item_count_as_cards_beside_a_table() -> None:
    text = """\
# Chemistry drill

## Acids

| Acid | Formula |
|---|---|
| Sulfuric | H2SO4 |

- What is the pH of pure water? ⇒ 7
- Which ion makes a solution acidic? ⇒ H+

## Bases

```
NaOH -> Na+ + OH-
```

- Which ion makes a solution basic? ⇒ OH-
- What does litmus turn in a base? ⇒ blue

## Salts

> A salt forms when an acid neutralises a base.

- What salt forms from HCl and NaOH? ⇒ sodium chloride
- What else forms in neutralisation? ⇒ water
"""
    cards = _cards(text)
    assert not [q for convention, q in cards if convention == "topic"]
    assert len(cards) == 6


@pytest.mark.parametrize(
    ("title", "dated"),
    [
        ("Class notes 11/14", True),
        ("Seminar — 12 Oct", True),
        ("Vorlesung 3.10.", True),
        ("Lecture, 2024-10-03", True),
        ("Chapter 3", False),
        ("Python 3.10", False),
        ("Section 1.2.10", False),
        ("11/14", False),
    ],
)
def test_a_title_dated_as_a_session(title: str, dated: bool) -> None:
    assert topics._dated(title) is dated


def test_a_contents_list_of_section_titles_without_links_is_a_front_page_too() -> None:
    intro = """\
---
title: Biology 101 — cells
---

# Cell Biology

> Revision notes for the spring exam.

1. Membranes
2. Organelles
3. Transport

"""
    text = intro + CELLS.split("\n", 1)[1]
    assert _topics(text) == ["Membranes", "Organelles", "Transport"]
