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
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, options_only, unanswered
from .document import Document, lazy_pattern, may_open_a_line_with, next_block_past_comments, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL

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
# A key that names options: `**B**`, `A, B, D`, `C — because …`, `(b)`.
_KEY = re.compile(r"^[(*_ \t]*[A-F](?![^\W\d_])", re.I)


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
_SPLIT_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d{1,3}[.):．、]?(?:\*\*|__)", re.M)
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
# An option line: `A.`, `a)`, `(b)`, `C、`, `D．`; the letters of one item all in one case.
_SPLIT_OPTION = lazy_pattern(r"^[ \t]*\(?([A-Fa-f])[.)．、][ \t]*\S")
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
    expected = "ABCDEF" if letters and letters[0].isupper() else "abcdef"
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
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        lines = doc.lines[block.first : block.last]
        match = _SPLIT_STEM.match(lines[0])
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
        if label is None:
            continue
        span = range(block.first, key_block.last)
        if not taken.keys().isdisjoint(span) or not claims.keys().isdisjoint(span):
            continue
        stem = " ".join([match.group("stem").strip(), *(line.strip() for line in lines[1:cut])])
        if not option_lines and not _asks(stem):
            continue
        key = key_text[label.end() :].strip()
        loc = doc.loc(block.first)
        if option_lines:
            reason = None if _KEY.match(key) else "the key names no option"
        else:
            reason = "no answer" if not key else empty_reason(key)
        if reason is not None:
            diagnostics.append(unanswered(loc, stem, reason))
            claims.update(claim(block.first, key_block.last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        options = "\n".join(line.strip() for line in option_lines)
        back = options + "\n\n" + key_text if options else key_text
        drafts.append(CardDraft(loc, CONVENTION, stem, back, context, topic_tags(path)))
        claims.update(claim(block.first, key_block.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
