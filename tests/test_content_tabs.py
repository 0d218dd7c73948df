"""The content-tab rule: mkdocs-material `=== "Question"` / `=== "Answer"` tabs."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


TABS = """\
# Cell biology drills

## Drill 1

=== "Question"

    Which organelle makes ATP?

=== "Answer"

    The **mitochondrion**, by oxidative phosphorylation.

## Drill 2

=== "Problem"

    Name two differences between mitosis and meiosis.

=== "Solution (short)"

    Meiosis halves the chromosome number.

=== "Show full solution"

    Meiosis has two divisions and crossing over; mitosis has one division.

=== "Why it matters"

    Gametes must be haploid.

## Drill 3

=== "Question"

    Draw the cell cycle.

=== "Answer"

    *Left as an exercise for the reader.*

## 4

=== "Frage"

    Was ist Osmose?

=== "Antwort"

    TODO
"""


def test_question_and_answer_tabs_make_one_card_each() -> None:
    cards = _cards(TABS)
    assert cards[0] == ("content-tab", "Which organelle makes ATP?", "The **mitochondrion**, by oxidative phosphorylation.")
    convention, question, answer = cards[1]
    assert (convention, question) == ("content-tab", "Name two differences between mitosis and meiosis.")
    assert answer == (
        "**Solution (short)**\n\nMeiosis halves the chromosome number.\n\n"
        "**Show full solution**\n\nMeiosis has two divisions and crossing over; mitosis has one division.\n\n"
        "**Why it matters**\n\nGametes must be haploid."
    )
    assert len(cards) == 2


def test_an_answer_tab_that_leaves_the_work_or_holds_a_placeholder_is_unanswered() -> None:
    found = _unanswered(TABS)
    assert found == ["Draw the cell cycle. (left to the reader)", "Was ist Osmose? (placeholder)"]


def test_numbered_exercise_headings_over_tabs_are_no_cards() -> None:
    assert all(q not in ("Drill 1", "Drill 2", "4") for _, q, _ in _cards(TABS))


def test_code_variant_tabs_stay_in_the_answer_as_labelled_markdown() -> None:
    text = """\
# Snippets

## How do you reverse a list?

=== "Python"

    ```python
    items[::-1]
    ```

=== "Ruby"

    ```ruby
    items.reverse
    ```
"""
    cards = _cards(text)
    assert len(cards) == 1
    _, question, answer = cards[0]
    assert question == "How do you reverse a list?"
    assert "===" not in answer
    assert answer == "**Python**\n\n```python\nitems[::-1]\n```\n\n**Ruby**\n\n```ruby\nitems.reverse\n```"


def test_tab_sets_written_as_containers_are_read_the_same_way() -> None:
    text = """\
# Statistics drills

## Drill 5

::::{tab-set}
:::{tab-item} Question
What does a p-value measure?
:::
:::{tab-item} Answer
The probability of data at least this extreme if the null hypothesis holds.
:::
::::

## Drill 6

{% tabs %}
{% tab title="Aufgabe" %}
Nenne zwei Lagemaße.
{% endtab %}

{% tab title="Lösung" %}
Mittelwert und Median.
{% endtab %}
{% endtabs %}
"""
    assert _cards(text) == [
        (
            "content-tab",
            "What does a p-value measure?",
            "The probability of data at least this extreme if the null hypothesis holds.",
        ),
        ("content-tab", "Nenne zwei Lagemaße.", "Mittelwert und Median."),
    ]


def test_docusaurus_tab_items_are_read_the_same_way() -> None:
    text = """\
# Economics flashcards

## Card 1

<Tabs>
  <TabItem value="q" label="Question">

What is opportunity cost?

  </TabItem>
  <TabItem value="a" label="Answer">

The value of the best alternative given up.

  </TabItem>
</Tabs>

## Install

<Tabs>
  <TabItem value="npm" label="npm">

`npm i econ-sim`

  </TabItem>
  <TabItem value="yarn" label="Yarn">

`yarn add econ-sim`

  </TabItem>
</Tabs>
"""
    cards = _cards(text)
    assert cards[0] == ("content-tab", "What is opportunity cost?", "The value of the best alternative given up.")
    assert all(c[1] != "npm" and "npm i" not in c[1] for c in cards)


def test_a_bang_tab_starts_a_new_group_and_a_plus_tab_is_a_tab() -> None:
    text = """\
# Geography

===+ "Question"

    What is the capital of Peru?

=== "Answer"

    Lima.

===! "Question"

    What is the capital of Chile?

=== "Answer"

    Santiago.
"""
    assert [c[1:] for c in _cards(text)] == [
        ("What is the capital of Peru?", "Lima."),
        ("What is the capital of Chile?", "Santiago."),
    ]


def test_repeated_two_tab_groups_read_by_place_whatever_their_labels() -> None:
    # Labels the shared label lists do not know (Hindi), questions in Indonesian: the first tab asks, the second answers.
    text = """\
# Catatan kimia

## 1. Asam

<Tabs>
<TabItem value="q" label="प्रश्न" default>
Apa sifat larutan dengan pH di bawah 7?
</TabItem>
<TabItem value="a" label="उत्तर">
Asam.
</TabItem>
</Tabs>

## 2. Basa

<Tabs>
<TabItem value="q" label="प्रश्न" default>
Apakah natrium hidroksida basa kuat?
</TabItem>
<TabItem value="a" label="उत्तर">
Ya, terionisasi hampir sempurna dalam air.
</TabItem>
</Tabs>

## 3. Larutan penyangga

<Tabs>
<TabItem value="q" label="प्रश्न" default>
Apa itu larutan penyangga?
</TabItem>
<TabItem value="a" label="उत्तर">
</TabItem>
</Tabs>
"""
    assert _cards(text) == [
        ("content-tab", "Apa sifat larutan dengan pH di bawah 7?", "Asam."),
        ("content-tab", "Apakah natrium hidroksida basa kuat?", "Ya, terionisasi hampir sempurna dalam air."),
    ]
    assert [m.split(" (")[0] for m in _unanswered(text)] == ["Apa itu larutan penyangga?"]


def test_repeated_code_variant_tabs_are_no_questions() -> None:
    text = """\
# Installation

## Linux

<Tabs>
<TabItem value="deb" label="Debian">
`apt install tool`
</TabItem>
<TabItem value="rpm" label="Fedora">
`dnf install tool`
</TabItem>
</Tabs>

## Plugins

<Tabs>
<TabItem value="deb" label="Debian">
`apt install tool-plugins`
</TabItem>
<TabItem value="rpm" label="Fedora">
`dnf install tool-plugins`
</TabItem>
</Tabs>
"""
    assert [c for c in _cards(text) if c[0] == "content-tab"] == []
