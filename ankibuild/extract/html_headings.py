"""Questions written as raw HTML headings, each answered by what follows it up to the next heading:

    <div dir="rtl">

    <h2 id="basics">Basics</h2>

    <h4>1. What is the virtual DOM?</h4>
    <p>
    An in-memory copy of the page's tree …
    </p>

    <h4>2. Why does a list need keys?</h4>
    <p>
    </p>

People write a whole README in HTML when the page must read right to left (`<div dir="rtl">`) or be
centred, which Markdown cannot say; each `<h2>`…`<h6>` line then stands where a `###` question would. A
heading tag holding its whole title on one line, its title asking (a `?` of any script: `؟`, `？`, the
Greek `;`, or a command word; its number, in any digits, `١.`, dropped), is a question; the lines after
it, up to the next heading (HTML or Markdown), rule or back-to-top link, are the answer, kept as the HTML
they are. Two asking headings are needed in the document. An answer whose first element (`<p>…</p>`) is
empty or a note to self (`TODO`, `🚧 …`) is reported `unanswered`, whatever follows it (a remark of the
writer's). Headings that do not ask (`<h2>Basics</h2>`) are the context of the questions under them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, block_kinds, lazy_pattern
from .html_text import html_markdown, html_plain
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, ends_with_question_mark, is_back_to_top, is_question

CONVENTION = "html-heading"

# A heading tag holding its whole title on its line: `<h4>١. ما هو …؟</h4>`, `<h2 id="hooks">Hooks</h2>`.
_HEADING = lazy_pattern(r"^[ \t]{0,3}<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.I)
# A note app's heading written as a line of its own (Evernote, as Yarle exports it): a `<div>` holding only
# a bold run, in styling spans. A larger font size titles a section; a highlight or no style marks the
# writer's own question (`<div><span style="background-color: …;"><b>★ Why …?</b></span></div>`).
_BOLD_DIV = lazy_pattern(
    r"^[ \t]{0,3}<div>((?:<span\b[^>]*>)*)<(b|strong)>(.*?)</\2>(?:</span>)*</div>\s*$", re.I
)
_SIZED = lazy_pattern(r"font-size", re.I)
# A marker put before a question (`★`, `☆`, `⭐`), no part of it.
_MARKER = lazy_pattern(r"^\s*[★☆⭐✱✳]\ufe0f?\s*")
_RULE = lazy_pattern(r"^[ \t]{0,3}<hr\b[^>]*>\s*$", re.I)
# A line that only opens or closes a wrapper (`<div dir="rtl">`, `</div>`): no part of an answer.
_WRAPPER = lazy_pattern(r"^\s*(?:</?(?:div|section|article|main|center)\b[^>]*>\s*)+$", re.I)
# The opening tag of the answer's first element, and the closing tag that ends it.
_OPENING_TAG = lazy_pattern(r"^\s*<([a-z][a-z0-9]*)\b", re.I)
_MIN_QUESTIONS = 2
_HEADING_WORDS = ("h1", "h2", "h3", "h4", "h5", "h6", "div")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the asking HTML headings (see the module docstring)."""
    if "html_block" not in block_kinds(doc) or not a_line_opens_with(doc, _HEADING_WORDS):
        return RuleResult()  # no line opens with a heading tag: nearly every document
    headings = _headings(doc)
    asking = [line for line, level, inner, _ in headings if level > 1 and line not in taken and _asks(html_plain(inner))]
    if len(asking) < _MIN_QUESTIONS:
        return RuleResult()
    stops = _stops(doc, headings)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    outline: list[tuple[int, str]] = []  # the enclosing headings that do not ask: (level, title)
    asks = set(asking)
    for line, level, inner, block in headings:
        while outline and outline[-1][0] >= level:
            outline.pop()
        if line not in asks:
            if level > 1:
                outline.append((level, html_plain(inner)))
            continue
        end = _answer_end(doc, line + 1, stops, taken)
        path = heading_path(doc, block) + tuple(t for _, t in outline)
        question, _ = clean_question(html_markdown(inner, breaks=" "))
        answer = _answer_lines(doc, line + 1, end)
        reason = _empty(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(line), html_plain(question), reason))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(line), CONVENTION, question, "\n".join(answer), context, topic_tags(path)))
        claims.update(claim(line, end, "card" if reason is None else "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asks(title: str) -> bool:
    """True when a heading's title asks: a question mark of its script (`?`, `؟`, `？`, the Greek `;`) or a
    command word (`Explain …`)."""
    return ends_with_question_mark(title) or is_question(title)


def _headings(doc: Document) -> list[tuple[int, int, str, int]]:
    """(line, level, inner HTML, block index) of each one-line heading tag of the HTML blocks."""
    found: list[tuple[int, int, str, int]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "html_block":
            continue
        for line in range(block.first, block.last):
            match = _HEADING.match(doc.lines[line])
            if match is not None:
                found.append((line, int(match.group(1)), match.group(2), index))
                continue
            bold = _BOLD_DIV.match(doc.lines[line])
            if bold is not None:
                # a sized title stands at level 1, where no heading asks; a marked question below any title
                level = 1 if _SIZED.search(bold.group(1)) else 6
                found.append((line, level, _MARKER.sub("", bold.group(3)), index))
    return found


def _stops(doc: Document, headings: list[tuple[int, int, str, int]]) -> list[int]:
    """The lines that end an answer: headings of both kinds and rules, in order."""
    stops = {line for line, _, _, _ in headings}
    for block in doc.blocks:
        if block.kind in ("heading", "hr"):
            stops.add(block.first)
        elif block.kind == "html_block":
            stops.update(n for n in range(block.first, block.last) if _RULE.match(doc.lines[n]))
    return sorted(stops)


def _answer_end(doc: Document, first: int, stops: list[int], taken: Mapping[int, str]) -> int:
    """The line after the answer that starts on line FIRST: the next stop, back-to-top line or claimed line."""
    limit = next((stop for stop in stops if stop >= first), len(doc.lines))
    for line in range(first, limit):
        if line in taken or is_back_to_top(doc.lines[line]):
            return line
    return limit


def _answer_lines(doc: Document, first: int, end: int) -> list[str]:
    """The answer's lines, without the wrapper tags and blank lines around them."""
    lines = [line for line in doc.lines[first:end] if not _WRAPPER.match(line)]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _empty(answer: list[str]) -> str | None:
    """Why ANSWER is none: nothing to read, or a first element that is empty or a note to self."""
    whole = html_plain("\n".join(answer))
    if not whole:
        return "no answer"
    first = _first_element(answer)
    plain = html_plain("\n".join(first))
    if not plain:
        return empty_reason(whole)
    return empty_reason(plain) if len(first) < len(answer) else empty_reason(whole)


def _first_element(answer: list[str]) -> list[str]:
    """The lines of the answer's first element: up to the line closing the tag that opens it, else up to
    the first blank line."""
    opening = _OPENING_TAG.match(answer[0])
    if opening is not None:
        closing = re.compile(rf"</{opening.group(1)}\s*>", re.I)
        for n, line in enumerate(answer):
            if closing.search(line):
                return answer[: n + 1]
    for n, line in enumerate(answer):
        if not line.strip():
            return answer[:n]
    return answer
