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

**Bracketed verdicts, other digits.** Exam sheets in Pashto, Dari, Persian or Urdu write the verdict in a bold
bracket after the statement (`۶. … **(ناسم)**`: `سم`/`ناسم`, `درست`/`نادرست`, `صحیح`/`غلط`) and number the
statements in Eastern Arabic digits, which CommonMark does not read as a list: a run of consecutive one-line
paragraphs each opening with a number is read as the list. An empty bold bracket (`**(     )**`) is the
verdict still to write: that statement is unanswered.
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
    r"sant|usant|sann|falsk|feil|riktig|rätt|fel|sandt|tosi|epätosi|v|ਸਹੀ|ਗਲਤ|ਗ਼ਲਤ|सही|गलत|ग़लत|சரி|தவறு|"
    r"سم|ناسم|درست|نادرست|صحیح|غلط"
)
_ITEM = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<statement>\S.*?\S)[ \t]*(?:[—–→:]|--?|->)[ \t]*"
    rf"(?P<m>\*\*|__|\*|_)(?P<verdict>{_VERDICTS})[.!]?(?P=m)[.!]?(?:[ \t]+(?P<reason>\S.*?))?[ \t]*$",
    re.I,
)
# A verdict in bold or italics anywhere in the text: the cheap precheck, one pass.
_ANY_VERDICT = re.compile(rf"(?:\*\*|__|\*|_)[(（]?(?:{_VERDICTS})[.!]?[)）]?(?:\*\*|__|\*|_)", re.I)
# An empty bold bracket closing a statement: the verdict left to write in (`**(     )**`).
_EMPTY_BRACKET = re.compile(r"[ \t]*(?:\*\*|__)[(（][ \t\u3000]*[)）](?:\*\*|__)[ \t]*$")
# A paragraph opening with a number: in digits of another script (`۶.`, `६.`), which CommonMark does not
# read as a list, a run of such one-line paragraphs is the list.
_NUMBERED_PARAGRAPH = re.compile(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+\S")


# `1. Statement. **F** — reason`: the verdict in bold after the statement's closing mark (`_ITEM`'s dash
# comes after it, if at all).
_TRAILING_ITEM = re.compile(
    r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<statement>\S.*?[.!)\]\"”»])[ \t]+"
    rf"(?P<m>\*\*|__)(?P<o>[(（])?(?P<verdict>{_VERDICTS})[.!]?(?(o)[)）])(?P=m)(?:[ \t]*(?:[—–:→]|--?|->)[ \t]*(?P<reason>\S.*?))?[ \t]*$",
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
            bare.append((n, _EMPTY_BRACKET.sub("", item.group("statement"))))
    return bare


def _may_hold_verdicts(doc: Document) -> bool:
    """False only when no list's first line holds a bold or italic verdict: a list becomes cards only when
    every line of it is a judged statement (`_ITEM`). Only those lines are searched, not the whole text,
    where every `_` of an identifier would be tried as the verdict's emphasis."""
    lines = doc.lines
    for block in doc.blocks:
        numbered = block.kind == "paragraph" and _NUMBERED_PARAGRAPH.match(lines[block.first]) is not None
        if block.kind in ("ordered_list", "bullet_list") or numbered:
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
    for indices in _units(doc, taken):
        index = indices[0]
        spans = [(doc.blocks[i].first, doc.blocks[i].last) for i in indices]
        lines = [(n, doc.lines[n]) for first, last in spans for n in range(first, last) if doc.lines[n].strip()]
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
        for i in indices:
            claims |= claim(doc.blocks[i].first, doc.blocks[i].last, "card")
        carded.update(indices)
    claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _units(doc: Document, taken: Mapping[int, str]) -> list[list[int]]:
    """The free lists of the document, each as its block index, and the runs of free one-line paragraphs
    numbered in another script's digits (`۶. …`), each as the indices of its paragraphs: the lists to read."""
    units: list[list[int]] = []
    run: list[int] = []
    for index, block in enumerate(doc.blocks):
        numbered = (
            block.kind == "paragraph"
            and block.last - block.first == 1
            and _NUMBERED_PARAGRAPH.match(doc.lines[block.first]) is not None
            and is_free(doc, taken, index)
        )
        if numbered:
            run.append(index)
            continue
        if run:
            units.append(run)
            run = []
        if block.kind in ("ordered_list", "bullet_list") and is_free(doc, taken, index):
            units.append([index])
    if run:
        units.append(run)
    return units
