"""Questions dressed in bold italics: the free one-line paragraphs wholly in `***…***` (`___…___`,
`**_…_**`, `_**…**_`) that ask. Shared by the bold-italic question rule, which cards them and their answers,
and the heading rule, which runs before it and weighs its own questions against how many there are."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import is_free
from .document import Document, free_blocks_of, text_holds
from .questions import ends_with_question_mark, is_question

_OPEN = r"(?:\*\*\*|___|\*\*_|__\*|_\*\*|\*__)"
_CLOSE = r"(?:\*\*\*|___|_\*\*|\*__|\*\*_|__\*)"
_DRESSED = re.compile(r"^[ \t]{0,3}" + _OPEN + r"(?P<inner>[^\s*_](?:(?!\*\*\*|___).)*?)" + _CLOSE + r"[ \t]*$")
_OPENERS = ("***", "___", "**_", "__*", "_**", "*__")  # each way `_OPEN` can be written
MIN_QUESTIONS = 2


def may_dress(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free one-line paragraph holds one of `_OPENERS`: the questions are only such paragraphs
    matching `_DRESSED`, which opens with one. Only the few paragraphs left free are read."""
    if not any(text_holds(doc, mark) for mark in _OPENERS):
        return False  # asked of the whole text first (`text_holds`, shared): nearly every document
    blocks = doc.blocks
    return any(
        blocks[i].last - blocks[i].first == 1 and any(mark in doc.lines[blocks[i].first] for mark in _OPENERS)
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )


def dressed_questions(doc: Document, taken: Mapping[int, str]) -> dict[int, str]:
    """The free one-line paragraphs wholly in bold italics that ask, by block index, with their text."""
    questions: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and block.last - block.first == 1 and is_free(doc, taken, index):
            match = _DRESSED.match(doc.lines[block.first])
            if match and is_question(inner := " ".join(match.group("inner").split())):
                questions[index] = inner
    return questions


def dressed_question_count(doc: Document, taken: Mapping[int, str]) -> int:
    """How many questions the bold-italic question rule will read (0 where it reads none): a convention that
    marks its questions explicitly, which the heading rule, running before it, weighs against the headings that
    ask."""
    if not may_dress(doc, taken):
        return 0
    questions = dressed_questions(doc, taken)
    if len(questions) < MIN_QUESTIONS or not any(ends_with_question_mark(q) for q in questions.values()):
        return 0
    return len(questions)
