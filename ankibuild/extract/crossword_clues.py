"""Crossword write-ups: numbered clues that end with their letter count, answered in capitals.

    ## Across

    **1** Bird of the night, a hoot (3)
    OWL — a definition and a sound.

    ## Down

    1. Capital of Norway (4)
    2. Greek letter after alpha (4)

    **Down:** 1. OSLO · 2. ???

A clue is a line (a paragraph's first line or a list item) opening with its number (`**1**`, `**1a**`,
`12.`, a numbered item) and ending with its enumeration, the letter count in parentheses (`(6)`, `(5, 3)`,
`(4-4)`): the enumeration is the sign of a clue, and the clue with it is the front. Its answer is, in that
order:

- the lines under the clue (the rest of its paragraph, the lines or items under its list item), when they
  open with a word in capitals of exactly the enumeration's letters (`OWL — …`, `**OWL**`): the back is
  those lines, the parsing included;
- the entry of its number in a key elsewhere on the page: lines of two entries or more, each a number and
  an answer in capitals (`1. OSLO · 4. BETA`), or a numbered list of such answers. Clues are
  grouped by direction (the heading above them: `Across`, `Waagerecht`); a key line names its direction
  with its own label (`**Across:** …`) or sits under a heading or label paragraph that does, and is read
  for the group whose heading opens with the same word. A key that names none of the clues' directions
  (`**Solutions:**`, a `## Key` heading) serves clues whose numbers are unique on the page.

A clue whose lines open with question marks (`??`, `?? — no idea`), a placeholder, or whose key entry is
one (`???`, `—`), or that the key leaves out, is `unanswered`. Lines under a numbered enumerated line that
are neither an answer nor a placeholder (`The grid's title, no clue.`) leave it alone. Read
where two clues or more are answered; a table above the clues whose first cells are mostly marks the
answers' parsings use (`*`, `<`) is the write-up's legend, skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, free_blocks, lazy_pattern, list_items
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "crossword-clue"

# An enumeration (`(6)`, `(5, 3)`, `(4-4)`) ending its line or followed by a word in capitals: the precheck,
# on the whole text (a necessary condition: any letter but an ASCII small one after it).
_ENUMERATED_LINE = re.compile(
    r"\(\d{1,2}(?:[ \t]*[,\-–][ \t]*\d{1,2})*\)(?:[ \t]*\\?\s*$|[ \t]*[—–:→=>-]*[ \t*_]*[^\W\d_a-z])", re.M
)
_ENUMERATION = lazy_pattern(r"[ \t]*\((?P<counts>\d{1,2}(?:[ \t]*[,\-–][ \t]*\d{1,2})*)\)")
_LINE_END = lazy_pattern(r"[ \t]*\\?[ \t]*$")
_AFTER_MARK = lazy_pattern(r"[ \t]*[—–:→=>-]*[ \t]*")
# A clue's own number: bold or plain, a direction letter after it allowed (`**1**`, `**1a**`, `12.`, `3d)`).
_NUMBER = lazy_pattern(r"^(?P<e>\*\*|__)?(?P<n>\d{1,3})[a-zA-Z]?[.):]?(?(e)(?P=e))[.):]?[ \t]+")
_ITEM_MARK = lazy_pattern(r"^[ \t]*(?:(?P<n>\d{1,3})[.)]|[-*+])[ \t]+")
# A key line's direction label: a few words in bold or before a colon (`**Across:**`, `Down:`).
_KEY_LABEL = lazy_pattern(r"^(?:(?P<e>\*\*|__)(?P<a>[^\W\d_][^*_:\n]{0,30}?):?(?P=e):?|(?P<b>[^\W\d_][^*_:\n]{0,30}?):)[ \t]+")
# One key entry: a number, a mark after it, then its answer up to the next entry or separator.
_ENTRY = lazy_pattern(
    r"(?:^|(?<=[\s·•;|/,]))(?P<n>\d{1,3})[a-zA-Z]?[ \t]*[.):=–—-]?[ \t]+(?P<v>.*?)[ \t]*(?=[·•;|][ \t]*|$|[ \t,]+\d{1,3}[a-zA-Z]?[ \t]*[.):=–—-]?[ \t]+)"
)
_UNKNOWN = lazy_pattern(r"^(?:\?+|[-—–…]+|_+)(?:[ \t]|$)")
_QUESTION_MARKS = lazy_pattern(r"^[*_]*\?+")
# A short label alone in its paragraph, in bold or ending with a colon (`**Across**`, `Down:`).
_LABEL_PARAGRAPH = lazy_pattern(r"^(?:(?:\*\*|__)[^\W\d_][^*_\n]{0,30}:?(?:\*\*|__):?|[^\W\d_][^\n]{0,30}:)$")
_WORD = lazy_pattern(r"[^\W\d_]+")
_MIN_ANSWERED = 2
_MIN_ENTRIES = 2
_LEGEND_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class _Clue:
    block: int
    """The block holding the clue."""
    line: int
    """The clue's line."""
    last: int
    """The line after the clue and the lines under it."""
    number: int
    """Its number."""
    group: str
    """The first word of its direction (the heading or label above it), lower case; '' when none."""
    front: str
    """The clue with its enumeration."""
    letters: int
    """How many letters the enumeration counts."""
    under: str
    """The lines under the clue, dedented ('' when none)."""


@dataclass(frozen=True, slots=True)
class _Entry:
    group: str | None
    """The first word of the key's direction label, lower case; None when the key names none."""
    answer: str
    """The answer as written ('' for a placeholder)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the enumerated clues and their answers (see the module docstring)."""
    if not _may_hold_clues(doc):
        return RuleResult()
    free = free_blocks(doc, taken)
    clues: list[_Clue] = []
    for index in free:
        kind = doc.blocks[index].kind
        if kind == "paragraph":
            clues.extend(_paragraph_clue(doc, index))
        elif kind in ("bullet_list", "ordered_list"):
            clues.extend(_item_clues(doc, index))
    if len(clues) < _MIN_ANSWERED:
        return RuleResult()
    inline = {c.line: _inline_answer(c) for c in clues if c.under}
    keyed = [c for c in clues if not c.under]
    clue_blocks = {c.block for c in clues}
    key, key_lines = _key(doc, [i for i in free if i not in clue_blocks]) if keyed else ({}, set())
    answers: dict[int, tuple[str, str | None]] = {}  # clue line → (answer, reason when unanswered)
    numbers = [c.number for c in clues]
    directions = {c.group for c in clues if c.group}
    for clue in clues:
        if clue.under:
            found = inline[clue.line]
            if found is not None:
                answers[clue.line] = found
            continue
        entry = _entry_for(clue, key.get(clue.number, ()), numbers.count(clue.number) == 1, directions)
        if entry is not None:
            answers[clue.line] = (entry.answer, None if entry.answer else "placeholder")
        else:
            answers[clue.line] = ("", "no answer")  # left out of the key, or nothing under it
    if sum(1 for _, reason in answers.values() if reason is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for clue in clues:
        if clue.line not in answers:
            continue
        answer, reason = answers[clue.line]
        loc = doc.loc(clue.line)
        if reason is not None:
            diagnostics.append(unanswered(loc, clue.front, reason))
            claims.update(claim(clue.line, clue.last, "unanswered"))
            continue
        path = heading_path(doc, clue.block)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, clue.front, answer, context, tuple(topic_tags(path))))
        claims.update(claim(clue.line, clue.last, "card"))
    claims.update(dict.fromkeys(key_lines, "card"))
    answered = "\n".join(answer for answer, reason in answers.values() if reason is None)
    _skip_legend(doc, free, min(c.block for c in clues), answered, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_clues(doc: Document) -> bool:
    """False only when fewer than two lines end with an enumeration: most notes hold none."""
    found = _ENUMERATED_LINE.finditer(doc.source.text)
    return next(found, None) is not None and next(found, None) is not None


def _enumerated(text: str) -> tuple[str, int, str] | None:
    """TEXT without its number, the letters its enumeration counts and the answer after the enumeration on
    the same line ('' when the enumeration ends the line); None when it is no clue."""
    number = _NUMBER.match(text)
    start = number.end() if number is not None else 0
    for enumeration in _ENUMERATION.finditer(text, start):
        letters = sum(int(n) for n in re.findall(r"\d+", enumeration.group("counts")))
        if _LINE_END.match(text, enumeration.end()):
            after = ""
        else:
            after = text[_AFTER_MARK.match(text, enumeration.end()).end() :]  # type: ignore[union-attr]
            if _letters(_capitals(after)) != letters:
                continue
        if _WORD.search(text, start, enumeration.start()) is None:
            return None  # nothing but the count: no clue
        return text[start : enumeration.start()].strip() + " (" + enumeration.group("counts") + ")", letters, after
    return None


def _letters(run: str) -> int:
    return sum(1 for c in run if c.isalpha())


def _group(doc: Document, index: int) -> str:
    """The direction of the clues or key entries of block INDEX: a short label paragraph right above it,
    else the title of its section; '' when neither names one."""
    if index > 0 and doc.blocks[index - 1].kind == "paragraph":
        above = doc.block_text(index - 1).strip()
        if "\n" not in above and _LABEL_PARAGRAPH.match(above):
            return _first_word(above)
    section = doc.section_of_block(index)
    return _first_word(section.title) if section is not None else ""


def _first_word(text: str) -> str:
    word = _WORD.search(text)
    return word.group().casefold() if word is not None else ""


def _paragraph_clue(doc: Document, index: int) -> list[_Clue]:
    """A paragraph whose first line is a numbered clue: the lines under it are its answer."""
    block = doc.blocks[index]
    first = doc.lines[block.first].strip()
    number = _NUMBER.match(first)
    found = _enumerated(first) if number is not None else None
    if number is None or found is None:
        return []
    front, letters, after = found
    under = "\n".join([after, *(line.strip() for line in doc.lines[block.first + 1 : block.last])]).strip()
    return [_Clue(index, block.first, block.last, int(number.group("n")), _group(doc, index), front, letters, under)]


def _item_clues(doc: Document, index: int) -> list[_Clue]:
    """The list items that are numbered clues: the item's number (or a number opening its text), and
    the lines or items under it as its answer."""
    found: list[_Clue] = []
    group = ""
    for first, last in list_items(doc, doc.blocks[index]):
        mark = _ITEM_MARK.match(doc.lines[first])
        if mark is None:
            continue
        text = doc.lines[first][mark.end() :].strip()
        own = _NUMBER.match(text)
        if mark.group("n") is None and own is None:
            continue
        clue = _enumerated(text)
        if clue is None:
            continue
        number = int(own.group("n") if own is not None else mark.group("n"))
        lines = [clue[2], *(_ITEM_MARK.sub("", line, count=1).strip() for line in doc.lines[first + 1 : last])]
        group = group or _group(doc, index)
        found.append(_Clue(index, first, last, number, group, clue[0], clue[1], "\n".join(lines).strip()))
    return found


def _capitals(text: str) -> str:
    """The words in capitals opening TEXT (emphasis before them allowed, `OWL — …`, `**OWL**`, `FOUR SEAS
    (…)`), up to the first mark or word in small letters; '' when there is none."""
    text = text.lstrip("*_ \t")
    end = 0
    for position, char in enumerate(text):
        if char.isalpha() and char.isupper():
            end = position + 1
        elif char.isalpha():
            space = text.rfind(" ", 0, position)  # a word in small letters: the capitals end before it
            return text[:space].rstrip(" -'’") if space > 0 and space >= end - 1 and text[:space].strip() else ""
        elif char not in " -'’":
            break
    return text[:end]


def _inline_answer(clue: _Clue) -> tuple[str, str | None] | None:
    """The answer the lines under a clue give (reason None), a placeholder standing for it, or None when
    they are neither."""
    if _QUESTION_MARKS.match(clue.under) or empty_reason(clue.under) is not None:
        return clue.under, "placeholder"
    if _letters(_capitals(clue.under.splitlines()[0])) == clue.letters:
        return clue.under, None
    return None


def _key(doc: Document, indices: list[int]) -> tuple[dict[int, list[_Entry]], set[int]]:
    """The key entries of the page by number, and the lines that hold them."""
    entries: dict[int, list[_Entry]] = {}
    lines: set[int] = set()
    for index in indices:
        block = doc.blocks[index]
        if block.kind == "paragraph":
            group = _group(doc, index)
            for n in range(block.first, block.last):
                line = doc.lines[n].strip()
                label = _KEY_LABEL.match(line)
                own = _first_word(label.group("a") or label.group("b")) if label is not None else None
                found = _entries(line[label.end() :] if label is not None else line)
                if len(found) >= _MIN_ENTRIES:
                    for number, answer in found:
                        entries.setdefault(number, []).append(_Entry(own or group or None, answer))
                    lines.add(n)
        elif block.kind == "ordered_list":
            items: list[tuple[list[tuple[int, str]], int, int]] = []
            for first, last in list_items(doc, block):
                found = _entries(doc.lines[first].strip()) if last - first == 1 else []
                if not found:
                    break
                items.append((found, first, last))
            else:
                group = _group(doc, index)  # a list of answers alone (`1. OSLO`), however short
                for found, first, last in items:
                    for number, value in found:
                        entries.setdefault(number, []).append(_Entry(group or None, value))
                    lines.update(range(first, last))
    return entries, lines


def _entries(text: str) -> list[tuple[int, str]]:
    """The entries of a key line (number, answer; '' for a placeholder); [] when one is no answer."""
    found: list[tuple[int, str]] = []
    at = 0
    for match in _ENTRY.finditer(text):
        if text[at : match.start()].strip(" \t·•;|/,"):
            return []  # words between the entries: prose that happens to hold numbers
        answer = _entry_answer(match.group("v"))
        if answer is None:
            return []
        found.append((int(match.group("n")), answer))
        at = match.end()
    return found if not text[at:].strip(" \t·•;|/,") else []


def _entry_answer(value: str) -> str | None:
    """A key entry's answer (`OSLO`, `**OSLO**`), '' for a placeholder (`???`, `—`), None otherwise."""
    value = value.strip()
    if not value or _UNKNOWN.match(value):
        return ""
    if not _capitals(value):
        return None
    return value.strip("*_ \t")


def _entry_for(clue: _Clue, entries: list[_Entry] | tuple[()], unique: bool, directions: set[str]) -> _Entry | None:
    """The key entry of a clue: one whose direction is the clue's, else, when the clue's number is unique
    on the page, one naming no direction of the page's clues (`**Solutions:** 1. OSLO …`)."""
    for entry in entries:
        if entry.group is not None and clue.group and _same_direction(entry.group, clue.group):
            return entry
    if unique:
        for entry in entries:
            if entry.group is None or not any(_same_direction(entry.group, d) for d in directions):
                return entry
    return None


def _same_direction(one: str, other: str) -> bool:
    """Two directions' first words agree (`across` and `across`, or `a` for `across`)."""
    return one.startswith(other) or other.startswith(one)


def _skip_legend(doc: Document, free: tuple[int, ...], first_clue: int, answered: str, claims: dict[int, str]) -> None:
    """Claim as the page's legend a table above the clues whose first cells are mostly marks the answers
    use (`*` for an anagram, `<` for a reversal)."""
    if "table" not in block_kinds(doc):
        return
    for index in free:
        if index >= first_clue:
            break
        block = doc.blocks[index]
        if block.kind != "table":
            continue
        rows = [line.strip().strip("|").split("|") for line in doc.lines[block.first : block.last]][2:]
        keys = [row[0].strip().strip("`").strip() for row in rows if row and row[0].strip()]
        if keys and sum(1 for key in keys if key in answered) >= _LEGEND_SHARE * len(keys):
            claims.update(claim(block.first, block.last, "skip:legend"))
