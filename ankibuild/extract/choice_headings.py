"""Multiple-choice questions asked by a heading: the stem is the heading, its options one a line in the
paragraph under it, and the key in an answer-label paragraph after them.

    #### 7. (PLT161) The angle of attack at which a wing stalls will

    A) increase if the CG is moved forward
    B) remain the same regardless of gross weight

    Answer: **(B)** — the critical angle of attack is constant.

1. **An item** is a free heading whose section opens with a paragraph of two or more option lines (`A)`,
   `B.`, `(c)` …) followed by a paragraph opening with an answer label (`Answer:`, `**Answer:**`, `Correct
   answer:`). The options show that the heading asks, even when its stem is unfinished (`… will`) and ends
   with no `?`.
2. **The front** is the heading without its number and a bracketed reference code after it (`(PLT161)`,
   `(ACS12)`: the question bank's catalogue number); **the back** the options, the key and what follows
   them up to the next heading (a closing `---` left out), as multiple-choice items are elsewhere.
3. A key that is empty or a placeholder (`Answer: ???  <!-- ask the instructor -->`) is reported `unanswered`.

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import build_answer, empty_reason, unanswered
from .document import Document, a_line_opens_with, block_kinds, free_blocks, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, topic_tags
from .questions import clean_question

CONVENTION = "choice-heading"

# What an option line opens with (`document.may_open_a_line_with`).
_OPENING = re.compile(r"^\(?[A-Fa-f][.)]", re.M)
_OPTION = lazy_pattern(r"^[ \t]{0,3}\(?[A-Fa-f][.)][ \t]+\S")
# `Answer:`, `**Answer:**`, `Correct answer:`: the label of the key (a bold label closes before the key).
_KEY = lazy_pattern(r"^[ \t]*(\*\*|__)?(?:correct[ \t]+)?answer[ \t]*(?(1)(?:\1[ \t]*[:：]|[:：][ \t]*\1)|[:：])[ \t]*", re.I)
# `(PLT161)`, `(ACS12)`: a question bank's catalogue code in brackets, letters then digits, opening the stem.
_CODE = lazy_pattern(r"^\([A-Z]{2,5}-?\d{2,5}[a-z]?\)[ \t]+(?=\S)")
_LABELS = ("answer", "correct")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings over options and a key (see the module docstring)."""
    if "heading" not in block_kinds(doc) or not a_line_opens_with(doc, _LABELS):
        return RuleResult()
    if not may_open_a_line_with(doc, _OPENING):
        return RuleResult()
    free = set(free_blocks(doc, taken))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section in doc.sections:
        body = [i for i in section.body if i in free]
        if section.block not in free or len(body) < 2 or body[:2] != list(section.body[:2]):
            continue
        options, key_block = body[0], body[1]
        if doc.blocks[options].kind != "paragraph" or doc.blocks[key_block].kind != "paragraph":
            continue
        lines = doc.block_text(options).strip("\n").split("\n")
        key = _KEY.match(doc.block_text(key_block))
        if key is None or len(lines) < 2 or not all(_OPTION.match(line) for line in lines):
            continue
        head = doc.blocks[section.block]
        inline = doc.inline(head)
        stem = clean_question(inline.content if inline is not None else section.title)[0]
        code = _CODE.match(stem)
        question = stem[code.end() :] if code else stem
        loc = doc.loc(head.first)
        last = doc.blocks[section.body[-1]].last
        reason = empty_reason(doc.block_text(key_block)[key.end() :].strip())
        claims.update(claim(head.first, last, "unanswered" if reason else "card"))
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        answer = build_answer(doc, [i for i in section.body if i in free])
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, topic_tags(section.path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
