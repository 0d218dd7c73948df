"""Mock-interview dialogues: the interviewer's question answered by the candidate's reply.

    **Interviewer:** How does a hash map resolve collisions?

    **Me:** By chaining: each bucket holds a list …

A turn opens with a bold speaker label, the colon inside or after the bold (`**Interviewer:**`,
`**面试官**：`). A turn by the interviewer (`Interviewer`, `Recruiter`, `面试官`, `面接官`, `면접관`,
`Entrevistador`, `Интервьюер` …) that asks is the front, the labels dropped; the next paragraph, a turn by
the candidate (`Me`, `I`, `Candidate`, `Answer`, `我`, `候选人`, `答`, `私`, `나`, `지원자`, `Yo`, `Moi`,
`Ich`, `Я` …), the back, with the lists and code blocks right under it. A reply that only admits it could
not answer (`couldn't answer`, `没答上来`, `答えられなかった`, `모르겠`) and says little else leaves the
question `unanswered`, as does a question with no reply. An interviewer's remark that does not ask
(`**Interviewer:** Good, let's move on.`) is no card. An oral exam's turns count the same way (`Examiner`,
`Teacher`, `Prof` ask; `Student` replies).

Transcripts of a recording time each turn (`**[02:10] Interviewer:** …`, `**(1:02:10) Me:** …`): the
timestamp is no part of the speaker. A code block or list between a question and its reply is what the
question shows (`What will this print?`): it opens the back, before the reply. A blockquote right under the
reply comments on it (`> 🔴 **Wrong** — the default is …`) and ends the back. A reply that is only a
bracketed note about itself (`*(rambled about logs — redo.)*`) leaves the question `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, lazy_pattern, may_mention, may_open_a_line, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags
from .questions import asks_in_other_script, is_question

CONVENTION = "interview-dialogue"

_INTERVIEWER_WORDS = (
    "interviewer", "recruiter", "面试官", "面試官", "面接官", "면접관", "entrevistador", "entrevistadora",
    "intervieweur", "recruteur", "interviewer", "interviewerin", "intervistatore", "интервьюер", "собеседующий",
    "examiner", "teacher", "professor", "prof", "tutor", "lecturer",
)  # fmt: skip
_CANDIDATE = (
    r"me|i|myself|candidate|interviewee|answer|a|我|候选人|候選人|答|回答|私|僕|候補者|回答者|나|저|지원자|답|"
    r"yo|candidato|candidata|moi|candidat|candidate|ich|bewerber|bewerberin|kandidat|я|кандидат|eu|student"
)
_TURN = lazy_pattern(
    r"^(?:\*\*|__)(?P<who>[^*_\n]{1,40}?)[ \t]*(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])[ \t]*(?P<said>.*)$", re.S
)
_INTERVIEWER = lazy_pattern(rf"^(?:{'|'.join(_INTERVIEWER_WORDS)})(?:[ \t]*\d+|[ \t]*[(（][^)）]*[)）])?$", re.I)
_REPLY = lazy_pattern(rf"^(?:{_CANDIDATE})(?:[ \t]*[(（][^)）]*[)）])?$", re.I)
# A reply that admits it had no answer.
_NO_ANSWER = lazy_pattern(
    r"couldn['’]?t answer|could not answer|didn['’]?t know|don['’]?t know|no idea|"
    r"没答上来|没答出来|答不上来|不知道|不会|答えられ(?:なかった|ません)|わかりません|分かりません|"
    r"모르겠|대답하지 못|답하지 못|no (?:lo )?sé|je ne sais pas|keine ahnung|не знаю",
    re.I,
)
# What a reply that admits it had no answer may hold besides the admission and still say nothing.
_NO_ANSWER_REST = 40
_FOLLOWING = frozenset({"bullet_list", "ordered_list", "fence", "code_block", "table"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from interviewer questions and the candidate's replies."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    # A question is a paragraph whose text, stripped, opens with `**`/`__` and a speaker that `_INTERVIEWER`
    # matches from its start: its line opens, after whitespace and those marks, with an interviewer word
    # (`may_open_a_line` asks the lines' shared first words, not the whole text once per word).
    if not (may_open_a_line(doc, _INTERVIEWER_WORDS) or _may_open_timed_turn(doc)) or not may_mention(doc, _INTERVIEWER_WORDS):
        return RuleResult()  # no interviewer label: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index) or not is_free(doc, claims, index):
            continue
        asked = _TURN.match(doc.block_text(index).strip())
        if asked is None or not _INTERVIEWER.match(_speaker(asked.group("who"))):
            continue
        question = " ".join(asked.group("said").split())
        if not (is_question(question) or asks_in_other_script(question) or question.endswith(("?", "？"))):
            continue
        span = [index]
        answer = ""
        after = index + 1
        # The code the question asks about opens the back, as under a question heading: the front stays the
        # question, the text a card is known by.
        shown = _shown_with_question(doc, taken, after)
        if shown:
            span.extend(shown)
            after = shown[-1] + 1
        if after < len(blocks) and blocks[after].kind == "paragraph" and is_free(doc, taken, after):
            replied = _TURN.match(doc.block_text(after).strip())
            if replied is not None and _REPLY.match(_speaker(replied.group("who"))):
                parts = [replied.group("said").strip()]
                span.append(after)
                more = after + 1
                while more < len(blocks) and blocks[more].kind in _FOLLOWING and is_free(doc, taken, more):
                    parts.append(doc.block_text(more).strip("\n"))
                    span.append(more)
                    more += 1
                if more < len(blocks) and blocks[more].kind == "blockquote" and is_free(doc, taken, more):
                    parts.append(doc.block_text(more).strip("\n"))  # a correction of the reply, under it
                    span.append(more)
                answer = "\n\n".join(p for p in parts if p)
                if answer and shown:
                    answer = "\n\n".join([*(doc.block_text(i).strip("\n") for i in shown), answer])
        path = heading_path(doc, index)
        loc = doc.loc(block.first)
        reason = _no_answer(answer) or _only_an_aside(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            outcome = "card"
        for i in span:
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _no_answer(answer: str) -> str | None:
    """Why a reply answers nothing, else None."""
    if not answer.strip():
        return "no reply"
    admitted = _NO_ANSWER.search(answer)
    if admitted is None:
        return None
    rest = answer[: admitted.start()] + answer[admitted.end() :]
    kept = re.sub(r"[\W_]+", "", rest)
    return "the reply admits no answer" if len(kept) <= _NO_ANSWER_REST else None


# timed transcripts (`**[02:10] Interviewer:** …`), the code a question shows, asides for replies.
_TIMESTAMP = lazy_pattern(r"^[ \t]*(?:\[\d{1,2}(?::\d\d){1,2}\]|\(\d{1,2}(?::\d\d){1,2}\))[ \t]*(?:[-–—|·][ \t]*)?")
_TIMED_OPENING = lazy_pattern(r"^(?:\*\*|__)[ \t]*[\[(]\d{1,2}:\d", re.M)
"""How a timed turn's line opens, after its indentation: bold, then a bracketed timestamp."""
# `*(rambled about logs — didn't mention X. Redo.)*`: a note about the reply in place of the reply.
_ASIDE = lazy_pattern(r"^(\*|_)?[ \t]*[(（][^\n]*[)）][ \t]*[.!]?[ \t]*(?(1)\1)[ \t]*$", re.S)


def _speaker(who: str) -> str:
    """A turn's speaker without the recording's timestamp before it (`[02:10] Interviewer` → `Interviewer`)."""
    return _TIMESTAMP.sub("", who, count=1).strip() if who.lstrip(" \t")[:1] in "[(" else who.strip()


def _may_open_timed_turn(doc: Document) -> bool:
    """False only when no line opens with a bold timestamp (`**[02:10] Interviewer:**`), asked of the lines'
    openings shared with the other rules (`may_open_a_line_with`)."""
    return may_open_a_line_with(doc, _TIMED_OPENING)


def _shown_with_question(doc: Document, taken: Mapping[int, str], after: int) -> list[int]:
    """The code blocks and lists right after a question when a reply follows them: what the question shows
    (`What will this print?` over a fence), part of the card rather than of the reply."""
    blocks = doc.blocks
    shown: list[int] = []
    more = after
    while more < len(blocks) and blocks[more].kind in _FOLLOWING and is_free(doc, taken, more):
        shown.append(more)
        more += 1
    if not shown or more >= len(blocks) or blocks[more].kind != "paragraph":
        return []
    replied = _TURN.match(doc.block_text(more).strip())
    return shown if replied is not None and _REPLY.match(_speaker(replied.group("who"))) else []


def _only_an_aside(answer: str) -> str | None:
    """`placeholder` when the reply is only a bracketed note about it (`*(rambled — redo.)*`), else None."""
    first = answer.strip()
    return "placeholder" if first[:1] in "*_(（" and "\n\n" not in first and _ASIDE.match(first) else None
