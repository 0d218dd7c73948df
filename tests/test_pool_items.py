"""Question-pool items: an ID line with the key letter, the question, lettered options."""

from __future__ import annotations

from tests.helpers import extract_text

POOL = """\
# Driving theory — practice pool

## Section 2 — Road signs

D2A01 (B) [HC 104]
A red triangle with a bicycle warns drivers about which of these?
A. A cycle lane ahead
B. Cyclists likely to cross or join the road
C. No cycling allowed
~~

D2A02 (C)
Vehicles on a roundabout give way to traffic from which side?
A. The left
B. Traffic entering
**C. The right**
<!-- key checked in the 2023 booklet -->

D2A03 (E) [ ]
What does a blue circular sign mean?
A. A warning
B. An order
"""


def test_pool_items_are_keyed_by_their_id_line() -> None:
    extraction, diagnostics = extract_text(POOL)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "pool-item"}
    assert cards["A red triangle with a bicycle warns drivers about which of these?"].splitlines()[1] == (
        "**B. Cyclists likely to cross or join the road**"
    )
    assert "**C. The right**" in cards["Vehicles on a roundabout give way to traffic from which side?"]
    assert "<!--" not in "".join(cards.values())
    assert any("blue circular sign" in d.message for d in diagnostics if d.kind == "unanswered")


def test_a_single_item_is_no_pool() -> None:
    one = POOL.split("\nD2A02")[0]
    extraction, _ = extract_text(one)
    assert not [d for d in extraction.drafts if d.convention == "pool-item"]
