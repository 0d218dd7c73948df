"""Questions closed by an Obsidian block ID, answered by the blocks under them:

    ## Sources of law

    What did the Twelve Tables codify? ^q1

    Mostly ==customary law==, written down around 450 BC.

    Explain the praetor's edict. ^q2

    %% to write up %%

A top-level paragraph whose last line ends in a block ID (`^q1`, `^p-12`: Obsidian's anchor for links to that
paragraph) and whose text, the ID removed, asks or commands (questions.is_question) is a question; the blocks
after it, up to the next such question, a heading or a rule, are its answer. An answer made only of Obsidian
comments (`%% … %%`) or of a note to self is `unanswered`. When the page marks its questions so, a question
paragraph without an ID (a rhetorical one of a lecture's opening) is no card: it and the blocks under it are
claimed as skipped, not left to the rules that read bare questions. Highlights (`==key term==`) on such a
page are the writer's emphasis, not cloze deletions (explicit.py asks `block_ids.asks_by_block_ids`). The rule reads
only pages with two such questions or more, so a paragraph given an ID to be linked is never a card.

A drawing's text elements (an Excalidraw note's `## Text Elements`, each box a paragraph closed by its ID)
stand in no reading order: there a question box is linked to its answer box by their IDs, the same but for
one letter opening or closing them (`❓ Who founded Nalanda? ^q07` and `👉 Kumaragupta I ^a07`, wherever
the two stand; `^card7-q` / `^card7-a` too). On a page of two such pairs or more, the same two letters in
each and the boxes of one letter asking in most, each question box is a card answered by its partner box
(the ID, and a question or answer emoji opening a box, off the card); a question box whose partner is
empty, a placeholder, or missing is `unanswered`, and the other boxes (the drawing's title and branch
labels) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .block_ids import id_text, marked_question, marked_questions, paired_ids
from .document import Document, dedent
from .emoji_marks import ANSWER_MARKS, ASK_MARKS, after_mark, question_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "block-id-question"

# `Why does Rome still matter?`: a bare question line, as the page's questions read without their IDs.
_BARE_QUESTION = re.compile(r"[?？][*_]*[ \t]*$")
_ENDS = frozenset({"heading", "hr"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from block-ID questions and the blocks under them (see the module docstring)."""
    marked = marked_questions(doc)
    if not marked:
        return RuleResult()
    paired = paired_ids(doc, _asks)
    if paired is not None:
        return _paired_boxes(doc, taken, *paired)
    starts = set(marked)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index in range(len(blocks)):
        bare = index not in starts and _bare_question(doc, index)
        if index not in starts and not bare:
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind not in _ENDS and end not in starts and not _bare_question(doc, end):
            end += 1
        first, last = blocks[index].first, blocks[end - 1].last
        if not taken.keys().isdisjoint(range(first, last)):
            continue
        if bare:
            claims.update(dict.fromkeys(range(first, last), "skip:unmarked"))
            continue
        question = marked_question(doc, index)
        assert question is not None
        answer = dedent(doc.lines[blocks[index].last : last]).strip() if end > index + 1 else ""
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
            claims.update(dict.fromkeys(range(first, last), "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(range(first, last), "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _bare_question(doc: Document, index: int) -> bool:
    """A one-line paragraph that asks with a question mark and carries no block ID."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or block.last - block.first != 1:
        return False
    line = doc.lines[block.first].strip()
    return _BARE_QUESTION.search(line) is not None and is_question(line)


def _asks(text: str) -> bool:
    """True when a box asks: a question emoji opens it, or its text is a question."""
    return after_mark(text, ASK_MARKS) is not None or is_question(text)


def _paired_boxes(doc: Document, taken: Mapping[int, str], questions: dict[int, int | None], boxes: frozenset[int]) -> RuleResult:
    """Cards from question boxes answered by the boxes their IDs pair them with (see the module docstring)."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, partner in questions.items():
        spans = [blocks[i] for i in (index, partner) if i is not None]
        if not all(taken.keys().isdisjoint(range(b.first, b.last)) for b in spans):
            continue
        text = id_text(doc, index)
        question = question_of(text) if after_mark(text, ASK_MARKS) is not None else " ".join(text.split())
        if not _asks(text) or not question:
            continue  # a box of the question letter that asks nothing: a label, skipped with the others
        answer = id_text(doc, partner) if partner is not None else ""
        marked = after_mark(answer, ANSWER_MARKS)
        answer = marked.strip() if marked is not None else answer
        first = blocks[index].first
        reason = empty_reason(answer)
        kind = "card" if reason is None else "unanswered"
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, context, topic_tags(path)))
        for block in spans:
            claims.update(dict.fromkeys(range(block.first, block.last), kind))
    for index in boxes:
        block = blocks[index]
        if block.first not in claims and taken.keys().isdisjoint(range(block.first, block.last)):
            claims.update(dict.fromkeys(range(block.first, block.last), "skip:drawing-label"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
