"""The user's five notes, end to end: card counts per file and per convention, checked by hand.

Each count was read off the seed itself (see the golden lists beside the convention tests for the exact
questions): seed 001 has 49 answered heading questions; the handbook 65 bold questions and scenarios,
95 glossary rows (101 table rows, 6 of them repeat a topic or another row and are kept once), 64 topic cards
and four heading questions (`What is Data Science?` and the comparisons `Data Science vs ML vs AI vs Deep
Learning`, `Correlation vs Causation`, `Bagging vs Boosting`); the dump's inner files 4 + 51 + 24 heading
questions (two `###` lines of DataScienceQnA.md are sub-titles, one PythonQnA.md question is written twice)
and 30 numbered questions.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from tests.helpers import SOURCE


@pytest.fixture(scope="module")
def seed_cards() -> list[dict]:
    result = CliRunner().invoke(main, ["cards", str(SOURCE), "--json"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seed_check() -> dict:
    return json.loads(CliRunner().invoke(main, ["check", str(SOURCE), "--format", "json"]).stdout)


def test_cards_per_file_and_convention(seed_cards: list[dict]) -> None:
    counts = Counter((c["source"], c["part"], c["convention"]) for c in seed_cards)
    assert counts == {
        ("amazon-breadth-and-depth.md", None, "heading"): 1,
        ("amazon-breadth-and-depth.md", None, "bare-line"): 3,
        ("machine-learning-interview-questions.md", None, "heading"): 49,
        ("ds-ai-ml-interview-handbook.md", None, "bold-question"): 65,
        ("ds-ai-ml-interview-handbook.md", None, "glossary"): 95,
        ("ds-ai-ml-interview-handbook.md", None, "topic"): 64,
        ("ds-ai-ml-interview-handbook.md", None, "heading"): 4,
        ("mle-interview-questions-repo.md", "Chips_Machine_Learning_Interviews_Book/chapter5.md", "numbered"): 2,
        ("mle-interview-questions-repo.md", "Chips_Machine_Learning_Interviews_Book/chapter7.md", "numbered"): 15,
        ("mle-interview-questions-repo.md", "MLE_Interview_QnA/case_study_company_A.md", "numbered"): 13,
        ("mle-interview-questions-repo.md", "MLE_Interview_QnA/AgenticAIQnA.md", "heading"): 4,
        ("mle-interview-questions-repo.md", "MLE_Interview_QnA/DataScienceQnA.md", "heading"): 51,
        ("mle-interview-questions-repo.md", "MLE_Interview_QnA/PythonQnA.md", "heading"): 24,
    }
    assert not any(c["source"] == "guide-to-ml-interviews.md" for c in seed_cards)  # an outline and a guide


def test_amazon_notes_golden(seed_cards: list[dict], seed_check: dict) -> None:
    cards = [(c["line"], c["question_text"]) for c in seed_cards if c["source"] == "amazon-breadth-and-depth.md"]
    assert cards == [
        (143, "How do you interpret logistic regression?"),
        (145, "How does dropout work?"),
        (148, "What is L1 vs. L2 regularization?"),
        (158, "Having a categorical variable with thousands of distinct values, how would you encode it?"),
    ]
    unanswered = [(d["line"], d["message"]) for d in seed_check["diagnostics"] if d["source"] == "amazon-breadth-and-depth.md" and d["kind"] == "unanswered"]
    assert unanswered == [
        (151, "What is the difference between bagging and boosting?"),
        (152, "Explain in detail how a 1D CNN works. (only links)"),
        (155, "Describe a case where you have solved an ambiguous business problem using machine learning."),
    ]


def test_every_block_is_accounted_for(seed_check: dict) -> None:
    """Nothing is lost silently: per file, cards + unanswered + skipped + unclassified cover the notes, and
    every unclassified block is listed with its line."""
    listed = Counter((d["source"], d["part"]) for d in seed_check["diagnostics"] if d["kind"] == "unclassified")
    for file in seed_check["files"]:
        assert listed[(file["source"], file["part"])] == file["unclassified"]
    assert seed_check["errors"] == 0
    assert sum(f["unanswered"] for f in seed_check["files"]) == 86  # 3 + 83 (7 of them NOT ANSWERED)


def test_mojibake_seed_is_repaired(seed_cards: list[dict], seed_check: dict) -> None:
    infos = [d for d in seed_check["diagnostics"] if d["kind"] == "encoding"]
    assert [(d["source"], d["message"]) for d in infos] == [("machine-learning-interview-questions.md", "repaired UTF-8 text that had been read as Mac Roman")]
    text = " ".join(c["answer_html"] for c in seed_cards if c["source"] == "machine-learning-interview-questions.md")
    assert "→" in text and "λ" in text and "‚Üí" not in text and "Œª" not in text
