"""Trailing exercises: a numbered exercise left without an answer in a sheet whose exercises have answers.

    1. Why do we use $t^*$ instead of $z^*$?

       **Answer:** estimating $\\sigma$ adds variability …

    ## Challenge (optional)

    8. Show that $s^2$ is an unbiased estimator of $\\sigma^2$.

Exercise 8 sits in a list of its own, after a heading, with no answer: the writer has not solved it yet. It is
an `unanswered` diagnostic, so that it is accounted for rather than reported as an unclassified list.

**What counts.** A free top-level ordered list whose every item is one question or order (questions.is_question:
`Show that …`, `Prove …`, `Why …?`), written as a single paragraph (display math allowed), with no answer label
in it, in a document where other rules already carded numbered exercises answered by an answer label
(`**Answer:**`, `Solution:`, `Lösung:` … containers.ANSWER_LABEL) on at least two lines, or where the keyed-part
rule carded two exercise parts or more (parts answered together by key). Outside such a sheet a
numbered list of questions is a question list for the other rules, or a plain list.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import RuleResult, claim, is_free
from .answers import unanswered
from .containers import ANSWER_LABEL
from .document import KEYED_PARTS_ANSWERED, Document
from .questions import is_question

CONVENTION = "trailing-exercise"

_MIN_ANSWERED = 2
_ITEM_PARTS = frozenset({"list_item_open", "paragraph_open", "math_block", "math_block_eqno"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` for each item of a trailing list of numbered exercises without answers."""
    lists = [i for i, b in enumerate(doc.blocks) if b.kind == "ordered_list"]
    free = [i for i in lists if is_free(doc, taken, i)]
    if not free:
        return RuleResult()  # cheap precheck: no free numbered list
    if doc.derived.get(KEYED_PARTS_ANSWERED, 0) < _MIN_ANSWERED and (
        len(free) == len(lists) or _answered_lines(doc, taken, lists) < _MIN_ANSWERED
    ):
        return RuleResult()  # no answered numbered exercise, nor exercise parts answered by key
    diagnostics = []
    claims: dict[int, str] = {}
    for index in free:
        items = _exercise_items(doc, index)
        if items is None:
            continue
        for line, text in items:
            diagnostics.append(unanswered(doc.loc(line), text, None))
        block = doc.blocks[index]
        claims |= claim(block.first, block.last, "unanswered")
    return RuleResult(diagnostics=tuple(diagnostics), claims=claims)


def _answered_lines(doc: Document, taken: Mapping[int, str], lists: list[int]) -> int:
    """How many lines of numbered lists, claimed by a card, open with an answer label (the first two)."""
    count = 0
    for index in lists:
        block = doc.blocks[index]
        for n in range(block.first + 1, block.last):
            line = doc.lines[n]
            if taken.get(n) == "card" and line[:1].isspace() and ANSWER_LABEL.match(line.strip()):
                count += 1
                if count >= _MIN_ANSWERED:
                    return count
    return count


def _exercise_items(doc: Document, index: int) -> list[tuple[int, str]] | None:
    """(line, text) of each item when every item is one paragraph that asks and holds no answer; else None."""
    block = doc.blocks[index]
    items: list[tuple[int, str]] = []
    depth = 0
    for token in doc.tokens[block.start + 1 : block.end - 1]:
        if token.nesting == -1:
            depth -= 1
            continue
        if token.type == "inline":
            if depth == 2 and token.map is not None and items and items[-1][1] == "":
                text = " ".join(token.content.split())
                if not is_question(text) or ANSWER_LABEL.match(text):
                    return None
                items[-1] = (items[-1][0], text)
            continue
        if depth == 0 and token.type == "list_item_open" and token.map is not None:
            items.append((token.map[0], ""))
        elif token.type not in _ITEM_PARTS or (token.type == "paragraph_open" and items and items[-1][1]):
            return None  # a nested list, code, a quote, or a second paragraph: more than a bare exercise
        if token.nesting == 1:
            depth += 1
    if not items or any(not text for _, text in items):
        return None
    return items
