"""True/false statement tables: `| # | Statement | T/F |` (or `V/F`, `R/F`, `Richtig/Falsch` …), one card per
row, the statement the front and the verdict the back; an empty verdict is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Biologie — Wiederholung

## Zellen

| Nr. | Aussage | R/F |
|---|---|---|
| 1 | Mitochondrien besitzen eigene DNA | **R** |
| 2 | Pflanzenzellen haben keine Zellwand | F |
| 3 | Ribosomen kommen nur im Zellkern vor | F (auch im Cytoplasma) |
| 4 | Chloroplasten betreiben Fotosynthese | |
"""


def test_each_row_is_a_statement_and_its_verdict() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(line, rule, question, answer) for line, rule, question, answer in cards] == [
        (7, "verdict-table", "Mitochondrien besitzen eigene DNA", "**R**"),
        (8, "verdict-table", "Pflanzenzellen haben keine Zellwand", "F"),
        (9, "verdict-table", "Ribosomen kommen nur im Zellkern vor", "F (auch im Cytoplasma)"),
    ]
    assert unanswered == [(10, "Chloroplasten betreiben Fotosynthese")]


def test_two_columns_headed_true_or_false() -> None:
    text = "# Quiz\n\n| Statement | True or false? |\n|---|---|\n| The sun is a star | True |\n| Bats are birds | False |\n"
    cards, _ = cards_and_unanswered(text)
    assert [(question, answer) for _, _, question, answer in cards] == [
        ("The sun is a star", "True"),
        ("Bats are birds", "False"),
    ]


def test_a_table_whose_last_column_holds_other_values_is_left_alone() -> None:
    text = "# Ports\n\n| # | Service | T/F |\n|---|---|---|\n| 1 | SSH | 22 |\n| 2 | HTTP | 80 |\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "verdict-table"]


TICKED_FR = """\
# Chimie — vrai ou faux

| Affirmation | Vrai | Faux |
|---|---|---|
| L'eau pure a un pH de 7 à 25 °C | ✓ | |
| Un acide fort se dissocie partiellement | | ✓ |
| Le sodium est un gaz noble | ☐ | ☑ |
| Un catalyseur est consommé par la réaction | ☐ | ☐ |
"""


def test_a_verdict_ticked_in_one_of_two_columns() -> None:
    cards, unanswered = cards_and_unanswered(TICKED_FR)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("verdict-table", "L'eau pure a un pH de 7 à 25 °C", "Vrai"),
        ("verdict-table", "Un acide fort se dissocie partiellement", "Faux"),
        ("verdict-table", "Le sodium est un gaz noble", "Faux"),
    ]
    assert unanswered == [(8, "Un catalyseur est consommé par la réaction")]


def test_columns_holding_other_values_than_ticks_are_no_verdicts() -> None:
    text = (
        "# Umfrage\n\n| Frage | Ja | Nein |\n|---|---|---|\n| Nutzen Sie Linux? | 12 | 30 |\n| Nutzen Sie Windows? | 35 | 7 |\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "verdict-table"]
