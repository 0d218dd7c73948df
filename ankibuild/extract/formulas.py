"""Formula sheets: a run of term headings, each over the formula it names, one card per heading.

    ## Descriptive
    ### Sample mean
    $$\\bar{x} = \\frac{1}{n}\\sum x_i$$
    ### z-score
    $z = \\dfrac{x - \\mu}{\\sigma}$ — how far $x$ lies from the mean.

gives the cards `Sample mean` and `z-score`, the body as the back. Such a sheet names its entries without
defining them in words (`A **router** is …`), so the glossary rule's run of defining headings does not see it,
and it is too terse to pass for a handbook. It is recognised from its shape alone:

- a *term heading* reads as a name (at most 8 words, no `?`, not a question or comparison heading, not
  furniture such as `References`), and is a leaf, or has only sub-headings an earlier rule already took (a
  `#### Why divide by n-1?` question under `### Sample variance`);
- its body *opens with a formula*: display math (`$$…$$`), a Hugo/Docsy `{{< katex >}}` shortcode, or a
  paragraph whose inline math states a relation (`=`, `\\approx`, `\\le`, `\\sim` …);
- a heading level is a formula sheet when at least three of its term headings open with a formula and they
  are at least half of its term headings that have a short body (at most four blocks, 25 lines).

On such a level every term heading with a short body is a card (a one-sentence definition such as
`### p-value` among the formulas too), and a term heading whose body is empty or a placeholder (`TODO`) is
reported unanswered. The rule runs after the topic rule: in a handbook the topic cards take these headings
first. A katex shortcode is turned into `$$…$$` on the back, which the renderer typesets, and the lines
of other Hugo shortcodes (`{{< hint info >}}` … `{{< /hint >}}`) are left out of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import EXPLICIT_CARD_FILE, Document, free_blocks
from .outline import clean_heading, heading_question, is_log_heading, topic_tags

CONVENTION = "formula"

_KATEX = re.compile(r"\{\{<\s*katex(?:\s+display)?\s*>\}\}\s*(.*?)\s*\{\{<\s*/katex\s*>\}\}", re.S)
# `{{< hint info >}}` / `{{< /hint >}}`, `{{% notice %}}`: a Hugo shortcode's own lines only dress what they wrap.
_SHORTCODE_LINE = re.compile(r"^[ \t]*\{\{[<%][ \t]*/?[ \t]*[\w-]+[^\n{}]*[>%]\}\}[ \t]*(?:\n|$)", re.M)
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)([^$\n]+?)\$|\\\((.+?)\\\)")
_RELATION = re.compile(r"=|\\(?:approx|sim|simeq|cong|equiv|le|ge|leq|geq|neq|propto|pm|to|rightarrow)\b|[<>]")
# fmt: off
# Headings that organise a sheet or name a facet of something else: never entries.
_NOT_TERMS = frozenset({
    "contents", "table of contents", "toc", "index", "license", "licence", "references", "resources",
    "see also", "further reading", "links", "about", "contributing", "credits", "changelog", "sources",
    "bibliography", "introduction", "preface", "usage", "installation", "notes", "summary", "overview",
    "example", "examples", "exercises", "todo", "to do",
})
# fmt: on
_MIN_FORMULAS = 3
_MAX_BLOCKS = 4
_MAX_LINES = 25


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the term headings of a formula sheet; `unanswered` reports for those still to fill in."""
    if doc.derived.get(EXPLICIT_CARD_FILE) or not _has_math(doc):
        return RuleResult()  # the cheap precheck: no math, no formula sheet
    if not _may_hold_formulas(doc, taken):
        return RuleResult()  # fewer free sections than a formula sheet needs could open with a formula
    by_level: dict[int, list[tuple[int, tuple[int, ...], str]]] = {}
    for index, section in enumerate(doc.sections):
        found = _entry(doc, taken, index)
        if found is not None:
            by_level.setdefault(section.level, []).append((index, *found))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for entries in by_level.values():
        formulas = sum(1 for _, _, shape in entries if shape == "formula")
        bodied = sum(1 for _, _, shape in entries if shape in ("formula", "short"))
        if formulas < _MIN_FORMULAS or 2 * formulas < bodied:
            continue
        for index, blocks, shape in entries:
            if shape == "long":
                continue
            section = doc.sections[index]
            head = doc.blocks[section.block]
            loc = doc.loc(head.first)
            term = clean_heading(section.title)
            answer = build_answer(doc, blocks) if blocks else None
            state = "card"
            if answer is None or answer.empty_reason:
                diagnostics.append(unanswered(loc, term, answer.empty_reason if answer else "no answer"))
                state = "unanswered"
            else:
                context = tuple(clean_heading(p) for p in section.path)
                tags = answer.tags + tuple(t for t in topic_tags(section.path) if t not in answer.tags)
                markdown = _KATEX.sub(lambda m: f"$$\n{m.group(1)}\n$$", answer.markdown)
                markdown = _SHORTCODE_LINE.sub("", markdown).strip("\n") or markdown
                tokens = answer.tokens if markdown == answer.markdown else ()
                drafts.append(CardDraft(loc, CONVENTION, term, markdown, context, tags, answer_tokens=tokens))
            for i in (section.block, *section.body):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, state))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _has_math(doc: Document) -> bool:
    known = doc.derived.get("formulas-math")
    if known is None:
        text = doc.source.text
        known = doc.derived["formulas-math"] = "$" in text or "katex" in text or "\\(" in text
    return bool(known)


def _may_hold_formulas(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no level has `_MIN_FORMULAS` sections that could be `formula` entries (`_entry`): a heading
    other than the document's title, not taken, over a body (its `---` aside) that is not empty, all free,
    and opens with a formula. A level needs that many for any card or report; the headings' titles and
    their sub-headings are weighed only when one has."""
    free = set(free_blocks(doc, taken))
    blocks = doc.blocks
    counts: dict[int, int] = {}
    for section in doc.sections:
        if blocks[section.block].first in taken or (section.level == 1 and section.title == doc.title):
            continue
        body = [i for i in section.body if blocks[i].kind != "hr"]
        if body and free.issuperset(body) and _opens_with_formula(doc, body[0]):
            counts[section.level] = counts.get(section.level, 0) + 1
    return any(count >= _MIN_FORMULAS for count in counts.values())


def _entry(doc: Document, taken: Mapping[int, str], index: int) -> tuple[tuple[int, ...], str] | None:
    """(body blocks, shape) of a term heading — shape `formula`, `short`, `empty` or `long` — or None."""
    section = doc.sections[index]
    if section.level == 1 and section.title == doc.title:
        return None
    if doc.blocks[section.block].first in taken or not section.title.strip():
        return None
    for child in range(index + 1, len(doc.sections)):
        below = doc.sections[child]
        if below.level <= section.level:
            break
        if below.parent == index and doc.blocks[below.block].first not in taken:
            return None  # a container of headings of its own, not an entry
    title = clean_heading(section.title)
    words = re.findall(r"\w+", title.casefold())
    if not words or len(words) > 8 or "?" in title or " ".join(words) in _NOT_TERMS or title.endswith((":", "：")):
        return None
    if heading_question(doc, section) is not None or is_log_heading(section.title):
        return None
    blocks = tuple(i for i in section.body if doc.blocks[i].kind != "hr")
    if not all(is_free(doc, taken, i) for i in blocks):
        return None
    if not blocks:
        return blocks, "empty"
    lines = sum(doc.blocks[i].last - doc.blocks[i].first for i in blocks)
    if len(blocks) > _MAX_BLOCKS or lines > _MAX_LINES:
        return blocks, "long"
    return blocks, "formula" if _opens_with_formula(doc, blocks[0]) else "short"


def _opens_with_formula(doc: Document, index: int) -> bool:
    """Display math, a katex shortcode, or a paragraph whose inline math states a relation."""
    block = doc.blocks[index]
    if block.kind == "math_block":
        return True
    if block.kind != "paragraph":
        return False
    text = doc.block_text(index)
    if _KATEX.search(text):
        return True
    return any(_RELATION.search(m.group(1) or m.group(2) or "") for m in _INLINE_MATH.finditer(text))
