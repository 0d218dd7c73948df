"""Interview and exam commands in Russian, Ukrainian and Polish ask as `Explain …` does: a heading
`Расскажите про …` without a `?` is a question, answered by its section or reported unanswered."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import is_question
from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Расскажите про индексы в PostgreSQL", True),
        ("Объясните разницу между процессом и потоком", True),
        ("Назовите уровни модели OSI", True),
        ("Опиши жизненный цикл HTTP-запроса", True),
        ("Поясніть роботу збирача сміття", True),
        ("Wyjaśnij zasadę działania DNS", True),
        ("Индексы в PostgreSQL", False),
        ("Расскажите", False),  # a command word alone names nothing
    ],
)
def test_commands(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_a_command_heading_over_a_rule_and_a_back_link_is_unanswered() -> None:
    text = (
        "# Собеседование по Go\n\n## Основы\n\n#### Что такое горутина?\n\n**Ответ:** лёгкий поток, которым управляет рантайм.\n\n"
        "#### Объясните работу select\n\n**Ответ:** ждёт первой готовой операции над каналами.\n\n"
        "#### Расскажите про планировщик Go\n\n---\n\n⬆️ [Наверх](#собеседование-по-go)\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Что такое горутина?", "Объясните работу select"]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Расскажите про планировщик Go"]
