"""Lettered-and-numbered items (`**A1.** …`) answered by a labelled paragraph, and bracketed placeholders with
an aside: the details rule's answer labels."""

from __future__ import annotations

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered

REVIEW = """\
# Chemistry 101 — final review

## Part A — Short answers

**A1.** What is the charge of an electron?

**Answer:** negative, −1.602 × 10⁻¹⁹ C.

**A2.** Which gas makes up most of the air?

**Answer:** nitrogen, about 78 %.

**A3.** Why does ice float?

**Answer:** _(to be added — ask in the lab)_

## Part B — True or false

Explain each answer.

**B1.** True or false: every acid contains oxygen.

**Answer:** False; HCl has none.

**B2.** True or false: a catalyst is used up by the reaction.

**Answer:** False, it is regenerated.
"""


def test_lettered_items_are_the_questions_their_answer_labels_answer() -> None:
    cards, unanswered = cards_and_unanswered(REVIEW)
    fronts = {q.split(" ", 1)[1] if q[:1] in "AB" else q: a for _, _, q, a in cards}
    assert fronts["What is the charge of an electron?"] == "negative, −1.602 × 10⁻¹⁹ C."
    assert fronts["Which gas makes up most of the air?"] == "nitrogen, about 78 %."
    assert fronts["True or false: every acid contains oxygen."] == "False; HCl has none."
    assert fronts["True or false: a catalyst is used up by the reaction."] == "False, it is regenerated."
    assert not any("Part A" in q or "Explain each answer" in q for _, _, q, _ in cards)
    assert len(cards) == 4
    assert len(unanswered) == 1 and "Why does ice float?" in unanswered[0][1]


def test_bracketed_placeholder_with_an_aside() -> None:
    for text in ("_(à compléter — le prof l'a expliqué au cours 11)_", "(TBD, ask the TA)", "（待补充：老师还没讲）"):
        assert empty_reason(text) == "placeholder", text
    for text in ("(a list, not a tuple)", "(mutable — it can change)", "Nitrogen (N₂) — about 78 %."):
        assert empty_reason(text) is None, text
