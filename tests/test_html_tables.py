"""Question / answer tables in raw HTML (the `html-table` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

ONE_TAG_A_LINE = """\
# Networking drills

## Transport layer

<table>
  <thead>
    <tr>
      <th>Q</th>
      <th>A</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Which flag opens a <b>TCP</b> handshake?</td>
      <td>SYN<br>(then SYN-ACK, then ACK)</td>
    </tr>
    <tr>
      <td>What does <code>TIME_WAIT</code> protect against?</td>
      <td>Late segments of an old connection being read by a new one.</td>
    </tr>
    <tr>
      <td>Why is UDP used for DNS?</td>
      <td>  </td>
    </tr>
  </tbody>
</table>
"""

ONE_ROW_A_LINE = """\
# Baroque composers

<table>
<tr><th>Front</th><th>Back</th><th>Notes</th></tr>
<tr><td>Who wrote <i>The Four Seasons</i>?</td><td>Antonio Vivaldi</td><td>Venice, 1725</td></tr>
<tr><td>Which instrument did Handel play at his own oratorio premieres?</td><td>The organ</td><td></td></tr>
<tr><td>What is a ritornello?</td><td>TODO</td><td></td></tr>
</table>
"""

FACT_TABLE = """\
# Isotopes

<table>
<tr><th>Isotope</th><th>Half-life</th></tr>
<tr><td>Carbon-14</td><td>5,730 years</td></tr>
<tr><td>Iodine-131</td><td>8 days</td></tr>
</table>
"""


def test_one_tag_a_line_table_makes_a_card_per_row_and_reports_the_empty_answer() -> None:
    cards, unanswered = cards_and_unanswered(ONE_TAG_A_LINE)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (14, "html-table", "Which flag opens a **TCP** handshake?"),
        (18, "html-table", "What does `TIME_WAIT` protect against?"),
    ]
    assert cards[0][3] == "SYN<br>(then SYN-ACK, then ACK)"
    assert unanswered == [(22, "Why is UDP used for DNS?")]
    extraction, _ = extract_text(ONE_TAG_A_LINE)
    assert extraction.unclassified == 0
    assert extraction.drafts[0].context == ("Transport layer",)


def test_one_row_a_line_table_with_front_and_back_and_a_notes_column() -> None:
    cards, unanswered = cards_and_unanswered(ONE_ROW_A_LINE)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (5, "Who wrote *The Four Seasons*?", "Antonio Vivaldi\n\n**Notes:** Venice, 1725"),
        (6, "Which instrument did Handel play at his own oratorio premieres?", "The organ"),
    ]
    assert [line for line, _ in unanswered] == [7]
    assert unanswered[0][1].startswith("What is a ritornello?")


def test_a_table_of_facts_is_no_question_table() -> None:
    cards, unanswered = cards_and_unanswered(FACT_TABLE)
    assert cards == [] and unanswered == []


def test_a_table_inside_other_html_is_left_alone() -> None:
    text = "<div>\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n<tr><td>Why?</td><td>Because.</td></tr>\n"
    cards, _ = cards_and_unanswered(text)
    assert cards == []  # never closed: no table to read


ONE_TABLE_A_QUESTION = """\
# Química — tema 2

<table>
  <tr><th>Pregunta 1.</th><td>¿Qué es un ion?</td></tr>
  <tr><th>Respuesta</th><td>Un átomo con carga eléctrica.</td></tr>
</table>

<table>
  <tr><th>Вопрос 2.</th><td>Что такое валентность?</td></tr>
  <tr><th>Ответ</th><td><i>TODO</i></td></tr>
</table>

<table>
  <tr><th>Pregunta 3.</th><td>¿Qué mide el pH?</td></tr>
  <tr><th>Respuesta</th><td>La acidez<br>de una disolución.</td></tr>
</table>
"""


def test_a_table_a_question_with_labelled_rows() -> None:
    cards, unanswered = cards_and_unanswered(ONE_TABLE_A_QUESTION)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (4, "html-table", "¿Qué es un ion?", "Un átomo con carga eléctrica."),
        (14, "html-table", "¿Qué mide el pH?", "La acidez<br>de una disolución."),
    ]
    assert [line for line, _ in unanswered] == [9]


def test_a_table_with_other_row_labels_is_left_alone() -> None:
    text = "# Datos\n\n<table>\n  <tr><th>Nombre</th><td>Hierro</td></tr>\n  <tr><th>Respuesta</th><td>Fe</td></tr>\n</table>\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "html-table"]


ROWSPAN_TOPICS = """\
# Geografie — otázky ke zkoušce

<table>
  <thead>
    <tr><th>Téma</th><th>Otázka</th><th>Odpověď</th></tr>
  </thead>
  <tbody>
    <tr>
      <td rowspan="2"><b>Řeky</b></td>
      <td>Která řeka protéká Prahou?</td>
      <td>Vltava.</td>
    </tr>
    <tr>
      <td>Kam se vlévá Labe?</td>
      <td>12. století … do Severního moře.</td>
    </tr>
    <tr>
      <td rowspan="2"><b>Hory</b></td>
      <td>Jak se jmenuje nejvyšší hora Česka?</td>
      <td>Sněžka.</td>
    </tr>
    <tr>
      <td>Kde leží Šumava?</td>
      <td>doplnit (→ atlas, s. 12?)</td>
    </tr>
  </tbody>
</table>
"""


def test_a_topic_cell_spanning_rows_keeps_the_cells_below_in_their_columns() -> None:
    extraction, diagnostics = extract_text(ROWSPAN_TOPICS)
    cards = [(d.loc.line, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (10, "Která řeka protéká Prahou?", "Vltava.", ("Řeky",)),
        (14, "Kam se vlévá Labe?", "12\\. století … do Severního moře.", ("Řeky",)),
        (19, "Jak se jmenuje nejvyšší hora Česka?", "Sněžka.", ("Hory",)),
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [
        (23, "Kde leží Šumava? (placeholder)")
    ]


def test_a_spanning_cell_in_the_answer_column_answers_each_row_it_spans() -> None:
    text = (
        "# Test\n\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n"
        '<tr><td>Which gas do plants take in?</td><td rowspan="2">Carbon dioxide</td></tr>\n'
        "<tr><td>Which gas makes soda fizz?</td></tr>\n</table>\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Which gas do plants take in?", "Carbon dioxide"),
        ("Which gas makes soda fizz?", "Carbon dioxide"),
    ]
    assert unanswered == []
