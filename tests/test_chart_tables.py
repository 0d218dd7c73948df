"""The chart-table rule: a KWL chart's W cells are questions answered by the L cell of their row, and a
page of one-column tables is a list of cards, each header over its answer; tables that only look alike
are left alone."""

from __future__ import annotations

from tests.helpers import extract_text

# A German chart on the water cycle: K, W, L before their glosses, one row without a W cell.
WASSER = """\
# Der Wasserkreislauf

## Mein KWL-Plan

| **K** — Das weiß ich | **W** — Das will ich wissen | **L** — Das habe ich gelernt |
|---|---|---|
| Regen kommt aus Wolken. | Warum regnet es? | Wasserdampf kühlt ab und kondensiert zu Tropfen, die fallen. |
| Meere sind salzig. | | |
| — | Wie viel Wasser ist Süßwasser? | Etwa 2,5 % des Wassers auf der Erde. |
| Schnee ist gefroren. | Wie entsteht Hagel? | |
"""

# The Russian chart writes its letters З / Х / У (знаю, хочу узнать, узнал).
PLANETY = """\
# Планеты

| З (знаю) | Х (хочу узнать) | У (узнал) |
|---|---|---|
| Земля круглая. | Почему Марс красный? | Поверхность покрыта оксидом железа. |
| | Сколько спутников у Юпитера? | TODO |
"""

# Spanish interview notes, one small table per question, and a reading list at the end.
ENTREVISTA = """\
# Preparación de entrevista: redes

## TCP

| ¿Qué diferencia hay entre TCP y UDP? |
|---|
| TCP garantiza orden y entrega; UDP envía datagramas sin conexión. |

| Explique el three-way handshake. |
|---|
| SYN, SYN-ACK, ACK. |

## DNS

| ¿Qué es un registro CNAME? |
|---|
| TODO — repasar el capítulo 3 |

| Lecturas |
|---|
| [RFC 793](https://example.org/rfc793) · [Beej](https://example.org/beej) · «Computer Networks» |
"""


def _cards(text: str) -> list[tuple[int, str, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]


def _unanswered(text: str) -> list[tuple[int, str | None]]:
    _, diagnostics = extract_text(text)
    return [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]


def test_the_want_cells_of_a_chart_are_answered_by_the_learned_cells() -> None:
    assert _cards(WASSER) == [
        (7, "chart-table", "Warum regnet es?", "Wasserdampf kühlt ab und kondensiert zu Tropfen, die fallen."),
        (9, "chart-table", "Wie viel Wasser ist Süßwasser?", "Etwa 2,5 % des Wassers auf der Erde."),
    ]
    assert _unanswered(WASSER) == [(10, "Wie entsteht Hagel?")]
    extraction, _ = extract_text(WASSER)
    assert all(d.context == ("Mein KWL-Plan",) for d in extraction.drafts)


def test_the_russian_letters_make_a_chart_too() -> None:
    assert _cards(PLANETY) == [(5, "chart-table", "Почему Марс красный?", "Поверхность покрыта оксидом железа.")]
    assert _unanswered(PLANETY) == [(6, "Сколько спутников у Юпитера?")]


def test_one_column_tables_are_questions_over_their_answers() -> None:
    assert _cards(ENTREVISTA) == [
        (
            5,
            "chart-table",
            "¿Qué diferencia hay entre TCP y UDP?",
            "TCP garantiza orden y entrega; UDP envía datagramas sin conexión.",
        ),
        (9, "chart-table", "Explique el three-way handshake.", "SYN, SYN-ACK, ACK."),
    ]
    assert _unanswered(ENTREVISTA) == [(15, "¿Qué es un registro CNAME?")]
    _, diagnostics = extract_text(ENTREVISTA)
    assert not [d for d in diagnostics if d.kind == "unclassified"]  # the reading list is skipped, not carded


def test_tables_that_only_look_alike_are_left_alone() -> None:
    for text in (
        # three columns whose headers open with other letters, or the chart's letters in another order
        "# Fische\n\n| Kind | Wasser | Länge |\n|---|---|---|\n| Hecht | Süß | 1 m |\n| Wie alt? | Warum? | Wo? |\n",
        "# Test\n\n| L — gelernt | W — Fragen | K — bekannt |\n|---|---|---|\n| Ja. | Warum? | Nein. |\n",
        # one one-column table alone is a box, not a page of cards
        "# Notiz\n\n| Merke: Wasser siedet bei 100 °C? |\n|---|\n| Auf Meereshöhe. |\n",
        # one-column tables of several rows are lists
        "# Listen\n\n| Städte |\n|---|\n| Berlin |\n| Bonn |\n\n| Flüsse |\n|---|\n| Rhein |\n| Main |\n",
    ):
        assert not [card for card in _cards(text) if card[1] == "chart-table"], text
