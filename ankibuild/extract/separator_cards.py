"""Heading cards split by a separator line: each heading is a card, a line holding only the separator
separates its front from its back. mdanki decks write `%`; pandoc slides (beamer, reveal.js) write the
pause `. . .`, which shows the slide's question first and what follows the pause on the next step.

    ## Osmosis                              ## Is every NFA matched by some DFA?

    %                                       . . .

    Net diffusion of water across a …       Yes: the subset construction builds one.

1. **A card** is a free heading whose section holds a paragraph that is only the separator, every block before it free:
   the heading and the blocks between it and the separator (a code block it shows) are the front, whatever the title
   says (`## Osmosis` is a card like `## What is osmosis?`); the blocks after the separator up to the next heading
   (a closing `---` left out, a further pause of an incremental slide too) are the back. The separator is never
   part of a side.
2. **An empty back** (nothing after the separator, or only a comment or a placeholder) is reported `unanswered`.
3. A document needs two such headings: a lone `%` or pause line under one heading is no deck convention.
4. **In a deck of pause slides**, a slide of the cards' heading level that holds no pause reveals nothing: an
   agenda, a teaser left for next time, a closing `## Questions?` over a picture. It is skipped, not carded
   (an mdanki heading without `%` stays the heading rules': mdanki cards it whole).
5. **Ankdown decks** write the same cards without headings: cards between `---` rules, the front, a `%` line,
   the back, and optionally a second `%` line over the card's tags (`go, concurrency`). Each such segment
   (two or more in the document, a leading HTML comment aside) is a card whose tags are those words; an
   empty back, or one that is only a placeholder (`TODO — finish after …`), is `unanswered`.
6. **md2anki decks** split each heading's card by a rule (`---`) instead: the blocks above the rule are the
   question (the heading only titles the card and goes to its context, unless it asks itself), the blocks
   below it, up to the next heading (a closing rule left out), the answer. A rule is common in notes, so the
   deck must show the shape throughout: of the sections of one heading level, three quarters at least hold
   one rule with blocks above it, two at least hold blocks below it too, and half the questions above their
   rules ask or command. A section of the deck whose rule has nothing (or only a placeholder) below it is
   `unanswered`.

        ## Photosynthesis (c07)

        Where in the cell does photosynthesis happen?

        ---

        In the chloroplasts.

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import build_answer, empty_reason, unanswered
from .document import Document, Section, block_kinds, free_blocks, lazy_pattern, search_lines, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "separator-card"
_SEPARATOR = "%"
_PAUSE = ". . ."
"""Pandoc's pause: three dots, a space between each."""
_SEPARATOR_LINE = lazy_pattern(r"^[ \t]{0,3}%[ \t]*\r?$", re.M)
_PAUSE_LINE = lazy_pattern(r"^[ \t]{0,3}\. \. \.[ \t]*\r?$", re.M)
# A `%` that ends its line: every separator line holds one (a search from `%` to `%`, where the line
# starts would be tried at every line break of the text).
_ENDING_MARK = lazy_pattern(r"%[ \t]*\r?$", re.M)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings split by a `%` or pause line (see the module docstring)."""
    spellings = _spellings(doc)
    if not spellings:
        if "hr" in block_kinds(doc) and len(doc.sections) >= 2:  # two split sections at least
            return _ruled_sections(doc, taken)
        return RuleResult()  # no line holds only a separator: nearly every document
    free = set(free_blocks(doc, taken))
    cards = [(section, cut) for section in doc.sections if (cut := _separator(doc, section, free, spellings)) is not None]
    if len(cards) < 2:
        return _ruled_cards(doc, free) if _SEPARATOR in spellings else RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, cut in cards:
        head = doc.blocks[section.block]
        inline = doc.inline(head)
        title = inline.content.strip() if inline is not None else section.title
        shown = [doc.block_text(i).strip("\n") for i in section.body[: section.body.index(cut)]]
        front = "\n\n".join([title, *shown])
        back = [i for i in section.body[section.body.index(cut) + 1 :] if i in free and not _separates(doc, i, spellings)]
        answer = build_answer(doc, back)
        loc = doc.loc(head.first)
        last = doc.blocks[section.body[-1]].last
        outcome = "unanswered" if answer.empty_reason else "card"
        claims.update(claim(head.first, last, outcome))
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, title, answer.empty_reason))
            continue
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, CONVENTION, front, answer.markdown, context, topic_tags(section.path)))
    if all(doc.block_text(cut).strip() == _PAUSE for _, cut in cards):
        claims.update(_unrevealing_slides(doc, free, {section.level for section, _ in cards}, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _spellings(doc: Document) -> tuple[str, ...]:
    """The separators that stand alone on a line of the document: `%`, the pause `. . .`, both or none."""
    text = doc.source.text
    found: tuple[str, ...] = ()
    if _may_end_a_line(text) and search_lines_holding(doc, _SEPARATOR_LINE, _SEPARATOR):
        found += (_SEPARATOR,)
    if _PAUSE in text and search_lines(_PAUSE_LINE, text):
        found += (_PAUSE,)
    return found


def _may_end_a_line(text: str) -> bool:
    """False only when no `%` ends a line of TEXT: a `%` separator line cannot stand in it."""
    return _ENDING_MARK.search(text) is not None


def _separates(doc: Document, index: int, spellings: tuple[str, ...]) -> bool:
    """True when block INDEX is a paragraph holding only one of the separators."""
    return doc.blocks[index].kind == "paragraph" and doc.block_text(index).strip() in spellings


def _separator(doc: Document, section: Section, free: set[int], spellings: tuple[str, ...]) -> int | None:
    """The index of the separator paragraph in a free heading's section, every block before it free, else None."""
    if section.block not in free:
        return None
    for index in section.body:
        if index not in free:
            return None
        if _separates(doc, index, spellings):
            return index
    return None


def _unrevealing_slides(doc: Document, free: set[int], levels: set[int], carded: Mapping[int, str]) -> dict[int, str]:
    """Claims skipping the slides of a pause deck that reveal nothing (point 4 of the module docstring): the
    free sections of the cards' heading levels with a body, all of it free, and no pause."""
    claims: dict[int, str] = {}
    for section in doc.sections:
        head = doc.blocks[section.block]
        if section.level not in levels or not section.body or head.first in carded or section.block not in free:
            continue
        if all(i in free for i in section.body):
            claims.update(claim(head.first, doc.blocks[section.body[-1]].last, "skip:slide"))
    return claims


def _ruled_cards(doc: Document, free: set[int]) -> RuleResult:
    """Ankdown cards between `---` rules (point 4 of the module docstring)."""
    segments: list[list[int]] = [[]]
    for index, block in enumerate(doc.blocks):
        if block.kind == "hr":
            segments.append([])
        elif not (block.kind == "html_block" and doc.block_text(index).lstrip().startswith("<!--") and not segments[-1]):
            segments[-1].append(index)  # a comment opening a segment is the deck's note, no part of a card
    found = [(segment, marks) for segment in segments if (marks := _marks(doc, segment, free))]
    if len(found) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for segment, marks in found:
        first, last = doc.blocks[segment[0]].first, doc.blocks[segment[-1]].last
        front = doc.text(first, marks[0]).strip()
        back = doc.text(marks[0] + 1, marks[1] if len(marks) > 1 else last).strip()
        words = doc.text(marks[1] + 1, last).strip() if len(marks) > 1 else ""
        tags = tuple(dict.fromkeys(slug for word in re.split(r"[,\s]+", words) if (slug := tag_slug(word))))
        reason = empty_reason(back) if back else "no answer"
        loc = doc.loc(first)
        claims.update(claim(first, last, "card" if reason is None else "unanswered"))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(front.split()), reason))
            continue
        path = heading_path(doc, segment[0])
        drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path) + tags))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _marks(doc: Document, segment: list[int], free: set[int]) -> list[int]:
    """The lines of the `%` separators of a segment whose blocks are all free and whose first block is a
    paragraph holding a separator below its first line (one or two of them), else []."""
    if not segment or any(i not in free for i in segment) or doc.blocks[segment[0]].kind != "paragraph":
        return []
    marks = [
        n
        for i in segment
        if doc.blocks[i].kind == "paragraph"
        for n in range(doc.blocks[i].first, doc.blocks[i].last)
        if doc.lines[n].strip() == _SEPARATOR
    ]
    opening = doc.blocks[segment[0]]
    if not marks or not opening.first < marks[0] < opening.last or len(marks) > 2:
        return []
    return marks


def _ruled_sections(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """md2anki cards: heading sections split by a rule (point 6 of the module docstring)."""
    free = set(free_blocks(doc, taken))
    levels: dict[int, int] = {}
    found: dict[int, list[tuple[Section, int]]] = {}
    for section in doc.sections:
        levels[section.level] = levels.get(section.level, 0) + 1
        cut = _rule_cut(doc, section, free)
        if cut is not None:
            found.setdefault(section.level, []).append((section, cut))
    if not found:
        return RuleResult()
    level = max(found, key=lambda k: len(found[k]))
    cards = found[level]
    answered = sum(1 for section, cut in cards if _below_rule(doc, section, cut))
    fronts = [_ruled_front(doc, section, cut) for section, cut in cards]
    asking = sum(1 for front in fronts if is_question(front.split("\n\n")[-1].replace("\n", " ")))
    if answered < 2 or 4 * len(cards) < 3 * levels[level] or 2 * asking < len(cards):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for (section, cut), front in zip(cards, fronts, strict=True):
        head = doc.blocks[section.block]
        answer = build_answer(doc, _below_rule(doc, section, cut))
        loc = doc.loc(head.first)
        outcome = "unanswered" if answer.empty_reason else "card"
        claims.update(claim(head.first, doc.blocks[section.body[-1]].last, outcome))
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, " ".join(front.split()), answer.empty_reason))
            continue
        context = tuple(clean_heading(p) for p in (*section.path, section.title))
        drafts.append(CardDraft(loc, CONVENTION, front, answer.markdown, context, topic_tags(section.path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _rule_cut(doc: Document, section: Section, free: set[int]) -> int | None:
    """The index of the one rule splitting a free heading's section (blocks above it; a second rule only as
    the section's last block), else None."""
    body = section.body
    if section.block not in free or len(body) < 2 or any(i not in free for i in body):
        return None
    rules = [position for position, i in enumerate(body) if doc.blocks[i].kind == "hr"]
    if not rules or rules[0] == 0:
        return None
    if len(rules) > 2 or (len(rules) == 2 and rules[1] != len(body) - 1):
        return None
    return body[rules[0]]


def _below_rule(doc: Document, section: Section, cut: int) -> list[int]:
    """The blocks under the splitting rule, a closing rule left out."""
    return [i for i in section.body[section.body.index(cut) + 1 :] if doc.blocks[i].kind != "hr"]


def _ruled_front(doc: Document, section: Section, cut: int) -> str:
    """The blocks above the rule, under the heading's title when that asks too."""
    shown = [doc.block_text(i).strip("\n") for i in section.body[: section.body.index(cut)]]
    head = doc.blocks[section.block]
    inline = doc.inline(head)
    title = inline.content.strip() if inline is not None else section.title
    return "\n\n".join([title, *shown] if is_question(title) else shown)
