"""A bold term defined before an arrow (`**Accrual** = expense not yet paid → liability`): the arrow is part of
the definition, the line-pair rule does not split the item there."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

BIOLOGY = """\
# Cell transport

## Key terms

- **Osmosis** = water moving across a membrane → towards the higher solute concentration
- **Active transport** = movement against the gradient → needs ATP
- **Diffusion** = net movement down a gradient → no energy needed
"""


def test_an_arrow_inside_a_bold_terms_definition_separates_no_line_pair() -> None:
    cards, _ = cards_and_unanswered(BIOLOGY)
    assert not any(rule == "line-pair" for _, rule, _, _ in cards)
    found = {q.strip("*"): a for _, _, q, a in cards}
    assert found["Active transport"] == "movement against the gradient → needs ATP"  # keyed on the term


def test_a_dash_or_colon_after_the_bold_term_defines_it_too() -> None:
    text = "# Optics\n\n- **Refraction** — bending at a boundary → change of speed\n- **Dispersion**: splitting by wavelength → prism spectrum\n- **Focus** — where rays meet → image\n"
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "line-pair" for _, rule, _, _ in cards)
    assert ("Refraction", "bending at a boundary → change of speed") in [(q, a) for _, _, q, a in cards]
