"""Question and answer labels in other languages (`P:`/`R:`, `Frage:`/`Antwort:`, `问：`/`答：` …), plain or
bold, on one line or on consecutive lines; single letters only with the answer letter of their language.

Golden fixtures live in tests/fixtures/labelled_pairs: `name.md` is extracted and every card (any
convention) and every `unanswered` report is compared with `name.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import extract_text, fixture_outcome

FIXTURES = Path(__file__).parent / "fixtures" / "labelled_pairs"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert fixture_outcome((FIXTURES / f"{name}.md").read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**P:** ¿Qué es el PIB? **R:** El valor de lo producido.",
        "P: ¿Qué es el PIB?\nR: El valor de lo producido.",
        "P：¿Qué es el PIB？R：El valor de lo producido.",
    ],
)
def test_spanish_letters_on_one_line_or_two(text: str) -> None:
    (card,) = fixture_outcome("# Economía\n\n" + text + "\n")["cards"]
    assert card[1:] == ["label-pair", "¿Qué es el PIB?", "El valor de lo producido."]


def test_a_letter_without_its_answer_is_unanswered_where_the_letter_is_answered_elsewhere() -> None:
    text = "# Historia\n\nP: ¿Quién fundó Roma?\nR: Rómulo.\n\nP: ¿Cuándo cayó Constantinopla?\n\n## Más\n"
    outcome = fixture_outcome(text)
    assert [card[2] for card in outcome["cards"]] == ["¿Quién fundó Roma?"]
    assert outcome["unanswered"] == [[6, "¿Cuándo cayó Constantinopla?"]]


@pytest.mark.parametrize(
    "text",
    [
        "F: 12 N\nA: 3 m²\n",  # force over area: values, not a question
        "P: ¿Quién fundó Roma?\nA: Rómulo.\n",  # `A:` is not the Spanish answer letter
        "D: ¿Quién pintó la Gioconda?\n",  # a lone letter in a document that never answers one
        "P: 3.2 bar at the inlet, R: 0.4 Ω across the shunt.\n",
    ],
)
def test_letters_that_are_not_labels(text: str) -> None:
    outcome = fixture_outcome("# Notes\n\n" + text)
    assert outcome == {"cards": [], "unanswered": []}


def test_a_word_label_without_an_answer_label_takes_the_lines_after_its_question() -> None:
    text = "# Geschichte\n\nFrage: Wann fiel die Mauer?\nIm November 1989.\n"
    assert fixture_outcome(text)["cards"] == [[3, "label-pair", "Wann fiel die Mauer?", "Im November 1989."]]


def test_a_bold_letter_label_leaves_the_question_whatever_rule_reads_it() -> None:
    # The answer opening the next paragraph is read by the details rule (an answer label answers what
    # stands before it); the question's letter label is dress all the same.
    text = "# Economía\n\n**P:** ¿Qué es el PIB?\n\n**R:** El valor de lo producido.\n"
    assert [card[2:] for card in fixture_outcome(text)["cards"]] == [["¿Qué es el PIB?", "El valor de lo producido."]]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("# شیمی\n\nپرسش: عدد اتمی کربن چند است؟\nپاسخ: شش\n\nپرسش: فرمول آب چیست؟\nپاسخ: H2O\n", "عدد اتمی کربن چند است؟", "شش"),
        ("# रसायन\n\nप्रश्न: जल का सूत्र क्या है?\nउत्तर: H2O\n\nप्रश्न: नमक का रासायनिक नाम क्या है?\nउत्तर: सोडियम क्लोराइड\n", "जल का सूत्र क्या है?", "H2O"),
        ("# เคมี\n\nคำถาม: น้ำมีสูตรเคมีอะไร?\nคำตอบ: H2O\n\nคำถาม: เกลือแกงคืออะไร?\nคำตอบ: โซเดียมคลอไรด์\n", "น้ำมีสูตรเคมีอะไร?", "H2O"),
    ],
    ids=["persian", "hindi", "thai"],
)
def test_plain_labels_in_other_scripts(text: str, question: str, answer: str) -> None:
    extraction, _ = extract_text(text)
    first = extraction.drafts[0]
    assert len(extraction.drafts) == 2 and first.question == question and answer in first.answer
