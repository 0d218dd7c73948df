"""Slide decks (Marp, reveal.js, Slidev): a question slide answered by the answer slide after it.

    ### Q3. Why does a hash table resize before it is full?

    ---

    ### A3

    Collisions grow fast past a load factor of about 0.75 …

Slides are separated by `---` lines. A question heading that opens its slide (slide directives and speaker
notes, `<!-- _class: lead -->`, are no content) is answered by the next slide when that slide opens with a
heading that only labels an answer (`A3`, `Answer`, `Solution 2`, `Antwort`, `Réponse`, `答え` …; when both
carry a number, the numbers agree). The question heading (plus any statement on its slide) is the front,
the answer slide's body the back. An empty answer slide leaves the question `unanswered`. Questions answered
on their own slide are the heading rule's.

Where two question slides or more are answered so, a slide that opens with a heading that is only a
question label (`Q9`, `Frage 9 (Bonus)`) over one paragraph that asks, and is followed by no answer slide,
is reported `unanswered`; under a heading that asks, what the slide shows is its answer.
Deckset's speaker notes (paragraphs opening with `^ `) and slide command lines (`[.column]`) are no
content of a slide: they stay off both sides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import SLIDE_ANSWERS, Document, block_kinds
from .outline import clean_heading, topic_tags
from .questions import clean_question, is_question, starts_like_question

_ANSWER_HEAD = re.compile(
    r"^(?:a(?=[ \t]*#?\d)|ans\.?|answers?|solutions?|r[ée]ponse|respuesta|soluci[oó]n|antwort|l[öo]sung|risposta|soluzione|resposta|"
    r"ответ|решение|答え?|解答|回答|정답|답)[ \t]*#?(?P<number>\d+[a-z]?)?[ \t]*[.:)：]?[ \t]*$",
    re.I,
)
_ANSWER_MARK = re.compile(
    r"^ {0,3}#{1,6}[ \t]+(?:a|ans|answer|solution|r[ée]ponse|respuesta|antwort|l[öo]sung|答|解答|回答|정답|답|ответ)", re.I | re.M
)
_QUESTION_NUMBER = re.compile(
    r"^\W*(?:q|question|frage|pregunta|domanda|вопрос|問題?|문제)?[ \t]*#?(?P<number>\d+[a-z]?)\b", re.I
)
# `Q2.`, `Question 2`: a heading that labels a question even when it does not ask (`Q5. Write the gradient …`).
_QUESTION_LABEL = re.compile(r"^\W*(?:q|question|frage|pregunta|domanda|вопрос|問題?|문제)[ \t]*#?\d+[a-z]?\b", re.I)
_CONTENT = frozenset({"paragraph", "bullet_list", "ordered_list", "table", "math_block", "fence", "code_block", "blockquote"})
# `^ Ask the room first.`, `[.column]`, `[.build-lists: true]`: a Deckset speaker note or slide command.
_NOTE = re.compile(r"^\^[ \t]")
_COMMAND = re.compile(r"^\[\.[\w-]+(?:[ \t]*:[^\]\n]*)?\][ \t]*$")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question slides answered by the next slide."""
    text = doc.source.text
    # An answer slide follows an `hr` block (its `---`): without one, no slide answers.
    if "hr" not in block_kinds(doc) or "\n---" not in text or _ANSWER_MARK.search(text) is None:
        return RuleResult()  # no slide separator or no answer heading: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not is_free(doc, taken, index):
            continue
        answer = _ANSWER_HEAD.match(_heading_text(doc, index))
        if answer is None:
            continue
        rule = _previous(doc, index - 1)
        if rule is None or blocks[rule].kind != "hr":
            continue
        statement_end = rule
        question_at = _slide_start(doc, rule - 1)
        if question_at is None or blocks[question_at].kind != "heading":
            continue
        heading = _heading_text(doc, question_at)
        question, _ = clean_question(heading)
        labelled = _QUESTION_LABEL.match(heading) is not None
        if not (question or labelled) or question and not (is_question(question) or starts_like_question(question) or labelled):
            continue  # a label heading (`Question 1`, its label cleaned away) asks through its statement
        if not _same_number(heading, answer.group("number")):
            continue
        statement = [i for i in range(question_at + 1, statement_end) if blocks[i].kind in _CONTENT and _shown(doc, i)]
        body_end = _slide_end(doc, index + 1)
        span = range(question_at, body_end)
        if not all(is_free(doc, taken, i) for i in span):
            continue
        front = "\n\n".join(part for part in [question, *(doc.block_text(i).strip("\n") for i in statement)] if part)
        if not front:
            continue
        body = [i for i in range(index + 1, body_end) if blocks[i].kind != "html_block" and _shown(doc, i)]
        back = "\n\n".join(_slide_text(doc, i) for i in body)
        reason = empty_reason(back)
        section = doc.section_of_block(question_at)
        path = section.path if section is not None else ()
        loc = doc.loc(blocks[question_at].first)
        outcome = "card" if reason is None else "unanswered"
        if reason is None:
            drafts.append(CardDraft(loc, "slide", front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
        else:
            # The report names what the card's front would have shown: a label heading's statement too (`Q5`).
            diagnostics.append(unanswered(loc, " ".join(front.split()), reason))
        last = blocks[body_end - 1].last if body_end > index else block.last
        claims.update(claim(blocks[question_at].first, last, outcome))
    if len(drafts) + len(diagnostics) >= _MIN_ANSWERED:
        _unanswered_slides(doc, taken, diagnostics, claims)
    if claims:
        doc.derived[SLIDE_ANSWERS] = True
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _shown(doc: Document, index: int) -> bool:
    """False for a Deckset speaker note (`^ …`) or a paragraph of slide commands only (`[.column]`), which
    the slide does not show."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return True
    lines = doc.lines[block.first : block.last]
    return _NOTE.match(lines[0]) is None and not all(_COMMAND.match(line) or not line.strip() for line in lines)


def _slide_text(doc: Document, index: int) -> str:
    """Block INDEX's text without the slide command lines opening it (`[.column]` over its text)."""
    text = doc.block_text(index).strip("\n")
    if doc.blocks[index].kind != "paragraph" or not text.startswith("[."):
        return text
    lines = text.split("\n")
    while lines and _COMMAND.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def _unanswered_slides(doc: Document, taken: Mapping[int, str], diagnostics: list[Diagnostic], claims: dict[int, str]) -> None:
    """The question label slides, among answered ones, that no answer slide follows (see the module docstring)."""
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.first in claims or not is_free(doc, taken, index):
            continue
        heading = _heading_text(doc, index)
        if not _QUESTION_LABEL.match(heading):
            continue
        before = _previous(doc, index - 1)
        if before is not None and blocks[before].kind != "hr":
            continue
        end = _slide_end(doc, index + 1)
        if end < len(blocks) and blocks[end].kind == "heading":
            continue  # another heading on the slide: not a question slide of the deck's shape
        content = [i for i in range(index + 1, end) if blocks[i].kind in _CONTENT and _shown(doc, i)]
        if len(content) != 1 or not all(is_free(doc, taken, i) for i in range(index, end)):
            continue
        following = _next_slide_start(doc, end)
        if following is not None and _ANSWER_HEAD.match(_heading_text(doc, following)):
            continue
        question, _ = clean_question(heading)
        statement = doc.block_text(content[0]).strip("\n")
        if question and (is_question(question) or starts_like_question(question)):
            continue  # the heading asks, so what is under it on the slide answers it
        if blocks[content[0]].kind != "paragraph" or not is_question(" ".join(statement.split())):
            continue
        front = "\n\n".join(part for part in [question, statement] if part)
        diagnostics.append(unanswered(doc.loc(block.first), " ".join(front.split()), "no answer slide"))
        claims.update(claim(block.first, blocks[end - 1].last, "unanswered"))


def _next_slide_start(doc: Document, index: int) -> int | None:
    """The heading that opens the slide after the separator at block INDEX; None when that slide opens
    otherwise or there is none."""
    if index >= len(doc.blocks) or doc.blocks[index].kind != "hr":
        return None
    index += 1
    while index < len(doc.blocks) and doc.blocks[index].kind == "html_block":
        index += 1
    return index if index < len(doc.blocks) and doc.blocks[index].kind == "heading" else None


def _heading_text(doc: Document, index: int) -> str:
    return doc.block_text(index).strip().lstrip("#").strip().rstrip("#").strip()


def _previous(doc: Document, index: int) -> int | None:
    """The block at or before `index` that is not a slide directive or speaker note."""
    while index >= 0 and doc.blocks[index].kind == "html_block":
        index -= 1
    return index if index >= 0 else None


def _slide_start(doc: Document, index: int) -> int | None:
    """The first content block of the slide that ends at block `index` (directives and notes skipped)."""
    start: int | None = None
    while index >= 0 and doc.blocks[index].kind != "hr":
        if doc.blocks[index].kind != "html_block":
            start = index
        index -= 1
    return start


def _slide_end(doc: Document, index: int) -> int:
    """The index of the next slide separator or heading of a new slide at or after `index`."""
    while index < len(doc.blocks) and doc.blocks[index].kind not in ("hr", "heading"):
        index += 1
    return index


def _same_number(question_heading: str, number: str | None) -> bool:
    """`Q3.` answered by `A3` or by a bare `Answer`; never by `A4`."""
    if number is None:
        return True
    asked = _QUESTION_NUMBER.match(question_heading)
    return asked is None or asked.group("number").lower() == number.lower()
