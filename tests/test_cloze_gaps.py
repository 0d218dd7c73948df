"""The cloze-gap rule: Moodle "embedded answers" (Cloze) questions, the answers in braces inside the text."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

DRAFTS = """\
# Geographie 7b – Lückentexte für Moodle

Format: `{Punkte:TYP:=richtig#Rückmeldung~falsch}`.

## Flüsse

**1.** Der längste Fluss Deutschlands ist der {1:SHORTANSWER:=Rhein#Genau!~=Rhein-Strom}.

**2.** Die Donau mündet ins {1:MULTICHOICE:~Mittelmeer#Nein~=Schwarze Meer~Kaspische Meer}.

**3.** Die Elbe ist etwa {2:NUMERICAL:=1094:10} Kilometer lang und fließt in die {1:MC:=Nordsee~Ostsee}.

## Noch offen

**4.** Der höchste Berg der Alpen ist der {1:SA:=} (4808 m). <!-- nachschlagen -->

**5.** Erkläre, warum Flüsse Mäander bilden. *(Aufsatz, Musterlösung fehlt)*
"""


def test_each_gapped_sentence_gives_its_right_answers() -> None:
    cards, missing = cards_and_unanswered(DRAFTS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("cloze-gap", "Der längste Fluss Deutschlands ist der ___.", "Rhein"),
        ("cloze-gap", "Die Donau mündet ins ___.", "Schwarze Meer"),
        ("cloze-gap", "Die Elbe ist etwa ___ Kilometer lang und fließt in die ___.", "1. 1094 (± 10)\n2. Nordsee"),
    ]
    assert [message for _, message in missing] == [
        "Der höchste Berg der Alpen ist der ___ (4808 m).",
        "Erkläre, warum Flüsse Mäander bilden.",
    ]


def test_weighted_answers_and_unlabelled_paragraphs_are_read() -> None:
    text = """\
# Química – huecos para Moodle

El símbolo del sodio es {1:SHORTANSWER_C:%100%Na~%50%na#Mayúscula, por favor}.

El agua hierve a {1:NM:=100} grados a nivel del mar.

El gas que exhalamos es {1:MULTICHOICE_V:~oxígeno~nitrógeno}.

Explica la diferencia entre mezcla y compuesto.
"""
    cards, missing = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("El símbolo del sodio es ___.", "Na"),
        ("El agua hierve a ___ grados a nivel del mar.", "100"),
    ]
    # no answer marked right: unanswered; an unlabelled paragraph without gaps is no prompt of the bank
    assert [message for _, message in missing] == ["El gas que exhalamos es ___."]


def test_a_single_gap_or_braces_of_other_markups_stay_untouched() -> None:
    text = """\
# Notizen

**1.** Ein einziger Lückentext: {1:SHORTANSWER:=Berlin}.

**2.** Eine Vorlage `{name:TYPE}` und ein Satz mit {x: 1} Klammern.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "cloze-gap" for _, rule, _, _ in cards)
