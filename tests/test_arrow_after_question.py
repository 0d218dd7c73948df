"""An arrow after a question's `?` separates it from its answer on the same line, as a dash does
(questions.split_dash_answer); a `?` inside an open bracket ends no question."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import split_dash_answer


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("Welche Hormone bildet die Schilddrüse? → T3 und T4.", "Welche Hormone bildet die Schilddrüse?", "T3 und T4."),
        ("¿Quién escribió el Quijote? -> Cervantes", "¿Quién escribió el Quijote?", "Cervantes"),
        (
            "**What is latency?** → the delay before a transfer starts",
            "**What is latency?**",
            "the delay before a transfer starts",
        ),
        (
            "~~Qu'est-ce qu'un isotope ?~~ → Un atome au nombre de neutrons différent.",
            "Qu'est-ce qu'un isotope ?",
            "Un atome au nombre de neutrons différent.",
        ),
    ],
)
def test_an_arrow_after_the_question_mark_opens_the_answer(text: str, question: str, answer: str) -> None:
    assert split_dash_answer(text) == (question, answer)


@pytest.mark.parametrize(
    "text",
    [
        "Ich lege das Buch auf den Tisch. (wohin? → Akkusativ)",
        "Она сидит на стуле [где? → предложный падеж]",
        "Warum? → und wozu?",
        "Is it cached? The next line → explains",
    ],
)
def test_no_split_inside_a_bracket_or_before_another_question(text: str) -> None:
    assert split_dash_answer(text) is None
