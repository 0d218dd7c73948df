"""An exercise whose lettered parts are answered one by one (`a) …` over its solution, `b) …` over its own) is
a card per part, the shared statement in the context; a Quarto `.content-hidden` div (the students' answer
space) is no part of any answer."""

from __future__ import annotations

from tests.helpers import extract_text

# Italian, a Quarto sheet whose solutions show only in the `soluzioni` profile.
SHEET_IT = """\
# Foglio 2 — Termodinamica

## Gas ideali

**Esercizio 1.** Un gas ideale occupa 2 L a 300 K e 1 atm.

a) Quante moli contiene?

::: {.content-visible when-profile="soluzioni"}
**Soluzione.** $n = PV/RT \\approx 0{,}081$ mol.
:::

b) Che volume occupa a 600 K, a pressione costante?

::: {.content-visible when-profile="soluzioni"}
**Soluzione.** Il volume raddoppia: 4 L.
:::

c) Che pressione raggiunge a 600 K, a volume costante?

::: {.content-hidden when-profile="soluzioni"}
*Spazio per la risposta:*

\\
:::

**Esercizio 2.** Enuncia il primo principio della termodinamica.

::: {.content-visible when-profile="soluzioni"}
**Soluzione.** $\\Delta U = Q - W$.
:::

**Esercizio 3.** Che cos'è una trasformazione adiabatica?

::: {.content-visible when-profile="soluzioni"}
**Soluzione.** Una trasformazione senza scambio di calore.
:::

::: {.content-hidden when-profile="soluzioni"}
*Spazio per la risposta:*
:::
"""

# German, plain Markdown: parts in brackets, each answered under it.
SHEET_DE = """\
# Geometrie-Aufgaben

**Aufgabe 1.** Ein Dreieck hat die Seiten 3, 4 und 5.

(a) Ist es rechtwinklig?

Ja: $3^2 + 4^2 = 5^2$.

(b) Wie groß ist sein Flächeninhalt?

Der Flächeninhalt ist 6.

**Aufgabe 2.** Wie viele Diagonalen hat ein Sechseck?

Neun.
"""

# The parts listed together, answered once below them: one question.
LISTED_DE = """\
# Geometrie-Aufgaben

**Aufgabe 1.** Ein Dreieck hat die Seiten 3, 4 und 5.

(a) Ist es rechtwinklig?

(b) Wie groß ist sein Flächeninhalt?

Ja, und der Flächeninhalt ist 6.

**Aufgabe 2.** Wie viele Diagonalen hat ein Sechseck?

Neun.
"""


def _cards(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    extraction, _ = extract_text(text)
    return [(d.question, d.answer, d.context) for d in extraction.drafts if d.convention == "exercise"]


def _unanswered(text: str) -> list[str]:
    _, diagnostics = extract_text(text)
    return [d.message.split(" (")[0] for d in diagnostics if d.kind == "unanswered"]


def test_each_part_answered_under_it_is_a_card_with_the_statement_in_its_context() -> None:
    cards = _cards(SHEET_IT)
    assert [q for q, _, _ in cards] == [
        "Quante moli contiene?",
        "Che volume occupa a 600 K, a pressione costante?",
        "Enuncia il primo principio della termodinamica.",
        "Che cos'è una trasformazione adiabatica?",
    ]
    assert cards[0][2] == ("Gas ideali", "Un gas ideale occupa 2 L a 300 K e 1 atm.")
    assert "Il volume raddoppia" in cards[1][1]


def test_a_part_with_only_the_students_answer_space_is_unanswered() -> None:
    assert _unanswered(SHEET_IT) == ["Che pressione raggiunge a 600 K, a volume costante?"]


def test_the_students_answer_space_is_no_part_of_an_answer() -> None:
    cards = dict((q, a) for q, a, _ in _cards(SHEET_IT))
    assert "Spazio" not in cards["Che cos'è una trasformazione adiabatica?"]


def test_parts_in_brackets_in_plain_markdown() -> None:
    cards = _cards(SHEET_DE)
    assert [(q, a) for q, a, _ in cards] == [
        ("Ist es rechtwinklig?", "Ja: $3^2 + 4^2 = 5^2$."),
        ("Wie groß ist sein Flächeninhalt?", "Der Flächeninhalt ist 6."),
        ("Wie viele Diagonalen hat ein Sechseck?", "Neun."),
    ]


def test_parts_listed_together_and_answered_below_stay_one_question() -> None:
    cards = _cards(LISTED_DE)
    assert [q for q, _, _ in cards] == ["Ein Dreieck hat die Seiten 3, 4 und 5.", "Wie viele Diagonalen hat ein Sechseck?"]
    assert cards[0][1].startswith("(a) Ist es rechtwinklig?")
