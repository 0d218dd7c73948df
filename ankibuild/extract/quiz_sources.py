"""Plain-text quiz sources (text2qti and the tools that read its format), one question a numbered line, its
answers on the lines under it, the right ones marked with `*`:

    Title: Acids
    Points: 1
    1.  Which of these is a strong acid?
    a)  acetic acid
    *b) hydrochloric acid
    ... It dissociates completely in water.

    2.  Which of these are noble gases?
    [*] neon
    [ ] nitrogen
    [*] argon

    3.  How many protons has carbon?
    =   6

    4.  Name the bond between two water molecules.
    *   hydrogen bond

    5.  Explain in your own words what a buffer does.
    ____

1. **An item** is a line opening with a number and a full stop (`1.  What …`), the question (it may go on
   over the next lines), over its answers, one a line: lettered options (`a)`, the right one `*b)`),
   checkboxes (`[ ]`, the right ones `[*]`), a number (`=   6`, a range `=   1.5 +- 0.1`) or short answers
   (`*   hydrogen bond`, one a line, spellings of one answer). The item ends at a blank line. The label lines
   right above the question (`Title: …`, `Points: 1`) are the item's own and never on the card.
2. **The back** is what the item marks right: the starred option or options, the number, the first short
   answer; the feedback after `...` (shown whatever was answered) and after `+` (shown to a right answer)
   follows it. Feedback after `-` (shown to a wrong answer) stays off the card.
3. **Unanswered.** An essay item (`____`), a file upload (`^^^^`), or options none of which is starred,
   are reported `unanswered`.

Respondus's import format is the same layout with other punctuation: the question opens with `1)`, the
options with `a.` (the right ones `*b.`), general feedback with `~` (its lines joined), and a `Type:` label
line above the question names the kinds that stars cannot mark:

    Type: F
    4) The process that turns light into sugar is ______.
    a. photosynthesis
    b. photo-synthesis

    Type: MT
    5) Match each organ with its job.
    a. kidney = filters the blood
    b. lung = exchanges gases

    Type: E
    6) Explain what a decomposer does.
    ~ Model answer: it breaks dead matter down and returns nutrients to the soil.

A fill-in item (`F`) accepts each option (the first on the card, as a short answer's spellings), a matching
item (`MT`, or options that are all `left = right` pairs) is answered by its pairs one a line, and an essay
(`E`) by its feedback, the model answer; an essay with none is `unanswered`.

The format is read only where a line marks a right option (`*b)`, `*b.`, `[*]`) and two items or more mark a
right answer with `*`; lines inside code blocks are never items.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "quiz-source"

_MIN_MARKED = 2
# `*b)`, `*b.`, `[*]`: a line marking a right option (the cheap test of `may_open_a_line_with`).
_OPTION_MARK = re.compile(r"^(?:\*[a-z][.)]|\[\*\])", re.M)
# `*b)`, `*b.`, `[*]`, `*   word`: a line of an item marking a right answer.
_STARRED = re.compile(r"^(?:\*[a-z][.)]|\*[ \t]+\S|\[\*\])", re.M)
_QUESTION = lazy_pattern(r"^(?P<n>\d{1,3})[.)][ \t]+(?P<q>\S.*?)[ \t]*$")
_OPTION = lazy_pattern(r"^(?P<star>\*)?(?P<letter>[a-z])[.)][ \t]+(?P<text>\S.*?)[ \t]*$")
# `kidney = filters the blood`: an option of a matching item.
_PAIR = lazy_pattern(r"^\S.*?[ \t]=[ \t]+\S")
_CHECKBOX = lazy_pattern(r"^\[(?P<mark>[* ])\][ \t]+(?P<text>\S.*?)[ \t]*$")
_NUMERIC = lazy_pattern(r"^=[ \t]+(?P<text>\S.*?)[ \t]*$")
_SHORT = lazy_pattern(r"^\*[ \t]+(?P<text>\S.*?)[ \t]*$")
_FEEDBACK = lazy_pattern(r"^(?P<kind>\.\.\.|\+|-|~)[ \t]+(?P<text>\S.*?)[ \t]*$")
_OPEN_ENDED = lazy_pattern(r"^(?:_{3,}|\^{3,})[ \t]*$")
# `Title: Acids`, `Points: 2`: a label line of the item above its question.
_ITEM_LABEL = lazy_pattern(r"^[^\W\d_][\w \t-]{0,24}:[ \t]+\S")
# `Type: E`: Respondus's label naming the item's kind, an essay (`E`), a fill-in (`F`), a matching item (`MT`) …
_TYPE_LABEL = lazy_pattern(r"^Type:[ \t]*(?P<kind>[A-Z]{1,3})[ \t]*$")
_CODE_KINDS = ("fence", "code_block", "html_block")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a plain-text quiz source (see the module docstring)."""
    if not may_open_a_line_with(doc, _OPTION_MARK):
        return RuleResult()  # no line marks a right option: nearly every document
    items = _items(doc, taken)
    if sum(1 for item in items if item[3] == "marked" and _STARRED.search(doc.text(item[0], item[1]))) < _MIN_MARKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for first, last, question, kind, answer in items:
        at = _question_line(doc, first)
        if kind != "marked" or not answer:
            diagnostics.append(unanswered(doc.loc(at), question, "open-ended" if kind == "open" else "no answer"))
            claims.update(claim(first, last, "unanswered"))
            continue
        index = _block_of(doc, at)
        path = heading_path(doc, index) if index is not None else ()
        drafts.append(
            CardDraft(doc.loc(at), CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path))
        )
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question_line(doc: Document, first: int) -> int:
    for n in range(first, len(doc.lines)):
        if _QUESTION.match(doc.lines[n]):
            return n
    return first


def _block_of(doc: Document, line: int) -> int | None:
    for index, block in enumerate(doc.blocks):
        if block.first <= line < block.last:
            return index
    return None


def _items(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, str, str, str]]:
    """Each item as (first line, line after it, question, kind, back): kind `marked` for an item with a
    right answer, `open` for an essay or upload, `none` for answers none of which is marked."""
    lines = doc.lines
    code = {n for b in doc.blocks if b.kind in _CODE_KINDS for n in range(b.first, b.last)}
    found: list[tuple[int, int, str, str, str]] = []
    n = 0
    while n < len(lines):
        match = _QUESTION.match(lines[n])
        if match is None or n in code:
            n += 1
            continue
        start = n
        while start > 0 and _ITEM_LABEL.match(lines[start - 1]) and not _QUESTION.match(lines[start - 1]):
            start -= 1
        kinds = [m.group("kind") for k in range(start, n) if (m := _TYPE_LABEL.match(lines[k]))]
        item = _item(lines, n, kinds[-1] if kinds else "")
        if item is None:
            n += 1
            continue
        end, question, kind, answer = item
        if all(k not in taken and k not in code for k in range(start, end)):
            found.append((start, end, question, kind, answer))
        n = end
    return found


def _item(lines: tuple[str, ...], at: int, labelled: str) -> tuple[int, str, str, str] | None:
    """The item whose question opens line AT, of the kind its `Type:` label names (LABELLED, else ""):
    (line after it, question, kind, back); None when no answer line of the format follows the question."""
    question_match = _QUESTION.match(lines[at])
    assert question_match is not None
    question = [question_match.group("q")]
    n = at + 1
    while n < len(lines) and lines[n].strip() and not _is_answer_line(lines[n]):
        question.append(lines[n].strip())
        n += 1
    right: list[str] = []
    options: list[str] = []
    shown: list[str] = []
    answers = 0
    open_ended = labelled == "E"
    general = False  # the line before was `~` feedback, which the next `~` line goes on
    while n < len(lines) and lines[n].strip():
        line = lines[n]
        if (m := _OPTION.match(line)) or (m := _CHECKBOX.match(line)):
            answers += 1
            options.append(m.group("text"))
            if m.groupdict().get("star") or m.groupdict().get("mark") == "*":
                right.append(m.group("text"))
        elif (m := _NUMERIC.match(line)) or (m := _SHORT.match(line)):
            answers += 1
            if not right:  # the first of the spellings of one short answer
                right.append(m.group("text"))
        elif (m := _FEEDBACK.match(line)) is not None:
            if m.group("kind") == "~" and general:
                shown[-1] += " " + m.group("text")
            elif m.group("kind") != "-":
                shown.append(m.group("text"))
            general = m.group("kind") == "~"
            n += 1
            continue
        elif _OPEN_ENDED.match(line):
            open_ended = True
        else:
            break
        general = False
        n += 1
    if not answers and not open_ended:
        return None
    text = " ".join(question)
    if not right and len(options) > 1 and (labelled == "MT" or all(_PAIR.match(o) for o in options)):
        right = options  # a matching item: its pairs
    elif not right and options and labelled == "F":
        right = options[:1]  # a fill-in: the first of the answers it accepts
    if open_ended and not right and shown:
        return n, text, "marked", "\n\n".join(shown)  # an essay answered by its model answer
    if open_ended and not right:
        return n, text, "open", ""
    if not right:
        return n, text, "none", ""
    back = "\n".join(right) if len(right) > 1 else right[0]
    if shown:
        back += "\n\n" + "\n\n".join(shown)
    return n, text, "marked", back


def _is_answer_line(line: str) -> bool:
    return bool(
        _OPTION.match(line)
        or _CHECKBOX.match(line)
        or _NUMERIC.match(line)
        or _SHORT.match(line)
        or _OPEN_ENDED.match(line)
        or _FEEDBACK.match(line)
    )
