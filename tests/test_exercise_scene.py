"""Labelled problems whose task comes after a sentence that sets the scene (`Let … . Show that …`)."""

from __future__ import annotations

from tests.helpers import drafted_cards

SHEET = """\
# Number theory — sheet 2

**Problem 1.** Prove that there are infinitely many primes.

*Proof.* Suppose finitely many; multiply them and add one.

Remark. A quick check of the first few Euclid numbers:

```python
print([2 * 3 + 1, 2 * 3 * 5 + 1])
```

**Problem 2.** Let $p$ be an odd prime and $a$ an integer not divisible by $p$. Show that $a^{p-1} \\equiv 1 \\pmod p$.

*Proof.* The residues $a, 2a, \\dots, (p-1)a$ are a permutation of $1, \\dots, p-1$.

**Problem 3.** Soit $n$ un entier naturel. Montrez que $n^3 - n$ est divisible par 6.

*Preuve.* C'est $(n-1)n(n+1)$, un produit de trois entiers consécutifs.
"""

STORY = """\
# Incident log

**Problem 1:** The build was slow. We cached the wheels.

Fixed in a day.

**Problem 2:** The tests were flaky. Nobody knew why.

Still open.
"""


def test_a_task_after_a_scene_setting_sentence_is_a_card() -> None:
    fronts = [q for c, q, _ in drafted_cards(SHEET) if c == "exercise"]
    assert any(q.startswith("Let $p$ be an odd prime") for q in fronts)
    assert any(q.startswith("Soit $n$") for q in fronts)
    assert any(q.startswith("Prove that there are infinitely") for q in fronts)


def test_a_story_told_under_problem_labels_is_no_card() -> None:
    assert not [c for c in drafted_cards(STORY) if c[0] == "exercise"]
