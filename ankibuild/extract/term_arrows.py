"""Terms to recall from their description, given in bold at the end of a list item after a left arrow, as
right-to-left notes write "name the term" drills (the arrow points at the end of the line):

    ## اكتب المصطلح العلمي

    - غدة تقع أسفل المخ وتتصل بالهيبوثالامس ← **الغدة النخامية**
    - هرمون يفرزه البنكرياس ويخفض مستوى الجلوكوز ← **الأنسولين**
    - هرمون يرفع مستوى الجلوكوز في الدم ← ؟؟

An item of a bullet list reads as a description, a left arrow (`←`, `⬅`), then the term, wholly bold: the
description is the front, the term the back. A term left out (nothing after the arrow, or only `?` / `؟`,
dots, dashes or underscores) leaves its item `unanswered`. A list is read when two of its items or more
are answered and every item has that shape (a description of three words or more, a term of six words or
fewer), so a list of steps with an arrow somewhere stays with the other rules. The headings above are the
cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import unanswered
from .document import Document, free_blocks_of, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "term-arrow"

_MIN_ANSWERED = 2
_ARROWS = ("←", "⬅")
# `- description ← **term**`, `- description ← ؟؟`, `- description ←`: one line, the arrow before its end.
_ITEM = re.compile(
    r"^[ \t]*[-*+][ \t]+(?P<front>\S.*?)[ \t]*(?:←|⬅\ufe0f?)[ \t]*"
    r"(?:(?P<b>\*\*|__)(?P<term>[^*_\n]+?)(?P=b)|(?P<blank>[?؟.…_\-]*))[ \t]*$"
)
_MAX_TERM_WORDS = 6
_MIN_FRONT_WORDS = 3


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bullet items `description ← **term**` (see the module docstring)."""
    if not any(text_holds(doc, arrow) for arrow in _ARROWS):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in free_blocks_of(doc, taken, ("bullet_list",)):
        block = doc.blocks[index]
        items = []
        for first, last in list_items(doc, block):
            match = _ITEM.match(doc.lines[first]) if last - first == 1 else None
            if match is None or len(match.group("front").split()) < _MIN_FRONT_WORDS:
                break
            term = match.group("term")
            if term is not None and len(term.split()) > _MAX_TERM_WORDS:
                break
            items.append((first, last, match.group("front"), term))
        else:
            if sum(1 for *_, term in items if term) < _MIN_ANSWERED:
                continue
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            for first, last, front, term in items:
                question = clean_question(front)[0]
                if not term:
                    diagnostics.append(unanswered(doc.loc(first), question, "no answer"))
                    claims.update(claim(first, last, "unanswered"))
                    continue
                drafts.append(CardDraft(doc.loc(first), CONVENTION, question, term.strip(), context, topic_tags(path)))
                claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
