"""Quizzes in a ```` ```quizdown ```` fence: one question per heading, the ticked options (or a numbered
sequence) the answer, hints never on the card, explanations under the options on the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

QUIZ = """\
# Zellbiologie — Wiederholung

## Teil 1: Organellen

```quizdown
---
shuffleAnswers: true
locale: de
---

# Wo findet die Zellatmung hauptsächlich statt?

> Hinweis: das „Kraftwerk“ der Zelle

- [ ] Im Zellkern
- [x] In den Mitochondrien
- [ ] Im Golgi-Apparat
    > Der Golgi-Apparat verpackt Proteine, er atmet nicht.

# Welche Organellen haben eine eigene DNA?

- [x] Mitochondrien
- [x] Chloroplasten
- [ ] Ribosomen

# Bringe die Phasen der Mitose in die richtige Reihenfolge.

1. Prophase
2. Metaphase
3. Anaphase
4. Telophase

# Ist das Zentriol bei Pflanzenzellen vorhanden?

- [ ] Ja
- [ ] Nein
```
"""


def test_each_heading_of_the_fence_is_a_question_answered_by_its_ticked_options():
    cards, unanswered = cards_and_unanswered(QUIZ)
    assert cards == [
        (
            11,
            "quiz-fence",
            "Wo findet die Zellatmung hauptsächlich statt?",
            "In den Mitochondrien\n\nDer Golgi-Apparat verpackt Proteine, er atmet nicht.",
        ),
        (20, "quiz-fence", "Welche Organellen haben eine eigene DNA?", "- Mitochondrien\n- Chloroplasten"),
        (
            26,
            "quiz-fence",
            "Bringe die Phasen der Mitose in die richtige Reihenfolge.",
            "1. Prophase\n2. Metaphase\n3. Anaphase\n4. Telophase",
        ),
    ]
    assert unanswered == [(33, "Ist das Zentriol bei Pflanzenzellen vorhanden? (no option marked right)")]


def test_a_spanish_quiz_keeps_the_text_under_its_heading_on_the_front():
    text = """\
```quiz
# ¿Qué imprime este código?

`print(len("hola"))`

- [ ] 3
- [x] 4
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("quiz-fence", '¿Qué imprime este código?\n\n`print(len("hola"))`', "4"),
    ]
    assert unanswered == []


def test_a_task_list_shown_in_a_markdown_fence_is_no_quiz():
    text = """\
# Como escrever listas de tarefas

```markdown
# Compras de sábado?

- [x] Pão
- [ ] Leite
```

O GitHub mostra caixas de seleção.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "quiz-fence" for _, rule, _, _ in cards)
    assert not any("Compras" in q for _, _, q, _ in cards)
    assert unanswered == []
