"""Term drills: sibling headings that each name a term, over a list of the same bold field labels.

    ### 1. Jamestown (1607)
    - **Identify:** first permanent English settlement in North America.
    - **Significance:** set the Chesapeake on a cash-crop path.

    ### 2. Headright system
    - **Identify:** 50 acres for each laborer's passage paid.
    - **Significance:** fueled indentured servitude.

Key-term sheets, vocabulary drills and case digests give every term its own heading and fill in the same
fields under each (`Identify` / `Significance`, `Definition` / `Example`, `Holding` / `Reasoning`). A label
that comes back under most sibling headings is a field name, not a term to learn: the heading is the front
and its labelled list (with whatever follows it in the section) the back. A sibling heading of such a drill
with nothing under it, or only a placeholder, is reported `unanswered` when it sits next to an entry.

The drill needs `_MIN_TERMS` sibling headings (of the same level: the drill's parts may group them) whose body opens with a list every
item of which opens with a bold label, and a label shared by most of them. Runs before the heading rule
and the glossary rule, which would read each label as a term of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, Section, block_kinds
from .outline import clean_heading, topic_tags

CONVENTION = "field-drill"

_MIN_TERMS = 3
"""Sibling headings with a labelled list a drill needs: two could be any pair of lists."""
# `- **Identify:** …`, `* **Significance**: …`, `- __Example:__ …`: a list item opening with a bold label.
_LABEL_ITEM = re.compile(r"[ \t]*[-*+][ \t]+(?P<b>\*\*|__)(?P<label>[^*_:\n]{1,40}?)[ \t]*(?::[ \t]*(?P=b)|(?P=b)[ \t]*:)")


def _may_hold_labels(doc: Document) -> bool:
    """False only when the document has too few headings or no top-level bullet list (`block_kinds`,
    shared): a drill needs both. (A search for the labels' colon would read the whole text.)"""
    return len(doc.sections) >= _MIN_TERMS and "bullet_list" in block_kinds(doc)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the term headings of a drill (see the module docstring)."""
    if not _may_hold_labels(doc):
        return RuleResult()
    blocks, lines = doc.blocks, doc.lines
    opening = [
        section.level
        for section in doc.sections
        if section.body
        and blocks[section.body[0]].kind == "bullet_list"
        and _LABEL_ITEM.match(lines[blocks[section.body[0]].first]) is not None
    ]
    levels = {level for level in opening if opening.count(level) >= _MIN_TERMS}
    if not levels:
        return RuleResult()  # no three headings of a level open with a labelled item: nearly every document
    siblings: dict[int, list[tuple[int, Section]]] = {}  # the headings of each level: a drill's parts split it
    for n, section in enumerate(doc.sections):
        if section.level in levels:
            siblings.setdefault(section.level, []).append((n, section))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for group in siblings.values():
        if len(group) < _MIN_TERMS:
            continue
        labels = {section.block: _list_labels(doc, section) for _, section in group}
        labelled = [found for found in labels.values() if found]
        if len(labelled) < _MIN_TERMS:
            continue
        counts = Counter(label for found in labelled for label in set(found))
        fields = {label for label, count in counts.items() if count >= _MIN_TERMS and 2 * count > len(labelled)}
        if not fields:
            continue
        entries = [bool(found) and not fields.isdisjoint(found) for found in labels.values()]
        for at, (n, section) in enumerate(group):
            found = labels[section.block]
            body = list(section.body)
            head = doc.blocks[section.block]
            if not is_free(doc, taken, section.block) or not all(is_free(doc, taken, i) for i in body):
                continue
            if found and fields.isdisjoint(found):
                continue  # a list of other labels: not an entry of this drill
            if not found and body:
                continue  # a body of some other shape (prose, a table): left to the other rules
            if not found and not (at > 0 and entries[at - 1] or at + 1 < len(group) and entries[at + 1]):
                continue  # an empty heading away from the drill's entries: not one of its terms
            if not body and n + 1 < len(doc.sections) and doc.sections[n + 1].level > section.level:
                continue  # a heading over headings: a part of the document, no term
            question = clean_heading(section.title)
            loc = doc.loc(head.first)
            answer = build_answer(doc, body) if body else None
            if answer is None or answer.empty_reason is not None:
                reason = answer.empty_reason if answer is not None else "no answer"
                diagnostics.append(unanswered(loc, question, reason))
                outcome = "unanswered"
            else:
                context = tuple(clean_heading(p) for p in section.path)
                drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, topic_tags(section.path)))
                outcome = "card"
            claims.update(claim(head.first, head.last, outcome))
            for i in body:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _list_labels(doc: Document, section: Section) -> tuple[str, ...]:
    """The labels (lower case) of the list that opens the section's body when every item of it opens with
    a bold label, else ()."""
    if not section.body:
        return ()
    block = doc.blocks[section.body[0]]
    if block.kind != "bullet_list":
        return ()
    labels: list[str] = []
    depth = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != depth or token.map is None:
            continue
        match = _LABEL_ITEM.match(doc.lines[token.map[0]])
        if match is None:
            return ()
        labels.append(" ".join(match.group("label").lower().split()))
    return tuple(labels)
