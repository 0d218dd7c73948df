"""Bare question lines: a plain line that asks, followed by lines that answer.

    How does dropout work?
    Randomly setting a fraction of neurons to zero during training.

Only top-level paragraph lines count (a `When to use what?` line inside a list item is part of that item's
text). The answer is the rest of the paragraph up to the next question line; a question that ends its
paragraph takes the following blocks up to the next heading, rule or question. A line holding its
answer after a dash (`What is a tort? — A civil wrong.`) is split there: the answer starts on its line.
A line asking only what comes next (`What's next? → Module 4 …`) points to the next part: no question.

A question labelled as one inside an item of a notes list (`* ❓ Question for later: how do you …?`,
`- Open question: …?`, `- Q: …?`) in a list no earlier rule took is a question too: the item's lines under it
answer it, else it is reported unanswered. The other items stay with the list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Block, Document, has_free_blocks
from .outline import clean_heading, topic_tags
from .questions import (
    asks_on_its_own,
    clean_question,
    first_question_line,
    is_bare_question,
    is_signpost_question,
    split_dash_answer,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare question lines in free paragraphs."""

    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    seen = dict(taken)  # what earlier rules and this rule's own earlier cards hold
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or all(map(seen.__contains__, range(block.first, block.last))):
            continue  # every line claimed: no free line to ask (most paragraphs late in the chain)
        free_lines = [n for n in range(block.first, block.last) if n not in seen]
        dashed = {n: found for n in free_lines if (found := _dashed_question(doc.lines[n])) is not None}
        questions = [n for n in free_lines if n in dashed or asks_on_its_own(doc, n, block)]
        if not questions:
            continue
        # `What's next? → Module 4`: a pointer to the next part, no question of the notes.
        questions = [n for n in questions if not is_signpost_question(dashed[n][0] if n in dashed else doc.lines[n])]
        if not questions:
            continue
        section = doc.section_of_block(index)
        path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
        for q_pos, q in enumerate(questions):
            end = questions[q_pos + 1] if q_pos + 1 < len(questions) else block.last
            parts = [dashed[q][1]] if q in dashed else []
            if end > q + 1:
                parts.append(doc.text(q + 1, end))
            used = [(q, end)]
            # A note to self on the lines under the question (`→ ask after class`) leaves it open: what
            # follows the paragraph is no answer of it.
            noted = end > q + 1 and empty_reason(doc.text(q + 1, end)) is not None
            if end == block.last and not noted:
                for later in range(index + 1, len(blocks)):
                    nxt = blocks[later]
                    if nxt.kind in ("heading", "hr") or not is_free(doc, seen, later):
                        break
                    stop = _first_question(doc, nxt)
                    if stop == nxt.first:
                        break
                    parts.append(doc.text(nxt.first, stop if stop is not None else nxt.last))
                    used.append((nxt.first, stop if stop is not None else nxt.last))
                    if stop is not None:
                        break
            question, _ = clean_question(dashed[q][0] if q in dashed else doc.lines[q])
            answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
            reason = empty_reason(answer)
            loc = doc.loc(q)
            if reason:
                diagnostics.append(unanswered(loc, question, reason))
                for first, last in used:
                    new = claim(first, last, "unanswered")
                    claims.update(new)
                    seen.update(new)  # only what is new: updating with every claim so far was quadratic
                continue
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, "bare-line", question, answer, context, topic_tags(path)))
            for first, last in used:
                new = claim(first, last, "card")
                claims.update(new)
                seen.update(new)
    if claims or has_free_blocks(doc, taken, ("bullet_list", "ordered_list")):  # else `seen` holds no free list
        _labelled_items(doc, seen, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_ITEM_LABEL = re.compile(
    r"^(?:[*_]{0,2}(?:❓|❔|\?)\s*)?[*_]{0,2}(?:(?:open|follow[- ]up|unanswered|my|a)\s+)?"
    r"(?:questions?|q|pregunta|question ouverte|frage|domanda|pergunta|d[uú]vida)(?:\s+(?:for later|to self|to ask|for class))?"
    r"[*_]{0,2}\s*[:：][*_]{0,2}\s+(?P<q>\S.*)$|^(?:❓|❔)\s*(?P<bare>\S.*)$",
    re.I,
)


def _labelled_items(
    doc: Document, seen: dict[int, str], drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """Items of free top-level lists whose first line labels a question (`❓ Question for later: …?`)."""
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("bullet_list", "ordered_list") or not is_free(doc, seen, index):
            continue
        tokens = doc.tokens[block.start : block.end]
        level = tokens[0].level + 1
        for n, token in enumerate(tokens):
            if token.type != "list_item_open" or token.level != level or token.map is None:
                continue
            inline = tokens[n + 2] if n + 2 < len(tokens) and tokens[n + 2].type == "inline" else None
            if inline is None or inline.map is None or inline.map[0] != token.map[0]:
                continue
            first_line, *rest = inline.content.split("\n")
            match = _ITEM_LABEL.match(first_line.strip())
            if match is None:
                continue
            text = (match.group("q") or match.group("bare")).strip()
            if not text.rstrip("*_ ").endswith(("?", "\uff1f")):
                continue
            question, _ = clean_question(text)
            first, last = token.map
            while last > first + 1 and not doc.lines[last - 1].strip():
                last -= 1
            answer = "\n".join([*rest, *(line.strip() for line in doc.lines[inline.map[1] : last])]).strip()
            section = doc.section_of_block(index)
            path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
            reason = empty_reason(answer)
            if reason:
                diagnostics.append(unanswered(doc.loc(first), question, reason))
            else:
                context = tuple(clean_heading(p) for p in path)
                drafts.append(CardDraft(doc.loc(first), "bare-line", question, answer, context, topic_tags(path)))
            lines = claim(first, last, "unanswered" if reason else "card")
            claims.update(lines)
            seen.update(lines)


def _dashed_question(line: str) -> tuple[str, str] | None:
    """`What is a tort? — A civil wrong.`: a bare question and its answer on one line, split at the dash."""
    found = split_dash_answer(line)
    return found if found is not None and is_bare_question(found[0]) else None


def _first_question(doc: Document, block: Block) -> int | None:
    """The first line of a paragraph that asks on its own or holds a question and its dashed answer."""
    found = first_question_line(doc, block)
    if block.kind != "paragraph":
        return found
    end = found if found is not None else block.last
    return next((n for n in range(block.first, end) if _dashed_question(doc.lines[n]) is not None), found)
