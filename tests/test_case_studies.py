"""The case-study rule: a labelled case that asks, answered by the solution quote under it."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Arbeitsrecht — Fälle

## Kündigung

Fall 1: A arbeitet seit 3 Jahren bei B. B kündigt mündlich.
Ist die Kündigung wirksam?

> Lösung: Nein. Die Kündigung bedarf der Schriftform (§ 623 BGB).

Fall 2 (Klausur 2022): B kündigt per E-Mail. Wirksam?

Case 3: an employee is dismissed during parental leave. Is the dismissal lawful?

> **Solution:** Only with the authority's prior approval (§ 17 BEEG).

Fall 4: noch offen.
"""


def test_a_case_with_its_solution_quote_is_one_card_with_the_whole_paragraph_as_front() -> None:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d for d in extraction.drafts if d.convention == "case-study"}
    front = "Fall 1: A arbeitet seit 3 Jahren bei B. B kündigt mündlich. Ist die Kündigung wirksam?"
    assert cards[front].answer == "Nein. Die Kündigung bedarf der Schriftform (§ 623 BGB)."
    assert cards[front].context == ("Kündigung",)
    english = "Case 3: an employee is dismissed during parental leave. Is the dismissal lawful?"
    assert cards[english].answer == "Only with the authority's prior approval (§ 17 BEEG)."


def test_a_case_that_asks_without_a_solution_is_unanswered() -> None:
    extraction, _ = extract_text(NOTES)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Fall 2 (Klausur 2022): B kündigt per E-Mail. Wirksam?"]
    assert not any(d.question.startswith("Fall 4") for d in extraction.drafts)


def test_case_paragraphs_without_any_solution_quote_are_left_alone() -> None:
    text = "# Notes\n\nCase 1: a patient presents with chest pain. What next?\n\n> Note: see the ECG chapter.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "case-study"]
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered" and d.question and d.question.startswith("Case 1")]


def test_a_bold_glossary_term_with_nothing_after_its_dash_is_unanswered() -> None:
    text = (
        "# Sachenrecht\n\n**Besitz** – die tatsächliche Sachherrschaft über eine Sache.\n\n"
        "**Eigentum** – das umfassende Herrschaftsrecht an einer Sache.\n\n**Ersitzung** –\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Besitz", "Eigentum"]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Ersitzung"]
