"""Lecture transcripts: a student's question answered by the teacher's reply.

    > **Student (Ana):** Why does ice float?
    >
    > **Prof. Lee:** Because it is less dense than water: …

A turn opens with a bold speaker label (`**Student:**`, `**Student (Ana):**`, `**Audience**:`,
`**Estudiante:**`, `**学生：**`). A turn by a student (audience, participant, learner …) that asks is the
front; the next turn, by another speaker, the back. Both may sit in one block quote (one paragraph each) or
be plain paragraphs one after the other. A reply that only defers (`let's come back to that after the
break`, `next lecture`) leaves the question `unanswered`, as does a student question with no reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered, unquote
from .document import Document, may_open_a_line
from .outline import clean_heading, topic_tags
from .questions import is_question

_ASKER = (
    r"(?:students?|audience(?:\s+member)?|participant|attendee|learner|questioner|viewer|"
    r"estudiante|alumn[oa]|[ée]tudiante?|studente(?:ssa)?|studentin|sch[üu]ler(?:in)?|aluno|aluna|student[ka]?|"
    r"студент(?:ка)?|слушатель|学生|受講者|受講生|听众|聽眾|학생|청중)"
)
# What `_ASKER` matches starts with one of these (lower case).
_ASKER_WORDS = (
    *("student", "audience", "participant", "attendee", "learner", "questioner", "viewer", "estudiante", "alumn"),
    *("étudiant", "etudiant", "schüler", "schuler", "aluno", "aluna", "студент", "слушатель"),
    *("学生", "受講者", "受講生", "听众", "聽眾", "학생", "청중"),
)
_TURN = re.compile(
    r"^(?:\*\*|__)(?P<who>[^*_\n]{1,48}?)[ \t]*(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*(?P<said>.*)$",
    re.S,
)
_ASKS = re.compile(rf"^{_ASKER}(?:[ \t]*\d+|[ \t]*[(（][^)）]*[)）]|[ \t]+[A-Z]\w*\.?)?$", re.I)
# A bold asker label, `**Student` or `__Student`: two patterns, each opening with its literal marks, which
# the regex engine skips to, instead of one whose opening alternation it tries at every character.
_MARKS = (re.compile(rf"\*\*{_ASKER}", re.I), re.compile(rf"__{_ASKER}", re.I))
# A reply that only puts the question off: no answer.
_DEFERS = re.compile(
    r"\b(?:come\s+back\s+to\s+(?:that|this|it)|get\s+back\s+to\s+(?:that|this|it|you)|(?:after|over)\s+the\s+break|"
    r"next\s+(?:lecture|class|week|time|session)|in\s+office\s+hours|take\s+(?:that|this|it)\s+offline|park\s+(?:that|this))\b",
    re.I,
)
_DEFERS_MAX = 200
# `[44:30] Page faults`, `(1:02:15) Q&A`: a recording's timestamp before a section title, no part of the context.
_TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*[-–—]?[ \t]*")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from student questions and the replies to them."""
    text = doc.source.text
    # A student's turn is a paragraph (or a quote's first paragraph, its `>` marks removed) that opens,
    # stripped, with `**`/`__` and a speaker `_ASKS` matches from its start: its line opens, after
    # whitespace, `>` and those marks, with one of `_ASKER_WORDS` (the lines' shared first words, asked
    # before the whole text is searched).
    if not may_open_a_line(doc, _ASKER_WORDS) or not any(mark.search(text) for mark in _MARKS):
        return RuleResult()  # no student speaker label: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "blockquote") or not is_free(doc, taken, index) or not is_free(doc, claims, index):
            continue
        turns = _turns(doc, index)
        if not turns:
            continue
        asked = _TURN.match(turns[0])
        if asked is None or not _ASKS.match(asked.group("who").strip()):
            continue
        question = " ".join(asked.group("said").split())
        if not is_question(question):
            continue
        span = [index]
        reply = turns[1] if len(turns) > 1 else None
        if reply is None and block.kind == "paragraph" and index + 1 < len(blocks):
            after = blocks[index + 1]
            if after.kind == "paragraph" and is_free(doc, taken, index + 1):
                reply = doc.block_text(index + 1)
                span.append(index + 1)
        answered = _TURN.match(reply) if reply else None
        if answered is None or _ASKS.match(answered.group("who").strip()):
            answer = ""
            span = [index]
        else:
            answer = answered.group("said").strip()
        section = doc.section_of_block(index)
        top = section is not None and section.level == 1 and section.title == doc.title
        path = (section.path + (section.title,)) if section and not top else ()
        loc = doc.loc(block.first)
        if not answer or (len(answer) <= _DEFERS_MAX and _DEFERS.search(answer)):
            diagnostics.append(unanswered(loc, question, "no reply" if not answer else "the reply puts it off"))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(_TIMESTAMP.sub("", p)) for p in path)
            drafts.append(CardDraft(loc, "transcript", question, answer, context, topic_tags(path)))
            outcome = "card"
        for i in span:
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _turns(doc: Document, index: int) -> list[str]:
    """A paragraph as one turn; a block quote's paragraphs as turns (only when it opens with a turn)."""
    block = doc.blocks[index]
    text = doc.block_text(index)
    if block.kind == "blockquote":
        text = unquote(text)
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return paragraphs if paragraphs and _TURN.match(paragraphs[0]) else []
