"""Quizzes written in a fenced block for a quiz renderer (quizdown-js: ```` ```quizdown ````).

    ```quizdown
    ---
    shuffleAnswers: true
    ---

    # Which gas do plants take in for photosynthesis?

    > Hint: it is not the one we breathe in.

    - [ ] Oxygen
    - [x] Carbon dioxide
        > It enters through the stomata.

    # Put the stages of mitosis in order.

    1. Prophase
    2. Metaphase
    3. Anaphase
    ```

A fence whose info string names a quiz (`quizdown`, `quiz`) holds one question per heading. The heading is
the front (a paragraph or code under it, before the options, goes on the front too); the options are a
task list, the ticked ones (`- [x]`) right, or a numbered list whose order is the answer (a sequence
question). The back is the ticked options (one alone as its text, several as a list) or the numbered list,
then the explanations indented under any option (`    > …`, the quiz's comment on a choice). A blockquote
right under the heading is a hint shown before answering: never on the card. A question whose options tick
none is reported `unanswered`. The fence's settings (a `---` front matter inside it) and its marker lines
are skipped. A fence of any other info string (`markdown` showing a task list) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, block_kinds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "quiz-fence"

_QUIZ_INFOS = frozenset({"quizdown", "quiz"})
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.+?)[ \t#]*$")
_OPTION = re.compile(r"^ {0,3}[-*+][ \t]+\[(?P<tick>[ xX])\][ \t]+(?P<text>.*?)[ \t]*$")
_STEP = re.compile(r"^ {0,3}\d{1,3}[.)][ \t]+(?P<text>.*?)[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?(?P<text>.*)$")
_INDENTED_QUOTE = re.compile(r"^(?: {2,}|\t)[ \t]*>[ \t]?(?P<text>.*)$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions of quiz fences (see the module docstring)."""
    if "fence" not in block_kinds(doc):
        return RuleResult()  # no fenced block: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "fence":
            continue
        info = doc.tokens[block.start].info.strip().split(maxsplit=1)
        if not info or info[0].lower() not in _QUIZ_INFOS:
            continue
        if any(n in taken for n in range(block.first, block.last)):
            continue
        _read_fence(doc, index, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _read_fence(
    doc: Document, index: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """The questions of the quiz fence at block INDEX, one per heading."""
    block = doc.blocks[index]
    body_first = block.first + 1
    closer = block.last - 1  # the closing fence line, unless the fence runs to the end of the document
    closed = closer > body_first and doc.lines[closer].strip()[:3] in ("```", "~~~")
    body_end = closer if closed else block.last
    headings = [
        (n, heading.group("text"))
        for n in range(_after_settings(doc, body_first, body_end), body_end)
        if (heading := _HEADING.match(doc.lines[n])) is not None
    ]
    if not headings:
        return
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    found: dict[int, str] = {}
    for (first, title), end in zip(headings, [n for n, _ in headings[1:]] + [body_end], strict=True):
        front, back = _question(doc, first, end, title)
        if back is None:
            continue  # a heading over no options: a title inside the quiz, not a question
        loc = doc.loc(first)
        if not back:
            diagnostics.append(unanswered(loc, front, "no option marked right"))
            found.update(claim(first, end, "unanswered"))
            continue
        drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(path)))
        found.update(claim(first, end, "card"))
    if found:
        claims.update(claim(block.first, block.last, "skip:quiz-settings"))
        claims.update(found)


def _after_settings(doc: Document, first: int, end: int) -> int:
    """The first line after the quiz's own front matter (`---` … `---` opening the fence's body), else FIRST."""
    n = first
    while n < end and not doc.lines[n].strip():
        n += 1
    if n < end and doc.lines[n].strip() == "---":
        for m in range(n + 1, end):
            if doc.lines[m].strip() == "---":
                return m + 1
    return first


def _question(doc: Document, first: int, end: int, title: str) -> tuple[str, str | None]:
    """The front and back of the question from heading line FIRST to END: the back is None when no option
    list follows the heading, '' when the options tick none."""
    asked: list[str] = []
    right: list[str] = []
    steps: list[str] = []
    notes: list[str] = []
    options = 0
    last: list[str] | None = None  # the option list the indented lines continue
    for n in range(first + 1, end):
        line = doc.lines[n]
        if not line.strip():
            continue
        if (option := _OPTION.match(line)) is not None:
            options += 1
            last = right if option.group("tick") in "xX" else None
            if last is not None:
                right.append(option.group("text"))
            continue
        if (step := _STEP.match(line)) is not None and not right and options == 0:
            steps.append(step.group("text"))
            continue
        if (note := _INDENTED_QUOTE.match(line)) is not None and (options or steps):
            notes.append(note.group("text").strip())
            continue
        if line[:1] in (" ", "\t") and (options or steps):
            if last is right and right:
                right[-1] = f"{right[-1]} {line.strip()}"  # a ticked option going on over another line
            continue
        if _QUOTE.match(line) is not None and not options and not steps:
            continue  # a hint shown before answering
        if not options and not steps:
            asked.append(line.rstrip())
    front = title.strip()
    if any(line.strip() for line in asked):
        front = f"{front}\n\n" + "\n".join(asked).strip()
    if not options and not steps:
        return front, None
    if steps and not options:
        key = "\n".join(f"{i}. {text}" for i, text in enumerate(steps, 1))
    elif not right:
        return front, ""
    else:
        key = right[0] if len(right) == 1 else "\n".join(f"- {text}" for text in right)
    explanation = "\n\n".join(text for text in notes if text)
    return front, f"{key}\n\n{explanation}" if explanation else key
