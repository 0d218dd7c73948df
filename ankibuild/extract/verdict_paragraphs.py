"""Verdict paragraphs: true / false / uncertain review items, a statement in bold judged by the paragraph after it.

    **3. Enzymes are consumed by the reactions they catalyse.**

    **False.** An enzyme leaves the reaction unchanged and is used again.

gives one card: the statement on the front (without its number), the verdict paragraph on the back, the
verdict first (`**False.** An enzyme leaves …`). The verdict may be in bold or italics, its full stop inside
or after the emphasis, a mark or a dash after it (`**True** — …`, `**Uncertain** ⚠️. …`), in other languages
too (`Vrai`/`Faux`, `Verdadero`/`Falso`, `Richtig`/`Falsch`, `Đúng`/`Sai`, `Prawda`/`Fałsz` …); the blocks
after it up to the next heading, rule, comment or paragraph opening in bold belong to the answer.

**What counts.** A free paragraph that is wholly in bold (`**…**` or `__…__`), a statement of three words or
more ending with a full stop, question or exclamation mark (a number before it is dropped), followed by a
paragraph that opens with an emphasised verdict — or that statement as the first line of a paragraph and
the verdict opening the next line. A document needs two such judged statements at least; in it, a numbered
statement of the same form with no verdict after it (only a comment, the next statement, a heading) is a
question still to answer: reported unanswered. Read before the heading and topic rules, so that a section
made of such items (`## Part A. Consumer theory`) is their context, not a topic card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import answer_run_end, block_card
from .document import Document, free_blocks_of, lazy_pattern, may_open_emphasised

CONVENTION = "verdict-paragraph"

# The verdicts, as they are written: in lower case, capitalised or in capitals (`False`, `TRUE`, `Đúng`).
_WORDS = (
    "true", "false", "uncertain", "t", "f", "u", "partly true", "partly false", "partially true",
    "partially false", "mostly true", "mostly false", "correct", "incorrect", "vrai", "faux", "incertain",
    "verdadero", "falso", "incierto", "richtig", "falsch", "wahr", "unklar", "vero", "verdadeiro", "incerto",
    "waar", "onwaar", "niet waar", "sant", "usant", "sann", "falsk", "feil", "riktig", "rätt", "fel", "sandt",
    "tosi", "epätosi", "prawda", "fałsz", "pravda", "nepravda", "doğru", "yanlış", "benar", "salah", "đúng",
    "sai", "верно", "неверно", "правда", "ложь", "正确", "错误", "正確", "錯誤",
)  # fmt: skip
_VARIANTS = sorted({v for w in _WORDS for v in (w, w.capitalize(), w.title(), w.upper())}, key=len, reverse=True)
_VERDICT_WORDS = "|".join(re.escape(v) for v in _VARIANTS)
# Their first words as the precheck finds them (`document.may_open_emphasised`), as written and lowered.
_HEADS = frozenset(variant.split()[0].lower() for variant in _VARIANTS)


# `**False.** …`, `**True** — …`, `*Uncertain*. …`, `__Faux__ :` : the verdict alone in its emphasis (a mark
# after it inside), then the line's end, a space or a mark; never a longer bold phrase (`**True love**`).
_VERDICT = lazy_pattern(rf"^(?P<m>\*\*|__|\*|_)(?:{_VERDICT_WORDS})[ \t]*[.!:;,]?(?P=m)(?=$|[\s.!:;,—–(-]|[^\w*_])")
# A paragraph wholly in bold: a statement, its number dropped (`**1. If a good is inferior, …**`).
_STATEMENT = lazy_pattern(
    r"^(?P<m>\*\*|__)(?![ \t])(?P<number>\d{1,3}[.)][ \t]+)?(?P<text>(?:(?!\*\*|__).)+?[.!?。？！])(?<![ \t])(?P=m)[ \t]*$",
    re.S,
)
_MIN_WORDS = 3
_MIN_JUDGED = 2


def _statement(text: str) -> re.Match[str] | None:
    """TEXT (a paragraph, or its first line) as a bold statement (`_STATEMENT`) of a few words at least."""
    if not text.startswith(("**", "__")):
        return None
    match = _STATEMENT.match(text)
    if match is None or len(match.group("text").split()) < _MIN_WORDS:
        return None
    return match


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bold statements judged by the verdict paragraph after them (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not may_open_emphasised(doc, _HEADS):
        return RuleResult()  # no line opens with an emphasised verdict
    blocks = doc.blocks
    lines = doc.lines
    # (block index, statement, first line of the verdict or None, line where the answer ends)
    items: list[tuple[int, str, int | None, int]] = []
    numbered: list[bool] = []
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = blocks[index]
        if not lines[block.first].startswith(("**", "__")):
            continue
        whole = _statement(doc.text(block.first, block.last))
        if whole is None:
            head = _statement(lines[block.first])
            if head is not None and block.last - block.first > 1 and _VERDICT.match(lines[block.first + 1]):
                items.append((index, head.group("text"), block.first + 1, _answer_end(doc, taken, index + 1)))
                numbered.append(head.group("number") is not None)
            continue
        after = index + 1
        free = after < len(blocks) and taken.keys().isdisjoint(range(blocks[after].first, blocks[after].last))
        if free and blocks[after].kind == "paragraph" and _VERDICT.match(lines[blocks[after].first]):
            items.append((index, whole.group("text"), blocks[after].first, _answer_end(doc, taken, after + 1)))
        elif whole.group("number") is not None:
            end = block.last
            if free and blocks[after].kind == "html_block" and lines[blocks[after].first].lstrip().startswith("<!--"):
                end = blocks[after].last  # the note left where the answer goes
            items.append((index, whole.group("text"), None, end))
        else:
            continue
        numbered.append(whole.group("number") is not None)
    if sum(1 for item in items if item[2] is not None) < _MIN_JUDGED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for (index, statement, verdict, end), has_number in zip(items, numbered, strict=True):
        question = " ".join(statement.split())
        if verdict is None:
            if has_number:
                block_card(doc, CONVENTION, index, end, question, "", "no answer", (drafts, diagnostics, claims))
            continue
        answer = doc.text(verdict, end).strip()
        block_card(doc, CONVENTION, index, end, question, answer, None, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_end(doc: Document, taken: Mapping[int, str], start: int) -> int:
    """The line after the answer whose last certain block is `start - 1`: the blocks from START on join it
    up to the next heading, rule, comment, claimed block or paragraph opening in bold (the next item)."""
    return answer_run_end(doc, taken, start, lambda _block: True)
