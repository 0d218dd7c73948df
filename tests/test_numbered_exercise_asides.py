"""Exercise lists left to the reader: an advice quote under the list answers none of its items, and an
Arabic section title names exercises as `Exercises` does."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text


def test_a_tip_quote_under_an_exercise_list_is_no_answer():
    text = """\
# Optics

## Exercises

1. Compute the angle of refraction of a ray entering water at 30°.
2. Write Snell's law for a prism.

> 💡 **Tip:** do them alone before looking at the key.

## Sources

The textbook, chapter 4, and Monday's lecture.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "numbered" for _, rule, _, _ in cards)
    assert [line for line, _ in unanswered] == [5, 6]


def test_a_quote_that_answers_the_last_item_is_still_its_answer():
    text = """\
# Optique

## Questions

1. Qu'est-ce que la réfraction ?

> Le changement de direction d'une onde qui passe d'un milieu à un autre.
"""
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [("numbered", "Qu'est-ce que la réfraction ?")]


def test_an_arabic_exercise_section_reports_its_commands():
    text = """\
# الكهرباء

## تمارين

1. احسب شدة التيار في دارة مقاومتها 10 أوم وتوترها 5 فولط.
2. اكتب قانون أوم بالرموز مع الوحدات.

> **نصيحة:** حل التمارين قبل النظر في التصحيح.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "numbered" for _, rule, _, _ in cards)
    assert [line for line, _ in unanswered] == [5, 6]


def test_a_template_tag_line_is_no_glossary_term():
    text = """\
# Zellbiologie

**Definition — Ribosom:** Komplex aus RNA und Proteinen, an dem Proteine entstehen.

**Definition — Mitochondrium:** Organell mit zwei Membranen, Ort der Zellatmung.

{{< figure src="/img/mito.png" caption="Mitochondrium — Schnitt durch ein Organell" >}}
"""
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Definition — Ribosom", "Definition — Mitochondrium"]
