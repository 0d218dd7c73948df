"""Mind maps written as Markdown (markmap): question nodes are list items, the answer their child nodes. A
comment after a question's text (`<!-- markmap: fold -->`, the node folded until clicked) is no part of it,
and a child that is only a `❓` with a few words of a note to self leaves the question unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

MIND_MAP = """\
---
title: Géographie — carte mentale
markmap:
  initialExpandLevel: 2
---

# Géographie 🌍

## Fleuves

- Quel est le plus long fleuve de France ? <!-- markmap: fold -->
  - La Loire (1 006 km)
- Où la Seine prend-elle sa source ? <!-- markmap: fold -->
  - ❓ voir atlas p. 12
- Quel fleuve traverse Lyon et Avignon ? <!-- markmap: fold -->
  - ❓
- Pourquoi le Rhône a-t-il un débit si fort ? <!-- markmap: fold -->
  - ❓ Je crois que c'est la fonte des glaciers alpins en été, plus les affluents comme la Saône qui apportent beaucoup d'eau
"""


def test_question_nodes_lose_their_comment_and_note_to_self_children_are_unanswered():
    cards, unanswered = cards_and_unanswered(MIND_MAP)
    assert [q for _, _, q, _ in cards] == [
        "Quel est le plus long fleuve de France ?",
        "Pourquoi le Rhône a-t-il un débit si fort ?",
    ]
    assert "La Loire (1 006 km)" in cards[0][3]
    assert [message.split(" (")[0] for _, message in unanswered] == [
        "Où la Seine prend-elle sa source ?",
        "Quel fleuve traverse Lyon et Avignon ?",
    ]


def test_a_polish_outline_with_comments_after_its_questions():
    text = """\
## Ustrój

- Kto zwołuje Sejm na pierwsze posiedzenie? <!-- art. 109 -->
  - Prezydent RP
- Ilu posłów liczy Sejm? <!-- łatwe -->
  - 460
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Kto zwołuje Sejm na pierwsze posiedzenie?", "- Prezydent RP"),
        ("Ilu posłów liczy Sejm?", "- 460"),
    ]
    assert unanswered == []
