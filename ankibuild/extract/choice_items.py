"""Numbered multiple-choice items whose options stand one a line under the stem, without list markers,
and whose key follows in a paragraph of its own:

    **1.** The tricuspid valve lies between:
    A. the left atrium and the left ventricle
    B. the right atrium and the right ventricle
    C. the right ventricle and the pulmonary trunk

    Answer: **B**

The stem may end with `:` (a completion item) or `?`; the options are the lines `A.` … `F.` (or `A)`); the
key paragraph opens with an answer label (`Answer:`, `Ans.`, the labels `questions.ANSWER_LABEL` knows, and
`Răspuns:`, `Svar:`, `Válasz:`). The card's front is the stem, its back the options and the key. A key that
names no option letter (`Answer: *(not sure — check)*`) is a placeholder: the item is reported unanswered.

The same item is also read when its parts stand in paragraphs of their own (as exam papers in Chinese and
Spanish are copied): the bold-numbered stem alone, then the options (`A.` … or `a)` … one a line, or all on
one line set apart by wide spaces `A. 1　　B. 3`), then the key, with HTML comments between them left out. The
key may also read `【答案】A` (`【答】`, `【解】`, `答案：`, `参考答案：`, with `【解析】…` lines under it),
`Respuesta correcta: b)`, `Respuesta:`, `Solución:`, `Correcta:`, after a ✅ or ❓ mark and in bold or not.
A stem with no options at all is still an item when it asks (`?`, `:`, or a blank to fill in: `（ ）`, `( )`,
`____`) and its key paragraph follows: then any key that is not a placeholder answers it.

The number may also stand inside the bold stem (`**1. Which tissue carries water?**`, a marks note in brackets
after it), and the options may be lettered in Tamil (`அ) … ஆ) … இ) …`). In a paper of two such items at least,
a task whose stem neither asks nor holds a blank (`**10. Write the equation.**`) is an item too, answered by its
key paragraph and the blocks under it (a table, a list) up to the next stem, heading, rule or anchor; a key
that is only a note in brackets (`_(to write next week)_`) leaves it unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, options_only, unanswered
from .document import Document, lazy_pattern, may_open_a_line_with, next_block_past_comments, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, strip_dress

CONVENTION = "choice-item"

# The cheap test: a line that opens with an option letter right after a line that opens with a bold label.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)[^\n]*\n[ \t]{0,3}\(?[A-F][.)][ \t]", re.M)
_STEM = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d{1,3}[.):]?(?P=b)[ \t]*[.):]?[ \t]+(?P<stem>\S.*)$")
# What the lines that `_PRECHECK` and `_SPLIT_PRECHECK` match open with after their spaces and tabs
# (`document.line_openings`): an option line (`A.`, `(B)`), a bold numbered stem (`**3.**`, `**Question 12**`).
_OPTION_OPENING = lazy_pattern(r"^\(?[A-F][.)][ \t]", re.M)
_STEM_OPENING = lazy_pattern(r"^(?:\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d", re.M)
_MORE_LABELS = lazy_pattern(
    r"^\s*(?:\*\*|__)?(?:r[ăa]spuns(?:ul)?|svar|v[áa]lasz|vastaus)(?:\*\*|__)?[ \t]*[:.](?:\*\*|__)?[ \t]*", re.I
)
# A key that names options: `**B**`, `A, B, D`, `C — because …`, `(b)`, `ஆ) …` (the Tamil option letters).
_KEY = re.compile(r"^[(*_ \t]*[A-Fஅஆஇஈஉஊ](?![^\W\d_])", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered stems with option lines and a key paragraph (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not (may_open_a_line_with(doc, _OPTION_OPENING) and search_lines(_PRECHECK, text)):
        return _split_items(doc, taken, RuleResult())
    return _split_items(doc, taken, _joined_items(doc, taken))


def _joined_items(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Items whose stem and options share one paragraph, the key in the next."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index in range(len(blocks) - 1):
        block, after = blocks[index], blocks[index + 1]
        if block.kind != "paragraph" or after.kind != "paragraph" or block.last - block.first < 3:
            continue
        if not taken.keys().isdisjoint(range(block.first, after.last)):
            continue
        lines = doc.lines[block.first : block.last]
        match = _STEM.match(lines[0])
        if match is None or not match.group("stem").rstrip().endswith((":", "?", "：", "？")):
            continue
        options = "\n".join(line.strip() for line in lines[1:])
        if not options_only(options):
            continue
        key_text = "\n".join(doc.lines[after.first : after.last]).strip()
        label = ANSWER_LABEL.match(key_text) or _MORE_LABELS.match(key_text)
        if label is None:
            continue
        stem = match.group("stem").strip()
        key = key_text[label.end() :].strip()
        loc = doc.loc(block.first)
        if not _KEY.match(key):
            diagnostics.append(unanswered(loc, stem, "the key names no option"))
            claims.update(claim(block.first, after.last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        back = options + "\n\n" + key_text  # the options to choose from, then the key with its label
        drafts.append(CardDraft(loc, CONVENTION, stem, back, context, topic_tags(path)))
        claims.update(claim(block.first, after.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# Items in separate paragraphs (see the module docstring).
_SPLIT_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d{1,3}[.):．、]?(?:\*\*|__|[ \t]+\S)", re.M)
_SPLIT_STEM = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d{1,3}[.):．、]?(?P=b)[ \t]*[.):．、]?[ \t]*(?P<stem>\S.*)$"
)
_SPLIT_KEY = lazy_pattern(
    r"^[ \t]*(?:[✅✔☑❓❌][\ufe0f]?[ \t]*)?(?:\*\*|__)?[ \t]*"
    r"(?:【(?:参考答案|答案|答|解)】"
    r"|(?:respuesta(?:[ \t]+correcta)?|soluci[óo]n|correcta|参考答案|答案)[ \t]*[:：])"
    r"(?:[ \t]*(?:\*\*|__)(?![ \t]*$))?[ \t]*",
    re.I,
)
# `**12. Why are leaves green?**`, `**14. Describe the root.** (5 marks)`: the number inside the bold stem,
# a note in brackets (its marks) after it.
_WHOLE_BOLD_STEM = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)\d{1,3}[.)．、][ \t]+(?P<stem>(?:(?!\*\*|__).)*?\S)(?P=b)(?:[ \t]*\([^()\n]*\))?[ \t]*$"
)
# An option line: `A.`, `a)`, `(b)`, `C、`, `D．`, `அ)`; the letters of one item all in one case.
_SPLIT_OPTION = lazy_pattern(r"^[ \t]*\(?([A-Fa-fஅஆஇஈஉஊ])[.)．、][ \t]*\S")
# The option letters in their order: Latin capitals, small letters, Tamil vowels (`அ) … ஆ) …`).
_LETTER_ORDERS = ("ABCDEF", "abcdef", "அஆஇஈஉஊ")
_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}|\t|\u3000")
# A blank to fill in: `（ ）`, `( )`, `（　）`, `____`.
_BLANK = re.compile(r"[（(][ \t\u3000]*[）)]|_{3,}|＿{2,}")


def _option_letters(lines: Sequence[str]) -> list[str] | None:
    """The option letters of lines made only of options (one a line, or several on a line set apart by wide
    gaps), or None."""
    letters: list[str] = []
    for line in lines:
        parts = [part for part in _WIDE_GAP.split(line.strip()) if part]
        for part in parts:
            match = _SPLIT_OPTION.match(part)
            if match is None:
                return None
            letters.append(match.group(1))
    expected = next((order for order in _LETTER_ORDERS if letters and letters[0] in order), "")
    return letters if len(letters) >= 2 and "".join(letters) == expected[: len(letters)] else None


def _asks(stem: str) -> bool:
    return stem.rstrip().endswith((":", "?", "：", "？")) or _BLANK.search(stem) is not None



def _split_items(doc: Document, taken: Mapping[int, str], found: RuleResult) -> RuleResult:
    """Items whose stem, options and key stand in paragraphs of their own (see the module docstring)."""
    text = doc.source.text
    if not (may_open_a_line_with(doc, _STEM_OPENING) and search_lines(_SPLIT_PRECHECK, text)):
        return found
    drafts = list(found.drafts)
    diagnostics = list(found.diagnostics)
    claims = dict(found.claims)
    blocks = doc.blocks
    items: list[_SplitItem] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        lines = doc.lines[block.first : block.last]
        match = _SPLIT_STEM.match(lines[0])
        whole = match is None  # the number inside the bold stem
        match = match or _WHOLE_BOLD_STEM.match(lines[0])
        if match is None:
            continue
        # the stem's lines, then the options when they share its paragraph
        cut = next((n for n in range(1, len(lines)) if _SPLIT_OPTION.match(lines[n])), len(lines))
        option_lines = lines[cut:]
        after = next_block_past_comments(doc, index)
        if not option_lines and after < len(blocks) and blocks[after].kind == "paragraph":
            candidate = doc.lines[blocks[after].first : blocks[after].last]
            if _option_letters(candidate) is not None:
                option_lines, after = candidate, next_block_past_comments(doc, after)
        if option_lines and _option_letters(option_lines) is None:
            continue
        if after >= len(blocks) or blocks[after].kind != "paragraph":
            continue
        key_block = blocks[after]
        key_text = "\n".join(doc.lines[key_block.first : key_block.last]).strip()
        label = _SPLIT_KEY.match(key_text)
        if label is None and option_lines:
            label = ANSWER_LABEL.match(key_text) or _MORE_LABELS.match(key_text)
        if label is None and whole:
            label = ANSWER_LABEL.match(key_text)
        if label is None:
            continue
        span = range(block.first, key_block.last)
        if not taken.keys().isdisjoint(span) or not claims.keys().isdisjoint(span):
            continue
        stem = " ".join([match.group("stem").strip(), *(line.strip() for line in lines[1:cut])])
        if whole:
            stem = strip_dress(stem)  # `？` read as `?`, as the bold-question rule reads such a stem
        asks = bool(option_lines) or _asks(stem)
        if not asks and not whole:
            continue  # `**3.** Read the chapter.`: a numbered step, unless the whole stem is bold
        key = key_text[label.end() :].strip()
        end, more = key_block.last, ""
        if not option_lines and whole:
            end, more = _blocks_under_key(doc, after)
        items.append(_SplitItem(index, block.first, end, stem, "\n".join(option_lines), key_text, key, more, asks, whole))
    if sum(1 for item in items if item.asks) < 2:
        items = [item for item in items if item.asks]  # a task without `?` is an item only in a paper of such items
    for item in items:
        loc = doc.loc(item.first)
        options = "\n".join(line.strip() for line in item.options.splitlines())
        if options:
            reason = None if _KEY.match(item.key) else "the key names no option"
        else:
            full = "\n\n".join(part for part in (item.key, item.more) if part)
            reason = "no answer" if not full else "placeholder" if _ASIDE_ONLY.match(full) else empty_reason(full)
        if reason is not None:
            diagnostics.append(unanswered(loc, item.stem, reason))
            claims.update(claim(item.first, item.end, "unanswered"))
            continue
        path = heading_path(doc, item.index)
        context = tuple(clean_heading(p) for p in path)
        if options or not item.whole:
            back = options + "\n\n" + item.key_text if options else item.key_text  # the key with its label
        else:
            back = "\n\n".join(part for part in (item.key, item.more) if part)  # a bold task: what its key says
        drafts.append(CardDraft(loc, CONVENTION, item.stem, back, context, topic_tags(path)))
        claims.update(claim(item.first, item.end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


@dataclass(frozen=True, slots=True)
class _SplitItem:
    """An item read in paragraphs of its own, before the document shows it is a paper of such items."""

    index: int
    """Index of the stem's block."""
    first: int
    """The stem's first line."""
    end: int
    """The line after the item's last."""
    stem: str
    """The front."""
    options: str
    """The option lines, or empty."""
    key_text: str
    """The key paragraph as written, its label included."""
    key: str
    """The key without its label."""
    more: str
    """The blocks under the key that go on answering an item without options (a table, a list)."""
    asks: bool
    """Whether the item shows it asks on its own: it has options, or its stem ends asking or holds a blank."""
    whole: bool
    """Whether the number stands inside the bold stem (`**10. Write the equation.**`)."""


# `_(to write next week)_`, `*(ask the teacher)*`: a note in brackets where the answer would be.
_ASIDE_ONLY = lazy_pattern(r"^\s*(?:[*_]{1,2})?\((?:(?!\n\s*\n).)*\)(?:[*_]{1,2})?\s*$", re.S)
_KEY_BODY_ENDS = frozenset({"heading", "hr", "html_block"})
# `<a id="v"></a>`, `<span id="q3"></span>`: a paragraph of anchors only.
_ANCHORS_ONLY = lazy_pattern(r"^\s*(?:<(a|span)\s[^<>]*>\s*</\1>\s*)+$", re.I)


def _blocks_under_key(doc: Document, key: int) -> tuple[int, str]:
    """The end line of the blocks under the key paragraph `key` that go on answering its item (a table, a
    list, a picture), up to the next numbered stem, heading, rule or HTML block, and their text."""
    blocks = doc.blocks
    last = key
    for index in range(key + 1, len(blocks)):
        block = blocks[index]
        opening = doc.lines[block.first]
        if block.kind in _KEY_BODY_ENDS or _SPLIT_STEM.match(opening) or _WHOLE_BOLD_STEM.match(opening):
            break
        if block.kind == "paragraph" and _ANCHORS_ONLY.match(doc.block_text(index)):
            break  # `<a id="v"></a>`: the anchor of the next section
        last = index
    if last == key:
        return blocks[key].last, ""
    return blocks[last].last, doc.text(blocks[key + 1].first, blocks[last].last).strip("\n")
