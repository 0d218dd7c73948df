"""Quoted exam items with points: a labelled question in a blockquote, its points at its end, and the
marking scheme under it in the same quote, in any language.

    > **Zadanie:** Wyjaśnij przyczyny rozbiorów Polski. (4 pkt)
    >
    > **Schemat oceniania:**
    > - 1 pkt: liberum veto
    > - 1 pkt: …

Reviews of past essay papers quote each question with a bold label of one to three words and the points
it was worth (`(4 pikë)`, `(6 pkt)`, `[3 marks]`), then, in the same quote, what earns them. No word list:
the points and the quote decide. The question (a `?`, or a sentence: an essay task is a command) is the
front without its label and points; the rest of the quote, which holds a line that is only a bold label
(`**Schemat oceniania:**`, the scheme's title, left off), is the back: a quoted tip with its points
(`> **Tip:** Read it first. (5 min)` over a remark) is no question. A quote with only the question is `unanswered` in a document that
answers another such quote under the same label: its scheme is missing.

Context: the cleaned heading path of the quote's section (document title excluded).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered, unquote
from .document import Document, block_kinds, free_blocks, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "quoted-points"

# `> **Pyetje:** Shpjegoni … (4 pikë)`: a bold label of one to three words, the question, its points.
_ITEM = lazy_pattern(
    r"^>[ \t]?(?P<b>\*\*|__)(?P<label>[^\W\d_][^\s*_:：]{0,19}+(?:[ \t][^\s*_:：]{1,20}+){0,2}?)[ \t]*"
    r"(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])[ \t]*(?P<said>\S.*?)[ \t]*"
    r"[(\[][ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*[^\W\d_]{1,12}\.?[ \t]*[)\]][ \t.]*$"
)
# A line that is only a bold label: the scheme's title.
_LABEL_ONLY = lazy_pattern(r"^[ \t]*(?:\*\*|__)[^*_\n]{1,60}?[:：]?(?:\*\*|__)[ \t]*[:：]?[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from quoted exam questions with their points and schemes (see the module docstring)."""
    if "blockquote" not in block_kinds(doc):
        return RuleResult()
    found: list[tuple[int, str, str, str]] = []  # (block, label, question, answer)
    for index in free_blocks(doc, taken):
        block = doc.blocks[index]
        if block.kind != "blockquote" or not doc.lines[block.first].startswith(">"):
            continue
        match = _ITEM.match(doc.lines[block.first])
        if match is None:
            continue
        question = clean_question(match.group("said"))[0]
        if not (question.endswith(("?", "？", ".", "。")) or is_question(question)):
            continue
        rest = unquote(doc.text(block.first + 1, block.last)).split("\n")
        kept = [line for line in rest if not _LABEL_ONLY.match(line)]
        if len(kept) < len(rest) or not "".join(rest).strip():  # a scheme under its title, or nothing
            found.append((index, match.group("label").casefold(), question, "\n".join(kept).strip()))
    answering = {label for _, label, _, answer in found if answer and empty_reason(answer) is None}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, label, question, answer in found:
        if label not in answering:
            continue
        block = doc.blocks[index]
        loc = doc.loc(block.first)
        reason = empty_reason(answer) if answer else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(block.first, block.last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(block.first, block.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
