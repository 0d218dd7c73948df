"""A heading that names a topic (`### Warfarin monitoring and reversal`) answered by a short bullet list,
among question headings of its level, is an entry of the same Q&A; in a handbook of topic headings, or over
a long list, it stays a topic."""

from __future__ import annotations

from tests.helpers import extract_text

DRUGS = """\
# Anticoagulants

## Oral agents

### How does warfarin work?
Inhibits vitamin K epoxide reductase.

### Warfarin monitoring and reversal
- Monitor with INR, target 2-3
- Reverse with vitamin K and prothrombin complex

### Which DOAC inhibits thrombin directly?
Dabigatran.

### Why avoid DOACs in mechanical valves?
Higher thrombosis and bleeding rates than warfarin.

### What is the antidote to dabigatran?
Idarucizumab.
"""


def test_a_topic_heading_over_a_short_list_among_question_headings() -> None:
    extraction, _ = extract_text(DRUGS)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards["Warfarin monitoring and reversal"].startswith("- Monitor with INR")
    assert len(extraction.drafts) == 5


def test_a_long_list_under_a_topic_heading_is_not_an_entry() -> None:
    items = "\n".join(f"- Step {n}: prepare the reagent number {n} and label its tube clearly" for n in range(1, 12))
    text = DRUGS.replace("- Monitor with INR, target 2-3\n- Reverse with vitamin K and prothrombin complex", items)
    extraction, _ = extract_text(text)
    assert "Warfarin monitoring and reversal" not in {d.question for d in extraction.drafts}


def test_topic_headings_of_a_handbook_stay_topics() -> None:
    text = (
        "# Lab handbook\n\n## Safety\n\n### Gloves and goggles\n- Nitrile gloves\n- Splash goggles\n\n"
        "### Waste disposal rules\n- Sharps bin\n- Solvent drum\n\n### Why label tubes?\nSo nothing is mixed up.\n"
    )
    extraction, _ = extract_text(text)
    assert "Gloves and goggles" not in {d.question for d in extraction.drafts}
    assert "Waste disposal rules" not in {d.question for d in extraction.drafts}
