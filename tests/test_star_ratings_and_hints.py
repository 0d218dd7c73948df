"""Exercise lists graded with stars (`#### 4. Reverse a string (★☆☆)`) and items that hold only a hint:
the rating leaves the front and, out of three stars, becomes the difficulty tag; an item answered only by a
hint line (`` `hint: str.join` ``), with or without a `TODO`, is unanswered, not a card."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_DRILLS = (
    "# String drills\n\n"
    "#### 1. How do you reverse a string? (★☆☆)\n\n```python\ns[::-1]\n```\n\n"
    "#### 2. How do you count the vowels of a string? (★★☆)\n\n```python\nsum(c in 'aeiou' for c in s)\n```\n\n"
    "#### 3. How do you find the longest palindrome in a string? (★★★)\n`hint: expand around each centre`\n\n"
    "#### 4. How do you check that two strings are anagrams? (★★☆)\n`hint: sorted, collections.Counter`\n\nTODO\n\n"
    "#### 5. What does this print? (★☆☆)\n\n```python\nprint('ab' * 2)\n```\n\n```\nabab\n```\n"
)


def _cards() -> dict[str, tuple[str, ...]]:
    extraction, _ = extract_text(_DRILLS)
    return {d.question.split("\n")[0]: d.tags for d in extraction.drafts}


@pytest.mark.parametrize(
    ("front", "level"),
    [
        ("How do you reverse a string?", "easy"),
        ("How do you count the vowels of a string?", "medium"),
        ("What does this print?", "easy"),
    ],
)
def test_a_star_rating_leaves_the_front_for_a_difficulty_tag(front: str, level: str) -> None:
    cards = _cards()
    assert front in cards
    assert f"difficulty::{level}" in cards[front]
    assert not any("★" in q or "☆" in q for q in cards)


def test_an_item_answered_only_by_a_hint_is_unanswered() -> None:
    extraction, _ = extract_text(_DRILLS)
    assert not [d for d in extraction.drafts if "palindrome" in d.question or "anagrams" in d.question]
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert any(q and "palindrome" in q for q in unanswered)
    assert any(q and "anagrams" in q for q in unanswered)


def test_a_hint_with_an_answer_after_it_stays_a_card() -> None:
    text = _DRILLS.replace(
        "`hint: expand around each centre`\n", "`hint: expand around each centre`\n\n```python\nmanacher(s)\n```\n"
    )
    extraction, _ = extract_text(text)
    assert [d for d in extraction.drafts if "palindrome" in d.question]


def test_stars_in_the_middle_of_a_front_stay() -> None:
    text = "## Reviews\n\n**Q1.** Why rate a film (★★☆) rather than out of ten?\n\nAnswer: Coarser scales are more reliable.\n"
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert "(★★☆)" in extraction.drafts[0].question
