"""Numbered problems (`**Problem 4 (Name).**`) in the details rule: the whole label leaves the front, a bold
answer after a dash answers on the problem's own line, and a problem followed only by a hint is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

PROBLEMS = """\
# Chemistry puzzles

## Stoichiometry

**Exercise 1 (Burning methane).** How many moles of O₂ does one mole of CH₄ need
to burn completely?

*Solution.* Two: CH₄ + 2 O₂ → CO₂ + 2 H₂O.

**Exercise 2 (Rusting iron).** Which oxide forms when iron rusts in moist air?

**Hint:** think of the colour of rust.

<!-- look this up in Atkins -->

## Quick ones

**Exercise 3.** What is the molar mass of water? — **18 g/mol** (2 × 1 + 16).

**Exercise 4.** Which gas turns limewater milky? — carbon dioxide, I think

**Exercise 5 (Titration).** What colour is phenolphthalein in acid?
"""


def test_a_named_label_leaves_the_front_whole() -> None:
    cards, _ = cards_and_unanswered(PROBLEMS)
    fronts = [q for _, _, q, _ in cards]
    assert fronts[0] == "How many moles of O₂ does one mole of CH₄ need\nto burn completely?"
    assert not any(q.startswith("(") or ".**" in q for q in fronts)


def test_a_bold_answer_after_a_dash_answers_the_problem() -> None:
    cards, _ = cards_and_unanswered(PROBLEMS)
    assert (18, "details", "What is the molar mass of water?", "**18 g/mol** (2 × 1 + 16).") in cards


def test_a_problem_with_only_a_hint_and_a_comment_after_it_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(PROBLEMS)
    assert (10, "Which oxide forms when iron rusts in moist air?") in unanswered
    assert (22, "What colour is phenolphthalein in acid?") in unanswered
    extraction, _ = extract_text(PROBLEMS)
    assert not any(d.kind == "unclassified" and d.loc.line in (12, 14) for d in extraction.diagnostics)
