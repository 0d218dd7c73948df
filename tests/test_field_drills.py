"""The field-drill rule: sibling term headings over lists of the same bold field labels."""

from __future__ import annotations

from tests.helpers import extract_text

DRILL = """\
# Cell biology — key terms

Reading: *Campbell Biology*, ch. 7–8.

## Membranes

### 1. Osmosis
- **Definition:** diffusion of water across a selectively permeable membrane.
- **Example:** a red blood cell swelling in pure water.

### 2. Active transport
- **Definition:** movement of solutes against their gradient, using ATP.
- **Example:** the sodium–potassium pump.

### 3. Facilitated diffusion

### 4. Endocytosis
- **Definition:** the cell takes in matter by folding its membrane around it.
- **Example:** ???

## Energy

### 5. Glycolysis
- **Definition**: splitting glucose into two pyruvate in the cytosol.
- **Example**: muscle cells during a sprint.
"""


def test_each_term_heading_is_a_card_and_its_labels_are_no_terms() -> None:
    extraction, _ = extract_text(DRILL)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert set(cards) == {"Osmosis", "Active transport", "Endocytosis", "Glycolysis"}
    assert "selectively permeable" in cards["Osmosis"] and "red blood cell" in cards["Osmosis"]
    assert all(d.convention == "field-drill" for d in extraction.drafts)


def test_a_term_heading_without_a_body_is_reported_unanswered() -> None:
    extraction, _ = extract_text(DRILL)
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Facilitated diffusion"]


def test_a_reading_reference_is_no_definition() -> None:
    extraction, _ = extract_text(DRILL)
    assert "Reading" not in {d.question for d in extraction.drafts}


def test_labels_that_do_not_repeat_make_no_drill() -> None:
    notes = """\
# Trip notes

### Lisbon
- **Hotel:** near the river.

### Porto
- **Food:** francesinha.

### Braga
- **Train:** two hours.
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]


def test_two_entries_are_no_drill() -> None:
    notes = """\
# Tools

### Git
- **Use:** version control.

### Make
- **Use:** builds.
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]
