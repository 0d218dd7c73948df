"""Numbered lists of bold questions or tasks, each answered by the indented blocks under it.

    1. ⭐ **Reverse a singly linked list in place.**

        _Approach:_ walk the list once with three pointers (prev, cur, next) and flip each link.

    2. **Why is quicksort's worst case quadratic?**

        *Answer:* a bad pivot splits off one element per level, so there are n levels of O(n) work.

        ```python
        pivot = random.choice(xs)
        ```

    3. **Merge two sorted arrays.**

        (TODO, ran out of time)

Interview question banks and course review sheets number their questions and tasks, bold the whole item (a
marker emoji or star may stand before it: `⭐`, `🔥`, `*`) and write the answer as a paragraph indented under
it, often opening with an italic label (`_Approach:_`, `*Answer:*`, `_Idea:_`), maybe with a code fence. The
whole item text is the question whatever its punctuation (an imperative ends with `.`). For a free top-level
ordered list:

- every item, and at least two, is bold as a whole, once its marker is set aside;
- most items (more than half) ask or order (`is_question`, `starts_with_exercise`, `opens_with_question_word`):
  a numbered list of bold topic names with prose under them is an outline, not a question bank;
- at least one item holds an answer, and answered items are at least half of the list.

A list of sayings (proverbs, idioms, quotations) each glossed under the same label reads whether its items ask or
not: every item's body is one nested item opening with that label in emphasis (`- *Meaning:* …`, `- *Incazelo:*
…`), its text the answer.

The indented body, its leading italic label gone, is the answer. An item with no body, or whose body is only a
note to self (`(didn't get to this one, TODO)`) or a comment, is reported `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import RuleResult, is_free
from .answers import dedent, empty_reason, list_entry_cards
from .document import Document, list_items
from .questions import is_question, opens_with_question_word, starts_with_exercise

CONVENTION = "bold-item"

# `1. ⭐ **Design a URL shortener.**`: the number, an optional marker (emoji, star, symbol), the bold text alone.
_ITEM = re.compile(
    r"^[ \t]*\d{1,3}[.)][ \t]+(?:[^\w\s*_`\[(<]{1,3}[ \t]*)?(?P<b>\*\*|__)(?P<inner>[^\s*_](?:(?!(?P=b)).)*?)(?P=b)[ \t]*$"
)
# `_Approach:_`, `*Answer:*`, `_Idea_:`, `**Solution:**`: a short label opening the answer.
_LABEL = re.compile(r"^(?P<m>\*\*|__|[*_])[ \t]*[^\W\d_][\w'’ -]{0,24}?[ \t]*(?::(?P=m)|(?P=m)[ \t]*:)[ \t]*")
_MIN_ITEMS = 2
# `- *Meaning:* …`, `- **Explicación:** …`: one nested item under the bold text, opening with a label in
# emphasis (the label's words, in any language, kept in group `label`).
_GLOSS = re.compile(r"^[-*+][ \t]+(?P<m>\*\*|__|[*_])[ \t]*(?P<label>[^\W\d_][\w'’ -]{0,24}?)[ \t]*(?::(?P=m)|(?P=m)[ \t]*:)[ \t]*")
# A second item of the nested list: then the body is a list, no gloss.
_MORE_ITEMS = re.compile(r"^[-*+][ \t]+", re.M)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free numbered lists of bold questions (see the module docstring)."""
    text = doc.source.text
    if ("**" not in text and "__" not in text) or not any(b.kind == "ordered_list" for b in doc.blocks):
        return RuleResult()  # the cheap precheck: no bold or no numbered list, nothing to read
    lists = (i for i, b in enumerate(doc.blocks) if b.kind == "ordered_list" and is_free(doc, taken, i))
    cards = list_entry_cards(doc, CONVENTION, lists, _entries)
    return RuleResult(tuple(cards.drafts), tuple(cards.diagnostics), cards.claims)


def _entries(doc: Document, index: int) -> list[tuple[int, int, str, str]] | None:
    """(first line, last line, question, answer) of each item, or None unless the list is a bank of bold
    questions with answers under them."""
    entries: list[tuple[int, int, str, str]] = []
    glosses: list[str | None] = []  # the label of each item's gloss, None for an item without one
    for first, last in list_items(doc, doc.blocks[index]):
        match = _ITEM.match(doc.lines[first])
        if match is None:
            return None
        question = " ".join(match.group("inner").split())
        body = dedent(doc.lines[first + 1 : last])
        gloss = _GLOSS.match(body)
        glosses.append(gloss.group("label").casefold() if gloss and not _MORE_ITEMS.search(body, gloss.end()) else None)
        answer = dedent(body[gloss.end() :].splitlines()) if gloss and glosses[-1] else _LABEL.sub("", body, count=1)
        entries.append((first, last, question, answer.strip("\n")))
    if len(entries) < _MIN_ITEMS:
        return None
    if glosses[0] is not None and len(set(glosses)) == 1:
        return entries  # `- *Meaning:* …` under every item: sayings glossed, asking or not
    asking = sum(1 for _, _, q, _ in entries if _asks(q))
    answered = sum(1 for _, _, _, a in entries if a.strip() and empty_reason(a) is None)
    if 2 * asking <= len(entries) or not answered or 2 * answered < len(entries):
        return None
    return entries


def _asks(question: str) -> bool:
    return is_question(question) or starts_with_exercise(question) or opens_with_question_word(question)
