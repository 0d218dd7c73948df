"""The numbered-grid rule: a table whose cells are numbered questions, answered by the next table whose cells
carry the same numbers (teachers' retrieval grids); numbered data tables and unpaired grids stay untouched."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


GERMAN = """\
# Chemie Klasse 9 — Wiederholungsraster

Jede Stunde beginnt mit einem Raster; die Lösungen stehen an derselben Stelle.

## Raster 1 — Säuren und Basen

| Letzte Stunde | Letzte Woche | Letztes Halbjahr |
|---|---|---|
| 1. Was ist ein Indikator? | 3. Nenne eine starke Säure. | 5. Was ist ein Ion? |
| 2. Welchen pH-Wert hat Wasser? | 4. Erkläre den Begriff „Neutralisation“. | 6. Wie viele Elektronen hat Natrium? |

### Lösungen

| Letzte Stunde | Letzte Woche | Letztes Halbjahr |
|---|---|---|
| 1. Ein Stoff, der durch seine Farbe den pH-Wert anzeigt. | 3. Salzsäure (HCl). | 5. Ein geladenes Teilchen. |
| 2. pH 7. | 4. | 6. *(war krank — bei Jonas nachfragen)* |

Meine Punkte: 4/6
"""


def test_grid_cells_are_paired_by_number() -> None:
    cards, unanswered = _outcome(GERMAN)
    grid = [(q, a) for convention, q, a in cards if convention == "numbered-grid"]
    assert grid == [
        ("Was ist ein Indikator?", "Ein Stoff, der durch seine Farbe den pH-Wert anzeigt."),
        ("Nenne eine starke Säure.", "Salzsäure (HCl)."),
        ("Was ist ein Ion?", "Ein geladenes Teilchen."),
        ("Welchen pH-Wert hat Wasser?", "pH 7."),
    ]
    assert "Erkläre den Begriff „Neutralisation“." in unanswered  # its answer cell is empty
    assert any(m.startswith("Wie viele Elektronen hat Natrium?") for m in unanswered)  # only a remark


SPANISH = """\
# Historia — repaso en cuadrícula

## Cuadrícula 3

| Ayer | Semana pasada |
|---|---|
| **1.** ¿En qué año cayó Constantinopla? | **3.** Nombra un rey católico. |
| **2.** ¿Quién escribió *El Quijote*? | **4.** ¿Qué fue la Reconquista? |

Respuestas (misma casilla = misma pregunta):

| Ayer | Semana pasada |
|---|---|
| **1.** En 1453. | **3.** Fernando de Aragón. |
| **2.** Miguel de Cervantes. | |
"""


def test_bold_numbers_and_a_missing_answer_cell() -> None:
    cards, unanswered = _outcome(SPANISH)
    grid = [(q, a) for convention, q, a in cards if convention == "numbered-grid"]
    assert grid == [
        ("¿En qué año cayó Constantinopla?", "En 1453."),
        ("Nombra un rey católico.", "Fernando de Aragón."),
        ("¿Quién escribió *El Quijote*?", "Miguel de Cervantes."),
    ]
    assert any(m.startswith("¿Qué fue la Reconquista?") for m in unanswered)  # no cell numbered 4


DATA_TABLES = """\
# Planeten

| Innen | Außen |
|---|---|
| 1. Merkur | 5. Jupiter |
| 2. Venus | 6. Saturn |
| 3. Erde | 7. Uranus |
| 4. Mars | 8. Neptun |

| Innen | Außen |
|---|---|
| 1. 0,39 AE | 5. 5,2 AE |
| 2. 0,72 AE | 6. 9,5 AE |
| 3. 1 AE | 7. 19,2 AE |
| 4. 1,52 AE | 8. 30,1 AE |
"""

UNPAIRED = """\
# Révisions

| Hier | La semaine dernière |
|---|---|
| 1. Qu'est-ce qu'un atome ? | 3. Définis « molécule ». |
| 2. Qu'est-ce qu'un ion ? | 4. Cite un gaz noble. |

| Élève | Score |
|---|---|
| Léa | 4/4 |
| Hugo | 3/4 |
"""


def test_numbered_data_tables_and_an_unpaired_grid_stay_untouched() -> None:
    for text in (DATA_TABLES, UNPAIRED):
        cards, unanswered = _outcome(text)
        assert not [c for c in cards if c[0] == "numbered-grid"]
        assert not any("atome" in m for m in unanswered)
