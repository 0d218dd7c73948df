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

A typed box with no title (`:::tip` … `:::`, as Outline, Docusaurus and VitePress write their notices) says
nothing of what it holds; its place can. In a question bank of numbered label headings (`### Q3 · Joins`,
`## Aufgabe 2`: same level, same first word, a number), where two sections or more end with a statement and
an untitled box of one kind, two of those statements asking, that kind closes each item with its answer: such
a box is its statement's back (an empty box, or one holding only a comment or a placeholder, leaves the
statement `unanswered`), and a sibling section that asks with no such box is `unanswered` too. Boxes of
other kinds (an `:::info` note on top of the page) are left alone, and a box that cautions (`:::warning`,
`:::danger`) never answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .containers import (
    CODE_KINDS,
    LABELLED_KINDS,
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
from .document import Document, Section, dedent, free_blocks
from .outline import clean_heading, head_key, topic_tags
from .questions import clean_question, is_question, starts_like_question

# sphinx-exercise's `{exercise}` and boxes of the same use: a statement written as a box.
_EXERCISE_KINDS = frozenset({"exercise", "question", "problem"})
# Typed boxes that caution: whatever their place, what they hold is a warning, never an answer.
_CAUTION_KINDS = frozenset({"warning", "danger", "caution", "error", "attention"})
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
    placed = _answering_places(doc, top, by_first, inside) if ":::" in text else set()
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
        elif container.first in placed:
            _statement_card(doc, seen, index, container, inside, drafts, diagnostics, claims, placed=True)
        seen.update(claims)
    if placed:
        _boxless_items(doc, seen, top, _item_keys(doc, placed, by_first), diagnostics, claims)
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
    *,
    placed: bool = False,
) -> None:
    """A statement and the box under it; PLACED when the box answers by its place in a question bank."""
    statement = statement_above(doc, index, inside, lambda i: is_free(doc, seen, i))
    if not statement:
        return
    first = doc.blocks[statement[0]]
    question, _ = clean_question(doc.block_text(statement[0]))
    if not placed and (container.syntax == "liquid" or not names_answer(container)) and not (
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


def _answering_places(doc: Document, top: list[Container], by_first: Mapping[int, int], inside: set[int]) -> set[int]:
    """The first lines of the untitled typed boxes that answer by their place (module docstring, last part):
    each ends the section of a numbered label heading, under a statement; grouped by kind, heading level and
    label word, a group counts with two boxes or more and two statements that ask."""
    groups: dict[tuple[str, int, str], list[tuple[int, bool]]] = {}
    for container in top:
        if (
            container.syntax != "colon"
            or container.kind not in LABELLED_KINDS
            or container.kind in _CAUTION_KINDS
            or container.title.strip()
            or answers(container)
            or is_hint(container)
        ):
            continue
        index = by_first.get(container.first)
        if index is None:
            continue
        section = doc.section_of_block(index)
        key = head_key(section.title, section.level) if section is not None else None
        span = _span(doc, index, container)
        if key is None or span is None or section is None or span[-1] != section.body[-1]:
            continue
        # Read whatever earlier rules took (a line that only asks may be the bare-line rule's): the bank's
        # layout is what its items show, and the items still free are this rule's.
        statement = statement_above(doc, index, inside, lambda i: True)
        if not statement or statement[0] != section.body[0]:
            continue  # the box closes the section, the statement opens it: nothing else in the item
        question, _ = clean_question(doc.block_text(statement[0]))
        groups.setdefault((container.kind, *key), []).append((container.first, is_question(question)))
    return {
        first
        for boxes in groups.values()
        if len(boxes) >= 2 and sum(asks for _, asks in boxes) >= 2
        for first, _ in boxes
    }


def _item_keys(doc: Document, placed: set[int], by_first: Mapping[int, int]) -> set[tuple[int, str]]:
    """The heading keys (level, label word) of the sections the placed boxes close."""
    keys: set[tuple[int, str]] = set()
    for first in placed:
        section = doc.section_of_block(by_first[first])
        key = head_key(section.title, section.level) if section is not None else None
        if key is not None:
            keys.add(key)
    return keys


def _boxless_items(
    doc: Document,
    seen: Mapping[int, str],
    top: list[Container],
    keys: set[tuple[int, str]],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """`### Q9 · CI` + a question and no box, among items closed by their answer box: `unanswered`."""
    boxed = {c.first for c in top}
    for section in doc.sections:
        if head_key(section.title, section.level) not in keys or not _free_item(doc, seen, section):
            continue
        body = [i for i in section.body if doc.blocks[i].kind != "html_block"]
        if not body or doc.blocks[body[0]].kind != "paragraph" or any(doc.blocks[i].first in boxed for i in body):
            continue
        question, _ = clean_question(doc.block_text(body[0]))
        if not is_question(question):
            continue  # an item that asks nothing (`### Q10 · Wrap-up` over remarks)
        loc = doc.loc(doc.blocks[body[0]].first)
        diagnostics.append(unanswered(loc, " ".join(question.split()), "no answer box"))
        for i in (section.block, *section.body):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))


def _free_item(doc: Document, seen: Mapping[int, str], section: Section) -> bool:
    return all(is_free(doc, seen, i) for i in (section.block, *section.body))


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
