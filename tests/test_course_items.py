"""The course-item rule: bold numbered course questions answered by a labelled paragraph."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# An oral-exam sheet in chemistry, French labels.
CHEMISTRY = """\
# Oraux de chimie — thermodynamique

## Questions de cours

**QC 1.** Définir l'enthalpie libre.

*Réponse :* $G = H - TS$, fonction d'état.

**QC 2.** (★) Démontrer la relation de Gibbs-Helmholtz.

*Réponse :* on dérive $G/T$ par rapport à $T$ à pression constante.
On obtient $-H/T^2$.

**QC 3.** Énoncer la loi de Hess.

*Preuve :* l'enthalpie est une fonction d'état.

**QC 4.** Énoncer le troisième principe.

*Réponse :* TODO — relire le cours.

**QC 5.** (★) Donner la définition du potentiel chimique.

## Conseils

- Toujours préciser les unités.
- Ne pas oublier les conditions standard.
"""

# The same shape in German, with the answer label on the item's next line.
GERMAN = """\
# Mündliche Prüfung Informatik

**Frage 1.** Definieren Sie einen Heap.
**Antwort:** Ein Binärbaum mit Heap-Eigenschaft.

**Frage 2.** Erklären Sie Quicksort.

**Antwort:** Teile und herrsche um ein Pivot-Element.
"""

# One bold numbered line over an answer label: a lone line, no list of course questions.
LONE = """\
# Notes

**Step 1.** Install the package.

**Answer:** it is on PyPI.

Some more prose.
"""


def test_course_items_are_cards_without_label_and_star() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Définir l'enthalpie libre."] == ("course-item", "$G = H - TS$, fonction d'état.")
    rule, answer = found["Démontrer la relation de Gibbs-Helmholtz."]
    assert rule == "course-item" and answer.startswith("on dérive") and answer.endswith("$-H/T^2$.")
    assert found["Énoncer la loi de Hess."] == ("course-item", "l'enthalpie est une fonction d'état.")
    messages = [m for _, m in unanswered]
    assert any(m.startswith("Énoncer le troisième principe.") for m in messages)
    assert any(m.startswith("Donner la définition du potentiel chimique.") for m in messages)


def test_the_heading_over_course_items_and_a_tips_list_are_no_cards() -> None:
    cards, _ = cards_and_unanswered(CHEMISTRY)
    fronts = {q for _, _, q, _ in cards}
    assert "Questions de cours" not in fronts
    assert "Conseils" not in fronts
    assert len(cards) == 3


def test_an_answer_label_on_the_items_next_line_answers_it() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    found = {q: a for _, _, q, a in cards}
    assert found["Definieren Sie einen Heap."] == "Ein Binärbaum mit Heap-Eigenschaft."
    assert found["Erklären Sie Quicksort."] == "Teile und herrsche um ein Pivot-Element."


def test_one_bold_numbered_line_is_no_course_item() -> None:
    cards, _ = cards_and_unanswered(LONE)
    assert all(rule != "course-item" for _, rule, _, _ in cards)
