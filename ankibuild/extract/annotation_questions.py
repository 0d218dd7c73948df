"""Reading notes made of annotations, each a highlighted passage, the link back to its page, and the reader's
comment after it; a comment behind a question label asks, and the passage above it answers:

    "Osmosis moves water towards the higher solute concentration." ([Campbell, 2020, p. 12](zotero://…))
    ([pdf](zotero://open-pdf/…)) Q: which way does water move in osmosis?

    "A line kept for its wording." ([Campbell, 2020, p. 14](zotero://…)) nice phrase

    Q: what does the loop of Henle do? — not highlighted yet ([Campbell, 2020, p. 30](zotero://…))

Reference managers (Zotero's "note from annotations", and the tools that copy it) write each annotation as a
paragraph: the passage (in quotes, or an image), then one link or more in brackets (`([Author, year, p. N](…))`,
`([pdf](…))`), then the comment.

1. **A card.** A comment that opens with a question label (`Q :`, `Question:`, `Frage:`, `Вопрос:`, up to three
   words between the label and its colon: `Question for the tutorial:`) is the question, up to its last
   question mark (what follows is an aside); the passage before the links is the answer.
2. **Unanswered.** A paragraph that opens with such a label and ends with its links (the reader asked
   about a page without highlighting it) is reported `unanswered`.
3. **The rest.** The page is read so only with two annotations or more whose comment asks over a passage;
   then its annotations whose comment asks nothing are skipped. The rule runs before the explicit `Q:`
   lines, which would take a label opening such a paragraph for theirs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import block_card, empty_reason
from .document import Document, lazy_pattern, text_holds
from .questions import QUESTION_LABEL_WORDS

CONVENTION = "annotation-question"

_MIN_ASKED = 2
# `([Morvan, 2019, p. 23](zotero://select/…)) ([pdf](zotero://open-pdf/…))`: the links in brackets after a
# passage, one or more.
_LINKS = lazy_pattern(r"(?:[ \t]*\(\[[^\]\n]+\]\([^()\s]+\)\))+")
# `Q :`, `Question:`, `Question for the tutorial:`: a question label, up to three words before its colon.
_LABEL = lazy_pattern(r"^[ \t]*(?:" + QUESTION_LABEL_WORDS + r")(?:[ \t]+[^\s:：]+){0,3}[ \t]*[:：](?!:)[ \t]*", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from annotations whose comment asks (see the module docstring)."""
    if not (text_holds(doc, "([") and text_holds(doc, "))")):
        return RuleResult()  # no link in brackets: nearly every document
    found: list[tuple[int, str, str] | tuple[int, None, None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        if "([" not in text or (links := _LINKS.search(text)) is None:
            continue
        found.append((index, *_asked(text[: links.start()].strip(), text[links.end() :].strip())))
    if sum(1 for _index, question, answer in found if question and answer) < _MIN_ASKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    for index, question, answer in found:
        block = doc.blocks[index]
        if question is None or answer is None:
            claims.update(claim(block.first, block.last, "skip:annotation"))
            continue
        reason = empty_reason(answer) if answer else "no answer"
        block_card(doc, CONVENTION, index, block.last, question, answer, reason, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asked(passage: str, comment: str) -> tuple[str, str] | tuple[None, None]:
    """The question and the answer of an annotation with PASSAGE before its links and COMMENT after them
    (the answer empty where the label opens the passage's place); (None, None) when it asks nothing."""
    if (label := _LABEL.match(comment)) is not None:
        question = _up_to_question_mark(comment[label.end() :])
        return (question, passage) if question else (None, None)
    if not comment and (label := _LABEL.match(passage)) is not None:
        question = _up_to_question_mark(passage[label.end() :])
        return (question, "") if question else (None, None)
    return None, None


def _up_to_question_mark(text: str) -> str:
    """TEXT up to its last question mark (an aside after it is no part of what is asked), all of it when it
    has none."""
    text = " ".join(text.split())
    end = max(text.rfind("?"), text.rfind("？"))
    return text[: end + 1].strip() if end >= 0 else text.strip()
