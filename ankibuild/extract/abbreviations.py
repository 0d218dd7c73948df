"""Abbreviation definitions in the PHP Markdown Extra syntax (MkDocs `abbr`, Pandoc, kramdown):

    *[ATP]: Adenosine triphosphate — the cell's energy currency
    *[RNA]: Ribonucleic acid
    *[PCR]: TODO

Each line `*[TERM]: expansion` tells the site to show the expansion when the reader hovers TERM: a term and
its definition, so a card with TERM on the front and the expansion on the back. An empty expansion or a
placeholder (`TODO`, `tbd`) leaves the term `unanswered`. The lines are read in free paragraphs made only of
such definitions (the extension's own layout, usually at the end of the page), and only when the document
holds two definitions or more. The definitions hold for the whole page wherever they stand (usually under
the last section, which they do not belong to): the cards take no heading as context. A line that merely starts with a
bracket in emphasis (`*[sic]* …`, `*[1]*`) has no `]:` and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, may_open_a_line_with

CONVENTION = "abbreviation"

_OPENING = lazy_pattern(r"^\*\[", re.M)
_DEFINITION = re.compile(r"^ {0,3}\*\[(?P<term>[^\]\n]{1,80})\]:[ \t]*(?P<expansion>.*?)[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `*[TERM]: expansion` lines (see the module docstring)."""
    if not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no line opens with `*[`: nearly every document
    found: list[list[tuple[int, str, str]]] = []
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = doc.blocks[index]
        entries = []
        for n in range(block.first, block.last):
            match = _DEFINITION.match(doc.lines[n])
            if match is None:
                break
            entries.append((n, match.group("term").strip(), match.group("expansion")))
        else:
            if entries:
                found.append(entries)
    if sum(len(entries) for entries in found) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for entries in found:
        for n, term, expansion in entries:
            loc = doc.loc(n)
            reason = "no answer" if not expansion else empty_reason(expansion)
            if reason is not None:
                diagnostics.append(unanswered(loc, term, reason))
                claims.update(claim(n, n + 1, "unanswered"))
                continue
            drafts.append(CardDraft(loc, CONVENTION, term, expansion, (), ()))
            claims.update(claim(n, n + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
