"""Memorandums: an exam paper's questions numbered with dotted numbers, answered by the same numbers in the
memo (mark scheme, answers) at its end.

    ### QUESTION 1                                   ## Memorandum
    1.1 Give the term for each description.          **QUESTION 1**
    1.1.1 The position of a gene on a chromosome (1)  1.1.1 Locus ✓
    1.1.2 Alternative forms of a gene (1)             1.1.2 Alleles ✓
    1.2 Explain why mtDNA traces maternal descent. (2) 1.2
                                                       - inherited from the mother only ✓

1. **The memo** is a section titled as the answers: `Memorandum`, `Memo`, `Mark scheme`, `Marking guidelines`,
   `Antwoorde`, `Erwartungshorizont`, `Answers`, `Lösungen` … (`questions.MEMO_TITLE`, `questions.KEY_TITLE`),
   with its sub-sections. Its entries are the lines that open with a dotted number (`1.1.1 Locus ✓`, a bare
   `1.2` line, `**2.3**`): the rest of the line and everything after it up to the next numbered line, bold
   label (`**QUESTION 2**`), heading or rule: lines, lists, tables, formulas.
2. **The questions** are the paragraph lines before the memo that open with a dotted number and some text
   (`2.1 Give the genotype … (1)`), the paragraph's further lines with them. Two of them or more must have an
   entry, and most of them: a dotted number alone is a section number, not a paper.
3. **Cards**: each question with its entry; the marks at the end of the question (`(4)`, `[2]`, `(3 marks)`)
   and the ticks of the memo (`✓`, one per mark) are left off. A question whose number opens deeper numbers
   (`1.1` over `1.1.1`) and has no entry is their stem: no card. A question without an entry, or whose entry
   is empty, a placeholder or only a remark in brackets (`*(didn't have time — see the textbook)*`), is
   reported `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import remark_or_empty_reason, unanswered
from .document import Document, block_at, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags
from .questions import KEY_TITLE, MEMO_TITLE, clean_question

CONVENTION = "memorandum"

# A line opening with a dotted number, bold or not: `1.1.1 Locus ✓`, `**2.3** …`, a bare `1.2`.
_OPENING = re.compile(r"^(?:\*\*|__)?\d{1,2}\.\d", re.M)
_NUMBERED = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)?(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?P=b)?(?:[ \t]+(?P<rest>\S.*?)|)[ \t]*$")
_DRESS = lazy_pattern(r"^[\W\d_]*")
# A paragraph that is only a bold label (`**QUESTION 2**`, `**VRAAG 3**`): a boundary between entries.
_BOLD_LINE = lazy_pattern(r"^[ \t]*(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*$")
# `(4)`, `[2]`, `(3 marks)`, `(2 P.)`: the marks at a question's end.
_MARKS = lazy_pattern(
    r"[ \t]*(?:\*\*|__)?[(\[][ \t]*\d{1,3}[ \t]*(?:marks?|punte|punkte|p\.?|pts?|points?|puntos?|pontos?)?[ \t]*[)\]]"
    r"(?:\*\*|__)?[ \t]*$",
    re.I,
)
_TICKS = lazy_pattern(r"[ \t]*[✓✔]+")
_ENDS = frozenset({"heading", "hr"})
_MIN_KEYED = 2


@dataclass(slots=True)
class _Entry:
    """A numbered question or memo entry: its number, first line and source lines."""

    number: str
    line: int
    parts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing an exam paper's dotted-numbered questions with the memo's entries of the same numbers."""
    # The line openings are the ones the quoted-key and exam-part rules, before this one, compute anyway.
    if not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no line opens with a dotted number: nearly every document
    memo = _memo_section(doc)
    if memo is None:
        return RuleResult()
    head, end = memo
    entries = _entries(doc, taken, head + 1, end)
    questions = _questions(doc, taken, head)
    keyed = sum(1 for q in questions if q.number in entries)
    if keyed < _MIN_KEYED or 2 * keyed <= len(questions):
        return RuleResult()
    numbers = {q.number for q in questions}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for q in questions:
        entry = entries.get(q.number)
        index = block_at(doc, q.line)
        path = heading_path(doc, index) if index is not None else ()
        question, _ = clean_question(_MARKS.sub("", " ".join(" ".join(q.parts).split())))
        if entry is None and any(n.startswith(q.number + ".") for n in numbers):
            claims.update(dict.fromkeys(q.lines, "card"))  # the stem of the deeper numbers
            continue
        answer = _answer(entry) if entry is not None else ""
        reason = remark_or_empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(q.line), question, reason))
            claims.update(dict.fromkeys(q.lines, "unanswered"))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(q.line), CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(dict.fromkeys(q.lines, "card"))
        if entry is not None:
            claims.update(dict.fromkeys(entry.lines, "card" if reason is None else "unanswered"))
    block = doc.blocks[head]
    claims.update(claim(block.first, block.last, "card"))
    for line in range(block.last, doc.blocks[end - 1].last if end > head + 1 else block.last):
        if line not in taken and line not in claims and _BOLD_LINE.match(doc.lines[line]):
            claims[line] = "card"  # `**QUESTION 2**`: the memo's labels
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _memo_section(doc: Document) -> tuple[int, int] | None:
    """The memo: the block index of its heading and the index of the first block after its section (sub-sections
    included). The last such section of the document."""
    for n in range(len(doc.sections) - 1, -1, -1):
        section = doc.sections[n]
        title = _DRESS.sub("", section.title)
        if MEMO_TITLE.match(title) or KEY_TITLE.match(title):
            end = len(doc.blocks)
            for later in doc.sections[n + 1 :]:
                if later.level <= section.level:
                    end = later.block
                    break
            return section.block, end
    return None


def _entries(doc: Document, taken: Mapping[int, str], first: int, end: int) -> dict[str, _Entry]:
    """The memo's entries between blocks `first` and `end`, by number (the first entry of a number wins)."""
    found: dict[str, _Entry] = {}
    current: _Entry | None = None
    for index in range(first, end):
        block = doc.blocks[index]
        if block.kind in _ENDS or any(line in taken for line in range(block.first, block.last)):
            current = None
            continue
        if block.kind != "paragraph":
            if current is not None:
                current.parts.append(doc.block_text(index))
                current.lines.extend(range(block.first, block.last))
            continue
        if block.last - block.first == 1 and _BOLD_LINE.match(doc.lines[block.first]):
            current = None
            continue
        for line in range(block.first, block.last):
            match = _NUMBERED.match(doc.lines[line])
            if match:
                current = _Entry(match["n"], line, [match["rest"] or ""], [line])
                found.setdefault(current.number, current)
            elif current is not None:
                current.parts.append(doc.lines[line])
                current.lines.append(line)
        if current is not None:
            current.parts.append("")  # a paragraph break before what follows
    return found


def _questions(doc: Document, taken: Mapping[int, str], before: int) -> list[_Entry]:
    """The paragraph lines before block `before` that open with a dotted number and text, with the paragraph's
    further lines."""
    found: list[_Entry] = []
    for index in range(before):
        block = doc.blocks[index]
        if block.kind != "paragraph" or any(line in taken for line in range(block.first, block.last)):
            continue
        current: _Entry | None = None
        for line in range(block.first, block.last):
            match = _NUMBERED.match(doc.lines[line])
            if match and match["rest"]:
                current = _Entry(match["n"], line, [match["rest"]], [line])
                found.append(current)
            elif current is not None:
                current.parts.append(doc.lines[line].strip())
                current.lines.append(line)
    return found


def _answer(entry: _Entry) -> str:
    """An entry's Markdown without its ticks."""
    text = "\n".join(entry.parts).strip()
    return "\n".join(_TICKS.sub("", line).rstrip() for line in text.splitlines()).strip()
