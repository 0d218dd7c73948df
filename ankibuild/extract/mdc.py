"""Nuxt Content's MDC block components written on lines of their own: `::name{props}` … `::`.

Nuxt Content pages (Nuxt UI, Docus) wrap folded answers, tabs and fields in block components: a line of two
colons or more glued to the component's name, its props in braces after it (`:::accordion-item{label="…"
icon="…"}`), closed by a line of as many colons alone; a component nested in another usually takes one colon
more, but may take as many (`::field` inside `::field-group`). A YAML props block may open the body
(`---` / `type: multiple` / `---`): the component's props, never content. markdown-it reads all of it as
text (and the props block's rules as setext underlines). This module finds the pairs (code fences skipped),
gives each its title as a Hugo shortcode's (`hugo.shortcode_title`: `label=`, `title=`, `name=` …) and its
body without the props and the marker lines of the components it holds. Shared by the rules that read them.

A page uses MDC when one of its lines opens with exactly two colons glued to a letter (`::accordion`,
`::callout{…}`): the containers of VitePress, MyST and Pandoc take three colons or more, so a page of those
alone is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Document, dedent, fence_step
from .hugo import Shortcode, shortcode_title

_OPEN = re.compile(r"^[ \t]*(?P<colons>:{2,})(?P<name>[A-Za-z][\w-]*)(?P<props>\{.*\})?[ \t]*$")
_CLOSE = re.compile(r"^[ \t]*(?P<colons>:{2,})[ \t]*$")
# A top-level MDC component: two colons glued to a name at the start of a line.
_PAGE_MARK = re.compile(r"^[ \t]*::[A-Za-z]", re.M)
_PROPS_RULE = re.compile(r"^[ \t]*---[ \t]*$")
_PROPS_LINE = re.compile(r"^[ \t]*[A-Za-z][\w-]*:(?:[ \t].*)?$")


def has_components(doc: Document) -> bool:
    """True when the page may hold MDC block components: a cheap substring test, then one search."""
    text = doc.source.text
    return "::" in text and _PAGE_MARK.search(text) is not None


def find_components(lines: Sequence[str]) -> list[Shortcode]:
    """Every MDC block component of the lines with its closer, outer ones before the ones they hold (in line
    order); a closer ends the innermost open component of as many colons, and those opened inside it."""
    found: list[Shortcode] = []
    stack: list[tuple[str, str, int, int]] = []  # name, title, line, colons
    fence = ""
    for n, line in enumerate(lines):
        fence, code = fence_step(fence, line)
        if code or "::" not in line:
            continue
        opening = _OPEN.match(line)
        if opening is not None:
            props = opening.group("props") or ""
            stack.append(
                (opening.group("name").lower(), shortcode_title(props[1:-1]) if props else "", n, len(opening.group("colons")))
            )
            continue
        close = _CLOSE.match(line)
        if close is None:
            continue
        colons = len(close.group("colons"))
        if not any(entry[3] == colons for entry in stack):
            continue
        while stack:
            name, title, start, count = stack.pop()
            if count == colons:
                found.append(Shortcode(name, title, start, n, len(stack), (), "mdc"))
                break
    found.sort(key=lambda s: (s.first, s.depth))
    return found


def body_start(lines: Sequence[str], item: Shortcode) -> int:
    """The first line of a component's body: after its opener and the YAML props block right under it."""
    n = item.first + 1
    if n < item.end and _PROPS_RULE.match(lines[n]):
        close = n + 1
        while close < item.end and _PROPS_LINE.match(lines[close]):
            close += 1
        if close < item.end and _PROPS_RULE.match(lines[close]):
            return close + 1
    return n


def component_body(lines: Sequence[str], item: Shortcode) -> str:
    """A component's body as Markdown: dedented, its props and the marker lines of the components it holds
    gone (their titles kept as bold labels), code fences left whole."""
    kept: list[str] = []
    fence = ""
    for line in lines[body_start(lines, item) : item.end]:
        fence, code = fence_step(fence, line)
        if not code and "::" in line:
            if (opening := _OPEN.match(line)) is not None:
                props = opening.group("props") or ""
                title = shortcode_title(props[1:-1]) if props else ""
                if title:
                    kept.append(line[: len(line) - len(line.lstrip())] + f"**{title}**")
                continue
            if _CLOSE.match(line):
                continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", dedent(kept)).strip()
