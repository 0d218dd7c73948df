"""HTML in notes read as text: where an HTML element opened on a line closes, and the inside of a cell or an
entry as Markdown (emphasis and code tags as their marks) or as the plain text a reader reads. Shared by the
rules that read raw HTML: html_tables, html_definitions and html_headings."""

from __future__ import annotations

import re

from .document import Document, lazy_pattern

_BREAK = lazy_pattern(r"\s*<br\s*/?>\s*", re.I)
_ITALIC = lazy_pattern(r"</?(?:i|em)\s*>", re.I)
_BOLD = lazy_pattern(r"</?(?:b|strong)\s*>", re.I)
_CODE = lazy_pattern(r"</?code\s*>", re.I)
_TAG = lazy_pattern(r"<[^<>]*>")


def element_end(doc: Document, first: int, opens: re.Pattern[str], closes: re.Pattern[str]) -> int | None:
    """The line after the one that closes the HTML element opened on line FIRST (a line CLOSES matches), None
    when none does or another such element opens inside it (a line OPENS matches: nesting is left alone)."""
    for n in range(first, len(doc.lines)):
        if n > first and opens.match(doc.lines[n]):
            return None
        if closes.search(doc.lines[n]):
            return n + 1
    return None


def html_markdown(cell: str, breaks: str) -> str:
    """HTML (a cell's, an entry's) as Markdown: emphasis and code tags as their marks, `<br>` as BREAKS."""
    text = _BREAK.sub(breaks, cell)
    text = _ITALIC.sub("*", text)
    text = _BOLD.sub("**", text)
    return _CODE.sub("`", text).strip()


def html_plain(cell: str) -> str:
    """What a reader reads in HTML (a cell, an entry): tags and emphasis marks removed."""
    return " ".join(_TAG.sub(" ", cell).replace("**", "").replace("*", "").replace("`", "").split())
