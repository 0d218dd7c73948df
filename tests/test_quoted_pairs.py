"""Labelled question and answer pairs inside one blockquote (the `quoted-pair` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

PAST_PAPERS = """\
# Macroeconomics revision

## Past papers

> **Question 4 (2019).** Why does a liquidity trap weaken monetary policy?
>
> **Model answer:** Once nominal rates sit at the lower bound, further money
> creation is hoarded rather than spent, so the LM curve is flat.

> **Q2.** Define the natural rate of unemployment.
>
> **Suggested answer.** *(TBD: check Blanchard ch. 8)*

> **Q:** What shifts the aggregate supply curve in the long run?
> **A:** Technology, labour force and capital stock.
"""

SEVERAL_IN_ONE = """\
## Drills

> **Q1.** What is the capital of Mongolia?
>
> **Answer.** Ulaanbaatar.
>
> **Q2.** Which river flows through Baghdad?
>
> **Q3.** Which desert covers most of Botswana?
>
> **Answer.** The Kalahari.
"""


def test_pairs_in_separate_quotes_become_cards_and_a_note_to_self_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(PAST_PAPERS)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (5, "quoted-pair", "Why does a liquidity trap weaken monetary policy?"),
        (14, "quoted-pair", "What shifts the aggregate supply curve in the long run?"),
    ]
    assert cards[0][3].startswith("Once nominal rates sit at the lower bound")
    assert cards[1][3] == "Technology, labour force and capital stock."
    assert [line for line, _ in unanswered] == [10]
    assert unanswered[0][1].startswith("Define the natural rate of unemployment.")
    extraction, _ = extract_text(PAST_PAPERS)
    assert extraction.unclassified == 0


def test_a_quote_holding_several_pairs_reports_the_question_without_an_answer() -> None:
    cards, unanswered = cards_and_unanswered(SEVERAL_IN_ONE)
    assert [(q, a) for _, _, q, a in cards] == [
        ("What is the capital of Mongolia?", "Ulaanbaatar."),
        ("Which desert covers most of Botswana?", "The Kalahari."),
    ]
    assert unanswered == [(7, "Which river flows through Baghdad?")]


def test_a_quote_without_an_answer_label_is_left_to_other_rules() -> None:
    text = "## Quotes\n\n> **Note.** Keep answers short.\n\n> **Q.** Why is the sky blue?\n\nRayleigh scattering.\n"
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "quoted-pair" for _, rule, _, _ in cards)
