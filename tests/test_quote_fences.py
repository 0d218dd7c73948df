"""The quote-fence rule: question headings answered inside GitLab multi-line quotes, a `>>>` line above the
answer and one below it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Chemie — Prüfungsfragen

## Säuren und Basen

### 1. Was ist ein Puffer?

>>>
Eine Lösung aus schwacher Säure und ihrer konjugierten Base, die den pH-Wert stabil hält.
>>>

### 2. Berechnen Sie den pH-Wert

Gegeben ist Salzsäure mit c = 0,01 mol/l.

>>>
$pH = -\\log_{10}(0{,}01) = 2$
>>>

### 3. Warum ist diese Formel falsch?

```text
H2O2 -> H2O + O2
```

>>>
Sie ist nicht ausgeglichen: richtig ist `2 H2O2 -> 2 H2O + O2`.
>>>

### 4. Was beschreibt die Henderson-Hasselbalch-Gleichung?

>>>
TODO
>>>

### 5. Nennen Sie zwei Indikatoren.

>>>
>>>

### Warum mag niemand Titrationen?

Nur ein Witz aus der Vorlesung, nicht prüfungsrelevant.
"""

SPANISH = """\
## Geografía

### ¿Cuál es el río más largo de Sudamérica?

>>>
El Amazonas.

```mermaid
graph LR
  Andes --> Atlántico
```
>>>

### ¿Cómo se calcula una distancia en Python?

>>>
```python
>>>
>>> abs(-14)
14
```
>>>

### ¿Qué separa Europa de África?

>>>
El estrecho de Gibraltar.
>>>

```text
14 km en su punto más estrecho
```
"""

PYTHON_SESSION = """\
### What does this print?

    >>> 1 + 1

>>>

The prompt of the interpreter, nothing more.
"""


def test_the_quote_answers_the_heading_above_it() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "quote-fence",
            "Was ist ein Puffer?",
            "Eine Lösung aus schwacher Säure und ihrer konjugierten Base, die den pH-Wert stabil hält.",
        ),
        (
            "quote-fence",
            "Berechnen Sie den pH-Wert\n\nGegeben ist Salzsäure mit c = 0,01 mol/l.",
            "$pH = -\\log_{10}(0{,}01) = 2$",
        ),
        (
            "quote-fence",
            "Warum ist diese Formel falsch?",
            "```text\nH2O2 -> H2O + O2\n```\n\nSie ist nicht ausgeglichen: richtig ist `2 H2O2 -> 2 H2O + O2`.",
        ),
    ]
    assert [message for _line, message in unanswered] == [
        "Was beschreibt die Henderson-Hasselbalch-Gleichung? (placeholder)",
        "Nennen Sie zwei Indikatoren.",
    ]


def test_a_heading_without_a_quote_is_an_aside() -> None:
    cards, _unanswered = cards_and_unanswered(GERMAN)
    assert all("Titrationen" not in q for _line, _rule, q, _a in cards)


def test_fences_inside_the_quote_and_blocks_after_it_belong_to_the_answer() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("¿Cuál es el río más largo de Sudamérica?", "El Amazonas.\n\n```mermaid\ngraph LR\n  Andes --> Atlántico\n```"),
        ("¿Cómo se calcula una distancia en Python?", "```python\n>>>\n>>> abs(-14)\n14\n```"),
        ("¿Qué separa Europa de África?", "El estrecho de Gibraltar.\n\n```text\n14 km en su punto más estrecho\n```"),
    ]
    assert unanswered == []


def test_a_lone_quote_line_is_no_convention() -> None:
    cards, _unanswered = cards_and_unanswered(PYTHON_SESSION)
    assert all(rule != "quote-fence" for _line, rule, _q, _a in cards)
