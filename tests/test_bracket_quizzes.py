"""The bracket-quiz rule: quizzes in a course format's bracket markup (LiaScript) right under their question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

FRENCH = """\
# Géographie — chapitre 2

## Les fleuves

**Quiz :** Quel fleuve traverse Lyon ?

[( )] la Loire
[(X)] le Rhône
[( )] la Garonne

Quels pays la Meuse traverse-t-elle ?

[[X]] la France
[[ ]] l'Espagne
[[X]] la Belgique
[[X]] les Pays-Bas
[[?]] Elle se jette dans la mer du Nord.

**Quiz :** Quelle est la longueur de la Seine, en kilomètres ?

[[777]]

****

Mesurée de sa source à son estuaire.

****

**Quiz :** Quel est le plus long fleuve d'Europe ?

[[???]]

**Quiz :** Quelles villes sont des capitales ?

[[ ]] Lyon
[[ ]] Marseille
"""

GERMAN = """\
## Chemie

Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?
[[Wasserstoff]]

Was gibt dieses Programm aus?

```python
print(2 ** 3)
```

[[8]]

Wie heißen die Formeln von Kochsalz und Wasser?

[[NaCl]] und [[H2O]]

Welches Metall ist bei Raumtemperatur flüssig?

[( )] Eisen
[(x)] Quecksilber

Welche Farbe zeigt Lackmus in Säure?

[[blau | (rot) | grün]]
"""

NEAR_MISS = """\
# Lesenotizen

Siehe auch:

[[Photosynthese]]

Und außerdem:

[[Zellatmung]]

- [ ] Einkaufen
- [x] Lernen
"""


def test_marked_options_and_text_inputs_are_the_backs() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("bracket-quiz", "Quel fleuve traverse Lyon ?", "le Rhône"),
        ("bracket-quiz", "Quels pays la Meuse traverse-t-elle ?", "- la France\n- la Belgique\n- les Pays-Bas"),
        (
            "bracket-quiz",
            "Quelle est la longueur de la Seine, en kilomètres ?",
            "777\n\nMesurée de sa source à son estuaire.",
        ),
    ]
    assert [c[0] for c in cards] == [5, 11, 19]
    assert [message.split(" (")[0] for _line, message in unanswered] == [
        "Quel est le plus long fleuve d'Europe ?",
        "Quelles villes sont des capitales ?",
    ]


def test_gaps_selections_code_and_questions_in_the_quiz_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?", "Wasserstoff"),
        ("Was gibt dieses Programm aus?\n\n```python\nprint(2 ** 3)\n```", "8"),
        ("Wie heißen die Formeln von Kochsalz und Wasser?", "NaCl und H2O"),
        ("Welches Metall ist bei Raumtemperatur flüssig?", "Quecksilber"),
        ("Welche Farbe zeigt Lackmus in Säure?", "rot"),
    ]
    assert not unanswered


def test_wiki_links_and_task_lists_without_quiz_marks_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert not [c for c in cards if c[1] == "bracket-quiz"]
    assert not unanswered
