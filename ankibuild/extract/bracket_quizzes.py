"""Quizzes written in a course format's bracket markup (LiaScript), the quiz right under its question:

    **Quiz:** Which planet is the largest?

    [( )] Mars
    [(X)] Jupiter
    [( )] Venus

    Which of these are noble gases?

    [[X]] neon
    [[ ]] nitrogen
    [[X]] argon
    [[?]] They sit in the last column.

    In what year did Apollo 11 land?

    [[1969]]

1. **A quiz** is a paragraph made only of quiz lines: single-choice options (`[( )]`, the right one
   `[(X)]`), multiple-choice options (`[[ ]]`, the right ones `[[X]]`), text inputs (`[[1969]]`, a line
   holding one or more, `[[fetch]] then [[merge]]`; a selection `[[red | (green) | blue]]` puts the right
   choice in parentheses) and hints (`[[?]] …`, shown on request, never on the card).
2. **The question** is the paragraph right above it (the code blocks between them go on the front too), or
   the first lines of the quiz's own paragraph; a short bold label closed by a colon (`**Quiz:**`) leaves it.
3. **The back** is what the quiz marks right: the right option, the right options as a list, the text
   input's line with its answers filled in; a solution block (`****` … `****`) right after the quiz follows
   it.
4. **Unanswered.** Options none of which is marked, or a text input holding only a placeholder
   (`[[???]]`), leave the question `unanswered`.

Read where a line opens with a choice or hint mark and two quizzes or more stand under questions: a wiki
link alone on its line (`[[Photosynthesis]]`) in notes without such marks is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "bracket-quiz"

_MIN_QUIZZES = 2
# A line opening with a choice mark (`[( )]`, `[(X)]`, `[[ ]]`, `[[X]]`) or a hint (`[[?]]`): the precheck.
_CHOICE_OR_HINT = re.compile(r"^[ \t]*\[(?:\([ xX]\)\]|\[[ xX?]\]\])", re.M)
_CHOICE = lazy_pattern(r"^[ \t]{0,3}\[(?:\((?P<one>[ xX])\)|\[(?P<many>[ xX])\])\][ \t]+(?P<text>\S.*?)[ \t]*$")
_HINT = lazy_pattern(r"^[ \t]{0,3}\[\[\?\]\](?:[ \t]+.*)?$")
# `[[1969]]`, `[[red | (green) | blue]]`: a text input or a selection, anywhere on its line.
_INPUT = lazy_pattern(r"(?<!!)\[\[(?![ xX?]\]\])(?P<text>[^\[\]\n]+)\]\]")
_SELECTED = lazy_pattern(r"^\((?P<text>[^()]*)\)$")
_SOLUTION_RULE = lazy_pattern(r"^ {0,3}\*{4,}[ \t]*$")
# `**Quiz:**`, `__Frage 2:__`, `**Question** :`: a short bold label opening the question.
_LABEL = lazy_pattern(r"^(?P<b>\*\*|__)[^*_\n]{1,30}?(?:[:：](?P=b)|(?P=b)[ \t]*[:：])[ \t]*(?=\S)")
_BETWEEN = frozenset({"fence", "code_block"})


def _may_hold_quizzes(doc: Document) -> bool:
    """False only when no line opens with a choice or hint mark (nearly every note holds none), which one
    quiz at least must hold."""
    return text_holds(doc, "]]") and _CHOICE_OR_HINT.search(doc.source.text) is not None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the bracket quizzes of a course page (see the module docstring)."""
    if not _may_hold_quizzes(doc):
        return RuleResult()
    found = [quiz for index in range(len(doc.blocks)) if (quiz := _quiz(doc, taken, index)) is not None]
    if len(found) < _MIN_QUIZZES or not any(_marks_choices(doc, quiz[1], quiz[2]) for quiz in found):
        return RuleResult()  # text inputs alone may be wiki links on their lines
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for at, first, last, question, back, index in found:
        if back is None:
            diagnostics.append(unanswered(doc.loc(at), question, "no answer"))
            claims.update(claim(first, last, "unanswered"))
            continue
        if (reason := empty_reason(back)) is not None:
            diagnostics.append(unanswered(doc.loc(at), question, reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(at), CONVENTION, question, back, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _quiz(doc: Document, taken: Mapping[int, str], index: int) -> tuple[int, int, int, str, str | None, int] | None:
    """The quiz of paragraph INDEX as (question line, first line, line after it, question, back or None when
    nothing is marked right, block of the question); None when the paragraph is no quiz under a question."""
    blocks = doc.blocks
    block = blocks[index]
    if block.kind != "paragraph" or block.first in taken:
        return None
    lines = [doc.lines[n] for n in range(block.first, block.last)]
    opening = next((k for k, line in enumerate(lines) if _is_quiz_line(line)), None)
    if opening is None or not all(_is_quiz_line(line) for line in lines[opening:]):
        return None
    if not any(not _HINT.match(line) for line in lines[opening:]):
        return None  # hints alone: no quiz
    back = _back([line for line in lines[opening:] if not _HINT.match(line)])
    end = block.last
    if (solution := _solution(doc, taken, index)) is not None:
        text, end = solution
        if back is not None and text:
            back += "\n\n" + text
    if opening:
        question = " ".join(line.strip() for line in lines[:opening])
        at, first, holder = block.first, block.first, index
    else:
        above = index - 1
        code: list[str] = []
        while above >= 0 and blocks[above].kind in _BETWEEN and len(code) < 2:
            code.insert(0, doc.block_text(above))
            above -= 1
        if above < 0 or blocks[above].first in taken:
            return None
        asked = blocks[above]
        if asked.kind == "paragraph":
            question = " ".join(doc.lines[n].strip() for n in range(asked.first, asked.last))
        elif asked.kind == "heading" and is_question(doc.lines[asked.first].lstrip("#").strip()):
            question = doc.lines[asked.first].strip().lstrip("#").strip()
        else:
            return None
        if any(_is_quiz_line(doc.lines[n]) for n in range(asked.first, asked.last)):
            return None  # the quiz above: no question between them
        if code:
            question += "\n\n" + "\n\n".join(code)
        at = first = asked.first
        holder = above if asked.kind == "paragraph" else index
    question = _LABEL.sub("", question, count=1).strip()
    if not question:
        return None
    return at, first, end, question, back, holder


def _marks_choices(doc: Document, first: int, last: int) -> bool:
    """True when a line of the quiz opens with a choice or hint mark."""
    return any(_CHOICE.match(doc.lines[n]) or _HINT.match(doc.lines[n]) for n in range(first, last))


def _is_quiz_line(line: str) -> bool:
    return bool(_CHOICE.match(line) or _HINT.match(line) or _INPUT.search(line))


def _back(lines: list[str]) -> str | None:
    """What the quiz lines mark right: the right option(s), or the text inputs' lines with their answers
    filled in; None when options are given and none is marked."""
    options = [m for line in lines if (m := _CHOICE.match(line)) is not None]
    if options:
        right = [m.group("text") for m in options if (m.group("one") or m.group("many") or " ") != " "]
        if not right:
            return None
        many = any(m.group("many") is not None for m in options)
        return "\n".join(f"- {text}" for text in right) if many and len(right) > 1 else "\n".join(right)
    filled = [_INPUT.sub(_answer, line).strip() for line in lines if not _CHOICE.match(line)]
    return "\n".join(line for line in filled if line)


def _answer(match: re.Match[str]) -> str:
    """A text input's answer; a selection's choice in parentheses (`red | (green) | blue` → `green`)."""
    text = match.group("text").strip()
    if "|" in text:
        for choice in text.split("|"):
            if (selected := _SELECTED.match(choice.strip())) is not None:
                return selected.group("text").strip()
    return text


def _solution(doc: Document, taken: Mapping[int, str], index: int) -> tuple[str, int] | None:
    """The solution block right after the quiz, between two `****` rules: (its text, line after it)."""
    blocks = doc.blocks
    start = index + 1
    if start >= len(blocks) or blocks[start].kind != "hr" or not _SOLUTION_RULE.match(doc.lines[blocks[start].first]):
        return None
    for close in range(start + 1, len(blocks)):
        block = blocks[close]
        if block.first in taken:
            return None
        if block.kind == "hr" and _SOLUTION_RULE.match(doc.lines[block.first]):
            body = doc.text(blocks[start].last, block.first).strip()
            return body, block.last
        if block.kind == "heading":
            return None
    return None
