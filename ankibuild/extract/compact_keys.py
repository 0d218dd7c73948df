"""Compact keys: an exam sheet's numbered items answered by number in a key at the end, several to a line.

    **1.** In which year did the Berlin Wall fall?
       a) 1987   b) 1989   c) 1991

    **2.** The Danube flows into the Black Sea. ____

    **3.** Name two causes of the First World War.

    ## Key

    **Part I:** 1-b · 2-V

    - **3)** The alliance system and the assassination in Sarajevo.

gives one card per item: the item's text without its number on the front, its options (if any) and its key
on the back (`b`, `V`, the sentence). The key is recognised by its shape, not
its title: a paragraph holding a run of three entries or more `number-key` (`1-b · 2-c · 3-a`, also
`1–b`, `1) b`, `1=b`, separated by `·`, `•`, `,`, `;` or `|`), a bold label before the run allowed
(`**Part I:**`); in the same section, list items opening with a bold number (`- **10)** …`) key the longer
answers. The items are paragraphs before that section opening with a bold number (`**1.**`, `**12)**`)
whose numbers, for the most part, the key gives. An item whose key is missing, empty or a placeholder
(`*(not written yet)*`) is reported `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, options_only, unanswered
from .document import Document, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "compact-key"

_ENTRY = r"(\d{1,3})[ \t]*(?:[-–=]|\))[ \t]*([A-Za-z]\b|[✓✔✗✘])"
_SEP = r"[ \t]*[·•,;|][ \t]*"
# The cheap precheck and the shape of a key paragraph's run: three entries in a row.
_RUN = re.compile(_ENTRY + _SEP + _ENTRY + _SEP + _ENTRY)
_ONE_ENTRY = re.compile(r"(?:^|(?<=[·•,;|]))[ \t]*" + _ENTRY + r"(?P<rest>[^·•,;|\n]*)")
_KEY_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)[ \t]*")
_BOLD_NUMBER_OPENING = re.compile(r"^(?:\*\*|__)\d{1,3}[.)](?:\*\*|__)", re.M)
_BOLD_NUMBER = re.compile(r"^[ \t]*(?:\*\*|__)(\d{1,3})[.)](?:\*\*|__)[ \t]*(?P<text>\S.*)$")
_KEY_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+(?:\*\*|__)(\d{1,3})[.)](?:\*\*|__)[ \t]*(?P<text>.*)$")
_MIN_KEYED = 3
# `… an Frans. ____`: a blank at the end of the line is where the key is written, not part of the statement.
_ANSWER_SLOT = re.compile(r"(?<=[.!?])[ \t]+_{3,}[ \t]*$")


# `a) 1791   b) 1804   c) 1806`: options in order spaced on one line, lower case or capitals.
_SPACED_OPTIONS = re.compile(r"^[ \t]*(?:a[.)][ \t]+\S.*?[ \t]{2,}b[.)][ \t]+\S.*|A[.)][ \t]+\S.*?[ \t]{2,}B[.)][ \t]+\S.*)$")


def _options(lines: str) -> bool:
    """The lines under an item's question are its options only."""
    return options_only(lines) or all(_SPACED_OPTIONS.match(line) for line in lines.splitlines() if line.strip())


def _may_hold_key(doc: Document) -> bool:
    """False when no line opens with a bold number (`**3.**`, the items the key answers) or none holds a run
    of three `number-letter` entries: the cheap precheck, the first test on the short text of the marked line
    openings, the second on the whole."""
    return may_open_a_line_with(doc, _BOLD_NUMBER_OPENING) and _RUN.search(doc.source.text) is not None


def _key_line(run: str) -> bool:
    """A line of the key (its bold label removed) that opens with an entry and holds two or more
    (`7-V · 8-F (the North only) · 9-V`: a remark may follow an entry's key)."""
    return re.match(r"[ \t]*" + _ENTRY, run) is not None and len(_ONE_ENTRY.findall(run)) >= 2


def _key_entries(doc: Document, taken: Mapping[int, str]) -> tuple[int, dict[int, tuple[str, int]]] | None:
    """The first block of the key's section and its entries (number → key text, line), or None."""
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        if _RUN.search(text) is None:
            continue
        section = doc.section_of_block(index)
        if section is None:
            return None
        entries: dict[int, tuple[str, int]] = {}
        for i in section.body:
            kind = doc.blocks[i].kind
            for n in range(doc.blocks[i].first, doc.blocks[i].last):
                line = doc.lines[n]
                run = _KEY_LABEL.sub("", line, count=1)
                if kind == "paragraph" and _key_line(run):
                    for match in _ONE_ENTRY.finditer(run):
                        rest = match.group("rest").strip()
                        entries.setdefault(int(match.group(1)), (f"{match.group(2)} {rest}".strip(), n))
                elif kind == "bullet_list" and (item := _KEY_ITEM.match(line)) is not None:
                    body = [item.group("text")]
                    for m in range(n + 1, doc.blocks[i].last):
                        if _KEY_ITEM.match(doc.lines[m]) or not doc.lines[m].startswith((" ", "\t")):
                            break
                        body.append(doc.lines[m].strip())
                    entries.setdefault(int(item.group(1)), (" ".join(b for b in body if b), n))
        return section.block, entries
    return None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing bold-numbered items with a compact key by number."""
    if not _may_hold_key(doc):
        return RuleResult()
    found = _key_entries(doc, taken)
    if found is None:
        return RuleResult()
    key_head, entries = found
    items: list[tuple[int, int, str]] = []
    for index, block in enumerate(doc.blocks[: key_head + 1]):
        if index >= key_head:
            break
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        match = _BOLD_NUMBER.match(doc.lines[block.first])
        if match is not None:
            first_line = _ANSWER_SLOT.sub("", match.group("text"))
            rest = [first_line, *(doc.lines[n].strip() for n in range(block.first + 1, block.last))]
            items.append((index, int(match.group(1)), "\n".join(rest)))
    keyed = [number for _, number, _ in items if number in entries]
    if len(keyed) < _MIN_KEYED or 2 * len(keyed) < len(items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, number, text in items:
        block = doc.blocks[index]
        loc = doc.loc(block.first)
        key = entries.get(number)
        answer = key[0] if key is not None else ""
        reason = empty_reason(answer) if answer.strip() else "no answer"
        question = text.split("\n", 1)[0].strip()
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims |= claim(block.first, block.last, "unanswered")
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            front, options = text, ""
            if "\n" in text and _options(text.split("\n", 1)[1]):
                front, options = text.split("\n", 1)  # the options go on the back, above the key's letter
            back = f"{options}\n\n{answer}" if options else answer
            drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(path)))
            claims |= claim(block.first, block.last, "card")
    section = next(s for s in doc.sections if s.block == key_head)
    for i in section.body:  # the key's section is the key: its labels, runs and keyed items
        claims |= claim(doc.blocks[i].first, doc.blocks[i].last, "card")
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
