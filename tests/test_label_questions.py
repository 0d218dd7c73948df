"""Questions asked by their label without a `?`: label headings (`Q1. … 설명해주세요.`), letter prompts (`P: …` over `R: …`)."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import asks_by_label_or_request
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "title",
    [
        "Q1. OS 스케줄링에 대해 설명해주세요.",
        "Q3: Describe the CAP theorem",
        "Question 4: the lifecycle of a React component",
        "질문 2) 가비지 컬렉션의 동작 방식을 설명하시오.",
        "プロセスとスレッドの違いを説明してください。",
        "请解释进程和线程的区别",
        "Giải thích cơ chế hoisting",
        "Câu 5: Closure trong JavaScript",
    ],
)
def test_titles_that_ask_without_a_question_mark(title: str) -> None:
    assert asks_by_label_or_request(title)


@pytest.mark.parametrize(
    "title",
    ["Question 1", "Q1", "Quick start", "Queue: FIFO", "Q-learning basics", "프로세스와 스레드", "说明", "说明文档", "Questions"],
)
def test_titles_that_only_name_or_number(title: str) -> None:
    assert not asks_by_label_or_request(title)


def test_a_labelled_request_heading_is_a_card() -> None:
    text = (
        "# 운영체제 면접 질문\n\n## 프로세스\n\n#### Q1. 프로세스와 스레드의 차이를 설명해주세요.\n\n"
        "프로세스는 독립된 메모리 공간을 가지고, 스레드는 프로세스의 메모리를 공유합니다.\n\n"
        "#### Q2. 데드락이란 무엇인가요?\n\n두 작업이 서로의 자원을 기다리며 멈춘 상태입니다.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["프로세스와 스레드의 차이를 설명해주세요.", "데드락이란 무엇인가요?"]


PHARMA = """\
# Repaso

P: ¿Qué enzima degrada la acetilcolina?
R: La acetilcolinesterasa.

P: Mecanismo de acción del omeprazol
R: Inhibe la bomba de protones de la célula parietal.
"""

PHYSICS = """\
# Ejercicio

F: 12 N
A: 3 m²

F: fuerza aplicada sobre la placa
A: área de la placa
"""


def test_a_letter_prompt_without_question_mark_is_asked_by_its_answer_label() -> None:
    extraction, _ = extract_text(PHARMA)
    assert [d.question for d in extraction.drafts] == [
        "¿Qué enzima degrada la acetilcolina?",
        "Mecanismo de acción del omeprazol",
    ]


def test_letters_that_never_ask_in_the_document_stay_values() -> None:
    extraction, _ = extract_text(PHYSICS)
    assert not [d for d in extraction.drafts if d.convention == "label-pair"]


def test_a_command_word_paired_with_a_noun_titles_a_section() -> None:
    from ankibuild.extract.questions import is_question

    assert not is_question("Compute & networking")
    assert not is_question("Design / build")
    assert is_question("Compute the mean of the sample")
