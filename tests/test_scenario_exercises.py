"""The scenario-exercise rule: a bold-labelled exercise that sets a scene and asks last, a lone solution
label, and the solution under it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

PHYSICS = """\
# Kinematics — self-checks

## Check yourself

**Check 1** — A train leaves at 09:40 and the crossing takes 2 h 35 min. The clock on the far side is one
hour ahead. At what local time does it arrive, and how long did it travel?

*Solution*

09:40 + 2:35 = 12:15, plus one hour: **13:15**; it travelled 2 h 35 min.

| | start | end |
|---|---:|---:|
| local | 09:40 | 13:15 |

**Check 2** — A ball is dropped from 20 m. Take g = 10 m/s². Calculate the time it takes to land.

**Answer**

$$t = \\sqrt{\\frac{2h}{g}} = 2\\ \\text{s}$$

**Check 3**: Explain why a feather falls slower than a stone in air.

*Solution* — (try this one yourself before looking at chapter 4)

## Summary

**Worked example** A tank holds 40 L. It drains at 2 L/min. How long until it is empty?

_Answer_ — 20 minutes.

**Key fact** — the Earth is round.

*Solution*

Nothing to see.
"""


def test_the_scenario_without_its_label_is_the_front_and_the_blocks_under_the_label_the_back() -> None:
    cards, _ = cards_and_unanswered(PHYSICS)
    found = {q: (line, rule, a) for line, rule, q, a in cards}
    front = (
        "A train leaves at 09:40 and the crossing takes 2 h 35 min. The clock on the far side is one hour ahead. "
        "At what local time does it arrive, and how long did it travel?"
    )
    line, rule, answer = found[front]
    assert (line, rule) == (5, "scenario-exercise")
    assert answer.startswith("09:40 + 2:35 = 12:15") and "| local | 09:40 | 13:15 |" in answer
    assert not any(q.startswith("how long") for q in found)  # no fragment after `, and` asks on its own


def test_an_order_as_last_sentence_asks_and_display_math_answers() -> None:
    cards, _ = cards_and_unanswered(PHYSICS)
    found = {q: a for _, rule, q, a in cards if rule == "scenario-exercise"}
    assert found["A ball is dropped from 20 m. Take g = 10 m/s². Calculate the time it takes to land."].startswith("$$t =")
    assert found["A tank holds 40 L. It drains at 2 L/min. How long until it is empty?"] == "20 minutes."


def test_a_placeholder_on_the_label_line_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(PHYSICS)
    assert (22, "Explain why a feather falls slower than a stone in air. (placeholder)") in unanswered


def test_a_labelled_statement_that_does_not_ask_is_no_exercise() -> None:
    cards, _ = cards_and_unanswered(PHYSICS)
    assert not any("Earth is round" in q for _, _, q, _ in cards)


def test_a_label_with_nothing_under_it_leaves_the_exercise_unanswered() -> None:
    text = "# Tax\n\n**Task A** — Ana earns €30,000. What is her tax?\n\n**Solution**\n\n## Next\n\nMore text.\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "scenario-exercise" for _, rule, _, _ in cards)
    assert (3, "Ana earns €30,000. What is her tax?") in unanswered
