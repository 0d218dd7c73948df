"""Keyword answers: a question under a bold numbered label, answered by the list under a keyword label, as
oral-exam preparation notes are written (the question drawn, then the key points to talk about):

    **Question 2 (part B):** Explain the causes of the 1929 crash.

    Key points:
    - margin buying and an overvalued market
    - bank failures, no deposit insurance

1. **The question** is a free paragraph opening with a bold label made of a question word
   (`questions.QUESTION_LABEL_WORDS`: `Question`, `Frage`, `Domanda`, `Pregunta` …), an optional number and
   an optional parenthesised qualifier (`(AB I)`, `(2019)`), then a colon inside or after the bold.
2. **The answer** is the next paragraph when its first line is a keyword label ending in a colon
   (`Stichworte:`, `Stichpunkte:`, `Notizen:`, `Keywords:`, `Key points:`, `Notes:`, `Punti chiave:`,
   `Palavras-chave:`, `Mots-clés:`, `Palabras clave:` …, in bold or italics or not): the list right under the
   label is the answer, the label dropped, or the text after the label on its line.

A placeholder after the label (`Stichworte: _noch ausarbeiten_`, `Key points: TODO`) is reported `unanswered`;
so, in a document with two answered questions, is a labelled question that asks with no answer after it (the
next block a heading, a rule, another labelled question, or none).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, unanswered
from .document import Document, a_line_opens_with, dedent, lazy_pattern, may_open_a_line_with
from .questions import QUESTION_LABEL_WORDS, is_question

CONVENTION = "keyword-answer"

_QUESTION = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?:" + QUESTION_LABEL_WORDS + r"|questão|questao|cuestión|quesito|leitfrage)"
    r"(?:[ \t]*[#№]?[ \t]*\d{1,3}[a-z]?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])"
    r"[ \t]*(?P<q>\S.*)$",
    re.I,
)
_KEYWORD_LABELS = (
    r"stichworte|stichwörter|stichpunkte|notizen|schlagworte|keywords?|key[ \t]+words|key[ \t]+points|keypoints"
    r"|key[ \t]+ideas|talking[ \t]+points|notes|punti[ \t]+chiave|parole[ \t]+chiave|appunti|palavras[ \t-]+chave"
    r"|pontos[ \t-]+chave|mots[ \t-]+cl[ée]s|points[ \t-]+cl[ée]s|id[ée]es[ \t-]+cl[ée]s|palabras[ \t-]+clave"
    r"|puntos[ \t-]+clave|ideas[ \t-]+clave|trefwoorden|kernpunten|ключевые[ \t]+слова|тезисы|anahtar[ \t]+kelimeler"
    r"|słowa[ \t]+kluczowe|klíčová[ \t]+slova|关键词|要点|키워드|요점"
)
# The cheap test: a line whose first word (`document.line_heads`) is the first word of a keyword label.
_LABEL_HEADS = (
    "stichworte", "stichwörter", "stichpunkte", "notizen", "schlagworte", "keyword", "keywords", "key",
    "keypoints", "talking", "notes", "punti", "parole", "appunti", "palavras", "pontos", "mots", "points",
    "idées", "idees", "palabras", "puntos", "ideas", "trefwoorden", "kernpunten", "ключевые", "тезисы",
    "anahtar", "słowa", "klíčová", "关键词", "要点", "키워드", "요점",
)  # fmt: skip
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}([*_]{0,2})(?:" + _KEYWORD_LABELS + r")[ \t]*(?:[:：]\1|\1[ \t]*[:：])[ \t]*(?P<rest>.*)$", re.I
)
# What a question line opens with after its spaces and tabs (`document.marked_line_openings`): the bold label.
_OPENING = lazy_pattern(r"^(?:\*\*|__)(?:" + QUESTION_LABEL_WORDS + r"|questão|questao|cuestión|quesito|leitfrage)", re.I | re.M)
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from labelled questions answered under a keyword label (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not a_line_opens_with(doc, _LABEL_HEADS) or not may_open_a_line_with(doc, _OPENING):
        return RuleResult()
    found = [
        item
        for index, block in enumerate(doc.blocks)
        if block.kind == "paragraph"
        and doc.lines[block.first].lstrip(" \t").startswith(("**", "__"))
        and (item := _item(doc, taken, index)) is not None
    ]
    if not any(end is not None for _, _, _, end in found):
        return RuleResult()
    answered = sum(1 for _, _, answer, end in found if end is not None and answer and empty_reason(answer) is None)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question, answer, end in found:
        if end is None:
            if answered >= _MIN_ANSWERED and is_question(question):
                block = doc.blocks[index]
                diagnostics.append(unanswered(doc.loc(block.first), question, "no answer"))
                claims.update(dict.fromkeys(range(block.first, block.last), "unanswered"))
            continue
        reason = empty_reason(answer) if answer else "no answer"
        block_card(doc, CONVENTION, index, end, question, answer, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, taken: Mapping[int, str], index: int) -> tuple[int, str, str, int | None] | None:
    """(question block, question, answer, end line of the answer or None when unanswered), or None."""
    blocks = doc.blocks
    block = blocks[index]
    if block.kind != "paragraph" or not is_free(doc, taken, index):
        return None
    match = _QUESTION.match(doc.lines[block.first])
    if match is None:
        return None
    question = " ".join([match.group("q").strip(), *(line.strip() for line in doc.lines[block.first + 1 : block.last])])
    after = index + 1
    if after >= len(blocks) or blocks[after].kind in ("heading", "hr"):
        return index, question, "", None
    nxt = blocks[after]
    label = _LABEL.match(doc.lines[nxt.first]) if nxt.kind == "paragraph" else None
    if label is None:
        if nxt.kind == "paragraph" and _QUESTION.match(doc.lines[nxt.first]):
            return index, question, "", None  # the next labelled question: this one has no answer
        return None
    if not is_free(doc, taken, after):
        return None
    rest = [label.group("rest").strip(), *(line.strip() for line in doc.lines[nxt.first + 1 : nxt.last])]
    answer = "\n".join(line for line in rest if line)
    end = nxt.last
    if not answer and after + 1 < len(blocks) and blocks[after + 1].kind in ("bullet_list", "ordered_list"):
        if not is_free(doc, taken, after + 1):
            return None
        answer = dedent(doc.lines[blocks[after + 1].first : blocks[after + 1].last]).strip()
        end = blocks[after + 1].last
    return index, question, answer, end
