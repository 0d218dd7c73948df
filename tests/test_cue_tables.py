"""Cue tables: tick grids (the ticked column's header answers the row) and tables whose second header asks
about the first (a knowledge organiser's boxes), one card per row, the first cell on the front."""

from __future__ import annotations

from helpers import cards_and_unanswered

_GERMAN_GRID = (
    "# Biologie — Wiederholung\n\n"
    "## Tiergruppen\n\n"
    "Zu welcher Klasse gehört jedes Tier?\n\n"
    "| Tier | Säugetier | Vogel | Reptil | Bemerkung |\n"
    "|---|:-:|:-:|:-:|---|\n"
    "| Fledermaus | ✓ | | | fliegt, säugt aber |\n"
    "| Pinguin | | ✓ | | |\n"
    "| Eidechse | | | ✓ | wechselwarm |\n"
    "| Axolotl | | | | *(noch nachschlagen)* |\n"
)


def test_a_tick_grid_answers_each_row_by_its_ticked_column() -> None:
    cards, unanswered = cards_and_unanswered(_GERMAN_GRID)
    grid = [(c[0], c[2], c[3]) for c in cards if c[1] == "cue-table"]
    assert grid == [
        (9, "Fledermaus", "Säugetier\n\n**Bemerkung:** fliegt, säugt aber"),
        (10, "Pinguin", "Vogel"),
        (11, "Eidechse", "Reptil\n\n**Bemerkung:** wechselwarm"),
    ]
    assert (12, "Axolotl") in unanswered  # ticked nowhere, whatever its note says
    assert not [c for c in cards if "Klasse" in c[2]]  # the instruction above the grid is no question


_SPANISH_BOXES = (
    "# Historia — Organizador de conocimientos\n\n"
    "### Caja A — Fechas clave\n\n"
    "| Fecha | ¿Qué pasó? |\n|---|---|\n"
    "| 1492 | Llegada de Colón a América |\n| 1810 | Grito de Dolores |\n| 1821 | |\n\n"
    "### Caja B — Personajes\n\n"
    "| Persona | ¿Quién fue? |\n|---|---|\n"
    "| **Simón Bolívar** | Libertador de cinco naciones |\n| José de San Martín | Libertador del sur |\n"
)


def test_boxes_whose_second_header_asks_are_drilled_row_by_row() -> None:
    cards, unanswered = cards_and_unanswered(_SPANISH_BOXES)
    boxes = [(c[2], c[3]) for c in cards if c[1] == "cue-table"]
    assert boxes == [
        ("1492", "Llegada de Colón a América"),
        ("1810", "Grito de Dolores"),
        ("Simón Bolívar", "Libertador de cinco naciones"),
        ("José de San Martín", "Libertador del sur"),
    ]
    assert (9, "1821") in unanswered
    assert not [c for c in cards if c[1] == "topic"]  # the boxes' headings are the cards' context


def test_near_misses_are_left_to_the_other_rules() -> None:
    for text in (
        # a feature matrix: rows ticked in several columns
        "# Pläne\n\n| Funktion | Basis | Pro | Team |\n|---|---|---|---|\n"
        "| Export | ✓ | ✓ | ✓ |\n| Audit | | ✓ | ✓ |\n| SSO | | | ✓ |\n",
        # a score legend: one table whose header asks, alone on the page
        "# Quiz\n\n1. What is 2 + 2?\n   - 4\n\n| Score | What it means |\n|---|---|\n"
        "| 8–10 | Ready |\n| 0–7 | Review the chapter |\n",
        # situations and the writer's own steps ask nothing
        "# Física\n\n| Fórmula | Cuándo usarla |\n|---|---|\n| v = at | sin distancia |\n| d = vt | sin aceleración |\n\n"
        "| Paso | Qué reviso yo |\n|---|---|\n| 1 | el cable |\n| 2 | la fuente |\n",
        # cheat sheets: commands in code, tasks in a sentence, questions beside a note
        "# Shell\n\n| Befehl | Was es tut |\n|---|---|\n| `ls -la` | listet alles |\n| `df -h` | freier Platz |\n\n"
        "| Aufgabe | Was es tut |\n|---|---|\n| Eine Datei nur lesend öffnen lassen | beide können es |\n"
        "| Einen Makro aufnehmen und abspielen | je eigene Tasten |\n\n"
        "| Frage | Warum fragen? |\n|---|---|\n| Wie sieht eine Woche aus? | zeigt die Meetings |\n"
        "| Wie wird Erfolg gemessen? | zeigt die Erwartungen |\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "cue-table"], text


def test_a_verdict_table_ticked_yes_or_no_stays_the_verdict_rules() -> None:
    cards, _ = cards_and_unanswered(
        "# Quiz\n\n| # | Statement | Yes | No |\n|---|---|---|---|\n"
        "| 1 | Water boils at 100 °C at sea level. | ✓ | |\n| 2 | The Moon is a planet. | | ✓ |\n"
    )
    assert {c[1] for c in cards} == {"verdict-table"}


def test_a_numbered_part_of_questions_beside_carded_grids_is_no_unsolved_problem() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Chimie — révision\n\n## 1. Classement\n\n| Corps | Acide | Base |\n|---|:-:|:-:|\n"
        "| Vinaigre | ✓ | |\n| Savon | | ✓ |\n\n## 2. Indicateurs\n\n| Corps | Rouge | Bleu |\n|---|:-:|:-:|\n"
        "| Citron | ✓ | |\n| Javel | | ✓ |\n\n## 3. Réponse courte\n\n"
        "1. Quel est le pH de l'eau pure ?\n   - 7\n2. Que libère un acide dans l'eau ?\n   - Des ions H⁺.\n"
        "3. Pourquoi dilue-t-on un acide dans l'eau et non l'inverse ?\n   -\n"
    )
    assert [c[2] for c in cards if c[1] == "numbered"] == [
        "Quel est le pH de l'eau pure ?",
        "Que libère un acide dans l'eau ?",
    ]
    assert not [m for _, m in unanswered if m.startswith("1.")]
    assert any(m.startswith("Pourquoi dilue") for _, m in unanswered)
