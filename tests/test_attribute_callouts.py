"""The attribute-callout rule: questions answered in titled callouts of a kramdown site."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

LAB = """\
---
title: "Lab 2: Git internals"
---

# Lab 2: Git internals
{: .no_toc }

## Objects

### Checkpoint 1

What kind of object stores a directory listing?
{: .fs-4 }

{: .tip-title }
> Solution
>
> A **tree** object: names, modes and the hashes of blobs and subtrees.

### Checkpoint 2

You run `git gc` on a fresh clone. Why does `.git/objects` shrink?
{: .fs-4 }

{: .note-title }
> Answer
>
> Loose objects are packed into a packfile, stored as deltas.

### Checkpoint 3 (graded)

Explain why a commit hash changes when only its parent changes.
{: .fs-4 }

{: .warning }
Submit this one on Gradescope; no solution is posted.

### Checkpoint 4

What does `git cat-file -t` print?
{: .fs-4 }

## Wrap-up

{: .note }
> Push your branch before the deadline.
"""


def _extraction():  # type: ignore[no-untyped-def]
    return extract_text(LAB)[0]


def test_the_callout_title_and_attribute_lines_stay_off_both_sides() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    back = cards["What kind of object stores a directory listing?"]
    assert back.startswith("A **tree** object") and "{:" not in back and "Solution" not in back
    assert all("{:" not in q for q in cards)


def test_a_question_of_two_sentences_is_one_front() -> None:
    cards = {d.question: d.answer for d in _extraction().drafts}
    assert "You run `git gc` on a fresh clone. Why does `.git/objects` shrink?" in cards


def test_styled_questions_without_a_titled_callout_are_unanswered() -> None:
    extraction = _extraction()
    reported = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert reported == [
        "Explain why a commit hash changes when only its parent changes.",
        "What does `git cat-file -t` print?",
    ]
    assert not any("Gradescope" in d.answer or "Push your branch" in d.answer for d in extraction.drafts)


def test_one_answered_question_is_no_convention() -> None:
    single = LAB.split("### Checkpoint 2")[0]
    assert not [d for d in extract_text(single)[0].drafts if d.convention == "attribute-callout"]


CLASSED_DE = """\
---
title: Netzwerke — Lernkarten
---

## Namensauflösung

Wofür steht die Abkürzung DNS?
{: .frage }

Domain Name System: es übersetzt Namen in Adressen.
{: .antwort }

Nenne zwei Typen von DNS-Einträgen.
{: .frage }

- `MX` für Mailserver
- `AAAA` für IPv6-Adressen
{: .antwort }

```text
example.org.  IN  MX  10 mail.example.org.
```

Warum lohnt sich ein eigener Resolver im Büro? Das besprechen wir nächste Woche.
{: .hinweis }

Was macht ein TTL-Wert?
{: .frage }

_noch ausarbeiten_
{: .antwort }

Was ist ein Reverse-Lookup?
{: .frage }

{: .antwort }
"""


def test_classed_answers_follow_classed_questions() -> None:
    extraction, diagnostics = extract_text(CLASSED_DE)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("attribute-callout", "Wofür steht die Abkürzung DNS?", "Domain Name System: es übersetzt Namen in Adressen."),
        (
            "attribute-callout",
            "Nenne zwei Typen von DNS-Einträgen.",
            "- `MX` für Mailserver\n- `AAAA` für IPv6-Adressen\n\n```text\nexample.org.  IN  MX  10 mail.example.org.\n```",
        ),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "Was macht ein TTL-Wert? (placeholder)",
        "Was ist ein Reverse-Lookup?",
    ]
    assert not [d for d in extraction.drafts if "Resolver" in d.question]


def test_classed_paragraphs_that_never_ask_are_no_cards() -> None:
    text = (
        "# Notas\n\nLa fotosíntesis ocurre en los cloroplastos.\n{: .lead }\n\n"
        "Ver también el capítulo 4.\n{: .nota }\n\n"
        "La respiración ocurre en las mitocondrias.\n{: .lead }\n\n"
        "Ver también el capítulo 5.\n{: .nota }\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "attribute-callout"]


def test_a_single_classed_pair_is_no_convention() -> None:
    text = "# Notes\n\n¿Qué es un ion?\n{: .pregunta }\n\nUn átomo con carga eléctrica.\n{: .respuesta }\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "attribute-callout"]


PROMPT_BOXES = """\
## Kjemi

**1. Hva er pH-verdien til rent vann?**

> Svar: **7** ved 25 °C.
{: .prompt-tip }

**2. Hvilken gass dannes når sink reagerer med saltsyre?**

> Svar: hydrogen (H₂).
{: .prompt-tip }

**3. Jelaskan dua sifat logam alkali.**

> Svar:
> 1. Lunak
> 2. Sangat reaktif
{: .prompt-tip }

**4. Apa rumus kimia garam dapur?**

> Nanti saya isi — tanya guru dulu.
{: .prompt-warning }

Ujian minggu depan, jangan lupa belajar.

> Bawa kalkulator.
{: .prompt-info }
"""


def test_questions_answered_in_boxes_of_one_class() -> None:
    cards, unanswered = cards_and_unanswered(PROMPT_BOXES)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("attribute-callout", "Hva er pH-verdien til rent vann?", "**7** ved 25 °C."),
        ("attribute-callout", "Hvilken gass dannes når sink reagerer med saltsyre?", "hydrogen (H₂)."),
        ("attribute-callout", "Jelaskan dua sifat logam alkali.", "1. Lunak\n2. Sangat reaktif"),
    ]
    assert [message for _, message in unanswered] == ["Apa rumus kimia garam dapur?"]


def test_one_boxed_question_is_no_layout() -> None:
    text = "# Notes\n\n**1. Hva er pH-verdien til rent vann?**\n\n> Svar: 7\n{: .prompt-tip }\n\nTekst.\n\n> Husk dette.\n{: .prompt-tip }\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "attribute-callout"]


def test_prose_over_a_box_of_the_answer_class_stays_prose() -> None:
    text = PROMPT_BOXES + "\n## Catatan\n\nSaya suka kimia organik.\n\n> Ini catatan saja.\n{: .prompt-tip }\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if "organik" in c[2]]
    assert len([c for c in cards if c[1] == "attribute-callout"]) == 3
