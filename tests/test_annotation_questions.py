"""The annotation-question rule: reading notes of highlighted passages, each followed by the link to its page
and the reader's comment; a comment behind a question label asks, the passage answers."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ENGLISH = """\
# Campbell (2020) — *Biology*

## Annotations

"Osmosis moves water across a membrane towards the higher solute concentration." ([Campbell, 2020, p. 12](zotero://select/library/items/AB12)) ([pdf](zotero://open-pdf/library/items/CD34?page=12&annotation=EF56)) Q: which way does water move in osmosis?

"A line worth keeping for its wording." ([Campbell, 2020, p. 14](zotero://select/library/items/AB12)) nice phrase

"The loop of Henle sets up the concentration gradient of the medulla." ([Campbell, 2020, p. 30](zotero://select/library/items/AB12)) Question: what sets up the medullary gradient? (check the figure)

Question for the seminar: how do aquaporins select water? ([Campbell, 2020, p. 33](zotero://select/library/items/AB12))
"""

GERMAN = """\
„Ein Katalysator senkt die Aktivierungsenergie einer Reaktion.“ ([Mortimer, 2019, S. 210](zotero://select/items/X1)) Frage: Was bewirkt ein Katalysator?

„Enzyme sind Proteine, die als Biokatalysatoren wirken.“ ([Mortimer, 2019, S. 212](zotero://select/items/X1)) Frage: Was sind Enzyme?

Frage: Warum ist Platin ein guter Katalysator? — Seite nicht markiert ([Mortimer, 2019, S. 215](zotero://select/items/X1))
"""

NEAR_MISS = """\
Q: What is osmosis? ([source](https://example.org/osmosis))
A: The movement of water across a membrane.

Read more ([wiki](https://example.org/wiki)) about it.
"""


def test_labelled_comment_asks_and_the_passage_answers() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "annotation-question",
            "which way does water move in osmosis?",
            '"Osmosis moves water across a membrane towards the higher solute concentration."',
        ),
        (
            "annotation-question",
            "what sets up the medullary gradient?",
            '"The loop of Henle sets up the concentration gradient of the medulla."',
        ),
    ]
    assert [message for _line, message in unanswered] == ["how do aquaporins select water?"]


def test_other_languages_and_an_unhighlighted_question() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [q for _line, _rule, q, _a in cards] == ["Was bewirkt ein Katalysator?", "Was sind Enzyme?"]
    assert [message for _line, message in unanswered] == ["Warum ist Platin ein guter Katalysator?"]


def test_explicit_question_with_a_source_link_is_left_to_its_rule() -> None:
    cards, _unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "annotation-question" for _line, rule, _q, _a in cards)


# E-reader highlight exports: the passage ends with its location link, the reader's notes are listed under it.
SPANISH_HIGHLIGHTS = """\
# Química general

## Subrayados

Un catalizador rebaja la energía de activación sin consumirse en la reacción. — ubicación: [210](kindle://book?action=open&asin=B0TEST&location=210)

- 📝 ¿Qué hace un catalizador con la energía de activación?

---

¿Y qué queda de la teoría del flogisto? Nada, salvo su historia. — ubicación: [240](kindle://book?action=open&asin=B0TEST&location=240)

- 📝 buena frase para el ensayo

---

Las enzimas son proteínas que actúan como catalizadores biológicos. — ubicación: [260](kindle://book?action=open&asin=B0TEST&location=260)

- 📝 ¿Qué son las enzimas?
- 📝 ⏳ ¿Por qué el platino cataliza tan bien? El libro no lo dice.
"""

POLISH_HIGHLIGHTS = """\
Mitochondria wytwarzają większość ATP komórki. — lokalizacja: [88](kindle://book?action=open&asin=B0PL&location=88)

- 🗒 Gdzie powstaje większość ATP?

Rybosomy składają białka według mRNA. — lokalizacja: [95](kindle://book?action=open&asin=B0PL&location=95)

- 🗒 Co robią rybosomy?
"""

# A paragraph closed by a link over an ordinary list, and one lone noted question: no reading-notes export.
HIGHLIGHTS_NEAR_MISS = """\
The tutorial is online. — see: [the course page](https://example.org/course)

- Does the lab need goggles?
- Which room is it in?

A single highlight. — location: [12](kindle://book?action=open&asin=B0X&location=12)

- 📝 Is this one alone?
"""


def test_noted_highlights_ask_and_the_passage_answers() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_HIGHLIGHTS)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "annotation-question",
            "¿Qué hace un catalizador con la energía de activación?",
            "Un catalizador rebaja la energía de activación sin consumirse en la reacción.",
        ),
        ("annotation-question", "¿Qué son las enzimas?", "Las enzimas son proteínas que actúan como catalizadores biológicos."),
    ]
    assert [message for _line, message in unanswered] == ["¿Por qué el platino cataliza tan bien? (placeholder)"]


def test_noted_highlights_in_another_language_and_note_mark() -> None:
    cards, unanswered = cards_and_unanswered(POLISH_HIGHLIGHTS)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Gdzie powstaje większość ATP?", "Mitochondria wytwarzają większość ATP komórki."),
        ("Co robią rybosomy?", "Rybosomy składają białka według mRNA."),
    ]
    assert unanswered == []


def test_a_link_over_an_ordinary_list_is_no_export() -> None:
    cards, _unanswered = cards_and_unanswered(HIGHLIGHTS_NEAR_MISS)
    assert all(rule != "annotation-question" for _line, rule, _q, _a in cards)
