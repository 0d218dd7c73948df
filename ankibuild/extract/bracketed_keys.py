"""Bracketed keys: a list of exercise lines, each keyed at its end by its answer in bold brackets.

    ### Fill in the blanks

    1. Plants take in __________ through their stomata. **(carbon dioxide)**
    2. The powerhouse of the cell is the __________. **(mitochondrion)**
    3. Light is bent when it passes into __________. **(      )**

    ### True or false

    4. Sound travels faster in water than in air. **(✓)**
    5. The Moon gives off its own light. **(✗)** — it reflects sunlight.

gives one card per line: the line without its key on the front (the blank left in it), the bracketed key on
the back, with the remark after a dash (`✗ — it reflects sunlight.`). An empty key, `**( )**`, is a blank
the writer has not filled yet: the line is reported `unanswered`.

**What counts.** A free top-level list (numbered or bulleted) whose every item, two at least, is one line
ending with a key in bold brackets (`**(…)**` or `__(…)__`), a remark after a dash allowed, and where every
line is an exercise: its text leaves a blank to fill in (a run of three `_` or `.` or more, `…`) or its key
is a tick or a cross (`✓`, `✔`, `✗`, `✘`, `×`, `✅`, `❌`). A list of notes that merely end with a bold aside
(`- Wear gloves **(required)**`) has no blank and no mark: it stays untouched. Two items keyed at least.
When every block of a section is such a list, the section's heading (`Fill in the blanks`) titles the
exercise and is claimed with the cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "bracketed-key"

_ITEM = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<front>\S.*?)[ \t]+"
    r"(?P<m>\*\*|__)[(（](?P<key>[^()（）\n]*)[)）](?P=m)"
    r"(?:[ \t]*(?:[—–]|--?)[ \t]*(?P<remark>\S.*?))?[ \t]*$"
)
# A blank to fill in: `__________`, `..........`, `…`.
_BLANK = re.compile(r"_{3,}|\.{3,}|…")
_MARKS = frozenset("✓✔✗✘×✅❌")


def _is_exercise(match: re.Match[str]) -> bool:
    """The line leaves a blank to fill in, or its key is a tick or a cross."""
    key = match.group("key").strip()
    return _BLANK.search(match.group("front")) is not None or (bool(key) and all(c in _MARKS or c.isspace() for c in key))


def _may_hold_keys(doc: Document) -> bool:
    """False when no bold bracket opens anywhere: the cheap precheck."""
    text = doc.source.text
    return "**(" in text or "__(" in text or "**（" in text


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from lists of exercise lines keyed at their end by a bold bracketed answer."""
    if not _may_hold_keys(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("ordered_list", "bullet_list") or not is_free(doc, taken, index):
            continue
        lines = [(n, doc.lines[n]) for n in range(block.first, block.last) if doc.lines[n].strip()]
        matches = [(n, _ITEM.match(line)) for n, line in lines]
        if len(matches) < 2 or any(m is None or not _is_exercise(m) for _, m in matches):
            continue
        if sum(1 for _, m in matches if m is not None and m.group("key").strip()) < 2:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, match in matches:
            assert match is not None
            front = match.group("front")
            key = match.group("key").strip()
            if not key:
                diagnostics.append(unanswered(doc.loc(n), front, None))
                continue
            remark = match.group("remark") or ""
            answer = f"{key} — {remark}" if remark else key
            drafts.append(CardDraft(doc.loc(n), CONVENTION, front, answer, context, topic_tags(path)))
        claims |= claim(block.first, block.last, "card")
        carded.add(index)
    for section in doc.sections:
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if body and all(i in carded for i in body) and is_free(doc, taken, section.block):
            head = doc.blocks[section.block]
            claims |= claim(head.first, head.last, "card")
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
