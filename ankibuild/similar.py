"""Near-identical questions across files: reported for the user to decide, never merged."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence

from .normalise import normalise_question
from .records import Card

THRESHOLD = 0.85
"""Similarity of normalised questions from which two cards are reported."""


def near_duplicates(cards: Sequence[Card], threshold: float = THRESHOLD) -> list[tuple[Card, Card, float]]:
    """Pairs of cards from different files whose questions read almost the same, most similar first.

    Candidates share a word of at least four letters (an inverted index), so the comparison stays far
    from quadratic on large trees."""
    texts = [normalise_question(c.question_text) for c in cards]
    index: dict[str, list[int]] = defaultdict(list)
    for n, text in enumerate(texts):
        for word in set(text.split()):
            if len(word) >= 4:
                index[word].append(n)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[Card, Card, float]] = []
    for postings in index.values():
        if len(postings) > 200:
            continue  # a word this common says nothing about sameness
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                if (a, b) in seen or cards[a].loc.path == cards[b].loc.path and cards[a].loc.part == cards[b].loc.part:
                    continue
                seen.add((a, b))
                ratio = difflib.SequenceMatcher(None, texts[a], texts[b]).ratio()
                if ratio >= threshold:
                    pairs.append((cards[a], cards[b], ratio))
    pairs.sort(key=lambda p: (-p[2], p[0].loc, p[1].loc))
    return pairs
