"""Anchored comments: word-processor documents converted to Markdown with their review comments kept
(`pandoc --track-changes=all`), where the teacher answered each question in a comment anchored on it:

    3.  [Rayleigh scattering: short wavelengths scatter most.]{.comment-start id="2"
        author="Ms. Ortega" date="2026-03-02T10:00:00Z"}Why is the sky blue?[]{.comment-end id="2"}

A comment opens with its text in a span marked `{.comment-start id=…}` and ends where an empty span marked
`{.comment-end id=…}` with the same id closes the text it is anchored on. The anchored text is the front (the
list item's number left off), the comment's text the back, its wrapped lines joined. Tracked insertions
(`[…]{.insertion …}`) are edits and read as text; tracked deletions are left out. Read in list items and
paragraphs, where two comments or more answer so. A comment that asks back (a sentence of it ends with a
question mark: `Yes, but when does it happen? See p. 54.`), or holds only a placeholder, is no answer: its
question is `unanswered`, and so is an item of a list holding such a comment that carries none. A reply
nested in the comment is no answer; spans with other classes and comments that anchor on nothing are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason
from .document import Document, block_kinds, closing_mark, text_holds
from .questions import clean_question

CONVENTION = "anchored-comment"

_MIN_ANSWERED = 2
# The attributes closing a span: `{.comment-start id="3" author="…" date="…"}`, possibly over several lines.
_ATTRIBUTES = re.compile(r"\{(?P<attrs>[^{}]*)\}")
_CLASS = re.compile(r"(?:^|\s)\.(?P<name>[\w-]+)")
_ID = re.compile(r"""(?:^|\s)id=(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))""")
# An ordered or bullet list item's mark, opening the item's first line.
_ITEM_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
# A sentence that asks: a question mark of any script closing it (`a ? b : c` in code asks nothing).
_ASKS_BACK = re.compile(r"(?<=\S)[?？؟][\"'”’)*_]*(?:\s|$)")
_KINDS = ("bullet_list", "ordered_list", "paragraph")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from texts answered by a review comment anchored on them."""
    if not text_holds(doc, ".comment-start"):
        return RuleResult()  # no comment span: nearly every document
    kinds = block_kinds(doc)
    if not any(kind in kinds for kind in _KINDS):
        return RuleResult()
    # (block, first line, last line, question, answer or None when the text carries no comment)
    found: list[tuple[int, int, int, str, str | None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind not in _KINDS or not is_free(doc, taken, index):
            continue
        if block.kind == "paragraph":
            entry = _entry(doc.block_text(index))
            if entry is not None and entry[1] is not None:
                found.append((index, block.first, block.last, *entry))
            continue
        items = list(_items(doc, index))
        if any(answer is not None for *_, answer in items):
            found.extend(items)
    if sum(1 for *_, answer in found if answer and empty_reason(answer) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, first, last, question, answer in found:
        reason = "no answer" if answer is None else empty_reason(answer) if answer else "asks back"
        block_card(doc, CONVENTION, index, last, question, answer or "", reason, (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _items(doc: Document, index: int) -> Iterator[tuple[int, int, int, str, str | None]]:
    """The top-level items of list block INDEX, each with its question and comment."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != level or not token.map:
            continue
        first, last = token.map
        while last > first + 1 and not doc.lines[last - 1].strip():
            last -= 1
        lines = list(doc.lines[first:last])
        lines[0] = _ITEM_MARK.sub("", lines[0], count=1)
        entry = _entry("\n".join(lines))
        if entry is not None:
            yield index, first, last, *entry


def _entry(text: str) -> tuple[str, str | None] | None:
    """The question of a text and the answer of the comment anchored on it: the anchored text and the
    comment's ("" when it asks back; None when the text carries no comment: then the whole text is the
    question); None when nothing is left to ask."""
    spans = list(_spans(text))
    ends = {ident: start for kind, ident, _, start, _ in spans if kind == "comment-end"}
    for kind, ident, body, _, end in spans:
        # The first comment closed in the text: a reply to it (pandoc nests it inside) is no answer.
        if kind == "comment-start" and ident in ends and ends[ident] >= end:
            question = _read(text[end : ends[ident]])
            answer = _read(body)
            if not question:
                return None
            return clean_question(question)[0], "" if _ASKS_BACK.search(answer) else answer
    question = _read(text)
    return (clean_question(question)[0], None) if question else None


def _read(text: str) -> str:
    """TEXT as a reader sees it once the edits are accepted: insertions kept as text, deletions and comment
    marks left out; its lines joined."""
    out: list[str] = []
    at = 0
    for kind, _, body, start, end in _spans(text):
        out.append(text[at:start])
        if kind == "insertion":
            out.append(_read(body))
        at = end
    out.append(text[at:])
    return " ".join("".join(out).split())


def _spans(text: str) -> Iterator[tuple[str, str, str, int, int]]:
    """The tracked-change spans of TEXT (`[body]{.class id=… …}`): their class, id, body, start and end."""
    at = 0
    while (start := text.find("[", at)) != -1:
        close = closing_mark(text, start + 1, "[", "]")
        if close is None:
            return
        attributes = _ATTRIBUTES.match(text, close + 1)
        if attributes is None:
            at = start + 1
            continue
        kind = _CLASS.search(attributes.group("attrs"))
        if kind is None or kind.group("name") not in ("comment-start", "comment-end", "insertion", "deletion"):
            at = start + 1
            continue
        ident = _ID.search(attributes.group("attrs"))
        name = (ident.group("quoted") or ident.group("bare") or "") if ident else ""
        yield kind.group("name"), name, text[start + 1 : close], start, attributes.end()
        at = attributes.end()
