"""Directive containers: a statement answered by the folding box under it, glossary directives.

    ### Problem 4.2

    A 2 kg block slides down a frictionless ramp 5 m high. What is its speed at the bottom?

    :::{dropdown} Solution
    $v = \\sqrt{2gh} \\approx 9.9$ m/s
    :::

The statement (the paragraphs between the heading, a rule or another box and the answer box) is the front,
the box's body the back; the heading is context. A code cell right above the box works the problem out: it
belongs to this card, shown on the back above the solution (the question is the statement). The box is any
answer container of `containers`: MyST `:::{dropdown} Solution`, ```` ```{admonition} Answer ```` (with
`:class: dropdown`), VitePress `::: details`, a `solution` directive, or a GitBook `success` hint after a
statement that asks (a box that only folds, `::: details`, answers only a statement that asks or sets a
task). A box holding only a placeholder, or only a hint, leaves the statement `unanswered`. A sphinx-exercise
```` ```{exercise} ```` box followed by its ```` ```{solution} ```` box is a card the same way; an exercise box
that no solution box answers (none right under it, none naming its `:label:` elsewhere, only a comment that
the solution is still to come) is `unanswered`.

A MyST ```` ```{glossary} ```` directive gives one card per term (the term lines, then the definition indented
under them). A paragraph of MyST navigation roles (``Next: {doc}`lecture-08` ``) is page navigation.
Question headings, bold questions and bare question lines over such boxes are the earlier rules'; this rule
reads what they leave.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .containers import (
    CODE_KINDS,
    Container,
    answers,
    find_containers,
    is_hint,
    left_to_reader,
    names_answer,
    shown_body,
    statement_above,
    unwrap_containers,
)
from .document import Document, dedent, free_blocks
from .outline import clean_heading, topic_tags
from .questions import clean_question, is_question, starts_like_question

# sphinx-exercise's `{exercise}` and boxes of the same use: a statement written as a box.
_EXERCISE_KINDS = frozenset({"exercise", "question", "problem"})
# `Next: {doc}`lecture-08``, `Previous: {ref}`intro``: MyST cross-reference roles as page navigation.
_ROLE_NAVIGATION = re.compile(r"^\s*(?:[\w ]{1,20}[:：]\s*)?(?:[←→⬅➡]\s*)?\{(?:doc|ref|numref)\}`[^`]+`\s*(?:[←→⬅➡]\s*)?$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from statements answered by a directive box, and from glossary directives."""
    if not _may_open_box(doc, taken):
        return RuleResult()  # no free block holds a directive's, Liquid block's or role's mark
    text = doc.source.text
    if ":::" not in text and "{%" not in text and "```{" not in text and "~~~{" not in text and "}`" not in text:
        return RuleResult()  # no directive, Liquid block nor role: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    seen = dict(taken)
    containers = find_containers(doc.lines) if ("::" in text or "{%" in text or "{" in text) else []
    top = [c for c in containers if c.depth == 0]
    inside: set[int] = set()
    for container in top:
        if container.kind not in CODE_KINDS:  # a code cell above a box is the statement's own
            inside.update(range(container.first, container.last))
    by_first = {block.first: i for i, block in enumerate(doc.blocks)}
    exercises: dict[int, tuple[Container, list[int]]] = {}  # block after an exercise box → the box, its blocks
    paired: set[int] = set()  # keys of `exercises` answered by the solution box right under them
    for container in top:
        index = by_first.get(container.first)
        if index is None:
            continue
        span = _span(doc, index, container)
        if span is None or not all(is_free(doc, seen, i) for i in span):
            continue
        if container.kind in _EXERCISE_KINDS:
            exercises[span[-1] + 1] = (container, span)
        elif container.kind == "glossary" and container.syntax == "backtick":
            _glossary(doc, index, container, drafts, diagnostics, claims)
        elif (answers(container) or is_hint(container)) and index in exercises:
            _exercise_card(doc, exercises[index], container, span, drafts, diagnostics, claims)
            paired.add(index)
        elif answers(container) or is_hint(container):
            _statement_card(doc, seen, index, container, inside, drafts, diagnostics, claims)
        seen.update(claims)
    if len(paired) < len(exercises):
        unsolved = [exercises[k] for k in exercises if k not in paired]
        paired_lines = {doc.blocks[k].first for k in paired if k < len(doc.blocks)}
        _unsolved_exercises(doc, seen, unsolved, top, paired_lines, diagnostics, claims)
    if "}`" in text:
        for index, block in enumerate(doc.blocks):
            if block.kind == "paragraph" and is_free(doc, seen, index):
                lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
                if lines and all(_ROLE_NAVIGATION.match(line) for line in lines):
                    claims.update(claim(block.first, block.last, "skip:links"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_MARKS = (":::", "{%", "```", "~~~", "}`")


def _may_open_box(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free block holds one of `_MARKS`. A box is read only when the blocks it spans are free,
    the first of them starting on its opening line (`:::`, `{%`, a fence: one of the marks); a role
    navigation line (`}`) is one of a free paragraph. So the few blocks left free late in the chain are
    read, not the whole text. (A free empty block stands for no line: then the text decides.)"""
    blocks = doc.blocks
    free = free_blocks(doc, taken)
    if any(blocks[i].first >= blocks[i].last for i in free):
        return True
    text = "\n".join(doc.text(blocks[i].first, blocks[i].last) for i in free)
    return any(mark in text for mark in _MARKS)


def _span(doc: Document, index: int, container: Container) -> list[int] | None:
    """The blocks that make up a container, when they start on its first line and end on its last."""
    span = []
    for i in range(index, len(doc.blocks)):
        block = doc.blocks[i]
        if block.first >= container.last:
            break
        span.append(i)
        if block.last > container.last:
            return None
    return span or None


def _statement_card(
    doc: Document,
    seen: Mapping[int, str],
    index: int,
    container: Container,
    inside: set[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    statement = statement_above(doc, index, inside, lambda i: is_free(doc, seen, i))
    if not statement:
        return
    first = doc.blocks[statement[0]]
    question, _ = clean_question(doc.block_text(statement[0]))
    if (container.syntax == "liquid" or not names_answer(container)) and not (
        is_question(question) or starts_like_question(question)
    ):
        return  # `Here is the full config.` over `::: details`, a GitBook `success` hint after prose: no question
    rest = [unwrap_containers(doc.block_text(i)).strip("\n") for i in statement[1:]]  # a code cell as code
    code: list[str] = []
    while rest and doc.blocks[statement[len(rest)]].kind in ("fence", "code_block"):
        code.insert(0, rest.pop())  # the cell that works the problem out: shown with its solution
    front = "\n\n".join([question, *rest])
    back = shown_body(doc.lines, container)
    reason = "only a hint" if is_hint(container) else ("left to the reader" if left_to_reader(back) else empty_reason(back))
    if code:
        back = "\n\n".join([*code, back])
    section = doc.section_of_block(statement[0])
    path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
    loc = doc.loc(first.first)
    outcome = "card"
    if reason is not None:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
        outcome = "unanswered"
    else:
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "directive", front, back, context, topic_tags(path)))
    for i in statement:
        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    claims.update(claim(container.first, container.last, outcome))


def _exercise_card(
    doc: Document,
    exercise: tuple[Container, list[int]],
    container: Container,
    span: list[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """```` ```{exercise} ```` then ```` ```{solution} ex-1 ````: the exercise box's body (its title when it
    has none) is the front, the solution's body the back."""
    box, blocks = exercise
    question, _ = clean_question(shown_body(doc.lines, box) or box.title)
    if not question:
        return
    back = shown_body(doc.lines, container)
    reason = "only a hint" if is_hint(container) else ("left to the reader" if left_to_reader(back) else empty_reason(back))
    section = doc.section_of_block(blocks[0])
    path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
    loc = doc.loc(box.body if box.body < box.end else box.first)
    if reason is not None:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
    else:
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "directive", question, back, context, topic_tags(path)))
    outcome = "card" if reason is None else "unanswered"
    for i in (*blocks, *span):
        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))


def _glossary(
    doc: Document,
    index: int,
    container: Container,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """```` ```{glossary} ````: term lines, each entry's definition indented under them."""
    section = doc.section_of_block(index)
    path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
    context = tuple(clean_heading(p) for p in path)
    entries: list[tuple[int, list[str], list[str]]] = []
    for n in range(container.body, container.end):
        line = doc.lines[n]
        if not line.strip():
            if entries and entries[-1][2]:
                entries[-1][2].append("")
            continue
        if line[0] not in " \t":
            if entries and not entries[-1][2]:
                entries[-1][1].append(line.strip())  # several terms over one definition
            else:
                entries.append((n, [line.strip()], []))
        elif entries:
            entries[-1][2].append(line)
    made = 0
    for at, terms, definition in entries:
        term = " / ".join(terms)
        back = dedent(definition)
        reason = empty_reason(back)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(at), term, reason))
            continue
        drafts.append(CardDraft(doc.loc(at), "directive", term, back, context, topic_tags(path)))
        made += 1
    claims.update(claim(container.first, container.last, "card" if made else "unanswered"))


_LABEL = re.compile(r"^\s*:label:\s*(\S+)")


def _unsolved_exercises(
    doc: Document,
    seen: Mapping[int, str],
    unsolved: list[tuple[Container, list[int]]],
    top: list[Container],
    paired_lines: set[int],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """```` ```{exercise} ```` boxes with no solution box right under them: `unanswered`, unless a solution
    box elsewhere names the exercise's `:label:` (solutions gathered at the end of a chapter), or, for an
    exercise without a label, some solution box stands apart from the exercises."""
    solutions = [c for c in top if c.kind == "solution"]
    names = {c.title.strip() for c in solutions}
    loose = any(c.first not in paired_lines for c in solutions)
    for box, blocks in unsolved:
        if box.kind != "exercise" or not all(is_free(doc, seen, i) for i in blocks):
            continue
        label = next((m.group(1) for n in range(box.first + 1, box.end) if (m := _LABEL.match(doc.lines[n]))), None)
        if (label in names) if label is not None else loose:
            continue  # answered elsewhere: not this rule's to pair
        question, _ = clean_question(shown_body(doc.lines, box) or box.title)
        if not question:
            continue
        loc = doc.loc(box.body if box.body < box.end else box.first)
        diagnostics.append(unanswered(loc, " ".join(question.split()), "no solution box"))
        for i in blocks:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
