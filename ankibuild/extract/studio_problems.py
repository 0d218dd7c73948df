"""Problems drafted in a course platform's "simple editor" markup (Open edX Studio's), one problem after another:

    >>Which gas do plants take in for photosynthesis?<<

    ( ) Oxygen
    (x) Carbon dioxide

    ||Think of what animals breathe out.||

    [explanation]
    Plants fix the carbon of CO₂ into sugars.
    [explanation]

    ---

    >>How many chambers has the human heart?<<

    = 4
    or= four

1. **A problem** opens with its question between `>>` and `<<`, alone on its line, and runs up to the next
   such line, a thematic break (`---`) or a heading.
2. **The back** is what the problem marks right: the single-select option `(x)`, the checkboxes `[x]` (as a
   list), the first text or numeric answer (`= 4`; its alternatives `or= …` stay off the card), or the
   option of a dropdown `[[a, (b), c]]` written in parentheses; the explanation between two `[explanation]`
   lines follows it. Hints (`||…||`) and HTML comments are on neither side.
3. **Unanswered.** A problem whose options none is marked, or whose answer is a placeholder (`= TODO`), or
   that holds no answer mark at all.

Read where two lines or more are such questions (outside code), one at least answered. On such a page, a
table whose first column shows the markup itself in code (`` `>>label<<` ``, `` `(x)` ``) is its legend:
skipped, never cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_at, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "studio-problem"

_MIN_QUESTIONS = 2
_QUESTION = lazy_pattern(r"^[ \t]{0,3}>>[ \t]*(?P<q>[^<>\s](?:.*?[^\s])?)[ \t]*<<[ \t]*$")
_ANY_QUESTION = lazy_pattern(r"^[ \t]{0,3}>>[ \t]*[^<>\s].*<<[ \t]*$", re.M)
_BREAK = lazy_pattern(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|#{1,6}(?:[ \t]|$))")
_CHOICE = lazy_pattern(r"^[ \t]*(?:\((?P<radio>[xX ]?)\)|\[(?P<box>[xX ]?)\])[ \t]+(?P<text>\S.*?)[ \t]*$")
_INPUT = lazy_pattern(r"^[ \t]*=[ \t]*(?P<text>\S.*?)[ \t]*$")
_ALTERNATIVE = lazy_pattern(r"^[ \t]*or=[ \t]*\S")
_DROPDOWN = lazy_pattern(r"^[ \t]*\[\[(?P<options>[^\[\]]+)\]\][ \t]*$")
_HINT = lazy_pattern(r"^[ \t]*\|\|.*\|\|[ \t]*$")
_EXPLANATION = lazy_pattern(r"^[ \t]*\[explanation\][ \t]*$", re.I)
_COMMENT = lazy_pattern(r"<!--.*?-->", re.S)
_TOLERANCE = lazy_pattern(r"[ \t]*\+-[ \t]*")
# A legend's first cell: the markup in code (`>>label<<`, `(x)`, `[ ]`, `= answer`, `[[a, (b)]]`, `||hint||`).
_LEGEND_CELL = lazy_pattern(r"^[ \t]*\|?[ \t]*`(?:>>|\([xX ]?\)|\[[xX ]?\]|=|or=|\[\[|\\?\|\\?\||\[explanation\])")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the problems of a simple-editor draft (see the module docstring)."""
    if not text_holds(doc, "<<") or _ANY_QUESTION.search(doc.source.text) is None:
        return RuleResult()  # no line is a `>>question<<`: nearly every document
    code = {n for b in doc.blocks if b.kind in ("fence", "code_block") for n in range(b.first, b.last)}
    starts = [n for n, line in enumerate(doc.lines) if n not in code and n not in taken and _QUESTION.match(line)]
    if len(starts) < _MIN_QUESTIONS:
        return RuleResult()
    problems = []
    for at in starts:
        end = at + 1
        while end < len(doc.lines) and end not in code and not _QUESTION.match(doc.lines[end]):
            if _BREAK.match(doc.lines[end]) or end in taken:
                break
            end += 1
        problems.append((at, end, _back(doc.lines[at + 1 : end])))
    if not any(back for _, _, back in problems):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for at, end, back in problems:
        match = _QUESTION.match(doc.lines[at])
        assert match is not None
        question, _ = clean_question(match.group("q"))
        reason = empty_reason(back) if back else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(at), question, reason))
            claims.update(claim(at, end, "unanswered"))
            continue
        index = block_at(doc, at)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(at), CONVENTION, question, back, context, topic_tags(path)))
        claims.update(claim(at, end, "card"))
    _skip_legends(doc, taken, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _back(lines: tuple[str, ...]) -> str:
    """What a problem's lines mark right, then its explanation; empty when nothing is marked."""
    right: list[str] = []
    checked: list[str] = []
    explanation: list[str] = []
    inside = False
    for line in _COMMENT.sub("", "\n".join(lines)).split("\n"):
        if _EXPLANATION.match(line):
            inside = not inside
            continue
        if inside:
            explanation.append(line)
            continue
        if _HINT.match(line) or _ALTERNATIVE.match(line):
            continue
        if (m := _CHOICE.match(line)) is not None:
            if (m.group("radio") or "").lower() == "x":
                right.append(m.group("text"))
            elif (m.group("box") or "").lower() == "x":
                checked.append(m.group("text"))
        elif (m := _INPUT.match(line)) is not None:
            if not right:  # the first of the spellings of one answer
                right.append(_TOLERANCE.sub(" ± ", m.group("text")))
        elif (m := _DROPDOWN.match(line)) is not None:
            marked = [
                o.strip()[1:-1].strip()
                for o in m.group("options").split(",")
                if o.strip().startswith("(") and o.strip().endswith(")")
            ]
            right.extend(marked[:1])
    back = "\n".join(right) if right else "\n".join(f"- {text}" for text in checked)
    if back and "\n".join(explanation).strip():
        back += "\n\n" + "\n".join(explanation).strip()
    return back


def _skip_legends(doc: Document, taken: Mapping[int, str], claims: dict[int, str]) -> None:
    """Claim as the page's legend every free table whose rows mostly show the markup in their first cell."""
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        rows = [line for line in doc.lines[block.first + 2 : block.last] if line.strip()]
        shown = sum(1 for line in rows if _LEGEND_CELL.match(line))
        if rows and shown * 2 > len(rows) and shown >= _MIN_QUESTIONS:
            claims.update(claim(block.first, block.last, "skip:markup-legend"))
