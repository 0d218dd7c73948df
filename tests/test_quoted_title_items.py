"""A numbered question that ends with a quoted title ending in `?` (`… "What Is to Be Done?"`) asks as one
ending in `?` does: its answer-label line below it answers it, as its neighbours' do."""

from __future__ import annotations

from tests.helpers import extract_text

ITEMS = """\
# Literature review

## Authors

1. Who wrote "What Is to Be Done?"
   Answer: Lenin (1902).

2. When was "Ulysses" published?
   Answer: 1922.

3. Which poet wrote «¿Qué es poesía?»
   Answer: Gustavo Adolfo Bécquer.

4. Who painted the Mona Lisa?
   Answer: Leonardo da Vinci.
"""


def test_a_question_ending_in_a_quoted_title_keeps_its_answer() -> None:
    extraction, diagnostics = extract_text(ITEMS)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards == {
        'Who wrote "What Is to Be Done?"': "Lenin (1902).",
        'When was "Ulysses" published?': "1922.",
        "Which poet wrote «¿Qué es poesía?»": "Gustavo Adolfo Bécquer.",
        "Who painted the Mona Lisa?": "Leonardo da Vinci.",
    }
    assert not [d for d in diagnostics if d.kind == "unanswered"]
