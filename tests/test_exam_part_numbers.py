"""Exam parts of German papers: `*(2 BE)*` marks notes in italics are left off the front, and a bold part
number numbered like the part above (`**2.2**` after `**2.1**`) starts the next part even when it carries
no marks note, so it never joins the answer above it."""

from __future__ import annotations

from ankibuild.extract.questions import without_marks
from tests.helpers import cards_and_unanswered

PHYSICS = """\
# Physik LK – Übungsklausur

## Aufgabe 1 – Mechanik

**1.1** Berechnen Sie die Geschwindigkeit nach 3 s freiem Fall. *(3 BE)*

> **Musterlösung:** v = g·t ≈ 29,4 m/s

**1.2** Beschreiben Sie den Einfluss des Luftwiderstands.

> **Musterlösung:** Die Beschleunigung nimmt ab, bis eine Grenzgeschwindigkeit erreicht ist.

**1.3** Skizzieren Sie das v-t-Diagramm. *(4 BE)*

> **Musterlösung:** *fehlt noch*

**1.4** Begründen Sie, warum die Energie erhalten bleibt. _(2 Punkte)_

---

## Notizen

Die Klausur dauert 180 Minuten.
"""


def test_parts_split_at_each_bold_number_and_drop_the_marks() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    parts = [(q, a) for _, name, q, a in cards if name == "exam-part"]
    assert parts[0] == ("Berechnen Sie die Geschwindigkeit nach 3 s freiem Fall.", "v = g·t ≈ 29,4 m/s")
    assert "1.2" not in parts[0][1]
    assert parts[1][1] == "Die Beschleunigung nimmt ab, bis eine Grenzgeschwindigkeit erreicht ist."
    assert len(parts) == 2
    messages = [message for _, message in unanswered]
    assert any("Skizzieren" in m for m in messages)
    assert any("Energie erhalten" in m for m in messages)


def test_a_part_that_states_stays_out_of_the_answer_above() -> None:
    text = PHYSICS.replace("**1.2** Beschreiben Sie den Einfluss des Luftwiderstands.", "**1.2** Nun mit Luftwiderstand.")
    cards, _ = cards_and_unanswered(text)
    first = next(a for _, name, q, a in cards if name == "exam-part" and q.startswith("Berechnen"))
    assert first == "v = g·t ≈ 29,4 m/s"


def test_marks_notes_in_italics_and_german_units() -> None:
    assert without_marks("Nennen Sie zwei Beispiele. *(2 BE)*") == "Nennen Sie zwei Beispiele."
    assert without_marks("Erläutern Sie den Begriff. _(4 Punkte)_") == "Erläutern Sie den Begriff."
    assert without_marks("Vergleichen Sie beide Verfahren. (3 VP)") == "Vergleichen Sie beide Verfahren."
    assert without_marks("Warum fällt der Stein? **[3 marks]**") == "Warum fällt der Stein?"
    assert without_marks("Eine Frage (siehe Seite 2)") == "Eine Frage (siehe Seite 2)"
