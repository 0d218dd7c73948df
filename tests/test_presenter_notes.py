"""The presenter-note rule: remark.js quiz decks asking on the slide and answering in its presenter notes."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ITALIAN = """\
class: center, middle

# Quiz di astronomia

???

Benvenuti! Le risposte sono nelle note.

---

## D1

Qual è il pianeta più grande del sistema solare?

???

**Giove**, con un diametro di circa 143 000 km.

---

name: d2

## D2

Perché Venere è più calda di Mercurio?

???

Per l'effetto serra della sua atmosfera di CO₂.

---

## D3

![Una nebulosa](img/nebulosa.png)

Come si chiama questa nebulosa?

???

(da controllare prima di giovedì)

---

## D4

Quante lune ha Marte?

---

# Domande?

Prossimo incontro: le stelle variabili.

???

Ricordare il sondaggio.
"""

POLISH = """\
## Pytanie 1

Kto odkrył penicylinę?

???

Aleksander Fleming (1928).

---

## Pytanie 2

Czym jest antybiotykooporność?

???

Zdolność bakterii do przeżycia mimo działania antybiotyku.
"""


def test_slides_that_ask_are_answered_by_their_notes() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("presenter-note", "Qual è il pianeta più grande del sistema solare?", "**Giove**, con un diametro di circa 143 000 km."),
        ("presenter-note", "Perché Venere è più calda di Mercurio?", "Per l'effetto serra della sua atmosfera di CO₂."),
    ]
    assert [m for _, m in unanswered] == [
        "Come si chiama questa nebulosa? ![Una nebulosa](img/nebulosa.png) (placeholder)",
        "Quante lune ha Marte?",
    ]


def test_a_deck_without_properties_or_a_title_slide() -> None:
    cards, _ = cards_and_unanswered(POLISH)
    assert [q for _, _, q, _ in cards] == ["Kto odkrył penicylinę?", "Czym jest antybiotykooporność?"]


def test_one_slide_with_notes_makes_no_quiz() -> None:
    text = """\
# Wprowadzenie

Co to jest ekologia?

???

Powiedzieć o Haeckelu.

---

# Plan

- ekosystemy
- łańcuchy pokarmowe
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "presenter-note" for _, rule, _, _ in cards)


# iA Presenter: the tab-indented text is what the slide shows, the plain paragraphs are the speaker's notes.
GERMAN_IA = (
    "# Erdkunde 8b · Flüsse Europas\n"
    "\n"
    "Heute ein kurzes Quiz; die Notizen lese ich nach der Abstimmung vor.\n"
    "\n"
    "---\n"
    "\n"
    "## Quiz\n"
    "\tFünf Fragen · Handzeichen · ohne Atlas!\n"
    "\n"
    "Daran erinnern, dass die Arbeit am Freitag ist.\n"
    "\n"
    "---\n"
    "\n"
    "## F1\n"
    "\tWelcher Fluss fließt durch Wien?\n"
    "\n"
    "Die **Donau**; sie mündet ins Schwarze Meer.\n"
    "\n"
    "---\n"
    "\n"
    "## Warum bauen Städte an Flüssen?\n"
    "\n"
    "Rhetorisch, das beantworte ich selbst auf der nächsten Folie.\n"
    "\n"
    "---\n"
    "\n"
    "## F2\n"
    "\tWie heißt der längste Fluss Deutschlands?\n"
    "\n"
    "Der Rhein, wenn man nur die deutsche Strecke zählt, ist es die Donau.\n"
    "\n"
    "---\n"
    "\n"
    "## F3\n"
    "\tWo entspringt die Elbe?\n"
    "\n"
    "TODO: vor Dienstag nachschlagen.\n"
    "\n"
    "---\n"
    "\n"
    "## F4\n"
    "\tWelches Meer erreicht die Weichsel?\n"
)

FRENCH_IA = (
    "## Question 1\n"
    "\tQuel gaz les plantes absorbent-elles\n"
    "\tpendant la photosynthèse ?\n"
    "\n"
    "![feuille](img/feuille.png)\n"
    "\n"
    "Le **dioxyde de carbone** (CO₂).\n"
    "\n"
    "---\n"
    "\n"
    "## Question 2\n"
    "\tOù se trouve la chlorophylle ?\n"
    "\n"
    "Dans les chloroplastes.\n"
)


def test_ia_presenter_slides_are_answered_by_their_speaker_notes() -> None:
    """The title slide, the agenda and a title that only asks rhetorically are talk around the quiz."""
    cards, unanswered = cards_and_unanswered(GERMAN_IA)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("presenter-note", "Welcher Fluss fließt durch Wien?", "Die **Donau**; sie mündet ins Schwarze Meer."),
        (
            "presenter-note",
            "Wie heißt der längste Fluss Deutschlands?",
            "Der Rhein, wenn man nur die deutsche Strecke zählt, ist es die Donau.",
        ),
    ]
    assert unanswered == [(35, "Wo entspringt die Elbe? (placeholder)"), (42, "Welches Meer erreicht die Weichsel?")]


def test_an_ia_presenter_question_keeps_its_lines_and_the_picture_shown_with_it() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH_IA)
    assert [(q, a) for _, _, q, a in cards] == [
        (
            "Quel gaz les plantes absorbent-elles\npendant la photosynthèse ?\n\n![feuille](img/feuille.png)",
            "Le **dioxyde de carbone** (CO₂).",
        ),
        ("Où se trouve la chlorophylle ?", "Dans les chloroplastes."),
    ]
    assert unanswered == []


def test_code_indented_by_spaces_is_no_slide_text() -> None:
    spaced = FRENCH_IA.replace("\t", "    ")
    cards, _ = cards_and_unanswered(spaced)
    assert not [c for c in cards if c[1] == "presenter-note"]


def test_one_answered_ia_slide_makes_no_quiz() -> None:
    single = FRENCH_IA.split("---")[0]
    cards, _ = cards_and_unanswered(single + "---\n\n## Fin\n\tMerci !\n\nÀ jeudi.\n")
    assert not [c for c in cards if c[1] == "presenter-note"]
