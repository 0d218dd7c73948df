"""The latex-flashcard rule: LaTeX `flashcard` environments (the `flashcards` class) kept in Markdown."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

CHIMIE = """\
---
title: "Chimie organique — fiches"
documentclass: flashcards
---

<!-- pandoc fiches.md -o fiches.pdf : les environnements passent tels quels -->

# Chapitre 1 — Liaisons

Je révise dans le bus, d'où les fiches imprimées.

\\begin{flashcard}[Définition]{Liaison covalente}
Mise en commun d'un doublet d'électrons entre deux atomes,
par exemple dans $\\mathrm{H_2}$.
\\end{flashcard}

\\begin{flashcard}[Question]{Pourquoi $\\Delta G = \\Delta H - T\\Delta S$ décide-t-il du sens ?}
Une réaction est spontanée quand $\\Delta G < 0$ % à revoir avec le cours
(voir la \\emph{relation de Gibbs--Helmholtz}).
+ la température compte.
\\end{flashcard}

\\begin{flashcard}[Théorème]{Règle de l'octet}
% TODO : les exceptions (bore, soufre)
\\end{flashcard}

# Capítulo 2 — Estereoquímica

\\begin{flashcard}[Pregunta]{¿Qué es un carbono quiral?}
Un carbono unido a cuatro sustituyentes distintos:
\\begin{itemize}
  \\item no tiene plano de simetría;
  \\item da dos enantiómeros.
\\end{itemize}
\\end{flashcard}

\\begin{flashcard}[Definición]{Mezcla racémica}
\\end{flashcard}
"""


def test_each_flashcard_environment_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(CHIMIE)
    assert cards == [
        (
            12,
            "latex-flashcard",
            "Liaison covalente",
            "Mise en commun d'un doublet d'électrons entre deux atomes, par exemple dans $\\mathrm{H_2}$.",
        ),
        (
            17,
            "latex-flashcard",
            "Pourquoi $\\Delta G = \\Delta H - T\\Delta S$ décide-t-il du sens ?",
            # the comment is dropped, the lines join as TeX joins them (the `+` opens no list), the text
            # command and the dash read as Markdown, the math stays math
            "Une réaction est spontanée quand $\\Delta G < 0$ (voir la *relation de Gibbs–Helmholtz*). + la température compte.",
        ),
        (
            29,
            "latex-flashcard",
            "¿Qué es un carbono quiral?",
            "Un carbono unido a cuatro sustituyentes distintos:\n- no tiene plano de simetría;\n- da dos enantiómeros.",
        ),
    ]
    # a body of comments only, and an empty one, leave the question unanswered
    assert unanswered == [(23, "Règle de l'octet"), (37, "Mezcla racémica")]


def test_the_headings_over_the_cards_are_context_not_topics() -> None:
    extraction, _ = extract_text(CHIMIE)
    assert {d.convention for d in extraction.drafts} == {"latex-flashcard"}
    assert extraction.drafts[0].context == ("Chapitre 1 — Liaisons",)
    assert extraction.drafts[-1].context == ("Capítulo 2 — Estereoquímica",)


def test_environments_in_code_and_a_lone_environment_are_left_alone() -> None:
    text = """\
# Der flashcards-Dokumentklasse

So sieht eine Karte im Quelltext aus:

```latex
\\begin{flashcard}[Definition]{Ableitung}
Grenzwert des Differenzenquotienten.
\\end{flashcard}
```

    \\begin{flashcard}{Integral}
    Fläche unter der Kurve.
    \\end{flashcard}

\\begin{flashcard}[Satz]{Mittelwertsatz}
Es gibt ein $\\xi$ mit $f'(\\xi) = \\frac{f(b)-f(a)}{b-a}$.
\\end{flashcard}

\\begin{theorem}{Satz von Rolle}
Ein Spezialfall.
\\end{theorem}
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [card for card in cards if card[1] == "latex-flashcard"]
    assert not unanswered


def test_an_environment_never_closed_before_a_heading_is_left_alone() -> None:
    text = """\
# Notizen

\\begin{flashcard}{Erste Karte}
Antwort eins.
\\end{flashcard}

\\begin{flashcard}{Zweite Karte}
Antwort zwei, aber das Ende fehlt.

## Weiter

\\begin{flashcard}{Dritte Karte}
Antwort drei.
\\end{flashcard}
"""
    cards, _ = cards_and_unanswered(text)
    assert [(line, question) for line, rule, question, _ in cards if rule == "latex-flashcard"] == [
        (3, "Erste Karte"),
        (12, "Dritte Karte"),
    ]
