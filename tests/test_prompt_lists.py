"""The prompt-list rule: essay or exam prompts listed without answers in a Q/A review are reported
unanswered; a how-to's numbered steps are left alone."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_REVIEW = "# Biology midterm review\n\n## Cells\n\n**Q:** What makes most of the cell's ATP? **A:** The mitochondrion.\n\n"


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("## Possible essay prompts", ["Compare mitosis and meiosis.", "Explain why enzymes denature when heated."]),
        ("### Discussion questions", ["Discuss the ethics of gene drives.", "Why do islands host so many endemic species?"]),
        ("## Review questions (no key)", ["Describe the light reactions.", "Outline the Krebs cycle in four steps."]),
    ],
)
def test_listed_prompts_are_unanswered(heading: str, items: list[str]) -> None:
    listed = "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
    extraction, _ = extract_text(_REVIEW + f"{heading}\n\n{listed}\n(no model answers, talk it through in the group)\n")
    assert len(extraction.drafts) == 1
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == items


def test_bullet_prompts_are_unanswered_too() -> None:
    text = _REVIEW + "## Sample exam questions\n\n- Evaluate the endosymbiotic theory.\n- Justify the use of model organisms.\n"
    extraction, _ = extract_text(text)
    assert len([d for d in extraction.diagnostics if d.kind == "unanswered"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a how-to's steps, under a heading naming a review
        _REVIEW + "## Peer review\n\n1. Open the shared folder.\n2. Add your comments in the margin.\n",
        # prompts mixed with plain items
        _REVIEW + "## Essay prompts\n\n1. Compare mitosis and meiosis.\n2. Chapter 4 pages 80-95.\n",
        # a single prompt
        _REVIEW + "## Essay prompts\n\n1. Compare mitosis and meiosis.\n",
        # command words under a heading that names no prompts
        _REVIEW + "## Lab procedure\n\n1. Describe the sample on the label.\n2. Calculate the dilution.\n",
    ],
)
def test_other_lists_are_left_alone(text: str) -> None:
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_prompts_alone_are_not_a_review() -> None:
    text = "# Reading list\n\n## Essay prompts\n\n1. Compare mitosis and meiosis.\n2. Explain osmosis.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered" and "mitosis" in d.question]


# Past exam questions are often bare topics to expound, in any language: each is reported unanswered.
@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("## Questions from past exams", ["Passive solidarity: presumption and recourse.", "The Calvin cycle."]),
        ("## Fragen aus Altklausuren", ["Die Gewaltenteilung im Grundgesetz.", "Unterschied zwischen Miete und Pacht."]),
        ("## Preguntas de exámenes anteriores", ["La fotosíntesis C4.", "El ciclo de Krebs y su regulación."]),
    ],
)
def test_past_exam_questions_are_unanswered_whatever_their_words(heading: str, items: list[str]) -> None:
    listed = "".join(f"{n}. {item}\n" for n, item in enumerate(items, 1))
    extraction, _ = extract_text(_REVIEW + f"{heading}\n\n{listed}")
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == items


def test_a_past_exam_item_with_its_options_below_is_left_to_the_choice_rules() -> None:
    # The near miss: multiple-choice items carry their options (and the answer in bold) on the lines below.
    text = _REVIEW + (
        "## Preguntas tipo examen\n\n1) ¿Qué orgánulo hace la fotosíntesis?\n   a) Mitocondria\n   b) **Cloroplasto**\n\n"
        "2) ¿Dónde se replica el ADN?\n   a) **Núcleo**\n   b) Ribosoma\n"
    )
    extraction, _ = extract_text(text)
    assert not any("fotosíntesis" in d.question for d in extraction.diagnostics if d.kind == "unanswered")


def test_the_contents_under_a_title_naming_past_exam_questions_are_no_prompts() -> None:
    # The near miss: the document's title names past exam questions and a table of contents follows it.
    text = (
        "# Biologie — Fragen aus Altklausuren\n\n- [Klausur 2023](#klausur-2023)\n- [Klausur 2024](#klausur-2024)\n\n"
        "## Klausur 2023\n\n**Frage 1:** Was ist Osmose?\n\n**Antwort:** Diffusion von Wasser.\n"
    )
    extraction, _ = extract_text(text)
    assert [d for d in extraction.diagnostics if d.kind == "unanswered"] == []
