"""Numbered review questions answered on an arrow line under them, where a command follows the question's
`?` (`Nenne zwei.`) so that the first line does not end asking."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

REVIEW = """\
# Geschichte

## Wiederholungsfragen

1) Wann begann der Erste Weltkrieg?
   → 1914

2) Welche Folgen hatte der Versailler Vertrag? Nenne zwei.
   → (1) Gebietsverluste (2) Reparationen

3) Wer war der erste Reichspräsident?
   → Friedrich Ebert
"""


def test_an_arrow_line_answers_a_question_a_command_follows() -> None:
    cards, _ = cards_and_unanswered(REVIEW)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (5, "Wann begann der Erste Weltkrieg?", "→ 1914"),
        (8, "Welche Folgen hatte der Versailler Vertrag? Nenne zwei.", "→ (1) Gebietsverluste (2) Reparationen"),
        (11, "Wer war der erste Reichspräsident?", "→ Friedrich Ebert"),
    ]
