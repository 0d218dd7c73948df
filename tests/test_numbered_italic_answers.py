"""The numbered rule on lists that answer each item in italics under it: every item is a question, whatever
its wording, where the page asks so with a question mark."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# German review questions: commands with no question mark in the second list, a picture before an answer, a
# placeholder left for later.
GERMAN = """\
# Biologie — Wiederholung

## Kurzfragen

1. Wie viele Kammern hat das Herz?

   *Vier.*

2. Welches Organ bildet die Galle?

   *Die Leber.*

## Längere Fragen

3. Beschreiben Sie den Lungenkreislauf.

   *Vom rechten Ventrikel über die Lungenarterie zur Lunge und zurück in den linken Vorhof.*

4. Skizzieren Sie einen Querschnitt des Herzens.

   ![Querschnitt](img/herz.png)

   *Vier Kammern, die Scheidewand in der Mitte.*

5. Erläutern Sie die Aufgabe der Herzklappen.

   *(später)*
"""

# Portuguese: the same layout in underscores.
PORTUGUESE = """\
# Geografia

1. Qual é a capital da Austrália?

   _Camberra._

2. Indique dois rios do Brasil.

   _Amazonas e São Francisco._
"""

# Steps with notes in italics, nothing asking: a procedure.
STEPS = """\
# Setup

1. Install the package.

   *Takes a minute.*

2. Run the tests.

   *All of them should pass.*
"""


def test_every_item_answered_in_italics_is_a_question() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Beschreiben Sie den Lungenkreislauf."] == (
        "numbered",
        "*Vom rechten Ventrikel über die Lungenarterie zur Lunge und zurück in den linken Vorhof.*",
    )
    assert found["Skizzieren Sie einen Querschnitt des Herzens."] == (
        "numbered",
        "![Querschnitt](img/herz.png)\n\n*Vier Kammern, die Scheidewand in der Mitte.*",
    )
    assert found["Wie viele Kammern hat das Herz?"] == ("numbered", "*Vier.*")
    assert [m.split(" (")[0] for _, m in unanswered] == ["Erläutern Sie die Aufgabe der Herzklappen."]


def test_underscored_italics_answer_too() -> None:
    cards, _ = cards_and_unanswered(PORTUGUESE)
    found = {q: a for _, _, q, a in cards}
    assert found["Indique dois rios do Brasil."] == "_Amazonas e São Francisco._"


def test_steps_with_notes_in_italics_are_no_questions() -> None:
    cards, unanswered = cards_and_unanswered(STEPS)
    assert all(rule != "numbered" for _, rule, _, _ in cards)
    assert unanswered == []


# Spanish chemistry symbols and a Polish idiom list: the answer in a nested bullet set in italics under a term
# that does not ask, an empty bullet left to fill in, and questions answered the same way elsewhere on the page.
NESTED = """\
# Química — símbolos

## Símbolos

1. `Fe`
   - *Hierro.*
2. `Na`
   - *Sodio.*
3. `Pb`
   -
4. `Hg`
   - *Mercurio.*

## Idiomy

- `rzucać grochem o ścianę`
  - *Mówić bez skutku.*
- `mieć muchy w nosie`
  - *Być w złym humorze.*
- `trzymać kciuki`
  -

## Preguntas

- ¿Qué gas noble llena los anuncios luminosos rojos?
  - *El neón.*
- ¿Cuál es el símbolo del oro?
  - *Au.*
"""

# A packing list with italic notes in nested bullets and nothing asking: no questions.
PACKING = """\
# Camping

1. Tent
   - *the blue one*
2. Stove
   - *check the gas*
"""


def test_a_nested_bullet_in_italics_answers_its_item() -> None:
    cards, unanswered = cards_and_unanswered(NESTED)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["`Fe`"] == ("numbered", "- *Hierro.*")
    assert found["`Hg`"][0] == "numbered"
    assert found["`mieć muchy w nosie`"] == ("numbered", "- *Być w złym humorze.*")
    assert found["¿Cuál es el símbolo del oro?"][0] == "numbered"
    assert len(found) == 7
    assert sorted(m.split(" (")[0] for _, m in unanswered) == ["`Pb`", "`trzymać kciuki`"]


def test_a_list_with_italic_notes_and_nothing_asking_is_no_question_list() -> None:
    cards, unanswered = cards_and_unanswered(PACKING)
    assert all(rule != "numbered" for _, rule, _, _ in cards)
    assert unanswered == []
