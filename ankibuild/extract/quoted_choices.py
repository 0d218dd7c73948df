"""Multiple-choice questions keyed in a quote right under their options, as revision groups and lecture
notes write them in many languages:

    **QCM 3 :** Parmi les propositions suivantes, lesquelles sont exactes ?
    - A. Ils sont formés de dimères de tubuline.
    - B. Leur diamètre est d'environ 7 nm.

    > **Réponses : AC**
    > B : 25 nm.

    **🔘 Clicker Q:** Which change would *decrease* GFR?
    A) afferent dilation  B) ureter obstruction  C) decreased plasma protein

    > **Ans: B** — obstruction raises the capsule's pressure.

1. **The stem** is a free paragraph, opening or not with a short bold label (`**QCM 3 :**`, `**Clicker Q:**`,
   `**Question 2.**`); the stem need not ask (`Concernant les transports membranaires :`).
2. **The options** are lettered in order from A, one a line or spaced on one line (`answers.options_only`):
   the paragraph's lines after the stem, or a list right after it (`- A. …`).
3. **The key** is the plain blockquote right after, whose first line opens with an answer label, singular
   or plural, in bold with the key inside it or not (`**Réponses : ACD**`, `**Ans: B** — …`, `**Answer:** C`);
   the rest of the quote explains it.

The front is the stem without its label; the back the options, the key line and the explanation. A key that
names no option and is only an aside (`**Réponses :** _(à vérifier avec le prof)_`) or empty is reported
`unanswered`. A document with such an item also reads its open items keyed the same way (a bold-labelled
stem without options over `> **Ans:** 120 mL/min.`): the quote without its label is the back, an aside alone
leaves the item unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason, options_only, read_box, unquote
from .document import Document, block_kinds, free_blocks_of, lazy_pattern
from .questions import ANSWER_LABEL_WORDS

CONVENTION = "quoted-choice"

# `**Réponses : ACD**`, `**Ans: B** — …`, `**Answer:** C`, `Antworten: B`: an answer label (plural or not)
# opening a quote's first line; the bold may close after the colon or after the key.
_KEY_LABEL = lazy_pattern(
    r"^[ \t]*(?P<b>\*\*|__)?(?:correct[ \t]+)?(?:" + ANSWER_LABEL_WORDS + r")(?:s|en)?[ \t]*[:：][ \t]*", re.I
)
# `**QCM 3 :**`, `**🔘 Clicker Q:**`, `**Question 2.**`, `**7)**`: a short bold label opening the stem.
_STEM_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<label>[^*_\n]{1,30}?)[ \t]*(?:[:：.)](?P=b)|(?P=b)[ \t]*[:：.)])[ \t]+(?=\S)"
)
_MAX_LABEL_WORDS = 4
# `ACD`, `B`, `(C)`, `A, C et D`, `B and D`: a key naming options by their letters.
_LETTER_KEY = lazy_pattern(
    r"^[(\[]?[A-H](?:(?:[ \t]*[,/&+;][ \t]*|[ \t]+(?:et|and|und|y|e|i)[ \t]+|[ \t]*)[A-H])*[)\]]?(?=$|[\s.,;:—–-])"
)
# `_(à vérifier avec le prof)_`, `*(missed it — check slide 23)*`: a remark in brackets and italics, alone.
_ASIDE = lazy_pattern(r"^(?P<e>[_*]{1,2})[(\[][^\n]*[)\]](?P=e)$")
_LIST_MARKER = lazy_pattern(r"^[ \t]*[-*+][ \t]+")


@dataclass(frozen=True, slots=True)
class _Item:
    stem: int
    """Index of the stem's paragraph."""
    question: str
    """The stem without its label."""
    labelled: bool
    """True when the stem opens with a bold label."""
    options: str
    """The options as written, empty for an open item."""
    key: int
    """Index of the key's blockquote."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from stems over options keyed in a quote (see the module docstring)."""
    if "blockquote" not in block_kinds(doc):
        return RuleResult()
    keys = [i for i in free_blocks_of(doc, taken, ("blockquote",)) if _KEY_LABEL.match(unquote(doc.lines[doc.blocks[i].first]))]
    items = [item for key in keys if (item := _item(doc, taken, key)) is not None]
    if not any(item.options for item in items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for item in items:
        if not item.options and not item.labelled:
            continue  # an open stem is read only when it is labelled as the choice items are
        quote = unquote(doc.block_text(item.key)).strip()
        label = _KEY_LABEL.match(quote)
        assert label is not None  # `extract` chose the quote by it
        rest = quote[label.end() :]
        bold = label.group("b")
        if bold and not rest.startswith(bold):
            rest = rest.replace(bold, "", 1)  # `**Réponses : ACD**`: the bold closes after the key
        elif bold:
            rest = rest[len(bold) :]
        rest = rest.strip()
        first = rest.split("\n", 1)[0].strip()
        reason = empty_reason(rest)
        if reason is None and not _LETTER_KEY.match(first) and _ASIDE.match(first) and "\n" not in rest:
            reason = "placeholder"
        back = f"{item.options}\n\n{quote}" if item.options else rest
        block_card(
            doc, CONVENTION, item.stem, doc.blocks[item.key].last, item.question, back, reason, (drafts, diagnostics, claims)
        )
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, taken: Mapping[int, str], key: int) -> _Item | None:
    """The item keyed by the quote at block KEY, or None when no free stem stands right before it."""
    if read_box(doc, doc.tokens[doc.blocks[key].start]) is not None:
        return None  # a callout (`> [!note]`): the box rules read it
    options = ""
    before = key - 1
    if before >= 0 and doc.blocks[before].kind == "bullet_list" and _free(doc, taken, before):
        lines = [_LIST_MARKER.sub("", line, count=1) for line in doc.block_text(before).split("\n") if line.strip()]
        if not options_only("\n".join(lines)):
            return None
        options = doc.block_text(before).strip("\n")  # the back keeps the list as written
        before -= 1
    if before < 0 or doc.blocks[before].kind != "paragraph" or not _free(doc, taken, before):
        return None
    lines = doc.block_text(before).strip("\n").split("\n")
    if not options:
        for n in range(1, len(lines)):
            if options_only("\n".join(lines[n:])):
                options, lines = "\n".join(lines[n:]), lines[:n]
                break
    stem = "\n".join(lines).strip()
    label = _STEM_LABEL.match(stem)
    if label is not None and len(label.group("label").split()) <= _MAX_LABEL_WORDS:
        stem = stem[label.end() :].strip()
    else:
        label = None
    if not stem:
        return None
    return _Item(before, " ".join(stem.split()), label is not None, options, key)


def _free(doc: Document, taken: Mapping[int, str], index: int) -> bool:
    block = doc.blocks[index]
    return taken.keys().isdisjoint(range(block.first, block.last))
