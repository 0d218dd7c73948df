"""The prompt-element rule: review prompts embedded in a page as HTML elements, each side in an attribute."""

from __future__ import annotations

from tests.helpers import extract_text

ASTRONOMIE = """\
# Astronomie für Einsteiger

<script type="module" src="https://example.org/prompts.js"></script>

## Planeten

Die inneren Planeten sind Gesteinsplaneten.

<review-area>
  <review-prompt
    question="Welcher Planet ist der Sonne am nächsten?"
    answer="Merkur.">
  </review-prompt>
  <review-prompt
    question="Was bedeutet &quot;Albedo&quot;?"
    answer="Der Anteil des einfallenden Lichts, den eine Fläche **zurückwirft**: $A = P_r / P_e$.">
  </review-prompt>
  <review-prompt
    question="¿Por qué Venus es más caliente que Mercurio?"
    answer="">
  </review-prompt>
</review-area>

## Monde

<flip-card data-front="Quel est le plus grand satellite de Saturne ?" data-back="Titan.">
</flip-card>
<flip-card data-front="Combien de lunes a Mars ?">
</flip-card>
"""


def test_elements_with_a_question_and_an_answer_attribute_are_cards() -> None:
    extraction, _ = extract_text(ASTRONOMIE)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"prompt-element"}
    assert set(cards) == {
        "Welcher Planet ist der Sonne am nächsten?",
        'Was bedeutet "Albedo"?',
        "Quel est le plus grand satellite de Saturne ?",
    }
    assert cards["Welcher Planet ist der Sonne am nächsten?"].answer == "Merkur."
    assert cards['Was bedeutet "Albedo"?'].answer.endswith("**zurückwirft**: $A = P_r / P_e$.")
    assert cards["Quel est le plus grand satellite de Saturne ?"].answer == "Titan."
    assert cards["Quel est le plus grand satellite de Saturne ?"].context == ("Monde",)


def test_an_empty_or_missing_answer_attribute_is_unanswered() -> None:
    extraction, diagnostics = extract_text(ASTRONOMIE)
    unanswered = sorted(d.question or "" for d in diagnostics if d.kind == "unanswered")
    assert unanswered == ["Combien de lunes a Mars ?", "¿Por qué Venus es más caliente que Mercurio?"]
    assert not any(d.kind == "unclassified" and "review-" in d.message for d in diagnostics)


FORM = """\
# Umfrage

<form action="/send">
  <input name="question" placeholder="Deine Frage" answer="">
  <label for="q">Pregunta</label>
</form>

<div class="note" title="¿Qué es un cometa?">Un cuerpo helado.</div>
"""


def test_elements_without_both_sides_are_left_alone() -> None:
    extraction, diagnostics = extract_text(FORM)
    assert not any(d.convention == "prompt-element" for d in extraction.drafts)
    assert not any(d.kind == "unanswered" for d in diagnostics)


GEOGRAFIA = """\
---
layout: page
title: Geografia — domande di ripasso
---

{% include toc.html %}

{% include callout.html content="Domande sull'esame? Scrivete al forum." %}

## Fiumi

{% include flashcard.html
   q="Qual è il fiume più lungo d'Italia?"
   a="Il Po, circa 652 km." %}

{% include flashcard.html
   q="Dove sfocia il Tevere?"
   a="Nel Mar Tirreno, a Fiumicino e Ostia." %}

{% include flashcard.html
   q="Ποιος είναι ο μεγαλύτερος ποταμός της Ελλάδας;"
   a="" %}

{{< card front="Wo entspringt die Donau?" back="Im Schwarzwald, bei Donaueschingen." >}}

{% include flashcard.html
   q="Welche Länder durchfließt der Rhein?"
   a="TODO" %}
"""


def test_template_tags_with_question_and_answer_attributes_are_cards() -> None:
    extraction, diagnostics = extract_text(GEOGRAFIA)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"prompt-element"}
    assert set(cards) == {
        "Qual è il fiume più lungo d'Italia?",
        "Dove sfocia il Tevere?",
        "Wo entspringt die Donau?",
    }
    assert cards["Dove sfocia il Tevere?"].answer == "Nel Mar Tirreno, a Fiumicino e Ostia."
    assert cards["Dove sfocia il Tevere?"].context == ("Fiumi",)
    unanswered = sorted(d.question or "" for d in diagnostics if d.kind == "unanswered")
    assert unanswered == ["Welche Länder durchfließt der Rhein?", "Ποιος είναι ο μεγαλύτερος ποταμός της Ελλάδας;"]


def test_template_tags_without_a_question_attribute_are_no_prompts() -> None:
    extraction, diagnostics = extract_text(GEOGRAFIA)
    assert not any("esame" in d.question for d in extraction.drafts)
    assert not any("esame" in (d.question or "") for d in diagnostics if d.kind == "unanswered")
