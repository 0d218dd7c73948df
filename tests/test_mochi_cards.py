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


def test_star_rules_that_close_sections_do_not_make_a_card_file() -> None:
    # a digest whose sections each end in a `* * *` rule above the next heading: no rule parts a front from
    # a back, so nothing is a mochi card (and no section becomes one unanswered question)
    text = """\
# Preguntas de la semana

Resumen de las dudas del foro.

* * *

## Mecánica

> ¿Por qué se conserva el momento angular?

Porque el par externo es nulo.

> ¿Qué es un sistema inercial?

Uno en el que se cumple la primera ley de Newton.

* * *

## Ondas

> Was ist eine stehende Welle?

Die Überlagerung zweier gegenläufiger Wellen gleicher Frequenz.

* * *

Bis Montag.
"""
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "mochi-card"]
    assert not [d for d in diagnostics if d.kind == "unanswered" and "\n" in d.message]
