"""Italic tasks: homework written up under bare exercise headings, each task copied from the handout as a
paragraph wholly in italics, the writer's working (prose, code) under it.

    ## Exercise 3                              ### Ejercicio 2

    *Implement `xor` using a fold.*           *Escribe una función que invierta una lista.*

    > xor = foldl' (/=) False                 ```python
                                              def invertir(xs): return xs[::-1]
    *Then implement `map` as a `foldr`.*      ```

    > map' f = foldr (\\x acc -> f x : acc) []

1. **The sheet.** Sections under bare label headings (a word and a number: `Exercise 1`, `Übung 2`,
   `Ejercicio 4`: `bare_labels.is_bare_label`), two at least, whose body opens with a paragraph wholly in
   italics: the handout's task, set apart from the writer's own words by its emphasis.
2. **Cards.** Every paragraph wholly in italics in such a section is a task, whatever its wording (`Then
   implement …`, `Optional: …`): the front is its text without the italics, the back the blocks under it up
   to the next such paragraph, heading or rule. The heading is the card's context.
3. **Unanswered.** A task with nothing under it, a placeholder, or only a stub left to fill in (a definition
   whose body is `undefined`, `???`, `todo!()`, its signature above it allowed) is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .bare_labels import is_bare_label
from .document import Document, Section
from .outline import topic_tags

CONVENTION = "italic-task"

_MIN_SECTIONS = 2
_MIN_WORDS = 3
# `myFoldl = undefined   -- not done yet`, `def f = ???`, `fn f() { todo!() }`: a definition left as a stub.
_STUB = re.compile(
    r"^[ \t]*(?:>[ \t]?)?[^\n=]*?=[ \t]*(?:undefined|\?\?\?|todo!\(\)|unimplemented!\(\)|sorry)[ \t;]*(?:(?:--|//|#)[^\n]*)?$"
)
# `myFoldl :: (a -> b -> a) -> a -> [b] -> a`, `>` bird track or none: a signature above the stub; a comment; the
# lines of the fence around it.
_SIGNATURE = re.compile(r"^[ \t]*(?:>[ \t]?)?(?:[\w']+[ \t]*::[^\n]*|(?:--|//|#)[^\n]*|(?:`{3,}|~{3,})[\w+-]*|)$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the italic tasks of exercise sections and the working under them."""
    if not _may_hold_tasks(doc):
        return RuleResult()  # no emphasis, or fewer than two bare exercise labels: nearly every document
    sheets = [(section, tasks) for section in doc.sections if (tasks := _tasks(doc, taken, section))]
    if len(sheets) < _MIN_SECTIONS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, tasks in sheets:
        head = doc.blocks[section.block]
        claims.update(claim(head.first, head.last, "card"))
        context = (*section.path, section.title)
        for index, (question, blocks) in tasks.items():
            answer = build_answer(doc, blocks)
            loc = doc.loc(doc.blocks[index].first)
            reason = "no answer" if not blocks else answer.empty_reason or ("placeholder" if _is_stub(answer.markdown) else None)
            if reason is None:
                drafts.append(
                    CardDraft(
                        loc, CONVENTION, question, answer.markdown, context, topic_tags(section.path), answer_tokens=answer.tokens
                    )
                )
            else:
                diagnostics.append(unanswered(loc, question, reason))
            for i in (index, *blocks):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered" if reason else "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_tasks(doc: Document) -> bool:
    """False when no paragraph can be in italics or fewer than two headings are bare exercise labels."""
    text = doc.source.text
    if "*" not in text and "_" not in text:
        return False
    return sum(1 for s in doc.sections if s.level > 1 and is_bare_label(s.title)) >= _MIN_SECTIONS


def _tasks(doc: Document, taken: Mapping[int, str], section: Section) -> dict[int, tuple[str, tuple[int, ...]]]:
    """The italic tasks of an exercise section, each with the blocks under it; empty when the section is none."""
    if section.level == 1 or not is_bare_label(section.title) or not is_free(doc, taken, section.block):
        return {}
    body: list[int] = []
    for i in section.body:
        if doc.blocks[i].kind == "hr":
            break  # a rule ends the exercise: what follows is the page's
        body.append(i)
    if not body or _italic_text(doc, body[0]) is None or not all(is_free(doc, taken, i) for i in body):
        return {}
    tasks: dict[int, tuple[str, tuple[int, ...]]] = {}
    current: int | None = None
    question = ""
    under: list[int] = []
    for i in body:
        text = _italic_text(doc, i)
        if text is not None:
            if current is not None:
                tasks[current] = (question, tuple(under))
            current, question, under = i, text, []
        else:
            under.append(i)
    if current is not None:
        tasks[current] = (question, tuple(under))
    return tasks


def _italic_text(doc: Document, index: int) -> str | None:
    """The text of a paragraph wholly in italics (`*Write a function …*`), without them; None for any other
    block, and for a short or bracketed aside (`*(easy)*`)."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return None
    inline = doc.inline(block)
    children = [c for c in (inline.children or ()) if c.type != "text" or c.content.strip()] if inline else []
    if len(children) < 3 or children[0].type != "em_open" or children[-1].type != "em_close":
        return None
    depth = 0
    for child in children[:-1]:
        depth += 1 if child.type == "em_open" else -1 if child.type == "em_close" else 0
        if depth == 0:
            return None  # the emphasis closes before the paragraph ends: only its opening is in italics
    text = doc.block_text(index).strip()[1:-1].strip()
    if text.startswith(("(", "[")) or len(text.split()) < _MIN_WORDS:
        return None
    return " ".join(text.split())


def _is_stub(markdown: str) -> bool:
    """True when the answer's lines are only stubs left to fill in (`f = undefined`), signatures and comments."""
    lines = markdown.splitlines()
    return any(_STUB.match(line) for line in lines) and all(_STUB.match(line) or _SIGNATURE.match(line) for line in lines)
