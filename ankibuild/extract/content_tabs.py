"""Question and answer content tabs (mkdocs-material `pymdownx.tabbed`).

    ## Exercise 3

    === "Question"

        Name the three layers of the heart wall.

    === "Answer"

        Endocardium, myocardium and epicardium.

A group of tabs with a question tab (`Question`, `Problem`, `Task`, `Frage`, `Pregunta`, `Вопрос`, `问题` …) and
an answer tab (`Answer`, `Solution`, `Answer (iterative)`, `Lösung`, `Respuesta`, `Ответ`, `答案` …) is one
card: the question tab's body (dedented: markdown-it reads it as indented code) is the front; the back is the
answer tab's body, or, when the group holds more tabs (two answers, a `Why not X?`), each of them under its
label in bold. An answer tab holding only a placeholder or leaving the work to the reader
(`*Left as an exercise — hint: …*`) leaves the question `unanswered`. The heading above (`## Exercise 3`) is
context. Tabs used for anything else (`=== "Python"` / `=== "Go"` under a question heading) are left to the
rule of that question, whose answer shows them as labelled parts. The same groups written as containers
(sphinx-design `::::{tab-set}` with `:::{tab-item} Question` items, GitBook `{% tabs %}` with
`{% tab title="Answer" %}` items, Docusaurus `<Tabs>` with `<TabItem label="Question">` items, Nuxt Content
`::tabs` with `:::tabs-item{label="Answer"}` items, DocFX tab headings `# [Question](#tab/q)` over
`# [Answer](#tab/a)`) are read the same way. Groups of two tabs whose pair of labels repeats down the page (two groups or more, the first tab of
most asking) are read by place, whatever the labels say: the first tab asks, the second answers.

A group in which no tab asks, right under a heading, answers that heading: DocFX tabs, written as headings
whose text is a link to a tab (`# [Short answer](#tab/short)`, `# [Deep dive](#tab/deep)`, the group closed by
a `---` line), under `### What is …?`. The heading is the front (it asks, or a tab's title names the answer:
`Short answer`, `Kurze Antwort`); the back is the tabs that hold something, each under its label in bold when
there are two or more. The tabs whose titles name the answer (all of them when none does) decide whether the
question is answered: empty or only placeholders, it is `unanswered`. The tab headings are no sections: the
card's context is the headings above its question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import is_answer_summary
from .containers import (
    ANSWER_LABEL,
    ANSWER_WORD,
    DOCFX_TAB,
    QUESTION_LABEL,
    find_containers,
    has_tabs,
    left_to_reader,
    shown_body,
    tab_body,
    tab_runs,
    unwrap_containers,
)
from .document import TAB_ANSWERED_LEVELS, Document, dedent, mark_followed_by, text_holds
from .hugo import find_shortcodes, without_shortcode_lines
from .mdc import component_body, find_components, has_components
from .outline import clean_heading, heading_question, topic_tags
from .questions import is_question


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from groups of question and answer tabs."""
    text = doc.source.text
    groups: list[tuple[int, int, list[tuple[str, int, str]]]] = []  # first line, line after, (label, line, body)
    # `has_tabs`, its three searches made one where no `===` stands; then `"{tab" in text or "{% tab" in
    # text`, `"<TabItem" in text` and `hugo.has_shortcodes`, asked only where their rare first character
    # stands (`mark_followed_by`, whose pass over the `{` of the document serves both `{` tests).
    if "===" in text and has_tabs(text):
        for run in tab_runs(doc.lines):
            groups.append((run[0][1], run[-1][2], [(tab[0], tab[1], tab_body(doc.lines, tab)) for tab in run]))
    if mark_followed_by(doc, "{", ("tab", "% tab")):
        groups.extend(_tab_sets(doc))
    if mark_followed_by(doc, "<", ("TabItem",)):
        groups.extend(_jsx_tabs(doc))
    if mark_followed_by(doc, "{", ("{<", "{%")):
        groups.extend(_hugo_tabs(doc))
    if has_components(doc):
        groups.extend(_mdc_tabs(doc))
    heading_tabs: list[tuple[int, int, list[tuple[str, int, str]]]] = []  # heading block, line after, tabs
    if text_holds(doc, "](#tab/"):
        for head, first, last, tabs in _docfx_tabs(doc):
            if any(QUESTION_LABEL.match(label) for label, _, _ in tabs):
                groups.append((first, last, tabs))  # `# [Question](#tab/q)` over `# [Answer](#tab/a)`: read as any group
            elif head is not None:
                heading_tabs.append((head, last, tabs))
    if not groups and not heading_tabs:
        return RuleResult()  # no content tab: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    heads = {block.first: i for i, block in enumerate(doc.blocks)}
    paired = _paired_labels(groups)
    for head, last, tabs in heading_tabs:
        if not any(n in taken for n in range(doc.blocks[head].first, last)):
            _answer_heading(doc, head, last, tabs, (drafts, diagnostics, claims))
    for first, last, tabs in sorted(groups):
        if len(tabs) == 2 and (tabs[0][0], tabs[1][0]) in paired:
            asking, answering = [tabs[0]], [tabs[1]]
        else:
            asking = [tab for tab in tabs if QUESTION_LABEL.match(tab[0])]
            answering = [tab for tab in tabs if ANSWER_LABEL.match(tab[0]) or is_answer_summary(tab[0])]
        if len(asking) != 1 or not answering or tabs[0] is not asking[0]:
            continue
        if first not in heads or any(n in taken or n in claims for n in range(first, last)):
            continue
        question = without_bold_label(asking[0][2])
        if not question.strip():
            continue
        others = tabs[1:]
        back = others[0][2] if len(others) == 1 else "\n\n".join(f"**{label}**\n\n{body}" for label, _, body in others)
        bodies = "\n\n".join(body for _, _, body in answering)
        reason = "left to the reader" if left_to_reader(bodies) else empty_reason(bodies)
        section = doc.section_of_block(heads[first])
        if DOCFX_TAB.match(doc.lines[first]):
            path = _path_without_tabs(doc, heads[first], _BELOW_ANY_HEADING)  # the tab headings are no sections
        else:
            path = (
                (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
            )
        loc = doc.loc(_first_text(doc, asking[0][1] + 1))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "content-tab", question, back, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _paired_labels(groups: list[tuple[int, int, list[tuple[str, int, str]]]]) -> set[tuple[str, str]]:
    """The label pairs of two-tab groups that repeat down the page, two groups or more, the first tab of most
    of them asking (`سوال` / `جواب`, `Q` / `A`, labels in any language): the first tab is the question, the
    second the answer, whatever the labels say. Code variants (`Python` / `Go`) ask nothing and stay apart."""
    seen: dict[tuple[str, str], list[bool]] = {}
    for _, _, tabs in groups:
        if len(tabs) == 2 and tabs[0][0] and tabs[1][0] and tabs[0][0] != tabs[1][0]:
            opening = tabs[0][2].strip().split("\n\n", 1)[0]
            seen.setdefault((tabs[0][0], tabs[1][0]), []).append(is_question(" ".join(opening.split())))
    return {pair for pair, asks in seen.items() if len(asks) >= 2 and 2 * sum(asks) > len(asks)}


# `[!code-csharp[](snippets/Demo.cs?range=5-21)]`, `[!INCLUDE [intro](includes/intro.md)]`: DocFX pulls in another
# file there; a card cannot, so the line goes.
_DOCFX_INCLUDE = re.compile(r"^ {0,3}\[!(?:code(?:-[\w+#.-]+)?|include)[ \t]*\[[^\]\n]*\]\([^)\n]*\)\][ \t]*$", re.I)


def _docfx_tabs(doc: Document) -> list[tuple[int | None, int, int, list[tuple[str, int, str]]]]:
    """DocFX tab groups: (the block of the heading right above, or None, the group's first line, the line after
    it, (label, line, body) per tab). A group runs over its tab headings and their bodies to a `---` line (kept
    in the group), the next other heading or the end of the page."""
    found = []
    blocks = doc.blocks
    n = 0
    while n < len(blocks):
        if blocks[n].kind != "heading" or not DOCFX_TAB.match(doc.lines[blocks[n].first]):
            n += 1
            continue
        head = n - 1
        tabs: list[tuple[int, int]] = []  # (tab heading block, block after its body)
        end = n
        while end < len(blocks):
            block = blocks[end]
            if block.kind == "heading":
                if not DOCFX_TAB.match(doc.lines[block.first]):
                    break
                if tabs:
                    tabs[-1] = (tabs[-1][0], end)
                tabs.append((end, end + 1))
            elif block.kind == "hr":
                break
            end += 1
        tabs[-1] = (tabs[-1][0], end)
        closed = end < len(blocks) and blocks[end].kind == "hr"
        last = blocks[end].last if closed else (blocks[end].first if end < len(blocks) else len(doc.lines))
        under = head >= 0 and blocks[head].kind == "heading" and not DOCFX_TAB.match(doc.lines[blocks[head].first])
        items = []
        for at, after in tabs:
            label = DOCFX_TAB.match(doc.lines[blocks[at].first])
            assert label is not None
            body_end = blocks[after].first if after < len(blocks) else len(doc.lines)
            kept = [line for line in doc.lines[blocks[at].last : body_end] if not _DOCFX_INCLUDE.match(line)]
            body = "\n".join(kept).strip("\n") if after > at + 1 else ""
            items.append((label.group("label").strip(), blocks[at].first, body))
        found.append((head if under else None, blocks[n].first, last, items))
        n = end + 1 if closed else end
    return found


def _answer_heading(
    doc: Document,
    head: int,
    last: int,
    tabs: list[tuple[str, int, str]],
    into: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
) -> None:
    """The card (or `unanswered` report) of the heading HEAD, answered by the group of TABS under it (to the
    line LAST) in which no tab asks, added INTO the drafts, diagnostics and claims."""
    drafts, diagnostics, claims = into
    named = [tab for tab in tabs if ANSWER_LABEL.match(tab[0]) or ANSWER_WORD.search(tab[0])]
    section = doc.section_of_block(head)
    if section is None or section.block != head:
        return
    asked = heading_question(doc, section)
    if asked is None and not named:
        return  # `## Install` over `# [Linux](#tab/linux)` tabs: variants of a topic, not an answer
    question = asked[0] if asked is not None else clean_heading(section.title)
    if not question.strip():
        return
    deciding = named or tabs
    reason = empty_reason("\n\n".join(body for _, _, body in deciding))
    shown = [tab for tab in tabs if tab[2].strip() and empty_reason(tab[2]) is None]
    heading = doc.blocks[head]
    loc = doc.loc(heading.first)
    claims.update(claim(heading.first, last, "unanswered" if reason is not None else "card"))
    levels = doc.derived.setdefault(TAB_ANSWERED_LEVELS, set())
    levels.add(section.level)
    if reason is not None:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
        return
    back = shown[0][2] if len(shown) == 1 else "\n\n".join(f"**{label}**\n\n{body}" for label, _, body in shown)
    path = _path_without_tabs(doc, head, section.level)
    drafts.append(CardDraft(loc, "content-tab", question, back, tuple(clean_heading(p) for p in path), topic_tags(path)))


_BELOW_ANY_HEADING = 7
"""A level under `######`: every heading above encloses it."""


def _path_without_tabs(doc: Document, head: int, level: int) -> tuple[str, ...]:
    """The titles of the headings enclosing the heading block HEAD (of LEVEL), outermost first, below the
    document title: the tab headings of the groups above it, headings to markdown-it, left out."""
    path: list[str] = []
    for section in reversed(doc.sections):
        if section.block >= head or section.level >= level:
            continue
        if DOCFX_TAB.match(doc.lines[doc.blocks[section.block].first]):
            continue
        if section.level == 1:
            break  # the document title
        path.append(section.title)
        level = section.level
        if level <= 2:
            break
    return tuple(reversed(path))


_SETS = frozenset({"tab-set", "tabs", "tabbed"})
_ITEMS = frozenset({"tab-item", "tab"})


def _tab_sets(doc: Document) -> list[tuple[int, int, list[tuple[str, int, str]]]]:
    """sphinx-design `::::{tab-set}` with `:::{tab-item} Question` items, GitBook `{% tabs %}` with
    `{% tab title="Answer" %}` items: the same groups, written as containers."""
    containers = find_containers(doc.lines)  # outer boxes before the ones they hold, in line order
    found = []
    for at, outer in enumerate(containers):
        if outer.kind not in _SETS:
            continue
        items = []
        for inner in containers[at + 1 :]:
            if inner.first > outer.end:
                break
            if inner.kind in _ITEMS and inner.depth == outer.depth + 1:
                items.append(inner)
        if items:
            found.append((outer.first, outer.last, [(c.title, c.first, shown_body(doc.lines, c)) for c in items]))
    return found


_JSX_ITEM = re.compile(r"^\s*<TabItem\b(?P<attrs>[^>]*)>\s*$")
_JSX_LABEL = re.compile(r"""\b(?P<key>label|value)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\{["'](?P<js>[^"']*)["']\})""")


def _jsx_tabs(doc: Document) -> list[tuple[int, int, list[tuple[str, int, str]]]]:
    """Docusaurus `<Tabs>` with `<TabItem value="q" label="Question">` … `</TabItem>` items (the label, else
    the value, names each)."""
    found = []
    lines = doc.lines
    n = 0
    while n < len(lines):
        if not lines[n].lstrip().startswith("<Tabs"):
            n += 1
            continue
        start, items = n, []
        n += 1
        while n < len(lines) and not lines[n].lstrip().startswith("</Tabs>"):
            item = _JSX_ITEM.match(lines[n])
            if item is None:
                n += 1
                continue
            labels = {
                m.group("key"): m.group("dq") or m.group("sq") or m.group("js") or ""
                for m in _JSX_LABEL.finditer(item.group("attrs"))
            }
            end = n + 1
            while end < len(lines) and not lines[end].lstrip().startswith(("</TabItem>", "</Tabs>")):
                end += 1
            items.append((labels.get("label") or labels.get("value") or "", n, unwrap_containers(dedent(lines[n + 1 : end]))))
            n = end + 1
        if n < len(lines) and items:
            found.append((start, n + 1, items))
        n += 1
    return found


_HUGO_SETS = frozenset({"tabs", "tabpane", "tab-pane", "tabset", "tab-set", "tabbed"})
_HUGO_ITEMS = frozenset({"tab", "tab-item", "tabitem"})


def _hugo_tabs(doc: Document) -> list[tuple[int, int, list[tuple[str, int, str]]]]:
    """Hugo `{{< tabs >}}` (Docsy `{{< tabpane >}}`) holding `{{< tab "Question" >}}` … `{{< /tab >}}` items
    (`{{% tab header="Answer" %}}` too, or untitled tabs named by `items="Question,Answer"`): the same groups,
    written as shortcodes; the items' bodies lose the shortcode lines they hold."""
    shortcodes = find_shortcodes(doc.lines)  # outer ones before the ones they hold, in line order
    found = []
    for at, outer in enumerate(shortcodes):
        if outer.name not in _HUGO_SETS:
            continue
        items: list[tuple[str, int, str]] = []
        for inner in shortcodes[at + 1 :]:
            if inner.first > outer.end:
                break
            if inner.name in _HUGO_ITEMS and inner.depth == outer.depth + 1:
                body = without_shortcode_lines(unwrap_containers(dedent(doc.lines[inner.first + 1 : inner.end])))
                label = inner.title
                if not label and len(items) < len(outer.items):
                    label = outer.items[len(items)]  # Hextra: `{{< tabs items="Question,Answer" >}}`, untitled tabs
                items.append((label, inner.first, body))
        if items:
            found.append((outer.first, outer.end + 1, items))
    return found


_MDC_ITEMS = frozenset({"tabs-item", "tab-item", "tab"})


def _mdc_tabs(doc: Document) -> list[tuple[int, int, list[tuple[str, int, str]]]]:
    """Nuxt Content `::tabs` holding `:::tabs-item{label="Question"}` … `:::` items: the same groups, written
    as MDC components (`mdc`)."""
    components = find_components(doc.lines)  # outer ones before the ones they hold, in line order
    found = []
    for at, outer in enumerate(components):
        if outer.name != "tabs":
            continue
        items: list[tuple[str, int, str]] = []
        for inner in components[at + 1 :]:
            if inner.first > outer.end:
                break
            if inner.name in _MDC_ITEMS and inner.depth == outer.depth + 1:
                items.append((inner.title, inner.first, component_body(doc.lines, inner)))
        if items:
            found.append((outer.first, outer.end + 1, items))
    return found


# `**Practice 1.**`, `**Exercise 2:**`, `__Task 3)__`: a bold name with a number that labels the question it opens.
_BOLD_LABEL = re.compile(
    r"^(?P<b>\*\*|__)(?P<label>[^*_\n?？]{0,30}?\d{1,3}[a-z]?[ \t]*[.:)：]?)(?P=b)[ \t]*[.:)：]?[ \t]+(?=\S)"
)


def without_bold_label(question: str) -> str:
    """A question tab's text without the bold numbered label that opens it (`**Practice 1.** What is …?`)."""
    if not question.startswith(("**", "__")):
        return question
    match = _BOLD_LABEL.match(question)
    return question[match.end() :] if match else question


def _first_text(doc: Document, line: int) -> int:
    """The first line from `line` on that holds text (where a tab's body starts)."""
    while line < len(doc.lines) - 1 and not doc.lines[line].strip():
        line += 1
    return line
