"""The labelled-problem rule: `**Case 2.** fact pattern … question?` answered by the next paragraph opening
with an answer label (`*Explanation:*`, `**Solution:**`) is one card; several per section, each its own."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

PHARMACOLOGY = """\
# Pharmacology cases

## Interactions

**Case 1.** A patient on warfarin starts a course of rifampicin. Two weeks later the INR is 1.1. Why?

*Explanation:* Rifampicin induces CYP2C9 and speeds up the breakdown of warfarin.

*Why not absorption:* rifampicin does not bind warfarin in the gut.

**Case 2.** A man on simvastatin is given clarithromycin and develops muscle pain. What happened?

*Explanation:* Clarithromycin inhibits CYP3A4, so the statin accumulates.

**Case 3.** Same patient as in case 2, a week later.

*Explanation:* His creatine kinase is still rising; stop the statin.

## Toxicity

**Case 4.** A child swallows iron tablets. What is the antidote?

**Explanation:**

**Case 5.** A farmer collapses with pinpoint pupils and sweating. Which drug do you give first?
"""


def test_each_case_is_a_card_with_its_explanation() -> None:
    cards, unanswered = cards_and_unanswered(PHARMACOLOGY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    first = "A patient on warfarin starts a course of rifampicin. Two weeks later the INR is 1.1. Why?"
    assert list(found) == [
        first,
        "A man on simvastatin is given clarithromycin and develops muscle pain. What happened?",
        "Same patient as in case 2, a week later.",
    ]
    assert {rule for rule, _ in found.values()} == {"labelled-problem"}
    assert found[first][1].startswith("Rifampicin induces CYP2C9") and "Why not absorption" in found[first][1]
    assert "Clarithromycin" not in found[first][1]
    assert [m for _, m in unanswered] == [
        "A child swallows iron tablets. What is the antidote?",
        "A farmer collapses with pinpoint pupils and sweating. Which drug do you give first?",
    ]


def test_the_sections_are_no_topic_cards() -> None:
    cards, _ = cards_and_unanswered(PHARMACOLOGY)
    assert not any(q in ("Interactions", "Toxicity") or q.startswith(("Interactions", "Toxicity")) for _, _, q, _ in cards)


def test_answer_labels_in_another_language() -> None:
    text = (
        "# Derecho civil\n\n**Caso 1.** Ana vende a Luis un coche que ya había vendido a Marta. ¿Quién es el dueño?\n\n"
        "*Respuesta:* Marta, si recibió el coche primero.\n\n"
        "**Caso 2.** Un menor de 15 años compra un móvil. ¿Es válido el contrato?\n\n*Respuesta:* Es anulable.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "labelled-problem",
            "Ana vende a Luis un coche que ya había vendido a Marta. ¿Quién es el dueño?",
            "Marta, si recibió el coche primero.",
        ),
        ("labelled-problem", "Un menor de 15 años compra un móvil. ¿Es válido el contrato?", "Es anulable."),
    ]


def test_steps_with_notes_are_no_cards() -> None:
    text = (
        "# Setup\n\n**Step 1.** Download the installer and run it.\n\n*Note:* it needs admin rights.\n\n"
        "**Step 2.** Open the settings and pick a folder.\n\n*Note:* any folder will do.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "labelled-problem" for _, rule, _, _ in cards)
    assert unanswered == []


def test_one_answered_problem_is_left_to_the_other_rules() -> None:
    text = "# Notes\n\n**Problem 1.** A train leaves at noon at 80 km/h. When does it reach a town 200 km away?\n\n*Answer:* At 14:30.\n"
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "labelled-problem" for _, rule, _, _ in cards)


def test_a_long_bold_label_is_found_where_the_precheck_cuts_it() -> None:
    text = (
        "# Cases\n\n**Case 1.** A ship sinks in fog. Who is liable?\n\n**Explanation:** The owner, for the lookout.\n\n"
        "**Case 2.** A crane drops a load. Who pays?\n\n**Explanation:** The operator's insurer.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, a) for _, rule, _, a in cards] == [
        ("labelled-problem", "The owner, for the lookout."),
        ("labelled-problem", "The operator's insurer."),
    ]


_CASE_BOOK = """\
# Mietrecht — Fälle

**Fall 1:** Die Mieterin zahlt die Miete zwei Monate lang nicht. Der Vermieter kündigt fristlos.
**Lösung:** Die Kündigung ist wirksam, der Rückstand erreicht zwei Monatsmieten.

**Fall 2:** Der Vermieter betritt die Wohnung ohne Ankündigung, während die Mieterin verreist ist.
**Lösung:** Unzulässig; er braucht ihre Zustimmung.
**Kommentar:** Nur bei Gefahr im Verzug ist das anders.

**Fall 3:** Der Mieter baut ohne Erlaubnis eine Wand ein.
**Lösung:** Er muss sie beim Auszug zurückbauen.

**Fall 4:** Die Heizung fällt im Januar eine Woche lang aus.
**Lösung:** ??? — in der Übung waren wir uneins. Ask at the
next seminar.

**Fall 5:** Die Mieterin hält einen Hund in der Wohnung.
**Lösung:**
*(Urteil neu — nachschlagen, bevor ich das eintrage)*
"""


def test_a_case_book_answered_on_the_line_under_each_case() -> None:
    cards, unanswered = cards_and_unanswered(_CASE_BOOK)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("labelled-problem", "Die Mieterin zahlt die Miete zwei Monate lang nicht. Der Vermieter kündigt fristlos."),
        ("labelled-problem", "Der Vermieter betritt die Wohnung ohne Ankündigung, während die Mieterin verreist ist."),
        ("labelled-problem", "Der Mieter baut ohne Erlaubnis eine Wand ein."),
    ]
    assert cards[1][3].startswith("Unzulässig") and "**Kommentar:** Nur bei Gefahr" in cards[1][3]
    assert "Fall 3" not in cards[1][3]
    assert [line for line, _ in unanswered] == [13, 17]


def test_two_narrated_cases_answered_inline_stay_with_the_other_rules() -> None:
    text = (
        "# Casos\n\n**Caso 1:** El inquilino no paga.\n**Solución:** Desahucio.\n\n"
        "**Caso 2:** El casero entra sin aviso.\n**Solución:** No puede.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "labelled-problem"]
