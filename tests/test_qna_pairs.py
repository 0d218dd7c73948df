"""Chat-bot knowledge bases (`# ? question` headings): the first fence of each pair answers, the wordings
under the heading and the pair's metadata stay off the card, one-word small talk is skipped."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

KB = """\
> # Bibliotheks-Bot
> !# @kb.name = bibliothek

> !# @qna.pair.source = ausleihe

<a id = "1"></a>

# ? Wie lange darf ich ein Buch ausleihen?
- Leihfrist
- wie lange ausleihen

```markdown
Vier **Wochen**; zweimal online verlängerbar.
```

**Filters:**
- bereich = ausleihe

<a id = "2"></a>

# ? Wo finde ich die Fernleihe?
- Fernleihe bestellen

```markdown
```

<a id = "3"></a>

# ? Was kostet ein verlorener Ausweis?

```markdown
TODO — Gebühr bei der Verwaltung erfragen.
```

**Prompts:**
- [Wie lange darf ich ein Buch ausleihen?](#1)

<a id = "4"></a>

# ? Hallo
- hi

```markdown
Hallo! Frag mich etwas zur Bibliothek.
```
"""


def test_each_pair_is_a_card_answered_by_its_fence_alone():
    cards, unanswered = cards_and_unanswered(KB)
    assert cards == [(8, "qna-pair", "Wie lange darf ich ein Buch ausleihen?", "Vier **Wochen**; zweimal online verlängerbar.")]
    assert unanswered == [
        (21, "Wo finde ich die Fernleihe?"),
        (29, "Was kostet ein verlorener Ausweis? (placeholder)"),
    ]


def test_a_spanish_base_keeps_a_code_fence_whole_and_skips_small_talk():
    text = """\
# ? ¿Cómo se imprime en Python?
- imprimir texto

```python
print("hola")
```

# ? ¿Qué es una lista?

```md
Una secuencia **mutable** de valores.
```

# ? ¿Preguntas?

```markdown
Escríbeme tu pregunta.
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("qna-pair", "¿Cómo se imprime en Python?", '```python\nprint("hola")\n```'),
        ("qna-pair", "¿Qué es una lista?", "Una secuencia **mutable** de valores."),
    ]
    assert unanswered == []


def test_a_lone_heading_opening_with_a_question_mark_is_left_to_the_heading_rule():
    text = """\
# Notes de chimie

## ? Pourquoi le sel fond-il la glace ?

```text
Il abaisse le point de congélation de l'eau.
```
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "qna-pair" for _, rule, _, _ in cards)
