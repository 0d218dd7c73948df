"""Source labels above a problem, and problems followed only by a note that they were not tried."""

from __future__ import annotations

from ankibuild.extract.questions import without_source_label_line
from tests.helpers import extract_text

LOG = """\
# Olympiad practice log

Problems I missed in mock rounds.

<!-- checked against the official solutions -->

---

**2018 Regional Round #14**
How many lattice points lie strictly inside the triangle with vertices $(0,0)$, $(12,0)$ and $(0,9)$?

Answer: **44**
Idea: Pick's theorem with the boundary points counted by gcd.

---

**Putnam 2011 A2**
Find the number of ordered pairs of primes whose sum and difference are both prime.

Answer: **one pair, (5, 2)**
Idea: parity forces one of them to be 2.

---

**2020 Regional Round #9**
What is the smallest positive integer with exactly twelve divisors?

_(ran out of time, not tried yet)_

---

## Notes

Keep a calm pace.

*(to be continued)*
"""


def test_source_labels_are_no_part_of_the_front() -> None:
    extraction, diagnostics = extract_text(LOG)
    fronts = [d.question for d in extraction.drafts]
    assert fronts[0].startswith("How many lattice points")
    assert fronts[1].startswith("Find the number of ordered pairs")
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert any("smallest positive integer" in m and "Regional Round" not in m for m in unanswered)
    assert not any("calm pace" in m for m in unanswered)


def test_a_label_without_a_year_or_that_asks_stays() -> None:
    assert without_source_label_line("**2019 AMC 10A #7**\nTwo lines meet.") == "Two lines meet."
    assert without_source_label_line("**Problem 4 (Broken stick)**\nBreak a stick.").startswith("**Problem 4")
    assert without_source_label_line("**Why did 1929 happen?**\nExplain.").startswith("**Why")
    assert without_source_label_line("**1999** was a year.") == "**1999** was a year."


CONTEST = """\
# Contest drill

---

**2017 Regional Round #3**
A bag holds 3 red and 5 blue marbles. Two are drawn without replacement. What is the probability both are red?

$\\textbf{(A) } \\tfrac{3}{28} \\qquad \\textbf{(B) } \\tfrac{9}{64} \\qquad \\textbf{(C) } \\tfrac{3}{8} \\qquad \\textbf{(D) } \\tfrac{1}{2}$

Answer: **(A)**

---
"""


def test_typeset_options_go_to_the_back() -> None:
    extraction, _ = extract_text(CONTEST)
    (draft,) = extraction.drafts
    assert draft.question.startswith("A bag holds") and draft.question.endswith("both are red?")
    assert draft.answer.startswith("$\\textbf{(A) }") and "**(A)**" in draft.answer


ESSAYS = """\
# Geschichte — Aufsatzfragen

## Frage der Woche

> **„Erkläre die Ursachen für das Scheitern der Weimarer Republik.“ [12 marks]**

Gliederung: Inflation 1923, dann … ?? (TODO – Quelle zur Wirtschaftskrise suchen)

---

## Question de la semaine

> **"Examine the role of the press in the Dreyfus affair." (10 points)**

Plan : presse nationaliste contre *L'Aurore* (TODO: trouver les dates)

---

## Source du jour

> « La France a perdu une bataille ! »

Affiche de juin 1940 (TODO scanner l'original)

---

## Question ouverte

> **"Pourquoi la crise de 1929 a-t-elle touché l'Europe ?"**

Parce que les banques américaines ont rappelé leurs prêts ; le commerce mondial s'est effondré.
"""


def test_a_quoted_exam_question_over_a_plan_left_to_do_is_unanswered() -> None:
    extraction, diagnostics = extract_text(ESSAYS)
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert "Erkläre die Ursachen für das Scheitern der Weimarer Republik. (only a note that it is still to do)" in unanswered
    assert "Examine the role of the press in the Dreyfus affair. (only a note that it is still to do)" in unanswered
    assert not any("France" in m for m in unanswered)  # a quote that asks nothing stays a quote
    assert not any("1929" in m for m in unanswered)  # answered, no note to do: left to the other rules
    assert not extraction.drafts or all("Weimarer" not in d.question for d in extraction.drafts)
