"""Heading questions, admonition answers and metadata tags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract.answers import metadata_tags
from ankibuild.extract.questions import clean_question, is_question
from tests.helpers import convention_golden, extract_text


def test_heading_question_takes_section_body_as_answer() -> None:
    text = "# Notes\n\n## Basics\n\n### What is a tensor?\n\nA multi-dimensional array.\n\n### Vectors\n\nPlain topic.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer, d.loc.line) for d in extraction.drafts] == [("What is a tensor?", "A multi-dimensional array.", 5)]
    assert extraction.drafts[0].context == ("Basics",)
    assert extraction.drafts[0].tags == ("topic::basics",)


def test_answer_includes_non_question_subheadings_and_stops_at_next_question() -> None:
    text = (
        "## What is overfitting?\n- fits noise\n\n#### Prevention:\n- regularise\n\n"
        "## What is underfitting?\nToo simple.\n"
    )
    extraction, _ = extract_text(text)
    first, second = extraction.drafts
    assert "#### Prevention:" in first.answer and "regularise" in first.answer
    assert "Too simple" not in first.answer
    assert second.answer == "Too simple."


def test_collapsible_admonition_is_unwrapped_and_metadata_becomes_tags() -> None:
    text = (
        "### Explain L1 vs L2 - Amazon, Microsoft Interview Question\n\n"
        "**Difficulty:** 🟡 Medium | **Tags:** `Regularization`, `Feature Selection` | **Asked by:** Amazon, Meta\n\n"
        '??? success "View Answer"\n\n    **Core:** penalties differ.\n\n    !!! tip "Interviewer\'s Insight"\n        Mention Elastic Net.\n\n---\n'
    )
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.question == "Explain L1 vs L2"
    assert draft.answer.startswith("**Core:** penalties differ.")
    assert '!!! tip "Interviewer\'s Insight"\n    Mention Elastic Net.' in draft.answer
    assert "Difficulty" not in draft.answer and "---" not in draft.answer
    assert set(draft.tags) == {
        "difficulty::medium",
        "topic::regularization",
        "topic::feature_selection",
        "asked_by::amazon",
        "asked_by::meta",
        "asked_by::microsoft",
    }


def test_unanswered_heading_is_reported_not_carded() -> None:
    extraction, diagnostics = extract_text("## What is entropy?\n\n## What is KL divergence?\nA divergence.\n")
    assert [d.question for d in extraction.drafts] == ["What is KL divergence?"]
    unanswered = [d for d in diagnostics if d.kind == "unanswered"]
    assert [(str(d.loc), d.message) for d in unanswered] == [("notes.md:1", "What is entropy?")]
    assert extraction.unanswered == 1


def test_question_cleaning() -> None:
    assert clean_question("12. What is bagging?") == ("What is bagging?", ())
    assert clean_question("3) What is boosting? [[src](http://x.y)]") == ("What is boosting?", ())
    assert clean_question("Q3: Why ReLU? ###") == ("Why ReLU?", ())
    assert clean_question("What is PCA? - Google, Amazon Interview Question") == ("What is PCA?", ("Google", "Amazon"))
    assert is_question("Explain attention") and is_question("Compare SGD and Adam")
    assert not is_question("Vectors") and not is_question("Explanation")
    assert not is_question("Links [faq](http://x.y/?q=1)")


def test_metadata_line_needs_labels() -> None:
    assert metadata_tags("**Difficulty:** Hard") == ("difficulty::hard",)
    assert metadata_tags("**Definition**: a thing") is None
    assert metadata_tags("Plain text | with pipes") is None


def test_unclassified_blocks_are_reported() -> None:
    extraction, diagnostics = extract_text("# Title\n\nSome intro prose.\n\n## What is X?\nX.\n")
    assert extraction.unclassified == 1
    (diag,) = [d for d in diagnostics if d.kind == "unclassified"]
    assert str(diag.loc) == "notes.md:3"


def test_answer_label_leaves_the_answer_but_a_short_answer_stays() -> None:
    extraction, _ = extract_text("## What is A?\nAnswer: the first letter.\n\n## What is B?\nB.\n\n## What is C?\n**Answer:** C.\n")
    assert [d.answer for d in extraction.drafts] == ["the first letter.", "B.", "C."]


def test_details_answer_under_a_question_heading_is_unwrapped() -> None:
    text = "## What is a tensor?\n\n<details><summary>Answer</summary>\n\nA multi-dimensional array.\n\n</details>\n"
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert "<details" not in draft.answer and draft.answer.strip() == "A multi-dimensional array."
    assert draft.answer_tokens == ()


def test_highlights_in_answers_render_as_mark() -> None:
    from ankibuild.render import render_draft

    extraction, _ = extract_text("## What matters?\n\nThe ==learning rate== matters; x == y is a comparison.\n")
    (draft,) = extraction.drafts
    html = render_draft(draft).answer_html
    assert "<mark>learning rate</mark>" in html and "x == y" in html


HEADING_FIXTURES = Path(__file__).parent / "fixtures" / "headings"


@pytest.mark.parametrize("name", sorted(p.stem for p in HEADING_FIXTURES.glob("*.md")))
def test_heading_fixture(name: str) -> None:
    """Golden fixtures: `name.md` is extracted; its `heading` cards and all `unanswered` reports are compared
    with `name.json` (numbered topic entries among numbered questions, decorated titles)."""
    expected = json.loads((HEADING_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    found = convention_golden(HEADING_FIXTURES / f"{name}.md", "heading")
    assert found["cards"] == expected["cards"]
    assert found["unanswered"] == expected["unanswered"]
    assert found["other_cards"] == expected.get("other_cards", [])


def test_a_glued_heading_id_is_no_part_of_the_question_or_its_context() -> None:
    text = (
        "# Optik\n\n## Streuung[[streuung]]\n\n### Warum ist der Himmel blau?[[himmel-blau]]\n\n"
        "Kurzwelliges Licht wird stärker gestreut.\n\n### Pourquoi le couchant est-il rouge ? [[Diffusion]]\n\n"
        "Le trajet dans l'air est plus long.\n"
    )
    extraction, _ = extract_text(text)
    assert [(d.question, d.context) for d in extraction.drafts] == [
        ("Warum ist der Himmel blau?", ("Streuung",)),
        ("Pourquoi le couchant est-il rouge ? [[Diffusion]]", ("Streuung",)),  # a link standing apart stays
    ]


def test_a_heading_asking_whether_the_reader_has_questions_is_a_signpost() -> None:
    text = (
        "# Optik\n\n### Warum ist der Himmel blau?\n\nKurzwelliges Licht wird stärker gestreut.\n\n"
        "### Pourquoi le couchant est-il rouge ?\n\nLe trajet dans l'air est plus long.\n\n"
        "## Noch Fragen?\n\nFrag im [Forum](https://forum.example.org) nach.\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Warum ist der Himmel blau?", "Pourquoi le couchant est-il rouge ?"]
    assert not any("Noch Fragen" in d.message for d in diagnostics if d.kind == "unanswered")
