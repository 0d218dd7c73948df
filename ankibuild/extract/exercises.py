"""Exercises in HTML containers: textbooks and course pages written in HTML-flavoured Markdown (kramdown,
`markdown="1"`) put each exercise in a `<div>` and its solution in another.

A container (`<div>`, `<section>`, `<aside>` whose tags start their lines) is a **question** when its
attributes name one (`data-type="problem"`, `class="exercise"`, `class="question"`, `id="task-3"`) and holds
no such container itself, and an **answer** when they name a solution or an answer
(`data-type="solution"`, `class="answer"`). A question's answer is the answer container right after it (its
next sibling) or one nested inside it; a wrapper around the pair (`<div data-type="exercise">`) is taken with
them. Front: the question's Markdown without kramdown attribute lines (`{: type="a"}`); a one-letter answer to
a multiple-choice question (`C`) is given with the option it names (`C: genetic factors`). A question
container without an answer is reported as unanswered. Context is the heading path.

Flip cards (`<div class="flip-card-front">…</div>` then `<div class="flip-card-back">…</div>`, in a card and
an inner wrapper) are the same pair named as the two faces of a card: a `front` box is a question only with
its `back` box (the same names, `front` turned into `back`) right after it or inside it, so a lone `front`
box (a cover, a page's front matter, a `front-cover` before a `back-to-top` link) is none. When
two faces or more ask, a front that does not (`Welcome!` over `Hover to turn the cards`) is the page's dress,
skipped; when none asks (vocabulary), every pair is a card. The wrappers around one pair go with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import HtmlBox, find_html_boxes, html_box_text
from .collapsibles import may_hold_html_boxes as _may_hold_boxes
from .document import Document, block_at, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, starts_like_question

CONVENTION = "html-exercise"

_VALUES = lazy_pattern(r"""\b(?:data-type|class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""", re.I)
_ASKS = lazy_pattern(r"(?:^|[\s_-])(?:problems?|questions?|exercises?|tasks?|quiz|practice)(?:$|[\s_\d-])", re.I)
_ANSWERS = lazy_pattern(r"(?:^|[\s_-])(?:solutions?|answers?)(?:$|[\s_\d-])", re.I)
# The faces of a flip card: a question and its answer only as a pair.
_FRONT = lazy_pattern(r"(?:^|[\s_-])front(?:$|[\s_\d-])", re.I)
_BACK = lazy_pattern(r"(?:^|[\s_-])back(?:$|[\s_\d-])", re.I)
_ATTRIBUTE_LINE = lazy_pattern(r"^\s*(?:\{:[^}]*\}|\^)\s*$")
_LETTER_ANSWER = lazy_pattern(r"^\s*\(?([A-Za-z])[.)]?\s*$")
_OPTION = lazy_pattern(r"^\s{0,3}(?:\d{1,2}|[A-Za-z])[.)]\s+(\S.*)$")


def _values(box: HtmlBox) -> str:
    return " ".join(next(v for v in m.groups() if v is not None) for m in _VALUES.finditer(box.attrs))


def _role(box: HtmlBox) -> str | None:
    """`question`, `answer`, or None, from the words of its type, class and id."""
    values = _values(box)
    if _ANSWERS.search(values):
        return "answer"
    if _ASKS.search(values):
        return "question"
    return None


def _face(box: HtmlBox) -> str | None:
    """`front`, `back`, or None: the face of a flip card a box is, from its type, class and id."""
    values = _values(box)
    if _BACK.search(values):
        return "back"
    if _FRONT.search(values):
        return "front"
    return None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question/solution containers."""
    if "<" not in doc.source.text or not _may_hold_boxes(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    boxes = find_html_boxes(doc)
    asking = _asking_faces(doc, boxes)
    _visit(doc, taken, boxes, (), asking, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _visit(
    doc: Document,
    taken: Mapping[int, str],
    boxes: Sequence[HtmlBox],
    parents: tuple[HtmlBox, ...],
    asking: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    for n, box in enumerate(boxes):
        following = boxes[n + 1] if n + 1 < len(boxes) else None
        pair = _pair(box, following)
        if pair is None:
            _visit(doc, taken, box.children, (*parents, box), asking, drafts, diagnostics, claims)
            continue
        nested, following = pair
        if any(line in taken for line in range(box.first, box.last)):
            continue
        answer_box = nested or following
        question = _clean(html_box_text(doc, box, nested.first if nested is not None else None))
        if not question:
            continue
        answer = _clean(html_box_text(doc, answer_box)) if answer_box is not None else ""
        answer = _with_option(question, answer)
        first, last = _with_wrappers(box, following, parents)
        if asking >= 2 and _face(box) == "front" and not _asks(question):
            claims.update(claim(first, last, "skip:prose"))  # a cover among cards that ask: `Welcome!`
            continue
        index = block_at(doc, box.first)
        path = heading_path(doc, index) if index is not None else ()
        reason = empty_reason(answer)
        if reason:
            diagnostics.append(unanswered(doc.loc(box.first), question, reason))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(box.first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(first, last, "unanswered" if reason else "card"))


def _pair(box: HtmlBox, following: HtmlBox | None) -> tuple[HtmlBox | None, HtmlBox | None] | None:
    """The answer box nested in a question box and the one right after it (either may be None), or None when
    the box asks nothing: a question container (holding no other), or a card's front face with its back."""
    if _role(box) == "question":
        if any(_role(c) == "question" for c in box.children):
            return None
        nested = next((c for c in box.children if _role(c) == "answer"), None)
        return nested, following if following is not None and _role(following) == "answer" else None
    if _face(box) == "front":
        nested = next((c for c in box.children if _faces(box, c)), None)
        after = following if following is not None and _faces(box, following) else None
        if nested is not None or after is not None:
            return nested, after
    return None


def _faces(front: HtmlBox, back: HtmlBox) -> bool:
    """True when BACK is named as FRONT's other face (`flip-card-front` / `flip-card-back`, `front` / `back`),
    not merely a box that says `back` (`<div class="back-to-top">` after a `front-cover`)."""
    return _face(back) == "back" and _FRONT.sub(_to_back, _values(front)).lower() == _values(back).lower()


def _to_back(match: re.Match[str]) -> str:
    return match.group(0).lower().replace("front", "back")


def _with_wrappers(box: HtmlBox, following: HtmlBox | None, parents: tuple[HtmlBox, ...]) -> tuple[int, int]:
    """The lines of a pair with the wrappers that hold only it (`<div class="flip-card">` around
    `<div class="flip-card-inner">` around the two faces): they go with it."""
    first, last = box.first, (following or box).last
    if not parents or len(parents[-1].children) != (2 if following is not None else 1):
        return first, last
    first, last = parents[-1].first, parents[-1].last
    for parent in reversed(parents[:-1]):
        if len(parent.children) != 1:
            break
        first, last = parent.first, parent.last
    return first, last


def _asking_faces(doc: Document, boxes: Sequence[HtmlBox]) -> int:
    """How many card fronts with a back ask a question: when two do or more, a front that does not is no card."""
    count = 0
    for n, box in enumerate(boxes):
        following = boxes[n + 1] if n + 1 < len(boxes) else None
        if _face(box) == "front" and _pair(box, following) is not None:
            count += _asks(_clean(html_box_text(doc, box)))
        else:
            count += _asking_faces(doc, box.children)
        if count >= 2:
            break
    return count


def _asks(text: str) -> bool:
    question = clean_question(text)[0]
    return is_question(question) or starts_like_question(question)


def _clean(markdown: str) -> str:
    """Markdown without kramdown attribute lines (`{: type="a"}`) and block-end markers (`^`)."""
    lines = [line for line in markdown.split("\n") if not _ATTRIBUTE_LINE.match(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _with_option(question: str, answer: str) -> str:
    """`C` → `C: genetic factors` when the question lists options and the answer is one letter naming one."""
    match = _LETTER_ANSWER.match(answer)
    if match is None:
        return answer
    options = [m.group(1).strip() for m in map(_OPTION.match, question.split("\n")) if m is not None]
    position = ord(match.group(1).lower()) - ord("a")
    return f"{match.group(1)}: {options[position]}" if 0 <= position < len(options) else answer
