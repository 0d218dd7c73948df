"""Named definitions and results of lecture notes: a lead-in that numbers a statement and names it.

    **Definition 7.1 (Subgroup).** Let $G$ be a group. A subset $H$ is a subgroup if …

    **Proposition 7.2 (Subgroup criterion).** A subset $H$ of $G$ is a subgroup iff
    1. $H \\neq \\emptyset$, and
    2. for all $x, y \\in H$, $xy^{-1} \\in H$.

    *Proof.* … ∎

A paragraph opening with a statement kind (`Definition`, `Def.`, `Theorem`, `Proposition`, `Lemma`,
`Corollary`, `Axiom`, and `Definición`, `Teorema`, `Satz`, `Définition`, `Théorème`, `Twierdzenie`,
`Определение` …), an optional number, and a name in parentheses, closed by `.` or `:` (bold, italic or
plain: `**Definition 7.1 (Subgroup).**`, `Def. 3 (Term):`, `**Definition 4.2 (*Term*).**`, `**Definition 2.1** (Group).`) is a card: the
name asks, the rest of the paragraph answers, with the display math and lists right after it, and a
`*Proof.*` paragraph that follows a result. The next labelled paragraph (`**Example 7.3.**`), heading, rule
or plain paragraph ends it. A statement without a name (`**Theorem 7.10.**`) is left alone: its number is
no question. A named statement with nothing after its lead-in is unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason
from .document import Document, free_blocks_of, lazy_pattern, may_open_a_line

CONVENTION = "named-statement"

_KINDS = (
    r"definition|defn?\.?|theorem|thm\.?|proposition|prop\.?|lemma|corollary|cor\.?|axiom|postulate|principle"
    r"|definici[óo]n|teorema|proposici[óo]n|lema|corolario|d[ée]finition|th[ée]or[èe]me|lemme|corollaire"
    r"|satz|korollar|folgerung|definizione|proposizione|corollario|defini[çc][ãa]o|proposi[çc][ãa]o|corol[áa]rio"
    r"|definicja|twierdzenie|lemat|wniosek|definice|v[ěe]ta|определение|теорема|лемма|следствие|tan[ıi]m|teorem"
    r"|defin[íi]ci[óo]|t[ée]tel"
)
# `**Definition 7.1 (Subgroup).**`, `**Def. 3 (Term):**`, `*Lemma (Zorn).*`, `Definition (Term).`, and the
# name in italics (`(*Term*)`); the closing mark may follow the punctuation or precede it.
_LEAD = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__|\*|_)?(?i:" + _KINDS + r")(?:[ \t]+\d+(?:\.\d+)*[a-z]?)?[ \t]*"
    r"\((?P<name>[^()\n]{1,80})\)[ \t]*(?(b)(?:[.:：][ \t]*(?P=b)|(?P=b)[ \t]*[.:：])|[.:：])(?=[ \t]|$)[ \t]*"
)
# `**Definition 2.1** (Group).`, `*Lemma 3* (Zorn):`: the emphasis closed before the name.
_LEAD_OUTSIDE = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__|\*|_)(?i:" + _KINDS + r")(?:[ \t]+\d+(?:\.\d+)*[a-z]?)?[ \t]*(?P=b)[ \t]*"
    r"\((?P<name>[^()\n]{1,80})\)[ \t]*[.:：](?=[ \t]|$)[ \t]*"
)
# Every match of `_LEAD` or `_LEAD_OUTSIDE` opens its line with a word starting with one of these (lower case): the cheap test.
_MARKS = (
    "def", "déf", "thm", "theor", "théor", "prop", "lem", "cor", "kor", "axiom", "postul", "princip", "teorem", "satz",
    "folgerung", "twierdz", "wniosek", "věta", "veta", "опред", "теорем", "лемм", "следств", "tanım", "tanim",
    "tétel", "tetel",
)  # fmt: skip
_PROOF = lazy_pattern(
    r"^[ \t]{0,3}(?:\*\*|__|\*|_)?(?i:proof|proof sketch|sketch of proof|beweis|d[ée]monstration|demostraci[óo]n"
    r"|dimostrazione|demonstra[çc][ãa]o|dow[óo]d|d[ůu]kaz|доказательство|bizony[íi]t[áa]s)[ \t]*[.:]"
)
_RESULT_KINDS = re.compile(r"^\W*(?!def|опред|tan[ıi]m)", re.I)
_EMPHASIS = re.compile(r"^(?:\*\*|__|\*|_)(?P<inner>[^*_]+)(?:\*\*|__|\*|_)$")
# A reference in the parentheses: a number ending them, a section or page mark, `see` / `cf.`.
_CITATION = re.compile(r"\d\W*$|§|\bpp?\.\s*\d|^(?:see|cf\.|vgl\.|voir|siehe)\b|\[", re.I)
_FOLLOWING = ("math_block", "ordered_list", "bullet_list")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from named definitions and results (see the module docstring)."""
    if not _may_lead(doc, taken):
        return RuleResult()  # no free paragraph opens with a named statement's lead
    if "(" not in doc.source.text or not may_open_a_line(doc, _MARKS):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        lead = _LEAD.match(doc.lines[block.first]) or _LEAD_OUTSIDE.match(doc.lines[block.first])
        if lead is None:
            continue
        name = lead.group("name").strip()
        inner = _EMPHASIS.match(name)
        name = inner.group("inner").strip() if inner else name
        if not name or name[0].isdigit() or _CITATION.search(name):
            continue  # `Theorem 3 (2.1)`, `Lemma 4 (Rudin 3.2)`, `(see §2)`: a reference, not a name
        parts = [(doc.lines[block.first][lead.end() :] + "\n" + doc.text(block.first + 1, block.last)).strip()]
        is_result = _RESULT_KINDS.match(lead.group(0).lstrip(" \t*_")) is not None
        end = index + 1
        while end < len(blocks) and is_free(doc, taken, end):
            nxt = blocks[end]
            if nxt.kind in _FOLLOWING or (nxt.kind == "paragraph" and is_result and _PROOF.match(doc.lines[nxt.first])):
                parts.append(doc.text(nxt.first, nxt.last))
                end += 1
                continue
            break
        answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
        block_card(doc, CONVENTION, index, blocks[end - 1].last, name, answer, empty_reason(answer), (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_lead(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph's first line opens with a lead (`_LEAD`, `_LEAD_OUTSIDE`): `extract`
    reads only such paragraphs, so only the few left free late in the chain are tried."""
    lines, blocks = doc.lines, doc.blocks
    return any(
        _LEAD.match(lines[blocks[i].first]) or _LEAD_OUTSIDE.match(lines[blocks[i].first])
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )
