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

MultiMarkdown spells the same hover definitions `[>TERM]: expansion` (its abbreviations) and `[?term]:
definition` (its glossary, the terms marked `[?term]` in the prose and listed at the end of the page):

    [?osmosis]: Diffusion of water through a semi-permeable membrane.
    [?turgor]: TODO
    [>ATP]: Adenosine triphosphate

They are read the same way. A definition whose text is one word (`[?turgor]: TODO`) is a link reference
definition to CommonMark, which leaves no block for it: such lines are read where no block stands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, may_open_a_line_with, text_holds

CONVENTION = "abbreviation"

_OPENING = lazy_pattern(r"^\*\[", re.M)
# `*[TERM]:` (PHP Markdown Extra), `[>TERM]:` and `[?term]:` (MultiMarkdown's abbreviations and glossary).
_DEFINITION = re.compile(r"^ {0,3}(?:\*\[|\[[>?])(?P<term>[^\]\n]{1,80})\]:[ \t]*(?P<expansion>.*?)[ \t]*$")
_MMD_MARKS = ("[>", "[?")


def _may_define(doc: Document) -> bool:
    """False only when no line opens with `*[` and the text holds neither `[>` nor `[?`."""
    return may_open_a_line_with(doc, _OPENING) or any(text_holds(doc, mark) for mark in _MMD_MARKS)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `*[TERM]: expansion` lines (see the module docstring)."""
    if not _may_define(doc):
        return RuleResult()  # no line opens with `*[`, no `[>` or `[?`: nearly every document
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
    found.extend([entry] for entry in _outside_blocks(doc, taken))
    found.sort(key=lambda entries: entries[0][0])
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


def _outside_blocks(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, str, str]]:
    """MultiMarkdown definitions on lines no block holds (`[?turgor]: TODO`, a link reference definition to
    CommonMark)."""
    if not any(text_holds(doc, mark) for mark in _MMD_MARKS):
        return []
    held = {n for block in doc.blocks for n in range(block.first, block.last)}
    found = []
    for n, line in enumerate(doc.lines):
        if n in held or n in taken or not line.lstrip(" ").startswith(_MMD_MARKS):
            continue
        match = _DEFINITION.match(line)
        if match is not None:
            found.append((n, match.group("term").strip(), match.group("expansion")))
    return found
