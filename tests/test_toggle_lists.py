"""Toggle lists (a bullet per question, the answer indented under it): `Define: X` / `Explain: Y` labels and
`X vs Y` comparisons ask like questions, so they do not sink a list of answered questions."""

from __future__ import annotations

from tests.helpers import extract_text


def _fronts(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.question for d in extraction.drafts]


TOGGLES = """\
# Astronomy – exam 1

## Stars

- What powers a main-sequence star?

    Hydrogen fusing into helium in its core.

- Define: parallax

    The apparent shift of a nearby star against distant ones as Earth orbits the Sun.

- Explain: why red giants are cool but bright

    Their surface is cool, but it is huge, so the total output is high.

- Red dwarf vs white dwarf

    A red dwarf fuses hydrogen slowly; a white dwarf is a dead core that only cools.

- How is a neutron star formed?

    From the collapsed core of a massive star after a supernova.
"""


def test_task_labels_and_comparisons_ask_in_a_toggle_list() -> None:
    assert _fronts(TOGGLES) == [
        "What powers a main-sequence star?",
        "Define: parallax",
        "Explain: why red giants are cool but bright",
        "Red dwarf vs white dwarf",
        "How is a neutron star formed?",
    ]


NOTES = """\
# Trip checklist

- Passport: check the expiry date
- Tickets vs receipts
- Define: nothing here
"""


def test_a_plain_checklist_is_still_no_cards() -> None:
    assert _fronts(NOTES) == []


ODD_ONE = """\
# Botany

- What is photosynthesis?

    Light energy turned into chemical energy in glucose.

- Stomata

    Pores in the leaf that let gases in and out.

- Why are leaves green?

    Chlorophyll reflects green light.

- Where does the Calvin cycle take place?

    In the stroma of the chloroplast.
"""


def test_one_odd_item_does_not_sink_an_answered_toggle_list() -> None:
    assert _fronts(ODD_ONE) == [
        "What is photosynthesis?",
        "Stomata",
        "Why are leaves green?",
        "Where does the Calvin cycle take place?",
    ]


NOTES_WITH_ONE_QUESTION = """\
# Garden log

- Tomatoes

    Planted on the south wall.

- Basil

    Needs more water.

- Why did the peas fail?

    Too much shade.

- Roses

    Pruned in March.
"""


def test_a_log_with_one_question_is_no_toggle_list() -> None:
    assert _fronts(NOTES_WITH_ONE_QUESTION) == []
