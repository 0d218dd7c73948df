"""The bracketed-key rule: a list of exercise lines (a blank to fill in, or a tick / cross key) each keyed at
its end by its answer in bold brackets is one card per line; an empty key leaves the line unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Biology in English, fill-in-the-blank and true/false.
BIOLOGY = """\
# Cell biology revision

### Fill in the blanks

1. Plants take in __________ through their stomata. **(carbon dioxide)**
2. The powerhouse of the cell is the __________. **(mitochondrion)**
3. Light is bent when it passes into __________. **(      )**

### True or false

4. Red blood cells have a nucleus. **(✗)** — mammalian ones lose it.
5. Enzymes are proteins. **(✓)**
"""

# Physics in German, dotted blanks.
PHYSIK = """\
# Physik — Lückentext

- Die Einheit der Kraft ist das .......... . **(Newton)**
- Schall breitet sich im Vakuum .......... aus. **(nicht)**
"""

# History in Spanish: notes that end with a bold aside, no blank and no mark.
HISTORIA = """\
# Historia — recordatorios

1. Repasar la Revolución Francesa **(importante)**
2. Leer el capítulo de la Independencia **(para el lunes)**
"""


def test_each_line_is_a_card_with_its_key() -> None:
    cards, unanswered = cards_and_unanswered(BIOLOGY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Plants take in __________ through their stomata."] == ("bracketed-key", "carbon dioxide")
    assert found["The powerhouse of the cell is the __________."] == ("bracketed-key", "mitochondrion")
    assert found["Red blood cells have a nucleus."] == ("bracketed-key", "✗ — mammalian ones lose it.")
    assert found["Enzymes are proteins."] == ("bracketed-key", "✓")
    assert "Fill in the blanks" not in found and "True or false" not in found


def test_an_empty_key_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(BIOLOGY)
    assert not any(q.startswith("Light is bent") for _, _, q, _ in cards)
    assert [m for _, m in unanswered] == ["Light is bent when it passes into __________."]


def test_dotted_blanks_in_a_bullet_list() -> None:
    cards, _ = cards_and_unanswered(PHYSIK)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bracketed-key", "Die Einheit der Kraft ist das .......... .", "Newton"),
        ("bracketed-key", "Schall breitet sich im Vakuum .......... aus.", "nicht"),
    ]


def test_notes_ending_with_a_bold_aside_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(HISTORIA)
    assert not any(rule == "bracketed-key" for _, rule, _, _ in cards)
    assert not unanswered
