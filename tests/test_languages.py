"""Questions written in other languages: their question and answer labels (`**Frage:**`/`**Antwort:**`,
`**Question :**`/`**Réponse :**`, `**Pregunta:**`/`**Respuesta:**`, `Q :`/`R :`, and beyond Latin scripts
`Вопрос 3.`/`**Ответ:**`, `第3题：`/`答：`, `질문 3.`/`**답변:**` …), their question words (`Что такое …`,
`Dlaczego …`, `…是什么？`) and their exam command words (`Nennen Sie`, `Expliquez`, `Defina`), read by the
shared layer so that every rule benefits.

Golden fixtures live in tests/fixtures/languages: `name.md` is extracted and every card (any convention)
and every `unanswered` report is compared with `name.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract.questions import (
    ANSWER_LABEL,
    clean_question,
    is_question,
    starts_like_question,
    starts_with_exercise,
    starts_with_imperative,
)
from tests.helpers import extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "languages"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction, diagnostics = extract_text((FIXTURES / f"{name}.md").read_text(encoding="utf-8"))
    cards = [[d.loc.line, d.convention, d.question, d.answer] for d in extraction.drafts]
    assert cards == expected["cards"]
    unanswered = [[d.loc.line, d.message] for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == expected["unanswered"]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Nennen Sie die vier Coffman-Bedingungen.", True),
        ("Erklären Sie den Begriff Paging.", True),
        ("Beschreibe den Ablauf eines Kontextwechsels.", True),
        ("Beschreiben von Prozessen", False),  # an infinitive without `Sie` names a topic
        ("Berechnen und Schätzen", False),
        ("Décrivez le rôle du Sénat.", True),
        ("Citez trois libertés fondamentales.", True),
        ("Describa el ciclo de Krebs.", True),
        ("Defina insuficiencia cardiaca.", True),
        ("Définition du contrat", False),
        ("Write-ahead logging", False),
    ],
)
def test_commands_in_other_languages(text: str, asks: bool) -> None:
    assert starts_with_imperative(text) is asks
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Antwort:** Ein Prozess.", True),
        ("**Réponse :** Le Sénat.", True),
        ("Réponse : le Sénat.", True),
        ("**Respuesta:** La mitosis.", True),
        ("R : Le président.", True),
        ("**R:** Le président.", True),
        ("Antwortzeit ist kurz.", False),
        ("R is a language for statistics.", False),
        ("R: `lm(y ~ x)`", False),  # the R language, not a label (plain `R` takes the French space)
        ("R:B ratio", False),
    ],
)
def test_answer_labels_in_other_languages(line: str, label: bool) -> None:
    assert (ANSWER_LABEL.match(line) is not None) is label


@pytest.mark.parametrize(
    ("text", "sets_task"),
    [
        ("Find the second highest salary.", True),
        ("For each customer, find the date of their last order.", True),
        ("Write a query that returns every manager.", True),
        ("Find out", False),  # too short to set a task
        ("Findings of the audit", False),
        ("The installer finds the files.", False),
    ],
)
def test_exercise_commands(text: str, sets_task: bool) -> None:
    assert starts_with_exercise(text) is sets_task


@pytest.mark.parametrize(
    ("title", "question"),
    [
        ("Вопрос 3. Что такое горение?", "Что такое горение?"),
        ("Вопрос №4: Почему тонет камень?", "Почему тонет камень?"),
        ("Питання 2) Що таке ринок?", "Що таке ринок?"),
        ("Pytanie 7: Czym jest prawo?", "Czym jest prawo?"),
        ("Otázka 1. Co je buňka?", "Co je buňka?"),
        ("Soru 2: Enflasyon nedir?", "Enflasyon nedir?"),
        ("第3题：什么是税收？", "什么是税收?"),
        ("第 12 題 為什麼要納稅？", "為什麼要納稅?"),
        ("問3：民法とは何か？", "民法とは何か?"),
        ("问题 5. 如何计算利率？", "如何计算利率?"),
        ("질문 2. 헌법이란 무엇인가?", "헌법이란 무엇인가?"),
        ("Câu hỏi 4: Tại sao trời mưa?", "Tại sao trời mưa?"),
        ("Pertanyaan 9. Apa itu pajak?", "Apa itu pajak?"),
        ("प्रश्न 6: वर्षा क्यों होती है?", "वर्षा क्यों होती है?"),
        ("سؤال 2: ما هو القانون؟", "ما هو القانون؟"),
        ("Q3：What is a lien?", "What is a lien?"),
        ("3、什么是物权？", "什么是物权?"),
        ("（2）为什么需要合同？", "为什么需要合同?"),
        # Not labels: a word that only starts the title, a number that is part of a name.
        ("Questionnaire design", "Questionnaire design"),
        ("Вопросы права", "Вопросы права"),
        ("问题解决的步骤", "问题解决的步骤"),
    ],
)
def test_question_labels_beyond_latin_are_stripped(title: str, question: str) -> None:
    assert clean_question(title)[0] == question


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("**Ответ:** Закон сохранения.", True),
        ("Ответ: закон сохранения.", True),
        ("**Відповідь:** Ринок.", True),
        ("Odpowiedź: Prawo.", True),
        ("**Odpověď:** Buňka.", True),
        ("**Cevap:** Vergi.", True),
        ("答：物价上涨。", True),
        ("**答案：** 物价上涨。", True),
        ("解答：民法は私法である。", True),
        ("**답변:** 헌법.", True),
        ("Trả lời: Vì mây.", True),
        ("**Jawaban:** Pajak.", True),
        ("**उत्तर:** वर्षा।", True),
        ("**الإجابة:** القانون.", True),
        ("A： A civil wrong.", True),
        # Prose that mentions the word is no label.
        ("Ответ прост: читайте учебник.", False),
        ("Ответы на вопросы ниже.", False),
        ("答案很简单。", False),
        ("The answer: nobody knows.", False),
        ("Answering the phone is polite.", False),
        ("A:B testing compares variants.", False),
    ],
)
def test_answer_labels_beyond_latin(line: str, label: bool) -> None:
    assert (ANSWER_LABEL.match(line) is not None) is label


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Что такое горутина?", True),
        ("Как работает пересадка почки?", True),
        ("Зачем нужен нотариус?", True),
        ("Dlaczego niebo jest niebieskie?", True),
        ("Co to jest hipoteka?", True),
        ("Bagaimana cara kerja ginjal?", True),
        ("क्या है संविधान?", True),
        ("لماذا نحتاج إلى القانون؟", True),
        ("合同法是什么？", True),
        ("為什麼要納稅？", True),
        ("民法とはどういう法律ですか？", True),
        ("헌법은 왜 필요한가?", True),
        # Statements and topics: no opening question word, or a CJK title without `?`.
        ("Что-то", False),
        ("Co dalej", False),
        ("Работа с файлами", False),
        ("什么是合同", False),
        ("Kontrakt i prawo", False),
    ],
)
def test_question_words_beyond_latin(text: str, asks: bool) -> None:
    assert starts_like_question(text) is asks
