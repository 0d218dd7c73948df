"""Alternating labels: two short labels of any language taking turns through a document, the first one's
lines asking, the second one's answering.

    **C:** Cad is ainm duit?
    **F:** Aoife is ainm dom.

    ചോദ്യം: ഭരണഘടനയുടെ ശില്പി?
    ഉത്തരം: ഡോ. ബി.ആർ. അംബേദ്കർ

    **Frage 1.** Wann begann der Krieg?
    *Antwort:* 1914.

No list of label words: the shape decides. A **label line** opens with a label of one to three short words
(any script, a number may follow it, then maybe who speaks in brackets: `**T (Rina):**`), plain or in
emphasis, then `:` / `：` (or, emphasised, `.`:
`**Pyetja 1.**`, `**P.**`), then its text. Within the free paragraphs, block quotes and lists that open with
one (read inside their `>` and list markers), a label line followed by the next label line with another
label, on the next lines of its block or opening the next paragraph, is a **pair**.
The pairs of one label over another are cards when

1. there are two of them or more, the first label's lines asking: two thirds of them or more end with a
   question mark, the others end as a sentence does (an imperative, `Describe the cycle.`);
2. no line of the second label asks (a dialogue, whose speakers ask each other, is no drill), and neither
   label takes the other's turn in another pair (`A:` over `B:` and `B:` over `A:`: a conversation).

A label that is an accepted asking label with a qualifier after it (`**Question for the exam:**` where `**Question
1.**` asks) pairs with that label's answer label too, once being enough.

A glossary's labels (`**Term:** …`) differ on every line and never pair twice. The question is the first
label's text (and its paragraph's lines up to the second label); the answer the second's, to the next label
line of its paragraph or the paragraph's end, then the lists, code, math and tables right under it (`*Answer:*`
alone over a bullet list). An empty answer, a dash, or a note in parentheses about the answer (`(didn't know
it, the examiner moved on)`, `*(still to write)*`) leaves the question `unanswered`; so does an asking line
of the first label that nothing answers.

Context: the cleaned heading path of the pair's section (document title excluded).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, free_blocks, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import LABEL_LINE, asks_in_burmese, clean_question

CONVENTION = "alternating-label"

_ASKS = ("?", "？", "؟", ";")
_ENDS_SENTENCE = (".", "。", "।", "!")
# What follows a question's end and is no part of it: emoji, stars, ticks.
_TRAILING_MARKS = lazy_pattern(r"[ \t]*[^\w\s\"'”»)\]`*_.?？!。]+$")
# An answer that says there is none: a dash or an ellipsis alone, or one note in parentheses (in emphasis
# or not) about the answer, several words long.
_DASH = lazy_pattern(r"^[\s\-–—…?？.*_]*$")
_ASIDE = lazy_pattern(r"^(?P<e>\*\*|\*|_)?[(（][^()（）]*\S\s+\S+\s+\S[^()（）]*[)）](?(e)(?P=e))$")
# What opens a line inside each kind of block that may hold label lines: nothing in a paragraph, a `>` in a
# block quote, a list marker or the indentation of an item's later lines in a list.
_PARAGRAPH = lazy_pattern(r"^")
_QUOTED = lazy_pattern(r"^[ \t]{0,3}>[ \t]?")
_LISTED = lazy_pattern(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+|^[ \t]+")
_INSIDE = {"paragraph": _PARAGRAPH, "blockquote": _QUOTED, "bullet_list": _LISTED, "ordered_list": _LISTED}
_UNDER = ("bullet_list", "ordered_list", "fence", "code_block", "math_block", "table")


@dataclass(frozen=True, slots=True)
class _Label:
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


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from two labels taking turns as question and answer (see the module docstring)."""
    labels, texts = _label_lines(doc, taken)
    if len(labels) < 4:
        return RuleResult()
    pairs, alone = _pairs(doc, labels)
    accepted = _with_qualified(pairs, _accepted(pairs))
    if not accepted:
        return RuleResult()
    askers = {x for x, _ in accepted}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    ends = _label_ends(doc, labels)
    for ask, answer in pairs:
        if (ask.key, answer.key) in accepted:
            _card(doc, taken, texts, (ask, answer), ends[answer.line], drafts, diagnostics, claims)
    for ask in alone:
        if ask.key in askers and _asks(ask.said):
            question = _question(doc, texts, ask, None)
            diagnostics.append(unanswered(doc.loc(ask.line), question, None))
            claims.update(claim(ask.line, ends[ask.line], "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def asking_blocks(doc: Document, taken: Mapping[int, str]) -> frozenset[int]:
    """The free blocks whose label lines this rule would read as questions (see the module docstring), for a
    rule earlier in the chain that weighs its own questions against them (the heading rule's asides)."""
    labels, _ = _label_lines(doc, taken)
    if len(labels) < 4:
        return frozenset()
    pairs, alone = _pairs(doc, labels)
    accepted = _with_qualified(pairs, _accepted(pairs))
    askers = {x for x, _ in accepted}
    asked = [ask for ask, answer in pairs if (ask.key, answer.key) in accepted]
    asked += [ask for ask in alone if ask.key in askers and _asks(ask.said)]
    return frozenset(ask.block for ask in asked)


def _label_lines(doc: Document, taken: Mapping[int, str]) -> tuple[list[_Label], dict[int, str]]:
    """Every label line of the free paragraphs, block quotes and lists that open with one, in order, and
    the text of each line of those blocks inside its container (without its `>` or list marker; only the
    blocks whose first line may be a label are read: the others hold no line of a pair). (Late in
    the chain few blocks are free: their first lines alone are tried, the pattern only on those that
    `_may_label`.)"""
    found: list[_Label] = []
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
        held: list[_Label] = []
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
            held.append(_Label(n, match.group("label").casefold(), match.group("said").strip(), index, colon))
        found.extend(held)
    return found, texts


def _may_label(line: str) -> bool:
    """False only when LINE, or its end inside a block quote or list item, cannot be a label line: it
    holds no colon and no emphasis (the period of `**Frage 1.**` closes a label in emphasis only)."""
    return ":" in line or "：" in line or "*" in line or "_" in line


def _pairs(doc: Document, labels: list[_Label]) -> tuple[list[tuple[_Label, _Label]], list[_Label]]:
    """Each label line with the next one, when that one follows it (in its paragraph, or opening the next
    paragraph) under another label; and the label lines left alone."""
    pairs: list[tuple[_Label, _Label]] = []
    alone: list[_Label] = []
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


def _pairs_in_its_block(doc: Document, labels: list[_Label], n: int) -> bool:
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


def _follows(doc: Document, ask: _Label, after: _Label) -> bool:
    """True when AFTER is in ASK's paragraph or opens the paragraph right after it."""
    if after.block == ask.block:
        return True
    return after.block == ask.block + 1 and doc.blocks[after.block].first == after.line


def _accepted(pairs: list[tuple[_Label, _Label]]) -> set[tuple[str, str]]:
    """The (asking label, answering label) of the pairs that make cards (see the module docstring)."""
    count: Counter[tuple[str, str]] = Counter()
    asking: Counter[tuple[str, str]] = Counter()
    refused: set[tuple[str, str]] = set()
    for ask, answer in pairs:
        key = (ask.key, answer.key)
        count[key] += 1
        said = _TRAILING_MARKS.sub("", ask.said)
        if _asks(ask.said):
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


def _with_qualified(pairs: list[tuple[_Label, _Label]], accepted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """ACCEPTED, and the pairs whose asking label is an accepted one with a qualifier after it (`**Question
    for the exam:**` where `**Question 1.**` asks) over that label's answer label, once, asking or ordering."""
    if not accepted:
        return accepted
    more = {
        (ask.key, answer.key)
        for ask, answer in pairs
        if (ask.key, answer.key) not in accepted
        and any(ask.key.startswith(x + " ") and y == answer.key for x, y in accepted)
        and (_asks(ask.said) or _TRAILING_MARKS.sub("", ask.said).endswith(_ENDS_SENTENCE))
        and not answer.said.endswith(_ASKS)
    }
    return accepted | more


def _asks(said: str) -> bool:
    return _TRAILING_MARKS.sub("", said).endswith(_ASKS) or ("\u104b" in said and asks_in_burmese(said))


def _label_ends(doc: Document, labels: list[_Label]) -> dict[int, int]:
    """For each label line, the line after its text: the next label line of its paragraph, else the
    paragraph's end."""
    ends: dict[int, int] = {}
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        same = after is not None and after.block == label.block
        ends[label.line] = after.line if same and after is not None else doc.blocks[label.block].last
    return ends


def _question(doc: Document, texts: Mapping[int, str], ask: _Label, answer: _Label | None) -> str:
    end = answer.line if answer is not None and answer.block == ask.block else doc.blocks[ask.block].last
    text = " ".join([ask.said, *(texts[n].strip() for n in range(ask.line + 1, end))]).strip()
    return clean_question(text)[0]


def _card(
    doc: Document,
    taken: Mapping[int, str],
    texts: Mapping[int, str],
    pair: tuple[_Label, _Label],
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The card (or the `unanswered` report) of one accepted pair."""
    ask, answer = pair
    question = _question(doc, texts, ask, answer)
    lines = [answer.said, *(texts[n] for n in range(answer.line + 1, end))]
    last = end
    if end == doc.blocks[answer.block].last and doc.blocks[answer.block].kind == "paragraph":
        index = answer.block + 1
        while index < len(doc.blocks) and doc.blocks[index].kind in _UNDER and doc.blocks[index].first >= last:
            block = doc.blocks[index]
            if not is_free(doc, taken, index) or _opens_with_label(doc, index):
                break  # claimed, or a list of label lines of its own
            lines.extend(doc.lines[last : block.last])
            last = block.last
            index += 1
    text = "\n".join(lines).strip()
    loc = doc.loc(ask.line)
    reason = _placeholder(text)
    if reason is not None:
        diagnostics.append(unanswered(loc, question, reason))
        claims.update(claim(ask.line, last, "unanswered"))
        return
    path = heading_path(doc, ask.block)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, question, text, context, topic_tags(path)))
    claims.update(claim(ask.line, last, "card"))


def _opens_with_label(doc: Document, index: int) -> bool:
    """True when block INDEX is a list whose first item opens with a label line."""
    block = doc.blocks[index]
    inside = _INSIDE.get(block.kind)
    return inside is _LISTED and LABEL_LINE.match(inside.sub("", doc.lines[block.first], count=1)) is not None


def _placeholder(text: str) -> str | None:
    """Why an answer is none, or None when it is one."""
    if _DASH.match(text):
        return "no answer" if not text.strip() else "placeholder"
    if "\n" not in text and _ASIDE.match(text):
        return "placeholder"
    return empty_reason(text)
