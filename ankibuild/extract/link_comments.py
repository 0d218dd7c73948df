"""Answers hidden in Markdown link-reference comments, which no renderer shows, so that the page shows only
the questions and the source answers them:

    - What is a closure?

    [//]: # (A function bundled with the variables of the scope it was created in.)

A link reference definition whose destination is only `#` or `<>` and whose title holds text (`[//]: # (…)`,
`[comment]: <> (…)`, `[_]: # "…"`) is the comment; Markdown shows nothing of it.

1. **The question** is the list item (the last item of the list right above the comment, or the item the
   comment is indented under) or the paragraph right above the comment, when it asks (`?`, a command word):
   its text is the front, code under it included; the comment's title the back (comment lines in a row
   join).
2. Read where two questions or more are answered so. An empty comment (`[//]: # ()`) or a placeholder in it
   (`[//]: # (TODO — ask in office hours)`) leaves its question `unanswered`; so does, in a section holding
   such a card, a list of questions that no comment follows (the other asking items of an answered list
   too).
3. A comment after text that does not ask, or one that opens a document (`[//]: # (draft — do not share)`), is
   a note to self and left alone.
4. A worksheet writes a blank answer line (`________`) between the question and the comment: it is skipped.
   An answer label opening the comment (`[//]: # (Answer: …)`, the shared label words) is dropped; a bold
   question number (`**3.**`) and a marks note (`*(2 points)*`) are left off the front.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, is_blank_to_fill, unanswered
from .document import Document, block_at, dedent, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, strip_answer_label, without_paper_marks
from .reference_comments import LINK_COMMENT

CONVENTION = "link-comment"

_MIN_ANSWERED = 2
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
# `**3.** Why …?`: a worksheet's bold question number, which numbers the item rather than asks.
_BOLD_NUMBER = re.compile(r"^(\*\*|__)\d{1,3}[.)]?\1[ \t]+(?=\S)")
# `1842. Free trade …`: a comment's text opening like a list item, which its answer must not turn into one.
_LIST_OPENING = re.compile(r"^(\d{1,9})([.)])(?=[ \t])")
_LISTS = ("bullet_list", "ordered_list")
_CODE = frozenset({"fence", "code_block", "html_block"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered by the link-reference comment under them."""
    if not text_holds(doc, "]:"):
        return RuleResult()  # no link reference definition: nearly every document
    comments = _comments(doc)
    if not comments:
        return RuleResult()
    # question key (block, item's first line or -1) → (block, first line, last line, answer, comment lines)
    found: dict[tuple[int, int], tuple[int, int, int, str, list[int]]] = {}
    for lines, answer in comments:
        question = _question_above(doc, taken, lines[0])
        if question is None:
            continue
        block, first, last = question
        key = (block, first)
        if key in found:  # a second comment under the same question goes on
            held = found[key]
            found[key] = (block, first, last, "\n\n".join(p for p in (held[3], answer) if p), held[4] + lines)
        else:
            found[key] = (block, first, last, answer, lines)
    if sum(1 for entry in found.values() if empty_reason(entry[3]) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    sections: set[int | None] = set()
    answered_blocks: set[int] = set()
    for block, first, last, answer, lines in found.values():
        front = _front(doc, first, last, set(lines))
        loc = doc.loc(first)
        path = heading_path(doc, block)
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            outcome = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
            outcome = "card"
            sections.add(_section(doc, block))
        answered_blocks.add(block)
        claims.update(claim(first, last, outcome))
        for line in lines:
            claims.update(claim(line, line + 1, outcome))
    # The asking items no comment answers, in the lists of questions of the sections read so
    for index in range(len(doc.blocks)):
        if doc.blocks[index].kind not in _LISTS or not is_free(doc, taken, index) or _section(doc, index) not in sections:
            continue
        items = list(list_items(doc, doc.blocks[index]))
        asking = [(start, end) for start, end in items if is_question(_first_line(doc, start))]
        if not asking or (index not in answered_blocks and len(asking) < len(items)):
            continue
        for first, last in asking:
            if (index, first) in found:
                continue
            diagnostics.append(unanswered(doc.loc(first), _front(doc, first, last, set()), "no answer"))
            claims.update(claim(first, last, "unanswered"))
    drafts.sort(key=lambda d: d.loc.line or 0)
    diagnostics.sort(key=lambda d: d.loc.line or 0)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _comments(doc: Document) -> list[tuple[list[int], str]]:
    """The link-reference comments outside code, as (lines, text): comments on lines in a row, or with only
    blank lines between them, are one."""
    out: list[tuple[list[int], str]] = []
    text = doc.source.text
    for match in LINK_COMMENT.finditer(text):
        line = text.count("\n", 0, match.start())
        holder = block_at(doc, line)
        if holder is not None and (doc.blocks[holder].kind not in _LISTS or _in_code(doc, holder, line)):
            continue  # a paragraph's text (a definition cannot interrupt one) or code
        body = strip_answer_label(next(g for g in (match.group("p"), match.group("q"), match.group("s")) if g is not None).strip())
        body = _LIST_OPENING.sub(r"\1\\\2", body, count=1)
        if out and all(not doc.lines[n].strip() for n in range(out[-1][0][-1] + 1, line)):
            lines, held = out[-1]
            out[-1] = ([*lines, line], "\n\n".join(p for p in (held, body) if p))
        else:
            out.append(([line], body))
    return out


def _in_code(doc: Document, block: int, line: int) -> bool:
    """True when LINE lies in a code fence or block inside list BLOCK."""
    for token in doc.tokens[doc.blocks[block].start : doc.blocks[block].end]:
        if token.type in _CODE and token.map and token.map[0] <= line < token.map[1]:
            return True
    return False


def _question_above(doc: Document, taken: Mapping[int, str], line: int) -> tuple[int, int, int] | None:
    """(block, first line, last line) of the question a comment on LINE answers: the list item it is
    indented under, or the last item of the list or the paragraph right above it; None when that does not ask
    or is taken."""
    holder = block_at(doc, line)
    if holder is None:
        above = line - 1
        # blank lines and the blank answer lines of a worksheet (`________`) between the question and the comment
        while above >= 0 and (not doc.lines[above].strip() or is_blank_to_fill(doc.lines[above])):
            above -= 1
        if above < 0:
            return None
        holder = block_at(doc, above)
        if holder is None or doc.blocks[holder].last <= above:
            return None
    if not is_free(doc, taken, holder):
        return None
    block = doc.blocks[holder]
    if block.kind == "paragraph":
        first, last = block.first, block.last
    elif block.kind in _LISTS:
        spans = [(start, min(end, line)) for start, end in list_items(doc, block) if start < line]
        if not spans:
            return None
        first, last = spans[-1]
    else:
        return None
    while last > first + 1 and not doc.lines[last - 1].strip():
        last -= 1
    if not is_question(_first_line(doc, first)):
        return None
    return holder, first, last


def _first_line(doc: Document, first: int) -> str:
    """The text of a question's first line, its list marker dropped."""
    return _LIST_MARK.sub("", doc.lines[first], count=1).strip()


def _front(doc: Document, first: int, last: int, skip: set[int]) -> str:
    """The question's Markdown: its lines without the list marker and the comment lines, dedented; the first
    paragraph on one line."""
    lines = [doc.lines[n] for n in range(first, last) if n not in skip]
    marker = _LIST_MARK.match(lines[0])
    if marker is not None:
        lines[0] = " " * marker.end() + lines[0][marker.end() :]
    body = dedent(lines).strip()
    head, _, rest = body.partition("\n\n")
    question, _ = clean_question(_BOLD_NUMBER.sub("", " ".join(head.split()), count=1))
    question = without_paper_marks(question)
    return "\n\n".join(p for p in (question or head, rest.strip()) if p)


def _section(doc: Document, block: int) -> int | None:
    """The heading block of the section holding BLOCK."""
    section = doc.section_of_block(block)
    return section.block if section is not None else None
