"""Reply lines: a study guide's numbered questions, each answered on the line right under it that opens with a
reply mark (`R=`), as Spanish-speaking schools write their questionnaires.

    1.- ¿Cuál fue el lema del Porfiriato?
    R= "Orden y progreso".

    2.- Menciona tres caudillos del norte. ❗
    R= Villa, Carranza y Obregón.

1. **An item** is a line of a free paragraph (not opening with a label: `P:`/`R:` and `**P (Ana):**`/`R:`
   pairs are the label-pair rule's) that opens with a number (`1.-`, `12.-`, `3-`, `4.`, `5)`), or that
   asks (ends with `?`), directly followed, in the same paragraph, by a line opening with a reply mark: `R=`,
   `R.-`, `R:`, `Resp:`, `Resp.-`, `Respuesta:`, `Rpta:` (bold or not). With the mark under it a numbered
   command (`Menciona tres …`) is a question too. One paragraph may hold several items; a reply mark that
   opens the next paragraph answers an item alone in its own. Emoji and marks after the `?` (`? ❗`) leave
   the front.
2. **The answer** is the text after the mark and the lines below it up to the next item.
3. A document needs two answered items. Then an empty reply (`R=` alone) is `unanswered`, and so is a
   paragraph made only of a numbered question with no reply, when what follows it is another item, a heading,
   a rule or the end.

Context: the cleaned heading path of the item's section (document title excluded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, lazy_pattern, may_open_a_line_with, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "reply-line"

_REPLY = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)?(?:r|resp|respuesta|rpta|rta)[ \t]*(?:=|\.-|[:：])(?(b)(?P=b))[ \t]*", re.I)
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)?(?:r|resp|respuesta|rpta|rta)[ \t]*(?:=|\.-|[:：])", re.I | re.M)
# What a line that `_PRECHECK` matches opens with: `R:` after its spaces and tabs (`document.line_openings`;
# the spaces before the mark may run past the 12 characters kept), or one of the longer words as its first
# word, nothing but spaces, tabs and the mark after it (`document.a_line_opens_with`).
_R_OPENING = lazy_pattern(r"^(?:\*\*|__)?r[ \t]*(?:=|\.-|[:：]|\.?$)", re.I | re.M)
_REPLY_WORDS = ("resp", "respuesta", "rpta", "rta")
# `1.-`, `12.-`, `3-`, `4.`, `5)`: the number of a guide's item.
_NUMBER = lazy_pattern(r"^[ \t]{0,3}\d{1,3}[ \t]*(?:\.-|[.)-])[ \t]*(?=\S)")
# `? ❗`, `? 🤔`: marks after the question's end.
_AFTER_MARK = lazy_pattern(r"(?<=[?？])[ \t]*[^\w\s\"'”»)\]`*_]+(?:[ \t]*[^\w\s\"'”»)\]`*_]+)*[ \t]*$")
_ENDS = ("heading", "hr")
# `P:`, `**Q:**`, `Pregunta:`, `**P (Ana):**`: a label, the asker's name in brackets allowed, that opens a
# question line of a labelled pair.
_LABELLED = lazy_pattern(
    r"^[ \t]{0,3}(?:\*\*|__)?[^\W\d_]{1,12}(?:[ \t]*[(（][^()（）\n]{1,30}[)）])?[ \t]*(?:\*\*|__)?[ \t]*[:：]"
)


def _may_hold_a_reply_mark(doc: Document) -> bool:
    """False only when no line opens as `_PRECHECK` matches (see `_R_OPENING`)."""
    return may_open_a_line_with(doc, _R_OPENING) or a_line_opens_with(doc, _REPLY_WORDS)


Item = tuple[int, str, str | None, bool]
"""(line of the question, question, answer or None without a reply mark, numbered)"""


def _question(line: str) -> tuple[str, bool] | None:
    """A question line's text and whether it is numbered, or None."""
    if _LABELLED.match(line):
        return None  # `P: ¿…?` over `R: …`: a labelled pair, the label-pair rule's
    number = _NUMBER.match(line)
    text = line[number.end() :].strip() if number else line.strip()
    if "?" in text or "？" in text:
        text = _AFTER_MARK.sub("", text)
    if number is not None:
        return (text, True) if text else None
    return (text, False) if text.endswith(("?", "？")) else None


def _items(doc: Document, index: int, reply_next: bool) -> list[Item] | None:
    """The items of a paragraph, or None when it is no run of items."""
    block = doc.blocks[index]
    lines = doc.lines[block.first : block.last]
    items: list[Item] = []
    n = 0
    while n < len(lines):
        found = _question(lines[n])
        if found is None or _REPLY.match(lines[n]):
            return None
        question, numbered = found
        start = block.first + n
        if n + 1 < len(lines) and _REPLY.match(lines[n + 1]):
            reply = _REPLY.match(lines[n + 1])
            assert reply is not None
            answer = [lines[n + 1][reply.end() :].strip()]
            n += 2
            while n < len(lines) and not (_NUMBER.match(lines[n]) and _question(lines[n])):
                answer.append(lines[n].strip())
                n += 1
            items.append((start, question, "\n".join(a for a in answer if a).strip(), numbered))
            continue
        if n + 1 == len(lines) and (numbered or reply_next):
            items.append((start, question, None, numbered))
            n += 1
            continue
        return None
    return items


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered questions answered by a reply line (see the module docstring)."""
    text = doc.source.text
    if not _may_hold_a_reply_mark(doc) or not search_lines(_PRECHECK, text):
        return RuleResult()
    found: dict[int, list[Item]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index) or _REPLY.match(doc.lines[block.first]):
            continue
        after = index + 1 if index + 1 < len(doc.blocks) else None
        reply_next = (
            after is not None and doc.blocks[after].kind == "paragraph" and bool(_REPLY.match(doc.lines[doc.blocks[after].first]))
        )
        items = _items(doc, index, reply_next)
        if items:
            found[index] = items
    if sum(1 for items in found.values() for item in items if item[2]) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, items in found.items():
        used = [index]
        for line, question, answer, numbered in items:
            loc = doc.loc(line)
            if answer is None:
                after = index + 1
                if (
                    after < len(doc.blocks)
                    and doc.blocks[after].kind == "paragraph"
                    and _REPLY.match(doc.lines[doc.blocks[after].first])
                ):
                    block = doc.blocks[after]
                    reply = _REPLY.match(doc.lines[block.first])
                    assert reply is not None
                    answer = "\n".join(
                        [doc.lines[block.first][reply.end() :].strip(), *doc.lines[block.first + 1 : block.last]]
                    ).strip()
                    used.append(after)
                elif not (numbered and is_question(question) and _ends_run(doc, found, after)):
                    used = []
                    break
            reason = empty_reason(answer) if answer else "no answer"
            if not answer or reason is not None:
                diagnostics.append(unanswered(loc, question, reason))
                continue
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        for i in used:
            block = doc.blocks[i]
            claims.update(claim(block.first, block.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _ends_run(doc: Document, found: Mapping[int, list[Item]], after: int) -> bool:
    """True when block `after` is another item, a heading, a rule or past the end."""
    return after >= len(doc.blocks) or after in found or doc.blocks[after].kind in _ENDS
