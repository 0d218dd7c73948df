"""The inline-definition rule: terms marked `<dfn>` in running prose, each defined by its sentence."""

from __future__ import annotations

from tests.helpers import extract_text

BIOLOGIE = """\
# Zellbiologie

## Organellen

Die <dfn>Mitochondrien</dfn> sind die Kraftwerke der Zelle. Sie erzeugen ATP durch Zellatmung.

Das Organell, in dem Proteine an Ribosomen entstehen, heißt <dfn title="raues endoplasmatisches Retikulum">rER</dfn>.
Ein <dfn>Lysosom</dfn> baut zellfremde Stoffe ab, z. B. Bakterien.

<dfn>Golgi-Apparat</dfn> — TODO

## Membran

La <dfn>ósmosis</dfn> es la difusión de agua a través de una membrana semipermeable.
"""


def test_each_term_is_defined_by_its_sentence() -> None:
    extraction, _ = extract_text(BIOLOGIE)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"inline-definition"}
    assert set(cards) == {"Mitochondrien", "rER", "Lysosom", "ósmosis"}
    assert cards["Mitochondrien"].answer == "Die **Mitochondrien** sind die Kraftwerke der Zelle."
    assert cards["rER"].answer == (
        "Das Organell, in dem Proteine an Ribosomen entstehen, heißt **rER** (raues endoplasmatisches Retikulum)."
    )
    assert cards["Lysosom"].answer == "Ein **Lysosom** baut zellfremde Stoffe ab, z. B. Bakterien."
    assert cards["ósmosis"].context == ("Membran",)


def test_a_term_without_a_definition_is_unanswered() -> None:
    _, diagnostics = extract_text(BIOLOGIE)
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Golgi-Apparat"]


def test_a_single_marked_term_is_left_alone() -> None:
    extraction, _ = extract_text("# Notes\n\nA <dfn>quark</dfn> is an elementary particle.\n\nMore prose here.\n")
    assert not any(d.convention == "inline-definition" for d in extraction.drafts)
