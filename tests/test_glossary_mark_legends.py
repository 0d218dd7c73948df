"""A two-column table whose keys are only marks (`✅`, `⏳`, `★`) that the page writes again elsewhere is the
page's legend, no glossary: no cards (the `glossary` rule's keyed tables)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

LEGEND = """\
# Lektüre 2025

| Stand | Bedeutung |
|---|---|
| ✅ | fertig gelesen und zusammengefasst |
| 📖 | angefangen, noch nicht fertig |
| ⏳ | liegt noch auf dem Stapel |

## ✅ Der Prozess

Was ist das zentrale Motiv des Romans?

## 📖 Der Zauberberg

Noch bei Kapitel drei.

## ⏳ Effi Briest
"""

# Marks that the page never uses again: a table of symbols to learn, kept.
SYMBOLS = """\
# Símbolos de matemáticas

| Símbolo | Significado |
|---|---|
| ∀ | para todo elemento del conjunto |
| ∃ | existe al menos un elemento |
| ∅ | el conjunto vacío, sin elementos |
"""


def test_a_table_of_the_marks_the_page_uses_is_its_legend() -> None:
    cards, _ = cards_and_unanswered(LEGEND)
    assert not any("fertig" in a or "Stapel" in a for _, _, _, a in cards)


def test_a_table_of_symbols_the_page_does_not_use_is_still_a_glossary() -> None:
    cards, _ = cards_and_unanswered(SYMBOLS)
    assert [q for _, _, q, _ in cards] == ["Símbolo ∀", "Símbolo ∃", "Símbolo ∅"]
