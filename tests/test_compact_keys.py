"""The compact-key rule: bold-numbered exam items answered by number in a key at the end of the sheet,
several entries to a line (`1-b · 2-c · 3-a`), longer answers as bold-numbered list items."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Geography in English.
GEOGRAPHY = """\
# Geography mock exam

## Part I — Multiple choice

**1.** Which river flows through Cairo?
   a) Niger   b) Nile   c) Congo   d) Zambezi

**2.** What is the capital of Canada?
   a) Toronto   b) Vancouver   c) Ottawa   d) Montreal

## Part II — True or false

**3.** The Sahara is the largest hot desert. ____

**4.** Mount Kilimanjaro is in Kenya. ____

## Part III — Short answers

**5.** Name two causes of desertification.

**6.** Why do monsoons bring heavy rain?

## Key

**Parts I and II:** 1-b · 2-c · 3-T · 4-F (it is in Tanzania)

**Part III:**

- **5)** Overgrazing and deforestation.
- **6)** *(not written yet — ask on Thursday)*
"""

# Chemistry in Polish: a key with commas and `1) a` entries.
CHEMIA = """\
# Chemia — sprawdzian

**1.** Jaki jest symbol sodu?
   a) S   b) Na   c) So

**2.** Ile protonów ma atom węgla?
   a) 6   b) 12   c) 14

**3.** Czy woda przewodzi prąd?
   a) tak   b) nie

## Klucz

**Odpowiedzi:** 1) b, 2) a, 3) a
"""

# History in Spanish: numbered paragraphs and a line of dates that only looks like a run (no items keyed).
HISTORIA = """\
# Historia

**1.** La Revolución Francesa empezó en 1789.

**2.** Napoleón fue coronado en 1804.

## Fechas

Capítulos 1-a · 2-b · 3-c del libro de texto.
"""


def test_each_item_is_a_card_with_its_key() -> None:
    cards, _ = cards_and_unanswered(GEOGRAPHY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Which river flows through Cairo?"] == ("compact-key", "a) Niger   b) Nile   c) Congo   d) Zambezi\n\nb")
    assert found["What is the capital of Canada?"][1].endswith("c")
    assert found["The Sahara is the largest hot desert."] == ("compact-key", "T")
    assert found["Mount Kilimanjaro is in Kenya."] == ("compact-key", "F (it is in Tanzania)")
    assert found["Name two causes of desertification."] == ("compact-key", "Overgrazing and deforestation.")


def test_a_placeholder_key_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAPHY)
    assert not any(q.startswith("Why do monsoons") for _, _, q, _ in cards)
    assert [m.split(" (")[0] for _, m in unanswered] == ["Why do monsoons bring heavy rain?"]


def test_a_key_of_bracketed_numbers_and_commas() -> None:
    cards, _ = cards_and_unanswered(CHEMIA)
    assert [(rule, q, a.rsplit("\n", 1)[-1]) for _, rule, q, a in cards] == [
        ("compact-key", "Jaki jest symbol sodu?", "b"),
        ("compact-key", "Ile protonów ma atom węgla?", "a"),
        ("compact-key", "Czy woda przewodzi prąd?", "a"),
    ]


def test_numbered_statements_without_a_key_stay_untouched() -> None:
    cards, _ = cards_and_unanswered(HISTORIA)
    assert not any(rule == "compact-key" for _, rule, _, _ in cards)
