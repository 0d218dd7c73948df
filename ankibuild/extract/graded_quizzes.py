"""Graded quiz pages copied after submission: each entry under a bare label heading, the picked option
marked, the grader's verdict under it.

    ### Question 3

    **0 / 1 point**

    A model outputs p = 0.62 for an email. Which rule decides it is spam?

    - Spam if p < 0.5 ❌ *(what I picked)*
    - Spam if p ≥ 0.5

    > **Incorrect**
    > Which values of p mean "more likely spam"?

    Right answer (after the retake): spam if p ≥ 0.5.

Course platforms title each entry with a label and a number only (`### Question 3`, `### Q3`, `#### Frage 3`);
under it a score line (`**1 / 1 point**`, `0/1 pts`), the question paragraph (after a lead-in paragraph or
not), the options with the picked one marked ✅ (right) or ❌ (wrong), then the verdict blockquotes
(`> **Correct**` …) and sometimes a line that gives the right answer. The front is the question paragraph,
never the label heading nor the score line; the back is the ✅ option, the lines after the verdicts and the
verdicts themselves, the lead-in after them as the setting. An entry whose pick was wrong and that gives no
right answer is reported `unanswered`: the verdict's hint is no answer.

The rule reads a document with two such headings or more and only the entries whose options hold a mark.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, Section, lazy_pattern
from .outline import clean_heading, topic_tags

CONVENTION = "graded-quiz"

_BARE_LABEL = lazy_pattern(
    r"^\s*(?:q|question|frage|aufgabe|pregunta|domanda|pergunta|questão|vraag|вопрос|питання|pytanie|soru|"
    r"câu\s+hỏi|câu|soal|질문|문제|问题|問題|题目|題目|問)\s*[#№]?\s*\d{1,3}[a-z]?\s*[.:)：]?\s*$",
    re.I,
)
_MIN_ENTRIES = 2
_LABEL_MAX = 24
"""The longest title a bare label heading has (`Pergunta nº 12:` and its spaces)."""
# `**1 / 1 point**`, `0/1 pts`, `Score: 2 / 2`, `__0.5 / 1 Punkte__`: the grade of one entry.
_SCORE = lazy_pattern(
    r"^[ \t]*(?:\*\*|__)?[ \t]*(?:[^\W\d_]{1,12}[ \t]*:[ \t]*)?\d+(?:[.,]\d+)?[ \t]*/[ \t]*\d+(?:[.,]\d+)?"
    r"(?:[ \t]*[^\W\d_]{1,8}\.?)?[ \t]*(?:\*\*|__)?[ \t]*$"
)
_RIGHT = ("✅", "✔", "☑", "✓")
_WRONG = ("❌", "✗", "✘", "✖", "❎")
_ITEM = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+")
# A mark and what follows it on its option's line: `✅`, `❌ *(what I picked)*`.
_MARK_TAIL = lazy_pattern(r"[ \t]*(?:✅|✔️?|☑️?|✓|❌|✗|✘|✖️?|❎)[^\n]*$")


def _may_be_labels(doc: Document) -> list[Section]:
    """The short sections titles whose last three characters are not all letters (`Question 3`, `Q3a`,
    `問 4：` end with a number and its marks, where nearly every other title ends with a word or is longer):
    every bare label heading is among them, found with two string tests per title."""
    return [section for section in doc.sections if len(section.title) <= _LABEL_MAX and not section.title[-3:].isalpha()]


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the marked entries of a graded quiz page (see the module docstring)."""
    candidates = _may_be_labels(doc) if len(doc.sections) >= _MIN_ENTRIES else []
    if len(candidates) < _MIN_ENTRIES:
        return RuleResult()
    labelled = [section for section in candidates if _BARE_LABEL.match(section.title)]
    if len(labelled) < _MIN_ENTRIES:
        return RuleResult()  # no quiz of label headings: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section in labelled:
        entry = _entry(doc, taken, section)
        if entry is None:
            continue
        question_at, question, answer, used = entry
        loc = doc.loc(doc.blocks[question_at].first)
        if answer is None:
            diagnostics.append(unanswered(loc, question, "no right answer"))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in section.path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(section.path)))
            outcome = "card"
        for i in (section.block, *used):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _entry(doc: Document, taken: Mapping[int, str], section: Section) -> tuple[int, str, str | None, list[int]] | None:
    """The question block, question, answer (None: the pick was wrong and no right answer is given) and the
    blocks of one entry, or None when its body is not a marked quiz entry."""
    body = [i for i in section.body if doc.blocks[i].kind != "hr"]
    if not body or not all(is_free(doc, taken, i) for i in (section.block, *section.body)):
        return None
    blocks = doc.blocks
    options = next((n for n, i in enumerate(body) if blocks[i].kind in ("bullet_list", "ordered_list")), None)
    if options is None or options == 0:
        return None
    before = body[:options]
    if before and blocks[before[0]].kind == "paragraph" and _SCORE.match(doc.block_text(before[0]).strip()):
        before = before[1:]
    if not before or not all(blocks[i].kind == "paragraph" for i in before):
        return None
    question_at = before[-1]
    question = " ".join(doc.block_text(question_at).split())
    right, wrong = _marked(doc.block_text(body[options]))
    if not right and not wrong:
        return None  # options with no pick marked: some other shape
    after = body[options + 1 :]
    if not all(blocks[i].kind in ("blockquote", "paragraph") for i in after):
        return None
    verdicts = [doc.block_text(i).strip("\n") for i in after if blocks[i].kind == "blockquote"]
    given = [doc.block_text(i).strip("\n") for i in after if blocks[i].kind == "paragraph"]
    if not right and not given:
        return question_at, question, None, list(section.body)
    lead = [doc.block_text(i).strip("\n") for i in before[:-1]]
    answer = "\n\n".join([*right, *given, *verdicts, *lead])
    return question_at, question, answer, list(section.body)


def _marked(options: str) -> tuple[list[str], bool]:
    """The options marked right (their text, mark and comment removed) and whether one is marked wrong."""
    right: list[str] = []
    wrong = False
    for line in options.split("\n"):
        if any(mark in line for mark in _RIGHT) and _ITEM.match(line):
            right.append(_MARK_TAIL.sub("", _ITEM.sub("", line, count=1)).strip())
        elif any(mark in line for mark in _WRONG):
            wrong = True
    return right, wrong
