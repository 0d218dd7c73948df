"""The rating-guide rule: an exam's numbered items answered at the end of the page, by item number, by a key
table for the multiple-choice items and by rating-guide entries (`**7** [1] Allow 1 credit for …`)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Wiederholung Chemie

## Teil A

1. Welches Element hat das Symbol Na?
   (1) Stickstoff  (2) Natrium  (3) Neon  (4) Nickel

2. Wie viele Protonen hat ein Kohlenstoffatom?
   (1) 4  (2) 6  (3) 12  (4) 14

## Teil B

*Beantworte die Fragen 3 und 4 mit Hilfe der Tabelle.*

| Stoff | Siedepunkt |
|---|---|
| Wasser | 100 °C |

3. Gib den Siedepunkt von Wasser bei Normaldruck an.
4. Erkläre, warum Eis auf Wasser schwimmt.

5. Nenne **ein** Edelgas.

---

## Bewertung

| Nr. | 1 | 2 |
|---|---|---|
| Lösung | 2 | 2 |

**3** [1] Ein Punkt für *100 °C*.

**4** [1] Ein Punkt für eine dieser Begründungen:
- Eis hat eine geringere Dichte als Wasser
- Wasserstoffbrücken bilden ein offenes Gitter

**5** [1] — Seite fehlt, nachfragen.
"""

FRENCH = """\
1. Citez la capitale de l'Australie.
2. Expliquez pourquoi le ciel est bleu.
3. Nommez le plus long fleuve de France.

## Barème

**1** [1] Accorder 1 point pour *Canberra*.

**2** [2] Accorder 2 points pour la diffusion de Rayleigh.
"""

# A numbered list and bold numbered paragraphs without a credit in brackets: no rating guide.
NEAR_MISS = """\
1. Preheat the oven.
2. Mix the flour and the eggs.

**1** Keep the butter cold.

**2** Rest the dough for an hour.
"""


def test_key_table_and_rating_guide_answer_by_number() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("rating-guide", "Welches Element hat das Symbol Na?", "(2) Natrium"),
        ("rating-guide", "Wie viele Protonen hat ein Kohlenstoffatom?", "(2) 6"),
        ("rating-guide", "Gib den Siedepunkt von Wasser bei Normaldruck an.", "Ein Punkt für *100 °C*."),
        (
            "rating-guide",
            "Erkläre, warum Eis auf Wasser schwimmt.",
            "Ein Punkt für eine dieser Begründungen:\n- Eis hat eine geringere Dichte als Wasser\n"
            "- Wasserstoffbrücken bilden ein offenes Gitter",
        ),
    ]
    assert [message for _line, message in unanswered] == ["Nenne **ein** Edelgas. (placeholder)"]


def test_rating_guide_alone_and_an_item_it_lacks() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Citez la capitale de l'Australie.", "Accorder 1 point pour *Canberra*."),
        ("Expliquez pourquoi le ciel est bleu.", "Accorder 2 points pour la diffusion de Rayleigh."),
    ]
    assert [message for _line, message in unanswered] == ["Nommez le plus long fleuve de France."]


def test_bold_numbers_without_credits_are_no_rating_guide() -> None:
    cards, _unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "rating-guide" for _line, rule, _q, _a in cards)
