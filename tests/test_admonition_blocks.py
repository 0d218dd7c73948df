"""The admonition-block rule: an Obsidian ```` ```ad-question ```` block asks its `title:`, the next
```` ```ad-… ```` block (or its own body after `collapse: open`) answers it."""

from __future__ import annotations

from tests.helpers import extract_text

HISTORY = """\
# Early modern Europe

## Wars of religion

```ad-question
title: Which treaty ended the Thirty Years' War?
```
```ad-success
collapse: closed
title: Answer
The Peace of Westphalia (1648).
```

```ad-faq
title: Who issued the Edict of Nantes?
icon: star
```
```ad-check
collapse: closed
color: 200, 200, 255
Henry IV of France, in 1598.
```

```ad-help
title: What did the edict grant the Huguenots?
collapse: open
Freedom of worship in named places and civil rights.
```

```ad-question
title: Why did Louis XIV revoke it?
```
```ad-todo
Read chapter 7 first.
```

```ad-note
title: Context
Background only.
```
"""


def test_question_blocks_are_answered_by_the_next_block_or_their_own_body() -> None:
    extraction, diagnostics = extract_text(HISTORY)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (
            5,
            "admonition-block",
            "Which treaty ended the Thirty Years' War?",
            "The Peace of Westphalia (1648).",
            ("Wars of religion",),
        ),
        (14, "admonition-block", "Who issued the Edict of Nantes?", "Henry IV of France, in 1598.", ("Wars of religion",)),
        (
            24,
            "admonition-block",
            "What did the edict grant the Huguenots?",
            "Freedom of worship in named places and civil rights.",
            ("Wars of religion",),
        ),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [(30, "Why did Louis XIV revoke it?")]


def test_option_lines_never_reach_a_card_and_headings_are_not_cards() -> None:
    extraction, _ = extract_text(HISTORY)
    for draft in extraction.drafts:
        for word in ("title:", "collapse:", "icon:", "color:"):
            assert word not in draft.question and word not in draft.answer
    assert all(d.question not in ("Wars of religion", "Early modern Europe") for d in extraction.drafts)


def test_other_code_blocks_and_lone_notes_are_not_read() -> None:
    text = "# Notas\n\n```python\ntitle: x\n```\n```ad-note\ntitle: ¿Qué es un ácido?\nUn donante de protones.\n```\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "admonition-block"]


# mdBook's admonish preprocessor: the question in the body, a folded block after it answers.
CHEMIE = """\
# Chemie — Säuren und Basen

## Protolyse

```admonish question title="Frage 1"
Was ist eine Brønsted-Säure?
```

```admonish success collapsible=true title="Antwort"
Ein Teilchen, das Protonen abgibt.
```

```admonish question title="Frage 2"
Welchen pH-Wert hat reines Wasser bei 25 °C?
```

```admonish check
7 — die Konzentrationen von H₃O⁺ und OH⁻ sind gleich.
```

```admonish question title="Frage 3"
Warum leitet Salzsäure den Strom?
```

```admonish success collapsible=true title="Antwort"
TODO
```

```admonish faq title="Frage 4"
¿Por qué el amoníaco es una base?
```

```admonish note
Noch keine gute Erklärung gefunden.
```
"""


def test_admonish_question_blocks_ask_their_body_and_the_folded_block_after_answers() -> None:
    extraction, diagnostics = extract_text(CHEMIE)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (5, "admonition-block", "Was ist eine Brønsted-Säure?", "Ein Teilchen, das Protonen abgibt.", ("Protolyse",)),
        (
            13,
            "admonition-block",
            "Welchen pH-Wert hat reines Wasser bei 25 °C?",
            "7 — die Konzentrationen von H₃O⁺ und OH⁻ sind gleich.",
            ("Protolyse",),
        ),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Warum leitet Salzsäure den Strom?",
        "¿Por qué el amoníaco es una base?",
    ]


def test_an_open_note_after_an_admonish_question_is_no_answer_and_other_boxes_stay_alone() -> None:
    text = (
        "# Notes\n\n```admonish tip title=\"Pourquoi ?\"\nParce que.\n```\n\n"
        "```admonish info\nRien à voir.\n```\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "admonition-block"]
