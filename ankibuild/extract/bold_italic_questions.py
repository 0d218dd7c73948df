"""Questions set in bold italics on a line of their own, answered by the blocks below them.

    ***Why does ice float on water?***

    - hydrogen bonds hold the molecules of ice in an open lattice
    - so ice is less dense than liquid water

    ***What is the triple point?***

    <!-- TODO -->

Review docs shared by a class set each question apart as a paragraph that is only bold italics (`***…***`,
`___…___`, `**_…_**`, `_**…**_`) and answer it with a bullet list, maybe a code fence or a few lines of prose.
The bold-question rule reads `**…**` only; this rule reads the bold-italic dress the same way:

- a free top-level paragraph of one line, wholly in bold italics, that asks (`is_question`); a document
  needs two such questions or more, at least one ending with `?`, for the dress to mark its questions;
- the answer is the blocks that follow, up to the next such question, a heading or a `---`;
- an answer that is nothing, only an HTML comment or a note to self leaves the question `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, free_blocks_of, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import ends_with_question_mark, is_question

CONVENTION = "bold-italic-question"

_OPEN = r"(?:\*\*\*|___|\*\*_|__\*|_\*\*|\*__)"
_CLOSE = r"(?:\*\*\*|___|_\*\*|\*__|\*\*_|__\*)"
_DRESSED = re.compile(r"^[ \t]{0,3}" + _OPEN + r"(?P<inner>[^\s*_](?:(?!\*\*\*|___).)*?)" + _CLOSE + r"[ \t]*$")
_OPENERS = ("***", "___", "**_", "__*", "_**", "*__")  # each way `_OPEN` can be written
_MIN_QUESTIONS = 2
_STOPS = frozenset({"heading", "hr"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free bold-italic question paragraphs (see the module docstring)."""
    if not _may_dress(doc, taken):
        return RuleResult()  # no free one-line paragraph holds an opening mark of `_DRESSED`
    text = doc.source.text
    if "***" not in text and "___" not in text and "**_" not in text and "_**" not in text:
        return RuleResult()  # the cheap precheck: no bold-italic dress at all
    questions = _dressed_questions(doc, taken)
    if len(questions) < _MIN_QUESTIONS or not any(ends_with_question_mark(q) for q in questions.values()):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question in questions.items():
        body: list[int] = []
        for following in range(index + 1, len(doc.blocks)):
            if following in questions or doc.blocks[following].kind in _STOPS or not is_free(doc, taken, following):
                break
            body.append(following)
        first = doc.blocks[index].first
        path = heading_path(doc, index)
        answer = build_answer(doc, body) if body else None
        reason = "no answer" if answer is None else answer.empty_reason
        if reason or answer is None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
            kind = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in path)
            tags = (*topic_tags(path), *answer.tags)
            drafts.append(
                CardDraft(doc.loc(first), CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens)
            )
            kind = "card"
        last = doc.blocks[body[-1]].last if body else doc.blocks[index].last
        claims.update(claim(first, last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_dress(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free one-line paragraph holds one of `_OPENERS`: the questions are only such paragraphs
    matching `_DRESSED`, which opens with one. Only the few paragraphs left free are read."""
    if not any(text_holds(doc, mark) for mark in _OPENERS):
        return False  # asked of the whole text first (`text_holds`, shared): nearly every document
    blocks = doc.blocks
    return any(
        blocks[i].last - blocks[i].first == 1 and any(mark in doc.lines[blocks[i].first] for mark in _OPENERS)
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )


def _dressed_questions(doc: Document, taken: Mapping[int, str]) -> dict[int, str]:
    """The free one-line paragraphs wholly in bold italics that ask, by block index, with their text."""
    questions: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and block.last - block.first == 1 and is_free(doc, taken, index):
            match = _DRESSED.match(doc.lines[block.first])
            if match and is_question(inner := " ".join(match.group("inner").split())):
                questions[index] = inner
    return questions


def dressed_question_count(doc: Document, taken: Mapping[int, str]) -> int:
    """How many questions this rule will read (0 where it reads none): a convention that marks its questions
    explicitly, which the heading rule, running before it, weighs against the headings that ask."""
    if not _may_dress(doc, taken):
        return 0
    questions = _dressed_questions(doc, taken)
    if len(questions) < _MIN_QUESTIONS or not any(ends_with_question_mark(q) for q in questions.values()):
        return 0
    return len(questions)
