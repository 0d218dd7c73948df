"""A topic section whose opening quote says it is not examined (`Not on the exam`, `kein Abfragestoff`) is an
aside the author keeps, not a topic card."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

HANDBOOK = """\
---
title: Biologie – Kapitel 3 (Klasse 8)
---

# Biologie Kapitel 3 🌱

> Notes for the spring term. Corrections welcome.

[[_TOC_]]

## Cell membrane

| Part | Role |
|---|---|
| Lipids | barrier |
| Proteins | transport |

## Mitosis

```text
prophase -> metaphase -> anaphase -> telophase
```

## Osmosis

> Water moves toward the higher solute concentration.

$$\\Pi = iMRT$$

## Mnemonic

> Not on the exam — just a memory aid.

King Philip Came Over For Good Soup.
"""


def test_an_unexamined_aside_is_no_topic() -> None:
    cards, _ = cards_and_unanswered(HANDBOOK)
    assert [q for _, rule, q, _ in cards if rule == "topic"] == ["Biologie Kapitel 3 🌱", "Cell membrane", "Mitosis", "Osmosis"]


def test_a_german_note_that_a_section_is_not_examined() -> None:
    text = HANDBOOK.replace("> Not on the exam — just a memory aid.", "> kein Abfragestoff, nur zum Merken.")
    cards, _ = cards_and_unanswered(text)
    assert "Mnemonic" not in [q for _, _, q, _ in cards]
