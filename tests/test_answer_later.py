"""An answer that only promises one later (`Ответ будет позже.`, `*Answer will be added later.*`) leaves
its question unanswered, in every language the placeholders are read in; a real answer that mentions
`later` stays one."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "body",
    [
        "*Ответ будет позже.*",
        "Допишу позже",
        "Решение потом",
        "_Answer will be added later._",
        "Will answer later.",
        "I'll write it up later",
        "More to come",
        "The explanation comes later.",
        "*Respuesta más adelante*",
        "Lo completo después",
        "Réponse à venir",
        "Antwort folgt später",
        "Wird noch ergänzt später",
        "Resposta mais tarde",
        "Risposta più avanti",
        "Відповідь буде пізніше",
        "稍后补充",
        "後で追記",
        "나중에 추가",
        "*Solution will be released after the Friday tutorial.*",
        "Answers to be posted once the deadline has passed",
        "will post after Monday's lab :sweat_smile:",
        "I'll share it after the review session.",
        "(doplním po semináři o genetice 🙂)",
        "*Bude doplněno.*",
        "Doplním později",
    ],
)
def test_a_promise_of_an_answer_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


@pytest.mark.parametrize(
    "body",
    [
        "Later.",  # when is the lock released? later.
        "Потом",
        "Soon after the reaction starts, the solution turns blue.",
        "Comes later",
        "Later stages of mitosis separate the chromatids.",
        "The answer is 42; the proof comes later in the course, in chapter 9 where we define limits.",
        "The lock will be released after the write completes.",
        "The hormone is released after a meal.",
        "Doplním ti to zítra, ale odpověď je 42.",
        "Po válce se země rozdělila.",
    ],
)
def test_answers_that_mention_later_are_kept(body: str) -> None:
    assert empty_reason(body) is None


def test_a_heading_question_answered_later_is_unanswered() -> None:
    text = (
        "# Вопросы по сетям\n\n#### Что такое TCP?\n\n**Ответ:** протокол с установлением соединения.\n\n"
        "#### Что такое UDP?\n\n*Ответ будет позже.*\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Что такое TCP?"]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Что такое UDP?"]
