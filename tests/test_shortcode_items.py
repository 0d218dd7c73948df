"""Hugo paired shortcodes: a folding item whose title asks (`{{< accordion-item title="…?" >}}`), and
question/answer tabs written as `{{< tabs >}}` / `{{< tab "Question" >}}`."""

from __future__ import annotations

from ankibuild.extract.hugo import find_shortcodes, shortcode_title, without_shortcode_lines
from tests.helpers import cards_and_unanswered, extract_text

ACCORDION = """\
# Chemistry lab FAQ

## Safety

{{< accordion id="safety" >}}

{{< accordion-item title="Do I need goggles for titrations?" >}}
Yes, always: acids splash when the burette drips too fast.
{{< /accordion-item >}}

{{< accordion-item title="Where is the eyewash station?" >}}
{{< /accordion-item >}}

{{< /accordion >}}

## Procedures

{{% details "How do you standardise NaOH?" %}}
Titrate it against dried potassium hydrogen phthalate:

```text
n(NaOH) = m(KHP) / 204.22
```
{{% /details %}}

{{< expand summary="Explain why phenolphthalein suits a strong base titration." >}}
Its colour change (pH 8.2–10) sits on the steep part of the curve.
{{< /expand >}}

{{< spoiler question='¿Qué indicador se usa con ácidos débiles?' >}}
La fenolftaleína.
{{< /spoiler >}}
"""


def test_a_folding_shortcode_whose_title_asks_is_a_card():
    cards, unanswered = cards_and_unanswered(ACCORDION)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Do I need goggles for titrations?", "Yes, always: acids splash when the burette drips too fast."),
        (
            "How do you standardise NaOH?",
            "Titrate it against dried potassium hydrogen phthalate:\n\n```text\nn(NaOH) = m(KHP) / 204.22\n```",
        ),
        (
            "Explain why phenolphthalein suits a strong base titration.",
            "Its colour change (pH 8.2–10) sits on the steep part of the curve.",
        ),
        ("¿Qué indicador se usa con ácidos débiles?", "La fenolftaleína."),
    ]
    assert {rule for _, rule, _, _ in cards} == {"shortcode-item"}
    assert unanswered == [(11, "Where is the eyewash station?")]


def test_shortcode_lines_are_no_longer_unclassified():
    extraction, _ = extract_text(ACCORDION)
    assert extraction.unclassified == 0


def test_a_folding_shortcode_that_does_not_ask_is_no_card():
    text = """\
# Notes

{{< details title="Further reading" >}}
The textbook, chapter 4.
{{< /details >}}

{{< alert context="info" >}}
Is the exam open book? Ask the TA.
{{< /alert >}}
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [c for c in cards if c[1] == "shortcode-item"] == []
    assert unanswered == []


def test_a_shortcode_inside_a_code_fence_is_left_alone():
    lines = ["```", '{{< details "Why?" >}}', "x", "{{< /details >}}", "```"]
    assert find_shortcodes(lines) == []


def test_titles_and_marker_lines():
    assert shortcode_title(' title="Is it?" id="x"') == "Is it?"
    assert shortcode_title(' "Question" ') == "Question"
    assert shortcode_title(" header='Answer'") == "Answer"
    assert shortcode_title(' id="logistics"') == ""
    text = "{{< hint info >}}\nKeep the pH low.\n{{< /hint >}}\n\n{{< katex display >}}\nx^2\n{{< /katex >}}"
    assert without_shortcode_lines(text) == "Keep the pH low.\n\n$$\nx^2\n$$"


TABS = """\
# Statistics drills

## Drill set

{{< tabs "one" >}}
{{< tab "Question" >}}
**Drill 4.** Why does the sample variance divide by $n-1$?
{{< /tab >}}
{{< tab "Answer" >}}
Bessel's correction: it makes the estimator unbiased.
{{< /tab >}}
{{< /tabs >}}

{{< tabpane >}}
{{% tab header="Frage" %}}
Was misst der Median?
{{% /tab %}}
{{% tab header="Antwort" %}}
Die Mitte der sortierten Werte.
{{% /tab %}}
{{< /tabpane >}}

{{< tabs "three" >}}
{{< tab "Question" >}}
Name one robust measure of spread.
{{< /tab >}}
{{< tab "Answer" >}}
{{< /tab >}}
{{< /tabs >}}

{{< tabs "code" >}}
{{< tab "Python" >}}
`statistics.median(xs)`
{{< /tab >}}
{{< tab "R" >}}
`median(xs)`
{{< /tab >}}
{{< /tabs >}}
"""


def test_question_and_answer_tabs_pair_across_tabs():
    cards, unanswered = cards_and_unanswered(TABS)
    assert [(rule, q, a) for _, rule, q, a in cards if rule == "content-tab"] == [
        ("content-tab", "Why does the sample variance divide by $n-1$?", "Bessel's correction: it makes the estimator unbiased."),
        ("content-tab", "Was misst der Median?", "Die Mitte der sortierten Werte."),
    ]
    assert [message for _, message in unanswered] == ["Name one robust measure of spread."]
    assert all("{{" not in q + a for _, _, q, a in cards)


def test_shortcode_lines_never_leak_into_another_rules_answer():
    text = """\
# Geography

## What causes monsoons?

{{< hint info >}}
Seasonal reversal of winds between land and sea.
{{< /hint >}}
"""
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [("What causes monsoons?", "Seasonal reversal of winds between land and sea.")]


ANSWER_BOXES = """\
# Physics quiz

## Kinematics

**What is the SI unit of acceleration?**

{{< details "Show answer" >}}
Metres per second squared.
{{< /details >}}

Wie groß ist die Erdbeschleunigung?

{{% expand "Lösung" %}}
Etwa 9,81 m/s².
{{% /expand %}}

Velocity is the rate of change of position.

{{< details "Answer" >}}
A note nobody asked for.
{{< /details >}}

Click a question to see its answer.

{{< accordion id="kin" >}}
{{< accordion-item title="Is speed a vector?" >}}
No, velocity is.
{{< /accordion-item >}}
{{< /accordion >}}

{{< tabs items="Question,Answer" >}}
{{< tab >}}
Define jerk.
{{< /tab >}}
{{< tab >}}
The rate of change of acceleration.
{{< /tab >}}
{{< /tabs >}}
"""


def test_an_answer_box_answers_the_question_above_it():
    cards, _ = cards_and_unanswered(ANSWER_BOXES)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "shortcode-item", "What is the SI unit of acceleration?", "Metres per second squared."),
        (11, "shortcode-item", "Wie groß ist die Erdbeschleunigung?", "Etwa 9,81 m/s²."),
        (26, "shortcode-item", "Is speed a vector?", "No, velocity is."),
        (33, "content-tab", "Define jerk.", "The rate of change of acceleration."),
    ]


MDX_ACCORDIONS = """\
---
title: "Révision : la photosynthèse"
---

import { Badge } from "/snippets/badge.mdx";

<Note>
  Ouvrez une question seulement après avoir répondu à voix haute.
</Note>

<CardGroup cols={2}>
  <Card title="Où poser une question ?" icon="comments" href="/forum">
    Sur le forum du cours.
  </Card>
</CardGroup>

## Phase claire

<AccordionGroup>
  <Accordion title="Où se déroule la phase claire ?">
    Dans les membranes des thylakoïdes du chloroplaste.
  </Accordion>

  <Accordion title="Que produit la photolyse de l'eau ?" icon="droplet">
    - du dioxygène
    - des protons et des électrons

    Le dioxygène est **rejeté**.
  </Accordion>

  <Accordion title="Quel est le rôle du NADP<sup>+</sup> ?">
    {/* TODO: à compléter après le TP */}
  </Accordion>

  <Accordion title="Combien de photosystèmes y a-t-il ?">
  </Accordion>
</AccordionGroup>

<Steps>
  <Step title="Peut-on réviser en groupe ?">
    Oui, le jeudi.
  </Step>
</Steps>

<Details summary="Wo findet der Calvin-Zyklus statt?">
Im Stroma des Chloroplasten.
</Details>
"""


def test_an_mdx_accordion_whose_title_asks_is_a_card():
    cards, unanswered = cards_and_unanswered(MDX_ACCORDIONS)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (20, "shortcode-item", "Où se déroule la phase claire ?", "Dans les membranes des thylakoïdes du chloroplaste."),
        (
            24,
            "shortcode-item",
            "Que produit la photolyse de l'eau ?",
            "- du dioxygène\n- des protons et des électrons\n\nLe dioxygène est **rejeté**.",
        ),
        (45, "shortcode-item", "Wo findet der Calvin-Zyklus statt?", "Im Stroma des Chloroplasten."),
    ]
    assert [line for line, _ in unanswered] == [31, 35]


def test_components_that_do_not_fold_are_no_cards():
    # `<Card title="…?">` and `<Step title="…?">` ask in their titles, but they link or list steps: no answer hides.
    cards, _ = cards_and_unanswered(MDX_ACCORDIONS)
    assert not any("forum" in a or "jeudi" in a for _, _, _, a in cards)


def test_an_accordion_group_is_dress_once_its_items_are_carded():
    extraction, _ = extract_text(MDX_ACCORDIONS)
    reasons = {d.message for d in extraction.diagnostics if d.kind == "unclassified"}
    assert not any("AccordionGroup" in r or "Accordion title" in r for r in reasons)


LIQUID_DETAILS = """\
---
title: Pytania z biologii komórki
published: true
---

{% youtube abc123 %}

### Pytanie 1

Czym różni się mitoza od mejozy?

{% details Odpowiedź %}
Mitoza daje dwie komórki diploidalne, mejoza cztery haploidalne.
{% enddetails %}

### Pytanie 2

```text
AUG GCC UAA
```

Ile aminokwasów koduje ta sekwencja?

{% details Answer %}
Jeden: UAA to kodon stop.
{% enddetails %}

### Pytanie 3

Co to jest apoptoza?

{% details Answer %}
Coming in part 2 — I'm still writing this one up.
{% enddetails %}

### Questão 4

{% details O que faz o ribossomo? %}
Traduz o mRNA em proteína.
{% enddetails %}

### Pytanie 5

Wymień dwa organella z własnym DNA.

{% details Answer %}
{% enddetails %}
"""


def test_a_liquid_details_tag_answers_the_question_above_or_in_its_title():
    cards, unanswered = cards_and_unanswered(LIQUID_DETAILS)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (10, "shortcode-item", "Czym różni się mitoza od mejozy?", "Mitoza daje dwie komórki diploidalne, mejoza cztery haploidalne."),
        (18, "shortcode-item", "```text\nAUG GCC UAA\n```\n\nIle aminokwasów koduje ta sekwencja?", "Jeden: UAA to kodon stop."),
        (38, "shortcode-item", "O que faz o ribossomo?", "Traduz o mRNA em proteína."),
    ]
    assert [line for line, _ in unanswered] == [30, 44]


def test_a_liquid_tag_that_folds_nothing_under_a_statement_is_no_card():
    text = """\
# Notes

The cell membrane is a lipid bilayer.

{% details Answer %}
A note nobody asked for.
{% enddetails %}

{% highlight python %}
print("Is this a question?")
{% endhighlight %}
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "shortcode-item" for _, rule, _, _ in cards)
    assert unanswered == []


GENERIC_BLOCKS = """\
# Sorting — Selbsttest

/// admonition | Wie man diese Seite liest
    type: note

Erst antworten, dann aufklappen.
///

/// details | Warum ist Quicksort im Mittel schneller als Heapsort?
    type: question
    open: false

Bessere Cache-Lokalität und kleinere Konstanten.
///

/// details | Ist Mergesort stabil?
    type: question

Ja, wenn bei Gleichheit das linke Element zuerst genommen wird:

```python
if left[i] <= right[j]:
    out.append(left[i])
```
///

/// details | ¿Cuál es la complejidad de Timsort en el peor caso?
    type: question
///

/// tip | ¿Por qué importa la estabilidad?
Al ordenar por varias claves, una después de otra.
///

//// details | Welche Sortierverfahren arbeiten in place?

/// note | Zur Erinnerung
In place: höchstens O(log n) Zusatzspeicher.
///

Quicksort und Heapsort.
////
"""


def test_a_generic_details_block_whose_title_asks_is_a_card():
    cards, unanswered = cards_and_unanswered(GENERIC_BLOCKS)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (
            9,
            "shortcode-item",
            "Warum ist Quicksort im Mittel schneller als Heapsort?",
            "Bessere Cache-Lokalität und kleinere Konstanten.",
        ),
        (
            16,
            "shortcode-item",
            "Ist Mergesort stabil?",
            "Ja, wenn bei Gleichheit das linke Element zuerst genommen wird:\n\n"
            "```python\nif left[i] <= right[j]:\n    out.append(left[i])\n```",
        ),
        (
            35,
            "shortcode-item",
            "Welche Sortierverfahren arbeiten in place?",
            "**Zur Erinnerung**\n\nIn place: höchstens O(log n) Zusatzspeicher.\n\nQuicksort und Heapsort.",
        ),
    ]
    assert unanswered == [(27, "¿Cuál es la complejidad de Timsort en el peor caso?")]


def test_generic_blocks_that_do_not_fold_are_no_cards():
    text = """\
/// admonition | Why does this page exist?
    type: warning

Because the wiki moved.
///

/// tab | What is new?
Nothing yet.
///
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "shortcode-item" for _, rule, _, _ in cards)
    assert unanswered == []


PANELS = """\
# Astronomie-Prüfung

!!!
Erst laut antworten, dann aufklappen.
!!!

## Sterne

==- Warum leuchten Sterne?
Kernfusion von Wasserstoff zu Helium im Kern setzt Energie frei.
===

==- Hauptreihe und Riesenast
Auf der Hauptreihe fusioniert der Kern Wasserstoff; auf dem Riesenast brennt eine Schale um den Heliumkern.
===

==- Was ist ein Weißer Zwerg?
<!-- TODO: nachlesen -->
===

## Planeten

=== ¿Cuántos planetas tiene el sistema solar?
Ocho, desde que Plutón pasó a planeta enano en 2006.
===

==- ¿Por qué Venus es más caliente que Mercurio?
===
"""


def test_retype_panels_whose_titles_ask_are_cards_and_their_topic_siblings_too():
    cards, unanswered = cards_and_unanswered(PANELS)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Warum leuchten Sterne?", "Kernfusion von Wasserstoff zu Helium im Kern setzt Energie frei."),
        (
            "Hauptreihe und Riesenast",
            "Auf der Hauptreihe fusioniert der Kern Wasserstoff; auf dem Riesenast brennt eine Schale um den Heliumkern.",
        ),
        ("¿Cuántos planetas tiene el sistema solar?", "Ocho, desde que Plutón pasó a planeta enano en 2006."),
    ]
    assert {rule for _, rule, _, _ in cards} == {"shortcode-item"}
    assert [q for _, q in unanswered] == ["Was ist ein Weißer Zwerg?", "¿Por qué Venus es más caliente que Mercurio?"]


def test_a_panel_keeps_the_headings_above_it_as_context_not_the_setext_heading_it_reads_as():
    extraction, _ = extract_text(PANELS)
    assert [d.context for d in extraction.drafts] == [("Sterne",), ("Sterne",), ("Planeten",)]


def test_panels_on_a_page_that_does_not_ask_are_no_cards():
    text = """\
# Release notes

==- Version 2.1
Faster start-up and a dark theme.
===

==- Version 2.0
A new plug-in loader.
===

=== "Python"
    print("tabs of code stay tabs")
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [c for c in cards if c[1] == "shortcode-item"] == []
    assert unanswered == []


_HEXO = """---
title: Tentamensplugg
---

Tryck på **Visa svar** för att se svaret.

## Kemi

**1. Vad är en katalysator?**

{% hideToggle Visa svar %}
Ett ämne som sänker aktiveringsenergin utan att förbrukas.
{% endhideToggle %}

**2. Förklara skillnaden mellan exoterm och endoterm reaktion.**

{% hideToggle Svar %}
En exoterm reaktion avger värme, en endoterm tar upp värme.
{% endhideToggle %}

**3. Vad är en buffert?**

{% hideToggle Svar %}
Kommer snart ✍️
{% endhideToggle %}

{% hideToggle Ordlista %}
Katalysator, buffert.
{% endhideToggle %}
"""


def test_hexo_hide_toggles_titled_as_the_answer_answer_the_bold_line_above() -> None:
    cards, unanswered = cards_and_unanswered(_HEXO)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("shortcode-item", "Vad är en katalysator?", "Ett ämne som sänker aktiveringsenergin utan att förbrukas."),
        (
            "shortcode-item",
            "Förklara skillnaden mellan exoterm och endoterm reaktion.",
            "En exoterm reaktion avger värme, en endoterm tar upp värme.",
        ),
    ]
    assert [m for _, m in unanswered] == ["Vad är en buffert? (placeholder)"]


def test_a_bold_line_over_a_box_that_is_not_an_answer_stays_untouched() -> None:
    text = "# Notes\n\n**Glossary of terms**\n\n{% hideToggle Glossary %}\nCatalyst, buffer.\n{% endhideToggle %}\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not any(c[1] == "shortcode-item" for c in cards)
    assert not unanswered
