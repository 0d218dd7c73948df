"""Unsolved lists: exercises listed under a heading that says they come without answers.

    ## Extra practice (no solutions posted)

    1. A ball is thrown up at 12 m/s. Find the greatest height it reaches.
    2. A car brakes from 20 m/s in 4 s. Compute its deceleration.

gives two `unanswered` reports, one per item: each is a question (its last sentence commands or asks, after
the data it sets out), and the heading says no answer follows. The numbered-list rule reports such lists
when their items ask on their own; this rule reads the items that set a problem out first (`A firm has
cost C(q). Find the supply curve.`), which no other rule takes for a question.

**What counts.** A free top-level list (numbered or bulleted) right in the body of a section whose title says
its questions have no answers (`(no solutions posted)`, `without answers`, `Unsolved`, `sans corrigé`,
`sin soluciones`, `ohne Lösungen`, `بدون حل`, `无答案`) or that they are to prepare (`Behavioural (to prep)`,
`à préparer`, `zum Vorbereiten`), two items at least and half of them asking or
commanding in one of their sentences: every item of it is reported.

**Lists to review.** Under a title saying its items are still to work out (`## To review`, `Open questions`,
`Questions to ask`, `Still unclear`, `To write next week`, `À revoir`, `Offene Fragen`, `Por repasar`, `Da
rivedere`, `Pra estudar depois`, `待复习`), a free list mixes questions with reminders (`- Storage Gateway modes —
keep mixing these up`): its items that are questions (up to their last question mark, a task-list box `[ ]` before
them left out) are reported unanswered, the reminders claimed with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult
from .answers import unanswered
from .document import Block, Document, free_blocks_of, lazy_pattern, list_items, titles_may_hold
from .outline import REVIEW_WORDS, is_review_title
from .questions import asked_question, is_question

CONVENTION = "unsolved-list"

# A section title saying its questions come without answers (`titles_may_hold` tests the words below).
_WITHOUT_ANSWERS = lazy_pattern(
    r"\b(?:no|without)\s+(?:solutions?|answers?)\b|\bun(?:answered|solved)\b|\bsans\s+(?:solutions?|r[ée]ponses?|corrig[ée]s?)\b"
    r"|\bsin\s+(?:soluci[oó]n|soluciones|respuestas?)\b|\b(?:ohne|keine)\s+(?:l[öo]sungen?|antworten)\b"
    r"|بدون\s+(?:حل|حلول|إجابة|إجابات|اجابة|اجابات)|[无無]答案|没有答案"
    # `Behavioural (to prep)`, `à préparer`, `zum Vorbereiten`, `por preparar`, `da preparare`: answers still to write.
    r"|\bto\s+prep(?:are)?\b|[àa]\s+pr[ée]parer\b|\bzum\s+vorbereiten\b|\bpor\s+preparar\b|\bda\s+preparare\b",
    re.I,
)
_TITLE_WORDS = (
    "solution", "answer", "unsolved", "réponse", "reponse", "corrig", "soluci", "respuest", "lösung", "losung",
    "antwort", "حل", "إجاب", "اجاب", "答案", "prep", "prép", "vorbereit",
)  # fmt: skip
_TITLE_WORDS_FOUND = re.compile("|".join(map(re.escape, _TITLE_WORDS)))
# A list marker, with the box of a task-list item after it (`- [ ] What is …?`): no part of the item's text.
_MARKER = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ \txX]\][ \t]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?。？！])\s+")
_MIN_ITEMS = 2
# Commands that set a problem to work out (`Find the supply curve.`), besides the exam commands `is_question`
# knows: read only in a sentence after the problem's data, under a title saying no answer follows.
_PROBLEM_COMMANDS = frozenset(("find", "determine", "solve", "sketch", "draw", "graph", "plot", "verify", "simplify"))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the items of lists under sections said to have no answers."""
    lists = free_blocks_of(doc, taken, ("ordered_list", "bullet_list"))
    if not lists:
        return RuleResult()  # late in the chain, most documents have no list left
    without_answers = titles_may_hold(doc, _TITLE_WORDS)
    to_review = titles_may_hold(doc, REVIEW_WORDS)
    if not without_answers and not to_review:
        return RuleResult()
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    kinds: dict[int, str] = {}  # heading block → what its title says, read once per section
    for index in lists:
        section = doc.section_of_block(index)
        if section is None:
            continue
        kind = kinds.get(section.block)
        if kind is None:
            kind = kinds[section.block] = _title_kind(section.title, without_answers, to_review)
        if not kind:
            continue
        block = doc.blocks[index]
        if kind == "review":
            _report_questions(doc, block, diagnostics, claims)
            continue
        items = [(first, _item_text(doc, first, last)) for first, last in list_items(doc, block)]
        asking = sum(1 for _, text in items if _asks(text))
        if len(items) < _MIN_ITEMS or 2 * asking < len(items):
            continue
        for first, text in items:  # under such a title, a list of problems is problems throughout
            diagnostics.append(unanswered(doc.loc(first), text, "no answer"))
        claims.update(dict.fromkeys(range(block.first, block.last), "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)


def _title_kind(title: str, without_answers: bool, to_review: bool) -> str:
    """`unsolved` when TITLE says its questions have no answers, `review` when it says they are still to work
    out, else "": each pattern searched only when the lowered title holds one of its words."""
    lowered = title.lower()
    if without_answers and _TITLE_WORDS_FOUND.search(lowered) and _WITHOUT_ANSWERS.search(title):
        return "unsolved"
    if to_review and is_review_title(title):
        return "review"
    return ""


def _report_questions(doc: Document, block: Block, diagnostics: list[Diagnostic], claims: dict[int, str]) -> None:
    """The items of a list to review that ask with a question mark, reported unanswered, the list claimed with
    them; a list none of whose items asks is left alone."""
    asking = [(first, text) for first, last in list_items(doc, block) if (text := asked_question(_item_text(doc, first, last)))]
    if not asking:
        return
    for first, text in asking:
        diagnostics.append(unanswered(doc.loc(first), text, "no answer"))
    claims.update(dict.fromkeys(range(block.first, block.last), "unanswered"))


def _item_text(doc: Document, first: int, last: int) -> str:
    """A list item's text on one line, without its marker."""
    return " ".join(_MARKER.sub("", doc.text(first, last), count=1).split())


def _asks(text: str) -> bool:
    """True when the item, or one of its sentences, asks or commands (`questions.is_question`)."""
    return is_question(text) or any(
        is_question(part) or part.split(maxsplit=1)[0].lower() in _PROBLEM_COMMANDS for part in _SENTENCE_END.split(text)[1:]
    )
