"""List items answered on the line under them, after an arrow, as course-question lists are written:

    1) Définir l'endocytose.
    → Internalisation de matériel extracellulaire par invagination de la membrane.

    2) What separates phagocytosis from pinocytosis?
    → the size of what is taken in.

    3) Quel est le rôle du réticulum endoplasmique lisse ?

1. **An item** is a list item whose first line is the prompt (a question, or an instruction that need not
   read as one: `Définir …`, `Citer …`) and one of whose later lines opens with an arrow (`→`, `->`, `=>`,
   `➜`, `⇒`): the prompt is the lines before it, the answer the text after the arrow and the lines after it.
2. **A list** is read when two of its items or more are answered that way and every other item asks (a `?`,
   a command word: `questions.is_question`): those are reported `unanswered`. Any other item leaves the list
   to the other rules (an outline whose points are explained after arrows).

An arrow with nothing after it leaves its item unanswered. The headings above are the cards' context. The
rule runs after the numbered rule, which keeps the lists it reads already (numbered items that all ask, the
arrow kept on the back); this one takes those whose prompts are instructions it does not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, dedent, free_blocks_of, lazy_pattern, list_items
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "arrow-item"

# A line opening with an arrow (after its indentation): the answer of the prompt above it.
_ARROW_LINE = lazy_pattern(r"^[ \t]*(?:→|->|=>|➜|⇒)[ \t]*", re.M)
_ARROW_MARKS = ("→", "->", "=>", "➜", "⇒")
_LISTS = ("ordered_list", "bullet_list")
_ITEM_MARKER = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from list items answered after an arrow on a line of their own (see the module docstring)."""
    lists = [i for i in free_blocks_of(doc, taken, _LISTS) if _may_hold_arrow_line(doc.block_text(i))]
    if not lists:
        return RuleResult()  # most documents: late in the chain few lists are free, fewer hold an arrow
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in lists:
        block = doc.blocks[index]
        items = [(first, last, _split(doc, first, last)) for first, last in list_items(doc, block)]
        answered = sum(1 for *_, (_, answer) in items if answer is not None)
        if answered < _MIN_ANSWERED or not all(answer is not None or is_question(prompt) for *_, (prompt, answer) in items):
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        claims.update(claim(block.first, block.last, "card"))
        for first, last, (prompt, answer) in items:
            question = clean_question(prompt)[0]
            reason = empty_reason(answer) if answer is not None else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(first), question, reason))
                claims.update(claim(first, last, "unanswered"))
            else:
                drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer or "", context, topic_tags(path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_arrow_line(text: str) -> bool:
    """True when a list's text holds a line opening with an arrow (`_ARROW_LINE`), looked for only when it
    holds an arrow at all."""
    return any(map(text.__contains__, _ARROW_MARKS)) and _ARROW_LINE.search(text) is not None


def _split(doc: Document, first: int, last: int) -> tuple[str, str | None]:
    """(prompt, answer) of the list item on lines FIRST to LAST; the answer is None without an arrow line."""
    lines = [_ITEM_MARKER.sub("", doc.lines[first], count=1), *doc.lines[first + 1 : last]]
    for n in range(1, len(lines)):
        arrow = _ARROW_LINE.match(lines[n])
        if arrow is not None:
            prompt = " ".join(" ".join(lines[:n]).split())
            answer = "\n".join([lines[n][arrow.end() :], dedent(lines[n + 1 :])]).strip()
            return prompt, answer
    return " ".join(" ".join(lines).split()), None
