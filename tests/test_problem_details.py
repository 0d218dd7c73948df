"""The problem-details rule: a troubleshooting run of `<details>` whose summaries state problems; tables
of contents, changelogs, code samples and answer boxes are no such run."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards

TROUBLE = """\
# Printer guide

## Common problems

<details>
<summary>Pages come out blank</summary>

The cartridge tape is still on. Remove it and print a test page.

</details>

<details>
<summary><b>Wi-Fi setup keeps failing</b></summary>

Move the printer closer to the router and use the 2.4 GHz network.

</details>
"""


def test_problem_summaries_are_fronts() -> None:
    cards = _cards(TROUBLE)
    assert [(c[0], c[1]) for c in cards] == [
        ("problem-details", "Pages come out blank"),
        ("problem-details", "Wi-Fi setup keeps failing"),
    ]
    assert cards[0][2].startswith("The cartridge tape")


def test_one_details_alone_is_no_run() -> None:
    one = TROUBLE.split("<details>\n<summary><b>")[0]
    assert not [c for c in _cards(one) if c[0] == "problem-details"]


FURNITURE = """\
# Project

<details>
<summary>Table of contents</summary>

- [Install](#install)
- [Usage](#usage)

</details>

<details>
<summary>Changelog</summary>

- v1.2: faster builds
- v1.1: first release

</details>

<details>
<summary>v1.0.3 release</summary>

Fixed the crash on start.

</details>
"""


def test_contents_and_changelogs_are_no_cards() -> None:
    assert not [c for c in _cards(FURNITURE) if c[0] == "problem-details"]
