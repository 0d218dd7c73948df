"""A labelled answer ending with a colon keeps the code after it: `**Answer:** … like this:` + a fence is the
end of its own question, never the set-up of the next `**Question:**` (the pairing does not slide by one)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_PAIRS = (
    "## Shell\n\n"
    "**{q}** How do you list hidden files?\n\n"
    "**{a}** Pass the all flag:\n\n"
    "```sh\nls -a\n```\n\n"
    "**{q}** Which command prints the working directory?\n\n"
    "**{a}** `pwd`\n\n"
    "**{q}** How do you count the lines of a file?\n\n"
    "**{a}** With `wc`, for example:\n\n"
    "```sh\nwc -l notes.txt\n```\n\n"
    "```text\n12 notes.txt\n```\n\n"
    "**{q}** What does `cd -` do?\n\n"
    "**{a}** Returns to the previous directory.\n"
)


@pytest.mark.parametrize(("q", "a"), [("Question:", "Answer:"), ("Q:", "A:"), ("Frage:", "Antwort:")])
def test_an_answer_ending_in_a_colon_keeps_its_code(q: str, a: str) -> None:
    extraction, _ = extract_text(_PAIRS.format(q=q, a=a))
    assert [d.question for d in extraction.drafts] == [
        "How do you list hidden files?",
        "Which command prints the working directory?",
        "How do you count the lines of a file?",
        "What does `cd -` do?",
    ]
    assert "ls -a" in extraction.drafts[0].answer
    assert "wc -l" in extraction.drafts[2].answer and "12 notes.txt" in extraction.drafts[2].answer
    assert not any(a.rstrip(":") in d.question for d in extraction.drafts)


def test_a_plain_set_up_ending_in_a_colon_still_opens_the_next_question() -> None:
    text = (
        "## Queries\n\nConsider the following table:\n\n```sql\nCREATE TABLE pet (name TEXT, age INT);\n```\n\n"
        "Write a query that lists the pets older than three.\n\n"
        "**Answer:** `SELECT name FROM pet WHERE age > 3;`\n"
    )
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert "CREATE TABLE pet" in extraction.drafts[0].question
