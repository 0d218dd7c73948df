"""The answer-key rule: numbered review questions answered by a later numbered `Answer key` list."""

from __future__ import annotations

from tests.helpers import extract_text

HISTORY = """\
# Chapter 4: The French Revolution

## Causes

The debt of the crown grew after the American war.

## Review questions

Answer these before you check the key.

1. In which year did the Estates-General meet?
2. Why was the storming of the Bastille a symbol?
3. Name two causes of the financial crisis.
4. Who led the Committee of Public Safety?

## Answer key

1. 1789.
2. The Bastille stood for royal arbitrary power;
   its fall showed the crown had lost Paris.
3. War debts and a tax system that spared the nobility.
4. TODO
"""


def test_questions_are_paired_with_the_key_item_of_the_same_number() -> None:
    extraction, _ = extract_text(HISTORY)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("answer-key", "In which year did the Estates-General meet?", "1789."),
        (
            "answer-key",
            "Why was the storming of the Bastille a symbol?",
            "The Bastille stood for royal arbitrary power;\nits fall showed the crown had lost Paris.",
        ),
        ("answer-key", "Name two causes of the financial crisis.", "War debts and a tax system that spared the nobility."),
    ]
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Who led the Committee of Public Safety?"]
    assert extraction.drafts[0].context == ("Review questions",)


def test_keys_in_other_languages_and_missing_numbers() -> None:
    text = (
        "# Química\n\n## Preguntas de repaso\n\n1. ¿Qué es un ion?\n2. ¿Qué es un isótopo?\n3. Defina valencia.\n\n"
        "## 🔑 Respuestas\n\n1. Un átomo con carga.\n2. Un átomo con distinto número de neutrones.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.answer for d in extraction.drafts] == ["Un átomo con carga.", "Un átomo con distinto número de neutrones."]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Defina valencia."]


def test_a_numbered_list_that_does_not_ask_is_not_paired_with_answers() -> None:
    text = (
        "# Setup\n\n## Steps\n\n1. Install the package.\n2. Run the server.\n3. Open the browser.\n\n"
        "## Solutions\n\n1. Use pip.\n2. Use uvicorn.\n3. Use Firefox.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "answer-key"]


def test_a_labelled_task_is_answered_by_the_same_label_in_the_key() -> None:
    text = (
        "# Optics\n\n## Review\n\n1. What is refraction?\n2. Define the focal length.\n\n"
        "**Bonus:** A lens has f = 10 cm. Find the image distance for an object at 30 cm.\n\n"
        "**Stretch:** Sketch the ray diagram of a concave mirror.\n\n"
        "## Answers\n\n1. The bending of light between media.\n2. The distance from the lens to its focus.\n\n"
        "Bonus: 15 cm (1/f = 1/u + 1/v).\n\nStretch: *ask in office hours*\n"
    )
    extraction, _ = extract_text(text)
    cards = [(d.question, d.answer) for d in extraction.drafts]
    assert ("A lens has f = 10 cm. Find the image distance for an object at 30 cm.", "15 cm (1/f = 1/u + 1/v).") in cards
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Sketch the ray diagram of a concave mirror."]


def test_notes_to_self_in_more_languages_are_placeholders() -> None:
    from ankibuild.extract.answers import empty_reason

    for text in ("(작성 예정)", "{/* TODO */} Coming soon.", "執筆中", "Sẽ cập nhật sau", "*ask in office hours* 🤔"):
        assert empty_reason(text) is not None, text
    for text in ("Ask the server for its certificate.", "{/* note */} Use a mutex."):
        assert empty_reason(text) is None, text


def test_each_key_answers_the_questions_since_the_previous_key() -> None:
    quiz = "## Quiz {n}\n\n1. What is {a}?\n2. What is {b}?\n\n## Answers\n\n1. {a} answer.\n2. {b} answer.\n\n"
    text = "# Two quizzes\n\n" + quiz.format(n=1, a="TCP", b="UDP") + quiz.format(n=2, a="DNS", b="ARP")
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("What is TCP?", "TCP answer."),
        ("What is UDP?", "UDP answer."),
        ("What is DNS?", "DNS answer."),
        ("What is ARP?", "ARP answer."),
    ]
