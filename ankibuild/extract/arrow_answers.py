"""One-line questions answered after an arrow: `Question? → answer`, alone or as the items of a list.

    What is the boiling point of water at sea level? → **100 °C** (at 1 atm)

    Follow-ups:

    1. Why does ice float? → it is less dense than liquid water.
    2. What happens at the triple point?
    3. How is heat of fusion measured? → with a calorimeter.

A line that asks (it ends its question with `?`) and then gives the answer after an arrow (`→`, `->`, `=>`,
`➜`, `⇒`) is a card: the question up to its `?` on the front, the text after the arrow on the back. It
stands as a paragraph of its own, or as one item of a list whose items all ask on one line: an item of
such a list without an arrow is `unanswered`; sub-bullets under an answered item join its answer. Read when the document holds two answered lines or more, so
a stray `Why? → because …` in prose stays free.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks, free_text, mask_code_and_math
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_signpost_question

CONVENTION = "arrow-answer"

_ARROW_MARKS = ("→", "->", "=>", "➜", "⇒")
# `Question? → answer`: a question mark, an arrow, then the answer.
# `Question? → answer` on one line: the question is the text up to the first `?` after its first letter or
# digit that an arrow follows. Found in two searches (`_asked`), not with `^.*?[^\W_].*?[?？]…`, whose two
# lazy runs try every `?` after every letter: on a line of 100,000 characters (a flattened file) that took
# seconds.
_WORD = re.compile(r"[^\W_]")
_MARK_THEN_ARROW = re.compile(r"[?？][ \t]*(?:→|->|=>|➜|⇒)[ \t]*")
_MIN_ANSWERED = 2

Row = tuple[int, int, str, str | None]  # (block index, line, question, answer or None when unanswered)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Question? → answer` lines (see the module docstring)."""
    # Rows come from free paragraphs and lists only, an answered one holding its `?` and its arrow on one
    # line: looked for in those blocks alone, not in the whole text.
    text = free_text(doc, taken, ("paragraph", "bullet_list", "ordered_list"))
    if "?" not in text and "？" not in text or not any(mark in text for mark in _ARROW_MARKS):
        return RuleResult()
    rows = [row for index in free_blocks(doc, taken) for row in _rows(doc, index)]
    if sum(1 for row in rows if row[3] is not None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, line, question, answer in rows:
        reason = "no answer" if answer is None or not answer.strip() else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(line), question, reason))
            claims.update(claim(line, line + 1, "unanswered"))
            continue
        assert answer is not None
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(line, line + 1, "card"))
    for index in {row[0] for row in rows}:
        block = doc.blocks[index]
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims and doc.lines[n].strip()})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _rows(doc: Document, index: int) -> Iterator[Row]:
    block = doc.blocks[index]
    if block.kind == "paragraph":
        if block.last - block.first == 1:
            split = _split(doc.lines[block.first].strip())
            if split is not None and not is_signpost_question(split[0]):  # `What's next? → Part 3`: navigation
                yield index, block.first, split[0], split[1]
        return
    if block.kind not in ("bullet_list", "ordered_list"):
        return
    items = list(_list_items(doc, index))
    if len(items) < 2 or any(item is None for item in items):
        yield from _arrow_continued_items(doc, index)
        return
    rows: list[Row] = []
    for item in items:
        assert item is not None
        line, content = item
        split = _split(content)
        if split is not None:
            rows.append((index, line, split[0], split[1] + _nested_text(doc, index, line)))
        elif _bare(mask_code_and_math(content)):
            rows.append((index, line, content, None))
        else:
            yield from _arrow_continued_items(doc, index)
            return  # an item that neither asks nor answers: not a list of questions
    if any(row[3] is not None for row in rows):
        yield from rows


# `→ answer` opening the second line of a list item (`2. Where did the revolt break out?` over an
# indented `→ Gongju`).
_ARROW_OPENING = re.compile(r"^(?:→|->|=>|➜|⇒)[ \t]*(?=\S)")


def _arrow_continued_items(doc: Document, index: int) -> Iterator[Row]:
    """The items of a mixed list (`1. X vs Y — …` among them: an item that neither asks nor holds an arrow)
    which ask on their first line and answer on their second, opened by an arrow (`2. Where …?` + `   →
    Gongju`), inside the same item: one row each. The list's other items are left as they are, never
    questions; a list whose every item asks or answers by an arrow is a drill, read by the later rules."""
    block = doc.blocks[index]
    tokens = doc.tokens
    depth = 0
    rows: list[Row] = []
    mixed = False
    for n in range(block.start, block.end):
        token = tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map:
            inline = tokens[n + 2] if n + 2 < block.end and tokens[n + 1].type == "paragraph_open" else None
            content = inline.content if inline is not None and inline.type == "inline" else ""
            lines = [line.strip() for line in content.split("\n")]
            arrow = _ARROW_OPENING.match(lines[1]) if len(lines) == 2 else None
            closes = n + 4 < block.end and tokens[n + 4].type == "list_item_close"
            if arrow is not None and closes and _bare(mask_code_and_math(lines[0])):
                rows.append((index, token.map[0], lines[0], lines[1][arrow.end() :]))
            elif not any(_ARROW_OPENING.match(line) for line in lines) and not _bare(mask_code_and_math(lines[0])):
                mixed = True
        depth += token.nesting
    if mixed:
        yield from rows


def _list_items(doc: Document, index: int) -> Iterator[tuple[int, str] | None]:
    """(line, text) of each top-level item of a list block, None for an item that is not one line."""
    block = doc.blocks[index]
    tokens = doc.tokens
    depth = 0
    for n in range(block.start, block.end):
        token = tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map:
            inline = tokens[n + 2] if n + 2 < block.end and tokens[n + 1].type == "paragraph_open" else None
            closes = n + 4 < block.end and (tokens[n + 4].type == "list_item_close" or _nested_closes(tokens, n + 4, block.end))
            if inline is not None and inline.type == "inline" and "\n" not in inline.content and closes:
                yield token.map[0], inline.content.strip()
            else:
                yield None
        depth += token.nesting


def _split(text: str) -> tuple[str, str] | None:
    """`Question? → answer` → (question, answer); None when the line is not so written."""
    found = _asked(mask_code_and_math(text))
    if found is None:
        return None
    cut, start = found
    question, answer = text[:cut].strip(), text[start:].strip()
    if question.count("(") != question.count(")") or question.count("[") != question.count("]"):
        return None  # `Er sitzt [wo? → Dativ]`: the arrow inside a bracketed aside, no question of its own
    return question, answer


def _asked(line: str) -> tuple[int, int] | None:
    """Where a one-line `Question? → answer` ends its question (after the `?`) and starts its answer (after
    the arrow and the spaces that follow it), or None: the first `?` or `？` after the line's first letter or
    digit that spaces and an arrow follow."""
    if "\n" in line:
        return None  # the items and paragraphs read here are one line each
    word = _WORD.search(line)
    mark = _MARK_THEN_ARROW.search(line, word.end()) if word is not None else None
    return (mark.start() + 1, mark.end()) if mark is not None else None


def _bare(line: str) -> bool:
    """Whether a one-line item is a question without an answer: a letter or digit, then a `?` or `？` at its end."""
    return "\n" not in line and line[-1:] in ("?", "？") and _WORD.search(line, 0, len(line) - 1) is not None


def _nested_closes(tokens: Sequence[Token], n: int, end: int) -> bool:
    """True when token `n` opens a nested list that the item closes right after: `- Q? → A` with sub-bullets
    under it (`  - also used for …`), which join the answer."""
    if tokens[n].type not in ("bullet_list_open", "ordered_list_open"):
        return False
    depth = 0
    for m in range(n, end):
        depth += tokens[m].nesting
        if depth == 0:
            return m + 1 < end and tokens[m + 1].type == "list_item_close"
    return False


def _nested_text(doc: Document, index: int, line: int) -> str:
    """The sub-bullets under the list item that starts on `line`, as a nested list after its answer; empty
    when the item holds none."""
    block = doc.blocks[index]
    tail: list[str] = []
    for n in range(line + 1, block.last):
        text = doc.lines[n]
        if not text.strip() or not text[:1].isspace():
            break
        tail.append(text.rstrip())
    return "\n" + "\n".join(tail) if tail else ""
