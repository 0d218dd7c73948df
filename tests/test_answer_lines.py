"""The answer-line rule: `Q1.` paragraphs answered on their next line by a labelled answer (`_Ans: …_`,
`*Answer:* …`, `A: …`); a wrapped question keeps its lines; the answer stops at its paragraph's end; a `Q`
paragraph without an answer line is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_numbered_questions_with_italic_answer_lines() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Anatomy self-test\n\n## Digestion\n\n"
        "Q1. Which organ stores bile?\n_Ans: the gallbladder._\n\n"
        "Q2. Name the enzyme in saliva that digests starch.\n*Ans:* salivary amylase\n\n"
        "Q3. Where is most water absorbed?\n\n"
        "Q4. How long is the small intestine of an adult,\nroughly, in metres?\nAnswer: about 6 m.\n\n"
        "```text\nmouth → oesophagus → stomach\n```\n"
    )
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "answer-line", "Which organ stores bile?", "the gallbladder."),
        (8, "answer-line", "Name the enzyme in saliva that digests starch.", "salivary amylase"),
        (13, "answer-line", "How long is the small intestine of an adult, roughly, in metres?", "about 6 m."),
    ]
    assert unanswered == [(11, "Where is most water absorbed?")]


def test_several_questions_in_one_paragraph_and_other_labels() -> None:
    cards, _ = cards_and_unanswered(
        "# Geografía\n\nQ1) ¿Cuál es la capital de Perú?\nA: Lima\nQ2) ¿Qué río cruza Budapest?\nRespuesta: el Danubio\n"
    )
    assert [(c[2], c[3]) for c in cards] == [("¿Cuál es la capital de Perú?", "Lima"), ("¿Qué río cruza Budapest?", "el Danubio")]


def test_one_answered_question_or_prose_is_not_read() -> None:
    for text in (
        "# Notes\n\nQ1. Which organ stores bile?\n_Ans: the gallbladder._\n\nQ2. Where is water absorbed?\n",
        "# Notes\n\nQ3 results were strong.\nAnswer rates rose.\n\nQ4 results were weak.\nAnswer rates fell.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "answer-line"], text
