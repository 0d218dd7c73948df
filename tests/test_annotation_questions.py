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


CALLOUTS = """\
# Mortimer — Kapitel 7

> [!PDF|yellow] [[Mortimer Chemie.pdf#page=210&selection=3,0,5,12&color=yellow|Mortimer, S. 210]]
> > Ein Katalysator senkt die Aktivierungsenergie einer Reaktion, ohne selbst verbraucht zu werden.
>
> Was bewirkt ein Katalysator?

> [!PDF|green] [[Mortimer Chemie.pdf#page=212&selection=1,0,2,40&color=green|Mortimer, S. 212]]
> > Enzyme sind Proteine, die als Biokatalysatoren wirken.
>
> Erkläre den Begriff Enzym.

> [!PDF|yellow] [[Mortimer Chemie.pdf#page=213&selection=8,0,9,11&color=yellow|Mortimer, S. 213]]
> > Die Michaelis-Konstante ist die Substratkonzentration bei halbmaximaler Geschwindigkeit.

> [!PDF|red] [[Mortimer Chemie.pdf#page=214&selection=2,0,4,7&color=red|Mortimer, S. 214]]
> > Platin wird in Abgaskatalysatoren eingesetzt.
>
> Warum gerade Platin? → ask Dr. Weber in Monday's lecture

> [!PDF|blue] [[Mortimer Chemie.pdf#page=215&selection=1,0,1,9&color=blue|Mortimer, S. 215]]
> > Aufgaben ab Seite 230.
>
> Bis Freitag erledigen!

> [!PDF|yellow] [[Mortimer Chemie.pdf#page=216&selection=6,0,7,5&color=yellow|Mortimer, S. 216]]
> >
>
> Was ist ein Inhibitor? (Markierung fehlt)
"""


def test_highlight_callouts_the_comment_asks_and_the_quoted_passage_answers() -> None:
    cards, unanswered = cards_and_unanswered(CALLOUTS)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "annotation-question"] == [
        (
            3,
            "Was bewirkt ein Katalysator?",
            "Ein Katalysator senkt die Aktivierungsenergie einer Reaktion, ohne selbst verbraucht zu werden.",
        ),
        (8, "Erkläre den Begriff Enzym.", "Enzyme sind Proteine, die als Biokatalysatoren wirken."),
    ]
    # a note to ask at the next class after the question, and a highlight that did not copy, answer nothing
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [
        (16, "Warum gerade Platin?"),
        (26, "Was ist ein Inhibitor?"),
    ]
    assert len(cards) == 2  # the highlights without a question, or with a reminder under them, are no cards


def test_highlight_callouts_in_another_language() -> None:
    text = (
        "> [!quote] [[Wykład 3.pdf#page=4|s. 4]]\n> > Fotosynteza zachodzi w chloroplastach.\n>\n> Gdzie zachodzi fotosynteza?\n\n"
        "> [!quote] [[Wykład 3.pdf#page=5|s. 5]]\n> > Chlorofil pochłania światło czerwone i niebieskie.\n>\n> Jakie światło pochłania chlorofil?\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "annotation-question"] == [
        ("Gdzie zachodzi fotosynteza?", "Fotosynteza zachodzi w chloroplastach."),
        ("Jakie światło pochłania chlorofil?", "Chlorofil pochłania światło czerwone i niebieskie."),
    ]
    assert not unanswered


def test_a_callout_with_a_quote_but_no_link_back_is_left_alone() -> None:
    text = (
        "> [!note] Zitat\n> > Wissen ist Macht.\n>\n> Von wem stammt das?\n\n"
        "> [!note] Zitat\n> > Ich denke, also bin ich.\n>\n> Von wem stammt das?\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "annotation-question"]
