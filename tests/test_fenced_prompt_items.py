"""Drill items numbered by a bold number alone (`**1.**`), each a plain-text fence holding a line of data to
read (a chess position, a chemical formula, a sentence to parse) and an italic label under it (`*Lösung:*`,
`*Solución:*`): the fence is the front though it ends no sentence, the text after the label the back (the
`fenced-prompt` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN_PARSING = """\
# Satzglieder bestimmen

**1.**

```text
Der alte Mann gibt dem Kind heute einen Apfel
```

*Lösung:* Subjekt „der alte Mann“; Dativobjekt „dem Kind“; Akkusativobjekt „einen Apfel“; Temporaladverbial „heute“.

**2.**

```text
Wegen des Regens blieben wir den ganzen Tag zu Hause
```

*Lösung:* Kausaladverbial „wegen des Regens“; Subjekt „wir“; Lokaladverbial „zu Hause“.

**3.**

```text
Morgen schreibt die Klasse eine schwierige Arbeit in Mathe
```

*Lösung:* _TODO — Lehrerin fragen, ob „in Mathe“ Attribut ist._
"""

SPANISH_FORMULAS = """\
# Nomenclatura

**1.**

```
H2 S O4 en disolución acuosa diluida
```

_Solución:_ ácido sulfúrico.

**2.**

```
Na Cl disuelto en agua a temperatura ambiente
```

_Solución:_ cloruro de sodio (sal común).
"""

# Without the item numbers a fence that ends no sentence is no prompt: left alone.
UNNUMBERED = """\
# Logs

```text
GET /index.html 200 1532 bytes in 12 ms
```

*Note:* the cache was cold.

```text
GET /style.css 304 0 bytes in 2 ms
```

*Note:* served from cache.
"""


def test_numbered_fences_are_answered_by_the_italic_label_under_them() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_PARSING)
    assert [q for _, _, q, _ in cards] == [
        "Der alte Mann gibt dem Kind heute einen Apfel",
        "Wegen des Regens blieben wir den ganzen Tag zu Hause",
    ]
    assert cards[0][3].startswith("Subjekt")
    assert "**2.**" not in cards[0][3]  # the next item's number ends the answer
    assert [m for _, m in unanswered] == ["Morgen schreibt die Klasse eine schwierige Arbeit in Mathe (placeholder)"]


def test_unlabelled_fences_and_underscore_labels() -> None:
    cards, _ = cards_and_unanswered(SPANISH_FORMULAS)
    assert [(q, a) for _, _, q, a in cards] == [
        ("H2 S O4 en disolución acuosa diluida", "ácido sulfúrico."),
        ("Na Cl disuelto en agua a temperatura ambiente", "cloruro de sodio (sal común)."),
    ]


def test_fences_without_item_numbers_that_end_no_sentence_are_left_alone() -> None:
    cards, _ = cards_and_unanswered(UNNUMBERED)
    assert not any(c[1] == "fenced-prompt" for c in cards)
