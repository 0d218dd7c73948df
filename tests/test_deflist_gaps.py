"""Definition lists written for pandoc or PHP Markdown Extra: a term whose `:` has nothing after it is
reported unanswered (the parser reads it as a paragraph), and an advice label in a quote among the terms
(`> **Exam tip:** …`) is no term."""

from __future__ import annotations

from tests.helpers import extract_text

ASTRONOMY = """\
# Astronomy — key terms

## Stars

Main sequence
:   The band where stars fuse hydrogen in their cores.

Red giant
:   A late stage in which the envelope swells and cools.

White dwarf
:\x20\x20\x20

Neutron star
:   The collapsed core of a massive star, held up by neutron degeneracy.

> **Exam tip:** learn the Hertzsprung–Russell diagram axes by heart.

> **Pro-Tipp:** the axes are luminosity and temperature.

## Galaxies

Hubble's law
:   Recession velocity grows in proportion to distance.

Dark matter
:
"""


def test_an_empty_definition_is_unanswered_and_a_tip_is_no_term() -> None:
    extraction, _ = extract_text(ASTRONOMY)
    assert [d.question for d in extraction.drafts] == [
        "Main sequence",
        "Red giant",
        "Neutron star",
        "Hubble's law",
    ]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["White dwarf", "Dark matter"]


def test_a_term_over_a_bare_colon_needs_definition_lists_in_the_document() -> None:
    text = "# Notes\n\n## Ideas\n\nThe plan is simple\n:\n\nWe start on Monday and finish on Friday.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_quoted_glossary_keeps_its_terms_beside_a_note() -> None:
    text = (
        "# Law glossary\n\n> **Tort:** a civil wrong that causes harm.\n> **Quick note:** torts are not crimes.\n"
        "> **Estoppel:** a bar on contradicting one's earlier position.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Tort", "Estoppel"]
