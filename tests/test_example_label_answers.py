"""The indented-answer rule on pandoc example lists: `(@label) question` paragraphs, each answered by a block
indented four spaces under it that opens with an emphasised dotted answer label (`*R.*`, `*A.*`)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Química orgánica — repaso

(@alcano) ¿Qué fórmula general tienen los alcanos?

    *R.* CnH2n+2: cadenas saturadas, solo enlaces simples (véase también (@alqueno)).

(@alqueno) ¿Qué distingue a un alqueno de un alcano?

    *R.* Tiene al menos un doble enlace carbono-carbono [@vollhardt2018, 112].

(@aromatico) ¿Por qué el benceno es tan estable?

    *R.*

(@ester) ¿Cómo se forma un éster?

    *R.* TODO

- [ ] Repasar (@alcano) antes del examen
"""

GERMAN = """\
# Mechanik

(@) Wie lautet das zweite newtonsche Gesetz?

    *A.* Die Kraft ist gleich Masse mal Beschleunigung, also F = m · a.

(@impuls) Was besagt der Impulserhaltungssatz?

    *A.* In einem abgeschlossenen System bleibt der Gesamtimpuls erhalten.
"""


def test_example_labels_over_labelled_indented_answers_are_cards() -> None:
    cards, _ = cards_and_unanswered(SPANISH)
    assert [(rule, question) for _, rule, question, _ in cards] == [
        ("indented-answer", "¿Qué fórmula general tienen los alcanos?"),
        ("indented-answer", "¿Qué distingue a un alqueno de un alcano?"),
    ]
    assert cards[0][3] == "CnH2n+2: cadenas saturadas, solo enlaces simples (véase también (@alqueno))."
    assert cards[1][3].endswith("[@vollhardt2018, 112].")


def test_an_empty_or_placeholder_answer_label_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(SPANISH)
    texts = " | ".join(message for _, message in unanswered)
    assert "¿Por qué el benceno es tan estable?" in texts
    assert "¿Cómo se forma un éster?" in texts
    assert len(unanswered) == 2


def test_an_unnamed_example_label_and_another_answer_letter() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(question, answer) for _, _, question, answer in cards] == [
        ("Wie lautet das zweite newtonsche Gesetz?", "Die Kraft ist gleich Masse mal Beschleunigung, also F = m · a."),
        ("Was besagt der Impulserhaltungssatz?", "In einem abgeschlossenen System bleibt der Gesamtimpuls erhalten."),
    ]
    assert unanswered == []


def test_a_lone_example_label_is_no_catalogue() -> None:
    text = "# Notizen\n\n(@eins) Wie hoch ist der Mount Everest?\n\n    *A.* Etwa 8849 Meter.\n\nSonst nichts.\n"
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "indented-answer" for _, rule, _, _ in cards)
