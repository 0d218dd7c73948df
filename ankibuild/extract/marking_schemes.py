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

**Numbered questions.** Papers copied with their own layout put only the question's number and marks in the
heading (`### Question 21 (3 marks)`, `### Frage 4 (6 Punkte)`) and the task in the paragraphs under it, then
the scheme under its label (questions.SCHEME_LABEL: `**Marking guidelines**`, `**Sample answer**`,
`*Markscheme*` …, no colon needed). The front is then those paragraphs (marks left off), the back the
scheme. A task in parts (`(a) Define … (2 marks)`, its scheme, then `(b) …` and its own scheme) gives one
card per part. Where a sample answer stands beside marking criteria (`**Marking guidelines**` over a
criteria/marks table), the sample answer is the back: the criteria say what earns the marks. A part whose
scheme is only a note in brackets or in italics (`*(not published yet)*`, `— *to copy from the PDF*`),
a placeholder or nothing is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, is_missing_note, unanswered
from .document import Document, Section, lazy_pattern, may_open_a_line, may_open_a_line_with
from .outline import topic_tags
from .questions import CRITERIA_LABEL, SCHEME_LABEL, without_marks

CONVENTION = "marking-scheme"

_SCHEME_WORDS = (
    r"hyv[äa]n\s+vastauksen\s+piirteet|marking\s+(?:scheme|guide|criteria)|mark\s+scheme|model\s+answer|"
    r"erwartungshorizont|bra\s+svar|kenmerken\s+van\s+een\s+goed\s+antwoord|correctievoorschrift"
)
_SCHEME_LABEL = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__|\*|_)[ \t]*(?:{_SCHEME_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*", re.I
)
# Every scheme label opens its line with one of these words, after its emphasis (`document.may_open_a_line`).
_SCHEME_HEADS = (
    "hyvän", "hyvan", "mark", "model", "erwartungshorizont", "bra", "kenmerken", "correctievoorschrift",
    "sample", "suggested", "specimen", "examiner",
)
# What a line holding a scheme label opens with after its spaces and tabs (`document.may_open_a_line_with`):
# its emphasis, and the first letters of a scheme word unless the spaces after the emphasis run to the cut.
_SCHEME_OPENING = lazy_pattern(r"^(?:\*\*|__|\*|_)[ \t]*(?:$|hyv|mark|model|erw|bra|kenm|corr|samp|sugg|spec|exam)", re.I | re.M)
# `Tehtävä 2.`, `Question 3:`, `Aufgabe 1)`, `Q4.`, `5.` before the question.
_TASK_LABEL = lazy_pattern(r"^(?:[^\W\d_]{1,20}[ \t]*)?\d{1,3}[a-z]?[ \t]*[.:)][ \t]+(?=\S)")
# `(20 p.)`, `[6 marks]`, `(15 Punkte)`, `*(10 pts)*`: the points the question is worth.
_POINTS = lazy_pattern(
    r"[ \t]*[*_]*[(\[][ \t]*\d{1,3}(?:[ \t]*[–-][ \t]*\d{1,3})?[ \t]*"
    r"(?:p|pts?|points?|pistett[äa]|poäng|po[äa]ng|punkte|pkt|puntos?|punti|pontos?|punten|marks?|m)\.?[ \t]*[)\]][*_]*[ \t]*$",
    re.I,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from exam headings answered by a marking-scheme label (see the module docstring)."""
    if not doc.sections or not may_open_a_line_with(doc, _SCHEME_OPENING) or not may_open_a_line(doc, _SCHEME_HEADS):
        return RuleResult()  # no marking-scheme label: nearly every document
    answered: list[tuple[Section, str, list[int], str]] = []
    others: list[tuple[Section, str, list[int]]] = []
    numbered: list[_Item] = []
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
        if _NUMBER_ONLY.match(front):
            found = _numbered_items(doc, section, body)
            if found:
                numbered.extend(found)
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
    if len(numbered) < _MIN_NUMBERED:
        numbered = []  # one numbered heading over a scheme label: a note, not a paper
    if not answered and not numbered:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for item in numbered:
        loc = doc.loc(doc.blocks[item.blocks[0]].first)
        reason = "no answer" if not item.answer else "placeholder" if _NOTE_ONLY.match(item.answer) or is_missing_note(item.answer) else empty_reason(item.answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, item.asked, reason))
            kind = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, item.front, item.answer, item.section.path, topic_tags(item.section.path)))
            kind = "card"
        for i in item.blocks:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
        head = doc.blocks[item.section.block]
        claims.setdefault(head.first, kind)
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


_MIN_NUMBERED = 2
# `Question 21`, `Frage 4`, `21`: a heading that only numbers its question (points already left off).
_NUMBER_ONLY = lazy_pattern(r"^(?:[^\W\d_]{1,20}[ \t]*)?#?\d{1,3}[a-z]?[.:)]?$")
# `(a) Define …`, `b) …`, `(ii) …`: a part of a question, opening its paragraph.
_PART = lazy_pattern(r"^[ \t]*(?:\((?:[a-h]|[ivx]{1,4})\)|[a-h]\))[ \t]+(?=\S)")
# `*(not published yet)*`, `— *to copy from the PDF*`: a note to self in brackets or in italics, alone.
_NOTE_ONLY = lazy_pattern(
    r"^[ \t]*(?:[—–-][ \t]*)?(?:(?:[*_]{1,2})?\([^\n]*\)(?:[*_]{1,2})?|(?P<e>[*_])(?![*_\s])[^\n*_]{1,120}(?<![*_\s])(?P=e))[ \t]*$"
)
# `![Figure](img/graph.png)`: a picture alone in its paragraph.
_IMAGE_ONLY = lazy_pattern(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$")


@dataclass(frozen=True, slots=True)
class _Item:
    """A question (or part) under a numbered heading, with its scheme."""

    section: Section
    """The heading's section."""
    blocks: tuple[int, ...]
    """The blocks it takes: the task, its labels and their schemes."""
    front: str
    """The task, its part letter and marks left off (pictures kept)."""
    asked: str
    """The task's words alone, for the report of an unanswered part."""
    answer: str
    """The back: the sample answer, else the scheme; empty without one."""


def _numbered_items(doc: Document, section: Section, body: list[int]) -> list[_Item]:
    """The questions under a numbered heading (see the module docstring), or none when no paragraph of its
    body opens with a scheme label."""
    labelled = [i for i in body if doc.blocks[i].kind == "paragraph" and SCHEME_LABEL.match(doc.lines[doc.blocks[i].first])]
    if not labelled or labelled[0] == body[0]:
        return []
    groups: list[tuple[list[int], list[tuple[bool, list[int]]]]] = []  # (task blocks, [(criteria?, scheme blocks)])
    for i in body:
        block = doc.blocks[i]
        if i in labelled:
            if not groups:
                return []
            groups[-1][1].append((CRITERIA_LABEL.match(doc.lines[block.first]) is not None, [i]))
        elif not groups or (groups[-1][1] and block.kind == "paragraph" and _PART.match(doc.lines[block.first])):
            groups.append(([i], []))
        elif groups[-1][1]:
            groups[-1][1][-1][1].append(i)
        else:
            groups[-1][0].append(i)
    items: list[_Item] = []
    for task, schemes in groups:
        if not schemes:
            return []  # a part without a scheme: another layout
        texts = [_PART.sub("", doc.block_text(i).strip(), count=1) if n == 0 else doc.block_text(i).strip() for n, i in enumerate(task)]
        texts = [without_marks(t) for t in texts]
        asked = " ".join(t for t in texts if not _IMAGE_ONLY.match(t))
        if not asked:
            return []
        chosen = [blocks for criteria, blocks in schemes if not criteria] or [blocks for _, blocks in schemes]
        answer = "\n\n".join(_scheme_text(doc, blocks) for blocks in chosen).strip()
        used = tuple(task) + tuple(i for _, blocks in schemes for i in blocks)
        items.append(_Item(section, used, "\n\n".join(texts), asked, answer))
    return items


def _scheme_text(doc: Document, blocks: list[int]) -> str:
    """A scheme's text: its label paragraph without the label, then the blocks under it."""
    first = doc.block_text(blocks[0])
    label = SCHEME_LABEL.match(first)
    parts = [first[label.end() :].strip() if label else first.strip(), *(doc.block_text(i).strip() for i in blocks[1:])]
    return "\n\n".join(p for p in parts if p)
