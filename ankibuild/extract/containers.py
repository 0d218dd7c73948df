"""Containers written as plain-text fences, which markdown-it reads as ordinary text or code.

Documentation generators wrap answers, tips and tabs in block markers of their own: VitePress and
markdown-it-container (`::: details Answer` … `:::`), MyST / Jupyter Book colon directives
(`:::{dropdown} Solution` … `:::`) and backtick directives (```` ```{admonition} Solution ```` with
`:class: dropdown`, ```` ```{glossary} ````), GitBook's Liquid blocks (`{% hint style="success" %}` …
`{% endhint %}`, `{% code title="…" %}`) and mkdocs-material content tabs (`=== "Answer"` over a body
indented four spaces). This module finds them in a list of lines and turns an answer's Markdown into
what such a container shows: its body, its answer title dropped, other titles kept as a bold label.
Shared by the rules and by the chain's final pass over every answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .collapsibles import is_answer_summary
from .document import Document

_COLON_OPEN = re.compile(
    r"^ {0,3}(?P<marks>:{3,})[ \t]*(?:\{(?P<directive>[A-Za-z][\w-]*)\}|(?P<name>[A-Za-z][\w-]*))[ \t]*(?P<title>.*?)[ \t]*$"
)
_COLON_CLOSE = re.compile(r"^ {0,3}:{3,}[ \t]*$")
_BACKTICK_OPEN = re.compile(r"^ {0,3}(?P<marks>`{3,}|~{3,})[ \t]*\{(?P<directive>[A-Za-z][\w-]*)\}[ \t]*(?P<title>.*?)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(?P<marks>`{3,}|~{3,})")
_LIQUID = re.compile(r"^ {0,3}\{%-?[ \t]*(?P<name>[A-Za-z][\w-]*)(?P<args>.*?)-?%\}[ \t]*$")
_LIQUID_ATTR = re.compile(r"""(?P<key>[\w-]+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""")
_OPTION = re.compile(r"^ {0,3}:[\w-]+:(?:[ \t].*)?$")
TAB_HEAD = re.compile(r"^===[+!]?[ \t]+\"(?P<label>[^\"]+)\"[ \t]*$")
"""`=== "Answer"`: the head of a mkdocs-material content tab (its body indented four spaces under it)."""
DOCFX_TAB = re.compile(r"^ {0,3}#{1,6}[ \t]+\[(?P<label>[^\]\n]*)\]\(#tab/[^)\s]+\)[ \t#]*$")
"""`# [Short answer](#tab/short)`, `## [Linux](#tab/linux/ubuntu)`: a DocFX tab, a heading that is only a link to
a tab (its body the blocks under it, to the next tab, a `---` line or another heading)."""

# Kinds that hide what they hold until clicked: under a question, with no title or an answer title, the answer.
_FOLDING = frozenset({"details", "dropdown", "toggle", "spoiler", "collapse"})
_ANSWER_KINDS = frozenset({"answer", "solution", "success", "check", "done"})
CODE_KINDS = frozenset(
    {"code-cell", "code-block", "code", "sourcecode", "literalinclude"}
    # Quarto / R Markdown code chunks (```` ```{r} ````, ```` ```{python} ````): the engine names the language.
    | {"r", "python", "julia", "bash", "sh", "sql", "ojs", "stan", "rcpp", "js", "octave", "matlab"}
)
"""Directives whose body is code (```` ```{code-cell} python ````, ```` ```{r} ````), not Markdown."""
# Pandoc / Quarto fenced divs: `::: {.callout-tip collapse="true"}`, `:::: {.solution}`, `::: {#sol-1 .callout}`.
# Its attributes open with a class or an id, or set a key (MyST's `:::{note}` names a directive instead).
_PANDOC_OPEN = re.compile(r"^ {0,3}:{3,}[ \t]*\{(?P<attrs>[ \t]*[.#][^{}]*|[^{}]*=[^{}]*)\}[ \t]*$")
_PANDOC_CLASS = re.compile(r"(?:^|\s)\.(?P<name>[A-Za-z][\w-]*)")
_PANDOC_ATTR = re.compile(r"""(?P<key>[\w-]+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>\S+))""")
_HEADING_TITLE = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<title>.+?)[ \t#]*$")
# GitBook's page links: navigation, never part of an answer.
_NAVIGATION_KINDS = frozenset({"content-ref", "page-ref"})
# Directives whose title is a file or a target, not a label: their markers simply go.
_UNLABELLED_KINDS = frozenset({"figure", "image", "include", "raw", "only", "eval-rst", "tab-set", "tabs", "grid", "card"})
LABELLED_KINDS = frozenset(
    {"note", "tip", "warning", "danger", "caution", "important", "attention", "error", "info", "seealso", "hint"}
)
"""Typed boxes (`::: warning`, `:::tip`): with no title, their kind labels them."""
_HINT_TITLE = re.compile(r"^\W*(?:hints?|indice|pista|tipp|hinweis|подсказка|提示|ヒント|힌트)\b", re.I)
# `*Left as an exercise — hint: …*`, `Exercise for the reader.`: the answer is the reader's to find.
_LEFT_TO_READER = re.compile(
    r"^\W*(?:left\s+(?:as\s+an?\s+exercise|to\s+the\s+reader|for\s+the\s+reader)|(?:an?\s+)?exercise\s+for\s+the\s+reader"
    r"|hint\s*[:：])",
    re.I,
)
ANSWER_LABEL = re.compile(
    r"^\W*(?:answers?|solutions?|sample\s+(?:answer|solution)|r[ée]ponses?|respuestas?|soluci[oó]n|soluciones|antwort|antworten|"
    r"l[oö]sung(?:en)?|rispost[ae]|soluzion[ei]|respostas?|solu[çc][ãa]o|ответы?|решение|odpowied[źz]|rozwi[ąa]zanie|"
    r"cevap|[çc][öo]z[üu]m|jawaban|答案|解答|回答|正解|정답|해답|답)(?:\W|$)",
    re.I,
)
"""A tab or container title that labels an answer, in the languages notes are written in (`Answer (LEFT JOIN)` too)."""
QUESTION_LABEL = re.compile(
    r"^\W*(?:questions?|problems?|tasks?|exercises?|prompt|frage|aufgabe|pregunta|ejercicio|enunciado|[ée]nonc[ée]|exercice|"
    r"domanda|esercizio|pergunta|exerc[íi]cio|вопрос|задача|задание|pytanie|zadanie|soru|问题|題目|题目|問題|문제|질문)(?:\W|$)",
    re.I,
)
"""A tab title that labels the question."""


@dataclass(frozen=True, slots=True)
class Container:
    """One container found in a list of lines."""

    kind: str
    """Its name in lower case: `details`, `dropdown`, `admonition`, `hint`, `glossary`, `code-cell` …"""
    title: str
    """Its title as written (a Liquid block's `style`/`title` attribute), '' when it has none."""
    first: int
    """Index of its opening line."""
    body: int
    """Index of its first body line (after the opening line and any `:class: …` option lines)."""
    end: int
    """Index of its closing line."""
    depth: int
    """0 for a container that no other container holds."""
    syntax: str
    """`colon`, `backtick`, `liquid` or `pandoc` (a fenced div with attributes: `::: {.callout-tip}`)."""

    @property
    def last(self) -> int:
        """Index after its closing line."""
        return self.end + 1


# The seven marks of `has_container_marks` as three patterns, each opening with a literal character that the
# regex engine skips to in a tight loop, the rest looked at only there: a `:` followed by `::`; a `{` followed
# by `%` or behind ```` ``` ```` or `~~~`; a `=` followed by `==` and ` "`, `+ "` or `! "`. Each matches
# exactly where one of its marks starts (a lookbehind at a `{` holds exactly where ```` ```{ ```` ends there).
_COLON_MARK = re.compile(r":(?=::)")
_BRACE_MARK = re.compile(r"\{(?:%|(?<=```\{)|(?<=~~~\{))")
_TAB_MARK = re.compile(r'=(?===[+!]? ")')


def has_container_marks(text: str) -> bool:
    """True when a text may hold a container (a cheap test before any scan): when it holds `:::`, `{%`,
    ```` ```{ ````, `~~~{` or a tab mark (`has_tabs`). Three searches instead of seven substring searches,
    each of which steps through the whole text."""
    return _COLON_MARK.search(text) is not None or _BRACE_MARK.search(text) is not None or has_tabs(text)


def has_tabs(text: str) -> bool:
    """True when a text may hold a content tab (`=== "Answer"`, `===+ "…"` selected, `===! "…"` a new group):
    `'=== "' in text or '===+ "' in text or '===! "' in text`, in one search."""
    return _TAB_MARK.search(text) is not None


# Docsify's helpers: a paragraph opening with `?>` is a tip box, one opening with `!>` a warning box.
_HELPER = re.compile(r"^(?P<indent> {0,3})(?P<mark>[?!])>(?:[ \t]+|$)")


def has_helper_marks(text: str) -> bool:
    """True when a text may hold a docsify helper paragraph (`?> …`, `!> …`): a cheap test before any scan."""
    return "?>" in text or "!>" in text


def unwrap_helpers(markdown: str) -> tuple[str, str | None]:
    """The Markdown as docsify shows its helper paragraphs: a tip (`?> It does not mean …`) as its text, a
    warning (`!> I once shipped …`) as a quote set off from the answer; with the text of the tip that opens
    it (None when it opens otherwise), so that a tip holding only a placeholder can leave its question
    unanswered. Lines in code fences (a PHP `?>`) are code, not helpers."""
    if not has_helper_marks(markdown):
        return markdown, None
    lines = markdown.split("\n")
    fence: str | None = None
    for n, line in enumerate(lines):
        marks = _FENCE.match(line)
        if marks is not None and (fence is None or marks.group("marks").startswith(fence)):
            fence = marks.group("marks")[0] * 3 if fence is None else None
            continue
        helper = _HELPER.match(line) if fence is None else None
        if helper is not None:
            rest = line[helper.end() :]
            lines[n] = helper.group("indent") + (rest if helper.group("mark") == "?" else f"> {rest}")
    return "\n".join(lines), _leading_tip(markdown)


def _leading_tip(markdown: str) -> str | None:
    """The text of the tip paragraph (`?> …` and the lines under it up to a blank line) that opens the
    Markdown, or None when it opens otherwise."""
    lines = markdown.strip("\n").split("\n")
    helper = _HELPER.match(lines[0]) if lines else None
    if helper is None or helper.group("mark") != "?":
        return None
    body = [lines[0][helper.end() :]]
    for line in lines[1:]:
        if not line.strip():
            break
        body.append(line)
    return "\n".join(body).strip()


def find_containers(lines: Sequence[str]) -> list[Container]:
    """Every closed container in the lines, outer ones before the ones they hold, in one pass. Code fences
    are skipped; a Liquid tag without its `{% endname %}` (`{% embed … %}`) is no container."""
    found: list[Container] = []
    colons: list[tuple[str, str, int, str]] = []  # kind, title, line, syntax
    liquids: list[tuple[str, str, int]] = []
    open_names: dict[str, int] = {}  # how many Liquid tags of each name are open, so an end tag is matched in O(1)
    fence: tuple[str, int, str, str] | None = None  # marks, line, kind, title of an open backtick fence
    for n, line in enumerate(lines):
        if fence is not None:
            marks = fence[0]
            stripped = line.strip()
            if stripped.startswith(marks[0] * len(marks)) and not stripped.strip(marks[0]):
                if fence[2]:
                    depth = len(colons) + len(liquids)
                    found.append(
                        Container(fence[2], fence[3], fence[1], _after_options(lines, fence[1] + 1, n), n, depth, "backtick")
                    )
                fence = None
            continue
        if "`" in line or "~" in line:
            directive = _BACKTICK_OPEN.match(line)
            if directive is not None:
                fence = (directive.group("marks"), n, directive.group("directive").lower(), directive.group("title"))
                continue
            plain = _FENCE.match(line)
            if plain is not None:
                fence = (plain.group("marks"), n, "", "")
                continue
        if ":::" in line:
            if _COLON_CLOSE.match(line):
                if colons:
                    kind, title, start, syntax = colons.pop()
                    depth = len(colons) + len(liquids)
                    if syntax == "pandoc":
                        title, body = _pandoc_title(lines, start, n, title)
                        found.append(Container(kind, title, start, body, n, depth, "pandoc"))
                        continue
                    found.append(Container(kind, title, start, _after_options(lines, start + 1, n), n, depth, "colon"))
                continue
            div = _pandoc_div(line)
            if div is not None:
                colons.append((div[0], div[1], n, "pandoc"))
                continue
            opened = _COLON_OPEN.match(line)
            if opened is not None:
                kind = (opened.group("directive") or opened.group("name")).lower()
                title = opened.group("title")
                if title.startswith("[") and title.endswith("]"):
                    title = title[1:-1].strip()  # Docusaurus: `:::tip[Remember]`
                colons.append((kind, title, n, "colon"))
                continue
        if "{%" in line:
            tag = _LIQUID.match(line)
            if tag is None:
                continue
            name = tag.group("name").lower()
            if name.startswith("end") and open_names.get(name[3:]):
                while liquids:
                    kind, title, start = liquids.pop()
                    open_names[kind] -= 1
                    if kind == name[3:]:
                        depth = len(colons) + len(liquids)
                        found.append(Container(kind, title, start, start + 1, n, depth, "liquid"))
                        break
            elif not name.startswith("end"):
                liquids.append((name, _liquid_title(tag.group("args")), n))
                open_names[name] = open_names.get(name, 0) + 1
    found.sort(key=lambda c: (c.first, c.depth))
    return found


def _pandoc_div(line: str) -> tuple[str, str] | None:
    """The kind and title of a pandoc fenced div's opening line (`::: {.callout-tip collapse="true"}`), or
    None. A callout that folds (`collapse="true"`) is a `collapse` box; otherwise its kind is its first class
    without `callout-` (`.callout-note` → `note`, `.solution` → `solution`), `div` when it has no class."""
    opened = _PANDOC_OPEN.match(line)
    if opened is None:
        return None
    attrs = opened.group("attrs")
    classes = [m.group("name").lower() for m in _PANDOC_CLASS.finditer(attrs)]
    values = {
        m.group("key").lower(): m.group("dq") or m.group("sq") or m.group("bare") or "" for m in _PANDOC_ATTR.finditer(attrs)
    }
    title = values.get("title", "")
    if values.get("collapse", "").lower() in ("true", "false"):
        return "collapse", title
    if not classes:
        return "div", title
    kind = classes[0]
    return (kind[len("callout-") :] or "note") if kind.startswith("callout-") else kind, title


def _pandoc_title(lines: Sequence[str], start: int, end: int, title: str) -> tuple[str, int]:
    """A fenced div's title and first body line: Quarto takes a heading that opens the div as its title
    (`## Solution`), which is then no part of the body."""
    n = start + 1
    while n < end and not lines[n].strip():
        n += 1
    heading = _HEADING_TITLE.match(lines[n]) if n < end else None
    if heading is not None and not title:
        return heading.group("title"), n + 1
    return title, start + 1


def _after_options(lines: Sequence[str], start: int, end: int) -> int:
    """The first line after a directive's `:class: dropdown` option lines."""
    n = start
    while n < end and _OPTION.match(lines[n]):
        n += 1
    return n


def _liquid_title(args: str) -> str:
    attrs = {m.group("key").lower(): m.group("dq") or m.group("sq") or m.group("bare") or "" for m in _LIQUID_ATTR.finditer(args)}
    return attrs.get("title") or attrs.get("style") or ""


def answers(container: Container) -> bool:
    """True when a container holds the answer to what comes before it: a folding box with no title or an
    answer title (`::: details`, `:::{dropdown} Show answer`), an admonition titled as an answer
    (```` ```{admonition} Solution ````), a `solution` directive, a GitBook `success` hint."""
    if container.kind in CODE_KINDS or container.kind == "glossary":
        return False
    if is_hint(container):
        return False
    title = container.title.strip()
    if container.kind in _FOLDING:
        return not title or is_answer_summary(title) or bool(ANSWER_LABEL.match(title))
    if container.kind in _ANSWER_KINDS:
        return True
    if container.syntax == "liquid":
        return container.kind == "hint" and title.lower() == "success"
    return bool(title) and (is_answer_summary(title) or bool(ANSWER_LABEL.match(title)))


ANSWER_WORD = re.compile(ANSWER_LABEL.pattern.replace(r"^\W*", r"(?:^|\W)", 1) + r"|\b(?:explanation|worked\s+solution)\b", re.I)
"""A title naming the answer anywhere in it (`Short answer`, `Kurze Antwort`, `Worked solution`)."""
_ANSWER_WORD = re.compile(r"\b(?:answers?|solutions?|explanation|worked\s+solution)\b", re.I)


def names_answer(container: Container) -> bool:
    """True when a container says it holds the answer (`Solution`, `Show answer`, `Antwort`, a `solution`
    directive, a `success` box), not merely that it folds (`::: details`, `Click to expand`)."""
    title = container.title.strip()
    if container.syntax == "liquid":
        return container.kind == "hint" and title.lower() == "success"
    if container.kind in _ANSWER_KINDS:
        return True
    return bool(title) and (bool(ANSWER_LABEL.match(title)) or bool(_ANSWER_WORD.search(title)))


def is_hint(container: Container) -> bool:
    """A hint (`{admonition} Hint`, MyST's `{hint}`, `::: details Hint 1`): help, never the answer."""
    if container.syntax != "liquid" and container.kind == "hint":
        return True
    return bool(_HINT_TITLE.match(container.title))


def _label(container: Container) -> str | None:
    """The bold label a container keeps on a back: its title, or its kind for a typed box (`::: warning`);
    None for an answer box, a folding box and code or tab groups, whose markers simply go."""
    if answers(container) or container.kind in CODE_KINDS or container.kind in _UNLABELLED_KINDS:
        return None
    title = container.title.strip()
    if container.kind in _FOLDING:  # `:::{dropdown} Proof of the lemma` keeps its title, `::: details` none
        return title if title and not is_answer_summary(title) else None
    if container.syntax == "liquid":
        if container.kind == "hint":
            return None if title.lower() in ("", "info", "success") else title.capitalize()
        return title if container.kind == "tab" and title else None
    if title:
        return title
    return container.kind.capitalize() if container.kind in LABELLED_KINDS else None


def shown_body(lines: Sequence[str], container: Container) -> str:
    """The Markdown a container shows (its markers and options gone), with the containers it holds
    unwrapped the same way."""
    return unwrap_containers("\n".join(lines[container.body : container.end]))


def unwrap_containers(markdown: str) -> str:
    """The Markdown with every container's marker lines replaced by what the container shows: nothing
    for an answer or folding box, a `**Title**` label for a titled or typed box (`::: warning` →
    `**Warning**`), a code fence for a code directive (```` ```{code-cell} python ```` → ```` ```python ````);
    content tabs (`=== "Python"` over an indented body) become a label over their dedented body.
    Text without any container is returned as it is."""
    if not has_container_marks(markdown):
        return markdown
    lines = markdown.split("\n")
    containers = find_containers(lines)
    out: list[str | None] = list(lines)
    for container in containers:
        label = _label(container)
        if container.syntax == "liquid" and container.kind == "highlight":  # Jekyll's code block
            language = container.title or _first_word(lines[container.first].split("highlight", 1)[1])
            out[container.first] = f"```{language}"
            out[container.end] = "```"
            continue
        if container.kind in CODE_KINDS and container.syntax == "backtick":
            language = container.title.split()[0] if container.title.split() else ""
            if not language and container.kind not in ("code-cell", "code-block", "code", "sourcecode", "literalinclude"):
                language = container.kind  # ```` ```{r} ```` → ```` ```r ````
            marks = _FENCE.match(lines[container.first])
            out[container.first] = f"{marks.group('marks') if marks else '```'}{language}"
            for n in range(container.first + 1, container.body):
                out[n] = None
            continue
        if container.kind in _NAVIGATION_KINDS:  # `{% content-ref url="next.md" %}`: a link to the next page
            for n in range(container.first, container.end + 1):
                out[n] = None
            continue
        if container.kind == "math" and container.syntax == "backtick":
            out[container.first] = "$$"
            out[container.end] = "$$"
            continue
        out[container.first] = f"**{label}**\n" if label else ""
        for n in range(container.first + 1, container.body):
            out[n] = None
        out[container.end] = ""
    text = "\n".join(line for line in out if line is not None)
    if has_tabs(text):
        text = unwrap_tabs(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _first_word(text: str) -> str:
    words = text.replace("%}", " ").split()
    return words[0] if words else ""


def tab_runs(lines: Sequence[str], start: int = 0, stop: int | None = None) -> list[list[tuple[str, int, int]]]:
    """The groups of content tabs in the lines: each tab as (label, head line, line after its body), tabs
    that follow one another (blank lines between) in one group."""
    stop = len(lines) if stop is None else stop
    groups: list[list[tuple[str, int, int]]] = []
    n = start
    while n < stop:
        head = TAB_HEAD.match(lines[n]) if lines[n].startswith("===") else None
        if head is None:
            n += 1
            continue
        end = n + 1
        last = n + 1
        while end < stop and (not lines[end].strip() or lines[end].startswith(("    ", "\t"))):
            end += 1
            if lines[end - 1].strip():
                last = end
        tab = (head.group("label"), n, last)
        if (
            groups
            and not lines[n].startswith("===!")
            and groups[-1][-1][2] <= n
            and all(not lines[k].strip() for k in range(groups[-1][-1][2], n))
        ):
            groups[-1].append(tab)
        else:
            groups.append([tab])
        n = end
    return groups


def tab_body(lines: Sequence[str], tab: tuple[str, int, int]) -> str:
    """A tab's body, dedented by its four spaces (or tab), its containers unwrapped."""
    body = [
        line[4:] if line.startswith("    ") else line[1:] if line.startswith("\t") else line
        for line in lines[tab[1] + 1 : tab[2]]
    ]
    return unwrap_containers("\n".join(body).strip("\n"))


def unwrap_tabs(markdown: str) -> str:
    """Content tabs shown as a bold label over each tab's dedented body."""
    lines = markdown.split("\n")
    out: list[str] = []
    n = 0
    for group in tab_runs(lines):
        for tab in group:
            out.extend(lines[n : tab[1]])
            if len(group) == 1 and (ANSWER_LABEL.match(tab[0]) or is_answer_summary(tab[0])):
                out.extend([tab_body(lines, tab), ""])  # a lone `=== "Answer"` tab only labels the answer
            else:
                out.extend([f"**{tab[0]}**", "", tab_body(lines, tab), ""])
            n = tab[2]
    out.extend(lines[n:])
    return "\n".join(out)


def leading_answer_end(lines: Sequence[str], containers: Sequence[Container]) -> int | None:
    """When an answer opens with its answer container (`::: details Answer`, `{% hint style="success" %}`),
    the index after that container's closing line (what follows is no part of the answer: the next
    `::: warning`, a `{% content-ref %}`), else None."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    for container in containers:
        if container.first == first and container.depth == 0:
            return container.last if answers(container) else None
    return None


def only_hints(lines: Sequence[str], containers: Sequence[Container]) -> bool:
    """True when the text is only hint containers (`{admonition} Hint`): help towards an answer, no answer."""
    top = [c for c in containers if c.depth == 0]
    if not top or not all(is_hint(c) for c in top):
        return False
    inside: set[int] = set()
    for container in top:
        inside.update(range(container.first, container.last))
    return all(n in inside or not line.strip() for n, line in enumerate(lines))


def _held_placeholder(lines: Sequence[str], containers: Sequence[Container]) -> str | None:
    """Why an answer made only of one box is none when the box holds only a placeholder
    (`{% hint style="danger" %}` over `TODO — not sure, ask on Slack.`): its label is no answer either."""
    top = [c for c in containers if c.depth == 0]
    if len(top) != 1 or any(line.strip() for n, line in enumerate(lines) if not top[0].first <= n <= top[0].end):
        return None
    from .answers import empty_reason

    return empty_reason(shown_body(lines, top[0]))


# MyST roles: `{term}`Enthalpy``, `{math}`x^2``, `{ref}`the proof <proof-1>``, `{py:func}`len``. Not after a
# backtick or a letter (`` `{key}` and `value` `` is code beside code).
_ROLE = re.compile(r"(?<![`\w{])\{(?P<role>[a-z][\w-]*(?::[a-z][\w-]*)?)\}`(?P<body>[^`\n]+)`")
_ROLE_TARGET = re.compile(r"^(?P<text>.*?)\s*<[^<>]+>$")
_ROLE_TAGS = {"sub": "sub", "sup": "sup", "kbd": "kbd"}


def has_roles(text: str) -> bool:
    """True when a text may hold a MyST role (a cheap test before the search)."""
    return "}`" in text


def without_roles(markdown: str) -> str:
    """The Markdown with MyST roles written as what they show: `{math}`x`` as `$x$`, `{kbd}`Ctrl`` as
    `<kbd>`, a code role as code, a cross-reference or term as its text (`{ref}`the proof <proof-1>``
    → `the proof`). Text without any role is returned as it is."""
    if "}`" not in markdown or _ROLE.search(markdown) is None:
        return markdown

    def shown(match: re.Match[str]) -> str:
        role, body = match.group("role"), match.group("body")
        if role == "math":
            return f"${body}$"
        if role in _ROLE_TAGS:
            return f"<{_ROLE_TAGS[role]}>{body}</{_ROLE_TAGS[role]}>"
        if ":" in role or role in ("code", "samp", "file", "command", "program"):
            return f"`{body}`"
        target = _ROLE_TARGET.match(body)
        return (target.group("text") if target and target.group("text") else body).lstrip("~!")

    return _ROLE.sub(shown, markdown)


def left_to_reader(markdown: str) -> bool:
    """True for an answer that only leaves the work to the reader (`*Left as an exercise — hint: …*`)."""
    text = markdown.strip()
    return "\n" not in text and len(text) <= 200 and bool(_LEFT_TO_READER.match(text))


def unwrap_answer(markdown: str) -> tuple[str, str | None]:
    """An answer as its containers show it, cut where its opening answer container ends; with the reason
    it is none (`only a hint`, `left to the reader`) or None."""
    if not has_container_marks(markdown):
        return markdown, None
    lines = markdown.split("\n")
    containers = find_containers(lines)
    if not containers and not has_tabs(markdown):
        return markdown, None
    if only_hints(lines, containers):
        return markdown, "only a hint"
    if (held := _held_placeholder(lines, containers)) is not None:
        return markdown, held
    end = leading_answer_end(lines, containers)
    if end is not None and end < len(lines):
        markdown = "\n".join(lines[:end])
    shown = unwrap_containers(markdown)
    if left_to_reader(shown):
        return shown, "left to the reader"
    return shown, None


STATEMENT_KINDS = frozenset({"paragraph", "bullet_list", "ordered_list", "table", "math_block", "fence", "code_block"})
"""The kinds of block a statement above a box is made of."""
STATEMENT_BLOCKS_MAX = 4
"""A longer run of blocks above a box is prose: only its part from the last paragraph on is the statement."""


def statement_above(doc: Document, index: int, inside: set[int], free: Callable[[int], bool]) -> list[int]:
    """The blocks of the statement right above the box that opens at block INDEX: content blocks
    (`STATEMENT_KINDS`) that FREE accepts, up to a heading, a rule, another box (a block starting on a line
    in INSIDE) or a claimed block; a code block last is the statement's code cell. The first must be a
    paragraph (else there is no statement)."""
    found: list[int] = []
    i = index - 1
    while i >= 0 and len(found) <= STATEMENT_BLOCKS_MAX:
        block = doc.blocks[i]
        if block.kind not in STATEMENT_KINDS or block.first in inside or not free(i):
            break
        found.insert(0, i)
        i -= 1
    if len(found) > STATEMENT_BLOCKS_MAX:
        # A long run is prose above the statement: keep the paragraph nearest the box (and its code cell).
        paragraphs = [n for n in found if doc.blocks[n].kind == "paragraph"]
        found = [n for n in found if n >= paragraphs[-1]] if paragraphs else []
    while found and doc.blocks[found[0]].kind != "paragraph":
        found.pop(0)
    return found
