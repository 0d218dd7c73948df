"""The one-liner rule: lists of `- Question? answer` items, one per line."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Chemie — schnell wiederholen

## Elemente

- Symbol für Eisen? Fe
- Ordnungszahl von Kohlenstoff? 6
- Wie viele Valenzelektronen hat Sauerstoff? 6 (Gruppe 16)
- Edelgas der dritten Periode?

## Labor

- Command to list the fume hood log? `hoodctl log --today`
- Boiling point of ethanol? 78 °C
- Which indicator turns pink in base? Phenolphthalein
"""


def test_one_liners_are_cards_and_an_empty_item_is_unanswered() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    cards = {d.question: d for d in extraction.drafts}
    assert cards["Ordnungszahl von Kohlenstoff?"].answer == "6"
    assert cards["Symbol für Eisen?"].answer == "Fe"
    assert cards["Command to list the fume hood log?"].answer == "`hoodctl log --today`"
    assert cards["Boiling point of ethanol?"].context[-1] == "Labor"
    assert len(extraction.drafts) == 6
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Edelgas der dritten Periode?" in unanswered


def test_practice_questions_and_hints_are_not_one_liners() -> None:
    text = """\
# Review

- What is entropy? Explain it with an example.
- Why does ice float? Give two reasons.
- What is enthalpy? (hint: heat at constant pressure)
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "one-liner"]


def test_mostly_unanswered_or_long_lists_are_left_alone() -> None:
    text = """\
# Open points

- Who owns the billing service? nobody knows
- Where do logs go?
- When is the freeze?
- How do we roll back?
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "one-liner"]


QUIZ_ROUND = """\
# Noche de trivia

## Ronda 3 — Historia

4. ¿En qué año cayó Constantinopla? (1453)
5. ¿Quién pintó la Capilla Sixtina? (Miguel Ángel)
6. Name the first emperor of Rome. (Augustus)
7. ¿Qué civilización construyó Machu Picchu? (los incas)
8. ¿Cuántas esposas tuvo Enrique VIII?
"""


def test_a_round_with_answers_in_plain_parentheses_is_read() -> None:
    extraction, diagnostics = extract_text(QUIZ_ROUND)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (5, "¿En qué año cayó Constantinopla?", "1453"),
        (6, "¿Quién pintó la Capilla Sixtina?", "Miguel Ángel"),
        (7, "Name the first emperor of Rome.", "Augustus"),
        (8, "¿Qué civilización construyó Machu Picchu?", "los incas"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (9, "¿Cuántas esposas tuvo Enrique VIII?")
    ]


def test_marks_hints_and_pages_in_parentheses_are_not_answers() -> None:
    for tails in (
        ("(2 marks)", "(3 marks)", "(5 marks)"),
        ("(easy)", "(easy)", "(hard)"),
        ("(see p. 12)", "(see p. 40)", "(see p. 71)"),
    ):
        text = "# Revision\n\n" + "".join(
            f"{n}. {q} {tail}\n"
            for n, (q, tail) in enumerate(
                zip(("What is osmosis?", "Why do cells divide?", "How does diffusion work?"), tails, strict=True), 1
            )
        )
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.answer in {t.strip("()") for t in tails}], text


def test_a_list_of_remarks_in_parentheses_is_not_a_quiz() -> None:
    text = "# Trip\n\n- We left early. (Monday)\n- The road was closed. (snow)\n- We stayed in Lyon. (two nights)\n"
    extraction, _ = extract_text(text)
    assert not extraction.drafts
