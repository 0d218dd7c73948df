"""Keyed questions answered under keyed headings: a list of questions each opening with a bold key (a short
label and a number), answered later in the notes by headings that open with the same key.

    ### Learning issues

    - **LI 1.** What is the Frank–Starling mechanism?
    - **LI 2.** Why does left heart failure cause orthopnoea?

    ## Report back

    ### LI 1 — Frank–Starling (Aisha)

    Stroke volume rises as end-diastolic volume rises …

    ### LI 2 — Orthopnoea (Tom)

    TODO

Problem-based learning groups, seminar logs and reading groups list the questions they set themselves
under a key (`**LI 1.**`, `**LO 2:**`, `**SQ3**`, `**Frage 4.**`), then report on each in a section of its
own titled by that key and a short name (`### LI 1 — Frank–Starling (Aisha)`, `### LO 2: …`, `### SQ3.`).
A list item opening with a bold key (a label of letters and a number, closed by `.`, `:` or `)` or
nothing) asks the rest of its text; the section whose heading, later in the document, opens with the same
label and number (then a dash, colon, full stop or the end) answers it: the front is the question without
its key, the back the heading's body. Read when two keys or more of one list have such a heading. A
question without a heading, or whose heading holds nothing, a placeholder or a note ending on `TODO`
(`Ken was off sick — TODO.`), is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, block_kinds, lazy_pattern, list_items
from .outline import topic_tags

CONVENTION = "keyed-heading"

# `- **LI 1.** What …?`, `1. **LO 2:** …`, `* __SQ3__ …`: a list item opening with a bold key.
_KEYED_ITEM = lazy_pattern(
    r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<m>\*\*|__)[ \t]*(?P<label>[^\W\d_]{1,12})[ \t]*(?P<number>\d{1,3})[ \t]*[.:)：]?[ \t]*(?P=m)"
    r"[ \t]*[.:)：]?[ \t]+(?P<question>\S[^\n]*)$"
)
# `LI 1 — Frank–Starling (Aisha)`, `LO 2: …`, `SQ3.`: a heading opening with a key.
_KEYED_TITLE = lazy_pattern(
    r"^[ \t]*(?P<label>[^\W\d_]{1,12})[ \t]*(?P<number>\d{1,3})[ \t]*(?:[.:)：—–-](?:[ \t]|$)|$)"
)
# `Ken was off sick. Dr. N. said to cover it ourselves — TODO.`: a note ending on the mark of a part to do.
_TRAILING_TODO = lazy_pattern(r"[—–:-][ \t]*(?:todo|tbd|fixme)\W*$", re.I)
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from keyed list questions answered under keyed headings (see the module docstring)."""
    if len(doc.sections) < _MIN_ANSWERED or ("bullet_list" not in block_kinds(doc) and "ordered_list" not in block_kinds(doc)):
        return RuleResult()
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()  # no bold key anywhere: nearly every document
    headings: dict[tuple[str, int], int] = {}
    for n, section in enumerate(doc.sections):
        match = _KEYED_TITLE.match(section.title)
        if match is not None:
            headings.setdefault((match.group("label").casefold(), int(match.group("number"))), n)
    if len(headings) < _MIN_ANSWERED:
        return RuleResult()  # fewer than two keyed headings: nearly every document with bold list items
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("bullet_list", "ordered_list") or not is_free(doc, taken, index):
            continue
        items = []
        for first, last in list_items(doc, block):
            match = _KEYED_ITEM.match(doc.lines[first])
            if match is None:
                break
            key = (match.group("label").casefold(), int(match.group("number")))
            rest = " ".join(doc.lines[n].strip() for n in range(first + 1, last) if doc.lines[n].strip())
            items.append((first, key, " ".join((match.group("question") + " " + rest).split())))
        else:
            found = [(first, key, question, headings.get(key)) for first, key, question in items]
            answering = [h for *_, h in found if h is not None and doc.sections[h].block > index]
            if len(items) < _MIN_ANSWERED or len(answering) < _MIN_ANSWERED:
                continue
            for first, _key, question, heading in found:
                loc = doc.loc(first)
                answering_section = doc.sections[heading] if heading is not None and doc.sections[heading].block > index else None
                body = [i for i in answering_section.body if doc.blocks[i].kind != "hr"] if answering_section is not None else []
                if answering_section is not None and not all(is_free(doc, taken, i) for i in [answering_section.block, *body]):
                    continue
                answer = build_answer(doc, body) if body else None
                reason = (
                    "no answer"
                    if answer is None
                    else answer.empty_reason or ("placeholder" if _TRAILING_TODO.search(answer.markdown) and "\n" not in answer.markdown.strip() else None)
                )
                if answer is None or reason is not None:
                    diagnostics.append(unanswered(loc, question, reason))
                    kind = "unanswered"
                else:
                    path = answering_section.path if answering_section is not None else ()
                    drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, path, answer.tags + topic_tags(path), answer_tokens=answer.tokens))
                    kind = "card"
                if answering_section is not None:
                    for i in [answering_section.block, *body]:
                        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
            claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
