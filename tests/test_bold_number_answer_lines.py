"""A bold number opening a paragraph, its answer on the very next line of the same paragraph behind an answer
label (`**1.** Kas įkūrė Vilnių?` / `Ats.: Gediminas.`, `**2.** What is a mole?` / `Answer: …`): the
paragraph is one card, never glued to the next item. A stem ending in a colon over lettered sub-questions gives
one card per sub-question; a label alone over a list takes the list; `Ats.: —` is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

HISTORY = """\
# Istorija — kolokviumas

## Viduramžiai

**1.** Kas laikomas Vilniaus įkūrėju?
Ats.: Didysis kunigaikštis Gediminas (1323 m. laiškai).

**2.** Kada įvyko Žalgirio mūšis?
Ats.: 1410 m. liepos 15 d.

**3.** Krikščionybės įvedimas:
   a) kuriais metais pakrikštyta Aukštaitija?
   Ats.: 1387 m.
   b) kas tai padarė?
   Ats.: Jogaila.

**4.** Išvardinkite Liublino unijos pasekmes.
Ats.:
- bendras seimas;
- bendras valdovas.

**5.** Kodėl žlugo Abiejų Tautų Respublika?
Ats.: —
"""


def test_bold_numbers_answered_on_their_next_line() -> None:
    extraction, diagnostics = extract_text(HISTORY)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (5, "Kas laikomas Vilniaus įkūrėju?", "Didysis kunigaikštis Gediminas (1323 m. laiškai)."),
        (8, "Kada įvyko Žalgirio mūšis?", "1410 m. liepos 15 d."),
        (12, "Krikščionybės įvedimas: kuriais metais pakrikštyta Aukštaitija?", "1387 m."),
        (14, "Krikščionybės įvedimas: kas tai padarė?", "Jogaila."),
        (17, "Išvardinkite Liublino unijos pasekmes.", "- bendras seimas;\n- bendras valdovas."),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(22, "Kodėl žlugo Abiejų Tautų Respublika?")]
    assert not [d for d in diagnostics if d.kind == "unclassified"]


def test_english_bold_numbers_with_answer_lines() -> None:
    text = (
        "# Chemistry\n\n**1.** What is a mole?\nAnswer: 6.022 × 10²³ particles.\n\n"
        "**2.** Name the lightest element.\nAnswer: Hydrogen.\n"
    )
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("What is a mole?", "6.022 × 10²³ particles."),
        ("Name the lightest element.", "Hydrogen."),
    ]


def test_bold_numbered_steps_without_answer_lines_are_not_this_rule() -> None:
    text = "# Setup\n\n**1.** Install the package.\nRun it once.\n\n**2.** Open the settings.\nPick a theme.\n"
    extraction, _ = extract_text(text)
    assert all(d.convention != "answer-line" for d in extraction.drafts)


# A German chemistry README: dotted numbers, marks in brackets, the answers in small print under the questions.
SMALL_PRINT = """\
# Chemie — Wiederholung

## 1. Säuren und Basen

**1.1** Definiere eine *Säure* nach Brønsted. (2)
<sub>**Antwort:** Ein Teilchen, das Protonen abgibt.</sub>

**1.2** Welchen pH-Wert hat reines Wasser bei 25 °C? (1)
<sub>**Antwort:** 7</sub>

**1.3** Was ist eine Pufferlösung? (2)
<sub>**Antwort:**</sub>

**1.4** Nenne ZWEI starke Säuren. (2)
<small>**Antwort:** _TODO_</small>
"""


def test_answer_lines_in_small_print_under_dotted_bold_numbers() -> None:
    extraction, diagnostics = extract_text(SMALL_PRINT)
    assert [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts] == [
        (5, "answer-line", "Definiere eine *Säure* nach Brønsted.", "Ein Teilchen, das Protonen abgibt."),
        (8, "answer-line", "Welchen pH-Wert hat reines Wasser bei 25 °C?", "7"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (11, "Was ist eine Pufferlösung?"),
        (14, "Nenne ZWEI starke Säuren."),
    ]


# A Spanish history sheet: fill-in items of a numbered list, each answered on an indented line.
FILL_IN = """\
# Historia — repaso

## Completa

1. La Revolución francesa empezó en ______.
   **Respuesta:** 1789

2. El primer emperador de Roma fue ______.
   **Respuesta:** Augusto

3. La Reconquista terminó con la toma de ______.
   **Respuesta:**
"""


def test_numbered_list_items_answered_on_an_indented_label_line() -> None:
    extraction, diagnostics = extract_text(FILL_IN)
    assert [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts] == [
        (5, "answer-line", "La Revolución francesa empezó en ______.", "1789"),
        (8, "answer-line", "El primer emperador de Roma fue ______.", "Augusto"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (11, "La Reconquista terminó con la toma de ______."),
    ]


def test_a_list_with_one_labelled_item_is_no_question_list() -> None:
    text = "# Steps\n\n1. Open the file.\n   Answer: yes\n\n2. Save it.\n\n3. Close it.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "answer-line"]


def test_answer_label_opening_the_paragraph_under_the_question_and_or_options() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Biologija — bandomasis egzaminas\n\n"
        "**1.** Kiek kamerų turi širdis? [1]  \nAts.: Keturias.\n\n"
        "**2.** Kas gamina insuliną? [1]  \nAts.: Kasa.\n\n"
        "**3.** (a) Paaiškink fotosintezės reikšmę. [3]\n\n"
        "Ats.: Augalai gamina gliukozę ir deguonį.\n\n- šviesos fazė\n- tamsos fazė\n\n"
        "<p align=\"center\"><b>ARBA</b></p>\n\n"
        "(b) Aprašyk kvėpavimo etapus. [3]\n\n"
        "Ats.: _(parašysiu vėliau — vadovėlio 40 psl.)_\n\n---\n\n"
        "**4.** Nurodyk du skirtumus tarp ląstelių. [2]  \nAts.:\n"
        "| augalo | gyvūno |\n|---|---|\n| sienelė | be sienelės |\n"
    )
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "Kiek kamerų turi širdis?", "Keturias."),
        (6, "Kas gamina insuliną?", "Kasa."),
        (9, "Paaiškink fotosintezės reikšmę.", "Augalai gamina gliukozę ir deguonį.\n\n- šviesos fazė\n- tamsos fazė"),
        (24, "Nurodyk du skirtumus tarp ląstelių.", "| augalo | gyvūno |\n|---|---|\n| sienelė | be sienelės |"),
    ]
    assert [u[0] for u in unanswered] == [18]


def test_a_lettered_paragraph_without_an_answer_label_under_it_stays_untouched() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Historia\n\n**1.** ¿En qué año cayó Constantinopla?  \nRespuesta: 1453.\n\n"
        "**2.** ¿Quién escribió el Quijote?  \nRespuesta: Cervantes.\n\n"
        "(a) Una nota del profesor sobre el examen.\n\nEl examen es el lunes.\n"
    )
    assert [c[2] for c in cards if c[1] == "answer-line"] == ["¿En qué año cayó Constantinopla?", "¿Quién escribió el Quijote?"]
    assert not [c for c in cards if "nota" in c[2]]
    assert unanswered == []
