"""Dash dialogues: questions and answers written as the lines of a dialogue, each opening with a dialogue
dash, as oral-exam practice is rehearsed in the languages that print dialogue so (Greek, Russian, Spanish,
Polish, Hungarian …).

    — Qu'est-ce que l'anamnèse ?              — ¿Qué es un oligopolio?
    — Le ressouvenir des Idées.               — Un mercado con pocos oferentes.

1. **A pair** is a line opening with a dialogue dash (`—`, `―` or `–`, then a space) that asks (`?`, the
   Greek `;`, `？`, `؟`, or a question word) and the dash line right under it in the same paragraph: the
   question is the front, the reply the back, dashes dropped. A line without a dash continues the line
   above it. One paragraph may hold several pairs; every line of it must be such a pair's, each first line
   asking and no reply asking back, else the paragraph is a dialogue of another kind and left alone.
2. **Unanswered.** A reply that is only the dash (`—`), a placeholder (`???`, `;;;`, with an aside in
   brackets or not), or a question alone at the end of its paragraph is `unanswered`.
3. **A formula.** Riddles are told in a fixed exchange: a call and its response (`— Ngiyakuphica!` / `— Phica!`,
   `— Загадка!` / `— Кажи!`), then the riddle, then its answer. Where two paragraphs or more of four dash lines
   open with the same two turns, those turns are the formula, left off: the third line is the front whether it
   asks or not, the fourth the back.
4. Read where two pairs or more are answered.

Context: the cleaned heading path of the paragraph's section (document title excluded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, line_starts_holding, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "dash-dialogue"

_DASHES = "—―–"
# `— Ποια είναι …;`, `— ` alone: a dialogue line, the dash opening it (up to three spaces before it).
_DASH_LINE = lazy_pattern(r"^[ \t]{0,3}[—―–](?:[ \t]+|$)")
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}[—―–](?:[ \t]|$)", re.M)
# A line's own end mark of a question: `?`, `？`, `؟`, the Greek question mark (its own code point, or the
# semicolon that stands for it in Greek text: `_GREEK`), closing quotes or brackets after it allowed.
_ASKS = lazy_pattern(r"[?？؟;][ \t]*[»”\"')\]*_]*[ \t]*$")
_SEMICOLON_ASKS = lazy_pattern(r";[ \t]*[»”\"')\]*_]*[ \t]*$")
_GREEK = lazy_pattern(r"[\u0370-\u03ff\u1f00-\u1fff]")
_MIN_ANSWERED = 2
# A riddle's opening exchange (`— I have a riddle!` / `— Tell it!`): the two turns every riddle opens with.
_FORMULA_TURNS = 2

Pair = tuple[int, str, str]
"""(line of the question, question, reply as written: empty when the dash stands alone)"""


def _may_hold_dash_lines(doc: Document) -> bool:
    """False only when no line opens with a dialogue dash: a search at the lines holding a dash."""
    return bool(line_starts_holding(doc, _DASHES)) and search_lines_holding(doc, _PRECHECK, _DASHES)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the question and reply lines of dash dialogues (see the module docstring)."""
    if not _may_hold_dash_lines(doc):
        return RuleResult()  # no line opens with a dialogue dash: nearly every document
    found: dict[int, list[Pair]] = {}
    opened: dict[tuple[str, str], list[int]] = {}  # the two opening turns of a paragraph read as no drill → its index
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not _DASH_LINE.match(doc.lines[block.first]) or not is_free(doc, taken, index):
            continue
        pairs = _pairs(doc, index)
        if pairs:
            found[index] = pairs
        elif pairs is None:
            turns = _turns(doc, index)
            if len(turns) == _FORMULA_TURNS + 2:
                opened.setdefault((_said(turns[0]), _said(turns[1])), []).append(index)
    for indexes in opened.values():
        if len(indexes) >= _MIN_ANSWERED:  # the same opening exchange in two paragraphs or more: a formula
            for index in indexes:
                (line, asked), (_, replied) = _turns(doc, index)[_FORMULA_TURNS:]
                found[index] = [(line, " ".join(part for part in asked if part), "\n".join(replied).strip())]
    found = dict(sorted(found.items()))
    if sum(1 for pairs in found.values() for _, _, reply in pairs if reply and empty_reason(reply) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, pairs in found.items():
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        outcome = "unanswered"
        for line, question, reply in pairs:
            reason = empty_reason(reply) if reply else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), question, reason))
                continue
            drafts.append(CardDraft(doc.loc(line), CONVENTION, question, reply, context, topic_tags(path)))
            outcome = "card"
        block = doc.blocks[index]
        claims.update(claim(block.first, block.last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _turns(doc: Document, index: int) -> list[tuple[int, list[str]]]:
    """(line, text lines) of each dash line of a paragraph that opens with one, continuations joined."""
    block = doc.blocks[index]
    turns: list[tuple[int, list[str]]] = []
    for n in range(block.first, block.last):
        source = doc.lines[n]
        dash = _DASH_LINE.match(source)
        if dash is not None:
            turns.append((n, [source[dash.end() :].strip()]))
        else:
            turns[-1][1].append(source.strip())  # the paragraph opens with a dash line
    return turns


def _said(turn: tuple[int, list[str]]) -> str:
    """What a turn says, case-folded and without its spacing and closing marks, to compare turns."""
    return " ".join(" ".join(turn[1]).split()).rstrip("!.…?？ ").casefold()


def _pairs(doc: Document, index: int) -> list[Pair] | None:
    """The question-and-reply pairs of a paragraph made of dialogue lines, or None when it is not one."""
    turns = _turns(doc, index)
    pairs: list[Pair] = []
    for k in range(0, len(turns), 2):
        line, asked = turns[k]
        question = " ".join(part for part in asked if part)
        if not question or not _asks(question):
            return None
        reply = "\n".join(turns[k + 1][1]).strip() if k + 1 < len(turns) else ""
        if reply and _asks_by_mark(reply.splitlines()[-1]) and empty_reason(reply) is None:
            return None  # a reply that asks back: a conversation, not a drill
        pairs.append((line, question, reply))
    return pairs


def _asks_by_mark(text: str) -> bool:
    """A line that ends with a question mark of its script (`_ASKS`; a semicolon only in Greek text)."""
    return bool(_ASKS.search(text)) or bool(_SEMICOLON_ASKS.search(text) and _GREEK.search(text))


def _asks(text: str) -> bool:
    """A line that ends as a question (`_asks_by_mark`) or asks with a question word."""
    return _asks_by_mark(text) or is_question(text)
