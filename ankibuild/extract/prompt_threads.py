"""Prompt threads: a conversation with an answer engine exported as Markdown, each prompt written as a
top-level heading, the reply under it, a rule closing the turn.

    # what storage class for data read once a quarter        # ¿Qué clase de almacenamiento uso?

    **Coldline.** Rule of thumb: … [^4_1]                      **Coldline.** Regla práctica: …

    <div style="text-align: center">⁂</div>                   ---

    [^4_1]: https://…

    ---

1. **The turns** are the sections of the page's `#` headings, three at least, every one but the last closed
   by a rule (`---`) before the next heading: the exporter's separator between turns. The page opens with a
   prompt (no title heading above the first turn), and half the headings or more ask: a `?`, a command word
   or a comparison, or a question word opening a prompt typed as into a chat, in lower case and without its
   end mark (`which gcloud command sets the default project`).
2. **Cards.** The heading of a turn that asks is the front; the blocks under it up to the rule are the back (its source
   footnotes stay with it), without a divider that only decorates (an HTML block of a lone glyph such as
   `<div align="center">⁂</div>`). A prompt with nothing under it, or only a comment or a placeholder, is
   `unanswered`.
3. **The rest.** A turn that asks nothing (`make it shorter`), and what follows the last turn's rule (the
   writer's notes after the export), are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, Section, block_kinds, blocks_of_kind
from .outline import heading_question
from .questions import clean_question, opens_with_a_question_word

CONVENTION = "prompt-thread"

_MIN_TURNS = 3
# `<div style="text-align: center">⁂</div>`, `<p align="center">* * *</p>`: a divider, no words in it.
_DIVIDER = re.compile(r"^[ \t]*(?:<[^>\n]+>[ \t]*)*[^\w\s<>]{1,5}(?:[ \t]+[^\w\s<>]){0,4}[ \t]*(?:</[^>\n]+>[ \t]*)*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the prompts of an exported thread and the replies under them."""
    if not _may_hold_thread(doc):
        return RuleResult()  # too few rules to close the turns: nearly every document
    turns = _turns(doc)
    if not turns:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, blocks, rule in turns:
        used = [section.block, *blocks, *((rule,) if rule is not None else ())]
        if not all(is_free(doc, taken, i) for i in used):
            continue
        question = _prompt(doc, section)
        if question is None:
            continue  # a turn that asks nothing (`make it shorter`): left to the other rules
        shown = [i for i in blocks if not _is_divider(doc, i)]
        answer = build_answer(doc, shown)
        loc = doc.loc(doc.blocks[section.block].first)
        if not shown or answer.empty_reason:
            diagnostics.append(unanswered(loc, question, answer.empty_reason if shown else "no answer"))
            outcome = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, (), answer.tags, answer_tokens=answer.tokens))
            outcome = "card"
        for i in used:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_thread(doc: Document) -> bool:
    """False when the page has fewer rules than the turns of a thread need to be closed (every turn but the
    last): the kinds of its blocks, gathered once, answer for most documents."""
    return "hr" in block_kinds(doc) and len(blocks_of_kind(doc, "hr")) >= _MIN_TURNS - 1


def _turns(doc: Document) -> list[tuple[Section, tuple[int, ...], int | None]]:
    """Each turn as its `#` section, the blocks of its reply and the rule closing it (None for a last turn
    that runs to the page's end); empty when the page is no thread."""
    tops = [s for s in doc.sections if s.level == 1]
    if len(tops) < _MIN_TURNS:
        return []
    ends = [doc.blocks[tops[n + 1].block].first if n + 1 < len(tops) else len(doc.lines) for n in range(len(tops))]
    turns: list[tuple[Section, tuple[int, ...], int | None]] = []
    for n, section in enumerate(tops):
        blocks: list[int] = []
        rule = None
        for i in range(section.block + 1, len(doc.blocks)):
            if doc.blocks[i].first >= ends[n]:
                break
            if doc.blocks[i].kind == "hr":
                rule = i
                break
            blocks.append(i)
        if rule is None and n + 1 < len(tops):
            return []  # a turn not closed by a rule before the next heading: headings of a document
        turns.append((section, tuple(blocks), rule))
    if _prompt(doc, tops[0]) is None:
        return []  # a page opening with a title (`# Interview question bank`), not with the first prompt
    asking = sum(1 for s in tops if _prompt(doc, s) is not None)
    return turns if 2 * asking >= len(tops) else []


def _prompt(doc: Document, section: Section) -> str | None:
    """The prompt a turn's heading holds, as written (code spans kept), or None when it asks nothing: no `?`,
    command word or comparison (`outline.heading_question`), nor a question word of one of several languages
    opening it without its end mark, as people type into a chat (`which gcloud command sets …`, `por qué …`)."""
    found = heading_question(doc, section)
    if found is not None:
        return found[0]
    if not opens_with_a_question_word(section.title):
        return None
    inline = doc.inline(doc.blocks[section.block])
    return clean_question(inline.content if inline is not None else section.title)[0] or section.title


def _is_divider(doc: Document, index: int) -> bool:
    """True for an HTML block that only decorates: a lone glyph between tags (`<div …>⁂</div>`)."""
    block = doc.blocks[index]
    return block.kind == "html_block" and block.last - block.first == 1 and _DIVIDER.match(doc.lines[block.first]) is not None
