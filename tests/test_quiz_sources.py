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
