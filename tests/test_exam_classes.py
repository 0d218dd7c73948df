"""The exam-class rule: LaTeX `exam` papers kept in Markdown, each `\\question` / `\\part` answered by its
`solution` environment or by the option marked `\\CorrectChoice`."""

from __future__ import annotations

from tests.helpers import extract_text

PAPER = r"""---
documentclass: exam
---

# Klausur Chemie

\begin{questions}

## Teil A

\question Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?
\begin{choices}
  \choice Sauerstoff
  \CorrectChoice Wasserstoff
  \choice Chlor
\end{choices}

\question[2] ¿Cuál es la masa molar del agua?
\begin{solution}
$18\ \text{g/mol}$
% (2 + 16)
\end{solution}

## Teil B

\question Eine Lösung enthält 0,1 mol HCl in 1 L.
\begin{parts}
\part[1] Welchen pH-Wert hat sie?
\begin{solution}
pH = 1
\end{solution}
\part[2] Wie viel NaOH neutralisiert sie?
\begin{solution}[1in]
% TODO
\end{solution}
\end{parts}

\bonusquestion[1] Warum ist Gold so reaktionsträge?

\end{questions}
"""


def test_items_are_answered_by_their_solution_or_their_marked_option() -> None:
    extraction, diagnostics = extract_text(PAPER)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (11, "exam-class", "Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?", "Wasserstoff", ("Teil A",)),
        (18, "exam-class", "¿Cuál es la masa molar del agua?", r"$18\ \text{g/mol}$", ("Teil A",)),
        (
            28,
            "exam-class",
            "Welchen pH-Wert hat sie?",
            "pH = 1",
            ("Teil B", "Eine Lösung enthält 0,1 mol HCl in 1 L."),
        ),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Wie viel NaOH neutralisiert sie?",
        "Warum ist Gold so reaktionsträge?",
    ]


def test_the_class_markup_never_reaches_a_card() -> None:
    extraction, _ = extract_text(PAPER)
    for draft in extraction.drafts:
        for mark in ("\\question", "\\part", "\\begin", "\\end", "\\choice", "%"):
            assert mark not in draft.question and mark not in draft.answer


def test_a_lone_solution_environment_in_prose_is_left_alone() -> None:
    text = (
        "# Notes\n\nThe exam class writes answers like this:\n\n"
        "\\question What is 2 + 2?\n\\begin{solution}\n4\n\\end{solution}\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "exam-class"]
