"""Terms and questions written as an HTML definition list: one card per `<dt>`, its `<dd>` the answer.

    <dl>
      <dt>Osmosis</dt>
      <dd>Diffusion of water through a semi-permeable membrane.</dd>

      <dt>2. Why do red blood cells burst in pure water?</dt>
      <dd></dd>
    </dl>

People write their notes in raw HTML when GitHub should show a term in bold and its definition indented
under it, which Markdown's own definition lists (`Term` over `: definition`) do not do there. A `<dl>` whose
tag opens a line holds entries: each `<dt>` (a term, or a question with its number, which is dropped) is a
front, the `<dd>` after it the back; several `<dt>` in a row share the `<dd>` that follows them, as HTML
reads them. A `<dd>` that is empty, only an HTML comment or a placeholder (`TODO`), or a `<dt>` with no
`<dd>` at all, is reported `unanswered`. Inline tags become Markdown (`<b>` → `**…**`, `<code>` → backticks),
a list or paragraph inside the `<dd>` stays HTML, on one line so that its indentation makes no code block.
The heading path is the cards' context.

JetBrains Writerside writes the same list as `<deflist>` of `<def title="…">…</def>` (folded when the list is
`collapsible="true"`): the title is the front, the element's content the back.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, block_kinds, lazy_pattern
from .html_text import element_end, html_markdown, html_plain
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "html-definition"

_LIST_OPEN = lazy_pattern(r"^\s*<dl\b", re.I)
_LIST_CLOSE = lazy_pattern(r"</dl\s*>", re.I)
# Writerside's definition list: `<deflist>` of `<def title="term or question">definition</def>`.
_DEFLIST_OPEN = lazy_pattern(r"^\s*<deflist\b", re.I)
_DEFLIST_CLOSE = lazy_pattern(r"</deflist\s*>", re.I)
_DEF = lazy_pattern(r"<def\b([^>]*)>(.*?)(?:</def\s*>|(?=<def\b)|(?=</deflist\b)|\Z)", re.I | re.S)
_EMPHASIS = lazy_pattern(r"<(/?)emphasis\s*>", re.I)  # Writerside's `<emphasis>`: HTML's `<em>`
_TITLE = lazy_pattern(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# A `<dt>` or `<dd>` and its inner HTML, up to its closing tag, else up to the next entry or the list's end.
_ENTRY = lazy_pattern(r"<(d[td])\b[^>]*>(.*?)(?:</\1\s*>|(?=<d[td]\b)|(?=</dl\b)|\Z)", re.I | re.S)
_COMMENT = lazy_pattern(r"<!--.*?-->", re.S)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free HTML definition lists."""
    if "html_block" not in block_kinds(doc) or not a_line_opens_with(doc, ("dl", "deflist")):
        return RuleResult()  # no line opens with a `<dl>` or `<deflist>` tag: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "html_block" or not is_free(doc, taken, index) or block.first in claims:
            continue
        line = block.first
        if _LIST_OPEN.match(doc.lines[line]):
            end = element_end(doc, line, _LIST_OPEN, _LIST_CLOSE)
        elif _DEFLIST_OPEN.match(doc.lines[line]):
            end = element_end(doc, line, _DEFLIST_OPEN, _DEFLIST_CLOSE)
        else:
            continue
        if end is None or any(n in taken for n in range(line, end)):
            continue
        _list_cards(doc, index, line, end, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _list_cards(
    doc: Document,
    index: int,
    first: int,
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The cards and reports of one list (lines FIRST to END)."""
    starts = [0]
    for n in range(first, end - 1):
        starts.append(starts[-1] + len(doc.lines[n]) + 1)
    text = doc.text(first, end)
    # (`dt`, `dd` or `title`: a `<def>`'s Markdown title; the line it opens on; its inner HTML)
    entries: list[tuple[str, int, str]] = []
    if _DEFLIST_OPEN.match(doc.lines[first]):
        for match in _DEF.finditer(text):  # a `<def>`: its title the term, its content the definition
            line = first + bisect_right(starts, match.start()) - 1
            title = _TITLE.search(match.group(1))
            entries.append(("title", line, (title.group(1) or title.group(2)) if title else ""))
            entries.append(("dd", line, _EMPHASIS.sub(r"<\1em>", match.group(2))))
    else:
        entries = [
            (match.group(1).lower(), first + bisect_right(starts, match.start()) - 1, match.group(2))
            for match in _ENTRY.finditer(text)
        ]
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    tags = topic_tags(path)
    terms: list[tuple[int, str]] = []
    for n, (kind, line, inner) in enumerate(entries):
        if kind != "dd":
            question, _ = clean_question(html.unescape(inner) if kind == "title" else html_plain(inner))
            if question:
                terms.append((line, question))
            if n + 1 < len(entries) and entries[n + 1][0] == "dt":
                continue  # the next term shares the definition after it
            answer = entries[n + 1][2] if n + 1 < len(entries) else ""
            stop = entries[n + 2][1] if n + 2 < len(entries) else end
            _entry_cards(doc, terms, answer, stop, context, tags, drafts, diagnostics, claims)
            terms = []
    claims.update({n: "card" if drafts else "unanswered" for n in range(first, end) if n not in claims})


def _entry_cards(
    doc: Document,
    terms: list[tuple[int, str]],
    answer: str,
    stop: int,
    context: tuple[str, ...],
    tags: tuple[str, ...],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """A card (or an `unanswered` report) for each of TERMS, answered by the `<dd>` ANSWER."""
    back = " ".join(html_markdown(_COMMENT.sub(" ", answer), breaks="<br>").split())
    plain = html_plain(back)
    reason = "no answer" if not plain else empty_reason(plain)
    for line, question in terms:
        loc = doc.loc(line)
        if reason is None:
            drafts.append(CardDraft(loc, CONVENTION, question, back, context, tags))
        else:
            diagnostics.append(unanswered(loc, question, reason))
        claims.update(claim(line, stop, "card" if reason is None else "unanswered"))
