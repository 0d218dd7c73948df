"""Reading-highlight exports whose notes ask questions: a highlight bullet with a nested `Note: .qa …` bullet.

    ## Highlights

    - Osmosis moves water across a membrane towards the higher solute concentration. ([Location 12](…))
        - Note: .qa Which way does water move in osmosis?
        - Tags: [[cells]]
    - The loop of Henle sets up the medulla's concentration gradient. ([View Highlight](…))
        - Note: .qa What sets up the medullary gradient? The loop of Henle (countercurrent multiplication).
    - A line kept for its wording. ([Location 40](…))
        - Note: nice phrase

A highlight exporter (Readwise and the tools that copy its template) writes each highlight as a bullet, the
reader's note and tags as bullets nested under it; a note opening with the `.qa` mark is a question. The
question is the note's text up to its question mark, and what follows that mark on the note is the answer;
a note with nothing after it (or no question mark: `.qa margin of safety`) takes the highlight as its answer,
the location link that closes the highlight removed. When most `.qa` notes of the page carry their own
answer, the page writes answers into notes, and a note without one is `unanswered`: the highlight only
prompted the question. Other notes (`.h2 Basics` headings, plain thoughts) are no cards; once the page is
read so, its highlights without a question and the `Label: value` list of the export's metadata are
claimed as skipped, not left to the rules that read lists. The rule reads only pages with two `.qa` notes
or more, so a stray `.qa` in prose (a file extension) is never a card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .bullets import Bullet, bullet_outline
from .document import Document, block_at, dedent, holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "highlight-note"

# `Note: .qa Which way does water move?`, `**Note:** .qa …`: the nested note bullet that asks.
_QUESTION_NOTE = re.compile(r"^(?:\*\*|__)?notes?[ \t]*:(?:\*\*|__)?[ \t]*\.qa(?:[ \t]+(?P<rest>.*))?$", re.I | re.S)
# The question up to its first question mark, and an answer after it on the note.
_ASKED_AND_ANSWERED = re.compile(r"^(?P<q>[^?？]*[?？])[ \t\n]+(?P<a>\S.*)$", re.S)
# `([Location 212](https://…))`, `([View Highlight](…))`, `([Page 14](…))`: where the highlight is in its book.
_LOCATION_LINK = re.compile(r"[ \t]*\(\[[^\]\n]*\]\([^()\s]*\)\)[ \t]*$")
# `- Author: [[Ada]]`, `- Full Title: …`: an item of the export's metadata list.
_METADATA_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+[^\W\d_][\w \t-]{0,30}:[ \t]+\S")
_MIN_NOTES = 2


def _may_hold_question_notes(text: str) -> bool:
    """False only when no `.qa` mark is in the text: the precheck of nearly every document."""
    return holds(text, ".qa")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `.qa` notes under highlight bullets (see the module docstring)."""
    if not _may_hold_question_notes(doc.source.text):
        return RuleResult()  # no question mark of a highlight note: nearly every document
    nodes = bullet_outline(doc.lines)
    asked = [(node, note, rest) for node in nodes for note in node.children if (rest := _question_of(doc, note)) is not None]
    if len(asked) < _MIN_NOTES:
        return RuleResult()
    inline = sum(1 for _node, _note, rest in asked if _ASKED_AND_ANSWERED.match(rest))
    answers_in_notes = 2 * inline > len(asked)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for node, _note, rest in asked:
        lines = range(node.first, node.end)
        if not taken.keys().isdisjoint(lines) or node.first in claims:
            continue
        split = _ASKED_AND_ANSWERED.match(rest)
        if split is not None:
            question, answer = split.group("q").strip(), split.group("a").strip()
        else:
            question, answer = rest.strip(), "" if answers_in_notes else _highlight(doc, node)
        if not question:
            continue
        if empty_reason(answer) is not None:
            diagnostics.append(unanswered(doc.loc(node.first), question, "no answer"))
            claims.update(dict.fromkeys(lines, "unanswered"))
            continue
        index = block_at(doc, node.first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(node.first), CONVENTION, " ".join(question.split()), answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(lines, "card"))
    _claim_the_rest_of_the_export(doc, taken, {block_at(doc, node.first) for node, _n, _r in asked}, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question_of(doc: Document, note: Bullet) -> str | None:
    """What a `.qa` note says after its mark (its continuation lines joined), None for another bullet."""
    if ".qa" not in note.text:
        return None
    text = "\n".join([note.text, *(line.strip() for line in doc.lines[note.first + 1 : note.end])]).strip()
    match = _QUESTION_NOTE.match(text)
    return None if match is None else (match.group("rest") or "").strip()


def _highlight(doc: Document, node: Bullet) -> str:
    """The highlight's text: its bullet and the lines continuing it above its first nested bullet, without
    the location link that closes it."""
    end = node.children[0].first if node.children else node.end
    text = dedent([node.text, *doc.lines[node.first + 1 : end]]).strip()
    return _LOCATION_LINK.sub("", text).strip()


def _claim_the_rest_of_the_export(
    doc: Document, taken: Mapping[int, str], lists: set[int | None], claims: dict[int, str]
) -> None:
    """The free lines of the highlight lists (highlights without a question, `.h2` heading notes) and the
    export's `Label: value` metadata lists, claimed as skipped."""
    for index, block in enumerate(doc.blocks):
        if block.kind != "bullet_list":
            continue
        items = [line for line in doc.lines[block.first : block.last] if line.strip()]
        metadata = all(_METADATA_ITEM.match(line) for line in items)
        if index not in lists and not metadata:
            continue
        for n in range(block.first, block.last):
            if n not in taken and n not in claims and doc.lines[n].strip():
                claims[n] = "skip:metadata" if metadata else "skip:highlights"
