"""Printed question cards (quiz-game cards, revision cards cut out of a sheet): the card's front lists its
questions, each opening with its own mark (a colour, a category symbol), and its back gives the answers in
one block, each after the same mark:

    ### Card 1 — front

    - 🟦 Which river flows through Vienna?
    - 🟥 In which year did the Berlin Wall fall?
    - 🟩 What gas do plants take in?

    **Card 1 — back**

    🟦 The Danube · 🟥 1989 ·
    🟩 Carbon dioxide

1. **The front** is a bulleted list of two items or more, each opening with a mark of symbols (emoji, with
   their variation selectors and joiners), a different mark each.
2. **The back** is the first paragraph or list after it, in the same section and before any rule (`---`),
   that opens with one of the front's marks and holds two of them at least; the blocks between (a label
   such as `**Card 1 — back**`) belong to the card. Each question's answer is the text after its mark, up
   to the next of the front's marks, without the separators around it (`·`, `•`, `|`, `;`).
3. **Unanswered.** A question whose mark the back leaves out, or whose answer is empty or a placeholder
   (`???`), is `unanswered`.

Read where two questions or more are answered so. A list of marked items with no such back (a legend, a
checklist with status emoji) is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, blocks_of_kind, list_items
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "printed-card"

_MIN_ANSWERED = 2
_MIN_QUESTIONS = 2
_MIN_MARKS_ON_BACK = 2
# `- 🟦 Which river …`: a bullet, then what follows it.
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?P<rest>.*)$")
# What a mark may hold beside symbols (skin tones among them): variation selectors, the zero-width joiner, the keycap.
_JOINERS = frozenset("\ufe0e\ufe0f\u200d\u20e3")
# `·`, `•`, `|`, `;`, `,`, `/`: what separates the answers of a back (a bullet, too, where the back is a list).
_SEPARATORS = " \t·•|;,/–—"
# ` -` closing an answer of a list: the bullet of the next item.
_NEXT_BULLET = re.compile(r"(?:\s[-*+])+\s*$")
_EMOJI_PLANE = (0x1F000, 0x1FAFF)
_BACK_KINDS = ("paragraph", "bullet_list")
_STOP_KINDS = ("heading", "hr")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from printed question cards (see the module docstring)."""
    if not _may_hold_marked_lists(doc):
        return RuleResult()  # no list opens with a mark: nearly every document
    cards: list[tuple[int, int, list[tuple[int, int, str, str | None]]]] = []  # list, back, items
    backs: set[int] = set()
    for index in blocks_of_kind(doc, "bullet_list"):
        if index in backs or not is_free(doc, taken, index):
            continue  # a card's back written as a marked list is no front of its own
        front = _front(doc, index)
        if front is None:
            continue
        back = _back(doc, taken, index, [mark for _, _, mark, _ in front])
        if back is None:
            continue
        backs.add(back)
        answers = _answers(doc.text(doc.blocks[back].first, doc.blocks[back].last), [mark for _, _, mark, _ in front])
        cards.append((index, back, [(first, last, question, answers.get(mark)) for first, last, mark, question in front]))
    answered = sum(1 for _, _, items in cards for *_, answer in items if answer is not None and empty_reason(answer) is None)
    if answered < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, back, items in cards:
        path = heading_path(doc, index)
        context, tags = tuple(clean_heading(p) for p in path), topic_tags(path)
        claims.update(claim(doc.blocks[index].last, doc.blocks[back].last, "card"))
        for first, last, question, answer in items:
            reason = empty_reason(answer) if answer is not None else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(first), question, reason))
                claims.update(claim(first, last, "unanswered"))
                continue
            drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer or "", context, tags))
            claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_marked_lists(doc: Document) -> bool:
    """False only when no bulleted list's first item opens with a mark: the front's first question does."""
    for index in blocks_of_kind(doc, "bullet_list"):  # none in many documents
        bullet = _BULLET.match(doc.lines[doc.blocks[index].first])
        if bullet is not None and _mark_of(bullet.group("rest")):
            return True
    return False


def _mark_of(text: str) -> str:
    """The mark that opens TEXT (its symbols and their joiners, up to a space), without its variation
    selectors; "" when TEXT opens otherwise."""
    end = 0
    while end < len(text) and (text[end] in _JOINERS or _is_symbol(text[end])):
        end += 1
    if end == 0 or end == len(text) or text[end] not in " \t":
        return ""
    return "".join(c for c in text[:end] if c not in "\ufe0e\ufe0f")


def _is_symbol(char: str) -> bool:
    """Whether CHAR is a symbol: of a symbol category, or in the emoji planes (emoji newer than the Python's
    Unicode tables, such as 🩷, read as unassigned there)."""
    return unicodedata.category(char) in ("So", "Sk") or _EMOJI_PLANE[0] <= ord(char) <= _EMOJI_PLANE[1]


def _front(doc: Document, index: int) -> list[tuple[int, int, str, str]] | None:
    """The items of list INDEX as (first line, line after it, mark, question) when each opens with a mark
    of its own and text after it, two at least; else None."""
    items: list[tuple[int, int, str, str]] = []
    for first, last in list_items(doc, doc.blocks[index]):
        bullet = _BULLET.match(doc.lines[first])
        if bullet is None:
            return None
        mark = _mark_of(bullet.group("rest"))
        if not mark:
            return None
        rest = bullet.group("rest")
        text = " ".join([rest[rest.find(" ") :].strip(), *(line.strip() for line in doc.lines[first + 1 : last])]).strip()
        if not text:
            return None
        items.append((first, last, mark, text))
    if len(items) < _MIN_QUESTIONS or len({mark for _, _, mark, _ in items}) < len(items):
        return None
    return items


def _back(doc: Document, taken: Mapping[int, str], index: int, marks: list[str]) -> int | None:
    """The block after list INDEX, in its section and before any rule, that opens with one of MARKS and
    holds two of them at least, or None."""
    for n in range(index + 1, len(doc.blocks)):
        block = doc.blocks[n]
        if block.kind in _STOP_KINDS or not is_free(doc, taken, n):
            return None
        if block.kind not in _BACK_KINDS:
            continue
        text = _unmarked(doc.text(block.first, block.last))
        opening = _BULLET.match(text.partition("\n")[0])
        head = (opening.group("rest") if opening else text).lstrip(" \t*_")
        if not any(head.startswith(mark) for mark in marks):
            if block.kind == "bullet_list" and _front(doc, n) is not None:
                return None  # the next card's front
            continue
        if sum(1 for mark in marks if mark in text) >= _MIN_MARKS_ON_BACK:
            return n
        return None
    return None


def _unmarked(text: str) -> str:
    """TEXT without variation selectors, as the marks are compared."""
    return text.replace("\ufe0f", "").replace("\ufe0e", "")


def _answers(back: str, marks: list[str]) -> dict[str, str]:
    """Each mark's answer on the BACK: the text after it up to the next of MARKS, separators trimmed."""
    text = _unmarked(back)
    found = sorted((at, mark) for mark in marks if (at := text.find(mark)) != -1)
    answers: dict[str, str] = {}
    for k, (at, mark) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(text)
        piece = text[at + len(mark) : end]
        words = " ".join(line.strip() for line in piece.splitlines() if line.strip())
        answers[mark] = _NEXT_BULLET.sub("", words).strip(_SEPARATORS)
    return answers
