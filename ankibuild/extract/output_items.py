"""Output items: "what does this print" drills numbered by a bold number alone on its line, the code under it,
and the output on a labelled line after the code.

    **1.**

    ```js
    console.log(typeof null);
    ```

    Output: `"object"` — a historic bug.

gives one card: the code on the front, what follows the label on the back. The label opens the paragraph
right after the fence: an output label (`Output:`, `El output:`, `**Expected output:**`, `Ausgabe:`,
`Sortie :`, `Salida:`, `Saída:`, `Вывод:`, `Çıktı:`, `输出：`, `出力：`) or any answer label
(`questions.ANSWER_LABEL`: `Answer:`, `**Antwort:**` …). A bold number with a fence under it and no such
paragraph after the fence is a numbered listing, not a drill, unless another item of the document has its
label: then it is a drill item the notes leave unanswered, as is one whose label is followed by a note to
self (`TODO`, `lessa hakteb-ha`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, free_blocks_of, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL

CONVENTION = "output-item"

# `**1.**`, `__12)__`, `**3**`: a bold number alone on its line (and alone in its paragraph).
_BOLD_NUMBER_ALONE = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)\d{1,3}[.)]?(?P=b)[ \t]*$", re.M)
# What such a line opens with after its spaces and tabs (`document.may_open_a_line_with`).
_OPENING = lazy_pattern(r"^(?:\*\*|__)\d{1,3}[.)]?(?:\*\*|__)", re.M)
# `Output:`, `El output:`, `**Expected output:**`, `The output is:` and the word in other languages.
_OUTPUT_PHRASE = (
    r"(?:(?:el|the|die|la|le|il|o|a|expected|sample|erwartete)[ \t]+)?"
    r"(?:output|ausgabe|sortie|salida|sa[íi]da|вывод|çıktı|输出|出力)(?:[ \t]+is)?[ \t]*"
)
_OUTPUT_LABEL = lazy_pattern(
    r"^[ \t]*(?:(?P<b>\*\*|__)" + _OUTPUT_PHRASE + r"(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])|" + _OUTPUT_PHRASE + r"[:：])[ \t]*",
    re.I,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bold-numbered code items answered by an output line."""
    if "fence" not in block_kinds(doc) or not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no bold number opens a line, or no fence: nearly every document
    items = _items(doc, taken)
    if not any(answer is not None for *_, answer in items):
        return RuleResult()  # bold-numbered listings, none of them answered: no drill
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, first, last, code, answer in items:
        path = heading_path(doc, index)
        loc = doc.loc(first)
        reason = "no answer" if answer is None or not answer.strip() else empty_reason(answer)
        if reason:
            diagnostics.append(unanswered(loc, code, reason))
            claims.update(dict.fromkeys(range(first, last), "unanswered"))
            continue
        assert answer is not None
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, code, answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(range(first, last), "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _items(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, int, str, str | None]]:
    """(block index, first line, end line, code, answer or None) of each free bold number over a free fence."""
    blocks = doc.blocks
    free = set(free_blocks_of(doc, taken, ("paragraph", "fence")))
    items: list[tuple[int, int, int, str, str | None]] = []
    for index in sorted(free):
        block = blocks[index]
        if block.kind != "paragraph" or block.last != block.first + 1 or not _BOLD_NUMBER_ALONE.match(doc.lines[block.first]):
            continue
        if index + 1 not in free or blocks[index + 1].kind != "fence":
            continue
        fence = blocks[index + 1]
        code = doc.text(fence.first, fence.last).strip("\n")
        end, answer = fence.last, None
        if index + 2 in free and blocks[index + 2].kind == "paragraph":
            after = blocks[index + 2]
            text = doc.text(after.first, after.last).strip()
            label = _OUTPUT_LABEL.match(text) or ANSWER_LABEL.match(text)
            if label is not None:
                end, answer = after.last, text[label.end() :].strip()
        items.append((index, block.first, end, code, answer))
    return items
