"""The label-line rule: a paragraph whose every line opens with a bold prompt (`**label:** answer` or
`**Question?** answer`) is a list of one-line cards; prose, metadata and steps are not."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_colon_labels_one_card_a_line() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Pharmacology\n\n## First-line drugs\n\n"
        "**First-line drug for absence seizures:** ethosuximide\n"
        "**Antidote for *paracetamol* overdose:** N-acetylcysteine\n"
        "**Reversal agent for heparin**: protamine sulfate\n"
        "**Drug of choice for anaphylaxis:**\n"
    )
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "label-line", "First-line drug for absence seizures", "ethosuximide"),
        (6, "label-line", "Antidote for *paracetamol* overdose", "N-acetylcysteine"),
        (7, "label-line", "Reversal agent for heparin", "protamine sulfate"),
    ]
    assert [line for line, _ in unanswered] == [8]


def test_question_labels_do_not_swallow_the_next_lines() -> None:
    cards, _ = cards_and_unanswered(
        "# Astronomy\n\n"
        "**Why is the sky blue?** Rayleigh scattering favours short wavelengths.\n"
        "**Wie heißt der größte Mond des Saturn?** Titan\n"
        "**What powers a red giant?** Hydrogen shell burning around an inert helium core.\n"
    )
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "Why is the sky blue?", "Rayleigh scattering favours short wavelengths."),
        (4, "Wie heißt der größte Mond des Saturn?", "Titan"),
        (5, "What powers a red giant?", "Hydrogen shell burning around an inert helium core."),
    ]


def test_metadata_steps_and_prose_are_not_cards() -> None:
    for text in (
        "# Lab report\n\n**Author:** Ana Ruiz\n**Date:** 2024-03-01\n**Course:** CHEM 201\n",
        "# Setup\n\n**Step 1:** install the toolchain\n**Step 2:** clone the repository\n",
        "# Notes\n\n**Key idea:** entropy never decreases in an isolated system.\n"
        "This holds for every process we met in the lectures, reversible or not.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "label-line"], text


def test_question_marks_and_to_fill_in_notes_are_placeholders() -> None:
    from ankibuild.extract.answers import placeholder_reason

    for text in (
        "???",
        "*Answer:* ??? (need to re-read this)",
        "？？？",
        "（待補，有人可以幫忙寫嗎 🙏）",
        "待补：明天写",
        "(not finished yet)",
        "(لم أكمل هذا الجزء بعد ⏳)",
    ):
        assert placeholder_reason(text) == "placeholder", text
    for text in (
        "Why? Because ??? marks are a regex quantifier.",
        "待机时间很长",
        "Answer: 42",
        "Not finished: the loop never ends because the counter is never incremented.",
    ):
        assert placeholder_reason(text) is None, text


def test_lettered_lines_of_terms_are_cards_one_word_labels_too() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Física — términos\n\n"
        "a. **Inercia:** tendencia de un cuerpo a conservar su estado de movimiento.\n"
        "b. **Impulso:** producto de la fuerza por el tiempo que actúa.\n"
        "c. **Trabajo mecánico:**\n"
    )
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "Inercia", "tendencia de un cuerpo a conservar su estado de movimiento."),
        (4, "Impulso", "producto de la fuerza por el tiempo que actúa."),
    ]
    assert unanswered == [(5, "Trabajo mecánico")]
    cards, _ = cards_and_unanswered(
        "# Физика\n\nа) **Масса:** мера инертности тела.\nб) **Сила:** причина ускорения тела.\n"
    )
    assert [(c[2], c[3]) for c in cards] == [("Масса", "мера инертности тела."), ("Сила", "причина ускорения тела.")]


def test_one_word_fields_without_letters_stay_fields() -> None:
    cards, _ = cards_and_unanswered("# Lab report\n\n**Author:** Ana Ruiz\n**Date:** 2024-03-01\nb. **Course:** CHEM 201\n")
    assert not [c for c in cards if c[1] == "label-line"]
