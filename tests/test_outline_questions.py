"""The outline-question rule: questions nested under topic bullets in outline notes (Roam, Logseq without
`#card`, Workflowy/Dynalist exports, plain nested bullet notes)."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

# Plain nested study notes, two-space indents, a heading above.
HISTORY = """\
# The French Revolution

- Causes
  - Fiscal crisis after the American war
  - Who called the Estates-General in 1789?
    - Louis XVI
  - Why was the Third Estate angry?
    - it paid most taxes
    - it had one vote out of three
- The Terror
  - Robespierre led the Committee of Public Safety
  - When did the Terror end?
    - July 1794, with Robespierre's fall (9 Thermidor)
  - Explain the Law of Suspects
    - anyone suspected of hostility could be arrested
    - courts lost most safeguards
"""

# A Dynalist/Workflowy export: four-space indents, bold topics, code and math in answers.
PYTHON = """\
- **Generators**
    - What does `yield` do?
        - suspends the function and hands a value to the caller
        - ```python
          def count():
              yield 1
          ```
    - Memory use?
        - $O(1)$, one item at a time
- **Decorators**
    - wrap a function in another
    - Compare a decorator and a context manager
        - a decorator wraps a call, a context manager wraps a block
- **List comprehensions**
    - faster than a loop with append
"""

# Logseq without `#card`: heading bullets, property lines under bullets, tab indents.
LOGSEQ = """\
title:: Cardiology
- ## Heart failure
\t- Which drugs lower mortality?
\t  collapsed:: true
\t\t- ACE inhibitors, beta blockers, spironolactone
\t- And in HFpEF?
\t\t- SGLT2 inhibitors
- ## Arrhythmias
\t- Atrial fibrillation is the most common
"""


def _cards(text: str) -> dict[str, object]:
    extraction, _ = extract_text(text)
    return {d.question: d for d in extraction.drafts if d.convention == "outline-question"}


def test_questions_nested_under_topics_are_cards_with_their_topic_as_context() -> None:
    cards = _cards(HISTORY)
    assert set(cards) == {
        "Who called the Estates-General in 1789?",
        "Why was the Third Estate angry?",
        "When did the Terror end?",
        "Explain the Law of Suspects",
    }
    angry = cards["Why was the Third Estate angry?"]
    assert angry.answer == "- it paid most taxes\n- it had one vote out of three"  # type: ignore[attr-defined]
    assert angry.context == ("Causes",)  # type: ignore[attr-defined]


def test_code_math_and_short_questions_in_an_export() -> None:
    cards = _cards(PYTHON)
    assert set(cards) == {"What does `yield` do?", "Memory use?", "Compare a decorator and a context manager"}
    assert "  def count():\n      yield 1\n  ```" in cards["What does `yield` do?"].answer  # type: ignore[attr-defined]
    memory = cards["Memory use?"]
    assert memory.answer == "- $O(1)$, one item at a time"  # type: ignore[attr-defined]
    assert memory.context == ("Generators",)  # type: ignore[attr-defined]  # bold dropped: it tells what is asked


def test_logseq_page_without_card_tags() -> None:
    cards = _cards(LOGSEQ)
    assert set(cards) == {"Which drugs lower mortality?", "And in HFpEF?"}
    assert cards["Which drugs lower mortality?"].answer == "- ACE inhibitors, beta blockers, spironolactone"  # type: ignore[attr-defined]
    assert cards["And in HFpEF?"].context == ("Heart failure",)  # type: ignore[attr-defined]


def test_a_handbook_list_with_a_question_item_is_not_an_outline() -> None:
    text = """\
# Deploying

Most of this guide is prose. We deploy with a script that builds the image, pushes it and rolls the
service over, one instance at a time. Read the whole page before your first deploy.

Before you start, make sure you have access to the registry and the cluster.

- Prerequisites
  - Docker 24 or later
  - Is the VPN on?
    - check with `vpn status`
  - Do you have the kube config?
    - ask the on-call engineer

The rest of the steps are in the runbook, which also lists who to call when something goes wrong.
Keep the runbook open while you deploy; it is updated after every incident review.
Do not deploy on Fridays.
"""
    assert not _cards(text)


def test_one_nested_question_is_not_an_outline_of_questions() -> None:
    text = "- Sorting\n  - Quick sort is fast on average\n  - Is merge sort stable?\n    - yes\n- Searching\n  - binary search needs a sorted array\n"
    assert not _cards(text)


def test_topic_bullets_named_like_commands_are_not_questions() -> None:
    cards = _cards(PYTHON)
    assert "List comprehensions" not in cards
    assert not any(q.startswith("Decorators") for q in cards)


# Q:/A: bullets in an outline: the answer nested under its question or written as the next bullet.
ECONOMICS = """\
## Week 4: Markets

- Elasticity
    - Q: What makes demand elastic?
        - A: close substitutes, a large share of income
    - **Q:** What is a Giffen good?
        - **A:** a good whose demand rises with its price
        - rare in practice
    - Q: Is insulin demand elastic?
    - A: no, there are no substitutes
- Market failure
    - externalities are costs borne by third parties
"""


def test_question_and_answer_labels_are_dropped() -> None:
    cards = _cards(ECONOMICS)
    assert set(cards) == {"What makes demand elastic?", "What is a Giffen good?", "Is insulin demand elastic?"}
    assert cards["What makes demand elastic?"].answer == "close substitutes, a large share of income"  # type: ignore[attr-defined]
    giffen = cards["What is a Giffen good?"].answer  # type: ignore[attr-defined]
    assert giffen == "- a good whose demand rises with its price\n- rare in practice"
    assert cards["Is insulin demand elastic?"].answer == "no, there are no substitutes"  # type: ignore[attr-defined]
    assert cards["Is insulin demand elastic?"].context == ("Week 4: Markets", "Elasticity")  # type: ignore[attr-defined]


# Questions left open in outline notes: no children, or only a note to self under them.
CHEMISTRY = """\
- Acids and bases
    - What is a Brønsted acid?
        - a proton donor
    - Why is HF a weak acid?
    - What does a buffer resist?
        - {{[[TODO]]}} reread chapter 16
- Redox
    - What is oxidised in a galvanic cell?
        - the anode
    - Which half-reaction has the higher potential?
        - ?
    - How does a salt bridge work?
        - TODO look it up
    - Q: Compare galvanic and electrolytic cells
    - Oxidation is loss of electrons
"""


def test_open_questions_are_reported_unanswered_never_cards() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    cards = {d.question for d in extraction.drafts}
    assert cards == {"What is a Brønsted acid?", "What is oxidised in a galvanic cell?"}
    open_questions = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert open_questions == {
        "Why is HF a weak acid?",
        "What does a buffer resist?",
        "Which half-reaction has the higher potential?",
        "How does a salt bridge work?",
        "Compare galvanic and electrolytic cells",
    }
    lines = {d.loc.line for d in diagnostics if d.kind == "unanswered"}
    assert lines == {4, 5, 10, 12, 14}


# Everything else an outline holds: page properties, statements, arrows, bold terms, a table, an image.
GEOGRAPHY = """\
- tags:: [[GEOG 110]] #exam
- Source:: [[Strahler]] ch. 4
- **Plate tectonics**
    - Lithosphere: the rigid outer layer, crust plus upper mantle
    - Asthenosphere: the ductile layer below it
    - Divergent boundary → new crust forms
    - Convergent boundary → subduction or mountains
    - What drives plate motion?
        - slab pull, ridge push, mantle convection
    - Which boundary makes the Andes?
        - convergent (oceanic under continental)
- **Earthquakes**
    - **Focus**: where the rupture starts
    - **Epicentre**: the point above it on the surface
    - |Scale|Measures|
      |---|---|
      |Richter|amplitude|
      |Mercalli|damage|
    - ![](https://example.org/seismograph.png)
    - How is magnitude measured today?
        - moment magnitude, from the seismic moment
- Related:: [[Volcanoes]] [[Rocks]]
"""


def test_properties_statements_and_tables_in_an_outline_are_not_cards() -> None:
    extraction, diagnostics = extract_text(GEOGRAPHY)
    assert [d.question for d in extraction.drafts] == [
        "What drives plate motion?",
        "Which boundary makes the Andes?",
        "How is magnitude measured today?",
    ]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


# Plain study notes in Spanish: a heading over each short outline, front matter above.
HISTORIA = """\
---
title: Historia moderna
curso: 2º bachillerato
---

# Historia moderna

## Reyes Católicos

- Unión dinástica
  - ¿Cuándo se casaron Isabel y Fernando?
    - en 1469

## Descubrimiento

- Colón
  - ¿Quién financió el primer viaje?
    - la Corona de Castilla

## Austrias

- Carlos I
  - heredó Castilla, Aragón y el Imperio

## Borbones

- Felipe V
  - Decretos de Nueva Planta

## Ilustración

- Carlos III
  - reformas
"""


def test_headings_and_front_matter_do_not_weigh_against_an_outline() -> None:
    cards = _cards(HISTORIA)
    assert set(cards) == {"¿Cuándo se casaron Isabel y Fernando?", "¿Quién financió el primer viaje?"}
    assert cards["¿Quién financió el primer viaje?"].context == ("Descubrimiento", "Colón")  # type: ignore[attr-defined]


# A Workflowy export: `*` markers, tab indents, a follow-up question nested under a question's answer.
ASTRONOMY = """\
* Stars
\t* What powers a main-sequence star?
\t\t* hydrogen fusion in the core
\t\t* Why does fusion need such heat?
\t\t\t* nuclei must overcome their electric repulsion
\t* Red giants are late-stage stars
* Galaxies
\t* How are galaxies classified?
\t\t* Hubble's tuning fork: elliptical, spiral, irregular
"""


def test_a_follow_up_nested_under_an_answered_question_is_a_card_of_its_own() -> None:
    cards = _cards(ASTRONOMY)
    assert set(cards) == {
        "What powers a main-sequence star?",
        "Why does fusion need such heat?",
        "How are galaxies classified?",
    }
    assert cards["What powers a main-sequence star?"].answer == "* hydrogen fusion in the core"  # type: ignore[attr-defined]
    follow_up = cards["Why does fusion need such heat?"]
    assert follow_up.context == ("Stars", "What powers a main-sequence star?")  # type: ignore[attr-defined]


def test_tags_after_the_question_and_a_long_line_of_tags() -> None:
    import time

    from ankibuild.extract.outline_questions import may_hold_nested_questions

    text = "- Optics\n    - What is refraction? #[[PHYS 102]] #exam\n        - bending of light\n"
    assert may_hold_nested_questions(text)
    started = time.perf_counter()
    assert not may_hold_nested_questions("- a\n    - x? " + "#a" * 5000 + " y\n")
    assert time.perf_counter() - started < 0.5  # linear, never a backtracking storm
    tagged = _cards(text + "    - Why is the sky blue? #exam\n        - Rayleigh scattering\n")
    assert set(tagged) == {"What is refraction?", "Why is the sky blue?"}


# Property bullets under questions and topics that end with a colon.
LINGUISTICS = """\
- **Phonology:**
    - What is a minimal pair?
        - two words that differ in one sound only
        - Source:: [[Yule]] ch. 5
    - What is an allophone?
        - Source:: [[Yule]] ch. 5
- **Morphology:**
    - What is a bound morpheme?
        - one that cannot stand alone (`-s`, `un-`)
"""


def test_property_bullets_under_a_question_are_no_answer() -> None:
    extraction, diagnostics = extract_text(LINGUISTICS)
    cards = {d.question: d for d in extraction.drafts}
    assert set(cards) == {"What is a minimal pair?", "What is a bound morpheme?"}
    assert cards["What is a minimal pair?"].answer == "- two words that differ in one sound only"
    assert cards["What is a minimal pair?"].context == ("Phonology",)
    assert {d.question for d in diagnostics if d.kind == "unanswered"} == {"What is an allophone?"}
    assert not [d for d in diagnostics if d.kind == "unclassified" and "Source" in d.message]


# Logseq multi-line blocks: the lines below a bullet continue it.
JAVASCRIPT = """\
- Closures
    - What is a closure?
      a function together with the variables of the scope it was made in
    - What does this print?
      ```js
      for (var i = 0; i < 3; i++) setTimeout(() => console.log(i));
      ```
        - `3 3 3`: one `var i` shared by all callbacks
- Promises
    - What does `await` return?
        - the value the promise resolves to
"""


def test_lines_continuing_a_question_bullet() -> None:
    cards = _cards(JAVASCRIPT)
    assert set(cards) == {
        "What is a closure?",
        "What does this print?\n\n```js\nfor (var i = 0; i < 3; i++) setTimeout(() => console.log(i));\n```",
        "What does `await` return?",
    }
    assert cards["What is a closure?"].answer == "a function together with the variables of the scope it was made in"  # type: ignore[attr-defined]


PROMPT_AMONG_QUESTIONS = """\
- Vorbereitung Prüfung
  - Statistik
    - Was ist ein Konfidenzintervall?
      "Ein Bereich, der den wahren Parameter mit vorgegebener Wahrscheinlichkeit überdeckt."
    - Fehler 1. und 2. Art
      - 1. Art: H0 verworfen, obwohl wahr
      - 2. Art: H0 beibehalten, obwohl falsch
    - Wozu dient der Median?
      "Er ist robust gegen Ausreißer."
    - Welche Lagemaße gibt es?
      - Mittelwert
      - Median
      - Modus
  - Regression
    - Was misst R²?
      - den Anteil erklärter Varianz
  - Quellen
    - Skript Kapitel 3
    - Übungsblatt 5
"""


def test_a_statement_over_facts_among_answered_questions_is_a_prompt() -> None:
    cards = [q for rule, q, _a in drafted_cards(PROMPT_AMONG_QUESTIONS) if rule == "outline-question"]
    assert cards == [
        "Was ist ein Konfidenzintervall?",
        "Fehler 1. und 2. Art",
        "Wozu dient der Median?",
        "Welche Lagemaße gibt es?",
        "Was misst R²?",
    ]
