"""Matching keys: matching exercises (pair each numbered item with a lettered definition or event, or each
name with a value from a shuffled column) answered by a key paragraph that names the exercise.

    ## Exercise 2: Rulers                       ## Feladat 3: Évszámok
    1. Charlemagne                              | Esemény | Évszám |
    2. Otto I                                   |---|---|
    - a) crowned in Rome in 962                 | Mohi csata | 1526 |
    - b) crowned in Rome in 800                 | Mohácsi csata | 1241 |
    …                                           …
    **Exercise 2:** 1 – b · 2 – a               **Feladat 3:** Mohács – 1526 · Mohi – 1241

1. **The key** is a paragraph opening with a bold label that holds a number (`**Exercise 2:**`,
   `**2. feladat:**`), then a run of two entries or more `left – right` separated by `·`, `•`, `;` or `|`
   (or commas). The exercise is the earlier section whose title opens with the label's words.
2. **Number keys** (`1 – C`): the section's items are numbered, as table rows (a number cell, the item in
   the next cell) or as an ordered list; the definitions are lettered, as table cells (a letter cell, the
   definition in the next cell) or as list items or lines (`a) …`, `(B) …`). Item N is the front, the
   definition of its letter the back; a plain value (`3 – 1848`) is the back itself.
3. **Name keys** (`Mohács – 1526`): the items are the first column of the section's table, each named by
   the entry whose left side opens it (`Mohács` names `Mohácsi csata`); the entry's value is the back.
4. An item the key leaves out, or whose entry is a placeholder (`?`, `—`) or a letter no definition has,
   is `unanswered`.

Context: the cleaned heading path of the exercise's section.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, Section, list_items, may_open_a_line_with, table_cells
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "matching-key"

# `**2. feladat:** 1 – b · 2 – a`, `**Exercise 3:** …`: the key's bold label (a number in it) and its run.
_KEY = re.compile(
    r"^[ \t]*(?:\*\*|__)(?P<label>[^*_\n]{0,30}?\d[^*_\n]{0,30}?)[ \t]*[:：]?(?:\*\*|__)[ \t]*[:：]?[ \t]*(?P<run>\S.*)$"
)
_KEY_OPENING = re.compile(r"^(?:\*\*|__)[^*_\n]{0,10}\d", re.M)
_SEPARATORS = re.compile(r"[ \t]*[·•;|][ \t]*")
_COMMAS = re.compile(r"[ \t]*,[ \t]*")
# `Mohács – 1526`: an entry split at a spaced dash; `1–C`, `2-b`: a number and its key, unspaced.
_SPACED_ENTRY = re.compile(r"^(?P<left>\S.*?)[ \t]+[–—-][ \t]+(?P<right>.*?)$")
_NUMBER_ENTRY = re.compile(r"^(?P<left>\d{1,3})[ \t]*[–—-][ \t]*(?P<right>\S*)$")
_NUMBER = re.compile(r"^(\d{1,3})\.?$")
_LETTER = re.compile(r"^\(?([A-Za-z])[).]?$")
# `a) …`, `(B) …`, `C. …`: a lettered definition on a list item or line.
_LETTERED = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\(?([A-Za-z])[).][ \t]+(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+(?P<text>\S.*)$")
_PLACEHOLDER = re.compile(r"^[\W_]*$")
_MIN_KEYED = 2

Entry = tuple[str, str]
"""(left side, right side) of a key entry"""


def _may_hold_a_key(doc: Document) -> bool:
    """False only when no line opens with a bold label holding a digit in its first characters."""
    return may_open_a_line_with(doc, _KEY_OPENING)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from matching exercises answered by a key paragraph (see the module docstring)."""
    if not _may_hold_a_key(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        key = _KEY.match(" ".join(doc.lines[block.first : block.last]))
        if key is None:
            continue
        entries = _entries(key.group("run"))
        section = _exercise(doc, key.group("label"), index) if entries else None
        if section is None or entries is None:
            continue
        found = _pairs(doc, taken, section, entries)
        if found is None:
            continue
        pairs, blocks = found
        if sum(1 for _, _, answer in pairs if answer) < _MIN_KEYED:
            continue
        path = heading_path(doc, section.block + 1 if section.body else section.block)
        context = tuple(clean_heading(p) for p in path)
        for line, front, answer in pairs:
            if answer:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, front, answer, context, topic_tags(path)))
            else:
                diagnostics.append(unanswered(doc.loc(line), front, "no answer"))
        for i in (*blocks, index):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _entries(run: str) -> list[Entry] | None:
    """The entries of a key's run, or None when the run is not made of two entries or more."""
    parts = _SEPARATORS.split(run.strip()) if _SEPARATORS.search(run) else _COMMAS.split(run.strip())
    entries: list[Entry] = []
    for part in parts:
        entry = _SPACED_ENTRY.match(part) or _NUMBER_ENTRY.match(part)
        if entry is None:
            return None
        entries.append((entry.group("left").strip(), entry.group("right").strip()))
    return entries if len(entries) >= _MIN_KEYED else None


def _exercise(doc: Document, label: str, key: int) -> Section | None:
    """The last section before block KEY whose title opens with the label's words."""
    words = " ".join(label.split()).casefold().rstrip(":：")
    found = None
    for section in doc.sections:
        if section.block >= key:
            break
        if " ".join(section.title.split()).casefold().startswith(words):
            found = section
    return found


def _pairs(
    doc: Document, taken: Mapping[int, str], section: Section, entries: list[Entry]
) -> tuple[list[tuple[int, str, str]], list[int]] | None:
    """(line, item, answer or "") for each item of the exercise, and the blocks read, or None when the
    section holds no exercise the key fits."""
    body = [i for i in section.body if is_free(doc, taken, i)]
    if all(_NUMBER.match(left) for left, _ in entries):
        items, definitions, blocks = _numbered(doc, body)
        keyed = {int(left): right for left, right in entries}
        if not items or sum(1 for n in keyed if n in items) < len(keyed) - 1:
            return None
        pairs = []
        for n, (line, item) in items.items():
            right = keyed.get(n, "")
            letter = _LETTER.match(right)
            if letter is not None and definitions:
                answer = definitions.get(letter.group(1), "")
            else:
                answer = "" if _PLACEHOLDER.match(right) else right
            pairs.append((line, item, answer))
        return pairs, blocks
    for i in body:
        if doc.blocks[i].kind != "table":
            continue
        _, rows = table_cells(doc, doc.blocks[i])
        names = [(line, cells[0].content.strip()) for line, cells in rows if cells and cells[0].content.strip()]
        named: dict[int, str] = {}
        for left, right in entries:
            matches = [n for n, (_, name) in enumerate(names) if name.casefold().startswith(left.casefold())]
            if len(matches) != 1:
                return None
            named[matches[0]] = "" if _PLACEHOLDER.match(right) else right
        return [(line, name, named.get(n, "")) for n, (line, name) in enumerate(names)], [i]
    return None


def _numbered(doc: Document, body: list[int]) -> tuple[dict[int, tuple[int, str]], dict[str, str], list[int]]:
    """The numbered items (number -> (line, text)) and lettered definitions (letter -> text) of a section's
    blocks, and the blocks holding them."""
    items: dict[int, tuple[int, str]] = {}
    definitions: dict[str, str] = {}
    blocks: list[int] = []
    for i in body:
        block = doc.blocks[i]
        before = (len(items), len(definitions))
        if block.kind == "table":
            _, rows = table_cells(doc, block)
            for line, cells in rows:
                texts = [cell.content.strip() for cell in cells]
                for n, text in enumerate(texts):
                    following = next((t for t in texts[n + 1 :] if t), "")
                    number, letter = _NUMBER.match(text), _LETTER.match(text)
                    if number is not None and following and not _LETTER.match(following):
                        items.setdefault(int(number.group(1)), (line, following))
                    elif letter is not None and following:
                        definitions.setdefault(letter.group(1), following)
        elif block.kind in ("ordered_list", "bullet_list"):
            for first, _ in list_items(doc, block):
                opening = doc.lines[first]
                lettered, numbered = _LETTERED.match(opening), _NUMBERED.match(opening)
                if lettered is not None:
                    definitions.setdefault(lettered.group(1), lettered.group("text").strip())
                elif numbered is not None and block.kind == "ordered_list":
                    items.setdefault(int(numbered.group(1)), (first, numbered.group("text").strip()))
        elif block.kind == "paragraph":
            for n in range(block.first, block.last):
                lettered = _LETTERED.match(doc.lines[n])
                if lettered is not None:
                    definitions.setdefault(lettered.group(1), lettered.group("text").strip())
        if (len(items), len(definitions)) != before:
            blocks.append(i)
    return items, definitions, blocks
