"""The label-heading rule: exercises under a bare label heading, answered by a labelled paragraph."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# A physics exercise sheet in French: hint blockquote, corrigé, an exercise left without one.
PHYSICS = """\
# TD 3 — Mécanique

## Exercices

### Exercice 1

Quelle est la période d'un pendule simple de longueur $\\ell$ ?

> *Indication :* petits angles.

**Corrigé.** $T = 2\\pi\\sqrt{\\ell/g}$.

### Exercice 2

Calculer l'énergie cinétique d'une masse de 2 kg à 3 m/s.

**Corrigé.** $E_c = 9$ J.

### Exercice 3 (difficile)

Montrer que le mouvement d'un satellite est plan.
"""

# German and Spanish labels, English hint and solution labels.
MIXED = """\
# Übungsblatt

### Übung 1

Bestimmen Sie die Ableitung von $x^2$.

**Lösung.** $2x$

### Ejercicio 2

Resuelva $x + 1 = 3$.

*Hint:* subtract one.

*Solución:* $x = 2$
"""

# Korean past questions: `N번`, code under the question, 정답 and 해설, a placeholder answer.
KOREAN = """\
# 컴퓨터활용능력 기출

### 1번

다음 파이썬 코드의 출력 결과를 쓰시오.

```python
print(2 ** 3)
```

**[정답]** 8

**[해설]** 거듭제곱 연산자.

---

### 2번

관계형 데이터베이스에서 행을 가리키는 용어를 쓰시오.

**[정답]** 튜플

---

### 3번

정규화의 목적을 쓰시오.

**[정답]** (모름 — 추가 예정)
"""

# Bare label headings with prose under them and no answer label: no exercise sheet.
PROSE = """\
# Course diary

## Week 3

We covered recursion.

## Week 4

We covered sorting.
"""


def test_the_front_is_the_question_under_the_label_and_the_hint_is_left_off() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Quelle est la période d'un pendule simple de longueur $\\ell$ ?"] == (
        "label-heading",
        "$T = 2\\pi\\sqrt{\\ell/g}$.",
    )
    assert found["Calculer l'énergie cinétique d'une masse de 2 kg à 3 m/s."] == ("label-heading", "$E_c = 9$ J.")
    assert "Exercice 1" not in found and "Exercices" not in found
    assert [m for _, m in unanswered] == ["Montrer que le mouvement d'un satellite est plan."]


def test_labels_in_other_languages() -> None:
    cards, _ = cards_and_unanswered(MIXED)
    found = {q: a for _, _, q, a in cards}
    assert found["Bestimmen Sie die Ableitung von $x^2$."] == "$2x$"
    assert found["Resuelva $x + 1 = 3$."] == "$x = 2$"


def test_korean_numbered_questions_keep_their_code_and_explanation() -> None:
    cards, unanswered = cards_and_unanswered(KOREAN)
    found = {q: (rule, a) for _, rule, q, a in cards}
    front = "다음 파이썬 코드의 출력 결과를 쓰시오.\n\n```python\nprint(2 ** 3)\n```"
    assert found[front] == ("label-heading", "8\n\n**[해설]** 거듭제곱 연산자.")
    assert found["관계형 데이터베이스에서 행을 가리키는 용어를 쓰시오."] == ("label-heading", "튜플")
    assert [m.split(" (")[0] for _, m in unanswered] == ["정규화의 목적을 쓰시오."]
    assert "1번" not in found


def test_label_headings_without_answer_labels_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(PROSE)
    assert all(rule != "label-heading" for _, rule, _, _ in cards)
    assert unanswered == []
