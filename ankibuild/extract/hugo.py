"""Hugo shortcodes written on lines of their own: `{{< accordion-item title="…" >}}` … `{{< /accordion-item >}}`.

Hugo themes (Docsy, Hugo Book, Learn, Blowfish, Hextra …) wrap answers, folded sections and tabs in paired
shortcodes, in either delimiter: `{{< name args >}}` or `{{% name args %}}`, closed by `{{< /name >}}`.
markdown-it reads them as ordinary text. This module finds the pairs in a list of lines (code fences
skipped), gives each its title (a `title=`, `summary=`, `question=`, `header=`, `name=` or `label=`
attribute, else its first positional string: `{{< details "Why?" >}}`, `{{< tab "Answer" >}}`) and removes
their marker lines from a text. Shared by the rules that read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .document import fence_step

_MARK = re.compile(
    r"^[ \t]*\{\{(?P<open>[<%])-?[ \t]*(?P<slash>/?)[ \t]*(?P<name>[A-Za-z][\w./-]*)(?P<args>.*?)[ \t]*/?[ \t]*-?(?P<close>[>%])\}\}[ \t]*$"
)
_ATTR = re.compile(r"""(?P<key>[\w-]+)[ \t]*=[ \t]*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|`(?P<bq>[^`]*)`|(?P<bare>[^\s"'`]+))""")
_POSITIONAL = re.compile(r"""^[ \t]*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|`(?P<bq>[^`]*)`)""")
_TITLE_KEYS = ("title", "summary", "question", "header", "name", "label", "heading")
_MATH_NAMES = frozenset({"katex", "math", "mathjax"})


@dataclass(frozen=True, slots=True)
class Shortcode:
    """One paired shortcode found in a list of lines."""

    name: str
    """Its name in lower case: `accordion-item`, `details`, `tabs`, `tab` …"""
    title: str
    """Its title attribute or first positional string, '' when it has none."""
    first: int
    """Index of its opening line."""
    end: int
    """Index of its closing line (`{{< /name >}}`)."""
    depth: int
    """0 for a shortcode that no other paired shortcode holds."""
    items: tuple[str, ...] = ()
    """The labels an `items="Question,Answer"` attribute gives its tabs (Hextra's `{{< tabs >}}`)."""
    syntax: str = "hugo"
    """`hugo`; `liquid` or `jsx` for the same pairs written as Liquid tags or MDX components (`shortcode_items`)."""


def has_shortcodes(text: str) -> bool:
    """True when a text may hold a Hugo shortcode (a cheap test before any scan)."""
    return "{{<" in text or "{{%" in text


def shortcode_mark(line: str) -> re.Match[str] | None:
    """The match of a line that is only a shortcode (`{{< tab "Answer" >}}`, `{{% /expand %}}`), or None."""
    if "{{" not in line:
        return None
    match = _MARK.match(line)
    if match is None or (match.group("open") == "<") != (match.group("close") == ">"):
        return None
    return match


def find_shortcodes(lines: Sequence[str]) -> list[Shortcode]:
    """Every paired shortcode in the lines, outer ones before the ones they hold, in one pass. A shortcode
    without its closer (`{{< toc >}}`, `{{< figure … >}}`) is no pair; code fences are skipped."""
    found: list[Shortcode] = []
    stack: list[tuple[str, str, int, tuple[str, ...]]] = []  # name, title, line, item labels
    open_names: dict[str, int] = {}
    fence = ""
    for n, line in enumerate(lines):
        fence, code = fence_step(fence, line)
        if code:
            continue
        mark = shortcode_mark(line)
        if mark is None:
            continue
        name = mark.group("name").lower()
        if mark.group("slash"):
            if not open_names.get(name):
                continue
            while stack:
                kind, title, start, items = stack.pop()
                open_names[kind] -= 1
                if kind == name:
                    found.append(Shortcode(kind, title, start, n, len(stack), items))
                    break
        elif not mark.group("args").rstrip().endswith("/"):
            args = mark.group("args")
            stack.append((name, shortcode_title(args), n, _item_labels(args)))
            open_names[name] = open_names.get(name, 0) + 1
    found.sort(key=lambda s: (s.first, s.depth))
    return found


def shortcode_title(args: str) -> str:
    """The title a shortcode's arguments give: a title-like attribute, else its first positional string."""
    if "=" in args:
        attrs = {
            m.group("key").lower(): m.group("dq") or m.group("sq") or m.group("bq") or m.group("bare") or ""
            for m in _ATTR.finditer(args)
        }
        for key in _TITLE_KEYS:
            if attrs.get(key):
                return attrs[key].strip()
    positional = _POSITIONAL.match(args)
    if positional is not None:
        return (positional.group("dq") or positional.group("sq") or positional.group("bq") or "").strip()
    return ""


_ITEMS = re.compile(r"""\bitems[ \t]*=[ \t]*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")


def _item_labels(args: str) -> tuple[str, ...]:
    """`items="Question, Answer"` → (`Question`, `Answer`)."""
    if "items" not in args:
        return ()
    match = _ITEMS.search(args)
    if match is None:
        return ()
    return tuple(label.strip() for label in (match.group("dq") or match.group("sq") or "").split(","))


def without_shortcode_lines(markdown: str) -> str:
    """The Markdown with every line that is only a shortcode (`{{< /tab >}}`, `{{% notice tip %}}`) gone, and
    the blank lines this leaves folded; code fences are kept as they are."""
    if not has_shortcodes(markdown):
        return markdown
    out: list[str] = []
    fence = ""
    for line in markdown.split("\n"):
        fence, code = fence_step(fence, line)
        if not code and (mark := shortcode_mark(line)) is not None:
            if mark.group("name").lower() in _MATH_NAMES:
                out.append("$$")  # `{{< katex display >}}` … `{{< /katex >}}`: display math
            continue
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
