"""A bold question label with its number opening a paragraph, and an answer label (bold or italic) opening
the next, with the punctuation of the notes' script after each label:

    **Հարց 1.** Ո՞ր թիվն է կոչվում հաջորդականության սահման։

    *Պատասխան.* $a$ թիվը …

    **ጥያቄ 3፡** የዴሞክራሲ መሠረታዊ መርሆዎች የትኞቹ ናቸው?

    **መልስ፡**
    - የሕዝብ ሉዓላዊነት

The label words are the shared ones (`QUESTION_LABEL_WORDS`, `ANSWER_LABEL_WORDS`); after a label comes a
colon or a full stop of any script: `:`, `.`, `：`, the Ethiopic `፡` `፥` `፦` `።`, the Armenian `։`. The answer
runs from its label to the end of its paragraph and over the lists, tables and code right under it, up to the
next heading, rule or question label; code or a table between the question and its answer label is shown
with the question.

A pair whose answer label every rule knows (`**Answer:**`, `**Antwort**.`, `*Answer:*`) is left to the
bold-question rule, which runs next: this rule reads the labels it does not (an italic label with a full
stop, the punctuation of other scripts).

The pair is required: only a document where such a question paragraph is followed by an answer paragraph is
read. There, a one-line question label paragraph with no answer paragraph after it (followed by a heading, a
rule or the next question label), and an answer that is a dash or a short
aside in brackets (`—`, `(not finished yet)`), are reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import block_card, empty_reason, unanswered
from .document import Document, free_blocks_of, may_open_a_line_with
from .questions import ANSWER_LABEL, ANSWER_LABEL_WORDS, QUESTION_LABEL_WORDS, strip_answer_label, without_marks

CONVENTION = "answer-paragraph"

_PUNCT = r"[:.：፡፥፦።։]"
_Q_LABEL = re.compile(
    r"^[ \t]{0,3}(?P<b>\*\*|__)" + QUESTION_LABEL_WORDS + r"[ \t]*(?:[#№][ \t]*)?\d{1,3}[a-z]?[ \t]*"
    r"(?:" + _PUNCT + r"[ \t]*(?P=b)|(?P=b)[ \t]*" + _PUNCT + r"?)[ \t]+(?=\S)",
    re.I,
)
_A_LABEL = re.compile(
    r"^[ \t]{0,3}(?P<m>\*\*|__|\*|_)" + ANSWER_LABEL_WORDS + r"[ \t]*"
    r"(?:" + _PUNCT + r"[ \t]*(?P=m)(?![*_])|(?P=m)(?![*_])[ \t]*" + _PUNCT + r")(?:[ \t]+|$)",
    re.I,
)
# The cheap test: a line opening with an answer word in bold or italics (in `marked_line_openings`).
_PRECHECK = re.compile(r"^(?:\*\*|__|\*|_)" + ANSWER_LABEL_WORDS, re.I | re.M)
_ENDS = ("heading", "hr")
_BELOW = ("bullet_list", "ordered_list", "table", "fence", "code_block", "math_block")
# `—`, `-`, `…`, `✗`: a mark where the answer will go.
_MISSING = re.compile(r"^[ \t]*(?:[✗✘×❌✕—–\-?…]+|\.{3})[ \t]*$")
# `(not finished yet)`: a short aside in brackets, with no digit, where the answer will go.
_ASIDE = re.compile(r"^[ \t]*[(\[（][^()\[\]（）\d\n]{1,60}[)\]）][ \t]*[.。።։]?[ \t]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a bold numbered question label paragraph over an answer label paragraph."""
    if not may_open_a_line_with(doc, _PRECHECK):
        return RuleResult()  # no line opens with an emphasised answer word: the pair is required
    free = free_blocks_of(doc, taken, ("paragraph",))
    asks = [i for i in free if _Q_LABEL.match(doc.lines[doc.blocks[i].first])]
    if not asks or not any(_answer_index(doc, i, taken) is not None for i in asks):
        return RuleResult()  # no question label answered in the next paragraph: the pair is required
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    starts = frozenset(asks)
    for index in asks:
        block = doc.blocks[index]
        opening = _Q_LABEL.match(doc.lines[block.first])
        assert opening is not None
        lines = [doc.lines[block.first][opening.end() :], *doc.lines[block.first + 1 : block.last]]
        question = without_marks(" ".join(part.strip() for part in lines if part.strip()))
        if not question:
            continue
        loc = doc.loc(block.first)
        found = _answer_index(doc, index, taken)
        if found is None and not _stands_alone(doc, index, starts):
            continue  # a second line, or blocks under it with no answer label: the other rules' answer
        if found is None:
            diagnostics.append(unanswered(loc, question, "no answer"))
            claims.update(claim(block.first, block.last, "unanswered"))
            continue
        shown = [doc.text(doc.blocks[n].first, doc.blocks[n].last).strip("\n") for n in range(index + 1, found)]
        question = "\n\n".join([question, *shown])  # the code or table the question shows
        answer, end = _answer(doc, taken, found, starts)
        block_card(doc, CONVENTION, index, end, question, answer, _empty(answer), (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _stands_alone(doc: Document, index: int, starts: frozenset[int]) -> bool:
    """Whether question paragraph `index` is one line with nothing that may answer it after it: the end of the
    document, a heading, a rule or the next question label."""
    if doc.blocks[index].last - doc.blocks[index].first > 1:
        return False
    nxt = index + 1
    return nxt >= len(doc.blocks) or doc.blocks[nxt].kind in _ENDS or nxt in starts


def _answer_index(doc: Document, index: int, taken: Mapping[int, str]) -> int | None:
    """The answer paragraph of the question paragraph `index`: the next block, or the first after the code,
    lists and tables the question shows."""
    for nxt in range(index + 1, len(doc.blocks)):
        if _answers(doc, nxt, taken):
            return nxt
        below = doc.blocks[nxt]
        if below.kind not in _BELOW or not taken.keys().isdisjoint(range(below.first, below.last)):
            return None
    return None


def _answers(doc: Document, index: int, taken: Mapping[int, str]) -> bool:
    """Whether block `index` is a free paragraph opening with an answer label."""
    if index >= len(doc.blocks):
        return False
    block = doc.blocks[index]
    if block.kind != "paragraph" or not taken.keys().isdisjoint(range(block.first, block.last)):
        return False
    line = doc.lines[block.first]
    if _A_LABEL.match(line) is None:
        return False
    # A label the shared one reads (`**Answer:**`, `*Answer:*`): the bold-question rule's, after this one.
    return ANSWER_LABEL.match(line) is None and strip_answer_label(line) == line


def _answer(doc: Document, taken: Mapping[int, str], index: int, starts: frozenset[int]) -> tuple[str, int]:
    """The answer opening at paragraph `index` and the line after it: the paragraph without its label, and the
    lists, tables and code under it up to the next heading, rule, question label or taken block."""
    block = doc.blocks[index]
    label = _A_LABEL.match(doc.lines[block.first])
    assert label is not None
    parts = ["\n".join([doc.lines[block.first][label.end() :], *doc.lines[block.first + 1 : block.last]]).strip()]
    end = block.last
    for nxt in range(index + 1, len(doc.blocks)):
        below = doc.blocks[nxt]
        if below.kind in _ENDS or nxt in starts or below.kind not in _BELOW:
            break
        if not taken.keys().isdisjoint(range(below.first, below.last)):
            break
        parts.append(doc.text(below.first, below.last).strip("\n"))
        end = below.last
    return "\n\n".join(p for p in parts if p.strip()).strip(), end


def _empty(answer: str) -> str | None:
    """Why an answer is none: empty, a mark standing for it (`—`), a short aside in brackets, a placeholder."""
    if not answer:
        return "no answer"
    if _MISSING.match(answer) or ("\n" not in answer and _ASIDE.match(answer)):
        return "placeholder"
    return empty_reason(answer)
