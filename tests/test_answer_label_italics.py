"""An answer label in italics (`*Answer:*`, `_A:_`) opening a back is dropped like a bold or plain one."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import strip_answer_label
from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("*Answer:* Mitochondria.", "Mitochondria."),
        ("_Answer:_ Mitochondria.", "Mitochondria."),
        ("*Answer*: Mitochondria.", "Mitochondria."),
        ("*A:* Mitochondria.", "Mitochondria."),
        ("*Antwort:* Mitochondrien.", "Mitochondrien."),
        ("*Answer is below* Mitochondria.", "*Answer is below* Mitochondria."),
        ("*a* priori reasoning", "*a* priori reasoning"),
    ],
)
def test_an_italic_answer_label_is_dropped(answer: str, expected: str) -> None:
    assert strip_answer_label(answer) == expected


def test_a_bold_question_card_has_no_italic_label_on_its_back() -> None:
    text = (
        "## Practice\n\n**Q1.** Which organelle makes most of the cell's ATP?\n\n*Answer:* The mitochondrion.\n\n"
        "**Q2.** Which molecule carries amino acids to the ribosome?\n\n*Answer:* tRNA.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.answer for d in extraction.drafts] == ["The mitochondrion.", "tRNA."]


def test_question_marks_where_the_answer_goes_leave_the_question_unanswered() -> None:
    text = (
        "## Practice\n\n**Q1.** Which organelle makes most of the cell's ATP?\n\n*Answer:* The mitochondrion.\n\n"
        "**Q2.** Which enzyme unwinds DNA?\n\n*Answer:* ??? (check the lecture slides)\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Which organelle makes most of the cell's ATP?"]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Which enzyme unwinds DNA?"]


def test_a_word_label_may_end_with_a_dash() -> None:
    from ankibuild.extract.questions import ANSWER_LABEL, drop_answer_label

    assert drop_answer_label("ਉੱਤਰ — ਮਝੈਲ।") == "ਮਝੈਲ।"
    assert drop_answer_label("**उत्तर –** ओम।") == "ओम।"
    assert drop_answer_label("**Answer—** 42") == "42"
    assert ANSWER_LABEL.match("Answering — is hard") is None
