"""Problems with a solution sub-heading: a problem write-up (LeetCode notes, a maths problem set).

    ## 42. Trapping Rain Water
    🔴 **Hard**
    Given `n` bars of width 1, compute how much water they trap.
    ### Solution
    Two pointers: …

A heading that does not ask (nor the document's title), whose section holds a sub-heading titled as a solution (`Solution`,
`Solution 2`, `My solution`, `Answer`, and `Lösung`, `Solución`, `Solução`, `Soluzione`, `Réponse`,
`Решение`, `Ответ`, `解答`, `题解`, `答案`, `解法`, `풀이` …), is a problem: the front is its statement (the body
above the solution, without the difficulty line, badges and links that open it, the title then its
context; the title when there is no statement) and the back is everything from the solution heading to the end of the problem's section
(complexity sub-headings included, up to a sub-heading that asks); an `Easy`/`Medium`/`Hard` difficulty line becomes a tag. A solution that is only a placeholder (`> TODO`, `<!-- coming soon -->`)
leaves the problem unanswered. A solution heading over question headings (`## Answers` + `### What is …?`), or
under a list of questions, answers a quiz, not one problem: left to the other rules. Among numbered problem headings (`## 7. …`) of which two or more are
answered (by a solution heading or, before this rule, a solution `<details>`), a numbered sibling with a
statement and no solution at all is reported unanswered, unless its body lists questions (they are left to
the question rules).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, metadata_tags, unanswered
from .document import Document, Section, lazy_pattern, may_hold, titles_may_hold
from .outline import clean_heading, heading_question, topic_tags
from .questions import is_question_list

CONVENTION = "solution-heading"

_SOLUTION_TITLE = lazy_pattern(
    r"^\W*(?:(?:my|the|a|sample|suggested|model|official|final|optimal|full)\s+)?"
    r"(?:solutions?|answers?|l[öo]sung(?:en)?|soluci[oó]n(?:es)?|solu[cç](?:[aã]o|[oõ]es)|soluzion[ei]|r[ée]ponses?|"
    r"решение|ответ|解答|题解|題解|答案|解法|풀이|해답)"
    r"(?:[ \t]*#?\d+)?(?:[ \t]*\([^)]*\))?\W*$",
    re.I,
)
# Every match of `_SOLUTION_TITLE` holds one of these (lower case).
_SOLUTION_TITLE_WORDS = ("solu", "answer", "sung", "ponse", "решение", "ответ", "解", "答", "풀이", "해답")
_PRECHECK = lazy_pattern(
    r"^[ \t]*#{2,6}[^\n]*?(?:solution|answer|l[öo]sung|soluci[oó]n|solu[cç]|soluzion|r[ée]ponse|решение|ответ|解答|题解|題解|答案|解法|풀이|해답)",
    re.I | re.M,
)
# Every match of `_PRECHECK` holds one of these (`document.may_mention`, `document.may_hold`).
# fmt: off
_PRECHECK_WORDS = (
    "solution", "answer", "lösung", "losung", "soluci", "solu", "réponse", "reponse", "решение", "ответ", "解答", "题解",
    "題解", "答案", "解法", "풀이", "해답",
)
# fmt: on
# A line opening with `##` to `######`, whole (read after a line break).
_HEADING_LINE = lazy_pattern(r"\n([ \t]*#{2,6}[^\n]*)")


def _names_a_solution(text: str) -> bool:
    """`_PRECHECK.search(text) is not None`, searched in the heading lines only: a match lies on one line,
    which opens with `##` (none of its parts matches a line break), and such lines are few, where the
    pattern, opening with no literal character, is tried at every character of the text. Words first
    (`document.may_hold`'s test on the lines' short text), then the pattern."""
    lines = "\n".join(_HEADING_LINE.findall("\n" + text))
    return may_hold(lines, _PRECHECK_WORDS) and _PRECHECK.search(lines) is not None


_NUMBERED = lazy_pattern(r"^\s*#?\d{1,4}[.):]?\s+\S")
_LEVEL = lazy_pattern(r"\b(?:easy|medium|hard|beginner|intermediate|advanced|difficulty)\b", re.I)
_DIFFICULTY = lazy_pattern(r"\b(easy|medium|hard)\b", re.I)
_LINK_OR_BADGE = lazy_pattern(r"!?\[[^\]]*\]\([^)]*\)")
_WORD = lazy_pattern(r"\w+")
_MIN_SIBLINGS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from problems answered under a solution sub-heading."""
    # `_solution_headings` matches `_SOLUTION_TITLE` in a part of a title (`clean_heading`): no title holding
    # one of its words, no solution heading, no card and no unsolved sibling.
    if not titles_may_hold(doc, _SOLUTION_TITLE_WORDS) or not _names_a_solution(doc.source.text):
        return RuleResult()  # no heading names a solution: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    solutions = [n for n in _solution_headings(doc) if doc.blocks[doc.sections[n].block].first not in taken]
    problems: dict[int, int] = {}
    for n in solutions:
        parent = doc.sections[n].parent
        assert parent is not None
        problems.setdefault(parent, n)  # the first solution heading of a problem
    for problem, first_solution in problems.items():
        section = doc.sections[problem]
        head = doc.blocks[section.block]
        if head.first in taken or heading_question(doc, section) is not None:
            continue  # a heading that asks is the heading rule's
        if (section.level == 1 and section.title == doc.title) or _holds_questions(doc, problem, first_solution):
            continue  # `## Answers` to the questions of a whole page, or to question headings under it
        statement, used = _statement(doc, taken, section)
        question = statement or clean_question_title(section)
        answer = build_answer(doc, _solution_blocks(doc, taken, problem, first_solution))
        loc = doc.loc(head.first)
        path = section.path + ((section.title,) if statement else ())
        context = tuple(clean_heading(p) for p in path)
        if answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            reason = "unanswered"
        else:
            level = _difficulty(doc, used)
            tags = answer.tags + ((f"difficulty::{level}",) if level else ()) + topic_tags(path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens))
            reason = "card"
        for i in [section.block, *used, *answer.claimed]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, reason))
    seen = {**taken, **claims}
    for n in _unsolved_siblings(doc, seen, problems):
        section = doc.sections[n]
        statement, used = _statement(doc, seen, section)
        diagnostics.append(unanswered(doc.loc(doc.blocks[section.block].first), statement, "no answer"))
        for i in [section.block, *used]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _solution_headings(doc: Document) -> list[int]:
    """The sections titled as a solution under a heading (an earlier rule may have claimed some: an
    `### Answer` heading that answers the question heading above it belongs to that card)."""
    return [n for n, s in enumerate(doc.sections) if s.parent is not None and _SOLUTION_TITLE.match(clean_heading(s.title))]


def clean_question_title(section: Section) -> str:
    """The problem's title without its number (`42. Trapping Rain Water` → `Trapping Rain Water`)."""
    return clean_heading(section.title)


def _statement(doc: Document, taken: Mapping[int, str], section: Section) -> tuple[str, list[int]]:
    """The statement under a problem heading, up to its first sub-heading, and the blocks it used (the
    difficulty line, badges and metadata before it included); '' when there is none."""
    body = [i for i in section.body if is_free(doc, taken, i) and doc.blocks[i].kind != "hr"]
    used: list[int] = []
    parts: list[str] = []
    for i in body:
        block = doc.blocks[i]
        text = doc.block_text(i)
        if not parts and block.kind == "paragraph" and _is_meta(text):
            used.append(i)
            continue
        if block.kind == "html_block" and text.lstrip().startswith("<!--"):
            used.append(i)
            continue
        parts.append(text.strip())
        used.append(i)
    return "\n\n".join(parts), used


def _difficulty(doc: Document, used: Sequence[int]) -> str | None:
    """`easy`, `medium` or `hard` from the difficulty line that opens a problem (`🟡 **Medium**`)."""
    for i in used:
        if doc.blocks[i].kind == "paragraph" and _is_meta(text := doc.block_text(i)):
            found = _DIFFICULTY.search(text)
            if found is not None:
                return found.group(1).lower()
    return None


def _is_meta(text: str) -> bool:
    """A difficulty line, a row of badges or links, a `**Difficulty:** …` line: what opens a problem."""
    if metadata_tags(text) is not None:
        return True
    words = _WORD.findall(_LINK_OR_BADGE.sub(" ", text))
    return len(words) <= 3 or (bool(_LEVEL.search(text)) and len(words) <= 8)


def _solution_blocks(doc: Document, taken: Mapping[int, str], problem: int, first_solution: int) -> list[int]:
    """The free blocks from the first solution heading's body to the end of the problem's section (the
    later sub-headings with theirs)."""
    section = doc.sections[problem]
    blocks = list(doc.sections[first_solution].body)
    for later in range(first_solution + 1, len(doc.sections)):
        sub = doc.sections[later]
        if sub.level <= section.level or heading_question(doc, sub) is not None:
            break  # a question heading after the solution asks on its own
        blocks.append(sub.block)
        blocks.extend(sub.body)
    return [i for i in blocks if is_free(doc, taken, i)]


def _unsolved_siblings(doc: Document, seen: Mapping[int, str], problems: Mapping[int, int]) -> list[int]:
    """Numbered problem headings with a statement and nothing that solves it, among numbered siblings of
    which at least two are answered."""
    by_parent: dict[tuple[int | None, int], list[int]] = {}
    for n, section in enumerate(doc.sections):
        if _NUMBERED.match(section.title) and heading_question(doc, section) is None:
            by_parent.setdefault((section.parent, section.level), []).append(n)
    found: list[int] = []
    for siblings in by_parent.values():
        answered = [n for n in siblings if n in problems or _carded(doc, seen, doc.sections[n])]
        if len(answered) < _MIN_SIBLINGS:
            continue
        for n in siblings:
            section = doc.sections[n]
            if n in answered or doc.blocks[section.block].first in seen or n in problems:
                continue
            body = [i for i in section.body if doc.blocks[i].kind != "hr"]
            if not body or not all(is_free(doc, seen, i) for i in body):
                continue
            if any(doc.blocks[i].kind in ("fence", "code_block") for i in body[1:]) and _has_prose_after_code(doc, body):
                continue  # code and prose after the statement: a solution written without a heading
            if any(is_question_list(doc, doc.blocks[i]) for i in body):
                continue  # a section of questions (a short-answer part of a review): the question rules' to read
            statement, _ = _statement(doc, seen, section)
            if statement:
                found.append(n)
    return found


def _holds_questions(doc: Document, problem: int, solution: int) -> bool:
    """True when the problem's body lists questions, or a heading under the solution asks: the solution
    heading then answers a quiz or groups answers, it does not solve one problem."""
    if any(is_question_list(doc, doc.blocks[i]) for i in doc.sections[problem].body):
        return True
    level = doc.sections[solution].level
    for later in range(solution + 1, len(doc.sections)):
        if doc.sections[later].level <= level:
            break
        if heading_question(doc, doc.sections[later]) is not None:
            return True
    return False


def _carded(doc: Document, seen: Mapping[int, str], section: Section) -> bool:
    return any(seen.get(doc.blocks[i].first) == "card" for i in section.body)


def _has_prose_after_code(doc: Document, body: Sequence[int]) -> bool:
    kinds = [doc.blocks[i].kind for i in body]
    first_code = next(k for k, kind in enumerate(kinds) if kind in ("fence", "code_block"))
    return any(kind == "paragraph" for kind in kinds[first_code + 1 :])
