"""Graded form quizzes pasted as Markdown (a Google Forms or Microsoft Forms response after scores are
released): each question a bold line carrying its score, the response and the key under it.

    **2. Which gas makes up most of the air?** \\* ✘ 0/1

    - ( ) Oxygen
    - (●) Argon

    Correct answer

    - (●) Nitrogen

    Feedback: Argon is under 1 %.

A paragraph of one line opening with a bold question (its number dropped) and ending with its score
(`1/1`, `0/3`), a required-field star (`\\*`) and a verdict mark (`✔`, `✘`) around it allowed, opens an
entry; the entry runs to the next such line, rule or heading. The back is the key when the form shows one
(`Correct answer: …`, or a `Correct answer(s)` line over a list: the marked options of a choice list, the
first of a list of accepted spellings), else, when the verdict is right (`✔`, or a full score), the
response: the picked options (`(●)`, `[x]`) or the text after `Your answer:`; a `Feedback: …` line goes
under it. A wrong or empty response (`No answer`) with no key is `unanswered`. The form's other fields
(`**Email** \\*`, a `**Total points 8/12**` line) are no entries. Read where two entries or more carry a
verdict mark.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason
from .document import Document, free_blocks, list_items, may_open_a_line_with, search_lines

CONVENTION = "graded-form"

_RIGHT = "✔✓✅☑"
_WRONG = "✘✗❌✖"
_MARK = f"[{_RIGHT}{_WRONG}]\ufe0f?"
_SCORE = r"\d+(?:[.,]\d+)?[ \t]*/[ \t]*\d+(?:[.,]\d+)?"
_ENTRY = re.compile(
    rf"^(?:\*\*|__)[ \t]*(?:\d{{1,3}}[.)][ \t]+)?(?P<question>[^*_\n].*?)[ \t]*(?:\*\*|__)[ \t]*(?:\\\*[ \t]*)?"
    rf"(?P<before>{_MARK}[ \t]*)?(?P<score>{_SCORE})(?P<after>[ \t]*{_MARK})?[ \t]*$"
)
# A line opening in bold, looked for first in the lines' marked openings (shared by the rules).
_BOLD_OPENING = re.compile(r"^(?:\*\*|__)", re.M)
_MAY_ENTER = re.compile(rf"^[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)[^\n]*{_SCORE}[^\n]*$", re.M)
_KEY = re.compile(r"^(?:\*\*|__)?correct\s+answers?(?:\*\*|__)?[ \t]*(?::[ \t]*(?P<text>.*?))?[ \t]*$", re.I)
_RESPONSE = re.compile(r"^(?:\*\*|__)?your\s+answer(?:\*\*|__)?[ \t]*:[ \t]*(?P<text>.*?)[ \t]*$", re.I)
_FEEDBACK = re.compile(r"^(?:\*\*|__)?feedback(?:\*\*|__)?[ \t]*:", re.I)
_OPTION = re.compile(r"^[ \t]*[-*+][ \t]+(?:\((?P<radio>[●◉•xX✓ ]?)\)|\[(?P<box>[xX ])\])?[ \t]*(?P<text>.*?)[ \t]*$")
_POINTS = re.compile(r"[ \t]*[(\[]\d+(?:[.,]\d+)?[ \t]*(?:pts?|points?|marks?)\.?[)\]]$", re.I)
_ENDS = frozenset({"hr", "heading"})
_MIN_MARKED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a graded form's entries (see the module docstring)."""
    if not may_open_a_line_with(doc, _BOLD_OPENING) or not search_lines(_MAY_ENTER, doc.source.text):
        return RuleResult()  # no bold line carrying a score: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    free = free_blocks(doc, taken)
    found: list[tuple[int, re.Match[str], list[int]]] = []  # (header block, match, body blocks)
    open_entry = False
    for index in free:
        block = blocks[index]
        if block.kind == "paragraph" and block.last - block.first == 1 and (m := _ENTRY.match(lines[block.first].strip())):
            found.append((index, m, []))
            open_entry = True
        elif block.kind in _ENDS or not found or index != _next_of(found[-1]):
            open_entry = False
        elif open_entry:
            found[-1][2].append(index)
    if sum(1 for _, m, _ in found if m.group("before") or m.group("after")) < _MIN_MARKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, m, body in found:
        first = blocks[index].first
        last = blocks[body[-1]].last if body else blocks[index].last
        front = _POINTS.sub("", " ".join(m.group("question").split()))
        back = _back(doc, m, body)
        reason = empty_reason(back) if back else "no answer"
        block_card(doc, CONVENTION, index, last, front, back, reason, (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _next_of(entry: tuple[int, re.Match[str], list[int]]) -> int:
    """The block index right after an entry read so far."""
    index, _, body = entry
    return (body[-1] if body else index) + 1


def _back(doc: Document, m: re.Match[str], body: list[int]) -> str:
    """The key, else the right response, with the feedback under it."""
    blocks = doc.blocks
    lines = doc.lines
    key: str | None = None
    picked: list[str] = []
    response = ""
    feedback: list[str] = []
    after_key = False
    for index in body:
        block = blocks[index]
        text = "\n".join(lines[block.first : block.last]).strip()
        if block.kind in ("bullet_list", "ordered_list"):
            options = [_OPTION.match(lines[first]) for first, _ in list_items(doc, block)]
            marked = [o.group("text") for o in options if o and ((o.group("radio") or " ").strip() or (o.group("box") or " ").strip())]
            plain = [o.group("text") for o in options if o and o.group("radio") is None and o.group("box") is None]
            if after_key:
                key = "\n".join(f"- {t}" for t in marked) if len(marked) > 1 else (marked[0] if marked else (plain[0] if plain else ""))
                after_key = False
            else:
                picked = marked
            continue
        after_key = False
        if k := _KEY.match(text):
            if k.group("text"):
                key = k.group("text")
            else:
                after_key = True
        elif r := _RESPONSE.match(text):
            response = r.group("text")
        elif _FEEDBACK.match(text):
            feedback.append(text)
    if key is None:
        got, out_of = (float(x.replace(",", ".")) for x in m.group("score").split("/"))
        marks = (m.group("before") or "") + (m.group("after") or "")
        right = any(c in marks for c in _RIGHT) or (not any(c in marks for c in _WRONG) and got == out_of > 0)
        if not right:
            return ""
        key = "\n".join(f"- {t}" for t in picked) if len(picked) > 1 else (picked[0] if picked else response)
    if not key or empty_reason(key) is not None:
        return key or ""
    return "\n\n".join([key, *feedback])
