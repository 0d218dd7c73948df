"""The graded-form rule: a form response pasted after grading, each question a bold line with its score,
answered by the key or by a response the grader marked right."""

from __future__ import annotations

from tests.helpers import extract_text

FORM = """\
# Quiz Erdkunde (meine Kopie)

**Gesamtpunkte 3/5**

**Name** \\*

Lea

**1. Welcher Fluss fließt durch Wien?** \\* ✔ 1/1

- ( ) Rhein
- (●) Donau
- ( ) Elbe

**2. ¿Cuál es la capital de Australia?** \\* ✘ 0/1

Your answer: Sídney

Correct answer: Canberra

**3. Welche Länder grenzen an die Schweiz?** \\* ✘ 0/1

- [x] Deutschland
- [ ] Österreich
- [x] Spanien

Correct answer

- [x] Deutschland
- [x] Österreich

Feedback: Spanien grenzt an Frankreich, nicht an die Schweiz.

**4. Wie heißt der höchste Berg Europas?** \\* ✘ 0/1

Your answer: Zugspitze

**5. Erkläre den Treibhauseffekt. (2 pts)** \\* 0/2

No answer
"""


def test_entries_are_answered_by_the_key_or_a_right_response() -> None:
    extraction, diagnostics = extract_text(FORM)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (9, "graded-form", "Welcher Fluss fließt durch Wien?", "Donau"),
        (15, "graded-form", "¿Cuál es la capital de Australia?", "Canberra"),
        (
            21,
            "graded-form",
            "Welche Länder grenzen an die Schweiz?",
            "- Deutschland\n- Österreich\n\nFeedback: Spanien grenzt an Frankreich, nicht an die Schweiz.",
        ),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Wie heißt der höchste Berg Europas?",
        "Erkläre den Treibhauseffekt.",
    ]


def test_the_form_fields_and_the_total_are_no_cards() -> None:
    extraction, _ = extract_text(FORM)
    assert all(d.question not in ("Name", "Gesamtpunkte 3/5") for d in extraction.drafts)


def test_bold_lines_with_a_ratio_but_no_verdicts_are_left_alone() -> None:
    text = "# Notizen\n\n**Mischung 1** 3/4\n\nWasser und Salz.\n\n**Mischung 2** 1/2\n\nÖl und Essig.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "graded-form"]
