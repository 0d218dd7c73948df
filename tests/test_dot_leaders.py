"""Dot-leader lines (`prompt ....... answer`) in plain-text fences and lists."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN_FENCE = """\
# Physik — Merkblatt

## Konstanten

```text
Lichtgeschwindigkeit im Vakuum ........ 299 792 458 m/s
Erdbeschleunigung, Mittelwert ......... 9,81 m/s²
Elementarladung ....................... 1,602 · 10⁻¹⁹ C
```

## Einheiten

- Einheit der Kraft ................... Newton (N)
- Einheit der Leistung ................ Watt (W)
- Einheit der magnetischen Flussdichte  .......
- Wie hängen Arbeit und Leistung zusammen? → P = W / t
"""


def test_leader_lines_in_a_fence_and_a_list_make_cards() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_FENCE)
    leaders = [(line, q, a) for line, rule, q, a in cards if rule == "dot-leader"]
    assert leaders == [
        (6, "Lichtgeschwindigkeit im Vakuum", "299 792 458 m/s"),
        (7, "Erdbeschleunigung, Mittelwert", "9,81 m/s²"),
        (8, "Elementarladung", "1,602 · 10⁻¹⁹ C"),
        (13, "Einheit der Kraft", "Newton (N)"),
        (14, "Einheit der Leistung", "Watt (W)"),
    ]
    # a leader with nothing after it: the prompt is unanswered
    assert [line for line, _ in unanswered] == [15]
    assert "Einheit der magnetischen Flussdichte" in unanswered[0][1]
    # the item with an arrow is left to the rule of that separator
    assert ("line-pair", "Wie hängen Arbeit und Leistung zusammen?") in [(rule, q) for _, rule, q, _ in cards]


def test_the_section_titles_over_leader_lines_are_no_topics() -> None:
    cards, _ = cards_and_unanswered(GERMAN_FENCE)
    assert not any(q in ("Konstanten", "Einheiten") for _, _, q, _ in cards)


SPANISH_NUMBERED = """\
# Anatomía — repaso rápido

1. ¿Cuántos huesos tiene el adulto? ............ 206
2. Hueso más largo del cuerpo .................. el fémur
3. Músculo principal de la respiración ......... ??? (mirar el libro)
"""


def test_numbered_leader_items_drop_their_number_and_a_placeholder_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_NUMBERED)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "dot-leader"] == [
        (3, "¿Cuántos huesos tiene el adulto?", "206"),
        (4, "Hueso más largo del cuerpo", "el fémur"),
    ]
    assert [line for line, _ in unanswered] == [5]


NEAR_MISSES = """\
# Build log

```python
print("loading" + "....")
total = compute()  # slow ....... very slow
```

```text
step one .......... done
```

- Waited.... then the build went on
- Fetched the sources

## Contents

- Introduction ................ 1
- Setting up the runner ....... 7
- Caching ..................... 12
"""


def test_code_fences_a_single_leader_dots_in_prose_and_a_table_of_contents_make_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISSES)
    assert not any(rule == "dot-leader" for _, rule, _, _ in cards)
    assert unanswered == []
