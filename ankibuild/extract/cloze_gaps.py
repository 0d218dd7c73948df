"""Moodle "embedded answers" (Cloze) questions: sentences whose gaps carry their answers in braces.

    **1.** Water boils at {1:NUMERICAL:=100:1} °C and freezes at {1:NUMERICAL:=0}.

    **2.** The capital of Peru is {1:MULTICHOICE:=Lima~Cusco#No, that was the Inca capital~Arequipa}.

    **3.** The gas plants give off is {2:SHORTANSWER:=oxygen#Right!~=O2}.

    **4.** Explain why leaves are green.

A gap is `{weight:TYPE:answers}`, TYPE one of Moodle's question types (`SHORTANSWER`, `SA`, `MW`,
`NUMERICAL`, `NM`, `MULTICHOICE`, `MC`, `MULTIRESPONSE`, `MR` and their `_C`, `_V`, `_H`, `_S` variants), its
answers separated by `~`, each marked right by `=` or `%100%` and followed by its `#feedback`. A paragraph
holding a gap is a question: the front is its text, without the item's label (`**1.**`), with each gap shown
as `___`; the back is each gap's right answer (the first one where several spellings are accepted; a
number with its tolerance, `100 (± 1)`), numbered when there are several gaps. A gap with an empty right
answer (`{1:SHORTANSWER:=}`) or none marked right leaves the question `unanswered`; so does a paragraph of
the same item labels holding no gap (an essay prompt), its trailing italic note (`*(essay, model answer to
come)*`) left off. Read where two paragraphs or more hold gaps, one at least answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card
from .document import Document

CONVENTION = "cloze-gap"

_TYPES = r"(?:SHORTANSWER(?:_C)?|SAC?|MWC?|NUMERICAL|NM|MULTICHOICE(?:_[VHS]{1,2})?|MC[VHS]{0,2}|MULTIRESPONSE(?:_[VHS]{1,2})?|MR[VHS]{0,2})"
_GAP = re.compile(r"\{(?P<weight>\d*):(?P<type>" + _TYPES + r"):(?P<body>(?:[^{}\\\n]|\\.)*)\}")
# `{1:` or `{:`: where any gap opens, looked for before the full pattern.
_GAP_OPENING = re.compile(r"\{\d*:[A-Z]")
# `**1.**`, `__12)__`, `**Q3**`: the label an item opens with.
_LABEL = re.compile(r"^(?:\*\*|__)[ \t]*(?:[^\W\d_]{1,3}[ \t]?)?\d{1,3}[.):]?[ \t]*(?:\*\*|__)[ \t]*(?=\S)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# `*(essay, model answer to come)*`: a note on the task after its end mark.
_TASK_NOTE = re.compile(r"(?<=[.?!？。])[ \t]*(?:\*|_)\([^()\n]*\)(?:\*|_)[ \t]*$")
_SPLIT = re.compile(r"(?<!\\)~")
_ANSWER = re.compile(r"^(?P<mark>=|%(?P<weight>-?\d+(?:\.\d+)?)%)?(?P<text>(?:[^#\\]|\\.)*)(?:#.*)?$", re.S)
_ESCAPED = re.compile(r"\\([~=#{}:\\%])")
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from Moodle Cloze questions."""
    if not _may_hold_gaps(doc.source.text):
        return RuleResult()  # no `{1:TYPE` anywhere: nearly every document
    blocks = doc.blocks
    gapped: list[tuple[int, str, str, str | None]] = []
    prompts: list[tuple[int, str]] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        label = _LABEL.match(text)
        body = _COMMENT.sub("", text[label.end() :] if label else text)
        if not _GAP.search(body):
            if label:
                prompts.append((index, body))
            continue
        gapped.append((index, *_card(body)))
    if len(gapped) < _MIN_ITEMS or not any(reason is None for *_, reason in gapped):
        return RuleResult()
    labelled = all(_LABEL.match(doc.block_text(index)) for index, *_ in gapped)
    items = gapped + ([(index, _front(_TASK_NOTE.sub("", body)), "", "no answer") for index, body in prompts] if labelled else [])
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question, answer, reason in sorted(items):
        block_card(doc, CONVENTION, index, blocks[index].last, question, answer, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_gaps(text: str) -> bool:
    return "{" in text and _GAP_OPENING.search(text) is not None


def _front(text: str) -> str:
    return " ".join(_ESCAPED.sub(r"\1", text).split())


def _card(body: str) -> tuple[str, str, str | None]:
    """(front, back, unanswered reason) of a paragraph holding gaps."""
    answers = [_right_answer(m.group("type"), m.group("body")) for m in _GAP.finditer(body)]
    front = _front(_GAP.sub("___", body))
    if not all(answers):
        return front, "", "no answer"
    if len(answers) == 1:
        return front, answers[0], None
    return front, "\n".join(f"{n}. {answer}" for n, answer in enumerate(answers, 1)), None


def _right_answer(kind: str, body: str) -> str:
    """The right answer of one gap ('' when none is given), a number with its tolerance."""
    right = ""
    for part in _SPLIT.split(body):
        match = _ANSWER.match(part.strip())
        if match is None:
            continue
        weight = match.group("weight")
        if match.group("mark") == "=" or (weight is not None and float(weight) >= 100):
            right = match.group("text").strip()
            break
    if kind in ("NUMERICAL", "NM") and ":" in right:
        value, _, tolerance = right.partition(":")
        right = f"{value.strip()} (± {tolerance.strip()})" if tolerance.strip() not in ("", "0") else value.strip()
    return _ESCAPED.sub(r"\1", right)
