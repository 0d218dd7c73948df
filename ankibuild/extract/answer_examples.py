"""Japanese past-paper notes: a question paragraph answered by the paragraph right after it, which opens
with a model-answer label:

    ### 設問1
    (1) 本文中の〔 a 〕に入れる適切な字句を答えよ。

    **解答例：** DHCPリレーエージェント

    (2) 原因を25字以内で述べよ。

    **解答例：** リレーの設定がなかったから

1. **An item** is a free paragraph followed by a paragraph opening with a model-answer label (`解答例：`,
   `**解答例：**`, `**模範解答**：`, `解答：`, `正解：`, `参考解答：`), a colon after the label required. The
   paragraph is the front, its sub-question number (`(1)`, `（2）`, `①`, `問3`) dropped, whatever it ends
   with (past-paper prompts are orders: 述べよ, 答えよ, 選べ).
2. **The back** is the label paragraph without its label, with the blocks under it (a note, a list, code)
   up to the next item, heading or thematic break.
3. Two labelled answers are needed. Where they sit under numbered headings of one level (`### 設問1`,
   `### 設問2`), a heading of that level named alike (`### 設問3`) whose body is a question paragraph over
   nothing, a placeholder or a single note in brackets (`（未解答。あとでやる）`) is reported `unanswered`
   with the question.

Context: the titles of the sections above the item.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason, note_to_self_reason, without_navigation
from .document import Document, Section, free_blocks_of, lazy_pattern, may_open_a_line

CONVENTION = "answer-example"

# The first words (`document.line_heads`) of a label line.
_WORDS = ("解答", "正解", "模範", "参考", "參考")
# `**解答例：**`, `**模範解答**：`, `解答：`: a model-answer label opening a paragraph, its colon required.
# Or the label in lenticular brackets, which close it without a colon: `**【解答】**`, `【解答例】`.
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?:(?P<b>\*\*|__)?(?:模範|参考|參考)?(?:解答例|解答|正解)"
    r"[ \t]*(?:[:：][ \t]*(?(b)(?P=b))|(?(b)(?P=b))[ \t]*[:：])"
    r"|(?P<k>\*\*|__)?【[ \t]*(?:模範|参考|參考)?(?:解答例|解答|正解)[ \t]*】[ \t]*[:：]?[ \t]*(?(k)(?P=k))[ \t]*[:：]?)[ \t]*"
)
# `金額は計算中…（…）TODO`: a back whose last line ends with the capital marker of work still to do.
_UNFINISHED = lazy_pattern(r"(?:TODO|TBD|FIXME)[\W_]*\Z")
# `(1)`, `（2）`, `①`, `問3`, `3.`: a sub-question's number before its text.
_NUMBER = lazy_pattern(r"^[ \t]*(?:[(（][ \t]*\d{1,2}[ \t]*[)）]|[①-⑳]|問[ \t]*\d{1,2}[ \t]*[.．:：]?|\d{1,2}[.．)）])[ \t]*")
# `（未解答。あとでやる）`: a single note in brackets where the answer goes.
_BRACKET_NOTE = lazy_pattern(r"^[*_]{0,2}(?:（[^（）\n]{1,80}）|\([^()\n]{1,80}\))[*_]{0,2}$")
_DIGITS = lazy_pattern(r"[0-9０-９]+")
_STOP_KINDS = ("heading", "hr")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question paragraphs answered by a model-answer paragraph (see the module docstring)."""
    if not may_open_a_line(doc, _WORDS):
        return RuleResult()
    free = free_blocks_of(doc, taken, ("paragraph",))
    labels = [index for index in free if _LABEL.match(doc.lines[doc.blocks[index].first])]
    if len(labels) < _MIN_ANSWERED:
        return RuleResult()
    free_set = set(free)
    label_set = set(labels)
    items = [index - 1 for index in labels if index - 1 in free_set and index - 1 not in label_set]
    if len(items) < _MIN_ANSWERED:
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
        end = _end(doc, taken, index + 1, starts)
        body = doc.text(doc.blocks[index + 1].first, doc.blocks[end - 1].last).strip()
        label = _LABEL.match(body)
        assert label is not None
        answer = body[label.end() :].strip()
        block_card(doc, CONVENTION, index, doc.blocks[end - 1].last, question, answer, _answer_reason(answer), made)
    answered = {s.block: s for index in items if (s := doc.section_of_block(index)) is not None}
    if len(answered) >= _MIN_ANSWERED:
        _unanswered_siblings(doc, taken, tuple(answered.values()), made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_reason(answer: str) -> str | None:
    """Why the labelled ANSWER is none: empty, a note to self (`（あとで書く）`) or a worked answer left off
    with a `TODO` at its end; None when it answers."""
    reason = empty_reason(answer)
    if reason is not None:
        return reason
    text = without_navigation(answer).strip()
    if not text:
        return "no answer"
    if (reason := note_to_self_reason(text)) is not None:
        return reason
    return "placeholder" if _UNFINISHED.search(text) else None


def _question(doc: Document, index: int) -> str:
    text = doc.block_text(index).strip("\n")
    text = _NUMBER.sub("", text, count=1)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _end(doc: Document, taken: Mapping[int, str], label: int, starts: set[int]) -> int:
    """The index of the first block after the label paragraph LABEL that is not its answer's."""
    blocks = doc.blocks
    end = label + 1
    while end < len(blocks):
        block = blocks[end]
        if end in starts or block.kind in _STOP_KINDS or block.first in taken:
            break
        end += 1
    return end


def _stem(title: str) -> str:
    return _DIGITS.sub("#", title.strip())


def _unanswered_siblings(
    doc: Document,
    taken: Mapping[int, str],
    answered: tuple[Section, ...],
    made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
) -> None:
    """The question of a heading named like the answered ones whose body holds no answer (see the module
    docstring)."""
    stems = {(s.level, _stem(s.title)) for s in answered if _DIGITS.search(s.title)}
    done = {s.block for s in answered}
    blocks = doc.blocks
    for section in doc.sections:
        if section.block in done or (section.level, _stem(section.title)) not in stems:
            continue
        body = section.body
        for n, index in enumerate(body):
            if blocks[index].kind == "hr":
                body = body[:n]
                break
        if not body or blocks[body[0]].kind != "paragraph" or len(body) > 2:
            continue
        last = blocks[body[-1]].last
        if not taken.keys().isdisjoint(range(blocks[body[0]].first, last)):
            continue
        rest = doc.text(blocks[body[1]].first, last).strip() if len(body) == 2 else ""
        if rest and (blocks[body[1]].kind != "paragraph" or _LABEL.match(rest)):
            continue
        reason = _missing_reason(rest)
        question = _question(doc, body[0])
        if reason is not None and question:
            block_card(doc, CONVENTION, body[0], last, question, "", reason, made)


def _missing_reason(text: str) -> str | None:
    """Why TEXT, under a question, is no answer; None when it may be one."""
    if not text:
        return "no answer"
    reason = empty_reason(text) or note_to_self_reason(text)
    if reason is None and _BRACKET_NOTE.match(without_navigation(text).strip()):
        reason = "placeholder"
    return reason
