"""Problems drafted in a course platform's simple-editor markup (the `studio-problem` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

FRENCH = """\
# Chimie — brouillons du module 2

| Balise | Sens |
|---|---|
| `>>texte<<` | énoncé montré à l'apprenant |
| `(x)` / `( )` | choix unique, juste / faux |
| `= réponse` | saisie libre |

---

## 2.1 Gaz

>>Quel gaz les plantes absorbent-elles pour la photosynthèse ?<<

( ) Le dioxygène
(x) Le dioxyde de carbone
( ) L'azote

||Pensez à ce que nous expirons.||

[explanation]
Le carbone du CO₂ est fixé dans les sucres.
[explanation]

---

## 2.2 Gaz nobles

>>Lesquels sont des gaz nobles ?<<

[x] Néon
[ ] Chlore
[x] Argon

---

## 2.3 Masse molaire

>>Quelle est la masse molaire de l'eau, en g/mol ?<<

= 18 +- 0.5
or= 18,0

---

## 2.4 Liaisons

>>Une liaison entre deux atomes de chlore est :<<

[[ionique, (covalente), métallique]]

---

## 2.5 Brouillon

>>Quel indicateur vire au rose en milieu basique ?<<

( ) Le bleu de bromothymol
( ) L'hélianthine

<!-- TODO: vérifier -->

---

## 2.6 Brouillon

>>Que signifie l'acronyme pH ?<<

= TODO
"""

GERMAN = """\
# Erdkunde

>>Wie heißt die Hauptstadt von Kanada?<<

= Ottawa

>>Welcher Fluss fließt durch Wien?<<

(x) Donau
( ) Rhein
"""

NEAR_MISS = """\
# Shell-Notizen

Umleitung: `cat a.txt >>b.txt` hängt an, und `<<EOF` öffnet ein Here-Document.

- [x] Kapitel 1 gelesen
- [ ] Kapitel 2 gelesen

```
>>Was gibt das aus?<<
(x) nichts
>>Und das?<<
= 3
```
"""


def test_each_problem_is_a_card_answered_by_what_it_marks_right() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "studio-problem",
            "Quel gaz les plantes absorbent-elles pour la photosynthèse ?",
            "Le dioxyde de carbone\n\nLe carbone du CO₂ est fixé dans les sucres.",
        ),
        ("studio-problem", "Lesquels sont des gaz nobles ?", "- Néon\n- Argon"),
        ("studio-problem", "Quelle est la masse molaire de l'eau, en g/mol ?", "18 ± 0.5"),
        ("studio-problem", "Une liaison entre deux atomes de chlore est :", "covalente"),
    ]
    assert unanswered == [
        (56, "Quel indicateur vire au rose en milieu basique ?"),
        (67, "Que signifie l'acronyme pH ? (placeholder)"),
    ]


def test_the_markup_legend_is_skipped_and_hints_stay_off_the_card() -> None:
    extraction, diagnostics = extract_text(FRENCH)
    assert not any("Pensez" in d.answer or "Balise" in d.question for d in extraction.drafts)
    assert not [d for d in diagnostics if d.kind == "unclassified"]


def test_problems_without_separators_end_at_the_next_question() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("studio-problem", "Wie heißt die Hauptstadt von Kanada?", "Ottawa"),
        ("studio-problem", "Welcher Fluss fließt durch Wien?", "Donau"),
    ]
    assert unanswered == []


def test_redirections_task_lists_and_code_are_no_problems() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert not [c for c in cards if c[1] == "studio-problem"]
    assert unanswered == []
