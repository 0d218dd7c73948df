"""Chat exports: a conversation with an assistant saved as Markdown, each turn under a heading that only
names its speaker.

    #### You:                              ## Usuario
    What is the ISR?                       ¿Qué es un ISR?

    #### ChatGPT:                          ## Asistente
    The in-sync replica set: …             El conjunto de réplicas …

1. **The turns** are the sections of headings of one level whose titles are only a speaker's name (one to
   three words, a colon after it or not): exactly two names, taking turns strictly, three rounds or more.
   Nothing is keyed on the names: the speaker who opens the conversation asks, the other replies.
2. **Cards.** An asking turn whose text asks (`?`, a command word) is the front (all of its blocks); the
   reply turn right after it is the back. An empty reply, a placeholder, or a reply that is only a notice in
   italics (`⚠️ *Something went wrong …*`, an exporter's error) leaves the question `unanswered`.
3. **The rest.** A turn that does not ask (a greeting, `make that shorter`) and the reply to it are
   skipped; a rule (`---`) ends a turn, and the speaker headings are no topics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .containers import DOCFX_TAB
from .document import Document, Section
from .outline import clean_heading, topic_tags
from .questions import ends_with_question_mark, is_question

CONVENTION = "chat-export"

_MIN_ROUNDS = 3
_NAME_MAX = 24
# `You:`, `ChatGPT`, `GPT-4o:`, `Usuario`, `用户：`: a speaker's name, one to three words, a colon after it or not.
_SPEAKER = re.compile(r"^(?P<who>[^\W_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,2})[ \t]*[:：]?$")
# `⚠️ *Something went wrong. …*`, `_Network error_`: a notice in italics (a sign before it allowed), no answer.
_NOTICE = re.compile(r"^[^\w*_]*(?P<i>\*|_)(?!(?P=i))[^\n]+(?<![*_])(?P=i)[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the asking turns of a chat export and the replies to them."""
    if not _may_hold_turns(doc):
        return RuleResult()  # too few short headings to take turns: nearly every document
    turns = _turns(doc)
    if not turns:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n in range(0, len(turns) - 1, 2):
        asked, replied = turns[n], turns[n + 1]
        if not all(is_free(doc, taken, i) for i in (asked.block, replied.block, *_body(doc, asked), *_body(doc, replied))):
            continue
        question = _text(doc, asked)
        answer = _text(doc, replied)
        if not question or not any(_asks(" ".join(p.split())) for p in question.split("\n\n")):
            outcome = "skip:chat"
        else:
            loc = doc.loc(doc.blocks[_body(doc, asked)[0]].first)
            reason = "no reply" if not answer else empty_reason(answer)
            if reason is None and "\n" not in answer.strip() and _NOTICE.match(answer.strip()):
                reason = "only a notice"
            path = tuple(p for p in asked.path if p != doc.title)
            if reason is None:
                context = tuple(clean_heading(p) for p in path)
                drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
                outcome = "card"
            else:
                diagnostics.append(unanswered(loc, question, reason))
                outcome = "unanswered"
        for turn in (asked, replied):
            for i in (turn.block, *_body(doc, turn)):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    if len(turns) % 2:  # the last question, never replied to
        last = turns[-1]
        body = _body(doc, last)
        question = _text(doc, last)
        if body and _asks(" ".join(question.split())) and all(is_free(doc, taken, i) for i in body):
            diagnostics.append(unanswered(doc.loc(doc.blocks[body[0]].first), question, "no reply"))
            for i in (last.block, *body):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_turns(doc: Document) -> bool:
    """False when fewer headings than a conversation needs are short enough to name a speaker: an
    ordinary note's headings are questions or topics. A count over the parsed headings, no text search."""
    return sum(1 for s in doc.sections if len(s.title) <= _NAME_MAX) >= 2 * _MIN_ROUNDS


def _turns(doc: Document) -> list[Section]:
    """The longest run of sections, one heading level, whose titles are two speaker names taking turns
    strictly (`_MIN_ROUNDS` rounds or more), starting with the asker; empty when there is none."""
    best: list[Section] = []
    run: list[Section] = []
    names: list[str] = []
    for section in doc.sections:
        if run and section.level > run[0].level:
            continue  # a sub-heading inside a turn
        match = (
            _SPEAKER.match(section.title.strip()) if len(section.title) <= _NAME_MAX and not _names_a_tab(doc, section) else None
        )
        name = match.group("who").casefold() if match else None
        if run and name is not None and section.level == run[0].level:
            expected = names[len(run) % 2] if len(names) == 2 else None
            if name == expected or (expected is None and name != names[0]):
                if expected is None:
                    names.append(name)
                run.append(section)
                continue
        best = max(best, run, key=len)
        run, names = ([section], [name]) if name is not None else ([], [])
    best = max(best, run, key=len)
    return best if len(best) >= 2 * _MIN_ROUNDS else []


def _names_a_tab(doc: Document, section: Section) -> bool:
    """A heading that is only a link to a DocFX tab (`# [Short answer](#tab/short)`): it names a tab, not a
    speaker (the content-tab rule reads such tabs)."""
    line = doc.lines[doc.blocks[section.block].first]
    return "](#tab/" in line and DOCFX_TAB.match(line) is not None


def _body(doc: Document, section: Section) -> tuple[int, ...]:
    """The blocks of a turn: its section's body up to a rule."""
    body: list[int] = []
    for i in section.body:
        if doc.blocks[i].kind == "hr":
            break
        body.append(i)
    return tuple(body)


def _text(doc: Document, section: Section) -> str:
    """What a turn says, its blocks as written."""
    return "\n\n".join(doc.block_text(i).strip("\n") for i in _body(doc, section)).strip()


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word) or ends with its script's question mark (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text)
