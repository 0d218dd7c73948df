"""Reading-group notes: who said what is no glossary, and `we ran out of time` is no answer."""

from __future__ import annotations

from tests.helpers import extract_text

TANGENTS = """\
# Seminar notes — week 4

## Asides

- marco: "Bayes is just counting" should be the course motto.
- lena recommended the Gelman blog — start with the 2019 posts.
"""

VOCABULARY = """\
# German words

## Greetings

- Gesundheit: "health"
- Tschüss: "bye", informal.
"""

DISCUSSION = """\
# Reading group

## Discussion questions

1. Why does the prior matter less with more data?
   - **@ana:** the likelihood dominates.
2. Is a flat prior ever uninformative?
   - *we ran out of time — carry over*
3. When is MAP a bad summary?
   - We didn't get to this one.
"""


def test_a_name_before_a_quoted_sentence_is_no_glossary_term() -> None:
    extraction, _ = extract_text(TANGENTS)
    assert not [d for d in extraction.drafts if d.convention == "glossary"]


def test_a_quoted_translation_is_still_a_term() -> None:
    extraction, _ = extract_text(VOCABULARY)
    terms = {d.question for d in extraction.drafts if d.convention == "glossary"}
    assert terms == {"Gesundheit", "Tschüss"}


def test_a_question_the_group_did_not_reach_is_unanswered() -> None:
    extraction, _ = extract_text(DISCUSSION)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Is a flat prior ever uninformative?", "When is MAP a bad summary?"]
    assert [d.question for d in extraction.drafts] == ["Why does the prior matter less with more data?"]
