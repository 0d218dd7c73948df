"""An answer that only admits the question is not done (`*Not done yet — ask in office hours …*`, `(didn't
figure this one out — …?)`) is a note to self: the question is reported unanswered, never carded."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "answer",
    [
        "*Not done yet — ask in office hours whether the angle is from the horizontal.*",
        "*(didn't figure this one out — maybe something with the cache?)*",
        "I couldn't figure it out.",
        "Haven't solved this one yet, see the forum",
        "Ask in office hours.",
        "_Not attempted yet._",
    ],
)
def test_admissions_are_placeholders(answer: str) -> None:
    assert empty_reason(answer) == "placeholder"


@pytest.mark.parametrize(
    "answer",
    [
        "Not done yet is what the scheduler reports while the job runs.",
        "Ask in office hours about extensions; the deadline is firm otherwise, and late work loses 10% a day.\n\nSecond paragraph.",
        "The proof is not done by induction but by contradiction.",
    ],
)
def test_answers_that_mention_the_words_stay_answers(answer: str) -> None:
    assert empty_reason(answer) is None


def test_a_question_answered_by_an_admission_is_unanswered() -> None:
    text = (
        "# Thermo HW\n\n**Q1: What is the efficiency of the cycle?**\n\nAnswer: 42 %\n\n"
        "**Q2: How much heat leaves the condenser?**\n\nAnswer: *(didn't figure this one out — the enthalpy at state 3?)*\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["What is the efficiency of the cycle?"]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["How much heat leaves the condenser?"]
