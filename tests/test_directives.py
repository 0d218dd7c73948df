"""The directive rule: a statement answered by the MyST dropdown under it, glossary directives, navigation roles."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


MYST = """\
# Mechanics — problem set 4

## Problems

### 4.1

A 2 kg block slides down a frictionless ramp 5 m high. Find its speed at the bottom.

:::{dropdown} Solution
$v = \\sqrt{2gh} \\approx 9.9$ m/s
:::

### 4.2

A spring with $k = 200$ N/m is compressed by 0.1 m. How much energy does it store?

```{admonition} Answer
:class: dropdown
$E = \\tfrac12 k x^2 = 1$ J
```

### 4.3

Estimate the range of a projectile launched at 45° with 20 m/s.

```{code-cell} python
print(20**2 / 9.81)
```

:::{dropdown} Solution
About 41 m.
:::

### 4.4

Is momentum conserved when a ball bounces off a wall?

```{admonition} Hint
:class: tip
Think about what counts as the system.
```

## Terms

```{glossary}
Impulse
  The change in momentum, $J = F \\Delta t$.

Work
  Force times displacement along it.
```

---

Next: {doc}`problem-set-5`
"""


def test_a_statement_answered_by_a_dropdown_is_a_card_with_the_heading_as_context() -> None:
    extraction, _ = extract_text(MYST)
    found = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts if d.convention == "directive"]
    assert found[:3] == [
        (
            "directive",
            "A 2 kg block slides down a frictionless ramp 5 m high. Find its speed at the bottom.",
            "$v = \\sqrt{2gh} \\approx 9.9$ m/s",
            ("Problems", "4.1"),
        ),
        (
            "directive",
            "A spring with $k = 200$ N/m is compressed by 0.1 m. How much energy does it store?",
            "$E = \\tfrac12 k x^2 = 1$ J",
            ("Problems", "4.2"),
        ),
        (
            "directive",
            "Estimate the range of a projectile launched at 45° with 20 m/s.",
            "```python\nprint(20**2 / 9.81)\n```\n\nAbout 41 m.",
            ("Problems", "4.3"),
        ),
    ]


def test_a_glossary_directive_gives_one_card_per_term() -> None:
    cards = [c[1:] for c in _cards(MYST) if c[1] in ("Impulse", "Work")]
    assert cards == [("Impulse", "The change in momentum, $J = F \\Delta t$."), ("Work", "Force times displacement along it.")]


def test_a_hint_alone_answers_nothing_and_navigation_roles_are_no_cards() -> None:
    assert _unanswered(MYST) == ["Is momentum conserved when a ball bounces off a wall? (only a hint)"]
    questions = [q for _, q, _ in _cards(MYST)]
    assert len(questions) == 5
    assert not any(q.startswith(("Next", "4.", "Problems", "Terms")) for q in questions)


def test_boxes_that_do_not_answer_make_no_cards() -> None:
    text = """\
# Field notes

The trail starts at the car park.

::: tip
Bring water.
:::

Lemma 2 follows from the triangle inequality.

:::{dropdown} Proof sketch
Apply it twice.
:::

We camped by the lake.

{% hint style="success" %}
Great weather all week.
{% endhint %}

```{note}
Permits are free.
```
"""
    assert _cards(text) == []


def test_an_untitled_box_answers_only_a_statement_that_asks() -> None:
    text = """\
# Astronomy review

## Stars

Why do red dwarfs live longer than the Sun?

::: details
They burn hydrogen slowly and mix it through their whole volume.
:::

## Setup

Here is the full telescope configuration.

::: details
aperture: 200 mm
:::

```{figure} images/m31.png
The Andromeda galaxy.
```
"""
    assert [c[1:] for c in _cards(text)] == [
        ("Why do red dwarfs live longer than the Sun?", "They burn hydrogen slowly and mix it through their whole volume.")
    ]


def test_an_exercise_box_then_its_solution_box_is_a_card() -> None:
    text = """\
# Calculus drills

```{exercise}
:label: ex-chain
Differentiate $\\sin(x^2)$.
```

```{solution} ex-chain
:class: dropdown
$2x\\cos(x^2)$
```

:::{exercise}
Integrate $e^{3x}$.
:::

:::{solution}
TODO
:::
"""
    assert [c[1:] for c in _cards(text)] == [("Differentiate $\\sin(x^2)$.", "$2x\\cos(x^2)$")]
    assert _unanswered(text) == ["Integrate $e^{3x}$. (placeholder)"]


def test_myst_roles_show_as_their_text_on_both_sides() -> None:
    text = """\
# Thermodynamics review

**Q1.** What does {term}`enthalpy` add to the internal energy?

:::{dropdown} Answer
The product {math}`pV`, see {ref}`the first law <first-law>`; press {kbd}`Ctrl` to zoom. Keep `{key}` and `value` as code.
:::
"""
    assert [c[1:] for c in _cards(text)] == [
        (
            "What does enthalpy add to the internal energy?",
            "The product $pV$, see the first law; press <kbd>Ctrl</kbd> to zoom. Keep `{key}` and `value` as code.",
        )
    ]
