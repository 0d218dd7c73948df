"""A `<details>` block whose summary only labels the answer in Basque (`Erantzuna`, `Ebazpena`,
`Erantzuna ikusi`) or Welsh (`Ateb`, `Dangos yr ateb`) answers the heading above it, whatever that heading's
wording: an imperative ending in `.` (`Azaldu …`), a noun phrase (`Fotosintesiaren faseak`)."""

from __future__ import annotations

from ankibuild.extract.collapsibles import is_answer_summary
from tests.helpers import extract_text

BASQUE = """\
# Fisika

### 1. Azaldu Newtonen lehen legea.

<details>
<summary>Erantzuna</summary>

Gorputz batek bere egoera mantentzen du indarrik ez badu.

</details>

### 2. Energia motak

<details>
<summary>Ebazpena</summary>

- Zinetikoa
- Potentziala

</details>
"""

WELSH = """\
# Cemeg

### Disgrifiwch adwaith niwtraliad.

<details><summary>Dangos yr ateb</summary>

Asid ac alcali yn adweithio i wneud halen a dŵr.

</details>
"""


def test_answer_summaries_in_basque_and_welsh() -> None:
    for summary in ("Erantzuna", "Erantzuna ikusi", "Ebazpena", "Ateb", "Dangos yr ateb"):
        assert is_answer_summary(summary), summary
    assert not is_answer_summary("Adibidea")
    assert not is_answer_summary("Erantzunaren historia")


def test_basque_headings_answered_by_details() -> None:
    extraction, _ = extract_text(BASQUE)
    assert [(d.loc.line, d.question, d.answer.splitlines()[0]) for d in extraction.drafts] == [
        (3, "Azaldu Newtonen lehen legea.", "Gorputz batek bere egoera mantentzen du indarrik ez badu."),
        (12, "Energia motak", "- Zinetikoa"),
    ]


def test_welsh_heading_answered_by_details() -> None:
    extraction, _ = extract_text(WELSH)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Disgrifiwch adwaith niwtraliad.", "Asid ac alcali yn adweithio i wneud halen a dŵr.")
    ]
