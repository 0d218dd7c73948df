"""Exam items under a bold question label, keyed in a quote (`label-keyed-item`): `**Pregunta 3** — stem`,
its lettered options, then a blockquote opening with an answer or answer-key label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_SPANISH = (
    "# Repaso de Derecho Civil\n\n> Preguntas de exámenes anteriores.\n\n## Contratos\n\n"
    "**Pregunta 1** — (UNED 2019) ¿Qué plazo tiene el comprador para reclamar por vicios ocultos?\n\n"
    "a) Tres meses\nb) Seis meses\nc) Un año\n\n"
    "> **Clave: b**\n> Art. 1490 CC: seis meses desde la entrega.\n\n"
    "**Pregunta 2** — ¿Qué es la condición resolutoria?\n\n"
    "> **Respuesta:** el hecho futuro e incierto cuyo cumplimiento extingue la obligación.\n\n"
    "**Pregunta 3:** ¿Cuándo se perfecciona el contrato de compraventa?\n\n"
    "<!-- repasar -->\n\n"
    "> Respuesta: por el consentimiento sobre cosa y precio (art. 1450).\n\n"
    "**Pregunta 4** — ¿Cabe la rescisión por lesión?\n\n> Clave: ??? (consultar)\n\n"
    "**Pregunta 5** — ¿Qué requisitos tiene la usucapión ordinaria?\n\n"
    "> **Solución: A** — buena fe y justo título, (a) diez años entre presentes; (b) veinte entre ausentes.\n\n"
    "**Pregunta 6** — ¿Qué es el retracto legal?\n\n---\n\nNotas sueltas al final.\n"
)


def test_labelled_stems_are_keyed_by_the_quote() -> None:
    cards, unanswered = cards_and_unanswered(_SPANISH)
    assert [(c[1], c[2]) for c in cards] == [
        ("label-keyed-item", "¿Qué plazo tiene el comprador para reclamar por vicios ocultos?"),
        ("label-keyed-item", "¿Qué es la condición resolutoria?"),
        ("label-keyed-item", "¿Cuándo se perfecciona el contrato de compraventa?"),
        ("label-keyed-item", "¿Qué requisitos tiene la usucapión ordinaria?"),
    ]
    assert cards[0][3] == "a) Tres meses\nb) Seis meses\nc) Un año\n\n**Clave: b**\nArt. 1490 CC: seis meses desde la entrega."
    assert cards[1][3] == "el hecho futuro e incierto cuyo cumplimiento extingue la obligación."
    assert cards[2][3].startswith("por el consentimiento")
    assert cards[3][3].startswith("**A** — buena fe")
    assert [text for _, text in unanswered] == [
        "¿Cabe la rescisión por lesión? (placeholder)",
        "¿Qué es el retracto legal?",
    ]


def test_an_english_paper_with_keys_in_bold_and_plain() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Land law revision\n\n**Question 1** — What does a lease need to be legal under s. 1 LPA 1925?\n\n"
        "> **Answer**: a term of years absolute, by deed if over three years.\n\n"
        "**Question 2.** Which of these is an overriding interest?\n"
        "A. A restrictive covenant\nB. A short lease\nC. An estate contract\n\n> **Key:** B\n\n"
        "**Question 3** — Is an easement of parking possible?\n\n> **Key:**\n"
    )
    assert [c[2] for c in cards] == [
        "What does a lease need to be legal under s. 1 LPA 1925?",
        "Which of these is an overriding interest?",
    ]
    assert cards[1][3] == "A. A restrictive covenant\nB. A short lease\nC. An estate contract\n\n**Key:** B"
    assert [text for _, text in unanswered] == ["Is an easement of parking possible?"]


def test_a_single_keyed_item_or_a_quote_without_a_key_label_is_no_item() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Reading notes\n\n**Question 1** — Why did the treaty fail?\n\n> **Note:** see chapter 4.\n\n"
        "**Question 2** — Who signed it?\n\n> **Answer:** the two foreign ministers.\n\n"
        "**Question 3** — Was it ratified?\n\nNobody knows yet.\n"
    )
    assert all(c[1] != "label-keyed-item" for c in cards)
    assert all("Was it ratified" not in text for _, text in unanswered)
