"""Past-paper questions answered by a marking scheme: an exam heading over a bold "features of a good answer".

    ### Tehtävä 2. Vertaile Rooman tasavallan ja keisarikauden hallintoa. (20 p.)

    **Hyvän vastauksen piirteet:**
    - Tasavalta: konsulit, senaatti …

Matriculation and A-level reviews copy each past question as a heading (a task label and number before it,
`Tehtävä 2.`, `Question 3:`, `Aufgabe 1)`, and its points after it, `(20 p.)`, `[6 marks]`, `(15 Punkte)`),
and under it what the examiners expect: a paragraph opening with an emphasised marking-scheme label
(`**Hyvän vastauksen piirteet:**`, `**Marking scheme:**`, `**Mark scheme:**`, `**Model answer:**`,
`**Erwartungshorizont:**`, `**Bra svar:**`), then usually a list. The heading is a card, asking or not: the
front is the question without its label and points, the back is the scheme (the label left off) and the rest
of the section. In a document holding such a card, a sibling heading whose body only says the scheme is
missing (`*HVP puuttuu vielä …*`, `TODO`) or is empty is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, is_missing_note, unanswered
from .document import Document, Section, lazy_pattern, may_open_a_line, may_open_a_line_with
from .outline import topic_tags

CONVENTION = "marking-scheme"

_SCHEME_WORDS = (
    r"hyv[äa]n\s+vastauksen\s+piirteet|marking\s+(?:scheme|guide|criteria)|mark\s+scheme|model\s+answer|"
    r"erwartungshorizont|bra\s+svar|kenmerken\s+van\s+een\s+goed\s+antwoord|correctievoorschrift"
)
_SCHEME_LABEL = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__|\*|_)[ \t]*(?:{_SCHEME_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*", re.I
)
# Every scheme label opens its line with one of these words, after its emphasis (`document.may_open_a_line`).
_SCHEME_HEADS = ("hyvän", "hyvan", "mark", "model", "erwartungshorizont", "bra", "kenmerken", "correctievoorschrift")
# What a line holding a scheme label opens with after its spaces and tabs (`document.may_open_a_line_with`):
# its emphasis, and the first letters of a scheme word unless the spaces after the emphasis run to the cut.
_SCHEME_OPENING = lazy_pattern(r"^(?:\*\*|__|\*|_)[ \t]*(?:$|hyv|mark|model|erw|bra|kenm|corr)", re.I | re.M)
# `Tehtävä 2.`, `Question 3:`, `Aufgabe 1)`, `Q4.`, `5.` before the question.
_TASK_LABEL = lazy_pattern(r"^(?:[^\W\d_]{1,20}[ \t]*)?\d{1,3}[a-z]?[ \t]*[.:)][ \t]+(?=\S)")
# `(20 p.)`, `[6 marks]`, `(15 Punkte)`, `*(10 pts)*`: the points the question is worth.
_POINTS = lazy_pattern(
    r"[ \t]*[*_]*[(\[][ \t]*\d{1,3}(?:[ \t]*[–-][ \t]*\d{1,3})?[ \t]*"
    r"(?:p|pts?|points?|pistett[äa]|poäng|po[äa]ng|punkte|pkt|marks?|m)\.?[ \t]*[)\]][*_]*[ \t]*$",
    re.I,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from exam headings answered by a marking-scheme label (see the module docstring)."""
    if not doc.sections or not may_open_a_line_with(doc, _SCHEME_OPENING) or not may_open_a_line(doc, _SCHEME_HEADS):
        return RuleResult()  # no marking-scheme label: nearly every document
    answered: list[tuple[Section, str, list[int], str]] = []
    others: list[tuple[Section, str, list[int]]] = []
    for n, section in enumerate(doc.sections):
        head = doc.blocks[section.block]
        if (section.level == 1 and section.title == doc.title) or head.first in taken:
            continue
        if n + 1 < len(doc.sections) and doc.sections[n + 1].level > section.level:
            continue  # a heading over sub-headings groups questions
        front = _front(section.title)
        if not front:
            continue
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if not all(is_free(doc, taken, i) for i in body):
            continue
        first = body[0] if body else None
        label = (
            _SCHEME_LABEL.match(doc.block_text(first)) if first is not None and doc.blocks[first].kind == "paragraph" else None
        )
        if first is not None and label is not None:
            parts = [doc.block_text(first)[label.end() :].strip(), *(doc.block_text(i).strip() for i in body[1:])]
            answered.append((section, front, body, "\n\n".join(p for p in parts if p)))
        else:
            others.append((section, front, body))
    if not answered:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, front, body, answer in answered:
        loc = doc.loc(doc.blocks[section.block].first)
        reason = "placeholder" if is_missing_note(answer) else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            kind = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, answer, section.path, topic_tags(section.path)))
            kind = "card"
        for i in [section.block, *body]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
    parents = {(s.parent, s.level) for s, *_ in answered}
    for section, front, body in others:
        if (section.parent, section.level) not in parents or not (
            _TASK_LABEL.match(section.title) or _POINTS.search(section.title)
        ):
            continue  # only an exam question beside the answered ones
        text = "\n\n".join(doc.block_text(i) for i in body)
        if body and not is_missing_note(text):
            continue  # a section of another kind beside the questions
        diagnostics.append(unanswered(doc.loc(doc.blocks[section.block].first), front, "placeholder" if body else "no answer"))
        for i in [section.block, *body]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front(title: str) -> str:
    """The question of an exam heading: its task label and points left off."""
    return _POINTS.sub("", _TASK_LABEL.sub("", title.strip(), count=1), count=1).strip()
