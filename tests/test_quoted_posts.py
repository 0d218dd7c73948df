"""Forum digests: a post title heading over the quoted question, and a quoted question over its code."""

from __future__ import annotations

from tests.helpers import extract_text

DIGEST = """\
# Physics 2 forum digest — week 3

## Circuits

#### #201 · Kirchhoff loop signs

> Does the sign of a voltage drop depend on the direction I walk the loop?

**TA answer:** Yes: walking with the current across a resistor the potential drops by $IR$.

#### #207 · series vs parallel

> Why is the equivalent resistance of parallel resistors smaller than the smallest one?

**TA answer:** Each branch adds a path for the current, so the conductances add.

#### #215 · RC simulation

> Why does my simulation blow up after a few steps?
>
> ```python
> v += dt * (-v / (R * C))
> ```

*No answer yet — bring it to the Friday review.*

#### #219 · loop code

> Which value does this print?
>
> ```python
> print(2 ** -1)
> ```

**TA answer:** `0.5`: a negative exponent gives a float.
"""


def _extraction():  # type: ignore[no-untyped-def]
    return extract_text(DIGEST)[0]


def test_a_post_title_is_no_front_when_the_quote_under_it_asks() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    assert "series vs parallel" not in " ".join(cards)
    back = cards["Why is the equivalent resistance of parallel resistors smaller than the smallest one?"]
    assert "conductances add" in back


def test_a_quoted_question_over_code_without_an_answer_is_unanswered() -> None:
    reported = [d.question for d in _extraction().diagnostics if d.kind == "unanswered"]
    assert reported == ["Why does my simulation blow up after a few steps?"]


def test_a_quoted_question_over_code_shows_the_code_above_its_answer() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    back = cards["Which value does this print?"]
    assert back.index("print(2 ** -1)") < back.index("`0.5`")
