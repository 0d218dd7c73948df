"""`<details>` whose summary labels the answer in another language (`Xem đáp án`, `Ver respuesta`)."""

from __future__ import annotations

import pytest

from ankibuild.extract.collapsibles import is_answer_summary
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "summary",
    ["Xem đáp án", "Ver respuesta", "Antwort anzeigen", "Voir la réponse", "Показать ответ", "Lösung", "답 보기", "查看答案"],
)
def test_generic_answer_summaries_in_other_languages(summary: str) -> None:
    assert is_answer_summary(summary)


@pytest.mark.parametrize("summary", ["Ver el código", "¿Qué es un índice?", "Warum ist der Himmel blau?"])
def test_summaries_that_name_or_ask_are_not_labels(summary: str) -> None:
    assert not is_answer_summary(summary)


def test_code_under_a_question_then_a_labelled_answer_box() -> None:
    text = (
        "# Preguntas de Python\n\n**Pregunta 3: ¿Qué imprime este código?**\n\n```python\nprint(2 ** 3)\n```\n\n"
        "<details>\n<summary>Ver respuesta</summary>\n\nImprime `8`.\n\n</details>\n"
    )
    extraction, _ = extract_text(text)
    (card,) = extraction.drafts
    assert "print(2 ** 3)" in card.question
    assert card.answer.strip() == "Imprime `8`."
