"""Numbered questions answered inside their items: the Greek question mark asks, and a quote after a list
that indents its answers is a remark, not the last question's answer (the `numbered` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GREEK_HISTORY = """\
# Ιστορία — επανάληψη

1. Ποιος ίδρυσε την Κωνσταντινούπολη;

   _Ο Μέγας Κωνσταντίνος, το 330 μ.Χ._

2. Πότε έγινε η μάχη του Μαραθώνα; (Μονάδες 4)

   _Το 490 π.Χ._

3. Τι ήταν η Φιλική Εταιρεία;

   _TODO_
"""

INDENTED_ANSWERS_THEN_QUOTE = """\
# Cell biology review

1. What does the ribosome make?

   *Proteins, from the mRNA's codons.*

2. Where does glycolysis happen?

   *In the cytoplasm.*

3. What does the Golgi apparatus do?

> Remark: the lecturer said this one is not on the exam.

## Funciones

1. ¿Qué hace la mitocondria?

   Produce ATP por respiración celular.

2. ¿Qué es un lisosoma?

> Una vesícula con enzimas digestivas.
"""


def test_greek_question_marks_ask_in_a_numbered_list_a_marks_aside_after_them_too() -> None:
    cards, unanswered = cards_and_unanswered(GREEK_HISTORY)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Ποιος ίδρυσε την Κωνσταντινούπολη;", "_Ο Μέγας Κωνσταντίνος, το 330 μ.Χ._"),
        ("Πότε έγινε η μάχη του Μαραθώνα; (Μονάδες 4)", "_Το 490 π.Χ._"),
    ]
    assert [message for _, message in unanswered] == ["Τι ήταν η Φιλική Εταιρεία; (placeholder)"]


def test_a_quote_after_a_list_that_indents_its_answers_is_a_remark_not_the_last_answer() -> None:
    cards, unanswered = cards_and_unanswered(INDENTED_ANSWERS_THEN_QUOTE)
    assert [q for _, _, q, _ in cards] == [
        "What does the ribosome make?",
        "Where does glycolysis happen?",
        "¿Qué hace la mitocondria?",
        "¿Qué es un lisosoma?",
    ]
    # With one item answered inside, the quote after the list still answers its last question.
    assert cards[3][3] == "> Una vesícula con enzimas digestivas."
    assert [message for _, message in unanswered] == ["What does the Golgi apparatus do?"]


BRACKETED_REMARKS = """\
# Examen oral — preguntas cortas

1. ¿Dónde naciste?

   En Valencia, pero crecí en Zaragoza.

2. ¿Qué haces los fines de semana?

   *(saltar — volver a esta, repito «creo que» tres veces)*

3. Jaka jest stolica Francji?

   (Paryż)
"""


def test_an_answer_that_is_only_a_remark_in_brackets_leaves_the_question_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(BRACKETED_REMARKS)
    fronts = {q for _, _, q, _ in cards}
    assert "¿Dónde naciste?" in fronts
    assert "Jaka jest stolica Francji?" in fronts  # one word in brackets is an answer, not a remark
    assert any(m.startswith("¿Qué haces los fines de semana?") for _, m in unanswered)
    assert "¿Qué haces los fines de semana?" not in fronts
