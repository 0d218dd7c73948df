"""The boxed-key rule: numbered questions drawn in a text box inside a code fence, answered by the numbered
list after the last box whose numbers are the boxes'."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ERSTE_HILFE = """\
# Erste Hilfe — Kapitel 2

Die Antworten stehen am Ende der Datei.

```text
+--------------------------------------------------+
| WISSENSCHECK 2.1                                 |
|                                                  |
| 1. Wie viele Herzdruckmassagen vor zwei          |
|    Beatmungen?                                   |
| 2. Wo drückt man bei Erwachsenen?                |
+--------------------------------------------------+
```

Text zwischen den Kästen.

```
┌──────────────────────────────────────────┐
│ 3. ¿Cuál es el número de emergencias     │
│    en Europa?                            │
│ 4. ¿Qué es la posición lateral de        │
│    seguridad?                            │
└──────────────────────────────────────────┘
```

## Lösungen

1. **30** Kompressionen, dann 2 Beatmungen.
2. Mitte des Brustkorbs, untere Hälfte des Brustbeins.
3. El **112**.
4. (lo pregunto al instructor — no lo apunté)
"""


def test_boxed_questions_answered_by_the_key_list() -> None:
    cards, unanswered = cards_and_unanswered(ERSTE_HILFE)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (9, "boxed-key", "Wie viele Herzdruckmassagen vor zwei Beatmungen?", "**30** Kompressionen, dann 2 Beatmungen."),
        (11, "boxed-key", "Wo drückt man bei Erwachsenen?", "Mitte des Brustkorbs, untere Hälfte des Brustbeins."),
        (19, "boxed-key", "¿Cuál es el número de emergencias en Europa?", "El **112**."),
    ]
    assert unanswered == [(21, "¿Qué es la posición lateral de seguridad? (placeholder)")]


def test_a_box_without_a_matching_key_is_left_alone() -> None:
    text = """\
# Notizen

```text
+----------------------------+
| 1. Wie viele Knochen?      |
| 2. Wie viele Muskeln?      |
+----------------------------+
```

## Schritte

1. Tasche packen.
2. Losgehen.
3. Ankommen.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "boxed-key"]
    assert not [u for u in unanswered if "Knochen" in u[1]]
