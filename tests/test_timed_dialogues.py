"""Interview and oral-exam transcripts with timestamps, shown code, corrections and asides."""

from __future__ import annotations

from tests.helpers import extract_text

TRANSCRIPT = """\
# Mock interview — frontend

Recorded 2025-03-02, 40 min.

## Part 1 — JavaScript

**[01:05] Interviewer:** What is event delegation?

**[01:12] Me:** Attaching one listener to a parent and reading `event.target`, instead of a listener per child.

**[03:40] Interviewer:** What does this log?

```js
console.log(typeof null);
```

**[03:52] Me:** `"object"` — a historical bug kept for compatibility.

**(1:02:10) Interviewer:** Which HTTP status means "not modified"?

**(1:02:15) Me:** 301, I think.

> ❌ **Wrong**: it is 304; 301 is a permanent redirect.

**[12:00] Interviewer:** How would you measure layout shifts in production?

**[12:05] Me:** *(mumbled about Lighthouse, never got to CLS — redo.)*

## Part 2 — CSS

**[20:00] Interviewer:** Good, let's move on to CSS.
"""


def _cards() -> dict[str, str]:
    extraction, _ = extract_text(TRANSCRIPT)
    return {d.question: d.answer for d in extraction.drafts}


def test_timestamps_are_no_part_of_the_speaker() -> None:
    cards = _cards()
    assert "What is event delegation?" in cards
    assert "event.target" in cards["What is event delegation?"]


def test_code_between_question_and_reply_opens_the_back() -> None:
    back = _cards()["What does this log?"]
    assert back.index("typeof null") < back.index('"object"')


def test_a_correction_under_the_reply_belongs_to_the_answer() -> None:
    back = _cards()['Which HTTP status means "not modified"?']
    assert "301, I think." in back and "it is 304" in back


def test_a_reply_that_is_only_an_aside_leaves_the_question_unanswered() -> None:
    extraction, _ = extract_text(TRANSCRIPT)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["How would you measure layout shifts in production?"]
    assert "How would you measure layout shifts in production?" not in _cards()


def test_section_headings_of_a_transcript_are_no_cards() -> None:
    cards = _cards()
    assert not any("Part" in q or "CSS" in q for q in cards)
    assert len(cards) == 3


def test_an_oral_exam_examiner_asks_and_the_student_replies() -> None:
    notes = """\
# Oral exam practice

**Examiner:** What is the Krebs cycle for?

**Student:** Oxidising acetyl-CoA to CO2 while making NADH and FADH2.

**Examiner:** Thank you.
"""
    extraction, _ = extract_text(notes)
    assert [(d.question, d.convention) for d in extraction.drafts] == [("What is the Krebs cycle for?", "interview-dialogue")]
