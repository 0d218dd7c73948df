"""Lists of dates to learn: a dates label, then one item a date and what happened then.

    **Key dates:**
    - 1789. July 14. – the storming of the Bastille
    - 4 August 1789 – the abolition of feudal privileges

A paragraph that is only a dates label (`Dates`, `Key dates`, `Timeline`, `Chronology`, `Daten`,
`Jahreszahlen`, `Fechas`, `Dates clés`, `Daty`, `Даты`, `Évszámok`, `Dátumok`, `Kronológia` …), bold or plain,
ending with `:`, or a heading of the same words, introduces a bullet list whose items read `date – event`
(a spaced dash, `:` after a date, or `→`). Each such item is a card: the date asks, the event answers. The
date is read on the source line: `1848. március 15.` opening an item is, to Markdown, a nested ordered list
starting at 1848. A date is short (at most five words) and holds a year or a day number; the list is read
only when most of its items, and two at least, have that shape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft
from . import RuleResult, claim, is_free
from .document import Document, lazy_pattern, may_mention
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "date-list"

_DATE_WORDS = (
    r"dates|key dates|important dates|timeline|chronology|daten|jahreszahlen|wichtige daten|zeitleiste|fechas"
    r"|fechas clave|cronolog[íi]a|dates cl[ée]s|chronologie|daty|chronologia|datumy|даты|хронология"
    r"|[ée]vsz[áa]mok|d[áa]tumok|kronol[óo]gia|id[őo]rend"
)
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)?(?i:" + _DATE_WORDS + r")[ \t]*(?(b)(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])|[:：])[ \t]*$"
)
_HEADING = lazy_pattern(r"^[ \t]{0,3}#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?(?i:" + _DATE_WORDS + r")[ \t]*#*[ \t]*$")
# Every match of `_LABEL` or `_HEADING` holds one of these, in lower case: the cheap test.
_MARKS = (
    "date", "timeline", "chronolog", "daten", "jahreszahlen", "zeitleiste", "fecha", "cronolog", "daty", "datumy",
    "даты", "хронолог", "vsz", "tumok", "kronol", "időrend", "idorend",
)  # fmt: skip
_ITEM = re.compile(
    r"^[ \t]{0,3}[-*+][ \t]+(?P<date>\S.*?)[ \t]*(?:[ \t][–—-][ \t]|[ \t]→[ \t]|(?<=\d)[.]?:[ \t])[ \t]*(?P<event>\S.*)$"
)
_BULLET = re.compile(r"^[ \t]{0,3}[-*+][ \t]")
_YEAR_OR_DAY = re.compile(r"\d")
_MAX_DATE_WORDS = 5
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the items of date lists (see the module docstring)."""
    if not may_mention(doc, _MARKS):
        return RuleResult()
    drafts: list[CardDraft] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index in range(1, len(blocks)):
        block = blocks[index]
        if block.kind != "bullet_list" or not is_free(doc, taken, index):
            continue
        lead = blocks[index - 1]
        lead_line = doc.lines[lead.first]
        if lead.kind == "paragraph" and lead.last - lead.first == 1 and _LABEL.match(lead_line):
            label_free = is_free(doc, taken, index - 1)
        elif lead.kind == "heading" and _HEADING.match(lead_line):
            label_free = False
        else:
            continue
        items = _items(doc, block.first, block.last)
        pairs = [(n, _pair(text)) for n, text in items]
        found = [(n, pair) for n, pair in pairs if pair is not None]
        if len(found) < _MIN_ITEMS or len(found) * 2 <= len(items):
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, (date, event) in found:
            drafts.append(CardDraft(doc.loc(n), CONVENTION, date, event, context, topic_tags(path)))
        claims.update(claim(block.first, block.last, "card"))
        if label_free:
            claims.update(claim(lead.first, lead.last, "card"))
    return RuleResult(tuple(drafts), (), claims)


def _items(doc: Document, first: int, last: int) -> list[tuple[int, str]]:
    """(line, text) of each item of a bullet list, its continuation lines joined to it."""
    items: list[tuple[int, str]] = []
    for n in range(first, last):
        line = doc.lines[n]
        if not line.strip():
            continue
        if _BULLET.match(line):
            items.append((n, line.rstrip()))
        elif items:
            items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
    return items


def _pair(item: str) -> tuple[str, str] | None:
    """(date, event) when an item reads `date – event`."""
    match = _ITEM.match(item)
    if match is None:
        return None
    date, event = match.group("date").strip(), match.group("event").strip()
    bare = date.strip("*_").strip()
    if not bare or not bare[0].isalnum() or not _YEAR_OR_DAY.search(bare) or len(bare.split()) > _MAX_DATE_WORDS:
        return None
    return bare, event
