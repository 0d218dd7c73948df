"""Tab-separated card lines, as flashcard apps export them and Anki imports them:

    cardi/o<TAB>heart
    -itis<TAB>inflammation

    ```tsv
    #separator:tab
    #columns:Front<TAB>Back<TAB>Tags
    #tags column:3
    What is osmosis?<TAB>Diffusion of water through a membrane.<TAB>cells
    ```

One card per line: the first field is the front, the second the back. Two layouts are read:

- a **paragraph** of two lines or more, every one of them `front<TAB>back` (two fields, the back may be
  empty): a pasted export (Quizlet, Brainscape, Knowt: term TAB definition, one pair a row);
- a **block** (a fenced block or a paragraph) whose lines open with Anki's import headers (`#separator:tab`,
  `#columns:…`, `#tags column:3`, `#deck:…`, `#html:false` …), the rest tab-separated lines: the headers are
  no cards; the column `#tags column:` names gives the note's tags, the others after the back join it.

A line whose back is empty or a placeholder (`??`, `TODO`) is reported `unanswered`. A fenced block of
tab-separated data without the import headers (a data sample, a Makefile) is left alone, and so is a
paragraph whose lines hold more than two fields, or any line without a tab.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import CELL_FILLER, empty_reason, unanswered
from .document import Document, free_blocks, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "tab-line"

# A line holding a tab after some text: the precheck of the rule (most notes hold no tab at all).
_TAB_AFTER_TEXT = re.compile(r"^[^\t\n]*[^\s][^\t\n]*\t", re.M)
# Anki's import file headers: `#separator:tab`, `#columns:Front	Back`, `#tags column:3`, `#deck:…`.
_HEADER = lazy_pattern(r"^#(?P<key>[a-z][a-z ]{1,20}):(?P<value>.*)$")
_TAB_SEPARATORS = frozenset({"tab", "\t"})
_MIN_LINES = 2


def _may_hold_tab_lines(doc: Document) -> bool:
    """False only when no line holds a tab after some text."""
    return text_holds(doc, "\t") and _TAB_AFTER_TEXT.search(doc.source.text) is not None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free blocks of tab-separated lines (see the module docstring)."""
    if not _may_hold_tab_lines(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in free_blocks(doc, taken):
        block = doc.blocks[index]
        if block.kind == "paragraph":
            first, last = block.first, block.last
        elif block.kind == "fence":
            first, last = block.first + 1, block.last - 1
        else:
            continue
        rows = _rows(doc, first, last, fenced=block.kind == "fence")
        if rows is None:
            continue
        lines, tags_column = rows
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        topic = tuple(topic_tags(path))
        made = "unanswered"
        for line, fields in lines:
            front = fields[0].strip()
            back_fields = [f.strip() for n, f in enumerate(fields[1:], 1) if n != tags_column]
            back = back_fields[0] if back_fields else ""
            reason = "no answer" if not back.strip(CELL_FILLER) else empty_reason(back)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), front, reason))
                claims[line] = "unanswered"
                continue
            back = "\n\n".join(f for f in back_fields if f)
            tags = topic
            if tags_column is not None and tags_column < len(fields):
                tags += tuple(t for t in (tag_slug(w) for w in fields[tags_column].split()) if t)
            drafts.append(CardDraft(doc.loc(line), CONVENTION, front, back, context, tags))
            claims[line] = "card"
            made = "card"
        # The headers, blank lines and fence marks belong to the cards the block made.
        claims.update(claim(block.first, block.last, made) | claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _rows(doc: Document, first: int, last: int, fenced: bool) -> tuple[list[tuple[int, list[str]]], int | None] | None:
    """The card lines of a block (line, fields) and the 0-based tags column, or None when the block is not
    made of tab-separated card lines."""
    headers: dict[str, str] = {}
    lines: list[tuple[int, list[str]]] = []
    for line in range(first, last):
        text = doc.lines[line]
        if not text.strip():
            continue
        header = _HEADER.match(text) if not lines else None
        if header is not None:
            headers[header.group("key").strip()] = header.group("value").strip()
            continue
        fields = text.rstrip("\r").split("\t")
        if len(fields) < 2 or not fields[0].strip():
            return None
        lines.append((line, fields))
    if not lines:
        return None
    separator = headers.get("separator")
    if separator is not None and separator.lower() not in _TAB_SEPARATORS:
        return None
    if not headers and (fenced or len(lines) < _MIN_LINES or any(len(fields) > 2 for _, fields in lines)):
        return None  # data in a fence, or a table of several columns: not cards
    tags_column = None
    if headers.get("tags column", "").isdigit():
        tags_column = int(headers["tags column"]) - 1
        if tags_column < 1:
            return None  # the front is never the tags
    return lines, tags_column
