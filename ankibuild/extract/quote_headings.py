"""Headings answered by a blockquote: mnemonic and formula pages, one small section per topic.

    #### Signs of hypercalcaemia
    > **Bones, stones, groans, moans**

    | Word | Meaning |
    |---|---|
    | Bones | bone pain |
    | Stones | kidney stones |

    #### Causes of SIADH

    <!-- still looking for one -->

In a document where three or more headings of one level (half of that level at least) open their section
with a blockquote, each heading of that level is a topic whose answer is its section. The topic rule
reads most of them; this rule takes the two shapes it would get wrong: a blockquote followed by a table
(the table spells out the quote: it is part of the answer, not a glossary of its own rows), and a heading
whose section holds nothing but comments or a placeholder (`> TODO — …`), which is reported unanswered
rather than dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered, unquote
from .document import Document, Section, block_kinds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "quote-heading"

_MIN_QUOTED = 3


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards and unanswered reports of blockquote-answered headings (see the module docstring)."""
    if "blockquote" not in block_kinds(doc):
        return RuleResult()
    level = _quoted_level(doc)
    if level is None:
        return RuleResult()
    blocks = doc.blocks
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section in doc.sections:
        if section.level != level:
            continue
        heading = blocks[section.block]
        body = list(section.body)
        if taken.get(heading.first) is not None or any(taken.get(blocks[i].first) is not None for i in body):
            continue
        last = blocks[body[-1]].last if body else heading.last
        text = doc.text(blocks[body[0]].first, last).strip() if body else ""
        title = section.title.strip()
        loc = doc.loc(heading.first)
        kinds = [blocks[i].kind for i in body if blocks[i].kind != "hr"]
        if not kinds:
            reason: str | None = "no answer"
        elif len(kinds) == 1:
            reason = empty_reason(unquote(text) if kinds[0] == "blockquote" else text)
        else:
            reason = None
        if reason is not None:
            diagnostics.append(unanswered(loc, title, reason))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        if kinds[:2] == ["blockquote", "table"]:
            path = heading_path(doc, section.block)
            context = tuple(clean_heading(p) for p in path[:-1])
            drafts.append(CardDraft(loc, CONVENTION, title, text, context, topic_tags(path[:-1])))
            claims.update(claim(heading.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _quoted_level(doc: Document) -> int | None:
    """The heading level whose sections open with a blockquote in this document, or None."""
    counts: dict[int, list[int]] = {}
    for section in doc.sections:
        if section.level < 2:
            continue
        seen = counts.setdefault(section.level, [0, 0])
        seen[1] += 1
        if _opens_with_quote(doc, section):
            seen[0] += 1
    for level, (quoted, total) in sorted(counts.items()):
        if quoted >= _MIN_QUOTED and 2 * quoted >= total:
            return level
    return None


def _opens_with_quote(doc: Document, section: Section) -> bool:
    return bool(section.body) and doc.blocks[section.body[0]].kind == "blockquote"
