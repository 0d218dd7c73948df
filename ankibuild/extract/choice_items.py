"""Numbered multiple-choice items whose options stand one a line under the stem, without list markers,
and whose key follows in a paragraph of its own:

    **1.** The tricuspid valve lies between:
    A. the left atrium and the left ventricle
    B. the right atrium and the right ventricle
    C. the right ventricle and the pulmonary trunk

    Answer: **B**

The stem may end with `:` (a completion item) or `?`; the options are the lines `A.` … `F.` (or `A)`); the
key paragraph opens with an answer label (`Answer:`, `Ans.`, the labels `questions.ANSWER_LABEL` knows, and
`Răspuns:`, `Svar:`, `Válasz:`). The card's front is the stem, its back the options and the key. A key that
names no option letter (`Answer: *(not sure — check)*`) is a placeholder: the item is reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import options_only, unanswered
from .document import Document, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL

CONVENTION = "choice-item"

# The cheap test: a line that opens with an option letter right after a line that opens with a bold label.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)[^\n]*\n[ \t]{0,3}\(?[A-F][.)][ \t]", re.M)
_STEM = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)(?:Q(?:uestion)?[ \t]?)?\d{1,3}[.):]?(?P=b)[ \t]*[.):]?[ \t]+(?P<stem>\S.*)$")
_MORE_LABELS = lazy_pattern(
    r"^\s*(?:\*\*|__)?(?:r[ăa]spuns(?:ul)?|svar|v[áa]lasz|vastaus)(?:\*\*|__)?[ \t]*[:.](?:\*\*|__)?[ \t]*", re.I
)
# A key that names options: `**B**`, `A, B, D`, `C — because …`, `(b)`.
_KEY = re.compile(r"^[(*_ \t]*[A-F](?![^\W\d_])", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered stems with option lines and a key paragraph (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not search_lines(_PRECHECK, text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index in range(len(blocks) - 1):
        block, after = blocks[index], blocks[index + 1]
        if block.kind != "paragraph" or after.kind != "paragraph" or block.last - block.first < 3:
            continue
        if not taken.keys().isdisjoint(range(block.first, after.last)):
            continue
        lines = doc.lines[block.first : block.last]
        match = _STEM.match(lines[0])
        if match is None or not match.group("stem").rstrip().endswith((":", "?", "：", "？")):
            continue
        options = "\n".join(line.strip() for line in lines[1:])
        if not options_only(options):
            continue
        key_text = "\n".join(doc.lines[after.first : after.last]).strip()
        label = ANSWER_LABEL.match(key_text) or _MORE_LABELS.match(key_text)
        if label is None:
            continue
        stem = match.group("stem").strip()
        key = key_text[label.end() :].strip()
        loc = doc.loc(block.first)
        if not _KEY.match(key):
            diagnostics.append(unanswered(loc, stem, "the key names no option"))
            claims.update(claim(block.first, after.last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        back = options + "\n\n" + key_text  # the options to choose from, then the key with its label
        drafts.append(CardDraft(loc, CONVENTION, stem, back, context, topic_tags(path)))
        claims.update(claim(block.first, after.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
