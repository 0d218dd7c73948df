"""In a deck that asks on its question slides, a slide titled by a comparison is a topic, not a question."""

from __future__ import annotations

from tests.helpers import extract_text

DECK = """\
# Caching — study group

---

## TCP vs UDP for the cache protocol

```text
client ──(tcp)──► cache
```

We picked TCP for ordered replies.

---

### Q1

Why does a write-through cache never serve stale reads?

----

### A1

Every write reaches the store before it is acknowledged.

---

### Q2

What does an LRU cache evict first?

----

### A2

The entry used least recently.
"""


def test_a_comparison_slide_title_is_no_card_in_a_question_deck() -> None:
    extraction, _ = extract_text(DECK)
    fronts = [d.question for d in extraction.drafts]
    assert not any("TCP vs UDP" in q for q in fronts)
    assert len(fronts) == 2


def test_a_comparison_heading_outside_a_deck_still_asks() -> None:
    notes = "# Networking\n\n## TCP vs UDP\n\nTCP is reliable and ordered; UDP is neither but has less overhead.\n"
    extraction, _ = extract_text(notes)
    assert [d.question for d in extraction.drafts] == ["TCP vs UDP"]
