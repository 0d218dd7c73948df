"""Label lines taking turns (`**Q:** …?` over `**A:** …`, `ചോദ്യം:` over `ഉത്തരം:`): the label lines of the
free paragraphs, block quotes and lists, their pairs, and which pairs of one label over another ask and answer
(see alternating_labels for the convention). Shared by the alternating-label rule, which cards the accepted
pairs, and the heading rule, which runs before it and weighs its own questions against them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from .document import Document, free_blocks, lazy_pattern
from .questions import LABEL_LINE, asks_in_burmese

_ASKS = ("?", "？", "؟", ";")
_ENDS_SENTENCE = (".", "。", "।", "!")
# What follows a question's end and is no part of it: emoji, stars, ticks.
_TRAILING_MARKS = lazy_pattern(r"[ \t]*[^\w\s\"'”»)\]`*_.?？!。]+$")
# What opens a line inside each kind of block that may hold label lines: nothing in a paragraph, a `>` in a
# block quote, a list marker or the indentation of an item's later lines in a list.
_PARAGRAPH = lazy_pattern(r"^")
_QUOTED = lazy_pattern(r"^[ \t]{0,3}>[ \t]?")
_LISTED = lazy_pattern(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+|^[ \t]+")
_INSIDE = {"paragraph": _PARAGRAPH, "blockquote": _QUOTED, "bullet_list": _LISTED, "ordered_list": _LISTED}


@dataclass(frozen=True, slots=True)
class Label:
    """One label line of a free paragraph."""

    line: int
    """Its source line."""
    key: str
    """The label, case-folded, without its number."""
    said: str
    """The text after the label."""
    block: int
    """The index of its paragraph."""
    colon: bool
    """True when the label may be an answer's: a colon ends it, or it has no number (not `**A2.**`)."""


def asking_blocks(doc: Document, taken: Mapping[int, str]) -> frozenset[int]:
    """The free blocks whose label lines the alternating-label rule would read as questions, for a
    rule earlier in the chain that weighs its own questions against them (the heading rule's asides)."""
    labels, _ = label_lines(doc, taken)
    if len(labels) < 4:
        return frozenset()
    pairs, alone = label_pairs(doc, labels)
    accepted = with_qualified(pairs, accepted_pairs(pairs))
    askers = {x for x, _ in accepted}
    asked = [ask for ask, answer in pairs if (ask.key, answer.key) in accepted]
    asked += [ask for ask in alone if ask.key in askers and asks(ask.said)]
    return frozenset(ask.block for ask in asked)


def label_lines(doc: Document, taken: Mapping[int, str]) -> tuple[list[Label], dict[int, str]]:
    """Every label line of the free paragraphs, block quotes and lists that open with one, in order, and
    the text of each line of those blocks inside its container (without its `>` or list marker; only the
    blocks whose first line may be a label are read: the others hold no line of a pair). (Late in
    the chain few blocks are free: their first lines alone are tried, the pattern only on those that
    `_may_label`.)"""
    found: list[Label] = []
    texts: dict[int, str] = {}
    lines = doc.lines
    blocks = doc.blocks
    for index in free_blocks(doc, taken):
        block = blocks[index]
        inside = _INSIDE.get(block.kind)
        if inside is None:
            continue
        if not _may_label(lines[block.first]):
            continue  # (what a line holds inside its container is the end of the line)
        held: list[Label] = []
        for n in range(block.first, block.last):
            text = lines[n] if inside is _PARAGRAPH else inside.sub("", lines[n], count=1)
            texts[n] = text
            if not held and n > block.first and not text.strip():
                continue
            match = LABEL_LINE.match(text) if not held or _may_label(text) else None
            if match is None or match.group("said").startswith("//"):
                if not held:
                    break  # a block that does not open with a label holds no pair
                continue  # `http://…` is no label
            said = match.start("said")
            # A period closes an answer's label only unnumbered (`**R.**`): `**A2.**` numbers a question.
            colon = ":" in match.group(0)[:said] or "：" in match.group(0)[:said] or match.group("num") is None
            colon = colon and match.group("pre") is None
            held.append(Label(n, match.group("label").casefold(), match.group("said").strip(), index, colon))
        found.extend(held)
    return found, texts


def _may_label(line: str) -> bool:
    """False only when LINE, or its end inside a block quote or list item, cannot be a label line: it
    holds no colon and no emphasis (the period of `**Frage 1.**` closes a label in emphasis only)."""
    return ":" in line or "：" in line or "*" in line or "_" in line


def label_pairs(doc: Document, labels: list[Label]) -> tuple[list[tuple[Label, Label]], list[Label]]:
    """Each label line with the next one, when that one follows it (in its paragraph, or opening the next
    paragraph) under another label; and the label lines left alone."""
    pairs: list[tuple[Label, Label]] = []
    alone: list[Label] = []
    n = 0
    while n < len(labels):
        ask = labels[n]
        after = labels[n + 1] if n + 1 < len(labels) else None
        if (
            after is not None
            and after.key != ask.key
            and after.colon
            and _follows(doc, ask, after)
            and not _pairs_in_its_block(doc, labels, n + 1)
        ):
            pairs.append((ask, after))
            n += 2
            continue
        alone.append(ask)
        n += 1
    return pairs, alone


def _pairs_in_its_block(doc: Document, labels: list[Label], n: int) -> bool:
    """True when label line N opens a block of its own whose next label line answers it under another label
    (`**C:** …?` over `**F:** …` in one paragraph): it pairs there, not with a label line above its block."""
    label = labels[n]
    after = labels[n + 1] if n + 1 < len(labels) else None
    return (
        label.line == doc.blocks[label.block].first
        and after is not None
        and after.block == label.block
        and after.key != label.key
        and after.colon
    )


def _follows(doc: Document, ask: Label, after: Label) -> bool:
    """True when AFTER is in ASK's paragraph or opens the paragraph right after it."""
    if after.block == ask.block:
        return True
    return after.block == ask.block + 1 and doc.blocks[after.block].first == after.line


def accepted_pairs(pairs: list[tuple[Label, Label]]) -> set[tuple[str, str]]:
    """The (asking label, answering label) of the pairs that make cards (see alternating_labels)."""
    count: Counter[tuple[str, str]] = Counter()
    asking: Counter[tuple[str, str]] = Counter()
    refused: set[tuple[str, str]] = set()
    for ask, answer in pairs:
        key = (ask.key, answer.key)
        count[key] += 1
        said = _TRAILING_MARKS.sub("", ask.said)
        if asks(ask.said):
            asking[key] += 1
        elif not said.endswith(_ENDS_SENTENCE):
            refused.add(key)
        if answer.said.endswith(_ASKS):
            refused.add(key)
    turned = {(y, x) for x, y in count}
    return {
        key
        for key, n in count.items()
        if n >= 2 and asking[key] >= 2 and 3 * asking[key] >= 2 * n and key not in refused and key not in turned
    }


def with_qualified(pairs: list[tuple[Label, Label]], accepted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """ACCEPTED, and the pairs whose asking label is an accepted one with a qualifier after it (`**Question
    for the exam:**` where `**Question 1.**` asks) over that label's answer label, once, asking or ordering."""
    if not accepted:
        return accepted
    more = {
        (ask.key, answer.key)
        for ask, answer in pairs
        if (ask.key, answer.key) not in accepted
        and any(ask.key.startswith(x + " ") and y == answer.key for x, y in accepted)
        and (asks(ask.said) or _TRAILING_MARKS.sub("", ask.said).endswith(_ENDS_SENTENCE))
        and not answer.said.endswith(_ASKS)
    }
    return accepted | more


def asks(said: str) -> bool:
    """True when a label line's text asks: it ends with a question mark (the marks after it aside), or asks in
    Burmese."""
    return _TRAILING_MARKS.sub("", said).endswith(_ASKS) or ("\u104b" in said and asks_in_burmese(said))


def opens_with_label(doc: Document, index: int) -> bool:
    """True when block INDEX is a list whose first item opens with a label line."""
    block = doc.blocks[index]
    inside = _INSIDE.get(block.kind)
    return inside is _LISTED and LABEL_LINE.match(inside.sub("", doc.lines[block.first], count=1)) is not None
