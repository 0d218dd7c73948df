"""Headings that only label past-paper questions (`##### [Spring 2019, Q3]`), each with its task and a
labelled solution (`**Sol.** …`): a heading of that kind whose section holds only the task (and a note to
self) is unanswered, not dropped."""

from __future__ import annotations

from tests.helpers import extract_text

_PAPER = (
    "# Thermodynamics past papers\n\n## Cycles\n\n"
    "#### [Spring 2019, Q3]\nCompute the efficiency of a Carnot engine between 600 K and 300 K.\n\n"
    "**Sol.** $1 - 300/600 = 50\\%$.\n\n"
    "#### [Fall 2018, Q1]\nWhy can no engine beat the Carnot efficiency?\n\n"
    "**Sol.** It would let heat flow from cold to hot with no work, against the second law.\n\n"
    "## Not done yet\n\n"
    "#### [Fall 2020, Q7]\nDerive the efficiency of the Otto cycle in terms of the compression ratio.\n\n"
    "#### [Fall 2020, Q8]\nExplain why a throttling process is isenthalpic.\n\n"
    "*(no solutions were published for this paper)*\n"
)


def test_a_label_heading_with_only_its_task_is_unanswered() -> None:
    extraction, _ = extract_text(_PAPER)
    assert len(extraction.drafts) == 2
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == [
        "Derive the efficiency of the Otto cycle in terms of the compression ratio.",
        "Explain why a throttling process is isenthalpic.",
    ]


def test_without_answered_label_headings_nothing_is_reported() -> None:
    text = (
        "# Notes\n\n## Cycles\n\n#### Otto\nExplain the four strokes of the Otto cycle.\n\n#### Diesel\nCompression ignition.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered" and d.question and "Otto" in d.question]
