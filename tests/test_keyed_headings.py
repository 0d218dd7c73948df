"""The keyed-heading rule: keyed list questions answered later under headings opening with the same key."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Fallbesprechung 3 — Knieschmerz

## Sitzung 1

### Lernziele

- **LZ 1.** Welche Bänder stabilisieren das Kniegelenk?
- **LZ 2.** Wie prüft man das vordere Kreuzband?
- **LZ 3.** Wann ist eine Operation angezeigt?
- **LZ 4.** Wie lange dauert die Reha?

## Sitzung 2 — Ergebnisse

### LZ 1 — Bänder (Jonas)

Kreuzbänder (vorderes und hinteres) und die beiden Seitenbänder.

### LZ 2: Lachman-Test (Mia)

Unterschenkel bei 20–30° Beugung nach vorn ziehen; weicher Anschlag = Ruptur.

### LZ 3 — OP (Lea)

Lea war krank — TODO.
"""


def test_a_keyed_question_is_answered_by_the_heading_with_its_key() -> None:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "keyed-heading"}
    assert cards == {
        "Welche Bänder stabilisieren das Kniegelenk?": "Kreuzbänder (vorderes und hinteres) und die beiden Seitenbänder.",
        "Wie prüft man das vordere Kreuzband?": "Unterschenkel bei 20–30° Beugung nach vorn ziehen; weicher Anschlag = Ruptur.",
    }


def test_a_key_without_heading_or_with_a_note_ending_on_todo_is_unanswered() -> None:
    extraction, _ = extract_text(NOTES)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Wann ist eine Operation angezeigt?", "Wie lange dauert die Reha?"]


def test_keyed_items_with_one_matching_heading_are_left_alone() -> None:
    text = (
        "# 課題\n\n- **Q1.** ¿Qué es una enzima?\n- **Q2.** ¿Qué es un sustrato?\n\n"
        "## Q1 — enzimas\n\nUna proteína que cataliza reacciones.\n\n## Resumen\n\nNada más.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "keyed-heading"]
