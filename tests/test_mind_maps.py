"""Flashcards drawn as a Mermaid mind map: a question node's child is its answer, topics and the root are
not questions, a placeholder child or no child leaves the question unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Erdkunde — Flüsse

## Europa und Afrika

```mermaid
mindmap
  root((Flüsse))
    Europa
      q1(Durch welche Hauptstadt fließt die Donau zuerst?)
        a1[Wien]
      q2(Wo entspringt der Rhein?)
        a2[Am Tomasee in den Schweizer Alpen]
      q3(In welches Meer mündet die Elbe?)
        ❓
    Afrika
      q4(Welcher Fluss ist der längste Afrikas?)
        a4[Der Nil]
      q5(Welcher Fluss fließt zweimal über den Äquator?)
```
"""


def test_each_question_node_is_answered_by_its_child_and_topics_are_not_questions():
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert cards == [
        (9, "mind-map", "Durch welche Hauptstadt fließt die Donau zuerst?", "Wien"),
        (11, "mind-map", "Wo entspringt der Rhein?", "Am Tomasee in den Schweizer Alpen"),
        (16, "mind-map", "Welcher Fluss ist der längste Afrikas?", "Der Nil"),
    ]
    assert unanswered == [
        (13, "In welches Meer mündet die Elbe? (placeholder)"),
        (18, "Welcher Fluss fließt zweimal über den Äquator?"),
    ]


def test_bare_questions_under_the_root_with_lists_icons_and_markdown_strings():
    text = """\
## Química — enlaces

```mermaid
mindmap
  root)Enlaces(
    ¿Qué es un enlace iónico?
      ::icon(fa fa-bolt)
      Transferencia de electrones entre un metal y un no metal
    ¿Qué tipos de enlace covalente hay?
      Simple
      Doble
      Triple
    ¿Qué propiedades tiene un metal?
      "`**Brillo** y conductividad`"
        eléctrica
        térmica
    %% pendiente: puentes de hidrógeno
    ¿Qué es la electronegatividad?
      TODO
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert cards == [
        (6, "mind-map", "¿Qué es un enlace iónico?", "Transferencia de electrones entre un metal y un no metal"),
        (9, "mind-map", "¿Qué tipos de enlace covalente hay?", "- Simple\n- Doble\n- Triple"),
        (13, "mind-map", "¿Qué propiedades tiene un metal?", "**Brillo** y conductividad\n\n- eléctrica\n- térmica"),
    ]
    assert unanswered == [(18, "¿Qué es la electronegatividad? (placeholder)")]


def test_a_mind_map_of_topics_and_other_diagrams_stay_untouched():
    text = """\
# Historia Polski

```mermaid
mindmap
  root((Piastowie))
    Mieszko I
      chrzest 966
      Dobrawa
    Bolesław Chrobry
      koronacja 1025
      zjazd gnieźnieński
```

```mermaid
flowchart TD
    A[Czy król miał następcę?] --> B[Tak]
    A --> C[Nie]
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "mind-map" for _, rule, _, _ in cards)
    assert not any("Mieszko" in q or "Bolesław" in q or "następcę" in q for _, _, q, _ in cards)
    assert unanswered == []
