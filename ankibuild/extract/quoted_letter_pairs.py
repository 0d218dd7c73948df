"""Quoted letter pairs: a one-letter question label and its answer letter on the lines of one blockquote, as
lecture transcripts set the exam questions apart from the prose:

    > **D:** Che cosa misura l'ematocrito?
    > **R:** La frazione del volume del sangue occupata dai globuli rossi.

The labels are the one-letter pairs of `questions.LETTER_LABEL_PAIRS` (`D:`/`R:` Italian, `P:`/`R:` Spanish and
Portuguese, `F:`/`A:` German, `V:`/`A:` Dutch, `Q:`/`A:`, `В:`/`О:` Russian), in bold (the colon inside or
outside it) or plain with a colon; the question label opens the quote's first line, its answer letter a later
line. One quote may hold several pairs; a question runs to its answer label, an answer to the next question
label or the quote's end. An empty or placeholder answer is reported `unanswered`, and so, in a document with
an answered pair, is a quote that holds only a question label whose text asks. A quote without such labels is
left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, label_mark_pairs
from .document import Document, block_kinds, lazy_pattern, search_lines_holding
from .questions import LETTER_LABEL_PAIRS, is_question

CONVENTION = "quoted-letter-pair"

_QUESTION_LETTERS = "".join(LETTER_LABEL_PAIRS)
_ANSWER_LETTERS = "".join(sorted(set("".join(LETTER_LABEL_PAIRS.values()))))
# The cheap test: a quoted line that opens with a question letter and its colon (`> **D:**`, `> D:`).
_PRECHECK = lazy_pattern(
    r"^[ \t]{0,3}>[ \t]*(?:\*\*|__)?[" + _QUESTION_LETTERS + r"](?:[ \t]*\d{1,3})?[ \t]*(?:\*\*|__)?[ \t]*[:：]", re.M
)
_QUOTE_MARK = lazy_pattern(r"^[ \t]{0,3}>[ \t]?")


def _label(letters: str) -> str:
    """A one-letter label of LETTERS opening a line: `**D:**`, `**D**:`, `D:` (a plain one with a space after)."""
    return (
        r"^[ \t]*(?:(?P<b>\*\*|__)(?P<bold>[" + letters + r"])(?:[ \t]*\d{1,3})?[ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])"
        r"|(?P<plain>[" + letters + r"])(?:[ \t]*\d{1,3})?[ \t]*(?::(?=[ \t]|$)|：))[ \t]*"
    )


_QUESTION_LABEL = lazy_pattern(_label(_QUESTION_LETTERS))
_ANSWER_LABEL = lazy_pattern(_label(_ANSWER_LETTERS))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the one-letter labelled pairs of free blockquotes (see the module docstring)."""
    if "blockquote" not in block_kinds(doc) or not search_lines_holding(doc, _PRECHECK, ">"):
        return RuleResult()
    quotes = [
        (index, marks)
        for index, block in enumerate(doc.blocks)
        if block.kind == "blockquote" and is_free(doc, taken, index) and (marks := _marks(doc, index))
    ]
    if not any(kind == "a" for _, marks in quotes for _, kind, _ in marks):
        return RuleResult()  # no quote answers: the labels are something else
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, marks in quotes:
        _quote_pairs(doc, index, marks, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _lines(doc: Document, index: int) -> list[str]:
    block = doc.blocks[index]
    return [_QUOTE_MARK.sub("", doc.lines[n], count=1) for n in range(block.first, block.last)]


def _marks(doc: Document, index: int) -> list[tuple[int, str, int]]:
    """(line in the quote, `q` or `a`, end of the label) of the labels of quote `index`, or [] when its first
    line opens with no question letter."""
    lines = _lines(doc, index)
    first = next((n for n, line in enumerate(lines) if line.strip()), 0)
    opening = _QUESTION_LABEL.match(lines[first]) if lines else None
    if opening is None:
        return []
    letter = opening.group("bold") or opening.group("plain")
    answers = LETTER_LABEL_PAIRS[letter]
    marks = [(first, "q", opening.end())]
    for n in range(first + 1, len(lines)):
        line = lines[n]
        if (match := _QUESTION_LABEL.match(line)) is not None and (match.group("bold") or match.group("plain")) == letter:
            marks.append((n, "q", match.end()))
        elif (
            marks[-1][1] == "q"
            and (match := _ANSWER_LABEL.match(line)) is not None
            and (match.group("bold") or match.group("plain")) in answers
        ):
            marks.append((n, "a", match.end()))
    return marks


def _quote_pairs(
    doc: Document, index: int, marks: list[tuple[int, str, int]], made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]]
) -> None:
    """The cards and reports of one blockquote's labelled pairs."""
    drafts, diagnostics, claims = made
    block = doc.blocks[index]
    lines = _lines(doc, index)
    for n, end, question, answer in label_mark_pairs(lines, marks):
        if answer is not None:
            reason = empty_reason(answer) if answer else "no answer"
        elif is_question(question):
            answer, reason = "", "no answer"
        else:
            continue  # a lone label that does not ask: not this convention's
        block_card(doc, CONVENTION, index, block.first + end, question, answer, reason, made, at=block.first + n)
    made_here = [claims[n] for n in range(block.first, block.last) if n in claims]
    if made_here:  # the quote's blank `>` lines and any text before its first label go with what it made
        claims.update({n: made_here[0] for n in range(block.first, block.last) if n not in claims})
