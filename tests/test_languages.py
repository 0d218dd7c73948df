"""Questions written in other languages: their question and answer labels (`**Frage:**`/`**Antwort:**`,
`**Question :**`/`**Réponse :**`, `**Pregunta:**`/`**Respuesta:**`, `Q :`/`R :`) and their exam command
words (`Nennen Sie`, `Expliquez`, `Defina`), read by the shared layer so that every rule benefits.

Golden fixtures live in tests/fixtures/languages: `name.md` is extracted and every card (any convention)
and every `unanswered` report is compared with `name.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract.questions import (
    ANSWER_LABEL,
    is_question,
    starts_with_exercise,
    starts_with_imperative,
)
from tests.helpers import extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "languages"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction, diagnostics = extract_text((FIXTURES / f"{name}.md").read_text(encoding="utf-8"))
    cards = [[d.loc.line, d.convention, d.question, d.answer] for d in extraction.drafts]
    assert cards == expected["cards"]
    unanswered = [[d.loc.line, d.message] for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == expected["unanswered"]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Nennen Sie die vier Coffman-Bedingungen.", True),
        ("Erklären Sie den Begriff Paging.", True),
        ("Beschreibe den Ablauf eines Kontextwechsels.", True),
        ("Beschreiben von Prozessen", False),  # an infinitive without `Sie` names a topic
        ("Berechnen und Schätzen", False),
        ("Décrivez le rôle du Sénat.", True),
        ("Citez trois libertés fondamentales.", True),
        ("Describa el ciclo de Krebs.", True),
        ("Defina insuficiencia cardiaca.", True),
        ("Définition du contrat", False),
        ("Write-ahead logging", False),
    ],
)
def test_commands_in_other_languages(text: str, asks: bool) -> None:
    assert starts_with_imperative(text) is asks
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Antwort:** Ein Prozess.", True),
        ("**Réponse :** Le Sénat.", True),
        ("Réponse : le Sénat.", True),
        ("**Respuesta:** La mitosis.", True),
        ("R : Le président.", True),
        ("**R:** Le président.", True),
        ("Antwortzeit ist kurz.", False),
        ("R is a language for statistics.", False),
        ("R: `lm(y ~ x)`", False),  # the R language, not a label (plain `R` takes the French space)
        ("R:B ratio", False),
    ],
)
def test_answer_labels_in_other_languages(line: str, label: bool) -> None:
    assert (ANSWER_LABEL.match(line) is not None) is label


@pytest.mark.parametrize(
    ("text", "sets_task"),
    [
        ("Find the second highest salary.", True),
        ("For each customer, find the date of their last order.", True),
        ("Write a query that returns every manager.", True),
        ("Find out", False),  # too short to set a task
        ("Findings of the audit", False),
        ("The installer finds the files.", False),
    ],
)
def test_exercise_commands(text: str, sets_task: bool) -> None:
    assert starts_with_exercise(text) is sets_task
