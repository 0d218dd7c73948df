"""Footnote answers: a list of questions, each closed by a footnote reference, answered by the footnotes.

    ## Self-test
    1. Why does ice float?[^1]
    2. What is a hydrogen bond?[^2]
    3. Why is water a good solvent?

    ### More
    4. What is specific heat?[^3]

    [^1]: It is less dense than liquid water: the hydrogen bonds hold the molecules apart.
    [^2]: An attraction between a hydrogen atom bound to N, O or F and another such atom.
        (Continuation lines of a footnote are part of it.)
    [^3]: The heat needed to warm one gram by one kelvin.

Each list item whose text asks (a `?` or a command word) and ends with a footnote reference is a card; its
answer is the text of that footnote's definition, wherever the definition stands (usually at the bottom of
the file, after other sections). In the same list, a question without a reference is reported unanswered
(the self-test the reader still has to work out). An ordered list whose numbering continues such a list
(`4.` under a new heading after `1.`–`3.`) is the same list. The same self-test written as one-line
paragraphs (`**2.** What is a genotype?[^2]`) is read when it holds two such questions or more.

An inline footnote (pandoc's and Obsidian's `^[…]`) closing the question holds its answer in place:

    1. Why does ice float?^[It is less dense than liquid water.]
    2. What is a hydrogen bond?^[TODO]
    3. What is specific heat? — still to read

The front is the item without the footnote, the back the footnote's text; a placeholder in it, or an item
of the list with no footnote, is unanswered (a note after such an item's last `?`, behind a dash, is left
off its question).

The footnote plugin of the parser already pairs references and definitions (`footnote_ref` / `footnote_open`
tokens by id), so nothing is matched by hand. Only lists holding a question that ends with a reference are
read: a footnote that cites a source after a statement (`… in 1905.[^4]`) is never a card, and a list of
questions without references is the numbered rule's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Block, Document, holds
from .outline import heading_path, topic_tags
from .questions import clean_question, is_question, starts_like_question

CONVENTION = "footnote-answer"

_LISTS = ("ordered_list", "bullet_list")
# `[^1]:` opening a footnote definition; its continuation lines are indented.
_DEFINITION_HEAD = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]+\]:[ \t]?")
_TRAILING_REF = re.compile(r"\s*\[\^[^\]\s]+\]\s*$")
# A note after an unanswered question's last `?`, behind a dash: `What is X? — still to read`.
_NOTE_AFTER = re.compile(r"(?<=[?？])\s+[—–-]\s+\S.*$")
# `**2.**`, `__3)__`: a number in bold opening a question paragraph, its numbering.
_BOLD_NUMBER = re.compile(r"^\s*(\*\*|__)\s*\d{1,3}[.)]?\s*\1\s*")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question lists whose items point at footnotes holding the answers."""
    inline_notes = holds(doc.source.text, "^[")
    if not (inline_notes or holds(doc.source.text, "[^")):
        return RuleResult()  # no footnote reference anywhere: most documents, decided at once
    notes = _footnotes(doc)
    if inline_notes:
        notes.update(_inline_footnotes(doc))
    if not notes:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    follows: int | None = None  # the number the next item of the last read ordered list would carry
    for index, block in enumerate(doc.blocks):
        if block.kind not in _LISTS:
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            follows = None
            continue
        items = _items(doc, block)
        asked = [(item, _ref(item)) for item in items]
        start = _start(doc.tokens[block.start])
        continues = block.kind == "ordered_list" and follows is not None and start == follows
        if not continues and not any(ref in notes and _asks(_question(item)) for item, ref in asked):
            follows = None
            continue
        path = heading_path(doc, index)
        tags = topic_tags(path)
        for item, ref in asked:
            question = _question(item)
            if not _asks(question):
                continue
            first, last = _lines(item, block)
            loc = doc.loc(first)
            if ref in notes:
                answer = notes[ref]
                reason = empty_reason(answer)
                if reason is None:
                    drafts.append(CardDraft(loc, CONVENTION, question, answer, path, tags))
                    claims.update(claim(first, last, "card"))
                    continue
                diagnostics.append(unanswered(loc, question, reason))
            elif _alone(item):
                diagnostics.append(unanswered(loc, _NOTE_AFTER.sub("", question), None))
            else:
                continue  # the item holds more than its question (an answer under it): another rule's
            claims.update(claim(first, last, "unanswered"))
        follows = start + len(items) if block.kind == "ordered_list" else None
    for index, question, ref in _paragraph_questions(doc, taken, notes):
        block = doc.blocks[index]
        path = heading_path(doc, index)
        loc = doc.loc(block.first)
        reason = empty_reason(notes[ref])
        if reason is None:
            drafts.append(CardDraft(loc, CONVENTION, question, notes[ref], path, topic_tags(path)))
        else:
            diagnostics.append(unanswered(loc, question, reason))
        claims.update(claim(block.first, block.last, "card" if reason is None else "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_PARAGRAPHS_MIN = 2


def _paragraph_questions(doc: Document, taken: Mapping[int, str], notes: Mapping[int, str]) -> list[tuple[int, str, int]]:
    """Paragraphs of one line that ask and end with a footnote reference (`**2.** What is a genotype?[^2]`,
    `Q3. What is meant by dominant?[^3]`): the self-test written as paragraphs rather than a list. Read only
    when there are two of them or more, so that a lone rhetorical question with a source note is no card."""
    found: list[tuple[int, str, int]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or block.last - block.first != 1 or block.first in taken:
            continue
        inline = doc.inline(block)
        if inline is None or not inline.children or inline.children[-1].type != "footnote_ref":
            continue
        ref = inline.children[-1].meta.get("id")
        question = clean_question(_BOLD_NUMBER.sub("", _without_ref(inline.content), count=1))[0]
        if isinstance(ref, int) and ref in notes and _asks(question):
            found.append((index, question, ref))
    return found if len(found) >= _PARAGRAPHS_MIN else []


def _footnotes(doc: Document) -> dict[int, str]:
    """The Markdown of each footnote definition, by the id the parser gave it."""
    notes: dict[int, str] = {}
    current: int | None = None
    first = last = -1
    for token in doc.tokens:
        if token.type == "footnote_open":
            current, first, last = token.meta.get("id"), -1, -1
        elif token.type == "footnote_close":
            if isinstance(current, int) and first >= 0:
                notes[current] = _definition_text(doc.lines[first:last])
            current = None
        elif current is not None and token.map is not None:
            first = token.map[0] if first < 0 else first
            last = max(last, token.map[1])
    return notes


def _inline_footnotes(doc: Document) -> dict[int, str]:
    """The text of each inline footnote (`^[…]`) that closes a paragraph, by the id the parser gave it:
    the parser keeps no source lines for them, so the text is read off the paragraph's own source."""
    notes: dict[int, str] = {}
    for token in doc.tokens:
        if token.type != "inline" or not token.children or token.children[-1].type != "footnote_ref":
            continue
        found = token.children[-1].meta.get("id")
        split = _split_inline_note(token.content)
        if isinstance(found, int) and split is not None:
            notes[found] = split[1]
    return notes


def _split_inline_note(content: str) -> tuple[str, str] | None:
    """The text before an inline footnote closing CONTENT and the footnote's text, or None when CONTENT
    does not end with one (brackets inside the footnote, `[]`, `(1)`, are balanced)."""
    content = content.rstrip()
    if not content.endswith("]"):
        return None
    depth = 0
    for n in range(len(content) - 1, 0, -1):
        char = content[n]
        if char == "]":
            depth += 1
        elif char == "[":
            depth -= 1
            if depth == 0:
                return (content[: n - 1].rstrip(), content[n + 1 : -1].strip()) if content[n - 1] == "^" else None
    return None


def _without_ref(content: str) -> str:
    """CONTENT without the footnote reference or inline footnote that closes it."""
    split = _split_inline_note(content) if content.rstrip().endswith("]") and "^[" in content else None
    return split[0] if split is not None else _TRAILING_REF.sub("", content)


def _definition_text(lines: Sequence[str]) -> str:
    """A definition's lines as Markdown: the `[^1]:` label off the first, the indentation off the rest."""
    if not lines:
        return ""
    head = _DEFINITION_HEAD.sub("", lines[0], count=1)
    rest = [
        line[4:] if line.startswith("    ") else line.lstrip("\t") if line.startswith("\t") else line.lstrip()
        for line in lines[1:]
    ]
    return "\n".join([head, *rest]).strip()


def _items(doc: Document, block: Block) -> list[tuple[Token, ...]]:
    """The tokens of each item of a list (nested lists inside an item included)."""
    items: list[tuple[Token, ...]] = []
    depth = 0
    begin = 0
    level = doc.tokens[block.start].level + 1
    for n in range(block.start + 1, block.end - 1):
        token = doc.tokens[n]
        if token.type == "list_item_open" and token.level == level and depth == 0:
            begin = n
        depth += token.nesting
        if token.type == "list_item_close" and token.level == level and depth == 0:
            items.append(tuple(doc.tokens[begin : n + 1]))
    return items


def _start(opener: Token) -> int:
    value = opener.attrGet("start")
    return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else 1


def _inline(item: Sequence[Token]) -> Token | None:
    """The inline token of the item's first paragraph."""
    if len(item) > 2 and item[1].type == "paragraph_open" and item[2].type == "inline":
        return item[2]
    return None


def _ref(item: Sequence[Token]) -> int | None:
    """The footnote id the item's first paragraph ends with, None when it ends otherwise."""
    inline = _inline(item)
    if inline is None or not inline.children:
        return None
    children = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    if not children or children[-1].type != "footnote_ref":
        return None
    found = children[-1].meta.get("id")
    return found if isinstance(found, int) else None


def _question(item: Sequence[Token]) -> str:
    inline = _inline(item)
    if inline is None:
        return ""
    return " ".join(_without_ref(inline.content).split())


def _asks(question: str) -> bool:
    return bool(question) and (is_question(question) or starts_like_question(question))


def _alone(item: Sequence[Token]) -> bool:
    """True when the item is its question paragraph and nothing more."""
    return len(item) == 5


def _lines(item: Sequence[Token], block: Block) -> tuple[int, int]:
    """The source lines of an item's question paragraph (the blank line after an item is not its own)."""
    inline = _inline(item)
    span = inline.map if inline is not None and inline.map else item[0].map
    if span is None:
        return block.first, block.first + 1
    return span[0], span[1]
