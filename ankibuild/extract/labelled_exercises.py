"""Labelled exercises: a worked exercise sheet, or a notebook exported to Markdown.

    **Exercise 2.3** Compute the mean of each column of `X`.

    ```python
    X.mean(axis=0)
    ```

        array([0.5, 0.2])

A paragraph opening with a numbered exercise label (`**Exercise 2.3**`, `Exercise 4:`, `**Problem 7.**`,
`__Task 2__`, and `Übung`, `Aufgabe`, `Ejercicio`, `Exercice`, `Esercizio`, `Exercício`, `Задание`,
`Упражнение`, `练习`, `习题`, `演習`, `연습` …) states a task (after `Problem` or `Task`, only when it asks or
commands, at once or in a later sentence: `Let $V$ be … . Show that …`; `**Problem 1:** the build was slow.`
tells a story); in a document holding two of them or more, the
statement is the front and the blocks after it are the back (the code cell and its output, a prose answer),
up to the next exercise, heading or rule. A statement that ends with `:` keeps the block right under it
(the data it sets up) on its front, and the paragraph after that data when more follows it (the task). A hint paragraph right after the statement (`Hint: …`) goes to the
context. An exercise whose parts are answered one by one (`a) Compute $k$.` over its solution, `(b) …` over
its own: the blocks after the statement open with a part, two parts or more) is a card per part, the part on
the front and the statement the parts share in the context; parts listed together over one answer are one
question. A Quarto `.content-hidden` div (`when-profile="solutions"`: the answer space the students' version
shows) is no part of an answer. An exercise with nothing after it, or only a code cell left to fill in (`# your code here`,
`# TODO`, `pass`), is reported unanswered. Exercises answered by an answer box or an `Answer:` paragraph are
the details rule's, which runs first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .containers import find_containers
from .document import Document, lazy_pattern, mask_code_and_math, may_open_a_line, search_at_words
from .outline import clean_heading, heading_path, topic_tags
from .questions import EXERCISE_LABEL_WORDS, is_question, opens_with_question_word, starts_with_exercise

CONVENTION = "exercise"

# `**Exercise 3.6**`, `Exercise 4:`, `**Problem 7.**`, `__Task 2__:`, `练习 3：` — numbered, the number before the
# closing emphasis or after it.
_LABEL = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__)?[ \t]*(?:{EXERCISE_LABEL_WORDS})[ \t]*#?[ \t]*(?P<n>\d+(?:\.\d+)*[a-z]?)[ \t]*[.:)：]?[ \t]*"
    r"(?(m)(?P=m)[ \t]*[.:)：]?)[ \t]*(?:[-–—][ \t]+)?",
    re.I,
)
# `Problem` and `Task` also head the parts of a story (`**Problem 1:** the build was slow.`): under those
# labels the statement must ask or set a task.
_NARRATIVE = lazy_pattern(r"^[ \t]*(?:\*\*|__)?[ \t]*(?:problems?|tasks?)\b", re.I)
_PRECHECK = lazy_pattern(rf"(?:{EXERCISE_LABEL_WORDS})[ \t]*#?[ \t]*\d", re.I)
# Every match of `_PRECHECK` starts with one of these (`document.search_at_words`).
# fmt: off
_PRECHECK_STARTS = (
    "exerc", "ejercicio", "esercizi", "übung", "ubung", "aufgabe", "problem", "task", "задани", "упражнени", "задача",
    "练习", "練習", "习题", "習題", "演習", "연습",
)
# fmt: on
_HINT = lazy_pattern(r"^[ \t]*(?:\*\*|__|\*|_)?(?:hints?|tips?|pista|indice|hinweis|提示|ヒント|힌트)\b", re.I)
_DIFFICULTY = lazy_pattern(r"[ \t]*[*_]*\((easy|medium|hard)\)[*_]*[ \t]*$", re.I)
_STARS = lazy_pattern(r"^[ \t]*(?:⭐\ufe0f?|★|☆)+[ \t]*")
_ASKS = lazy_pattern(r"[?？]")
_LINK = lazy_pattern(r"!?\[[^\]]*\]\([^)]*\)")
_WORD = lazy_pattern(r"\w+")
_SETUP_KINDS = frozenset({"fence", "code_block", "table", "math_block", "bullet_list", "ordered_list"})
_MIN_EXERCISES = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from labelled exercises and the blocks that solve them."""
    # `_LABEL` matches at a line start with one of `_PRECHECK_STARTS`, before it only spaces, tabs and
    # emphasis marks: without a line opening with one of those words, no paragraph is labelled.
    if not (may_open_a_line(doc, _PRECHECK_STARTS) and search_at_words(doc, _PRECHECK, _PRECHECK_STARTS)):
        return RuleResult()  # no numbered exercise label anywhere: most documents
    labelled = [i for i, block in enumerate(doc.blocks) if block.kind == "paragraph" and _LABEL.match(doc.lines[block.first])]
    if len(labelled) < _MIN_EXERCISES:
        return RuleResult()
    starts = set(labelled)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in labelled:
        if not is_free(doc, taken, index):
            continue  # answered in a box or by an `Answer:` paragraph: the details rule's
        block = doc.blocks[index]
        statement = _statement(doc, index)
        following = _following(doc, taken, index, starts)
        used = [index]
        if not statement and following and doc.blocks[following[0]].kind == "paragraph":
            statement = " ".join(doc.block_text(following[0]).split())  # `**Exercise 4**` alone on its line
            used.append(following.pop(0))
        if len(_WORD.findall(_LINK.sub(" ", statement))) < 2:
            continue  # `**Exercise 2:** [Loops](ex2.md)`: a link to the exercise, not the exercise
        if _NARRATIVE.match(doc.lines[block.first]) and not (_sets_task(statement) or _sets_task_later(statement)):
            continue  # `**Problem 2:** the build was slow.` tells a story: only a task or a question is asked
        front = [statement]
        if following and statement.rstrip("*_ ").endswith((":", "：")) and doc.blocks[following[0]].kind in _SETUP_KINDS:
            front.append(doc.block_text(following[0]))  # the data the task sets up
            used.append(following.pop(0))
            if len(following) > 1 and doc.blocks[following[0]].kind == "paragraph":
                front.append(doc.block_text(following[0]))  # the task on that data, over its solution
                used.append(following.pop(0))
        hints: list[str] = []
        while (
            following and doc.blocks[following[0]].kind == "paragraph" and _HINT.match(doc.lines[doc.blocks[following[0]].first])
        ):
            hints.append(" ".join(doc.block_text(following[0]).split()))
            used.append(following.pop(0))
        question = "\n\n".join(front)
        question, difficulty = _difficulty(question)
        shown, hidden = _without_hidden_divs(doc, following)
        parts = _answered_parts(doc, shown)
        if parts:
            _part_cards(doc, index, question, parts, drafts, diagnostics, claims)
            for i in [*used, *hidden]:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
            continue
        used.extend(hidden)
        following = shown
        answer = build_answer(doc, following)
        loc = doc.loc(block.first)
        path = heading_path(doc, index)
        if answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            reason = "unanswered"
        else:
            tags = answer.tags + ((f"difficulty::{difficulty}",) if difficulty else ()) + topic_tags(path)
            context = tuple(clean_heading(p) for p in path) + tuple(hints)
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens))
            reason = "card"
        for i in [*used, *answer.claimed]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, reason))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _sets_task(statement: str) -> bool:
    text = statement.strip(" *_")
    return bool(_ASKS.search(text)) or is_question(text) or starts_with_exercise(text) or opens_with_question_word(text)


# The end of a sentence: `.`, `!` or `?` before a space and a capital (outside code and math, blanked first).
_SENTENCE_END = lazy_pattern(r"[.!?][ \t]+(?=[A-ZÀ-ÖØ-ÞА-Я])")


def _sets_task_later(statement: str) -> bool:
    """True when a sentence after the first sets the task: `Let $V$ be a vector space … . Show that …` (the
    first sentences set the scene, as a problem sheet writes them; a story never commands after it)."""
    masked = mask_code_and_math(statement)
    return any(_sets_task(statement[end.end() :]) for end in _SENTENCE_END.finditer(masked))


def _statement(doc: Document, index: int) -> str:
    """The task without its label (and without the stars some notebooks rate exercises with)."""
    block = doc.blocks[index]
    text = doc.text(block.first, block.last)
    match = _LABEL.match(text)
    rest = text[match.end() :] if match else text
    return _STARS.sub("", " ".join(rest.split())).strip()


def _difficulty(question: str) -> tuple[str, str | None]:
    """`Create an identity matrix. *(easy)*` → the question and `easy`."""
    match = _DIFFICULTY.search(question)
    if match is None:
        return question, None
    return question[: match.start()].rstrip(), match.group(1).lower()


def _following(doc: Document, taken: Mapping[int, str], index: int, starts: set[int]) -> list[int]:
    """The free blocks after an exercise up to the next exercise, heading or rule."""
    found: list[int] = []
    for later in range(index + 1, len(doc.blocks)):
        block = doc.blocks[later]
        if later in starts or block.kind in ("heading", "hr") or not is_free(doc, taken, later):
            break
        found.append(later)
    return found


# `a) Compute $k$.`, `(b) Why …`, `ii) …`: a paragraph opening with the letter or roman number of a part.
_PART = lazy_pattern(r"^[ \t]{0,3}(?:\((?:[a-h]|[ivx]{1,4})\)|(?:[a-h]|[ivx]{1,4})\))[ \t]+(?=\S)")
_MIN_PARTS = 2
# `::: {.content-hidden when-profile="solutions"}`: what Quarto leaves out of the rendering that shows the
# solutions (the answer space handed to students).
_HIDDEN_DIV = lazy_pattern(r"^ {0,3}:{3,}[ \t]*\{[^}\n]*\.content-hidden\b")


def _without_hidden_divs(doc: Document, following: list[int]) -> tuple[list[int], list[int]]:
    """The blocks after a statement split into those the solutions show and those of a Quarto
    `.content-hidden` div (the answer space the students' version shows instead)."""
    if not any(_HIDDEN_DIV.match(doc.lines[doc.blocks[i].first]) for i in following):
        return following, []
    hidden_lines: set[int] = set()
    for div in find_containers(doc.lines):
        if div.syntax == "pandoc" and div.kind == "content-hidden":
            hidden_lines.update(range(div.first, div.last))
    shown = [i for i in following if doc.blocks[i].first not in hidden_lines]
    return shown, [i for i in following if doc.blocks[i].first in hidden_lines]


def _answered_parts(doc: Document, following: list[int]) -> list[tuple[int, list[int]]]:
    """The parts of an exercise answered one by one (`a) Compute $k$.` over its solution, `b) …` over its
    own): (part paragraph, the blocks that answer it) for each, when the blocks after the statement open
    with a part and hold two parts or more; empty otherwise (parts listed together, answered below them,
    are one question)."""
    if len(following) < 2 * _MIN_PARTS or not _is_part(doc, following[0]):
        return []
    parts: list[tuple[int, list[int]]] = []
    for i in following:
        if _is_part(doc, i):
            parts.append((i, []))
        else:
            parts[-1][1].append(i)
    if len(parts) < _MIN_PARTS:
        return []
    return parts


def _is_part(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    return block.kind == "paragraph" and _PART.match(doc.lines[block.first]) is not None


def _part_cards(
    doc: Document,
    index: int,
    statement: str,
    parts: list[tuple[int, list[int]]],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """A card (or `unanswered`) for each part of an exercise: the part is the front, its blocks the back,
    the exercise's statement (which the parts share) the context."""
    path = heading_path(doc, index)
    context = (*(clean_heading(p) for p in path), " ".join(statement.split()))
    for part, blocks in parts:
        first = doc.lines[doc.blocks[part].first]
        text = doc.block_text(part)
        number = _PART.match(first)
        question = " ".join(text[number.end() if number else 0 :].split())
        answer = build_answer(doc, blocks)
        loc = doc.loc(doc.blocks[part].first)
        if answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            reason = "unanswered"
        else:
            tags = answer.tags + topic_tags(path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens))
            reason = "card"
        for i in [part, *blocks, *answer.claimed]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, reason))
