"""Multiple-choice quizzes written for the mkdocs-quiz plugin: `<?quiz?>` … `<?/quiz?>` blocks.

    <?quiz?>
    question: Which gas do plants take in for photosynthesis?
    answer: Oxygen
    answer-correct: Carbon dioxide
    answer: Nitrogen
    content:
    <p>CO₂ enters through the stomata; oxygen is given off.</p>
    <?/quiz?>

A block runs from a line `<?quiz?>` to the next line `<?/quiz?>`. Inside it, a `question:` label opens the
question (which may go on over the lines up to the first option), each `answer:` line is an option and each
`answer-correct:` line a right one, and `content:` opens the explanation shown once the reader has chosen,
to the end of the block. The card's front is the question; its back the right option(s), then the
explanation with its `<p>` wrappers taken off. A block with no `answer-correct:` option cannot say which
option is right: it is reported `unanswered` (an explanation "coming soon" answers nothing either). A block
without a `question:` label is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, block_at, block_kinds, fence_step, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "quiz-block"

_OPEN = re.compile(r"^[ \t]{0,3}<\?quiz\?>[ \t]*$")
_CLOSE = re.compile(r"^[ \t]{0,3}<\?/quiz\?>[ \t]*$")
_FIELD = re.compile(r"^[ \t]*(?P<key>question|answer-correct|answer|content)[ \t]*:[ \t]?(?P<value>.*)$", re.I)
_PARAGRAPH_TAG = re.compile(r"</?p(?:[ \t][^>]*)?>", re.I)
_MAX_BLOCK = 200
"""A `<?quiz?>` without its close within this many lines is not a block."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from mkdocs-quiz `<?quiz?>` blocks (see the module docstring)."""
    # `<?quiz?>` is an HTML block to the parser (a processing instruction): no such block, no quiz.
    if "html_block" not in block_kinds(doc) or not text_holds(doc, "<?quiz?>"):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    lines = doc.lines
    fence = ""
    n = 0
    while n < len(lines):
        line = lines[n]
        fence, code = fence_step(fence, line)
        if not code and n not in taken and _OPEN.match(line):
            end = _block_end(lines, n, taken)
            if end is not None:
                _read_block(doc, n, end, drafts, diagnostics, claims)
                n = end
        n += 1
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _block_end(lines: tuple[str, ...], start: int, taken: Mapping[int, str]) -> int | None:
    """The line of the `<?/quiz?>` closing the block opened at START, or None."""
    for n in range(start + 1, min(len(lines), start + _MAX_BLOCK)):
        if _CLOSE.match(lines[n]):
            return n
        if n in taken or _OPEN.match(lines[n]):
            return None
    return None


def _read_block(
    doc: Document, start: int, end: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """One block: its question, right options and explanation."""
    question: list[str] = []
    right: list[str] = []
    content: list[str] = []
    where = None  # the field the current line continues
    first = None
    for n in range(start + 1, end):
        line = doc.lines[n]
        field = _FIELD.match(line) if where != "content" else None
        if field is not None:
            where = field.group("key").lower()
            value = field.group("value").strip()
            if where == "question":
                first = n if first is None else first
                question.append(value)
            elif where == "answer-correct":
                right.append(value)
            elif where == "content" and value:
                content.append(value)
        elif where == "question":
            question.append(line.strip())
        elif where == "content":
            content.append(line)
    front = " ".join(" ".join(question).split())
    if not front or first is None:
        return
    loc = doc.loc(first)
    right = [r for r in right if r]
    if not right:
        diagnostics.append(unanswered(loc, front, "no option marked right"))
        claims.update(claim(start, end + 1, "unanswered"))
        return
    # `</p>` ends a paragraph; the lines of one stay as written (Markdown joins them).
    explanation = _PARAGRAPH_TAG.sub(lambda m: "\n\n" if m.group(0)[1] == "/" else "", "\n".join(content))
    explanation = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", "\n".join(line.strip() for line in explanation.split("\n"))).strip()
    key = right[0] if len(right) == 1 else "\n".join(f"- {r}" for r in right)
    back = f"{key}\n\n{explanation}" if explanation else key
    index = block_at(doc, start)
    path = heading_path(doc, index) if index is not None else ()
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(path)))
    claims.update(claim(start, end + 1, "card"))
