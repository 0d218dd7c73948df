"""The separator-card rule: mdanki-style decks, one heading per card, a `%` line between front and back."""

from __future__ import annotations

from tests.helpers import extract_text

DECK = """\
# Spanish verbs

Deck for week 2. Each heading is a card.

## Ser

%

To be (permanent traits: identity, origin, profession).

## Which verb expresses location, *ser* or *estar*?

%

*Estar*: `El libro está en la mesa.`

## Translate:

```
Nosotros tenemos hambre.
```

%

We are hungry.

---

### Class notes

We spent the hour on irregular preterites.

## Conjugate *ir* in the preterite

%

<!-- fill in after class -->

## Tener

%
"""


def _found() -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[str]]:
    extraction, _ = extract_text(DECK)
    cards = {d.question: (d.answer, d.context) for d in extraction.drafts if d.convention == "separator-card"}
    unanswered = [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]
    return cards, unanswered


def test_each_heading_is_a_card_split_at_the_separator_line() -> None:
    cards, _ = _found()
    assert cards["Ser"][0] == "To be (permanent traits: identity, origin, profession)."
    assert cards["Which verb expresses location, *ser* or *estar*?"][0] == "*Estar*: `El libro está en la mesa.`"
    assert not any("%" in answer for answer, _ in cards.values())


def test_blocks_before_the_separator_belong_to_the_front() -> None:
    cards, _ = _found()
    front = "Translate:\n\n```\nNosotros tenemos hambre.\n```"
    assert cards[front][0] == "We are hungry."


def test_a_heading_with_nothing_or_a_comment_after_the_separator_is_unanswered() -> None:
    cards, unanswered = _found()
    assert "Conjugate *ir* in the preterite" in unanswered
    assert "Tener" in unanswered
    assert not any(q.startswith(("Conjugate", "Tener", "Class notes")) for q in cards)


def test_a_single_percent_line_is_no_deck() -> None:
    text = "# Stats\n\n## Growth\n\n%\n\nIt rose 5 %.\n\n## Notes\n\nMore prose.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "separator-card"]
