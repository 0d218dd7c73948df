"""A closing word to the reader is no card: the last question of a page, set apart after its last rule,
that asks the reader something and answers with a cheer or an invitation.

    ---

    ## Further reading

    - [A good book](https://example.org)

    **Any questions left?** Ask in the group chat. Good luck, everyone! 💪

    [⬆ Back to top](#notes)

A card is such a word when it is the document's last card, stands after the document's last thematic break
(`---`) with no other card after that break, comes after three cards or more of the notes themselves, and its
answer exclaims (a word closed by `!` outside code: `Good luck!`, `Don't wait!`) or only says there is nothing
(`**Any other business?** None.`, the last item of a meeting's minutes). The notes above the break
are the study material; what follows the last break is the page's ending.
"""

from __future__ import annotations

import re

from ..records import CardDraft
from .document import Document, mask_code_and_math

_MIN_CARDS_BEFORE = 3
# `Good luck!`, `¡Ánimo!`: a word closed by an exclamation mark, the end of a sentence.
_EXCLAIMS = re.compile(r"[^\W\d_]{2,}[!！](?=\s|$|[^\w!=])")
_FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1", re.M | re.S)
# `None.`, `Nothing.`, `Keine.`, `Rien.`: an answer saying there is nothing, the closing item of minutes.
_NOTHING = re.compile(
    r"^[\W_]*(?:none|nothing|nope|no|nil|n/a|keine[sn]?|nichts|nein|ningun[ao]|nada|aucune?|rien|nessun[oa]?|niente|"
    r"нет|ничего|无|没有|沒有|なし|없음)[\W_]*$",
    re.I,
)


def without_closing_word(doc: Document, drafts: list[CardDraft], taken: dict[int, str]) -> list[CardDraft]:
    """DRAFTS without the last one when it is a closing word to the reader (see the module docstring); the
    lines its rule claimed for it are claimed again in TAKEN as skipped (`skip:closing`), so the build report
    names them."""
    if len(drafts) <= _MIN_CARDS_BEFORE:
        return drafts
    last = max(drafts, key=lambda d: d.loc.line)
    nothing = _NOTHING.match(last.answer) is not None
    if "!" not in last.answer and not nothing:
        return drafts  # the usual case, decided at once
    rules = [block.first for block in doc.blocks if block.kind == "hr"]
    if not rules:
        return drafts
    line = last.loc.line - 1  # 0-based
    before = [first for first in rules if first < line]
    if not before or len(before) != len(rules):
        return drafts  # no break above it, or one below it
    if any(d is not last and d.loc.line - 1 > before[-1] for d in drafts):
        return drafts
    if not nothing and not _EXCLAIMS.search(mask_code_and_math(_FENCE.sub("", last.answer))):
        return drafts
    made = taken.get(line)
    n = line
    while n < len(doc.lines) and taken.get(n) == made:
        taken[n] = "skip:closing"
        n += 1
    return [d for d in drafts if d is not last]
