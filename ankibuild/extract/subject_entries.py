"""Usenet FAQ entries: a plain-text FAQ in the old newsgroup layout, each entry opened by a `Subject:` line
that numbers and asks its question, the answer under it, entries divided by lines of dashes:

    ------------------------------

    Subject: 2.1) How do I keep a loop's variables after a pipe?

    Run the loop in the current shell:

        shopt -s lastpipe

    ------------------------------

1. **An entry** is a free paragraph whose first line is `Subject:`, a section number (`2.1)`, `2.1.`, `12)`)
   and the question; it ends at the next rule, heading or entry. A document needs two entries.
2. **A card.** The question is the first line after its number; the rest of that paragraph and the blocks up
   to the entry's end (indented code included) are the answer.
3. **Unanswered.** An entry with nothing under its question, or only a placeholder (`[ not written yet ]`),
   is reported `unanswered`.
4. **Section 0** (`0.1) About this file`, `0.2) Where do I send corrections?`) is, in this layout, about the
   FAQ itself: its entries are skipped, not carded. The contents list that repeats every question above the
   entries is left to the table-of-contents rule.

Context: the titles of the sections above the entry (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import block_card, empty_reason
from .document import STRUCTURAL, Document, block_kinds, text_holds

CONVENTION = "subject-entry"

_MIN_ENTRIES = 2
# `Subject: 1.3) Why does …?`, `Subject: 12. What …`: the header line of one entry, its section number and question.
_SUBJECT = re.compile(r"^[ \t]{0,3}Subject:[ \t]+(?P<number>(?P<part>\d{1,3})(?:\.\d{1,3})*)[.)][ \t]+(?P<q>\S.*?)[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Subject:` entries (see the module docstring)."""
    if "hr" not in block_kinds(doc) or not text_holds(doc, "Subject:"):
        return RuleResult()  # no rule, or no `Subject:` anywhere: nearly every document
    entries = _entries(doc, taken)
    if len(entries) < _MIN_ENTRIES:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    blocks = doc.blocks
    for index, end, match in entries:
        last = blocks[end - 1].last
        if match.group("part") == "0":
            claims.update(claim(blocks[index].first, last, "skip:faq-about"))
            continue
        head = blocks[index]
        tail = doc.text(head.first + 1, head.last).strip("\n")
        after = doc.text(blocks[index + 1].first, last).strip("\n") if end > index + 1 else ""
        answer = "\n\n".join(part for part in (tail.strip(), after) if part.strip())
        reason = empty_reason(answer) if answer.strip() else "no answer"
        block_card(doc, CONVENTION, index, last, match.group("q"), answer, reason, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _entries(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, re.Match[str]]]:
    """The entries as (index of the `Subject:` paragraph, index of the block after the entry, header match),
    every block of each free."""
    blocks = doc.blocks
    found: list[tuple[int, int, re.Match[str]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or "Subject:" not in doc.lines[block.first]:
            continue
        match = _SUBJECT.match(doc.lines[block.first])
        if match is None:
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind not in STRUCTURAL and not _opens_entry(doc, end):
            end += 1
        if taken.keys().isdisjoint(range(block.first, blocks[end - 1].last)):
            found.append((index, end, match))
    return found


def _opens_entry(doc: Document, index: int) -> bool:
    """True when block INDEX is a paragraph opened by a `Subject:` header."""
    block = doc.blocks[index]
    return block.kind == "paragraph" and _SUBJECT.match(doc.lines[block.first]) is not None
