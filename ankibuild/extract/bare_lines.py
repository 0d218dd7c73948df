"""Bare question lines: a plain line that asks, followed by lines that answer.

    How does dropout work?
    Randomly setting a fraction of neurons to zero during training.

Only top-level paragraph lines count (a `When to use what?` line inside a list item is part of that item's
text). The answer is the rest of the paragraph up to the next question line; a question that ends its
paragraph takes the following blocks up to the next heading, rule or question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason
from .document import Block, Document
from .questions import clean_question, starts_like_question, starts_with_imperative

_URL = re.compile(r"https?://|www\.")
_MAX_QUESTION = 250
# "Having a variable with thousands of values, how would you encode it?": the asking comes after a comma.
_TRAILING_ASK = re.compile(r"[,;:]\s*(?:what|how|why|which|when|where|who|would|should|could|can|do|does|is|are)\b[^,;:]*\?$", re.I)


def is_bare_question(line: str) -> bool:
    """True when a line, on its own, reads as a question: it opens with a question or command word and
    ends with `?` (command questions may end with `.` or nothing)."""
    text = line.strip()
    if not text or len(text) > _MAX_QUESTION or _URL.search(text) or text[0] in "#>|-*+`$<![":
        return False
    if text.endswith("?") and (starts_like_question(text) or _TRAILING_ASK.search(text)):
        return True
    if not starts_like_question(text):
        return False
    return starts_with_imperative(text) and text.endswith((".", ":")) and text.count(". ") == 0


def first_question_line(doc: Document, block: Block) -> int | None:
    """The first bare question line of a paragraph block, if any."""
    if block.kind != "paragraph":
        return None
    for n in range(block.first, block.last):
        if _asks(doc, n, block):
            return n
    return None


def _asks(doc: Document, n: int, block: Block) -> bool:
    line = doc.lines[n]
    if not is_bare_question(line):
        return False
    if line.strip().endswith("?"):
        return True
    # A command line (`Explain …`) only counts among other bare questions of the same paragraph.
    return any(doc.lines[m].strip().endswith("?") and is_bare_question(doc.lines[m]) for m in range(block.first, block.last) if m != n)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare question lines in free paragraphs."""
    from .headings import clean_heading, topic_tags

    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    seen = dict(taken)  # what earlier rules and this rule's own earlier cards hold
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        free_lines = [n for n in range(block.first, block.last) if n not in seen]
        questions = [n for n in free_lines if _asks(doc, n, block)]
        if not questions:
            continue
        section = doc.section_of_block(index)
        path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
        for q_pos, q in enumerate(questions):
            end = questions[q_pos + 1] if q_pos + 1 < len(questions) else block.last
            parts = [doc.text(q + 1, end)] if end > q + 1 else []
            used = [(q, end)]
            if end == block.last:
                for later in range(index + 1, len(blocks)):
                    nxt = blocks[later]
                    if nxt.kind in ("heading", "hr") or not is_free(doc, seen, later):
                        break
                    if first_question_line(doc, nxt) == nxt.first:
                        break
                    stop = first_question_line(doc, nxt)
                    parts.append(doc.text(nxt.first, stop if stop is not None else nxt.last))
                    used.append((nxt.first, stop if stop is not None else nxt.last))
                    if stop is not None:
                        break
            question, _ = clean_question(doc.lines[q])
            answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
            reason = empty_reason(answer)
            loc = doc.loc(q)
            if reason:
                diagnostics.append(Diagnostic(loc, "info", "unanswered", f"{question} ({reason})"))
                for first, last in used:
                    claims.update(claim(first, last, "unanswered"))
                seen.update(claims)
                continue
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, "bare-line", question, answer, context, topic_tags(path)))
            for first, last in used:
                claims.update(claim(first, last, "card"))
            seen.update(claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
