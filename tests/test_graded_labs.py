"""The graded-lab rule: autograded assignments (otter-grader, ottr) whose bold-labelled questions are answered
by the student's code or prose, between the grader's check chunks and fence comments."""

from __future__ import annotations

from tests.helpers import extract_text

CHIMIE = """\
# TP 3 — Cinétique chimique

```{python}
import otter
grader = otter.Notebook()
```

**Question 0 (Collaborateurs) :** Indiquez avec qui vous avez travaillé.

Avec Léa et Hugo.

## Partie 1

**Question 1a.** Calculez la constante de vitesse `k` à partir de la demi-vie de 30 s.

```python
k = 0.693 / 30
```

```python
grader.check("q1a")
```

**Question 1b.** Stockez la concentration au bout de 60 s dans `c60`.

```python
c60 = ...  # YOUR CODE HERE
```

```python
grader.check("q1b")
```

<!-- BEGIN QUESTION -->

**Question 1c (manuelle).** Pourquoi la vitesse diminue-t-elle au cours du temps ?

Parce que la concentration du réactif diminue, et la vitesse lui est proportionnelle.

<!-- END QUESTION -->

<!-- BEGIN QUESTION -->

**Question 1d (manuelle).** ¿Qué efecto tiene un catalizador sobre la energía de activación?

_Type your answer here, replacing this text._

<!-- END QUESTION -->

<!-- BEGIN QUESTION -->

**Question 2 (manuelle).** Warum beschleunigt eine höhere Temperatur die Reaktion?

Mehr Teilchen überwinden die Aktivierungsenergie (Arrhenius).

<!-- END QUESTION -->

Pensez à exporter le notebook avant de le rendre.
"""


def test_labelled_questions_are_answered_by_the_blocks_under_them() -> None:
    extraction, _ = extract_text(CHIMIE)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"graded-lab"}
    assert set(cards) == {
        "Calculez la constante de vitesse `k` à partir de la demi-vie de 30 s.",
        "Pourquoi la vitesse diminue-t-elle au cours du temps ?",
        "Warum beschleunigt eine höhere Temperatur die Reaktion?",
    }
    code = cards["Calculez la constante de vitesse `k` à partir de la demi-vie de 30 s."].answer
    assert "k = 0.693 / 30" in code and "grader.check" not in code
    assert cards["Warum beschleunigt eine höhere Temperatur die Reaktion?"].answer.startswith("Mehr Teilchen")
    assert cards["Warum beschleunigt eine höhere Temperatur die Reaktion?"].context == ("Partie 1",)


def test_stubs_and_answer_templates_are_unanswered_and_question_zero_is_no_card() -> None:
    extraction, diagnostics = extract_text(CHIMIE)
    unanswered = sorted(d.question or "" for d in diagnostics if d.kind == "unanswered")
    assert unanswered == [
        "Stockez la concentration au bout de 60 s dans `c60`.",
        "¿Qué efecto tiene un catalizador sobre la energía de activación?",
    ]
    assert not any("travaillé" in d.question for d in extraction.drafts)
    assert not any("exporter" in d.question for d in extraction.drafts)


WORKSHEET = """\
# Hoja de ejercicios

**Pregunta 1.** ¿Cuánto vale la derivada de $x^2$?

$2x$.

**Pregunta 2.** ¿Y la de $\\sin x$?

$\\cos x$.
"""


def test_bold_labels_without_a_grader_are_left_to_the_other_rules() -> None:
    extraction, _ = extract_text(WORKSHEET)
    assert not any(d.convention == "graded-lab" for d in extraction.drafts)
