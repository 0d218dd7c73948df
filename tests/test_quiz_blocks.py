"""mkdocs-quiz `<?quiz?>` … `<?/quiz?>` blocks: the question, the `answer-correct:` option(s) and the
explanation under `content:`."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

QUIZ = """\
# Photosynthese — Selbsttest

Ein kurzer Test zur letzten Stunde.

## Lichtreaktion

<?quiz?>
question: Wo findet die Lichtreaktion statt?
answer: Im Stroma
answer-correct: In der Thylakoidmembran
answer: Im Zellkern
content:
<p>Die Photosysteme sitzen in der Thylakoidmembran; das Stroma ist der Ort des Calvin-Zyklus.</p>
<?/quiz?>

<?quiz?>
question: Welche Stoffe liefert die Lichtreaktion
für den Calvin-Zyklus?
answer-correct: ATP
answer-correct: NADPH
answer: Glucose
content:
<?/quiz?>

<!-- noch prüfen -->
<?quiz?>
question: Wie viele Photonen braucht ein O₂-Molekül mindestens?
answer: 4
answer: 8
content:
<p>Erklärung folgt.</p>
<?/quiz?>
"""


def test_each_block_is_a_card_with_its_right_option_and_explanation():
    cards, unanswered = cards_and_unanswered(QUIZ)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (
            8,
            "quiz-block",
            "Wo findet die Lichtreaktion statt?",
            "In der Thylakoidmembran\n\nDie Photosysteme sitzen in der Thylakoidmembran; das Stroma ist der Ort des Calvin-Zyklus.",
        ),
        (17, "quiz-block", "Welche Stoffe liefert die Lichtreaktion für den Calvin-Zyklus?", "- ATP\n- NADPH"),
    ]
    assert unanswered == [(27, "Wie viele Photonen braucht ein O₂-Molekül mindestens? (no option marked right)")]


def test_spanish_quiz_under_no_heading():
    text = """\
<?quiz?>
question: ¿Cuál es la capital de Bolivia (sede del gobierno)?
answer: Sucre
answer-correct: La Paz
<?/quiz?>

<?quiz?>
question: ¿Qué río forma la frontera entre México y Estados Unidos?
answer-correct: El río Bravo (Río Grande)
answer: El Misisipi
content:
<p>En Estados Unidos se le llama Río Grande.</p>
<?/quiz?>
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("¿Cuál es la capital de Bolivia (sede del gobierno)?", "La Paz"),
        (
            "¿Qué río forma la frontera entre México y Estados Unidos?",
            "El río Bravo (Río Grande)\n\nEn Estados Unidos se le llama Río Grande.",
        ),
    ]
    assert unanswered == []


def test_quiz_marks_shown_as_code_or_unclosed_are_left_alone():
    text = """\
# Writing a quiz page

```markdown
<?quiz?>
question: What is 2 + 2?
answer-correct: 4
<?/quiz?>
```

<?quiz?>
question: An opened block that never closes?
answer-correct: yes
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "quiz-block" for _, rule, _, _ in cards)
    assert not any("2 + 2" in q or "never closes" in q for _, q in unanswered)
