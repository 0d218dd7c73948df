"""The yaml-card rule: question lists kept as YAML data in ```` ```yaml ```` fences."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

HISTORY = """\
# HIST 210 — Early modern Europe

My deck script reads the YAML blocks; the rest is notes.

## Week 3 — The Reformation

Luther, Zwingli, Calvin; the printing press spreads pamphlets fast.

```yaml
- q: In which year were the Ninety-five Theses posted?
  a: 1517
- q: Which city did Calvin reform?
  a: Geneva
- q: What did the Diet of Worms decide about Luther?
  a:   # TODO check the edict's wording
```

## Week 4 — Wars of religion

```yml
- question: Which treaty ended the Thirty Years' War?
  answer: The Peace of Westphalia (1648)
- question: Name two Catholic powers of the war.
  answer:
    - Spain
    - the Holy Roman Emperor
```

## Week 5 — Absolutism

```YAML
cards:
  - front: Who said "L'État, c'est moi"?
    back: |
      Louis XIV (attributed).
      The quote is probably apocryphal.
  - front: What was the Fronde?
    back: A series of French civil wars (1648–1653).
```
"""


def test_each_mapping_of_a_yaml_question_list_is_a_card() -> None:
    extraction, diagnostics = extract_text(HISTORY)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"yaml-card"}
    assert cards["In which year were the Ninety-five Theses posted?"].answer == "1517"
    assert cards["In which year were the Ninety-five Theses posted?"].loc.line == 10
    assert cards["Which city did Calvin reform?"].context[-1] == "Week 3 — The Reformation"
    assert cards["Which treaty ended the Thirty Years' War?"].answer == "The Peace of Westphalia (1648)"
    assert cards["Name two Catholic powers of the war."].answer == "- Spain\n- the Holy Roman Emperor"
    louis = cards["Who said \"L'État, c'est moi\"?"]
    assert louis.answer == "Louis XIV (attributed).\nThe quote is probably apocryphal."
    assert "What was the Fronde?" in cards
    assert len(extraction.drafts) == 6  # the lecture headings over the fences are no topic cards
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "What did the Diet of Worms decide about Luther?" in unanswered


def test_other_yaml_is_no_card() -> None:
    text = """\
# Deploying the app

Set the service up like this:

```yaml
services:
  - name: web
    image: nginx:1.25
  - name: db
    image: postgres:16
```

```yaml
- question: [broken
  answer: oops
```
"""
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "yaml-card"]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


FRONT_MATTER_FAQ = """\
---
title: "Photosynthèse — FAQ"
tags: [biologie, 1re]
faq:
  - question: "Où se déroule la phase photochimique ?"
    answer: "Dans la membrane des thylakoïdes."
  - question: "Quel gaz est libéré ?"
    answer: >-
      Le dioxygène, issu de la photolyse
      de l'eau.
  - question: "Quel est le rôle de la RuBisCO ?"
    answer: ""   # à compléter
---

# Photosynthèse

Le texte de la page ; la FAQ est rendue par le gabarit.

{{< faq >}}
"""


def test_a_front_matter_question_list_is_read_like_a_yaml_fence() -> None:
    extraction, diagnostics = extract_text(FRONT_MATTER_FAQ)
    assert [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts] == [
        (5, "yaml-card", "Où se déroule la phase photochimique ?", "Dans la membrane des thylakoïdes."),
        (7, "yaml-card", "Quel gaz est libéré ?", "Le dioxygène, issu de la photolyse de l'eau."),
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [(11, "Quel est le rôle de la RuBisCO ?")]


def test_a_jekyll_faq_with_a_block_list_answer_and_sections_of_reference_tables() -> None:
    # A page of reference tables around its front matter FAQ is no handbook: its sections are no topic cards.
    tables = "\n\n".join(
        f"## Tabelle {n}\n\n| Jahr | Ereignis |\n|---|---|\n| 18{n}0 | Gründung |\n| 18{n}5 | Reform |" for n in range(1, 4)
    )
    text = f"""\
---
layout: faq
faq:
  - question: "Wann wurde die Universität gegründet?"
    answer: "1810."
  - question: "Welche Fakultäten gab es zuerst?"
    answer: |
      - Theologie
      - Recht
  - question: "Wer war der erste Rektor?"
    answer: "Theodor Schmalz."
  - question: "Wo stand das erste Gebäude?"
    answer: "Im Prinz-Heinrich-Palais."
---

{tables}
"""
    extraction, _ = extract_text(text)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("yaml-card", "Wann wurde die Universität gegründet?", "1810."),
        ("yaml-card", "Welche Fakultäten gab es zuerst?", "- Theologie\n- Recht"),
        ("yaml-card", "Wer war der erste Rektor?", "Theodor Schmalz."),
        ("yaml-card", "Wo stand das erste Gebäude?", "Im Prinz-Heinrich-Palais."),
    ]


def test_front_matter_lists_of_other_mappings_are_left_alone() -> None:
    text = """\
---
title: Team
authors:
  - name: Ana
    role: editor
menu:
  - title: Home
    url: /
---

# Team

What is our release process? We ship every second Tuesday.
"""
    extraction, diagnostics = extract_text(text)
    assert not any(d.convention == "yaml-card" for d in extraction.drafts)
    assert not any(d.kind == "unanswered" for d in diagnostics)


QUIZ_TOML = """\
# Chemie — Kapitel 3: Säuren und Basen

Meine Fragen im Format des Quiz-Präprozessors, eine Tabelle pro Frage.

## 3.1 Brønsted

{{#quiz ../quizzes/kap03.toml}}

```toml
[[questions]]
type = "ShortAnswer"
prompt.prompt = "Wie heißt ein Teilchen, das Protonen abgibt?"
answer.answer = "Eine Säure"
context = "Nach Brønsted: Protonendonator."

[[questions]]
type = "MultipleChoice"
prompt.prompt = "Welchen pH-Wert hat reines Wasser bei 25 °C?"
prompt.distractors = ["0", "14"]
answer.answer = "7"

[[questions]]
type = "ShortAnswer"
prompt.prompt = "Was ist die konjugierte Base von \\"HCl\\"?"
answer.answer = ""  # TODO nachschlagen
```

## 3.2 Pendiente

```toml
[[questions]]
type = "ShortAnswer"
prompt.prompt = "¿Qué es una disolución amortiguadora?"
# answer.answer = ???

[[questions]]
type = "ShortAnswer"
prompt = { prompt = "¿Qué indicador vira en torno a pH 9?" }
answer = { answer = "La fenolftaleína" }
```
"""


def test_each_table_of_a_toml_question_array_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(QUIZ_TOML)
    assert cards == [
        (12, "yaml-card", "Wie heißt ein Teilchen, das Protonen abgibt?", "Eine Säure\n\nNach Brønsted: Protonendonator."),
        (18, "yaml-card", "Welchen pH-Wert hat reines Wasser bei 25 °C?", "7"),
        (38, "yaml-card", "¿Qué indicador vira en torno a pH 9?", "La fenolftaleína"),
    ]
    # an empty answer and one commented out are unanswered, never dropped
    assert unanswered == [
        (24, 'Was ist die konjugierte Base von "HCl"?'),
        (33, "¿Qué es una disolución amortiguadora?"),
    ]


def test_other_toml_is_no_card() -> None:
    text = """\
# Mise en place du livre

```toml
[book]
title = "Notes de cours"
authors = ["Camille"]

[preprocessor.quiz]
```

```toml
[[questions]]
prompt.prompt = "Une table sans fin
```

```toml
[[questions]]
type = "ShortAnswer"
title = "Première question"
answer.answer = "Aucune clé de question"
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [card for card in cards if card[1] == "yaml-card"]
    assert not unanswered


QUIZ_JSON = """\
# Geografía — mazo de repaso

El script lee los bloques `json deck`; un objeto suelto es sólo el formato:

```json
{ "q": "¿Tu pregunta?", "a": "Tu respuesta", "tags": ["opcional"] }
```

## Ríos

```json deck
[
  {
    "q": "¿Cuál es el río más largo de la península ibérica?",
    "a": "El Tajo",
    "tags": ["ríos"]
  },
  {"q": "¿En qué mar desemboca el Ebro?", "a": "En el Mediterráneo", "tags": []},
  {"q": "¿Qué río pasa por Sevilla?", "a": "", "tags": []}
]
```

## Flüsse

```json
{"cards": [
  {"question": "Welcher Fluss fließt durch Wien?", "answer": ["die Donau", "der Wienfluss"]},
  {"question": "Wo entspringt der Rhein?", "answer": null}
]}
```
"""


def test_each_object_of_a_json_question_array_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(QUIZ_JSON)
    assert cards == [
        (14, "yaml-card", "¿Cuál es el río más largo de la península ibérica?", "El Tajo"),
        (18, "yaml-card", "¿En qué mar desemboca el Ebro?", "En el Mediterráneo"),
        (27, "yaml-card", "Welcher Fluss fließt durch Wien?", "- die Donau\n- der Wienfluss"),
    ]
    # `""` and `null` leave the question unanswered; the lone example object is documentation
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [
        (19, "¿Qué río pasa por Sevilla?"),
        (28, "Wo entspringt der Rhein?"),
    ]


def test_other_json_is_no_card() -> None:
    text = """\
# Réponse de l'API

```json
[{"id": 1, "name": "Lyon"}, {"id": 2, "name": "Nantes"}]
```

```json
[{"question": "Une chaîne sans fin
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [card for card in cards if card[1] == "yaml-card"]
    assert not unanswered
