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
from .document import Document, text_holds
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
    for div in divs:
        index = by_first.get(div.first)
        if index is None or not (answers(div) or is_hint(div)):
            continue
        if not taken.keys().isdisjoint(range(div.first, div.last)):
            continue
        statement = statement_above(doc, index, inside, lambda i: is_free(doc, taken, i) and is_free(doc, claims, i))
        if not statement:
            continue
        head = _card(doc, div, statement, drafts, diagnostics, claims)
        if head is not None:  # a numbered heading: its unanswered siblings are looked for
            answered_heads.add(head)
    if answered_heads:
        _unanswered_siblings(doc, taken, claims, answered_heads, inside, diagnostics)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _card(
    doc: Document,
    div: Container,
    statement: list[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> tuple[int, str] | None:
    """One card (or `unanswered`) from a statement and its div; the key of its section heading."""
    question, _ = clean_question(doc.block_text(statement[0]))
    if not names_answer(div) and not (is_question(question) or starts_like_question(question)):
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
