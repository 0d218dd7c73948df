"""Spaced-repetition cards left half written: empty backs are unanswered, never answered by the next card;
a lone `Question? → answer` bullet is a card."""

from __future__ import annotations

from tests.helpers import extract_text

ASTRONOMY = """\
#flashcards/astronomy

## Stars

Main sequence::the band where stars fuse hydrogen in their cores

Which element do red giants fuse in their shells?
?

Name a star that left the main sequence::

Describe the life of a massive star
?
It ends as a supernova, leaving a neutron star or a black hole.
"""


def test_empty_back_after_separator_does_not_take_the_next_card() -> None:
    extraction, diagnostics = extract_text(ASTRONOMY)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert "Which element do red giants fuse in their shells?" not in cards
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Which element do red giants fuse in their shells?" in unanswered
    assert "Name a star that left the main sequence" in unanswered
    assert cards["Describe the life of a massive star"].startswith("It ends as a supernova")
    assert cards["Main sequence"].startswith("the band")


def test_one_word_key_without_value_is_no_card() -> None:
    extraction, diagnostics = extract_text("#flashcards\n\nstatus::\n\nOrbit::the path of a body around another\n")
    assert "status" not in {d.question for d in diagnostics if d.kind == "unanswered"}
    assert [d.question for d in extraction.drafts] == ["Orbit"]


def test_separator_with_its_back_after_a_blank_line_still_takes_it() -> None:
    text = "#flashcards\n\nWhat is parallax?\n?\n\nThe apparent shift of a star against the background.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("What is parallax?", "The apparent shift of a star against the background.")
    ]


def test_lone_question_arrow_bullet_is_a_card() -> None:
    text = """\
## To review

- [[Hubble's law]] relates what to what? → recession velocity to distance
- find the paper on dark flow
- renin → angiotensin I, check the figure
"""
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("[[Hubble's law]] relates what to what?", "recession velocity to distance")
    ]


def test_arrow_without_question_mark_in_a_loose_list_is_no_card() -> None:
    text = "## Log\n\n- upgraded the cluster → it works now\n- fixed the build\n- wrote docs\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "line-pair"]
