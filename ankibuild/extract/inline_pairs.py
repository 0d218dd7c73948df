"""A question and its answer on one line, each after a bold dotted letter, as Galician, Spanish and
Portuguese (`P.` pregunta / pergunta, `R.` resposta / respuesta), Italian (`D.` domanda, `R.` risposta) and
English (`Q.`, `A.`) revision notes write them:

    **P.** Que é a teoría das Ideas? **R.** A tese de que existen dous mundos …
    **Q.** What does a catalyst lower? **A.** The activation energy.

The question runs from its label to the answer label of its language later on the same line; the answer
runs from there to the end of the line's paragraph, or to the next question label opening a line of it.

A bold letter opens prose by accident, so the pair is required: only a document where some line holds both
labels around a question (a `?`, or a command word: `Define …`, `Explica …`) is read. There, a labelled question without its answer label, or whose answer is a placeholder
(`**R.** ✗`, `**A.** TODO`), is reported unanswered; a bold letter without an answer label over text
that does not ask is left to the other rules.

Runs before the dotted-pair rule, which reads `Q.` over an `A.` on a later line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, free_blocks_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question, without_marks

CONVENTION = "inline-pair"

_ANSWERS_FOR = {"P": "R", "D": "R", "Q": "A"}
"""A question letter and the answer letter of its languages."""
_Q_LABEL = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<q>[PDQ])\d{0,3}\.(?P=b)[ \t]+(?=\S)")
_A_LABEL = re.compile(r"[ \t](?P<b>\*\*|__)(?P<a>[RA])\d{0,3}\.(?P=b)(?:[ \t]+|$)")
_HEADS = ("p", "d", "q")
# Marks that stand for a missing answer in such a pair: a cross, a dash, a question mark.
_MISSING = re.compile(r"^[ \t]*(?:[✗✘×❌✕—–\-?…]+|\.{3})[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `**P.** question **R.** answer` lines in free paragraphs."""
    if not a_line_opens_with(doc, _HEADS):
        return RuleResult()  # no line opens with a `P`, `D` or `Q`: no label can open one
    starts = [i for i in free_blocks_of(doc, taken, ("paragraph",)) if _Q_LABEL.match(doc.lines[doc.blocks[i].first])]
    if not any(_asking_pair(doc.lines[n]) for i in starts for n in _label_lines(doc, i)):
        return RuleResult()  # no line holds both labels around a question: the pair is required
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in starts:
        block = doc.blocks[index]
        lines = _label_lines(doc, index)
        if any(_answer_line(doc, n) for n in range(block.first, block.last)):
            continue  # an answer label opening a later line: the dotted-pair rule's
        for pos, start in enumerate(lines):
            end = lines[pos + 1] if pos + 1 < len(lines) else block.last
            question, answer, labelled = _read(doc, start, end)
            if not question:
                continue
            loc = doc.loc(start)
            reason = _empty(answer)
            if reason is not None and not labelled and not is_question(question):
                continue  # a bold letter opening prose, with no answer label
            if reason is not None:
                diagnostics.append(unanswered(loc, question, reason if labelled else "no answer"))
                claims.update(claim(start, end, "unanswered"))
                continue
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(start, end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _label_lines(doc: Document, index: int) -> list[int]:
    """The lines of paragraph `index` that open with a question label."""
    block = doc.blocks[index]
    return [n for n in range(block.first, block.last) if _Q_LABEL.match(doc.lines[n])]


def _answer_label(line: str) -> re.Match[str] | None:
    """The answer label of the language of `line`'s question label, later on the line."""
    opening = _Q_LABEL.match(line)
    if opening is None:
        return None
    for found in _A_LABEL.finditer(line, opening.end()):
        if found["a"] in _ANSWERS_FOR[opening["q"]]:
            return found
    return None


def _asking_pair(line: str) -> bool:
    """Whether `line` holds both labels around a question (`?`, or a command word such as `Define`)."""
    found = _answer_label(line)
    opening = _Q_LABEL.match(line)
    return found is not None and opening is not None and is_question(line[opening.end() : found.start()].strip())


def _answer_line(doc: Document, n: int) -> bool:
    """Whether line `n` opens with a bold dotted answer letter (`**A.**` over its question)."""
    return _A_LABEL.match(" " + doc.lines[n].lstrip(" \t")) is not None


def _read(doc: Document, start: int, end: int) -> tuple[str, str, bool]:
    """(question, answer, whether an answer label answered it) of lines `start` to `end`."""
    line = doc.lines[start]
    opening = _Q_LABEL.match(line)
    assert opening is not None
    found = _answer_label(line)
    rest = [part.strip() for part in doc.lines[start + 1 : end]]
    if found is None:
        return without_marks(" ".join([line[opening.end() :].strip(), *rest]).strip()), "", False
    question = line[opening.end() : found.start()].strip()
    answer = "\n".join([line[found.end() :].strip(), *rest]).strip()
    return without_marks(question), answer, True


def _empty(answer: str) -> str | None:
    """Why an answer is none: empty, a mark standing for it (`✗`, `—`), or a placeholder."""
    if not answer:
        return "no answer"
    if _MISSING.match(answer):
        return "placeholder"
    return empty_reason(answer)
