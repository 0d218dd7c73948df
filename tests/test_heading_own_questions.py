"""A heading that does not ask with `?` (`## Mitosis vs Meiosis`) yields to the explicit question line that
opens its section (`**Q: How do mitosis and meiosis differ?**`), whatever the answer's shape."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

COMPARISONS = """\
# Biology and economics drills

## Mitosis vs Meiosis

**Q: How do mitosis and meiosis differ?**

| | Mitosis | Meiosis |
|---|---|---|
| Divisions | one | two |
| Daughter cells | 2 diploid | 4 haploid |

*Remember:* crossing over only happens in meiosis.

**Q: Which phase lines the chromosomes up?**

Metaphase.

## Inflation vs deflation

**¿Qué diferencia hay entre inflación y deflación?**

```text
inflation: prices up   deflation: prices down
```

## Supply and demand

**Q: What shifts the demand curve?**

- income
- tastes
- prices of related goods

## Opportunity cost

A classic exam topic.

**Q: Define opportunity cost.**

The value of the best alternative given up.
"""


def test_explicit_question_lines_win_over_a_comparison_heading():
    cards, _ = cards_and_unanswered(COMPARISONS)
    fronts = [(rule, q) for _, rule, q, _ in cards]
    assert ("bold-question", "How do mitosis and meiosis differ?") in fronts
    assert ("bold-question", "¿Qué diferencia hay entre inflación y deflación?") in fronts
    assert ("bold-question", "What shifts the demand curve?") in fronts
    assert all(q not in ("Mitosis vs Meiosis", "Inflation vs deflation") for _, q in fronts)
    answers = {q: a for _, _, q, a in cards}
    assert answers["How do mitosis and meiosis differ?"].startswith("| | Mitosis | Meiosis |")
    assert "Which phase" not in answers["How do mitosis and meiosis differ?"]
    assert answers["¿Qué diferencia hay entre inflación y deflación?"].startswith("```text")


def test_a_heading_that_asks_keeps_its_sub_question():
    text = """\
# Notes

## Why do cells divide?

**Why not just grow bigger?**

Surface area grows slower than volume, so a big cell cannot feed itself.
"""
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [("heading", "Why do cells divide?")]
