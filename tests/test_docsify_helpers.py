"""Docsify pages: bold question paragraphs answered by a tip box (`?> …`), warnings in `!> …` boxes, headings
carrying `:id=` attributes. The tip's text is the answer, a warning shows as a quote, a tip holding only a
placeholder leaves its question unanswered, and a heading that asks on such a page is a section title."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

# Astronomy in German, written for docsify: eight questions answered by tips beside one heading question.
ASTRONOMIE = """\
# Sternentwicklung :id=sterne

## Warum das Ganze? :id=warum

Weil die Prüfung jedes Jahr danach fragt.

## Hauptreihe :id=hauptreihe

**Was hält einen Stern im Gleichgewicht?**

?> Der Strahlungsdruck aus der Kernfusion hält der Gravitation die Waage.

**Wie lange bleibt die Sonne auf der Hauptreihe?**

?> Etwa zehn Milliarden Jahre.

!> Nicht mit der Lebensdauer roter Zwerge verwechseln!

**Was ist ein Roter Riese?**

?> Ein Stern, dessen Hülle sich nach dem Wasserstoffbrennen im Kern stark aufbläht.

**Was ist die Chandrasekhar-Grenze?**

?> Etwa 1,4 Sonnenmassen: darüber kann der Entartungsdruck der Elektronen einen Weißen Zwerg nicht tragen.

**Was ist ein Hertzsprung-Russell-Diagramm?**

?> Leuchtkraft gegen Oberflächentemperatur der Sterne aufgetragen.

**Woraus entsteht ein Neutronenstern?**

?> Aus dem kollabierten Kern eines massereichen Sterns nach einer Supernova.

**Was ist ein Brauner Zwerg?**

?> Ein Objekt, zu massearm, um im Kern dauerhaft Wasserstoff zu fusionieren.

**Wie entsteht ein Weißer Zwerg?**

?> _TODO – Folie 12 nachlesen_

```text
Masse < 8 Sonnenmassen
```
"""

# Cooking in Portuguese: a page with one tip box and PHP code in a fence; the heading questions stay cards.
CULINARIA = """\
# Culinária

## Por que o pão cresce?

O fermento produz gás carbónico, que fica preso na rede de glúten.

?> Use água morna, nunca quente.

## Como guardar o pão?

Num saco de pano, longe do frigorífico.

```php
<?php echo "pão"; ?>
?> não é uma dica
```
"""


def test_tips_answer_bold_questions() -> None:
    cards, unanswered = cards_and_unanswered(ASTRONOMIE)
    found = {q: a for _, _, q, a in cards}
    assert found["Was hält einen Stern im Gleichgewicht?"] == (
        "Der Strahlungsdruck aus der Kernfusion hält der Gravitation die Waage."
    )
    assert found["Wie lange bleibt die Sonne auf der Hauptreihe?"].startswith("Etwa zehn Milliarden Jahre.")
    assert "> Nicht mit der Lebensdauer" in found["Wie lange bleibt die Sonne auf der Hauptreihe?"]
    assert not any("?>" in a or "!>" in a for a in found.values())


def test_a_placeholder_tip_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(ASTRONOMIE)
    assert not any(q.startswith("Wie entsteht") for _, _, q, _ in cards)
    assert [m for _, m in unanswered if m.startswith("Wie entsteht")] == ["Wie entsteht ein Weißer Zwerg? (placeholder)"]


def test_headings_are_section_titles_without_their_attributes() -> None:
    extraction, _ = extract_text(ASTRONOMIE)
    assert not any(d.question.startswith("Warum") for d in extraction.drafts)
    assert all(":id=" not in part for d in extraction.drafts for part in d.context)
    assert ("Hauptreihe",) in {d.context for d in extraction.drafts}


def test_a_page_with_few_tips_keeps_its_heading_questions_and_code() -> None:
    cards, _ = cards_and_unanswered(CULINARIA)
    found = {q: a for _, rule, q, a in cards}
    assert "Por que o pão cresce?" in found and "Use água morna" in found["Por que o pão cresce?"]
    assert "?> não é uma dica" in found["Como guardar o pão?"]
