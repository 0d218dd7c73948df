"""Verdict items: a list of statements each judged true or false on its own line.

    ## Sant eller usant?

    1. Arteriene fører alltid oksygenrikt blod. — **Usant** (lungearterien fører oksygenfattig blod)
    2. Venene har klaffer. — **Sant**

gives one card per statement: the statement on the front, the verdict and its reason on the back
(`Usant (lungearterien fører oksygenfattig blod)`). The heading above is the cards' context: a title such as
`True or false?` names the exercise, it is not a question of its own.

**What counts.** A free top-level list (numbered or bulleted) whose every item, at least two, is one line:
a statement, a dash or arrow (`—`, `–`, `-`, `→`, `:`), then a verdict in bold or italics from a true/false
pair (`True`/`False`, `T`/`F`, `Richtig`/`Falsch`, `Vrai`/`Faux`, `Verdadero`/`Falso`, `Vero`/`Falso`,
`Verdadeiro`/`Falso`, `Waar`/`Onwaar`, `Sant`/`Usant`, `Rätt`/`Fel`, `Sandt`/`Falsk`, `Riktig`/`Feil`,
`Tosi`/`Epätosi`, `ਸਹੀ`/`ਗਲਤ` in Punjabi, `सही`/`गलत` in Hindi,
`சரி`/`தவறு` in Tamil), then an optional reason. When every block of a section is such a list, the section's
heading is claimed with the cards (it titles the exercise).

**Trailing verdicts.** Exam notes in Spanish, Portuguese and Italian put the verdict after the statement's
full stop, in bold, and the justification after a dash: `1. En paginación pura hay fragmentación externa.
**F** — hay fragmentación interna.` (`V`/`F` for verdadero / falso, verdadeiro / falso, vero / falso). In a
list of such lines, at least two of them and half of its items judged, an item that is a bare one-line
statement without its verdict is a question still to answer: reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings, claim, is_free
from .answers import unanswered
from .document import Document
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "verdict-item"

_VERDICTS = (
    r"true|false|t|f|richtig|falsch|wahr|vrai|faux|verdadero|falso|vero|verdadeiro|waar|onwaar|niet\s+waar|"
    r"sant|usant|sann|falsk|feil|riktig|rätt|fel|sandt|tosi|epätosi|v|ਸਹੀ|ਗਲਤ|ਗ਼ਲਤ|सही|गलत|ग़लत|சரி|தவறு"
)
_ITEM = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<statement>\S.*?\S)[ \t]*(?:[—–→:]|--?|->)[ \t]*"
    rf"(?P<m>\*\*|__|\*|_)(?P<verdict>{_VERDICTS})[.!]?(?P=m)[.!]?(?:[ \t]+(?P<reason>\S.*?))?[ \t]*$",
    re.I,
)
# A verdict in bold or italics anywhere in the text: the cheap precheck, one pass.
_ANY_VERDICT = re.compile(rf"(?:\*\*|__|\*|_)(?:{_VERDICTS})[.!]?(?:\*\*|__|\*|_)", re.I)


# `1. Statement. **F** — reason`: the verdict in bold after the statement's closing mark (`_ITEM`'s dash
# comes after it, if at all).
_TRAILING_ITEM = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<statement>\S.*?[.!)\]\"”»])[ \t]+"
    rf"(?P<m>\*\*|__)(?P<verdict>{_VERDICTS})[.!]?(?P=m)(?:[ \t]*(?:[—–:→]|--?|->)[ \t]*(?P<reason>\S.*?))?[ \t]*$",
    re.I,
)
# A one-line list item stating something, not asking (`4. LRU sufre la anomalía de Belady.`).
_BARE_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<statement>[^?？\s][^?？]*?\S)[ \t]*$")


def _judged(line: str) -> re.Match[str] | None:
    """The line as a judged statement, the verdict after a dash (`_ITEM`) or after the statement (`_TRAILING_ITEM`)."""
    return _ITEM.match(line) or _TRAILING_ITEM.match(line)


def _unjudged(lines: list[tuple[int, str]], matches: list[tuple[int, re.Match[str] | None]]) -> list[tuple[int, str]] | None:
    """The statements left without a verdict in a list most of whose items are judged, or None when the list
    is not such a list: at least two judged items and half of them, every other item a bare statement that
    names no verdict (`— **Falso**, fu Augusto.` is judged, in a shape left to the other rules)."""
    judged = sum(1 for _, m in matches if m is not None)
    if judged < 2 or 2 * judged < len(matches):
        return None
    bare: list[tuple[int, str]] = []
    for (n, line), (_, m) in zip(lines, matches, strict=True):
        if m is None:
            item = _BARE_ITEM.match(line)
            if item is None or _ANY_VERDICT.search(line) is not None:
                return None  # not a bare statement, or judged in a way the items do not read
            bare.append((n, item.group("statement")))
    return bare


def _may_hold_verdicts(doc: Document) -> bool:
    """False only when no list's first line holds a bold or italic verdict: a list becomes cards only when
    every line of it is a judged statement (`_ITEM`). Only those lines are searched, not the whole text,
    where every `_` of an identifier would be tried as the verdict's emphasis."""
    lines = doc.lines
    for block in doc.blocks:
        if block.kind in ("ordered_list", "bullet_list"):
            first = next((line for line in lines[block.first : block.last] if line.strip()), "")
            if _ANY_VERDICT.search(first) is not None:
                return True
    return False


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from lists of statements each followed by a true/false verdict."""
    if not _may_hold_verdicts(doc):
        return RuleResult()  # no list opens with a bold or italic verdict
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("ordered_list", "bullet_list") or not is_free(doc, taken, index):
            continue
        lines = [(n, doc.lines[n]) for n in range(block.first, block.last) if doc.lines[n].strip()]
        matches = [(n, _judged(line)) for n, line in lines]
        if len(matches) < 2:
            continue
        if any(m is None for _, m in matches):
            bare = _unjudged(lines, matches)
            if bare is None:
                continue
            diagnostics.extend(unanswered(doc.loc(n), statement, None) for n, statement in bare)
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, match in matches:
            if match is None:
                continue
            verdict = match.group("verdict")
            reason = match.group("reason") or ""
            answer = f"**{verdict}** {reason}".strip()
            drafts.append(CardDraft(doc.loc(n), CONVENTION, match.group("statement"), answer, context, topic_tags(path)))
        claims |= claim(block.first, block.last, "card")
        carded.add(index)
    claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
