"""The formula rule: a formula sheet's term headings, each over the formula it names, are cards."""

from __future__ import annotations

from tests.helpers import extract_text

PHYSICS = """\
# Mechanics cheat sheet

## Kinematics

### Average velocity

$$\\bar{v} = \\frac{\\Delta x}{\\Delta t}$$

### Uniform acceleration

$v = v_0 + a t$ and $x = x_0 + v_0 t + \\tfrac12 a t^2$

### Free fall

$g \\approx 9.81\\ \\mathrm{m/s^2}$ near the Earth's surface.

## Dynamics

### Newton's second law

{{< katex display >}}
F = m a
{{< /katex >}}

### Impulse

{{< hint info >}}
The change of momentum an object receives from a force acting over a time.
{{< /hint >}}

### Work-energy theorem

TODO
"""


def _cards(text: str) -> dict[str, tuple[str, str]]:
    extraction, _ = extract_text(text)
    return {d.question: (d.convention, d.answer) for d in extraction.drafts}


def _unanswered(text: str) -> list[str]:
    _, diagnostics = extract_text(text)
    return [d.message for d in diagnostics if d.kind == "unanswered"]


def test_term_headings_over_formulas_are_cards() -> None:
    cards = _cards(PHYSICS)
    for term in ("Average velocity", "Uniform acceleration", "Free fall", "Newton's second law", "Impulse"):
        assert cards[term][0] == "formula", term
    assert cards["Average velocity"][1] == "$$\\bar{v} = \\frac{\\Delta x}{\\Delta t}$$"
    # the katex shortcode becomes display math the renderer knows
    assert cards["Newton's second law"][1] == "$$\nF = m a\n$$"
    assert "Kinematics" not in cards and "Dynamics" not in cards
    # a hint shortcode's own lines are left out of the back
    assert cards["Impulse"][1] == "The change of momentum an object receives from a force acting over a time."


def test_a_term_to_fill_in_is_unanswered() -> None:
    assert any("Work-energy theorem" in m for m in _unanswered(PHYSICS))


def test_a_question_under_a_formula_heading_keeps_its_own_card() -> None:
    text = PHYSICS.replace(
        "### Free fall\n",
        "### Free fall\n\n$h = \\tfrac12 g t^2$\n\n#### Why is the mass missing?\n\nIt cancels out.\n\n### Drag\n",
    )
    cards = _cards(text)
    assert cards["Why is the mass missing?"][0] == "heading"
    assert cards["Free fall"] == ("formula", "$h = \\tfrac12 g t^2$")


def test_two_formulas_are_not_a_sheet() -> None:
    text = """\
# Trip notes

## Budget

### Fuel

$cost = km \\times 0.12$

### Hotels

$total = nights \\times 80$

### Museums

We liked the one near the river, the others were too crowded for the kids.
"""
    assert not [c for c in _cards(text).values() if c[0] == "formula"]


def test_formulas_among_many_prose_headings_are_not_a_sheet() -> None:
    prose = "".join(
        f"### Chapter {name}\n\nThe story moves on and the hero travels to {name} where nothing happens.\n\n"
        for name in ("Rome", "Paris", "Oslo", "Lima", "Kyiv", "Baku", "Riga")
    )
    formulas = "### Speed\n\n$v = d / t$\n\n### Force\n\n$F = m a$\n\n### Power\n\n$P = W / t$\n\n"
    text = "# Reading log\n\n## Book one\n\n" + prose + formulas
    assert not [c for c in _cards(text).values() if c[0] == "formula"]


def test_dollar_amounts_are_not_formulas() -> None:
    text = """\
# Shopping

### Apples

$3 a kilo, $2 on Fridays.

### Pears

$4 a kilo and $5 for the ripe ones.

### Plums

$1 each, $10 a box.
"""
    assert not [c for c in _cards(text).values() if c[0] == "formula"]
