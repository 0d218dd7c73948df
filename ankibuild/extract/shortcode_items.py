"""Questions in the title of a paired Hugo shortcode that folds its answer.

    {{< accordion-item title="Is the final cumulative?" >}}
    Yes: about a third covers the material before the midterm.
    {{< /accordion-item >}}

A folding shortcode (`accordion-item`, `accordion`, `details`, `expand`, `faq`, `collapse`, `spoiler`,
`toggle`, `dropdown`, in `{{< … >}}` or `{{% … %}}`) whose title asks (questions.is_question: a `title=`,
`summary=`, `question=` attribute or a first positional string: `{{< details "Why …?" >}}`) is one card:
the title is the front, the Markdown between opener and closer the back (code fences included, nested
shortcode lines left out). An empty body, or only a placeholder, leaves the question `unanswered`. A folding
shortcode titled as the answer (`{{< details "Show answer" >}}`, `Solution`, `Lösung`, no title) answers the
paragraph right above it when that asks (a bold or labelled question, a `?`, a command word): that paragraph
is the front. Any other folding shortcode whose title does not ask is not a card; a group that only holds question items
(`{{< accordion id="faq" >}}`) has its own marker lines claimed as skipped. Context is the heading path.

The same folding pairs written in other site generators are read the same way: Liquid tags (Jekyll, dev.to:
`{% details Show answer %}` … `{% enddetails %}`, the words after the name the title) and MDX components
(Mintlify, Docusaurus: `<Accordion title="Why …?">` … `</Accordion>` in an `<AccordionGroup>`, `<Details
summary="…">`, `<Expandable>`), their body dedented. A code block right above the asking paragraph under a
heading (`### Question 5`, a snippet, `What gets logged?`, an answer box) is what it asks about: it opens the
front. Components that do not fold (`<Card title="…?">`, `<Step title="…?">`, `<Note>`) are never cards.
Python-Markdown's generic blocks (pymdownx.blocks, MkDocs: `/// details | Why …?` … `///`, the title after
the bar, option lines indented under the opener such as `    type: question` or `    open: true`, never
card text) are read the same way; a block that does not fold (`/// admonition | …`, `/// tip`, `/// tab`)
is never a card. Retype panels (`==- Title`, folded, or `=== Title` … a bare `===`) are read the same way,
and on a page whose panels mostly ask (two or more), a panel titled by a topic or a command (`Checked vs
unchecked`, `Tell me about …`) asks too; its context is the headings above it, never the setext heading
markdown-it makes of the text right above its closer. A `!!!` callout is no panel. Nuxt Content's MDC
components (`mdc`: `:::accordion-item{label="Why …?"}` … `:::` in an `::accordion`) are read the same way, a
props block opening one (`---` / `type: multiple` / `---`) no content; a `::field{name="…"}` component is a
term, its name the front and its body the back. An item whose title only points to a contact (`Got
questions about this page? Ping me`, questions.is_signpost_question) is skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import is_answer_summary
from .containers import ANSWER_LABEL
from .document import CODE_FENCE, Document, block_at, dedent, fence_step, mark_followed_by
from .hugo import Shortcode, find_shortcodes, shortcode_title, without_shortcode_lines
from .mdc import body_start, component_body, find_components, has_components
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, is_signpost_question, question_paragraph, starts_like_question

_FOLDING = frozenset(
    {
        "accordion-item",
        "accordionitem",
        "accordion",
        "details",
        "expand",
        "faq",
        "faq-item",
        "collapse",
        "collapsible",
        "spoiler",
        "toggle",
        "dropdown",
        "question",
        "expandable",
        "panel",
        "hidetoggle",
        "hideblock",
        "folding",
    }
)
# Nuxt UI's prose field (`::field{name="useState" type="composable"}` … `::`, in a `::field-group`): its name
# is a term, its body the term's description.
_FIELD = "field"
# The folding components of MDX sites, as they open a tag (`<Accordion`, `<AccordionItem`, `<Details`): the
# cheap test before the scan, at most eight characters each (`document.mark_followed_by`).
_JSX_OPENINGS = ("Accordio", "Details", "Expand", "Collapse", "Collapsi", "Toggle", "Spoiler", "Dropdown", "Faq", "FAQ", "Question")
_LIQUID_MARK = re.compile(r"^[ \t]*\{%-?[ \t]*(?P<name>[A-Za-z][\w-]*)(?P<args>.*?)[ \t]*-?%\}[ \t]*$")
_JSX_OPEN = re.compile(
    r"""^[ \t]*<(?P<name>[A-Z][A-Za-z]*)(?P<args>(?:[ \t](?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^<>"'{}])*?)?)[ \t]*>(?P<rest>.*?)[ \t]*$"""
)
_JSX_CLOSE = re.compile(r"^[ \t]*</(?P<name>[A-Z][A-Za-z]*)[ \t]*>[ \t]*$")
# pymdownx.blocks: `/// details | Title` opens (more slashes for an outer block), `///` with as many closes.
_BLOCK_OPEN = re.compile(r"^ {0,3}(?P<slashes>/{3,})[ \t]*(?P<name>[A-Za-z][\w-]*)(?:[ \t]*\|[ \t]*(?P<title>.*?))?[ \t]*$")
_BLOCK_CLOSE = re.compile(r"^ {0,3}(?P<slashes>/{3,})[ \t]*$")
# A block's option, YAML indented under its opener: `    type: question`, `    open: true`.
_BLOCK_OPTION = re.compile(r"^(?: {4}|\t)[ \t]*[A-Za-z][\w-]*:(?:[ \t].*)?$")
# Retype panels: `==- Title` (folded) or `=== Title` (open) opens, a bare `===` closes. A quoted title is an
# mkdocs-material tab (`=== "Answer"`), the content tabs' own.
_PANEL_OPEN = re.compile(r"^ {0,3}==[-=][ \t]+(?P<title>[^\s\"'=].*?)[ \t]*$")
_PANEL_CLOSE = re.compile(r"^ {0,3}===[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from folding shortcodes whose title asks."""
    hugo = mark_followed_by(doc, "{", ("{<", "{%"))  # `hugo.has_shortcodes`, asked where a `{` stands
    liquid = mark_followed_by(doc, "{", ("%",))
    jsx = mark_followed_by(doc, "<", _JSX_OPENINGS)
    text = doc.source.text
    blocks = "///" in text and ("\n///" in text or text.startswith("///"))
    panels = mark_followed_by(doc, "=", ("=- ", "== "))  # `==- Title`, `=== Title`
    mdc = has_components(doc)
    if not hugo and not liquid and not jsx and not blocks and not panels and not mdc:
        return RuleResult()  # no shortcode, Liquid tag, folding component, generic block, panel nor MDC: most documents
    shortcodes = find_shortcodes(doc.lines) if hugo else []
    if liquid:
        shortcodes += _tag_pairs(doc.lines, "liquid")
    if jsx:
        shortcodes += _tag_pairs(doc.lines, "jsx")
    if blocks:
        shortcodes += _tag_pairs(doc.lines, "blocks")
    if panels:
        shortcodes += _panels(doc.lines)
    if mdc:
        shortcodes += find_components(doc.lines)
    shortcodes.sort(key=lambda s: (s.first, s.depth))
    if not shortcodes:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    done: list[Shortcode] = []
    done_end = -1  # the closer of the last carded item: what it holds is its answer (shortcodes are in line order)
    # A page of panels most of whose titles ask is a page of questions: its panels titled by a topic
    # (`Checked vs unchecked exceptions`) or a command ask too.
    titles = [clean_question(item.title)[0] for item in shortcodes if item.syntax == "panel"]
    asking = sum(1 for title in titles if is_question(title))
    panel_page = asking >= 2 and 2 * asking > len(titles)
    inside = {n for item in shortcodes if item.syntax == "panel" for n in range(item.first, item.end + 1)}
    for at, item in enumerate(shortcodes):
        defines = item.syntax == "mdc" and item.name == _FIELD and bool(item.title)
        if (item.name not in _FOLDING and not defines) or item.first <= done_end:
            continue
        first = item.first
        if defines:
            question = item.title  # `::field{name="useState"}`: the term its body describes
        elif _labels_answer(item.title):
            # A group (`{{< accordion id="faq" >}}` over its items) hides no answer of its own.
            if item.name == "accordion" or (at + 1 < len(shortcodes) and shortcodes[at + 1].first < item.end):
                continue
            asked = _question_above(doc, item, taken, claims)
            if asked is None:
                continue
            question, first = asked
        else:
            question = clean_question(item.title)[0]
            if not is_question(question) and not (item.syntax == "panel" and panel_page):
                continue
            if is_signpost_question(question):
                # `Got questions about this page? Ping me`: a pointer to a contact, not a question
                if not any(n in taken or n in claims for n in range(first, item.end + 1)):
                    claims.update(claim(first, item.end + 1, "skip:shortcode"))
                continue
        if any(n in taken or n in claims for n in range(first, item.end + 1)):
            continue
        done.append(item)
        done_end = item.end
        if item.first == item.end:  # `<Accordion title="…?">Yes.</Accordion>` on one line
            body = _one_line_body(doc.lines[item.first])
        elif item.syntax == "hugo":
            body = without_shortcode_lines("\n".join(doc.lines[item.first + 1 : item.end]))
        elif item.syntax == "mdc":
            body = component_body(doc.lines, item)
        elif item.syntax == "blocks":
            body = dedent(_without_block_marks(doc.lines[_after_block_options(doc.lines, item) : item.end])).strip()
        else:
            body = dedent(doc.lines[item.first + 1 : item.end]).strip()
        loc = doc.loc(first)
        reason = "no answer" if not body.strip() else empty_reason(body)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(first, item.end + 1, "unanswered"))
            continue
        index = block_at(doc, item.first)
        path = (_panel_path(doc, index, inside) if item.syntax == "panel" else heading_path(doc, index)) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "shortcode-item", question, body, context, topic_tags(path)))
        claims.update(claim(first, item.end + 1, "card"))
    if done:
        claims.update(_group_marks(doc, shortcodes, done, taken, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _tag_pairs(lines: Sequence[str], syntax: str) -> list[Shortcode]:
    """The paired Liquid tags (`{% details Answer %}` … `{% enddetails %}`), MDX components (`<Accordion
    title="…">` … `</Accordion>`, or on one line) or generic blocks (`/// details | Title` … `///`) standing on
    lines of their own, outer ones first, code fences skipped. A Liquid title is a title attribute or a quoted
    string, else the words after the name; a component's a `title=` or `summary=` attribute; a block's the
    text after its bar."""
    found: list[Shortcode] = []
    stack: list[tuple[str, str, int]] = []
    slashes: list[int] = []  # a generic block's slashes, beside its entry on the stack
    fence = ""
    for n, line in enumerate(lines):
        fence, code = fence_step(fence, line)
        if code:
            continue
        if syntax == "blocks":
            if not line.lstrip(" ").startswith("///"):
                continue
            opening = _BLOCK_OPEN.match(line)
            if opening is not None:
                stack.append((opening.group("name").lower(), (opening.group("title") or "").strip(), n))
                slashes.append(len(opening.group("slashes")))
                continue
            close = _BLOCK_CLOSE.match(line)
            if close is None or len(close.group("slashes")) not in slashes:
                continue
            while slashes and slashes[-1] != len(close.group("slashes")):
                slashes.pop()  # an inner block left open: the outer closer ends it too
                stack.pop()
            slashes.pop()
            name = stack[-1][0]
        elif syntax == "liquid":
            if "{%" not in line or (mark := _LIQUID_MARK.match(line)) is None:
                continue
            name, args = mark.group("name").lower(), mark.group("args").strip()
            closing = name.startswith("end") and any(kind == name[3:] for kind, _, _ in stack)
            if not closing:
                stack.append((name, shortcode_title(args) or args.strip("\"'"), n))
                continue
            name = name[3:]
        else:
            if "<" not in line:
                continue
            close = _JSX_CLOSE.match(line)
            if close is None:
                opening = _JSX_OPEN.match(line)
                if opening is None or opening.group("args").rstrip().endswith("/"):
                    continue
                name, rest = opening.group("name").lower(), opening.group("rest")
                if name in _FOLDING and not opening.group("name").startswith(_JSX_OPENINGS):
                    continue  # `<FaqItem>`: what the cheap test does not look for is no item either
                title = shortcode_title(opening.group("args")) if "=" in opening.group("args") else ""
                if not rest:
                    stack.append((name, title, n))
                elif rest.endswith(f"</{opening.group('name')}>"):
                    found.append(Shortcode(name, title, n, n, len(stack), (), syntax))
                continue
            name = close.group("name").lower()
            if not any(kind == name for kind, _, _ in stack):
                continue
        while stack:
            kind, title, start = stack.pop()
            if kind == name:
                found.append(Shortcode(kind, title, start, n, len(stack), (), syntax))
                break
    return found


def _panels(lines: Sequence[str]) -> list[Shortcode]:
    """Retype panels standing on lines of their own (`==- Title` or `=== Title` … `===`), code fences skipped;
    panels do not nest: an opener inside an open panel is its text."""
    found: list[Shortcode] = []
    opened: tuple[str, int] | None = None
    fence = ""
    for n, line in enumerate(lines):
        fence, code = fence_step(fence, line)
        if code or not line.lstrip(" ").startswith("=="):
            continue
        if opened is None:
            if (opening := _PANEL_OPEN.match(line)) is not None:
                opened = (opening.group("title"), n)
        elif _PANEL_CLOSE.match(line):
            found.append(Shortcode("panel", opened[0], opened[1], n, 0, (), "panel"))
            opened = None
    return found


def _panel_path(doc: Document, index: int, inside: set[int]) -> tuple[str, ...]:
    """The headings above the panel in block INDEX, outermost first, the document title left out. markdown-it
    reads a panel's text right above its bare `===` closer as a setext heading: headings starting on a line
    of a panel (INSIDE) are panels, no sections, and stay out of the path."""
    path: list[str] = []
    limit = 7
    for at in range(index, -1, -1):
        block = doc.blocks[at]
        if block.kind != "heading" or block.first in inside:
            continue
        section = doc.section_of_block(at)
        if section is None or section.block != at or section.level >= limit:
            continue
        if section.level == 1 and section.title == doc.title:
            break
        path.insert(0, section.title)
        limit = section.level
    return tuple(path)


def _after_block_options(lines: Sequence[str], item: Shortcode) -> int:
    """The first line of a generic block's body: after its opener and the option lines indented under it."""
    n = item.first + 1
    while n < item.end and _BLOCK_OPTION.match(lines[n]):
        n += 1
    return n


def _without_block_marks(lines: Sequence[str]) -> list[str]:
    """The lines of a generic block's body without the marker and option lines of the blocks nested in it,
    code fences left whole; a nested block's title stays as a bold label (`/// note | Remember` → `**Remember**`)."""
    kept: list[str] = []
    fence = ""
    options = False  # the lines right under a nested opener are its options
    for line in lines:
        if fence:
            kept.append(line)
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        if options and _BLOCK_OPTION.match(line):
            continue
        options = False
        if (plain := CODE_FENCE.match(line)) is not None:
            fence = plain.group("marks")
        elif (opening := _BLOCK_OPEN.match(line)) is not None:
            if opening.group("title"):
                kept.append(f"**{opening.group('title').strip()}**\n")
            options = True
            continue
        elif _BLOCK_CLOSE.match(line):
            continue
        kept.append(line)
    return kept


def _one_line_body(line: str) -> str:
    """What a component written on one line holds: `<Accordion title="…">Yes.</Accordion>` → `Yes.`"""
    opening = _JSX_OPEN.match(line)
    rest = opening.group("rest") if opening is not None else ""
    return re.sub(r"</[A-Z][A-Za-z]*>$", "", rest).strip()


def _labels_answer(title: str) -> bool:
    """`{{< details "Show answer" >}}`, `{{% expand "Lösung" %}}`, no title: a box that hides the answer to
    what stands above it (`Solution` in any language the shared layer knows)."""
    return not title or is_answer_summary(title) or bool(ANSWER_LABEL.match(title))


def _question_above(
    doc: Document, item: Shortcode, taken: Mapping[int, str], claims: Mapping[int, str]
) -> tuple[str, int] | None:
    """The question of the free paragraph right above an answer box, and its first line: a bold or labelled
    question (`**What is …?**`, `**Q:** …`), a paragraph that asks (a `?`, a command word) or a line that is
    bold as a whole (`**4. Explain …**`). None when the
    box follows anything else (a heading, a list, prose that states)."""
    index = block_at(doc, item.first)
    if index is None or doc.blocks[index].first != item.first or index == 0:
        return None
    block = doc.blocks[index - 1]
    if block.kind != "paragraph" or any(n in taken or n in claims for n in range(block.first, block.last)):
        return None
    found = question_paragraph(doc, block)
    if found is not None and found.kind in ("bold", "label") and not found.lead:
        return _with_code_above(doc, index - 1, found.text, taken, claims)
    text = " ".join(doc.text(block.first, block.last).split())
    question = clean_question(text)[0]
    if found is None and (is_question(question) or starts_like_question(question)) and len(question) <= 300:
        return _with_code_above(doc, index - 1, question, taken, claims)
    if found is None and block.last == block.first + 1 and (bold := _WHOLE_BOLD.match(doc.lines[block.first])):
        # `**4. Explain checked vs unchecked exceptions.**` right over the box: the box says it hides the
        # answer, so the bold line over it is what it answers, whatever its punctuation.
        return _with_code_above(doc, index - 1, clean_question(" ".join(bold.group("inner").split()))[0], taken, claims)
    return None


# A paragraph that is one bold line: `**4. Explain …**`.
_WHOLE_BOLD = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<inner>[^\s*_](?:(?!(?P=b)).){2,298}?)(?P=b)[ \t]*$")


def _with_code_above(
    doc: Document, index: int, question: str, taken: Mapping[int, str], claims: Mapping[int, str]
) -> tuple[str, int]:
    """The question of paragraph INDEX with the free code block right above it when a heading stands right
    above that (`### Question 5`, the snippet, `What gets logged?`): the snippet is what it asks about."""
    first = doc.blocks[index].first
    if index < 2:
        return question, first
    code, heading = doc.blocks[index - 1], doc.blocks[index - 2]
    if code.kind not in ("fence", "code_block") or heading.kind != "heading":
        return question, first
    if any(n in taken or n in claims for n in range(code.first, code.last)):
        return question, first
    return doc.text(code.first, code.last).strip("\n") + "\n\n" + question, code.first


def _group_marks(
    doc: Document, shortcodes: list[Shortcode], done: list[Shortcode], taken: Mapping[int, str], claims: Mapping[int, str]
) -> dict[int, str]:
    """The marker lines of the groups that hold carded items and nothing else: only dress around them."""
    marks: dict[int, str] = {}
    carded = {item.first for item in done}
    firsts = [item.first for item in done]  # in line order
    for group in shortcodes:
        if group.first in carded:
            continue
        at = bisect_right(firsts, group.first)
        if at == len(firsts) or firsts[at] >= group.end:
            continue  # no carded item inside
        # An MDC group's props block (`---` / `type: multiple` / `---` under `::accordion`) is dress too.
        dress = range(group.first, body_start(doc.lines, group) if group.syntax == "mdc" else group.first + 1)
        if any(doc.lines[n].strip() and n not in claims and n not in taken for n in range(dress.stop, group.end)):
            continue
        for n in (*dress, group.end):
            if n not in taken and n not in claims:
                marks[n] = "skip:shortcode"
    return marks
