"""A bold number opening a paragraph, its answer on the very next line of the same paragraph behind an answer
label (`**1.** Kas įkūrė Vilnių?` / `Ats.: Gediminas.`, `**2.** What is a mole?` / `Answer: …`): the
paragraph is one card, never glued to the next item. A stem ending in a colon over lettered sub-questions gives
one card per sub-question; a label alone over a list takes the list; `Ats.: —` is unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

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
