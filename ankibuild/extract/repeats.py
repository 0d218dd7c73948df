"""Template questions: the same question asked under several headings of one document (`What did the
authors try to accomplish?` under each paper's heading, `What went well?` under each day's). Each asks about
its own heading's subject, so each front is qualified by it (`Deep Residual Learning: What did the authors
try to accomplish?`); left bare they would read as one question, and all but the first be dropped as
duplicates, their answers and their `unanswered` reports lost."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import CardDraft, Diagnostic
from .document import Document, block_at
from .outline import clean_heading, heading_path


def qualified_repeats(
    doc: Document, drafts: Sequence[CardDraft], diagnostics: Sequence[Diagnostic]
) -> tuple[list[CardDraft], list[Diagnostic]]:
    """DRAFTS and DIAGNOSTICS with every basic front and `unanswered` question that the document asks, word
    for word, under two headings or more prefixed by its nearest heading (`Heading: question`). A question
    repeated under one heading, or asked where no heading is above it, is left as it is."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for d in drafts:
        if d.note_type == "basic":
            (repeated if d.question in seen else seen).add(d.question)
    for g in diagnostics:
        if g.kind == "unanswered" and g.question is not None:
            (repeated if g.question in seen else seen).add(g.question)
    if not repeated:
        return list(drafts), list(diagnostics)  # no question asked twice: nearly every document
    headings: dict[str, list[str | None]] = {}
    for d in drafts:
        if d.note_type == "basic" and d.question in repeated:
            headings.setdefault(d.question, []).append(clean_heading(d.context[-1]) if d.context else None)
    for g in diagnostics:
        if g.kind == "unanswered" and g.question in repeated:
            headings.setdefault(g.question, []).append(_heading_of_line(doc, g.loc.line - 1))
    qualify = {q for q, found in headings.items() if None not in found and len(set(found)) == len(found) > 1}
    qualify = _templates(doc, drafts, diagnostics, headings, qualify)
    if not qualify:
        return list(drafts), list(diagnostics)
    kept = [
        replace(d, question=f"{clean_heading(d.context[-1])}: {d.question}")
        if d.note_type == "basic" and d.question in qualify
        else d
        for d in drafts
    ]
    reports: list[Diagnostic] = []
    for g in diagnostics:
        if g.kind == "unanswered" and g.question is not None and g.question in qualify:
            question = f"{_heading_of_line(doc, g.loc.line - 1)}: {g.question}"
            message = question + g.message[len(g.question) :] if g.message.startswith(g.question) else g.message
            g = replace(g, question=question, message=message)
        reports.append(g)
    return kept, reports


def _templates(
    doc: Document,
    drafts: Sequence[CardDraft],
    diagnostics: Sequence[Diagnostic],
    headings: dict[str, list[str | None]],
    qualify: set[str],
) -> set[str]:
    """The questions of QUALIFY that belong to a template: under each heading that asks one of them, most
    questions are such repeated ones. A question a README lists under two categories (`What is context?`
    under `JavaScript` and `React`, among their many other questions) is one question shown twice."""
    if not qualify:
        return qualify
    asked: dict[str | None, int] = {}
    repeats: dict[str | None, int] = {}
    for d in drafts:
        if d.note_type == "basic":
            heading = clean_heading(d.context[-1]) if d.context else None
            asked[heading] = asked.get(heading, 0) + 1
            repeats[heading] = repeats.get(heading, 0) + (d.question in qualify)
    for g in diagnostics:
        if g.kind == "unanswered" and g.question is not None:
            heading = _heading_of_line(doc, g.loc.line - 1)
            asked[heading] = asked.get(heading, 0) + 1
            repeats[heading] = repeats.get(heading, 0) + (g.question in qualify)
    return {q for q in qualify if all(2 * repeats[h] > asked[h] for h in headings[q])}


def _heading_of_line(doc: Document, line: int) -> str | None:
    """The cleaned title of the nearest heading above LINE (a heading's own line: the one above it)."""
    index = block_at(doc, line)
    if index is None:
        return None
    path = heading_path(doc, index)
    if doc.blocks[index].kind == "heading" and path:
        path = path[:-1]
    return clean_heading(path[-1]) if path else None
