"""The qa-table rule: tables of questions and answers, one card per row.

Fixtures are `tests/fixtures/qa_tables/<name>.md` with `<name>.json` beside it: the cards the rule makes
(question, answer, 1-based line, context, tags) and its `unanswered` reports. Only the qa-table rule (and
the closing skip rule) runs, so the fixtures pin this rule's decisions whatever the other rules do; the
tests below them run the whole chain, where the rule meets the glossary and topic rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ankibuild.extract import Extraction, extract_cards
from ankibuild.extract.document import QUESTION_TABLES
from ankibuild.extract.qa_tables import extract
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import cards_and_unanswered

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "qa_tables"


def run(text: str, enabled: tuple[str, ...] | None = ("qa-table",)) -> Extraction:
    """Parse a document and run the chain over it (by default only the qa-table rule)."""
    doc = parse_document(SourceFile("notes.md", None, text, "0"), [])
    return extract_cards(doc, enabled=enabled)


def found(text: str) -> dict[str, Any]:
    """The cards as fixture dictionaries and the `unanswered` reports as `[line, message]`."""
    extraction = run(text)
    cards = [
        {"question": d.question, "answer": d.answer, "line": d.loc.line, "context": list(d.context), "tags": list(d.tags)}
        for d in extraction.drafts
    ]
    unanswered = [[d.loc.line, d.message] for d in extraction.diagnostics if d.kind == "unanswered"]
    return {"cards": cards, "unanswered": unanswered}


def _fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert found((FIXTURES / f"{name}.md").read_text(encoding="utf-8")) == expected


# In the whole chain -----------------------------------------------------------------------------------------

HANDBOOK = """\
# Geology handbook

## Plate tectonics

| Boundary | Motion | Example |
|---|---|---|
| Divergent | Apart | Mid-Atlantic Ridge |
| Convergent | Together | Andes |

## Rock cycle

```text
igneous → sedimentary → metamorphic
```

## Minerals

Minerals are told apart by hardness, cleavage and lustre; the Mohs scale ranks hardness from 1 to 10.

$$H_{quartz} = 7$$

## Earthquakes

**Magnitude**: the moment magnitude scale is logarithmic, each step about 32 times more energy.

## Quick check

| Question | Answer |
|---|---|
| What drives plate motion? | Mantle convection and slab pull. |
| What is a subduction zone? | Where one plate sinks beneath another. |

> Revise these before the field trip.
"""


def test_the_heading_above_a_question_table_is_context_never_a_topic() -> None:
    extraction = run(HANDBOOK, enabled=None)
    by_front = {d.question: d for d in extraction.drafts}
    assert "Quick check" not in by_front
    assert by_front["What drives plate motion?"].context == ("Quick check",)
    assert by_front["What is a subduction zone?"].convention == "qa-table"
    assert {"Plate tectonics", "Rock cycle", "Minerals", "Earthquakes"} <= set(by_front)  # the handbook's topics stay


def test_question_tables_are_recorded_for_the_topic_rule() -> None:
    doc = parse_document(SourceFile("notes.md", None, HANDBOOK, "0"), [])
    extract(doc, {})
    tables = [i for i, block in enumerate(doc.blocks) if block.kind == "table"]
    assert doc.derived[QUESTION_TABLES] == frozenset({tables[1]})


def test_a_glossary_table_stays_a_glossary() -> None:
    text = "## Terms\n\n| Term | Definition |\n|---|---|\n| Osmosis | Diffusion of water across a membrane. |\n| Turgor | Pressure of the cell contents on the wall. |\n"
    extraction = run(text, enabled=None)
    assert [(d.convention, d.question) for d in extraction.drafts] == [("glossary", "Osmosis"), ("glossary", "Turgor")]


def test_commands_symptoms_and_comparisons_are_not_question_tables() -> None:
    text = (FIXTURES / "not-questions.md").read_text(encoding="utf-8")
    extraction = run(text, enabled=None)
    assert not [d for d in extraction.drafts if d.convention == "qa-table"]
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_document_without_tables_is_skipped_early() -> None:
    doc = parse_document(SourceFile("notes.md", None, "## What is A?\n\nA | B is a pipe.\n", "0"), [])
    result = extract(doc, {})
    assert not result.drafts and not result.claims and QUESTION_TABLES not in doc.derived


def test_every_line_of_a_question_table_is_accounted_for() -> None:
    extraction = run((FIXTURES / "cells.md").read_text(encoding="utf-8"), enabled=None)
    assert extraction.unclassified == 0


def test_a_long_table_is_read_in_one_pass() -> None:
    rows = "".join(f"| What is item {n}? | Item {n} is the answer number {n}. |\n" for n in range(3000))
    extraction = run("## Bank\n\n| Question | Answer |\n|---|---|\n" + rows)
    assert len(extraction.drafts) == 3000 and extraction.drafts[-1].loc.line == 3004


def test_a_listed_question_answered_elsewhere_is_not_reported() -> None:
    extraction = run((FIXTURES / "question-lists.md").read_text(encoding="utf-8"), enabled=None)
    assert [d.question for d in extraction.drafts] == ["What is thrashing?", "What is a deadlock?"]
    reported = [d.message for d in extraction.diagnostics if d.kind == "unanswered"]
    assert len(reported) == 5 and "What is thrashing?" not in reported
    assert extraction.unclassified == 0


# A quiz-import spreadsheet kept as a table: numbered option columns, the correct ones named by number.
_KEYED = """\
# Revisão de geografia

| # | Pergunta | Resposta 1 | Resposta 2 | Resposta 3 | Resposta 4 | Tempo | Resposta correta |
|---|---|---|---|---|---|---|---|
| 1 | Qual é o maior oceano? | Atlântico | Pacífico | Índico | Ártico | 20 | 2 |
| 2 | Quais destes são países sul-americanos? | Chile | Gana | Peru | Laos | 30 | 1,3 |
| 3 | A Austrália é um continente. | Verdadeiro | Falso | | | 10 | 1 |
| 4 | Qual é a capital do Canadá? | Toronto | Ottawa | Vancouver | Montreal | 20 | |
"""

_UNKEYED = """\
# Vergleich

| Frage | Antwort 1 | Antwort 2 | Richtige Antwort |
|---|---|---|---|
| Wie heißt die Hauptstadt von Peru? | Lima | Quito | Lima, seit 1535 |
| Wie viele Kontinente gibt es? | sechs | sieben | sieben nach der üblichen Zählung |
"""


def test_a_table_keyed_by_option_number_answers_with_the_named_options() -> None:
    cards, unanswered = cards_and_unanswered(_KEYED)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Qual é o maior oceano?", "Pacífico"),
        ("Quais destes são países sul-americanos?", "- Chile\n- Peru"),
        ("A Austrália é um continente.", "Verdadeiro"),
    ]
    assert [message for _, message in unanswered] == ["Qual é a capital do Canadá?"]


def test_a_key_column_of_words_is_the_answer_itself() -> None:
    cards, _ = cards_and_unanswered(_UNKEYED)
    assert cards and cards[0][3].startswith("Lima")
