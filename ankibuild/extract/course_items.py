"""Course questions of a revision sheet: a bold numbered label, the question, and an answer paragraph.

    **QC 2.** (★) Démontrer que la série harmonique diverge.

    *Réponse :* Pour $t \\in [k, k+1]$ …

A colle or oral-exam sheet lists the course questions to know (`**QC 1.**`, `**Q3.**`, `**Question 4:**`,
`**Frage 2.**`, `**문제 3.**`: a short bold question label ending in a number; exercise labels such as
`**Problem 2.**` are the exercise rule's), each an instruction more often than a
question (`Énoncer …`, `Démontrer …`, no `?`), answered by the next paragraph, which opens with an emphasised
answer label (`*Réponse :*`, `**Réponse :**`, `*Preuve :*`, `**Answer:**`, `**Lösung.**`: see
`answers.sheet_answer_label`). Each item is a card: the front is the text after the label, without a leading
`(★)` "must know" marker; the back is the answer paragraph without its label, and the blocks after it up to
the next item, heading or rule. An answer that only says it is missing (`TODO — revoir le poly`) is
`unanswered`, and so is an item with no answer paragraph at all, once two items of the document are
answered (a list of such items, not one bold line that happens to carry a number).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, is_missing_note, may_hold_sheet_answer, sheet_answer_label, unanswered
from .document import Document, free_blocks_of, lazy_pattern
from .outline import heading_path, topic_tags

CONVENTION = "course-item"

# `**QC 1.** …`, `**Q3.**`, `**Question 4 :**`, `__Frage 2.__`, `**문제 3.**`: a short bold question label that
# ends in a number, the text after it. Exercise labels (`**Problem 2.**`, `**Exercise 3**`) are the exercise
# rule's.
_ITEM = lazy_pattern(
    r"^[ \t]*(?P<m>\*\*|__)[ \t]*(?:q|qc|qdc|question(?:[ \t]+de[ \t]+cours)?|frage|pregunta|domanda|vraag|kysymys|"
    r"fr[åa]ga|sp[øo]rsm[åa]l|pytanie|вопрос|문제|질문|問題?|问题?)[ \t]*\d{1,3}[a-z]?[ \t]*[.:)：]?[ \t]*"
    r"(?P=m)[ \t]*[.:)：]?[ \t]*(?P<rest>.*)$",
    re.I,
)
# `(★)`, `★`, `(*)`, `[★★]`: the "must know" mark before an item's text.
_STAR = lazy_pattern(r"^[ \t]*(?:[(\[][ \t]*[★☆⭐*]+[ \t]*[)\]]|[★☆⭐]+)[ \t]*")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bold numbered course questions answered by a labelled paragraph (see the module docstring)."""
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()  # no bold label: most documents
    # The items are read from the few paragraphs left free (found once for the late rules) before the text
    # is searched for an answer label: both are needed.
    items = [i for i in free_blocks_of(doc, taken, ("paragraph",)) if _item_text(doc, i) is not None]
    if len(items) < _MIN_ANSWERED:
        return RuleResult()
    if not may_hold_sheet_answer(doc.source.text):
        return RuleResult()  # no paragraph opens with an answer label
    ends = set(items)
    found: list[tuple[int, str, list[int], str | None]] = []  # (item, front, blocks used, answer or None)
    for i in items:
        front, answer_start = _item_text(doc, i) or ("", None)
        used = [i]
        parts: list[str] = []
        if answer_start is not None:  # the answer label on a later line of the item's own paragraph
            first = doc.blocks[i].first
            line = doc.lines[answer_start]
            label_end = sheet_answer_label(line)
            assert label_end is not None
            parts.append("\n".join([line[label_end:], *doc.lines[answer_start + 1 : doc.blocks[i].last]]).strip())
            front = " ".join(" ".join(doc.lines[first:answer_start]).split())
            front = _front_of(front)
        j = i + 1
        if answer_start is None and j < len(doc.blocks) and doc.blocks[j].kind == "paragraph" and is_free(doc, taken, j):
            text = doc.block_text(j)
            label_end = sheet_answer_label(text)
            if label_end is not None:
                parts.append(text[label_end:].strip())
                used.append(j)
                j += 1
        if parts:
            while (
                j < len(doc.blocks) and j not in ends and doc.blocks[j].kind not in ("heading", "hr") and is_free(doc, taken, j)
            ):
                parts.append(doc.block_text(j).strip())
                used.append(j)
                j += 1
        found.append((i, front, used, "\n\n".join(p for p in parts if p) if parts else None))
    answered = sum(1 for *_, answer in found if answer is not None and not is_missing_note(answer))
    if answered < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for i, front, used, answer in found:
        if not front:
            continue
        loc = doc.loc(doc.blocks[i].first)
        reason = None if answer is None else ("placeholder" if is_missing_note(answer) else empty_reason(answer))
        if answer is None or reason is not None:
            diagnostics.append(unanswered(loc, front, reason or "no answer"))
            kind = "unanswered"
        else:
            path = heading_path(doc, i)
            drafts.append(CardDraft(loc, CONVENTION, front, answer, path, topic_tags(path)))
            kind = "card"
        for n in used:
            claims.update(claim(doc.blocks[n].first, doc.blocks[n].last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item_text(doc: Document, index: int) -> tuple[str, int | None] | None:
    """The front of an item paragraph and the line where its own answer label starts (None when its answer
    is the next paragraph); None when the paragraph is no item."""
    block = doc.blocks[index]
    found = _ITEM.match(doc.lines[block.first])
    if found is None:
        return None
    lines = doc.lines[block.first : block.last]
    for n in range(1, len(lines)):
        if sheet_answer_label(lines[n]) is not None:
            return _front_of(" ".join(found.group("rest").split())), block.first + n
    text = " ".join(" ".join([found.group("rest"), *lines[1:]]).split())
    return _front_of(text), None


def _front_of(text: str) -> str:
    """The item's text without its bold label and `(★)` mark."""
    found = _ITEM.match(text)
    if found is not None:
        text = found.group("rest")
    return _STAR.sub("", text, count=1).strip()
