"""Questions followed only by a note that they were not attempted, in a log of problems between rules:

    ---

    **2018 Regional Round #14**
    How many lattice points lie strictly inside the triangle with vertices (0,0), (12,0) and (0,9)?

    *(ran out of time, not tried yet)*

    ---

A top-level paragraph that asks (questions.is_question), after a rule, a heading, an HTML comment or the
start of the document, followed by a paragraph that is only an emphasised note in parentheses (`*( … )*`,
`_( … )_`) and then by a rule, a heading or the end, is reported `unanswered`: the note stands where the
answer goes. A first line naming the problem's source in bold (`**2019 AMC 10A #7**`) is no part of the
question. Read late, after every rule that could answer the question.

An exam question set off alone the same way, quoted (`> **"Assess the effects of …" [9 marks]**`: a
blockquote of one paragraph, its bold, quotation marks and marks note no part of the question), and a
one-line paragraph closed by the writer's note in brackets that it is still to do (`Plan: A vs … (TODO – find a
second case)`, a capital `TODO`, `TBD` or `FIXME` opening it) stand for a question and its missing answer too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult
from .answers import unanswered, unquote
from .document import STRUCTURAL, Document, free_blocks, has_free_blocks, lazy_pattern, may_open_a_line_with
from .questions import ESSAY_COMMANDS, is_question, without_source_label_line

# A line opening with an emphasised parenthesis (`*(`, `_(`): the precheck of `_NOTE`.
_NOTE_OPENING = re.compile(r"^[*_]\(", re.M)
# `*(skipped, not tried yet)*`, `_(did not get to it)_`: a whole paragraph, emphasised and parenthesised.
_NOTE = lazy_pattern(r"^(?P<e>[*_])\([^()\n]+(?:\n[^()\n]+)*\)[^\w*_]*(?P=e)$")
_BEFORE = frozenset({"html_block"}) | STRUCTURAL
# `Plan: A vs … ?? (TODO – need a second case study)`: one line closed by a bracketed note to do it later.
_TODO_NOTE = lazy_pattern(r"\((?:TODO|TBD|FIXME)\b[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)[^\w()]*$")
# Its opening, searched for first: one pattern search costs a quarter of three substring searches.
_TODO_MARK = lazy_pattern(r"\((?:TODO|TBD|FIXME)")
# `**"Assess …" [9 marks + 3 SPaG]**`: the bold, the quotation marks and the weight around a quoted question.
_WEIGHT = lazy_pattern(r"\s*[\[(]\d{1,3}\s*(?:marks?|pts?|points?)\b[^\[\]()]*[\])]\s*$", re.I)
_BOLD = lazy_pattern(r"^(\*\*|__)(?P<inner>.+)\1$")
_QUOTATION_MARKS = "\"'“”‘’«»„"


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the questions followed only by a parenthesised note (see the module docstring)."""
    if not (may_open_a_line_with(doc, _NOTE_OPENING) or _may_hold_todo_note(doc.source.text)):
        return RuleResult()
    if not has_free_blocks(doc, taken, ("paragraph",)):
        return RuleResult()
    blocks = doc.blocks
    free = set(free_blocks(doc, taken))
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in sorted(free):
        note = index + 1
        if blocks[index].kind not in ("paragraph", "blockquote") or note not in free or blocks[note].kind != "paragraph":
            continue
        if index > 0 and blocks[index - 1].kind not in _BEFORE:
            continue
        if note + 1 < len(blocks) and blocks[note + 1].kind not in STRUCTURAL:
            continue
        written = doc.block_text(note).strip()
        if _NOTE.match(written) is not None:
            reason = "only a note that it was not tried"
        elif "\n" not in written and _TODO_NOTE.search(written) is not None:
            reason = "only a note that it is still to do"
        else:
            continue
        if blocks[index].kind == "blockquote":
            question = _quoted(doc, index)
            if question is None:
                continue
        else:
            question = without_source_label_line(doc.block_text(index).strip())
            if not is_question(question) or "\n\n" in question:
                continue
        diagnostics.append(unanswered(doc.loc(blocks[index].first), " ".join(question.split()), reason))
        claims.update(dict.fromkeys(range(blocks[index].first, blocks[note].last), "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)


def _may_hold_todo_note(text: str) -> bool:
    """False only when no bracketed note opens with a capital marker (`(TODO`): the precheck of `_TODO_NOTE`."""
    return _TODO_MARK.search(text) is not None


def _quoted(doc: Document, index: int) -> str | None:
    """The question of a blockquote of one paragraph, without its bold, quotation marks and marks note, or
    None when the quote holds more or does not ask."""
    block = doc.blocks[index]
    opened = [t.type for t in doc.tokens[block.start : block.end] if t.type.endswith("_open")]
    if opened != ["blockquote_open", "paragraph_open"]:
        return None
    text = " ".join(unquote(doc.block_text(index)).split())
    previous = None
    while previous != text:
        previous = text
        bold = _BOLD.match(text)
        text = _WEIGHT.sub("", bold.group("inner") if bold else text).strip()
        if len(text) > 2 and text[0] in _QUOTATION_MARKS and text[-1] in _QUOTATION_MARKS:
            text = text[1:-1].strip()
    if not text or not (is_question(text) or _orders_an_essay(text)):
        return None
    return text


def _orders_an_essay(text: str) -> bool:
    """True when a text opens with an essay exam's command word (`Assess …`, `Examine …`) as its own word."""
    words = text.split(maxsplit=3)
    return len(words) >= 4 and words[0][:1].isupper() and words[0].lower() in ESSAY_COMMANDS
