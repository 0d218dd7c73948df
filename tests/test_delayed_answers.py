"""The delayed-answer rule: sibling sections that each pose a question under one sub-heading and answer the
previous section's question under another are read as pairs one section apart; the last question is
unanswered; a series whose sub-headings do not repeat that way is left alone."""

from __future__ import annotations

from tests.helpers import extract_text

GERMAN = """\
# Rätselbrief Astronomie

## Ausgabe 1

### Rätsel der Woche

Warum zeigt uns der Mond immer dieselbe Seite?

*Antworten per Mail!*

---

## Ausgabe 2

### Auflösung der letzten Woche

Gebundene Rotation: Umlaufzeit und Eigendrehung sind gleich lang.

### Rätsel der Woche

Warum ist der Himmel blau?

> Ein Leser fragt: gilt das auch auf dem Mars?

### Links

- Sternkarte für Oktober

---

## Ausgabe 3

### Auflösung der letzten Woche

Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut.

### Rätsel der Woche

Wie heißt der hellste Stern am Nachthimmel?

---

Abmelden · Archiv
"""

SPANISH = """\
# Boletín de química

## Semana 1

### Pregunta

¿Qué es un ion?

## Semana 2

### Respuesta anterior

TODO

### Pregunta

¿Qué es un isótopo?

## Semana 3

### Respuesta anterior

Un átomo con otro número de neutrones.

### Pregunta

¿Qué es un catión?
"""


def test_each_question_is_answered_by_the_next_section() -> None:
    extraction, diagnostics = extract_text(GERMAN)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts if d.convention == "delayed-answer"]
    assert cards == [
        (
            "delayed-answer",
            "Warum zeigt uns der Mond immer dieselbe Seite?",
            "Gebundene Rotation: Umlaufzeit und Eigendrehung sind gleich lang.",
        ),
        ("delayed-answer", "Warum ist der Himmel blau?", "Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "Wie heißt der hellste Stern am Nachthimmel?"
    ]


def test_a_placeholder_answer_leaves_its_question_unanswered() -> None:
    extraction, diagnostics = extract_text(SPANISH)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("¿Qué es un isótopo?", "Un átomo con otro número de neutrones.")
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "¿Qué es un ion? (placeholder)",
        "¿Qué es un catión?",
    ]


def test_sub_headings_repeated_in_every_section_are_no_series() -> None:
    same_in_all = SPANISH.replace("## Semana 1\n\n", "## Semana 1\n\n### Respuesta anterior\n\nNada.\n\n")
    for text in (same_in_all, SPANISH.replace("## Semana 3", "### Semana 3")):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "delayed-answer"], text


# A carousel copied out slide by slide: each slide answers the previous slide's question, then asks the next.
GERMAN_CAROUSEL = """\
# Karussell: Seen der Schweiz 🇨🇭

### Folie 1/6

> **Hallo zusammen!** 👋
> Wie gut kennt ihr die Seen? Wischen →

### Folie 2/6

> ❓ **Frage 1:** Welcher Fluss verlässt den Genfersee?

### Folie 3/6

> ✅ **Antwort:** Die **Rhône**, bei Genf.
>
> ❓ **Frage 2:** Welcher See ist der tiefste der Schweiz?

### Folie 4/6

> ✅ **Antwort:** Der Lago Maggiore, bis 372 m.
>
> ❓ **Frage 3:** An welchem See liegt Luzern?

### Folie 5/6

> ✅ **Antwort:** TODO
>
> ❓ **Frage 4:** Wie viele Kantone grenzen an den Bodensee?

### Folie 6/6

> 👀 Die Lösung kommt morgen in der Story!
"""

JAPANESE_CAROUSEL = """\
## スライド 1

❓ **問1:** 光合成で植物が取り込む気体は？

## スライド 2

✅ **答え:** 二酸化炭素。

❓ **問2:** 葉緑素はどこにある？

## スライド 3

✅ **答え:** 葉緑体の中。

- チラコイド膜に多い

❓ **問3:** 光合成で出る気体は？

## スライド 4

✅ **答え:** 酸素。
"""


def test_each_slide_answers_the_question_of_the_slide_before() -> None:
    extraction, diagnostics = extract_text(GERMAN_CAROUSEL)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("delayed-answer", "Welcher Fluss verlässt den Genfersee?", "Die **Rhône**, bei Genf."),
        ("delayed-answer", "Welcher See ist der tiefste der Schweiz?", "Der Lago Maggiore, bis 372 m."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "An welchem See liegt Luzern? (placeholder)",
        "Wie viele Kantone grenzen an den Bodensee?",
    ]


def test_slides_outside_quotes_and_a_list_under_an_answer() -> None:
    extraction, diagnostics = extract_text(JAPANESE_CAROUSEL)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("光合成で植物が取り込む気体は?", "二酸化炭素。"),  # the front's full-width mark made plain, as for every emoji question
        ("葉緑素はどこにある?", "葉緑体の中。\n\n- チラコイド膜に多い"),
        ("光合成で出る気体は?", "酸素。"),
    ]
    assert [d for d in diagnostics if d.kind == "unanswered"] == []


def test_posts_answering_their_own_question_are_no_carousel() -> None:
    same_post = """\
## Tag 1

❓ Welcher Fluss verlässt den Genfersee?

✅ Die Rhône.

## Tag 2

❓ Welcher See ist der tiefste?

✅ Der Lago Maggiore.

## Tag 3

❓ An welchem See liegt Luzern?

✅ Am Vierwaldstättersee.
"""
    extraction, _ = extract_text(same_post)
    assert [(d.convention, d.answer) for d in extraction.drafts] == [
        ("emoji-post", "Die Rhône."),
        ("emoji-post", "Der Lago Maggiore."),
        ("emoji-post", "Am Vierwaldstättersee."),
    ]
    one_delay = GERMAN_CAROUSEL.split("### Folie 4/6")[0]
    extraction, _ = extract_text(one_delay)
    assert not [d for d in extraction.drafts if d.convention == "delayed-answer"]
