"""Study templates of numbered steps: each concept goes through the same bold step labels, numbered with
circled digits, the first step asking and the second answering.

    **① Question:** What is inflation?

    **② Explain it to a child:**
    Prices in general rise over time, so the same money buys less.

    **③ Gaps:**
    - How is it measured? …

    **④ In one line:** money shrinks.

Self-study methods (the Feynman technique, SQ3R, Cornell-like sheets) write a page as runs of steps, each a
paragraph opening with a bold label whose number is a circled digit (`①`–`⑳`, `❶`–`❿`, `➀`–`➉`, `➊`–`➓`,
inside the bold or right before it) and whose label ends with a colon (`**① Soalan:**`, `**❷ Frage**:`). No
list of label words: the numbers decide.

1. **A run** starts at a step numbered one. Its step one holds the question: the text after the label, on
   its line or the lines under it. The page is read only when two runs or more have a step one that asks
   (questions.is_question); then every run's step one with text is a question.
2. **The answer** is the run's step two: the text after its label, with the blocks under it (more
   paragraphs, formulas, lists, code, tables) up to the next step, heading or rule. No step two, or one
   that holds only a placeholder, leaves the question `unanswered`.
3. The later steps (gap lists, summaries) are left to the other rules: a list of questions under a step is
   the numbered rule's.

Context: the cleaned heading path of the question's section (document title excluded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "step-label"

# The circled digits of each style, one to ten (the white circled ones go on to twenty).
_STYLES = (
    "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳",
    "❶❷❸❹❺❻❼❽❾❿",
    "➀➁➂➃➄➅➆➇➈➉",
    "➊➋➌➍➎➏➐➑➒➓",
)
_NUMBERS = {digit: n + 1 for style in _STYLES for n, digit in enumerate(style)}
_FIRSTS = tuple(style[0] for style in _STYLES)
_DIGITS = "".join(_STYLES)
# `**① Soalan:** …`, `① **Question:** …`, `**❷ Frage**: …`: a circled number and a short label in bold,
# closed by a colon inside or right after the bold; the step's text follows.
_STEP = re.compile(
    r"^[ \t]{0,3}(?:(?P<out>[" + _DIGITS + r"])[ \t]*)?(?P<b>\*\*|__)[ \t]*(?(out)|(?P<in>[" + _DIGITS + r"])[ \t]*)"
    r"(?P<label>[^*_:：\n]{1,40}?)[ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])(?P<said>.*)$",
    re.S,
)
_STOPS = frozenset({"heading", "hr"})
_MIN_RUNS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the first two steps of each run of circled-number step labels (see the module docstring)."""
    if not any(text_holds(doc, first) for first in _FIRSTS):
        return RuleResult()  # no circled one: nearly every document
    steps = _steps(doc, taken)
    runs = [(at, index) for at, (index, number, _) in enumerate(steps) if number == 1 and steps[at][2]]
    if sum(1 for at, _ in runs if is_question(clean_question(steps[at][2])[0])) < _MIN_RUNS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    starts = {index for index, _, _ in steps}
    for at, index in runs:
        question = clean_question(steps[at][2])[0]
        block = doc.blocks[index]
        loc = doc.loc(block.first)
        answered = at + 1 < len(steps) and steps[at + 1][1] == 2
        parts: list[str] = []
        span = [index]
        if answered:
            second, _, said = steps[at + 1]
            parts.append(said)
            span.append(second)
            n = second + 1
            while n < len(doc.blocks) and n not in starts and doc.blocks[n].kind not in _STOPS and is_free(doc, taken, n):
                parts.append(doc.block_text(n).strip("\n"))
                span.append(n)
                n += 1
        answer = "\n\n".join(part for part in parts if part.strip())
        reason = empty_reason(answer) if answered else "no answer"
        outcome = "unanswered" if reason is not None else "card"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        for i in span:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _steps(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, str]]:
    """(block index, step number, text after the label) of every free top-level paragraph that opens with a
    step label, in order."""
    found: list[tuple[int, int, str]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        head = doc.lines[block.first].lstrip(" \t*_")
        if not head or head[0] not in _NUMBERS:
            continue
        match = _STEP.match(doc.block_text(index).strip("\n"))
        if match is None:
            continue
        digit = match.group("out") or match.group("in")
        found.append((index, _NUMBERS[digit], match.group("said").strip()))
    return found
