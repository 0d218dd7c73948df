"""Pandoc / Quarto fenced divs: an exercise statement answered by the solution div under it.

    ## Exercise 3

    What share of the variance in yield does rainfall explain?

    ::: {.callout-tip collapse="true"}
    ## Solution

    About 40 %.
    :::

The statement (the paragraphs between the section heading and the div) is the front, the div's body (its
fence lines and its title heading gone) the back; the heading is context. The div answers when it says so
or folds: a collapsed callout, a `{.solution}` or `{.answer}` div, any div whose title (a `title="…"`
attribute, or the heading that opens it as Quarto reads it) labels an answer (`## Solution`, `### Answer`).
A code chunk right above the div works the problem out: it goes on the back above the solution. In a
document where such sections are answered, a sibling section (same heading level, same first word:
`## Exercise 6`) whose statement has no solution div is `unanswered`. Runs before the heading rules, which
would read the div's `## Solution` heading as a section of its own.

A worksheet written for pandoc's Word writer marks its answers with a paragraph style instead, the same
div under every numbered question, so that the teacher's copy shows them and the pupils' copy hides them:

    3. Name the noble gas of period 2.

    ::: {custom-style="Answer key"}
    Neon.
    :::

    4. Why is helium used in balloons?

    ::: {custom-style="Answer key"}
    :::

Divs that open with the same paragraph style and no class, id or title (`{custom-style="…"}`) answer the questions
above them when at least two of them stand right under a numbered question (`3.`, `٣.`, `(3)`, a paragraph
or an ordered list of one item):
the style's name says nothing, its place under each question does. Divs of other attributes (`{lang="en"}`
over a translation, `{dir="rtl"}`) only mark a language or direction: no answer style. A div of that style left empty (or
holding a placeholder) leaves its question `unanswered`; divs of other styles (instructions, a "did you
know" box) stay furniture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .containers import (
    Container,
    answers,
    find_containers,
    is_hint,
    left_to_reader,
    names_answer,
    shown_body,
    statement_above,
    unwrap_containers,
)
from .document import Block, Document, text_holds
from .outline import clean_heading, head_key, topic_tags
from .questions import clean_question, is_question, starts_like_question

_DIV_MARK = re.compile(r"^ {0,3}:{3,}[ \t]*\{", re.M)
_CODE = frozenset({"fence", "code_block"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from statements answered by the pandoc fenced div under them."""
    text = doc.source.text
    if not text_holds(doc, "::") or ":::" not in text or _DIV_MARK.search(text) is None:  # `::` asked once
        return RuleResult()  # no fenced div with attributes: nearly every document
    divs = [c for c in find_containers(doc.lines) if c.syntax == "pandoc" and c.depth == 0]
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    by_first = {block.first: i for i, block in enumerate(doc.blocks)}
    inside: set[int] = set()
    for div in divs:
        inside.update(range(div.first, div.last))
    answered_heads: set[tuple[int, str]] = set()
    styled = _answer_styled(doc, divs, by_first, inside, taken)
    for div in divs:
        index = by_first.get(div.first)
        if index is None or not (answers(div) or is_hint(div) or div.first in styled):
            continue
        if not taken.keys().isdisjoint(range(div.first, div.last)):
            continue
        statement = statement_above(doc, index, inside, lambda i: is_free(doc, taken, i) and is_free(doc, claims, i))
        if not statement and div.first in styled and doc.blocks[index - 1].kind == "ordered_list":
            statement = [index - 1]  # `3. Name …` in ASCII digits: a list of one item over its answer
        if not statement:
            continue
        head = _card(doc, div, statement, drafts, diagnostics, claims, styled=div.first in styled)
        if head is not None:  # a numbered heading: its unanswered siblings are looked for
            answered_heads.add(head)
    if answered_heads:
        _unanswered_siblings(doc, taken, claims, answered_heads, inside, diagnostics)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# `3. Name …`, `٣. …`, `(3) …`, `3) …`: a paragraph opening with a number in any script (a number in ASCII
# digits and a `.` opens a Markdown list instead, which is no paragraph).
_NUMBERED = re.compile(r"^[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)])[ \t]+\S")
# `::: {custom-style="Answer key"}`: a div with a paragraph style (pandoc's Word writer) and no class or id.
_STYLE_ONLY = re.compile(r"^ {0,3}:{3,}[ \t]*\{[^.#{}]*\bcustom-style[ \t]*=[^{}]*\}[ \t]*$")
_STYLED_MIN = 2


def _answer_styled(
    doc: Document, divs: list[Container], by_first: Mapping[int, int], inside: set[int], taken: Mapping[int, str]
) -> frozenset[int]:
    """The first lines of the divs of the page's answer style (module docstring): divs with the same opening
    attributes and no class, id or title, at least `_STYLED_MIN` of them right under a numbered question."""
    under: dict[str, list[int]] = {}
    for div in divs:
        line = doc.lines[div.first]
        if div.kind != "div" or div.title or _STYLE_ONLY.match(line) is None:
            continue
        index = by_first.get(div.first)
        above = doc.blocks[index - 1] if index else None
        if above is None or above.first in inside or not taken.keys().isdisjoint(range(above.first, above.last)):
            continue
        if (above.kind == "paragraph" and _NUMBERED.match(doc.lines[above.first])) or _one_item(doc, above):
            under.setdefault(line[line.index("{") :].strip(), []).append(div.first)
    return frozenset(n for firsts in under.values() if len(firsts) >= _STYLED_MIN for n in firsts)


def _one_item(doc: Document, block: Block) -> bool:
    """True for an ordered list of one item (`3. Name …` over the div that answers it)."""
    if block.kind != "ordered_list":
        return False
    level = doc.tokens[block.start].level + 1
    return sum(1 for t in doc.tokens[block.start : block.end] if t.type == "list_item_open" and t.level == level) == 1


def _card(
    doc: Document,
    div: Container,
    statement: list[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
    *,
    styled: bool = False,
) -> tuple[int, str] | None:
    """One card (or `unanswered`) from a statement and its div; the key of its section heading. A STYLED
    div (an answer style of the page) answers whatever its numbered statement says."""
    question, _ = clean_question(doc.block_text(statement[0]))
    if not styled and not names_answer(div) and not (is_question(question) or starts_like_question(question)):
        return None  # a plain folded box after prose: no question
    rest = [doc.block_text(i).strip("\n") for i in statement[1:]]
    code: list[str] = []
    while rest and doc.blocks[statement[len(rest)]].kind in _CODE:
        code.insert(0, shown_code(rest.pop()))
    front = "\n\n".join([question, *rest])
    back = shown_body(doc.lines, div).strip("\n")
    reason = "only a hint" if is_hint(div) else ("left to the reader" if left_to_reader(back) else empty_reason(back))
    if code:
        back = "\n\n".join([*code, back])
    section = doc.section_of_block(statement[0])
    top = section is not None and section.level == 1 and section.title == doc.title
    path = (section.path + (section.title,)) if section and not top else ()
    loc = doc.loc(doc.blocks[statement[0]].first)
    outcome = "card" if reason is None else "unanswered"
    if reason is None:
        drafts.append(CardDraft(loc, "fenced-div", front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
    else:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
    for i in statement:
        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    claims.update(claim(div.first, div.last, outcome))
    if section is None or top:
        return None
    heading = doc.blocks[section.block]
    claims.update(claim(heading.first, heading.last, outcome))
    return head_key(section.title, section.level)


def shown_code(markdown: str) -> str:
    """A code chunk as shown: ```` ```{r} ```` → ```` ```r ````."""
    return unwrap_containers(markdown).strip("\n")


def _unanswered_siblings(
    doc: Document,
    taken: Mapping[int, str],
    claims: dict[int, str],
    answered_heads: set[tuple[int, str]],
    inside: set[int],
    diagnostics: list[Diagnostic],
) -> None:
    """`## Exercise 6` + a statement and no solution div, among answered `## Exercise N` sections."""
    for section in doc.sections:
        heading = doc.blocks[section.block]
        if heading.first in inside or head_key(section.title, section.level) not in answered_heads:
            continue
        if not all(is_free(doc, taken, i) and is_free(doc, claims, i) for i in (section.block, *section.body)):
            continue
        body = [i for i in section.body if doc.blocks[i].kind != "html_block"]
        if not body or doc.blocks[body[0]].kind != "paragraph" or any(doc.blocks[i].first in inside for i in body):
            continue
        question, _ = clean_question(doc.block_text(body[0]))
        if not question:
            continue
        loc = doc.loc(doc.blocks[body[0]].first)
        diagnostics.append(unanswered(loc, " ".join(question.split()), "no solution"))
        for i in (section.block, *section.body):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
