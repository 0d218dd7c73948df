"""Answers deferred to a meeting or still to be looked up are placeholders: the question is unanswered."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "line",
    [
        "🤔 *Left for discussion — nobody had read that far.*",
        "Left for the next session.",
        "*No answer yet — ask in Friday's review session.*",
        "No solution yet.",
        "(quoted in chapter 9 — need to find the page before answering)",
        "_(need to reread the proof of lemma 3)_",
        "???  (something about the cache line being invalidated on the other core — need to reread)",
        "**Status:** ⏳ unresolved — the TAs are still discussing it.",
        "*(We'll cover this one in the next lecture — it needs the spectral theorem.)*",
        "Nice catch, that is where the course goes next — hold that thought until the exam review.",
        "look up before Friday",
        "Look it up later.",
    ],
)
def test_a_deferred_answer_is_a_placeholder(line: str) -> None:
    assert empty_reason(line) == "placeholder"


@pytest.mark.parametrize(
    "line",
    [
        "Left to right: `a - b - c` is `(a - b) - c`.",
        "No answer yet makes the client retry after the timeout.",
        "(You need to verify the signature before trusting the token.)",
        "Left for later processing, the queue drains in batches.",
        "Unresolved.",
        "Status: Pending",
        "I'll answer in class when called on: the teacher expects a short definition.",
        "Look up before every query whether the key is cached.",
    ],
)
def test_an_answer_that_only_holds_the_words_is_kept(line: str) -> None:
    assert empty_reason(line) is None


def test_a_deferred_slide_answer_reports_the_question_of_a_label_heading() -> None:
    deck = """\
# Study group — week 4

---

### Q1

What does a write-ahead log guarantee?

----

### A1

Every change is on disk before the pages it touches.

---

### Q2

Why can two leaders coexist after a network partition?

----

### A2

🤔 *Left for discussion — nobody prepared it.*
"""
    extraction, _ = extract_text(deck)
    reported = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert reported == ["Q2 Why can two leaders coexist after a network partition?"]


@pytest.mark.parametrize(
    "line",
    ["(explained in class)", "*(to be discussed in the next lecture)*", "(يُشرح في الصف)", "(در کلاس توضیح داده می‌شود)"],
)
def test_a_bracketed_explained_in_class_note_is_a_placeholder(line: str) -> None:
    assert empty_reason(line) == "placeholder"


@pytest.mark.parametrize(
    "line",
    ["(as explained above)", "(see the class diagram)", "Explained in class: the pivot is the median of three."],
)
def test_an_answer_that_mentions_class_or_explaining_stays_an_answer(line: str) -> None:
    assert empty_reason(line) is None
