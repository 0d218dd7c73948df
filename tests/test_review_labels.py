"""The review-label rule: textbook review answers under bold letter-and-number labels (`**R3.**`, `**P7.**`),
lettered parts below a set-up, placeholders and skipped questions unanswered; principles and French
`Q1.`/`R1.` pairs are left alone."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_BIOLOGY = (
    "# Campbell Biology, chapter 6\n\n"
    "## Section 6.2\n\n"
    "**R1.** Why do cells stay small?\n\n"
    "Because the surface-to-volume ratio drops as a cell grows.\n\n"
    "**R2.** List three organelles found only in plant cells.\n\n"
    "- chloroplast\n- central vacuole\n- cell wall (not an organelle strictly)\n\n"
    "**R3.** How does the textbook define a model organism?\n\n"
    "Skipped, covered in lab instead.\n\n"
    "## Section 6.3\n\n"
    "**P4.** A cube-shaped cell has a side of 10 µm.\n\n"
    "a. What is its surface area?\n\n"
    "$$6 \\cdot 10^2 = 600\\ \\mu m^2$$\n\n"
    "b. What is its volume?\n\n"
    "TODO\n\n"
    "c. What is the ratio of the two?\n\n"
    "<!-- ask in office hours -->\n\n"
    "**E5.** What does the nuclear envelope separate?\n\n"
    "The nucleus from the cytoplasm.\n"
)


def test_labelled_questions_parts_and_placeholders() -> None:
    cards, unanswered = cards_and_unanswered(_BIOLOGY)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "review-label", "Why do cells stay small?"),
        (9, "review-label", "List three organelles found only in plant cells."),
        (23, "review-label", "What is its surface area?"),
        (35, "review-label", "What does the nuclear envelope separate?"),
    ]
    assert cards[1][3].startswith("- chloroplast")
    assert cards[2][3] == "$$6 \\cdot 10^2 = 600\\ \\mu m^2$$"
    assert [line for line, _ in unanswered] == [15, 27, 31]
    assert not [c for c in cards if c[2] in ("1", "2", "3")]  # no `Section 6.2` heading card


def test_principles_and_french_pairs_are_not_review_questions() -> None:
    for text in (
        "# Design principles\n\n**P1.** Keep modules small.\n\nSmall modules are easy to test.\n\n"
        "**P2.** Prefer data over code.\n\nTables are easier to read than branches.\n",
        "# Révisions\n\n**Q1.** Quelle est la capitale du Pérou ?\n\n**R1.** Lima.\n\n"
        "**Q2.** Quel est le plus long fleuve ?\n\n**R2.** Le Nil.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "review-label"], text


_MORFOLOGÍA = (
    "# Hoja 3 · morfología del turco\n\n"
    "## Parte A\n\n"
    "**A1.** Segmenta y glosa *evlerde*.\n\n"
    "```text\nev-   ler- de\ncasa- PL-  LOC\n'en las casas'\n```\n\n"
    "**A2.** Segmenta y glosa *kitaplarım*.\n\n"
    "*(saltado — volver a esto después del seminario)*\n\n"
    "## Parte B\n\n"
    "**B1.** ¿Qué sufijo marca el plural?\n\n"
    "↳ **-ler / -lar**\n\n"
    "**B2.** ¿Por qué alterna la vocal del sufijo?\n\n"
    "↳ Armonía vocálica: sigue a la última vocal de la raíz.\n\n"
    "## Parte C\n\n"
    "**C1.** 'en los libros'\n\n"
    "```text\nkitap- lar- da\n→ kitaplarda\n```\n"
)


def test_a_problem_set_in_lettered_series_a_b_c() -> None:
    cards, unanswered = cards_and_unanswered(_MORFOLOGÍA)
    assert [(c[1], c[2]) for c in cards] == [
        ("review-label", "Segmenta y glosa *evlerde*."),
        ("review-label", "¿Qué sufijo marca el plural?"),
        ("review-label", "¿Por qué alterna la vocal del sufijo?"),
        ("review-label", "'en los libros'"),
    ]
    assert cards[0][3].startswith("```text\nev-")
    assert [line for line, _ in unanswered] == [13]


def test_a_labels_without_a_b_series_are_left_to_the_answer_rules() -> None:
    text = (
        "# Quiz\n\n**P1.** What is osmosis?\n\n**A1.** Diffusion of water across a membrane.\n\n"
        "**P2.** What is diffusion?\n\n**A2.** Net movement down a gradient.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "review-label" and c[2].startswith("Diffusion")]


def test_series_answered_under_an_answer_label_are_left_to_the_answer_rules() -> None:
    text = (
        "# Chemistry review\n\n## Part A\n\n**A1.** What is a mole?\n\n**Answer:** 6.022e23 particles.\n\n"
        "**A2.** What is molarity?\n\n**Answer:** *(to finish — missed that lecture)*\n\n## Part B\n\n"
        "**B1.** What is a buffer?\n\n**Answer:** A weak acid with its conjugate base.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "review-label"]
