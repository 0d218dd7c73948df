"""Open questions: a list of questions the writer has not answered yet, under a heading that says so.

    ## Open questions

    - How exactly does linezolid block the initiation complex?
    - Is daptomycin bactericidal against VRE in practice? ask in small group

A bullet or numbered list right under a heading titled as open questions (`Open questions`, `Questions to
ask`, `Unanswered questions`, `Still unclear`, `Offene Fragen`, `Preguntas abiertas`, `Questions ouvertes`,
`Domande aperte`, `Perguntas em aberto`, `Open vragen`, `Öppna frågor`, `Открытые вопросы`, `未解决的问题` …):
each item that asks is reported `unanswered`, its question cut after its last `?` (a note after it, `ask in
small group`, is no part of it). An item with a nested list (an answer found since) is left to the other
rules, which run first; the items that do not ask are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, has_free_blocks, lazy_pattern
from .outline import clean_heading
from .questions import clean_question, is_question

_OPEN_TITLE = lazy_pattern(
    r"^\W*(?:(?:open|unanswered|unresolved|remaining|outstanding|pending)\s+questions?|questions?\s+(?:to\s+ask|for\s+\w+(?:\s+\w+)?|i\s+still\s+have)|"
    r"things\s+to\s+ask|to\s+ask|still\s+unclear|unclear|"
    r"offene\s+fragen|ungekl[äa]rte\s+fragen|preguntas\s+(?:abiertas|pendientes)|questions?\s+ouvertes?|questions?\s+en\s+suspens|"
    r"domande\s+aperte|perguntas\s+(?:em\s+aberto|abertas)|open\s+vragen|[öo]ppna\s+fr[åa]gor|[åa]bne\s+sp[øo]rgsm[åa]l|"
    r"otwarte\s+pytania|otev[řr]en[ée]\s+ot[áa]zky|открытые\s+вопросы|нерешённые\s+вопросы|a[çc][ıi]k\s+sorular|"
    r"未解决的?问题|未解決の?(?:問題|疑問)|疑問点|미해결\s*질문)\W*$",
    re.I,
)
_ASKS = re.compile(r"[?？]")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the questions listed under an open-questions heading."""
    if not has_free_blocks(doc, taken, ("bullet_list", "ordered_list")):
        return RuleResult()  # it reads free lists only: late in the chain most documents have none left
    opened = [s for s in doc.sections if _OPEN_TITLE.match(clean_heading(s.title))]
    if not opened:
        return RuleResult()  # no heading names open questions: nearly every document
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section in opened:
        for index in section.body:
            block = doc.blocks[index]
            if block.kind not in ("bullet_list", "ordered_list") or not is_free(doc, taken, index):
                continue
            for first, last, text in _items(doc, index):
                question = _question(text)
                if question is None:
                    continue
                diagnostics.append(unanswered(doc.loc(first), question, None))
                claims.update(claim(first, last, "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)


def _items(doc: Document, index: int) -> list[tuple[int, int, str]]:
    """The list's own items that hold nothing nested (an item with something under it may hold its answer):
    first line, end line, text. One walk over the list's tokens."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    found: list[tuple[int, int, str]] = []
    span: tuple[int, int] | None = None
    text, nested = "", False
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map:
            if span is not None and text and not nested:
                found.append((span[0], span[1], text))
            span, text, nested = (token.map[0], token.map[1]), "", False
        elif span is None:
            continue
        elif token.type == "inline" and token.level == level + 2 and not text:
            text = token.content
        elif token.level > level and token.type in _NESTED:
            nested = True
    if span is not None and text and not nested:
        found.append((span[0], span[1], text))
    return found


_NESTED = frozenset({"bullet_list_open", "ordered_list_open", "fence", "code_block", "blockquote_open", "table_open"})


def _question(text: str) -> str | None:
    """The question an item asks, cut after its last `?`; None when it asks nothing."""
    text = " ".join(text.split())
    marks = list(_ASKS.finditer(text))
    if marks:
        text = text[: marks[-1].end()]
    question, _ = clean_question(text)
    return question if question and is_question(question) else None
