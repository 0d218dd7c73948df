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
`::tabs` with `:::tabs-item{label="Answer"}` items) are read the same way. Groups of two tabs whose pair of labels repeats down the page (two groups or more, the first tab of
most asking) are read by place, whatever the labels say: the first tab asks, the second answers.
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
    QUESTION_LABEL,
    find_containers,
    has_tabs,
    left_to_reader,
    shown_body,
    tab_body,
    tab_runs,
    unwrap_containers,
)
from .document import Document, dedent, mark_followed_by
from .hugo import find_shortcodes, without_shortcode_lines
from .mdc import component_body, find_components, has_components
from .outline import clean_heading, topic_tags
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
    if not groups:
        return RuleResult()  # no content tab: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    heads = {block.first: i for i, block in enumerate(doc.blocks)}
    paired = _paired_labels(groups)
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
        path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
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
