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


DOCFX = """\
---
title: Organische Chemie — Wiederholung
---

# Organische Chemie — Wiederholung

## Reaktionen

### Was ist eine nucleophile Substitution?

# [Kurze Antwort](#tab/kurz)

Ein Nucleophil ersetzt eine Abgangsgruppe am Kohlenstoff.

# [Vertiefung](#tab/tief)

SN1 verläuft über ein Carbokation, SN2 in einem Schritt mit Inversion.

[!code-python[](beispiele/sn2.py?range=1-9)]

---

### Warum ist Benzol so stabil?

# [Kurze Antwort](#tab/kurz)

# [Vertiefung](#tab/tief)

---

## Stoffklassen

### Nennen Sie die funktionelle Gruppe der Ester.

# [Kurze Antwort](#tab/kurz)

R–COO–R′.

# [Vertiefung](#tab/tief)

TODO: Beispiele ergänzen.

---
"""


def test_docfx_tabs_under_a_heading_answer_it() -> None:
    extraction, _ = extract_text(DOCFX)
    drafts = {d.question: d for d in extraction.drafts}
    assert list(drafts) == ["Was ist eine nucleophile Substitution?", "Nennen Sie die funktionelle Gruppe der Ester."]
    first = drafts["Was ist eine nucleophile Substitution?"]
    assert first.convention == "content-tab"
    assert first.answer == (
        "**Kurze Antwort**\n\nEin Nucleophil ersetzt eine Abgangsgruppe am Kohlenstoff.\n\n"
        "**Vertiefung**\n\nSN1 verläuft über ein Carbokation, SN2 in einem Schritt mit Inversion."
    )  # the DocFX include line pulls in a file a card cannot show: it goes
    assert first.context == ("Reaktionen",)
    ester = drafts["Nennen Sie die funktionelle Gruppe der Ester."]
    assert ester.answer == "R–COO–R′."  # the placeholder tab stays off the back
    assert ester.context == ("Stoffklassen",)  # the tab headings above are no sections
    assert _unanswered(DOCFX) == ["Warum ist Benzol so stabil?"]


DOCFX_TOPICS = """\
# Historia de América

## ¿Qué causó la independencia de México?

# [Respuesta breve](#tab/breve)

La crisis de la monarquía española en 1808 y el descontento criollo.

# [Fuentes](#tab/fuentes)

Villoro, *El proceso ideológico de la revolución de independencia*.

---

## ¿Quién fue Túpac Amaru II?

# [Respuesta breve](#tab/breve)

Líder de la gran rebelión andina de 1780 contra los corregidores.

---

## Instalación del visor de mapas

# [Linux](#tab/linux)

Descargue el paquete `.deb`.

# [Windows](#tab/windows)

Ejecute el instalador `.msi`.

---
"""


def test_docfx_tabs_answer_in_any_language_and_variants_of_a_topic_stay_apart() -> None:
    cards = _cards(DOCFX_TOPICS)
    assert [(rule, q) for rule, q, _ in cards] == [
        ("content-tab", "¿Qué causó la independencia de México?"),
        ("content-tab", "¿Quién fue Túpac Amaru II?"),
    ]
    assert cards[0][2].startswith("**Respuesta breve**\n\nLa crisis")
    assert "**Fuentes**" in cards[0][2]
    assert cards[1][2] == "Líder de la gran rebelión andina de 1780 contra los corregidores."
    # `## Instalación …` over OS tabs asks nothing and names no answer: no card, no report
    assert _unanswered(DOCFX_TOPICS) == []


DOCFX_ASIDE = """\
# Термодинамика

## Первое начало

### Что утверждает первое начало термодинамики?

# [Короткий ответ](#tab/short)

Изменение внутренней энергии равно теплоте минус работа системы.

---

### Что такое энтропия?

# [Короткий ответ](#tab/short)

Мера числа микросостояний, отвечающих макросостоянию.

---

### Чем изотермический процесс отличается от адиабатного?

> [!TODO]
> Дописать после лекции.

## Зачем я это учу?

Честно говоря, мне это нужно для экзамена в июне.
"""


def test_a_section_level_question_over_first_person_prose_is_an_aside_and_a_todo_box_is_unanswered() -> None:
    cards = _cards(DOCFX_ASIDE)
    assert [q for _, q, _ in cards] == ["Что утверждает первое начало термодинамики?", "Что такое энтропия?"]
    assert _unanswered(DOCFX_ASIDE) == ["Чем изотермический процесс отличается от адиабатного? (placeholder)"]


DOCFX_QUESTION_TABS = """\
# Géographie — révisions

## Fleuves

# [Question](#tab/q)

Quel est le plus long fleuve de France ?

# [Réponse](#tab/r)

La Loire, environ 1 000 km.

---

## Reliefs

# [Question](#tab/q)

Quel est le point culminant des Pyrénées ?

# [Réponse](#tab/r)

---
"""


def test_docfx_question_and_answer_tabs_are_read_as_any_group() -> None:
    extraction, _ = extract_text(DOCFX_QUESTION_TABS)
    assert [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts] == [
        ("content-tab", "Quel est le plus long fleuve de France ?", "La Loire, environ 1 000 km.", ("Fleuves",))
    ]
    assert _unanswered(DOCFX_QUESTION_TABS) == ["Quel est le point culminant des Pyrénées ?"]
