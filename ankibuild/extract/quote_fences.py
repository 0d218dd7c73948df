"""Answers in multi-line quote fences: GitLab's `>>>` … `>>>` quote, the whole answer between two lines that
are only `>>>`, under the heading that asks (a wiki of exam questions whose answers the reader skips past):

    ### 2.3 Why can't SJF be implemented as such?

    >>>
    The length of the next CPU burst is unknown. It is estimated:

    ```math
    \\tau_{n+1} = \\alpha t_n + (1-\\alpha) \\tau_n
    ```
    >>>

1. **The fences** are lines holding only `>>>` (three spaces of indent at most), outside code fences, taken
   in pairs: the first opens a quote, the next closes it. A document needs two such quotes: a lone `>>>`
   line is a nested empty quote of plain Markdown, no convention.
2. **A card** is a free heading whose section holds a quote, every block between the heading and the quote
   free: the heading (its number dropped) and the paragraphs under it that state the problem are the front;
   what the quote holds is the back, after the other blocks before the quote (a listing the question shows,
   kept on the back as the heading rules keep it) and before the blocks after the closing fence up to the
   next heading or rule (a diagram, a code sample that illustrates the answer). The fence lines are never
   part of a side.
3. **Unanswered.** A quote that holds nothing, or only a placeholder (`TODO`), is reported `unanswered`.
4. **Asides.** Once a document answers its question headings in quotes, a heading of the cards' level whose
   section holds no quote is the writer's aside (a remark from the lecture, not for the exam): it is
   skipped, not carded.

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, Section, block_at, block_kinds, fence_step, text_holds
from .outline import clean_heading, topic_tags
from .questions import clean_question

CONVENTION = "quote-fence"

_MIN_QUOTES = 2
_FENCE_LINE = re.compile(r"^ {0,3}>>>[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings answered in `>>>` quotes (see the module docstring)."""
    if "blockquote" not in block_kinds(doc) or not text_holds(doc, ">>>"):
        return RuleResult()  # no quote block, or none spelled `>>>`: nearly every document
    quotes = _quotes(doc)
    if len(quotes) < _MIN_QUOTES:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    levels: set[int] = set()
    for opening, closing in quotes:
        section = _asking_section(doc, opening)
        if section is None:
            continue
        head = doc.blocks[section.block]
        end = _section_end(doc, section, closing)
        if not taken.keys().isdisjoint(range(head.first, end)):
            continue
        inline = doc.inline(head)
        title = clean_question(inline.content if inline is not None else section.title)[0]
        stated, shown = _between(doc, section, opening)
        front = "\n\n".join(part for part in (title, stated) if part)
        inside = doc.text(opening + 1, closing).strip("\n")
        after = doc.text(closing + 1, end).strip("\n")
        loc = doc.loc(head.first)
        reason = empty_reason(inside) if inside.strip() else "no answer"
        claims.update(claim(head.first, end, "card" if reason is None else "unanswered"))
        levels.add(section.level)
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(title.split()), reason))
            continue
        answer = "\n\n".join(part for part in (shown, inside, after.strip()) if part)
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(section.path)))
    if len(levels) == 1:
        claims.update(_asides(doc, taken, claims, levels.pop()))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _quotes(doc: Document) -> list[tuple[int, int]]:
    """The (opening, closing) lines of the `>>>` quotes, paired in order, lines inside code fences (within a
    quote or not) left out; an opening line left without a closing one opens nothing."""
    found: list[tuple[int, int]] = []
    fence = ""
    opening: int | None = None
    for n, line in enumerate(doc.lines):
        fence, code = fence_step(fence, line)  # a `>>>` prompt in a code sample, inside a quote or not, is code
        if code or ">>>" not in line or not _FENCE_LINE.match(line):
            continue
        if opening is None:
            opening = n
        else:
            found.append((opening, n))
            opening = None
    return found


def _asking_section(doc: Document, opening: int) -> Section | None:
    """The section whose heading asks the quote on line OPENING: the section holding the block there."""
    index = block_at(doc, opening)
    if index is None:
        return None
    return doc.section_of_block(index)


def _between(doc: Document, section: Section, opening: int) -> tuple[str, str]:
    """The blocks between the heading and the quote on line OPENING, as (the paragraphs that open them, which
    state the problem and join the front; the rest from the first other block on, a listing or a figure,
    which opens the back as the heading rules show a listing under a question heading)."""
    stated: list[str] = []
    shown: list[str] = []
    for index in section.body:
        block = doc.blocks[index]
        if block.first >= opening:
            break
        text = doc.block_text(index).strip("\n")
        (stated if block.kind == "paragraph" and not shown else shown).append(text)
    return "\n\n".join(stated), "\n\n".join(shown)


def _section_end(doc: Document, section: Section, closing: int) -> int:
    """The line after the card's last block: the quote's closing line, or the last block before the next
    heading or rule that follows it."""
    end = closing + 1
    for index in section.body:
        block = doc.blocks[index]
        if block.first <= closing:
            continue  # the quote itself, or a block before it
        if block.kind == "hr" or _FENCE_LINE.match(doc.lines[block.first]):
            break
        end = block.last
    return end


def _asides(doc: Document, taken: Mapping[int, str], carded: Mapping[int, str], level: int) -> dict[int, str]:
    """Claims skipping the free sections of the cards' heading level that hold no quote (point 4 of the
    module docstring)."""
    claims: dict[int, str] = {}
    for section in doc.sections:
        head = doc.blocks[section.block]
        if section.level != level or not section.body or head.first in carded or head.first in taken:
            continue
        body = [doc.blocks[i] for i in section.body if doc.blocks[i].kind != "hr"]
        if not body:
            continue
        first, last = head.first, body[-1].last
        if taken.keys().isdisjoint(range(first, last)) and carded.keys().isdisjoint(range(first, last)):
            claims.update(claim(first, last, "skip:aside"))
    return claims
