"""Exam items labelled in lenticular brackets, as Chinese and Japanese case-study notes write them:

    **【问题1】**（6分）
    请说明 ATAM 方法的四个阶段分别是什么。

    **参考答案：**
    1. 场景和需求收集
    2. ……

    **【问题2】** 什么是缓存穿透？

    参考答案：查询一个不存在的数据……

1. **An item** is a free paragraph opening with a question label in lenticular brackets (`【问题1】`,
   `【题目】`, `【试题2】`, `【小题3】`, Japanese `【問1】`, `【設問2】`), bold or not, an optional score after
   it (`（6分）`, `(10 分)`, `［5点］`), then the question, on the same line or the next (a soft break).
   The label and score are not part of the front.
2. **The back** is what follows the item up to the next item, heading or thematic break: a paragraph
   opening with an answer label (`参考答案：`, `**参考答案：**`, `【参考答案】`, `答案：`, `解答例：`,
   `正解：`), its label dropped, with the list, table or code under it; or, without a label, the code,
   list, table or prose right under the item. A paragraph opening with another bracketed label
   (`【说明】`) after the item is the statement of what follows, not an answer: such an item is left alone.
   A line of the item's own paragraph opening with an answer label (a soft break after the question)
   starts the back there.
3. An item whose back is empty or a placeholder (`> TODO：待查`) is reported `unanswered` with its own line
   and the question. Two items are needed, so one bracketed line in prose is no card.

Context: the titles of the sections above the item.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason, unquote
from .document import Document, free_blocks_of, lazy_pattern, line_starts_holding, text_holds

CONVENTION = "bracket-question"

# `**【问题1】**（6分）`, `【問2】`: a bracketed question label opening a line, its score after it.
_ITEM = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)?【[ \t]*(?:问题|問題|问|問|题目|題目|试题|試題|小题|小題|设问|設問|题|題)"
    r"[ \t]*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[１-９][０-９]?)?[ \t]*】(?(b)(?P=b))"
    r"[ \t]*(?:[（(［\[][ \t]*\d{1,3}(?:\.\d)?[ \t]*(?:分|点|點|marks?|pts?)[ \t]*[）)］\]])?[ \t]*[:：]?[ \t]*",
    re.M,
)
# `参考答案：`, `**参考答案：**`, `【参考答案】`, `解答例：`: an answer label opening a paragraph; bracketed or
# followed by a colon, so that prose opening with the word `答案` is no label.
_ANSWER_WORD = r"(?:参考|參考|标准|標準|模范|模範|正确|正確)?(?:答案|解答例|解答|答え|正解|答)(?:要点|要點)?"
_ANSWER = lazy_pattern(
    r"^[ \t]{0,3}(?:(?P<b>\*\*|__)?【[ \t]*" + _ANSWER_WORD + r"[ \t]*】(?(b)(?P=b))[ \t]*[:：]?"
    r"|(?P<c>\*\*|__)?" + _ANSWER_WORD + r"[ \t]*(?:[:：][ \t]*(?(c)(?P=c))|(?(c)(?P=c))[ \t]*[:：]))[ \t]*"
)
# `【说明】`, `【背景】`: another bracketed label opening a paragraph (a statement, not an answer).
_OTHER_LABEL = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)?【")
_STOP_KINDS = ("heading", "hr")
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bracket-labelled exam items and their answers (see the module docstring)."""
    if not text_holds(doc, "【"):
        return RuleResult()
    text = doc.source.text
    if sum(1 for start in line_starts_holding(doc, "【") if _ITEM.match(text, start)) < _MIN_ITEMS:
        return RuleResult()
    free = free_blocks_of(doc, taken, ("paragraph",))
    items = [index for index in free if _ITEM.match(doc.lines[doc.blocks[index].first])]
    if len(items) < _MIN_ITEMS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    starts = set(items)
    for index in items:
        question = _question(doc, index)
        if not question:
            continue
        end = _end(doc, taken, index, starts)
        question, inline = _split_inline_answer(question)
        found = _answer(doc, index, end)
        if inline is not None:
            found = "\n\n".join(part for part in (inline, found or "") if part)
        if found is None or not question:
            continue
        last = doc.blocks[end - 1].last
        block_card(doc, CONVENTION, index, last, question, found, empty_reason(unquote(found)), made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question(doc: Document, index: int) -> str:
    text = doc.block_text(index).strip("\n")
    label = _ITEM.match(text)
    assert label is not None
    return "\n".join(line.strip() for line in text[label.end() :].split("\n")).strip()


def _split_inline_answer(question: str) -> tuple[str, str | None]:
    """The question without an answer-labelled line inside its paragraph (`参考答案：…` on the line after
    the question, a soft break away), and that answer without its label; None when no line is labelled."""
    lines = question.split("\n")
    for n, line in enumerate(lines[1:], start=1):
        label = _ANSWER.match(line)
        if label is not None:
            answer = "\n".join([line[label.end() :], *lines[n + 1 :]]).strip()
            return "\n".join(lines[:n]).strip(), answer
    return question, None


def _end(doc: Document, taken: Mapping[int, str], index: int, starts: set[int]) -> int:
    """The index of the first block after item INDEX that is not its answer's."""
    blocks = doc.blocks
    end = index + 1
    while end < len(blocks):
        block = blocks[end]
        if end in starts or block.kind in _STOP_KINDS or block.first in taken:
            break
        end += 1
    return end


def _answer(doc: Document, index: int, end: int) -> str | None:
    """The back of item INDEX from its blocks up to END, its answer label dropped; None when the item is
    followed by another bracketed label's statement."""
    if end == index + 1:
        return ""
    blocks = doc.blocks
    body = doc.text(blocks[index + 1].first, blocks[end - 1].last).strip()
    first = blocks[index + 1]
    if first.kind != "paragraph":
        return body
    label = _ANSWER.match(body)
    if label is not None:
        return body[label.end() :].strip()
    if _OTHER_LABEL.match(body):
        return None
    return body
