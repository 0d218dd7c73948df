"""The repeated-label rule: items opened by a label of the writer's own making (`LF 3.`, `E-2)`, `### #4 —`),
repeated in one shape, answered by the blocks under them or by an answer label under their material;
placeholders, empty bodies and tables left blank unanswered; steps, lists and known labels left alone."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_GERMAN = (
    "# Chemie — Lernfragen Kapitel 2\n\n"
    "Die Fragen nummeriere ich wie im Skript.\n\n"
    "## Reaktionen\n\n"
    "LF 1. Was ist ein Katalysator?\n\n"
    "Ein Stoff, der die Aktivierungsenergie senkt, ohne verbraucht zu werden.\n\n"
    "LF 2. Gib den Ablauf einer Neutralisation an.\n\n"
    "| Säure + Base\n"
    "| ――――――――\n"
    "| Salz + Wasser\n\n"
    "LF 3. Warum leitet Salzwasser den Strom?\n\n"
    "<!-- noch im Buch nachschlagen -->\n\n"
    "## Atombau\n\n"
    "LF 4. Was ist ein Isotop?\n\n"
    "LF 5. Wie viele Elektronen passen in die zweite Schale?\n\n"
    "> Warum gerade acht? (rhetorisch gefragt)\n\n"
    "Acht.\n"
)


def test_labelled_questions_take_the_blocks_under_them() -> None:
    cards, unanswered = cards_and_unanswered(_GERMAN)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (7, "repeated-label", "Was ist ein Katalysator?"),
        (11, "repeated-label", "Gib den Ablauf einer Neutralisation an."),
        (25, "repeated-label", "Wie viele Elektronen passen in die zweite Schale?"),
    ]
    assert cards[1][3] == "| Säure + Base\n| ――――――――\n| Salz + Wasser"  # the line block keeps its lines
    assert cards[2][3].startswith("> Warum gerade acht?") and cards[2][3].endswith("Acht.")
    assert [line for line, _ in unanswered] == [17, 23]


_SPANISH = (
    "# Economía — repaso\n\n"
    "## Empresa\n\n"
    "E-1) ¿Qué es el coste de oportunidad?\n\n"
    "| Concepto | Ejemplo |\n|---|---|\n| Lo que se deja de ganar | estudiar en vez de trabajar |\n\n"
    "E-2) ¿Qué mide el PIB?\n\n"
    "| | |\n|---|---|\n| *(tabla en blanco — buscar en el libro)* | |\n\n"
    "## Mercado\n\n"
    "M-1) ¿Cuándo hay un monopolio?\n\n"
    "| Rasgo | |\n|---|---|\n| Un solo oferente | sin sustitutos cercanos |\n\n"
    "M-2) ¿Qué es la elasticidad de la demanda?\n\n"
    "M-3) ¿Qué desplaza la curva de oferta?\n\n"
    "| Factor |\n|---|\n| Costes de producción |\n| Tecnología |\n"
)


def test_letter_dash_number_prompts_over_tables() -> None:
    cards, unanswered = cards_and_unanswered(_SPANISH)
    assert [(c[1], c[2]) for c in cards] == [
        ("repeated-label", "¿Qué es el coste de oportunidad?"),
        ("repeated-label", "¿Cuándo hay un monopolio?"),
        ("repeated-label", "¿Qué desplaza la curva de oferta?"),
    ]
    assert cards[0][3].startswith("| Concepto | Ejemplo |")
    assert [message for _, message in unanswered] == [
        "¿Qué mide el PIB? (placeholder)",
        "¿Qué es la elasticidad de la demanda?",
    ]


_CHESS = (
    "# Ejercicios de táctica\n\n"
    "## ¿Por qué tácticas?\n\n"
    "Porque pierdo piezas en todas las partidas.\n\n"
    "---\n\n"
    "### #2 — Juegan blancas y ganan material\n\n"
    "```\n8 . . . . k . . .\n7 . . . . . . . .\n1 . . . . K . . Q\n```\n\n"
    "Solución ✓ — 1. Dh8+ y la dama gana la torre.\n\n"
    "### #5 — Juegan negras y dan mate en dos\n\n"
    "```\n8 . . . . . . k .\n1 R . . . . . K .\n```\n\n"
    "Solución ✗ (al segundo intento)\n\n"
    "```\n1... Ta1+ 2. Rg2 Tg1#\n```\n\n"
    "### #9 — Juegan blancas: ¿tablas o victoria?\n\n"
    "```\n8 . . . . . . . k\n1 K . . . . . . .\n```\n\n"
    "❓ Ni idea todavía.\n\n"
    "### #11 — Juegan negras y salvan la torre\n\n"
    "```\n8 r . . . . . k .\n```\n\n"
    "Solución:\n"
)


def test_numbered_problem_headings_with_a_solution_label() -> None:
    cards, unanswered = cards_and_unanswered(_CHESS)
    labelled = [c for c in cards if c[1] == "repeated-label"]
    assert [(c[0], c[2].split("\n")[0]) for c in labelled] == [
        (9, "Juegan blancas y ganan material"),
        (19, "Juegan negras y dan mate en dos"),
    ]
    assert "8 . . . . k . . ." in labelled[0][2]  # the problem's diagram is part of the question
    assert labelled[0][3] == "1. Dh8+ y la dama gana la torre."
    assert labelled[1][3].startswith("(al segundo intento)") and "Tg1#" in labelled[1][3]
    assert [message for _, message in unanswered] == [
        "Juegan blancas: ¿tablas o victoria?",
        "Juegan negras y salvan la torre",
    ]


def test_steps_lists_and_known_labels_are_left_alone() -> None:
    for text in (
        # steps: nothing asks, no answer label
        "# Brot backen\n\nSchritt 1. Den Ofen vorheizen.\n\nAuf 220 Grad.\n\nSchritt 2. Den Teig kneten.\n\n"
        "Zehn Minuten.\n\nSchritt 3. Den Teig ruhen lassen.\n\nEine Stunde.\n",
        # labelled lines without blank lines between them: a list
        "# Repaso\n\nP-1) ¿Qué es un ácido?\nP-2) ¿Qué es una base?\nP-3) ¿Qué es una sal?\n\nLas respuestas mañana.\n",
        # numbers that do not go up: no numbering of items
        "# Notas\n\nEx 3. ¿Qué es X?\n\nUna cosa.\n\nEx 1. ¿Qué es Y?\n\nOtra.\n\nEx 2. ¿Qué es Z?\n\nLa última.\n",
        # two labels only
        "# Notas\n\nLF 1. Was ist X?\n\nEtwas.\n\nLF 2. Was ist Y?\n\nEtwas anderes.\n",
    ):
        cards, unanswered = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "repeated-label"], text
    cards, _ = cards_and_unanswered(
        "# Quiz\n\nQ1. Quelle est la capitale du Pérou ?\n\nLima.\n\nQ2. Quel est le plus long fleuve ?\n\nLe Nil.\n\n"
        "Q3. Qui a écrit Candide ?\n\nVoltaire.\n"
    )
    assert not [c for c in cards if c[1] == "repeated-label"]  # `Q` labels are the question rules'
