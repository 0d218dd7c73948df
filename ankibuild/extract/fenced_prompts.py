"""Prompts copied verbatim into a prose fence, each answered by a labelled answer under it:

    ## Card 4 · Law

    ```text
    EXAM CARD
    May a landlord keep a deposit for normal wear and tear? Explain.
    ```

    **My answer:**
    - No: only damage beyond ordinary use …

Interview and oral-exam notes keep each prompt exactly as it is handed out, in a fence of plain text (no info
string, or `text`, `txt`, `plain`), so that it reads as the card taped to the door. A top-level prose fence
(sentences, the last ending with `.`, `?` or `!`, not code) followed at once by a paragraph that opens with a
bold label ending with a colon (`**My answer:**`, `**Answer (rehearsed twice):**`, `**Meine Antwort:**`,
`**Mi respuesta:**`, whatever its words) is a card: the fence's text is the front, without a first line in
capitals alone that only names the card (`EXAM CARD`, `STATION`, `CONSIGNE`); the text after the label and
the blocks after it, up to the next heading, rule or fence, the back. An empty label, or one holding only a
note to self, leaves the prompt `unanswered`. A fence followed by anything else (an italic remark that the
station asks nothing) is left alone. Read where two such prompts or more carry the label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, build_answer, empty_reason
from .document import Document, block_kinds, free_blocks, lazy_pattern, may_open_a_line_with

CONVENTION = "fenced-prompt"

# What the answer label's line opens with (`document.marked_line_openings`): bold, or italics right before a
# letter (not a `* item` bullet).
_OPENING = lazy_pattern(r"^(?:\*\*|__|[*_][^\W\d_])", re.M)
_PROSE_INFO = frozenset({"", "text", "txt", "plain", "plaintext"})
_FENCE_OPEN = lazy_pattern(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)[^\n`]*$")
# `**My answer:**`, `**Answer (rehearsed twice):**`, `**Meine Antwort**:`, `*Decoded:*`: a bold or italic label
# closed by a colon.
_LABEL = lazy_pattern(r"^[ \t]{0,3}(?P<e>\*\*|__|\*|_)[^\W\d_][^*_\n]{0,48}?(?:[:：](?P=e)|(?P=e)[ \t]*[:：])[ \t]*")
# `**1.**`, `**12)**`: a paragraph that only numbers the item whose prompt is the fence under it.
_ITEM_NUMBER = lazy_pattern(r"^[ \t]{0,3}(?P<e>\*\*|__)\d{1,3}[.)]?(?P=e)[ \t]*$")
# A sentence's end: the prompt is prose, not code.
_SENTENCE_END = lazy_pattern(r"[.?!。？！…][\"'”’)]*$")
# Code, not prose: braces, a statement closed by `;`, a comment or prompt opening the line, an operator.
_CODE_MARKS = lazy_pattern(r"[{}]|;[ \t]*$|^\s*(?:#|//|\$ |>>> )|==|:=|=>|->|\w\(\)")
_MIN_WORDS = 5
_TITLE_WORDS_MAX = 4
_ENDS = frozenset({"heading", "hr", "fence"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from prose-fenced prompts answered by a bold label under them (see the module docstring)."""
    kinds = block_kinds(doc)
    if "fence" not in kinds or "paragraph" not in kinds:
        return RuleResult()  # a document without a fence: nearly every one
    if not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no line opens in bold, so no answer label
    free = set(free_blocks(doc, taken))
    blocks = doc.blocks
    found: list[tuple[int, str]] = []
    for index in sorted(free):
        if blocks[index].kind != "fence" or index + 1 not in free or blocks[index + 1].kind != "paragraph":
            continue
        if _LABEL.match(doc.lines[blocks[index + 1].first]) is None:
            continue
        prompt = _prompt(doc, index, numbered=_numbered(doc, index, free))
        if prompt is not None:
            found.append((index, prompt))
    if len(found) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, prompt in found:
        label = index + 1
        text = doc.block_text(label).strip()
        opening = _LABEL.match(text)
        said = text[opening.end() :].strip() if opening else text
        end = label + 1
        while end < len(blocks) and end in free and blocks[end].kind not in _ENDS and not _numbered(doc, end + 1, free):
            end += 1  # up to the next heading, rule or fence, or the number of the next item
        rest = build_answer(doc, list(range(label + 1, end))).markdown.strip() if end > label + 1 else ""
        answer = "\n\n".join(p for p in (said, rest) if p)
        reason = empty_reason(answer) if answer else "no answer"
        if reason is None and not rest:
            reason = empty_reason(" ".join(said.split()))  # a wrapped note to self reads as one line
        at = blocks[index - 1].first if _numbered(doc, index, free) else None  # the item's number goes with it
        block_card(doc, CONVENTION, index, blocks[end - 1].last, prompt, answer, reason, (drafts, diagnostics, claims), at)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _numbered(doc: Document, index: int, free: set[int]) -> bool:
    """The fence at INDEX sits right under a free paragraph that only numbers it (`**1.**`)."""
    above = index - 1
    return (
        above in free
        and doc.blocks[above].kind == "paragraph"
        and doc.blocks[above].last - doc.blocks[above].first == 1
        and _ITEM_NUMBER.match(doc.lines[doc.blocks[above].first]) is not None
    )


def _prompt(doc: Document, index: int, *, numbered: bool = False) -> str | None:
    """The prose a fence holds, its capitals-only title line left off, or None when it is no prose fence.
    Under an item's number (NUMBERED) the text need not end a sentence: a report or a line of data to read
    (`METAR EGLL 121250Z …`, a chess position) is the item's prompt as a sentence would be."""
    block = doc.blocks[index]
    opening = _FENCE_OPEN.match(doc.lines[block.first])
    if opening is None or opening.group("info").lower() not in _PROSE_INFO:
        return None
    mark = opening.group("mark")
    lines = [doc.lines[n].strip() for n in range(block.first + 1, block.last)]
    if lines and lines[-1].startswith(mark[0] * 3):
        lines.pop()
    lines = [line for line in lines if line]
    if lines and _is_title(lines[0]) and len(lines) > 1:
        lines = lines[1:]
    text = " ".join(lines)
    if len(text.split()) < _MIN_WORDS or not (numbered or _SENTENCE_END.search(text)) or any(_CODE_MARKS.search(line) for line in lines):
        return None
    return text


def _is_title(line: str) -> bool:
    """True for a short line in capitals alone (`EXAM CARD`): the name of the card, not its prompt."""
    words = line.split()
    return 0 < len(words) <= _TITLE_WORDS_MAX and line.isupper() and not _SENTENCE_END.search(line)
