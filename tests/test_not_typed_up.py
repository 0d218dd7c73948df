"""Notes that an answer is not typed up or done yet, in several languages, are placeholders."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason


@pytest.mark.parametrize(
    "answer",
    [
        "siehe Foto im Ordner `img/a3.jpg` – hab's noch nicht abgetippt.",
        "Lösung fehlt noch",
        "*(het nie tyd gehad nie — kyk handboek bl. 88)*",
        "nog nie gedoen nie",
        "see my paper notes, not typed up yet",
        "略",
        "（略）",
        "（待整理，见讲义第 12 页）",
    ],
)
def test_a_note_that_the_answer_is_not_done_is_a_placeholder(answer: str) -> None:
    assert empty_reason(answer) == "placeholder"


@pytest.mark.parametrize(
    "answer",
    [
        "Die Daten sind noch nicht gespeichert, wenn der Commit fehlschlägt.",
        "略微升高，随后下降。",
        "The text is typed up by the clerk and filed.",
    ],
)
def test_an_answer_that_mentions_such_words_is_an_answer(answer: str) -> None:
    assert empty_reason(answer) is None
