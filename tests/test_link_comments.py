"""The link-comment rule: questions answered by the Markdown link-reference comment under them
(`[//]: # (…)`), which no renderer shows."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

SHEET = """\
# Astronomie — semaine 3

[//]: # (brouillon : relire avant de partager)

## Le Soleil

- Quelle couche du Soleil voit-on ?

[//]: # (La photosphère.)

- Pourquoi la couronne est-elle si chaude ?

[//]: # (On ne le sait pas encore tout à fait ; les ondes magnétiques sont la piste principale.)

- Was gibt dieses Programm aus?

  ```python
  print(sum(range(4)))
  ```

[//]: # (6)

## Les planètes

- ¿Cuántas lunas tiene Marte?

[comment]: <> (Dos: Fobos y Deimos.)

- Welcher Planet hat die längste Rotationsperiode?

[//]: # ()

- Qu'est-ce qu'une planète naine ?

[//]: # (TODO — revoir le cours du 12)

- Warum ist Venus so heiß?

Nous n'avons pas eu le temps d'en parler.
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_the_comment_under_a_question_is_its_answer() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(SHEET) if rule == "link-comment"]
    assert cards == [
        ("Quelle couche du Soleil voit-on ?", "La photosphère."),
        (
            "Pourquoi la couronne est-elle si chaude ?",
            "On ne le sait pas encore tout à fait ; les ondes magnétiques sont la piste principale.",
        ),
        ("Was gibt dieses Programm aus?\n\n```python\nprint(sum(range(4)))\n```", "6"),
        ("¿Cuántas lunas tiene Marte?", "Dos: Fobos y Deimos."),
    ]


def test_an_empty_or_placeholder_comment_or_none_leaves_the_question_unanswered() -> None:
    assert _unanswered(SHEET) == [
        "Welcher Planet hat die längste Rotationsperiode?",
        "Qu'est-ce qu'une planète naine ?",
        "Warum ist Venus so heiß?",
    ]


def test_a_note_to_self_comment_is_no_answer() -> None:
    extraction, _ = extract_text(SHEET)
    assert not any("brouillon" in d.answer or "brouillon" in d.question for d in extraction.drafts)


def test_one_commented_question_alone_is_no_convention() -> None:
    text = "# Notizen\n\n- Warum schlägt der Build fehl?\n\n[//]: # (Logs prüfen)\n\n- Was ist ein Linker?\n"
    assert not [c for c in drafted_cards(text) if c[0] == "link-comment"]


def test_comments_after_statements_and_ordinary_references_are_left_alone() -> None:
    text = """\
# Reading list

- The first chapter covers the basics.

[//]: # (check the second edition)

- The second chapter covers [types][t].

[//]: # (shorten this)

[t]: https://example.org/types "Types"
"""
    assert not [c for c in drafted_cards(text) if c[0] == "link-comment"]
    assert not _unanswered(text)


# A worksheet: bold-numbered questions with a marks note, the line to write on, then the hidden answer with its
# label (Dutch and Spanish); a question left without a comment.
WORKSHEET = """\
# Aardrijkskunde — herhaling

**1.** Wat is de hoofdstad van Canada? *(1 punt)*

_______________________________________

[//]: # (Antwoord: Ottawa.)

**2.** ¿Por qué el Nilo se desborda cada verano? *(2 puntos)*

_______________________________________

[//]: # (Respuesta: Por las lluvias monzónicas en las tierras altas de Etiopía.)

**3.** Waarom is de Noordzee zo ondiep? *(2 punten)*

_______________________________________

**4.** ¿En qué año se abrió el canal de Panamá?

_______________________________________

[//]: # (Respuesta: 1914. Lo construyeron los Estados Unidos.)
"""


def test_a_comment_under_the_answer_line_answers_the_question_above_it() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(WORKSHEET) if rule == "link-comment"]
    assert cards == [
        ("Wat is de hoofdstad van Canada?", "Ottawa."),
        ("¿Por qué el Nilo se desborda cada verano?", "Por las lluvias monzónicas en las tierras altas de Etiopía."),
        ("¿En qué año se abrió el canal de Panamá?", "1914\\. Lo construyeron los Estados Unidos."),
    ]
    assert [q.split(" *(")[0] for q in _unanswered(WORKSHEET)] == ["Waarom is de Noordzee zo ondiep?"]


def test_a_comment_under_the_answer_line_of_a_statement_is_left_alone() -> None:
    text = """\
# Recepten

**1.** Meng de bloem met het zout.

_______________________________________

[//]: # (nog nakijken)

**2.** Laat het deeg een uur rijzen.

_______________________________________

[//]: # (foto toevoegen)
"""
    assert not [c for c in drafted_cards(text) if c[0] == "link-comment"]
