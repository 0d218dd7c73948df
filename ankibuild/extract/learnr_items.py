"""learnr tutorials (R Markdown pages run as interactive lessons): exercises answered by their solution chunk,
and the quiz questions written as R calls.

    Use `filter()` to keep the flights of January.

    ```{r filter-jan, exercise=TRUE}
    flights
    ```

    ```{r filter-jan-solution}
    flights %>% filter(month == 1)
    ```

    ```{r quiz-1}
    question("Which operator tests membership?",
      answer("`==`"),
      answer("`%in%`", correct = TRUE)
    )
    ```

1. **Exercises.** A code chunk labelled as an exercise (`{r NAME, exercise=TRUE}`) sets the task written in the
   paragraphs right above it (after its heading): they are the front. The chunk named after it with
   `-solution` (`{r NAME-solution}`), wherever it stands, is the back; the exercise's empty chunk, its
   `-hint` chunk and the comments beside them are claimed with it. An exercise without a solution chunk is
   `unanswered`.
2. **Quiz questions.** In a code chunk, each `question("stem", answer("…"), answer("…", correct = TRUE), …)`
   call is a card: the stem is the front, the answers marked `correct = TRUE` the back. A question with no
   correct answer is `unanswered`.
3. Read only where two exercises or quiz questions or more are found; the heading above each is its context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "learnr-item"

_MIN_ITEMS = 2
# ```` ```{r filter-jan, exercise=TRUE} ````: a chunk's engine and label, then its options.
_CHUNK = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*\{[ \t]*r[ \t]+(?P<label>[\w.-]+)[ \t]*(?P<options>,[^}]*)?\}[ \t]*$", re.I)
_EXERCISE_OPTION = re.compile(r"\bexercise[ \t]*=[ \t]*(?:TRUE|T)\b")
_STRING = r"(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')"
_QUESTION_CALL = re.compile(r"\bquestion[ \t]*\([ \t\n]*(?P<stem>" + _STRING + r")")
_ANSWER_CALL = re.compile(r"\banswer[ \t]*\([ \t\n]*(?P<text>" + _STRING + r")(?P<options>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_CORRECT = re.compile(r"\bcorrect[ \t]*=[ \t]*(?:TRUE|T)\b")
_COMPANIONS = ("-hint", "-setup", "-check", "-code-check")


def _may_hold_chunks(text: str) -> bool:
    """False when no R chunk can hold an exercise or a quiz question: nearly every document."""
    return "{r" in text and ("exercise" in text or "question(" in text)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a learnr tutorial's exercises and quiz questions (see the module docstring)."""
    if not _may_hold_chunks(doc.source.text):
        return RuleResult()
    chunks: dict[str, int] = {}
    exercises: list[tuple[int, str]] = []  # (chunk, its label)
    quizzes: list[int] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "fence" or not is_free(doc, taken, index):
            continue
        match = _CHUNK.match(doc.lines[block.first])
        if match is None:
            continue
        chunks.setdefault(match.group("label"), index)
        if _EXERCISE_OPTION.search(match.group("options") or ""):
            exercises.append((index, match.group("label")))
        elif _QUESTION_CALL.search(doc.block_text(index)):
            quizzes.append(index)
    found = len(exercises) + sum(len(_QUESTION_CALL.findall(doc.block_text(i))) for i in quizzes)
    if found < _MIN_ITEMS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, label in exercises:
        task = _task(doc, taken, index)
        if not task:
            continue
        front = "\n\n".join(doc.block_text(i).strip() for i in task)
        loc = doc.loc(doc.blocks[task[0]].first)
        solution = chunks.get(f"{label}-solution")
        used = [*task, index, *(chunks[f"{label}{c}"] for c in _COMPANIONS if f"{label}{c}" in chunks)]
        used += _comments_after(doc, taken, index)
        body = _body(doc, solution) if solution is not None else ""
        path = heading_path(doc, index)
        if solution is None or not body:
            diagnostics.append(unanswered(loc, front, "no solution chunk"))
            outcome = "unanswered"
        else:
            back = f"```r\n{body}\n```"
            drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
            outcome = "card"
            used.append(solution)
        for i in used:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    for index in quizzes:
        block = doc.blocks[index]
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for stem, right, line in _questions(doc, index):
            loc = doc.loc(line)
            if not right:
                diagnostics.append(unanswered(loc, stem, "no correct answer"))
            else:
                back = "\n".join(f"- {r}" for r in right) if len(right) > 1 else right[0]
                drafts.append(CardDraft(loc, CONVENTION, stem, back, context, topic_tags(path)))
        claims.update(claim(block.first, block.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _task(doc: Document, taken: Mapping[int, str], index: int) -> list[int]:
    """The free paragraphs right above an exercise chunk, up to a heading or another block."""
    task: list[int] = []
    n = index - 1
    while n >= 0 and doc.blocks[n].kind == "paragraph" and is_free(doc, taken, n):
        task.insert(0, n)
        n -= 1
    return task


def _comments_after(doc: Document, taken: Mapping[int, str], index: int) -> list[int]:
    """HTML comments right after an exercise chunk (`<!-- TODO: write the solution -->`): the writer's notes on it."""
    out: list[int] = []
    n = index + 1
    while n < len(doc.blocks) and doc.blocks[n].kind == "html_block" and is_free(doc, taken, n):
        if not doc.block_text(n).lstrip().startswith("<!--"):
            break
        out.append(n)
        n += 1
    return out


def _body(doc: Document, index: int) -> str:
    """The code of a chunk, without its fence lines."""
    block = doc.blocks[index]
    lines = doc.lines[block.first + 1 : block.last]
    if lines and lines[-1].strip().startswith(("```", "~~~")):
        lines = lines[:-1]
    return "\n".join(lines).strip("\n")


def _questions(doc: Document, index: int) -> list[tuple[str, list[str], int]]:
    """Each `question(…)` call of a chunk: its stem, its correct answers and the line it opens on."""
    block = doc.blocks[index]
    text = "\n".join(doc.lines[block.first : block.last])
    calls = list(_QUESTION_CALL.finditer(text))
    out: list[tuple[str, list[str], int]] = []
    for k, call in enumerate(calls):
        end = calls[k + 1].start() if k + 1 < len(calls) else len(text)
        answers = _ANSWER_CALL.finditer(text, call.end(), end)
        right = [_literal(a.group("text")) for a in answers if _CORRECT.search(a.group("options"))]
        stem = _literal(call.group("stem"))
        if stem:
            out.append((stem, right, block.first + text.count("\n", 0, call.start())))
    return out


def _literal(source: str) -> str:
    """The text of an R string literal (`"say \\"hi\\""` → `say "hi"`)."""
    return re.sub(r"\\(.)", r"\1", source[1:-1]).strip()
