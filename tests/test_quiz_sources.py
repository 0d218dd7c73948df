"""The quiz-source rule: plain-text quiz sources (text2qti's format), a numbered question line over its
answers, the right ones marked with `*`."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ENGLISH = """\
Quiz title: Chemistry check
shuffle answers: true

Title: Acids
Points: 1
1.  Which of these is a strong acid?
a)  acetic acid
*b) hydrochloric acid
c)  citric acid
... It dissociates completely in water.
- Look at the dissociation constants again.

Title: Gases
Points: 2
2.  Which of these are noble gases?
[*] neon
[ ] nitrogen
[*] argon

3.  How many protons has a carbon atom?
=   6

4.  Name the bond between two water molecules.
*   hydrogen bond
*   H-bond

5.  Explain in your own words what a buffer does.
____
"""

GERMAN = """\
1.  Welches Metall ist bei Raumtemperatur flüssig?
a)  Eisen
*b) Quecksilber

2.  Wie viele Elektronen hat ein Heliumatom?
=   2

3.  Welche Stoffe sind Edelmetalle?
[*] Gold
[ ] Zink
[*] Platin

4.  Welche Farbe hat Kupfersulfat-Pentahydrat?
a)  rot
b)  blau
"""

NEAR_MISS = """\
1. Buy groceries
* milk
* bread

2. Call the plumber
* about the sink
"""


def test_marked_answers_are_the_backs() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("quiz-source", "Which of these is a strong acid?", "hydrochloric acid\n\nIt dissociates completely in water."),
        ("quiz-source", "Which of these are noble gases?", "neon\nargon"),
        ("quiz-source", "How many protons has a carbon atom?", "6"),
        ("quiz-source", "Name the bond between two water molecules.", "hydrogen bond"),
    ]
    assert [message.split(" (")[0] for _line, message in unanswered] == ["Explain in your own words what a buffer does."]


def test_an_item_with_no_starred_option_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Welches Metall ist bei Raumtemperatur flüssig?", "Quecksilber"),
        ("Wie viele Elektronen hat ein Heliumatom?", "2"),
        ("Welche Stoffe sind Edelmetalle?", "Gold\nPlatin"),
    ]
    assert [message for _line, message in unanswered] == ["Welche Farbe hat Kupfersulfat-Pentahydrat?"]


def test_a_numbered_list_with_bullets_is_no_quiz() -> None:
    cards, _unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "quiz-source" for _line, rule, _q, _a in cards)


RESPONDUS_ENGLISH = """\
Title: Rocks and minerals
Instructions: answer every question.

1) Which mineral is the hardest on the Mohs scale?
a. Quartz
*b. Diamond
c. Topaz
~ Diamond ranks 10, the top of the scale.

2) Granite cools slowly deep underground.
*a. True
b. False

Type: F
3) Rock formed from cooled lava is called ______ rock.
a. igneous
b. volcanic

Type: MT
4) Match each rock with its kind.
a. Granite = igneous
b. Marble = metamorphic

Type: E
5) Describe how sedimentary rock forms.
~ Model answer: layers of sediment settle, are pressed together
~ and cemented over a long time.

Type: E
6) Explain why basalt is dark.

7) Which of these is a sedimentary rock?
a. Obsidian
b. Sandstone
# key not set yet
"""

RESPONDUS_SPANISH = """\
Type: MA
1) ¿Cuáles de estos planetas son gaseosos?
*a. Júpiter
b. Marte
*c. Saturno

2) ¿Qué planeta está más cerca del Sol?
*a. Mercurio
b. Venus
"""

RESPONDUS_NEAR_MISS = """\
1) Pack for the trip
a. passport
b. charger

2) Book the hotel
a. two nights
b. near the station
"""


def test_respondus_items_star_the_right_option_and_label_their_kind() -> None:
    cards, unanswered = cards_and_unanswered(RESPONDUS_ENGLISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("quiz-source", "Which mineral is the hardest on the Mohs scale?", "Diamond\n\nDiamond ranks 10, the top of the scale."),
        ("quiz-source", "Granite cools slowly deep underground.", "True"),
        ("quiz-source", "Rock formed from cooled lava is called ______ rock.", "igneous"),
        ("quiz-source", "Match each rock with its kind.", "Granite = igneous\nMarble = metamorphic"),
        (
            "quiz-source",
            "Describe how sedimentary rock forms.",
            "Model answer: layers of sediment settle, are pressed together and cemented over a long time.",
        ),
    ]
    assert [message.split(" (")[0] for _line, message in unanswered] == [
        "Explain why basalt is dark.",
        "Which of these is a sedimentary rock?",
    ]


def test_respondus_multiple_answers_in_another_language() -> None:
    cards, unanswered = cards_and_unanswered(RESPONDUS_SPANISH)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("¿Cuáles de estos planetas son gaseosos?", "Júpiter\nSaturno"),
        ("¿Qué planeta está más cerca del Sol?", "Mercurio"),
    ]
    assert unanswered == []


def test_a_checklist_lettered_like_options_without_stars_is_no_quiz() -> None:
    cards, unanswered = cards_and_unanswered(RESPONDUS_NEAR_MISS)
    assert all(rule != "quiz-source" for _line, rule, _q, _a in cards)
    assert unanswered == []
