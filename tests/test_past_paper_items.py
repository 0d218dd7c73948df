"""The past-paper-item rule: a bold year-and-number label opens a question, its options under it, and a
key paragraph after it (a tick before the answer label allowed)."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Chemistry

## Past papers

**2021 Q3.** Which gas turns limewater milky?
(A) oxygen (B) carbon dioxide (C) nitrogen (D) argon

✔ Answer: (B)

**[2019] Question 12:** State the charge on an electron

✅ **Answer:** negative (−1)

**2020 Q8.** What is the pH of pure water?

---
"""


def test_year_labelled_questions_with_keys() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    assert [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts] == [
        (5, "past-paper-item", "Which gas turns limewater milky?\n(A) oxygen (B) carbon dioxide (C) nitrogen (D) argon", "(B)"),
        (10, "past-paper-item", "State the charge on an electron", "negative (−1)"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [(14, "What is the pH of pure water?")]


def test_other_languages_and_empty_keys() -> None:
    text = "# इतिहास\n\n**2018 प्रश्न 4.** प्लासी का युद्ध कब हुआ?\n\nउत्तर: १७५७\n\n**2019 Q2.** Who founded Rome?\n\nAnswer: TODO\n"
    extraction, diagnostics = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [("प्लासी का युद्ध कब हुआ?", "१७५७")]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Who founded Rome?"]


def test_a_bold_year_without_a_question_label_is_no_item() -> None:
    text = "# History\n\n**1914 events.** The war began in August.\n\nAnswer: none needed.\n\n**2020** was a leap year.\n"
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "past-paper-item"]
    assert not [d for d in diagnostics if d.kind == "unanswered" and "leap" in d.message]
