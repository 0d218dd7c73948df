"""Multiple-choice questions as headings over a ```` ```diff ```` fence of options: the `+` option answers,
the explanation under the fence follows it, a fence marking no option is unanswered, a patch stays code."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

LOG = """\
# Prüfungsvorbereitung Chemie

## Welches Element hat die Ordnungszahl 8?

```diff
  A) Stickstoff
+ B) Sauerstoff
- C) Fluor
```

> Sauerstoff: 8 Protonen im Kern.

## Richtig oder falsch: Edelgase bilden nie Verbindungen.

```diff
  Richtig
+ Falsch
```

## Welche Bindung hält zwei Wassermoleküle zusammen?

```diff
  A) Ionenbindung
  B) Wasserstoffbrücke
```

Unsicher — nachschlagen.
"""


def test_the_plus_option_answers_and_the_quote_under_the_fence_explains():
    cards, unanswered = cards_and_unanswered(LOG)
    assert cards == [
        (3, "diff-choice", "Welches Element hat die Ordnungszahl 8?", "B) Sauerstoff\n\n> Sauerstoff: 8 Protonen im Kern."),
        (13, "diff-choice", "Richtig oder falsch: Edelgase bilden nie Verbindungen.", "Falsch"),
    ]
    assert unanswered == [(20, "Welche Bindung hält zwei Wassermoleküle zusammen? (no option marked right)")]


def test_a_french_log_lists_several_right_options():
    text = """\
### Quelles planètes sont gazeuses ?

```diff
+ Jupiter
+ Saturne
- Mars
```

### Quelle est la plus petite planète ?

```diff
  Vénus
+ Mercure
```
"""
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("diff-choice", "Quelles planètes sont gazeuses ?", "- Jupiter\n- Saturne"),
        ("diff-choice", "Quelle est la plus petite planète ?", "Mercure"),
    ]


def test_a_patch_under_its_headings_stays_code():
    text = """\
## ¿Qué cambió en la versión 2?

```diff
--- a/app.py
+++ b/app.py
@@ -1,2 +1,2 @@
- x = 1
+ x = 2
```

## ¿Y en la versión 3?

```diff
- y = 1
+ y = 3
```
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "diff-choice" for _, rule, _, _ in cards)


def test_a_question_heading_over_the_writers_reflection_beside_the_choices_is_an_aside():
    text = """\
## Warum bin ich beim ersten Versuch durchgefallen?

Ich habe zu schnell gelesen und mein Zeitplan war schlecht.

## Welches Gas atmen Pflanzen aus?

```diff
+ Sauerstoff
  Stickstoff
```

## Wie viele Protonen hat Kohlenstoff?

```diff
- 12
+ 6
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("diff-choice", "Welches Gas atmen Pflanzen aus?", "Sauerstoff"),
        ("diff-choice", "Wie viele Protonen hat Kohlenstoff?", "6"),
    ]
    assert unanswered == []
