"""The arrow-drill rule: `**T/F 3.** statement` or `**7.** sentence with a ____` items answered on the
next line or paragraph opened by an arrow (`➜`, `→`, `=>`, `->`)."""

from __future__ import annotations

from tests.helpers import extract_text

BIOLOGY = """\
# Cell biology drill

## Vrai ou faux

**V/F 1.** Les mitochondries possèdent leur propre ADN.
→ **Vrai.** Elles descendent de bactéries.

**V/F 2.** Les ribosomes sont entourés d'une membrane.
=> **Faux.**

## Fill in the blank

**7.** The enzyme that unwinds DNA is called `______`.

-> helicase

**8.** Glycolysis takes place in the `______`.
➜

## Notes to self

- Re-read chapter 4 before Friday.
- Ask about the lab schedule.
"""


def test_statements_and_blanks_answered_by_an_arrow_are_cards() -> None:
    extraction, diagnostics = extract_text(BIOLOGY)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (
            5,
            "arrow-drill",
            "Les mitochondries possèdent leur propre ADN.",
            "**Vrai.** Elles descendent de bactéries.",
            ("Vrai ou faux",),
        ),
        (8, "arrow-drill", "Les ribosomes sont entourés d'une membrane.", "**Faux.**", ("Vrai ou faux",)),
        (13, "arrow-drill", "The enzyme that unwinds DNA is called `______`.", "helicase", ("Fill in the blank",)),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(17, "Glycolysis takes place in the `______`.")]


def test_headings_and_notes_around_drill_items_are_not_cards() -> None:
    extraction, _ = extract_text(BIOLOGY)
    questions = [d.question for d in extraction.drafts]
    assert not {"Vrai ou faux", "Fill in the blank", "Notes to self"} & set(questions)
    assert not [q for q in questions if "Re-read" in q]


def test_a_lone_bold_step_with_an_arrow_is_not_a_drill() -> None:
    text = "# Setup\n\n**Step 1.** Run the installer.\n→ A window opens.\n\nThen reboot.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "arrow-drill"]


def test_bold_items_without_an_arrow_line_are_not_drills() -> None:
    text = "# Log\n\n**Day 1.** Walked ten km.\nFelt fine.\n\n**Day 2.** Rested.\n\nIt -> rained.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "arrow-drill"]


def test_options_over_an_empty_arrow_leave_the_question_unanswered() -> None:
    text = """\
# Networking quiz

**Q3. Which layer does a router work at?**
- A. Physical
- B. Data link
- C. Network

➜ **C**

**Q4. Which port does DNS use by default?**
- A. 25
- B. 53
- C. 80

➜
"""
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Which layer does a router work at?"]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Which port does DNS use by default?"]
