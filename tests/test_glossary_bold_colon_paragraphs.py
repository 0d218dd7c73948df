"""Runs of `**Term**: definition` paragraphs, one term per paragraph, wherever they stand: a glossary, as the
list form `- **Term**: …` is."""

from __future__ import annotations

from tests.helpers import extract_text

BIOLOGY = """\
# Zellbiologie

## Organellen

**Mitochondrium**: Organell, das durch Zellatmung ATP bereitstellt.

**Ribosom**: Komplex aus RNA und Proteinen, an dem die Translation abläuft.

**Lysosom**:
- *primär*: frisch vom Golgi-Apparat abgeschnürt.
- *sekundär*: mit einem Endosom verschmolzen.

**Peroxisom**:

<!-- noch nachschlagen -->

**Zentriol**: ?
"""


def test_paragraph_runs_of_bold_terms_are_glossary_cards() -> None:
    extraction, diagnostics = extract_text(BIOLOGY)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("glossary", "Mitochondrium", "Organell, das durch Zellatmung ATP bereitstellt."),
        ("glossary", "Ribosom", "Komplex aus RNA und Proteinen, an dem die Translation abläuft."),
        (
            "glossary",
            "Lysosom",
            "- *primär*: frisch vom Golgi-Apparat abgeschnürt.\n- *sekundär*: mit einem Endosom verschmolzen.",
        ),
    ]
    unanswered = [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"]
    assert [line for line, _ in unanswered] == [13, 17]
    assert "Peroxisom" in unanswered[0][1] and "Zentriol" in unanswered[1][1]


def test_the_colon_may_sit_inside_the_bold() -> None:
    text = (
        "## Economics\n\n**Inflation:** a general rise in the price level.\n\n"
        "**Deflation:** a general fall in the price level.\n\n**Stagflation:** inflation with stagnant output.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Inflation", "Deflation", "Stagflation"]


def test_two_bold_paragraphs_are_no_glossary() -> None:
    text = "## Setup\n\n**Python**: version 3.12 or later is needed.\n\n**Docker**: any recent release will do.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "glossary"]


def test_asides_questions_and_repeated_labels_make_no_run() -> None:
    text = (
        "## Week 3\n\n**Note**: bring the lab coat to every session.\n\n"
        "**Reading**: chapters four and five of the book.\n\n**Quiz**: what does a ribosome make?\n\n"
        "**Reading**: the handout on enzymes and kinetics.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "glossary"]


def test_values_that_are_not_worded_make_no_run() -> None:
    text = "## Merge sort\n\n**Best**: O(n log n)\n\n**Worst**: O(n log n)\n\n**Stable**: yes\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "glossary"]


def test_labels_repeated_across_records_are_fields_not_terms() -> None:
    text = (
        "## Cases\n\n### Donoghue v Stevenson\n\n**Facts:** a snail was found in a bottle of ginger beer.\n\n"
        "**Holding:** the manufacturer owed the consumer a duty of care.\n\n"
        "**Reasoning:** the neighbour principle reaches those closely affected.\n\n"
        "### Caparo v Dickman\n\n**Facts:** investors relied on audited company accounts.\n\n"
        "**Holding:** the auditors owed the investors no duty of care.\n\n"
        "**Reasoning:** the harm was not foreseeable to that class.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "glossary"]
