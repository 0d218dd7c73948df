"""Quick-fire lists: numbered questions answered after a dash on their line; a task closed by its full stop
is answered after a long dash the same way, and an item with no dash is `unanswered`."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHEMISTRY = """\
# Chemistry quick-fire

## Quick-fire

1. What is the charge on a chloride ion? — 1−.
2. Convert 25 °C to kelvin. — 298 K.
3. Which gas turns limewater milky? — Carbon dioxide.
4. Name the catalyst used in the Haber process.
"""


def test_a_task_answered_after_a_long_dash_is_split_there() -> None:
    cards, _ = cards_and_unanswered(CHEMISTRY)
    assert (6, "numbered", "Convert 25 °C to kelvin.", "298 K.") in cards


def test_an_item_without_a_dash_answer_in_such_a_list_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    assert unanswered == [(8, "Name the catalyst used in the Haber process.")]
    assert len(cards) == 3
