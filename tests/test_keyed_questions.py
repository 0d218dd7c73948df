"""The keyed-question rule: a case's questions keyed `(a)`, `a)`, `1)`, `(i)` under a bold `Questions` label,
answered by lines of the same keys under a bold answer label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

LAW = """\
# Contract law — seminar problems

## Problem 1 — The bicycle

Jan, 16, buys a racing bicycle for €2,400 with money from a summer job. His parents object a week later
and ask the shop to take it back.

**Questions**

(a) Is the contract valid?
(b) Can the parents demand a refund?
(c) What changes if Jan were 18?

**Answer key**

(b) No: the pocket-money rule covers purchases paid from money he may freely use,
    so the contract binds.
(a) Yes, it is valid from the start.
(c) — *we did not get to this one*

## Problem 2 — The lease

A tenant stops paying rent after the landlord refuses to fix the heating.

**Qs:**

1) May the tenant withhold rent?
2) Which notice must the tenant give first?

**Discussion**

1) Only a proportionate part, and only after notice.
"""


def test_each_keyed_question_is_a_card_answered_by_the_line_of_its_key() -> None:
    cards, _ = cards_and_unanswered(LAW)
    found = {q: (line, rule, a) for line, rule, q, a in cards}
    assert found["Is the contract valid?"] == (10, "keyed-question", "Yes, it is valid from the start.")
    assert found["Can the parents demand a refund?"][2] == (
        "No: the pocket-money rule covers purchases paid from money he may freely use, so the contract binds."
    )
    assert found["May the tenant withhold rent?"][2] == "Only a proportionate part, and only after notice."


def test_a_placeholder_or_a_missing_key_leaves_the_question_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(LAW)
    assert (12, "What changes if Jan were 18? (placeholder)") in unanswered
    assert (28, "Which notice must the tenant give first?") in unanswered
    assert not any("Jan were 18" in q or "notice must" in q for _, _, q, _ in cards)


def test_the_scene_is_the_context_after_the_headings() -> None:
    extraction, _ = extract_text(LAW)
    card = next(d for d in extraction.drafts if d.question == "Is the contract valid?")
    assert card.context[0] == "Problem 1 — The bicycle"
    assert card.context[1].startswith("Jan, 16, buys a racing bicycle") and card.context[1].endswith("take it back.")


def test_roman_keys_and_an_answers_label_pair_the_same_way() -> None:
    text = (
        "# Pharmacology\n\nA patient on warfarin starts a course of clarithromycin.\n\n**Questions:**\n\n"
        "(i) What happens to the INR?\n(ii) Why?\n\n**Answers**\n\n(i) It rises.\n(ii) CYP3A4 inhibition.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [("What happens to the INR?", "It rises."), ("Why?", "CYP3A4 inhibition.")]


def test_keyed_questions_without_an_answer_label_are_left_to_the_other_rules() -> None:
    text = "# Revision\n\n**Questions**\n\n(a) What is osmosis?\n(b) What is diffusion?\n\nSome closing notes.\n"
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "keyed-question" for _, rule, _, _ in cards)


def test_keyed_questions_right_under_the_scene_need_no_questions_label() -> None:
    text = (
        "# Geography fieldwork\n\n## Site 2\n\nThe river is 4 m wide at the bridge and 9 m wide at the mouth.\n\n"
        "a) Why does the channel widen downstream?\nb) Which process dominates near the mouth?\n\n"
        "**Teaching points**\n\na) Discharge grows as tributaries join.\nb) Deposition.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("keyed-question", "Why does the channel widen downstream?", "Discharge grows as tributaries join."),
        ("keyed-question", "Which process dominates near the mouth?", "Deposition."),
    ]


def test_keyed_statements_under_prose_are_no_questions() -> None:
    text = (
        "# Method\n\nWe ran two trials.\n\n(a) The first used 5 g of salt.\n(b) The second used 10 g.\n\n"
        "**Discussion**\n\n(a) Dissolved fully.\n(b) Some salt remained.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "keyed-question" for _, rule, _, _ in cards)
