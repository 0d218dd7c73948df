"""Questions written as paired template tags that hold their answer in a nested answer tag (Markdoc, Liquid):

    {% question id="q-01" difficulty="easy" %}
    What is the approximate size of a micro-partition?
    {% answer %}
    Between 50 and 500 MB of uncompressed data.
    {% /answer %}
    {% /question %}

A tag on a line of its own (`{% name … %}`, outside code fences) opens a pair that its closer (`{% /name %}`
in Markdoc, `{% endname %}` in Liquid) ends. A pair of any name holding, as its direct child, a pair named
as an answer (`answer`, `solution`, `Lösung` …: containers.ANSWER_LABEL) is one card: the lines between the
opener and the answer tag are the front, the answer tag's body the back. An answer tag left empty or holding
only a placeholder leaves the question `unanswered`; so does, where two pairs of a name or more are answered,
a pair of that name with a question and no answer tag. Pairs that hold no answer tag (a `{% callout %}`) are
left alone, whatever they ask.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .containers import ANSWER_LABEL
from .document import Document, block_at, dedent, fence_step, lazy_pattern, mark_followed_by
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "tag-question"

# `{% question id="q1" %}`, `{%- answer -%}`, `{% /answer %}`, `{% endanswer %}`: a template tag alone on its line.
_TAG = lazy_pattern(r"^[ \t]{0,3}\{%-?[ \t]*(?P<close>/)?(?P<name>[A-Za-z][\w-]*)(?P<args>[^%\n]*?)(?P<alone>/)?[ \t]*-?%\}[ \t]*$")
_MIN_ANSWERED = 2
"""Answered pairs of one name needed before one of that name without an answer tag is reported."""


@dataclass(slots=True)
class _Pair:
    """A tag and its closer."""

    name: str
    first: int
    end: int = -1
    children: list[_Pair] = field(default_factory=list)


def _may_hold_tags(doc: Document) -> bool:
    """False only when no `{%` opens a template tag (`mark_followed_by`, shared with the rules that read `{`)."""
    return mark_followed_by(doc, "{", ("%",))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paired template tags that hold a nested answer tag (see the module docstring)."""
    if not _may_hold_tags(doc):
        return RuleResult()
    pairs = _pairs(doc)
    if not pairs:
        return RuleResult()
    items: list[tuple[_Pair, _Pair | None]] = []
    for pair in pairs:
        if _is_answer(pair.name):
            continue
        answers = [child for child in pair.children if _is_answer(child.name)]
        items.append((pair, answers[0] if answers else None))
    answered: dict[str, int] = {}
    for pair, answer in items:
        if answer is not None:
            answered[pair.name] = answered.get(pair.name, 0) + 1
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for pair, answer in items:
        if answer is None and answered.get(pair.name, 0) < _MIN_ANSWERED:
            continue
        if any(n in taken for n in range(pair.first, pair.end + 1)):
            continue
        stop = answer.first if answer is not None else (pair.children[0].first if pair.children else pair.end)
        front = _text(doc, pair.first + 1, stop)
        if not front:
            continue
        back = _text(doc, answer.first + 1, answer.end) if answer is not None else ""
        reason = empty_reason(back) if back else "no answer"
        loc = doc.loc(pair.first)
        index = block_at(doc, pair.first)
        path = heading_path(doc, index) if index is not None else ()
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(pair.first, pair.end + 1, "unanswered" if reason is not None else "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_answer(name: str) -> bool:
    return ANSWER_LABEL.match(name.replace("-", " ").replace("_", " ")) is not None


def _text(doc: Document, first: int, last: int) -> str:
    return dedent(doc.lines[first:last]).strip("\n")


def _pairs(doc: Document) -> list[_Pair]:
    """Every closed pair of tags outside code fences (those held by others too), in order of their openers,
    each with the pairs it holds directly."""
    found: list[_Pair] = []
    stack: list[_Pair] = []
    fence = ""
    for n, line in enumerate(doc.lines):
        fence, code = fence_step(fence, line)
        if code or "{%" not in line:
            continue
        tag = _TAG.match(line)
        if tag is None or tag.group("alone"):
            continue
        name = tag.group("name").lower()
        closing = tag.group("close") is not None or (name.startswith("end") and any(p.name == name[3:] for p in stack))
        if not closing:
            stack.append(_Pair(name, n))
            continue
        name = name if tag.group("close") else name[3:]
        if not any(p.name == name for p in stack):
            continue
        while stack:
            pair = stack.pop()
            if pair.name == name:
                pair.end = n
                if stack:
                    stack[-1].children.append(pair)
                found.append(pair)
                break
    found.sort(key=lambda p: p.first)
    return found
