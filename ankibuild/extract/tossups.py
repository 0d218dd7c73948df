"""Quiz-bowl packets: numbered tossups and bonuses, each answered on its own `ANSWER:` line.

    **2.** At this 1815 conference, Talleyrand exploited divisions among the great powers. FTP, name it.

    ANSWER: **Congress of Vienna**

    **3.** Answer the following about enzymes, FTPE.

    [10] This molecule binds at the active site.
    ANSWER: substrate

1. **A tossup** is a free paragraph that opens with a bold item number (`**2.**`, `__14)__`, `**E1.**`,
   `**TB3.**`) and is answered by an answer-label line (`ANSWER:`, `**Answer:**`, any case) inside it (after a
   line break or `<br>`) or by the answer-label paragraph right after it. The label paragraph ends the item:
   the next numbered paragraph is a new one. The front is the paragraph without its number, the back what
   follows the label, with the blocks explaining it below (prose, a list, a quote, code) up to the next item,
   part, heading, rule or comment; an empty answer (or a placeholder) is reported `unanswered`.
2. **A bonus** is a numbered lead-in with no answer of its own, followed by parts: paragraphs opening with a
   bracketed value (`[10]`, `[5]`, `[10e]`), each answered the same way. Each part is one card whose context
   ends with the lead-in (`Answer the following about …`); the lead-in is no card.
3. A document needs two answered items: one numbered paragraph followed by an `Answer:` line is some other
   rule's business.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, free_blocks, free_blocks_of, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "tossup"

# What a line opening with a bold item number opens with (`document.may_open_a_line_with`).
_OPENING = re.compile(r"^(?:\*\*|__)[A-Z]{0,2}\d", re.M)
_ITEM = lazy_pattern(r"^[ \t]{0,3}(?P<m>\*\*|__)[A-Z]{0,2}\d{1,3}[.):]?(?P=m)[.):]?[ \t]+(?=\S)", re.S)
_PART = lazy_pattern(r"^[ \t]{0,3}\[(?:\d{1,2}[a-z]?|[a-z])\][ \t]+(?=\S)")
# `ANSWER:`, `**Answer:**`, `__Answer__:`: the label of an answer line (a bold label closes before the answer).
_ANSWER = lazy_pattern(r"^[ \t]*(\*\*|__)?answer[ \t]*(?(1)(?:\1[ \t]*[:：]|[:：][ \t]*\1)|[:：])[ \t]*", re.I)
_BREAK = lazy_pattern(r"[ \t]*<br\s*/?>[ \t]*\n?|\n", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a quiz-bowl packet's tossups and bonus parts (see the module docstring)."""
    if not a_line_opens_with(doc, ("answer",)) or not may_open_a_line_with(doc, _OPENING):
        return RuleResult()
    free = set(free_blocks_of(doc, taken, ("paragraph",)))
    free_any = set(free_blocks(doc, taken))
    items: list[tuple[int, int, str, str | None, str]] = []  # (block, end block, front, answer, lead-in)
    leads: list[int] = []
    lead = ""
    index = 0
    while index < len(doc.blocks):
        if index not in free:
            lead = ""
            index += 1
            continue
        text = doc.block_text(index)
        numbered = _ITEM.match(text)
        part = None if numbered or not lead else _PART.match(text)
        if numbered is None and part is None:
            lead = ""
            index += 1
            continue
        prompt, answer = _split(text[(numbered or part).end() :])  # type: ignore[union-attr]
        end = index + 1
        if answer is None and end in free:
            label = _ANSWER.match(doc.block_text(end))
            if label is not None:
                answer = doc.block_text(end)[label.end() :].strip()
                end += 1
        if answer is None:
            following = doc.block_text(end) if end in free else ""
            lead = _one_line(prompt) if numbered and _PART.match(following) else ""
            if lead:
                leads.append(index)
            index += 1
            continue
        end, answer = _with_explanation(doc, end, answer, free_any)
        items.append((index, end, _one_line(prompt), answer, lead if part else ""))
        if numbered:
            lead = ""
        index = end
    if len(items) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for first, end, front, answer, lead_in in items:
        loc = doc.loc(doc.blocks[first].first)
        reason = empty_reason(answer or "")
        last = doc.blocks[end - 1].last
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            claims.update(claim(doc.blocks[first].first, last, "unanswered"))
            continue
        path = heading_path(doc, first)
        context = tuple(clean_heading(p) for p in path) + ((lead_in,) if lead_in else ())
        drafts.append(CardDraft(loc, CONVENTION, front, answer or "", context, topic_tags(path)))
        claims.update(claim(doc.blocks[first].first, last, "card"))
    for index in leads:
        claims.update(claim(doc.blocks[index].first, doc.blocks[index].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_EXPLAINING = frozenset({"paragraph", "bullet_list", "ordered_list", "blockquote", "fence", "table"})


def _with_explanation(doc: Document, end: int, answer: str, free: set[int]) -> tuple[int, str]:
    """The end block and the answer of an item with the blocks that explain its answer below the answer line
    (a paragraph, a list, a quote, code), up to the next item, bonus part, heading, rule or comment."""
    if not answer:
        return end, answer  # an empty answer line is no answer, whatever prose follows it
    parts = [answer]
    while end in free and doc.blocks[end].kind in _EXPLAINING:
        text = doc.block_text(end).strip("\n")
        if doc.blocks[end].kind == "paragraph" and (_PART.match(text) or _ANSWER.match(text) or _opens_another(text)):
            break
        parts.append(text)
        end += 1
    return end, "\n\n".join(part for part in parts if part)


def _opens_another(text: str) -> bool:
    """True for a paragraph that may start another question: it opens with a bold label (`**3.**`, `**Swali
    3.**`) or asks."""
    return text.lstrip().startswith(("**", "__")) or is_question(text)


def _split(text: str) -> tuple[str, str | None]:
    """An item's prompt and the answer on its own answer-label line inside it (None when there is none)."""
    pieces = _BREAK.split(text)
    for n, piece in enumerate(pieces):
        label = _ANSWER.match(piece) if n else None
        if label is not None:
            answer = "\n".join([piece[label.end() :], *pieces[n + 1 :]]).strip()
            return "\n".join(pieces[:n]), answer
    return text, None


def _one_line(markdown: str) -> str:
    """A prompt's lines joined by spaces."""
    return " ".join(markdown.split())
