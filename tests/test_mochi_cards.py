"""The mochi-card rule: cards between `---` rules, front and back split by a `***` rule."""

from __future__ import annotations

from tests.helpers import extract_text

GEOLOGY = """\
---
deck: Geologie::Gesteine
tags: [geo]
---

<!-- exported deck -->

# Gesteine

Was ist ein Magmatit?
***
Ein Gestein, das aus erstarrter Schmelze entsteht.

---

Name the **three** rock families.
***
- **Igneous**: cooled from melt
- **Sedimentary**: deposited and compacted
- **Metamorphic**: changed by heat and pressure

---

What does this command print?

```sh
echo $((2 + 3))
```
***
`5`

---

## Minerals

Hardness of quartz on the Mohs scale?
***

---

Which mineral fizzes in dilute acid?
***
Calcite.
"""


def test_split_segments_are_cards_and_an_empty_back_is_unanswered() -> None:
    extraction, diagnostics = extract_text(GEOLOGY)
    cards = {d.question: d for d in extraction.drafts}
    assert set(d.convention for d in extraction.drafts) == {"mochi-card"}
    assert cards["Was ist ein Magmatit?"].answer == "Ein Gestein, das aus erstarrter Schmelze entsteht."
    families = cards["Name the **three** rock families."]
    assert families.answer.startswith("- **Igneous**: cooled from melt")
    code = next(q for q in cards if q.startswith("What does this command print?"))
    assert "echo $((2 + 3))" in code
    assert cards["Which mineral fizzes in dilute acid?"].context[-1] == "Minerals"
    assert len(extraction.drafts) == 4  # the list in a back is no term-list card
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Hardness of quartz on the Mohs scale?" in unanswered


def test_a_stray_star_rule_does_not_make_a_card_file() -> None:
    text = """\
# Travel log

We left early in the morning.

***

The road was long.

---

Second day: rain.
***
We stayed in.

---

Third day.

---

Fourth day.
"""
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "mochi-card"]
    assert not [d for d in diagnostics if d.kind == "unanswered"]
