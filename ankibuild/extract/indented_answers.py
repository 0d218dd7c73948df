"""Numbered questions answered by a block indented under them (question catalogues meant to be folded):

    2.1. What is the difference between an entity type and an entity?

        An entity type describes a set of like objects; an entity is one of them.

    2.2. When is a relation in 2NF?

The number (`2.1.`, `3.4.`: a chapter and question number, which Markdown reads as no list) opens a
paragraph; the answer is indented four spaces under it, so Markdown reads it as indented code. The front is
the paragraph without its number, the back the indented block dedented and read as Markdown again (code
indented further inside it stays code); a block with no sentence in it (only code) stays code.

A pandoc example list numbers its questions with labels (`(@bases) Què eren …?`, `(@) …`), and its
indented answers may open with an emphasised dotted answer label (`*R.*`, `*A.*`), left off the back.

**What counts.** A free top-level paragraph opening with such a number, in a document where two of them or
more are answered by an indented block holding prose and at least half of them ask (questions.is_question).
A numbered question with no indented block after it, or whose block holds only a placeholder
(`(answer still missing – redo exercise 4)`), is reported `unanswered`; a numbered paragraph that neither
asks nor has a block is left alone. The headings above are context and topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, dedent, free_blocks
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "indented-answer"

# `2.1. `, `3.4 `, `12) `: a number opening the paragraph (a plain `12. ` would open a list, read by `numbered`).
# `(@bases) `, `(@) `: a pandoc example label, numbered when the document is compiled.
_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)+\.?|\d+\\?[.)]|\(@[\w-]*\))[ \t]+\S")
_EXAMPLE_LABEL = re.compile(r"^\(@[\w-]*\)[ \t]+")
# `*R.*`, `**A.**`, `_Ans._`: an emphasised dotted letter or short word opening the indented answer labels it.
_DOTTED_ANSWER_LABEL = re.compile(r"^(?P<e>\*\*|__|\*|_)[^\W\d_]{1,4}\.(?P=e)(?:[ \t]+|$)")
# A sentence: three words of letters in a row, as prose has and code seldom does.
_PROSE = re.compile(r"[^\W\d_]{2,}[,;:]?[ \t]+[^\W\d_]+[,;:]?[ \t]+[^\W\d_]+")
_CODE_WORDS = re.compile(r"^\s*(?:SELECT|FROM|WHERE|def|class|return|import|if|for|while|function|const|let|var)\b")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered questions over indented answers (see the module docstring)."""
    if "code_block" not in block_kinds(doc):
        return RuleResult()  # no indented block at all: most documents
    blocks = doc.blocks
    free = free_blocks(doc, taken)
    free_set = set(free)
    items: list[tuple[int, int | None]] = []  # (question block, its indented block or None)
    for index in free:
        block = blocks[index]
        if block.kind != "paragraph" or not _NUMBER.match(doc.lines[block.first].lstrip()):
            continue
        nxt = index + 1
        indented = nxt if nxt in free_set and nxt < len(blocks) and blocks[nxt].kind == "code_block" else None
        items.append((index, indented))
    prose = sum(1 for _, indented in items if indented is not None and _holds_prose(_body(doc, indented)))
    asking = [index for index, _ in items if _asks(_question(doc, index))]
    if prose < 2 or 2 * len(asking) < len(items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, indented in items:
        question = _question(doc, index)
        if indented is None and index not in asking:
            continue  # a numbered statement: not this layout's question
        loc = doc.loc(blocks[index].first)
        body = _body(doc, indented) if indented is not None else ""
        reason = empty_reason(body) if body.strip() else "no answer"
        last = blocks[indented].last if indented is not None else blocks[index].last
        claims.update(claim(blocks[index].first, last, "card" if reason is None else "unanswered"))
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        back = body if _holds_prose(body) else f"```\n{body}\n```"
        path = heading_path(doc, index)
        drafts.append(CardDraft(loc, CONVENTION, question, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question(doc: Document, index: int) -> str:
    """The paragraph's text on one line, its number (or example label) left off."""
    return " ".join(clean_question(_EXAMPLE_LABEL.sub("", doc.block_text(index), count=1))[0].split())


def _asks(question: str) -> bool:
    return question.endswith(("?", "？")) or is_question(question)


def _body(doc: Document, index: int) -> str:
    """The indented block's lines, dedented: the Markdown the writer indented."""
    block = doc.blocks[index]
    body = dedent(doc.lines[block.first : block.last])
    if (label := _DOTTED_ANSWER_LABEL.match(body)) is not None:
        body = body[label.end() :].lstrip(" \t")
    return body


def _holds_prose(body: str) -> bool:
    """True when a line of the block, not opening like code, holds a sentence."""
    return any(_PROSE.search(line) and not _CODE_WORDS.match(line) for line in body.splitlines() if not line.startswith("    "))
