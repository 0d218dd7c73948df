"""Textbook review answers: end-of-chapter questions labelled in bold with a letter and a number.

    ## Section 2.1

    **R3.** Why does TCP use a three-way handshake?

    So that both sides agree on their initial sequence numbers …

    **P7.** Suppose a link of 10 Mbps carries frames of 1,500 bytes.

    a. How long does it take to transmit one frame?

    1.2 ms

    b. How many frames fit on the link per second?

    TODO

Textbooks number their review questions, problems and exercises `R1`, `P3`, `E2`; a student's answer file
keeps the label in bold at the start of the question's paragraph. Here a paragraph opening with such a
label (`**R3.**`, `**P12:**`, `**E2**.`; any capital but `Q` and `A`, the question and answer labels other
rules read) is a question, when the document holds two of them or more and half of them at least ask
(questions.is_question: numbered principles, `**P1.** Keep it simple.`, are no questions); its answer is what follows (a
paragraph, a list, a `$$…$$` formula, code) up to the next label, heading or rule. When lettered parts
(`a.`, `b)` …, in order from `a`) follow the label paragraph, each part is a card answered by the blocks
after it, and the label paragraph is their set-up (the cards' context). An answer that is only a
placeholder (`TODO`, an HTML comment) or a note that the question was skipped (`Skipped, …`) is reported
unanswered. In French notes a bold `R1.` answers a `Q1.` (`Réponse`): a document with bold `Q` labels is
left to the other rules, and so is a label whose paragraph is only the label. `A` labels are answers to
other rules unless a `B` series follows them (a problem set's parts `A1` … `B1` …); in a set of three lettered
series or more with two questions at least, the other labels are tasks (segment, gloss, translate) that need
not ask.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import STRUCTURAL, Document, lazy_pattern, may_open_a_line_with, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, is_question

CONVENTION = "review-label"

_PRECHECK = lazy_pattern(r"^\*\*[B-PR-Z]\d", re.M)
_LABEL = lazy_pattern(r"^\*\*(?P<letter>[A-PR-Z])\d{1,3}(?:[.:]\*\*|\*\*[.:]?)[ \t]+(?P<rest>\S.*)$", re.S)
_FRENCH_Q = lazy_pattern(r"^\*\*Q[ \t]*\d", re.M)
_PART = lazy_pattern(r"^(?P<letter>[a-h])[.)][ \t]+(?P<rest>\S.*)$", re.S)
_SKIPPED = lazy_pattern(r"^[*_(]*(?:skipped|skipping|skip)\b", re.I)
_SKIPPED_MAX = 120
_MIN_LABELS = 2
_MIN_SERIES = 3


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the paragraphs opening with a bold review label (see the module docstring)."""
    text = doc.source.text
    if "**" not in text or not may_open_a_line_with(doc, _PRECHECK) or search_lines(_FRENCH_Q, text):
        return RuleResult()
    blocks = doc.blocks
    labelled = [
        i
        for i, block in enumerate(blocks)
        if block.kind == "paragraph"
        and doc.lines[block.first].startswith("**")
        and _LABEL.match(doc.text(block.first, block.last)) is not None
    ]
    labelled = _series(doc, labelled)
    asking = sum(map(lambda i: _asks(doc, i), labelled))
    if len(labelled) < _MIN_LABELS or (2 * asking < len(labelled) and not _parts_of_a_set(doc, labelled, asking)):
        return RuleResult()  # numbered principles or requirements (`**P1.** Keep it simple.`), not questions
    starts = set(labelled)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in labelled:
        block = blocks[index]
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        match = _LABEL.match(doc.text(block.first, block.last))
        assert match is not None
        setup = " ".join(match.group("rest").split())
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        parts = _parts(doc, index + 1, starts, taken)
        if not parts:
            end = _answer_end(doc, index + 1, starts, taken)
            _card(doc, (setup, index, end), context, path, drafts, diagnostics, claims)
            continue
        claims.update(claim(block.first, block.last, "card"))
        for n, (part, at) in enumerate(parts):
            end = parts[n + 1][1] if n + 1 < len(parts) else _answer_end(doc, at + 1, starts, taken)
            _card(doc, (part, at, end), (*context, setup), path, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _letter(doc: Document, index: int) -> str:
    match = _LABEL.match(doc.text(doc.blocks[index].first, doc.blocks[index].last))
    return match.group("letter") if match is not None else ""


def _series(doc: Document, labelled: list[int]) -> list[int]:
    """LABELLED without the `**A1.**` labels, unless a `B` series follows them and no item is answered under an
    answer label: then `A` names the first part of a problem set (`A1` … `B1` …), not an answer."""
    letters = [_letter(doc, i) for i in labelled]
    if "A" not in letters or ("B" in letters and not any(_labelled_answer(doc, i + 1) for i in labelled)):
        return labelled
    return [i for i, letter in zip(labelled, letters, strict=True) if letter != "A"]


def _labelled_answer(doc: Document, index: int) -> bool:
    """True when block INDEX is a paragraph opening with an answer label (`**Réponse :** …`): items answered
    so are the answer-label rules' (a label left on the back, a placeholder after it)."""
    if index >= len(doc.blocks) or doc.blocks[index].kind != "paragraph":
        return False
    return ANSWER_LABEL.match(doc.lines[doc.blocks[index].first]) is not None


def _parts_of_a_set(doc: Document, labelled: list[int], asking: int) -> bool:
    """True for a problem set in three lettered parts or more (`A1` … `B1` … `C1` …) with two questions at
    least: its other parts are tasks to do (segment, translate), which need not ask."""
    return asking >= _MIN_LABELS and len({_letter(doc, i) for i in labelled}) >= _MIN_SERIES


def _asks(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    match = _LABEL.match(doc.text(block.first, block.last))
    return match is not None and is_question(" ".join(match.group("rest").split()))


def _part_text(doc: Document, index: int) -> re.Match[str] | None:
    block = doc.blocks[index]
    return _PART.match(doc.text(block.first, block.last)) if block.kind == "paragraph" else None


def _parts(doc: Document, index: int, starts: set[int], taken: Mapping[int, str]) -> list[tuple[str, int]]:
    """The lettered parts (`a.`, `b.` …, in order) below a label paragraph, before the next label or heading."""
    parts: list[tuple[str, int]] = []
    blocks = doc.blocks
    while index < len(blocks) and index not in starts and blocks[index].kind not in STRUCTURAL:
        if taken.get(blocks[index].first) is not None:
            break
        match = _part_text(doc, index)
        if match is not None:
            if ord(match.group("letter")) - ord("a") != len(parts):
                return parts if len(parts) >= 2 else []
            parts.append((" ".join(match.group("rest").split()), index))
        elif not parts:
            return []  # an answer first: the label paragraph is the question
        index += 1
    return parts if len(parts) >= 2 else []


def _answer_end(doc: Document, index: int, starts: set[int], taken: Mapping[int, str]) -> int:
    """The index of the block after the answer that starts at INDEX."""
    blocks = doc.blocks
    while index < len(blocks) and index not in starts and blocks[index].kind not in STRUCTURAL:
        if taken.get(blocks[index].first) is not None or _part_text(doc, index) is not None:
            break
        index += 1
    return index


def _card(
    doc: Document,
    question: tuple[str, int, int],
    context: tuple[str, ...],
    path: tuple[str, ...],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The card (or the unanswered report) of the question at block INDEX answered up to block END."""
    front, index, end = question
    blocks = doc.blocks
    block = blocks[index]
    loc = doc.loc(block.first)
    last = blocks[end - 1].last if end > index + 1 else block.last
    answer = doc.text(blocks[index + 1].first, last).strip() if end > index + 1 else ""
    reason = empty_reason(answer)
    if reason is None and len(answer) <= _SKIPPED_MAX and "\n\n" not in answer and _SKIPPED.match(answer):
        reason = "skipped"
    if reason is not None:
        diagnostics.append(unanswered(loc, front, reason))
        claims.update(claim(block.first, last, "unanswered"))
        return
    drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(path)))
    claims.update(claim(block.first, last, "card"))
