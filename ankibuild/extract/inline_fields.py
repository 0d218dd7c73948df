"""Obsidian Dataview inline fields that hold a card, one field a line:

    question:: What does ARP resolve?
    answer:: An IPv4 address to a MAC address.

    Q:: Boiling point of ethanol?
    A:: 78 °C

    front:: Capital of Peru
    back:: Lima

The field names pair as `question::`/`answer::`, `Q::`/`A::` and `front::`/`back::` (any case); the names
never reach the card. The question is its field's line; the answer runs from the answer field to the next
field line (`key:: value`) or the end of the paragraph. A question field with no answer field under it, or
an empty answer field (`answer::` with nothing after it, or a placeholder), is reported `unanswered`.
Other inline fields (`source:: [[…]]`, `confidence:: 3/5`) are metadata, left to the other rules.

Runs before the bare-line rule, which would otherwise card the two lines with their field names on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, search_lines, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import without_marks

CONVENTION = "inline-field"

_PAIRS = {"question": "answer", "q": "a", "front": "back"}
# A field line: `name:: value`, the name a word (Dataview's `key:: value`, spaced on the right only).
_FIELD = re.compile(r"^[ \t]{0,3}(?P<name>[^\W\d][\w-]*)::(?!:)(?:[ \t]+(?P<value>.*?))?[ \t]*$")
# The cheap test: a question field opening a line somewhere in the document.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:question|q|front)::(?!:)", re.M | re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question/answer inline-field pairs in free top-level paragraphs."""
    if not text_holds(doc, "::") or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        n = block.first
        while n < block.last:
            field = _FIELD.match(doc.lines[n])
            name = field.group("name").lower() if field else ""
            if field is None or name not in _PAIRS or not field.group("value"):
                n += 1
                continue
            question = without_marks(field.group("value"))
            end = n + 1
            while end < block.last and not _FIELD.match(doc.lines[end]):
                end += 1  # a question field that wraps onto lines of its own
            question = " ".join([question, *(doc.lines[k].strip() for k in range(n + 1, end))]).strip()
            answer_field = _FIELD.match(doc.lines[end]) if end < block.last else None
            answer = ""
            if answer_field is not None and answer_field.group("name").lower() == _PAIRS[name]:
                stop = end + 1
                while stop < block.last and not _FIELD.match(doc.lines[stop]):
                    stop += 1
                answer = "\n".join([answer_field.group("value") or "", *doc.lines[end + 1 : stop]]).strip()
                end = stop
            loc = doc.loc(n)
            reason = empty_reason(answer) if answer else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(loc, question, reason))
                claims.update(claim(n, end, "unanswered"))
            else:
                path = heading_path(doc, index)
                context = tuple(clean_heading(p) for p in path)
                drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
                claims.update(claim(n, end, "card"))
            n = end
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
