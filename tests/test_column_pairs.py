"""The column-pair rule: a left column that asks beside a right column that answers (pandoc / Quarto column
layouts and Obsidian multi-column regions)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

QUARTO = """\
---
title: "Zellbiologie — Kurzfragen"
---

## Zellatmung

:::: {.columns}
::: {.column width="50%"}
**1.** Wo findet der Citratzyklus statt?
:::
::: {.column width="50%"}
In der Matrix der Mitochondrien.
:::
::::

:::: {.columns}
::: {.column width="50%"}
**2.** Nenne die Edukte der Fotosynthese.
:::
::: {.column width="50%"}
| Stoff | Herkunft |
|---|---|
| CO₂ | Luft |
| H₂O | Boden |
:::
::::

:::: {.columns}
::: {.column width="50%"}
**3.** Was ist ein Ribosom?
:::
::: {.column width="50%"}
<!-- später ergänzen -->
:::
::::

:::: {.columns}
::: {.column width="50%"}
**4.** Was leistet die Zellmembran?
:::
::: {.column width="50%"}
:::
::::
"""

REGION = """\
# Revisão de farmacologia

--- start-multi-column: farmaco
```column-settings
Number of Columns: 2
```

**Perguntas**

1. Qual é o antídoto do paracetamol?
2. Qual é o antídoto dos opioides?
3. Que nervo inerva o diafragma?

--- column-break ---

**Respostas**

1. N-acetilcisteína
   - dada nas primeiras 8 horas
2. Naloxona
3. TODO

--- end-multi-column
"""


def test_each_left_column_asks_and_the_right_column_answers() -> None:
    cards, unanswered = cards_and_unanswered(QUARTO)
    assert [(q, a) for _, rule, q, a in cards if rule == "column-pair"] == [
        ("Wo findet der Citratzyklus statt?", "In der Matrix der Mitochondrien."),
        ("Nenne die Edukte der Fotosynthese.", "| Stoff | Herkunft |\n|---|---|\n| CO₂ | Luft |\n| H₂O | Boden |"),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Was ist ein Ribosom?", "Was leistet die Zellmembran?"]


def test_the_headings_are_context_and_the_column_marks_no_card() -> None:
    extraction, _ = extract_text(QUARTO)
    assert {d.convention for d in extraction.drafts} == {"column-pair"}
    assert extraction.drafts[0].context == ("Zellatmung",)


def test_numbered_questions_are_answered_by_the_items_of_the_same_numbers() -> None:
    cards, unanswered = cards_and_unanswered(REGION)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "column-pair"] == [
        (10, "Qual é o antídoto do paracetamol?", "N-acetilcisteína\n- dada nas primeiras 8 horas"),
        (11, "Qual é o antídoto dos opioides?", "Naloxona"),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Que nervo inerva o diafragma?"]


def test_a_picture_beside_its_caption_is_left_alone() -> None:
    text = (
        "# Wycieczka\n\n"
        ':::: {.columns}\n::: {.column width="40%"}\n![Zamek](img/zamek.png)\n:::\n'
        '::: {.column width="60%"}\nZamek w Malborku, zbudowany przez Krzyżaków.\n:::\n::::\n\n'
        ':::: {.columns}\n::: {.column width="40%"}\n![Rynek](img/rynek.png)\n:::\n'
        '::: {.column width="60%"}\nRynek Główny w Krakowie.\n:::\n::::\n'
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "column-pair"]


def test_two_columns_of_numbered_facts_are_left_alone() -> None:
    text = (
        "# Planety\n\n"
        "--- start-multi-column: planety\n\n"
        "1. Merkury\n2. Wenus\n3. Ziemia\n\n"
        "--- column-break ---\n\n"
        "1. 58 mln km\n2. 108 mln km\n3. 150 mln km\n\n"
        "--- end-multi-column\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "column-pair"]


def test_marks_inside_a_code_fence_are_code() -> None:
    text = (
        "# Wtyczka\n\n"
        "```markdown\n--- start-multi-column: x\n1. Co to jest?\n2. Po co?\n--- column-break ---\n"
        "1. Test.\n2. Bo tak.\n--- end-multi-column\n```\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "column-pair"]


HUGO = """\
---
title: "Maantieto"
bookToc: true
---

# Jääkausi

{{< hint info >}}
**Lähteet:** oppikirja, luku 4.
{{< /hint >}}

## Kysymykset

{{< columns >}}
**Mikä on moreeni?**
<--->
Jäätikön kuljettamaa ja kasaamaa maa-ainesta.
{{< /columns >}}

{{< columns >}}
**Selitä, miten harju syntyy.**
<--->
TODO
{{< /columns >}}

{{% columns %}}
**Mikä on suppa?**
<--->
Kuoppa, joka syntyi, kun maan sisään jäänyt jäälohkare suli.

- yleinen harjualueilla
{{% /columns %}}

{{< columns >}}
**Missä on Suomen suurin harju?**
<--->

{{< /columns >}}
"""


def test_hugo_columns_left_asks_right_answers() -> None:
    cards, unanswered = cards_and_unanswered(HUGO)
    assert [(line, q, a) for line, rule, q, a in cards if rule == "column-pair"] == [
        (15, "Mikä on moreeni?", "Jäätikön kuljettamaa ja kasaamaa maa-ainesta."),
        (27, "Mikä on suppa?", "Kuoppa, joka syntyi, kun maan sisään jäänyt jäälohkare suli.\n\n- yleinen harjualueilla"),
    ]
    # a bold order among bold questions is one too, whatever the language's command words
    assert [message.split(" (")[0] for _, message in unanswered] == [
        "Selitä, miten harju syntyy.",
        "Missä on Suomen suurin harju?",
    ]


def test_hugo_columns_in_another_language_with_a_hint_box_beside() -> None:
    text = (
        "# Geografia\n\n"
        "{{< columns >}}\n**Zer da ibaia?**\n<--->\nItsasora doan ur-lasterra.\n{{< /columns >}}\n\n"
        "{{< hint warning >}}\nAzterketa ostiralean da.\n{{< /hint >}}\n\n"
        "{{< columns >}}\n**Azaldu ibaiaren eta lakuaren arteko aldea.**\n<--->\n"
        "Ibaiak ura darama; lakuan ura geldi dago.\n{{< /columns >}}\n\n"
        "{{< columns >}}\n**Zein da Euskal Herriko ibairik luzeena?**\n<--->\nEbro ez; Aturri.\n{{< /columns >}}\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, rule, q, _ in cards if rule == "column-pair"] == [
        "Zer da ibaia?",
        "Azaldu ibaiaren eta lakuaren arteko aldea.",
        "Zein da Euskal Herriko ibairik luzeena?",
    ]
    assert not unanswered


def test_hugo_columns_of_a_picture_and_its_text_are_left_alone() -> None:
    text = (
        "# Ohjelma\n\n"
        "{{< columns >}}\n**Aamupäivä**\n<--->\nLuento ja harjoitukset.\n{{< /columns >}}\n\n"
        "{{< columns >}}\n![Kartta](kartta.png)\n<--->\nKartta retkeltä.\n{{< /columns >}}\n\n"
        "{{< columns >}}\n**Iltapäivä**\n<--->\nMaastoretki harjulle.\n{{< /columns >}}\n"
    )
    assert not [c for c in cards_and_unanswered(text)[0] if c[1] == "column-pair"]


def test_a_bold_left_side_that_does_not_ask_counts_only_among_bold_questions() -> None:
    text = (
        "# Geologia\n\n"
        "{{< columns >}}\nMikä on moreeni?\n<--->\nJäätikön kasaamaa ainesta.\n{{< /columns >}}\n\n"
        "{{< columns >}}\nMikä on suppa?\n<--->\nKuoppa harjun vieressä.\n{{< /columns >}}\n\n"
        "{{< columns >}}\n**Huomio**\n<--->\nKoe on perjantaina.\n{{< /columns >}}\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, rule, q, _ in cards if rule == "column-pair"] == ["Mikä on moreeni?", "Mikä on suppa?"]
    assert not unanswered
