"""Glossary titles in more languages: a `- **Term** – definition` list under them is a glossary, even after a
lead-in ending with `:`; the separators all read alike."""

from __future__ import annotations

import pytest

from tests.helpers import drafted_cards

LIST = """\
# Kurs

Inledning om kursen.

## {title}

{lead}

- **Ribosom** {sep} där proteiner tillverkas.
- **Allel** {sep} en variant av en gen.
- **Fenotyp** {sep} de egenskaper som syns.

---

*Senast uppdaterad i mars*
"""


@pytest.mark.parametrize("title", ["Begrepp", "Begrippen", "Ordlista", "Pojęcia", "Термины", "Key terms"])
@pytest.mark.parametrize("sep", ["–", "—", "-", ":"])
def test_a_bold_term_list_under_a_glossary_title_is_a_glossary(title: str, sep: str) -> None:
    text = LIST.format(title=title, lead="Dessa ska man kunna förklara med egna ord:", sep=sep)
    if sep == ":":
        text = text.replace("** :", "**:")
    cards = [(q, a) for c, q, a in drafted_cards(text) if c == "glossary"]
    assert cards == [
        ("Ribosom", "där proteiner tillverkas."),
        ("Allel", "en variant av en gen."),
        ("Fenotyp", "de egenskaper som syns."),
    ]


def test_a_list_after_a_lead_in_under_another_heading_stays_a_topic_list() -> None:
    text = LIST.format(title="Utmaningar", lead="Det här gick fel:", sep="–")
    assert not [c for c in drafted_cards(text) if c[0] == "glossary"]
