"""Items opened by a label of the writer's own making, repeated in one shape down the page.

    SQ 4. Is "affirming the consequent" valid?

    No. From "if p then q" and "q" you cannot conclude p …

    I-2) Who issues the project charter?

    | Issues | Writes |
    |---|---|
    | Sponsor | Often the PM |

    ### #7 — White to play and kill

    ```
    $$W White to kill
    …
    ```

    Solution ✓ — White plays the middle point.

People number their study questions with whatever label their course or book uses (`SQ 1.`, `I-2)`, `C-1)`,
`#7 —`): a short run of letters (or a number sign) before the number, closed by a full stop, a bracket or a
dash. No label list can know them all; what gives them away is repetition. Here a paragraph, or a heading's
text, opening with such a label is an item when three labels or more of the document share its shape
(letters, separators and closing mark alike, the letters themselves free: `I-1)` and `C-1)` are one shape)
and each label's numbers go up. Its question is the text after the label; its answer the blocks under it, up
to the next item, heading or rule. Where an answer label opens a paragraph of that body (`Solution ✓`,
`Answer:`, `Lösung:`), the blocks before it are the question's material (a diagram, a figure) and go on the
front, and the answer is what follows the label; in a group of which two items or more are answered so, an
item without the label is unanswered.

The group must read as questions: half of its items at least ask (`questions.is_question`), or two of them at
least hold an answer label. An empty body, a placeholder (`questions` and `answers.empty_reason`: an HTML
comment, `TODO`), a table left empty but for a note in brackets (`| *(left blank — look up)* | |`), and a
label over nothing (`Solution:`) are `unanswered`. A paragraph of several labelled lines is a list, not an
item, and left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import STRUCTURAL, Document, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL_WORDS, QUESTION_LABEL_WORDS, SOLUTION_LABEL_WORDS, is_question

CONVENTION = "repeated-label"

# A label: one to three letters (a space or hyphen after them allowed) or a number sign, a number, and a
# closing full stop, bracket or spaced dash; then the item's text.
_LABEL_BODY = r"(?P<label>(?P<prefix>[^\W\d_]{1,3}[ \t-]?|#)(?P<number>\d{1,3})(?:[.)]|[ \t]+[—–]))[ \t]+(?P<rest>\S.*)"
_PRECHECK = lazy_pattern(r"^(?:#{1,6}[ \t]+)?(?:[^\W\d_]{1,3}[ \t-]?|#)\d{1,3}(?:[.)]|[ \t]+[—–])[ \t]+\S", re.M)
_LABEL = lazy_pattern(r"^" + _LABEL_BODY, re.S)
_HEADING_MARKS = lazy_pattern(r"^#{1,6}[ \t]+|[ \t]+#+[ \t]*$")
_SHAPE_LETTERS = lazy_pattern(r"[^\W\d_]")
_SHAPE_DIGITS = lazy_pattern(r"\d+")
_SHAPE_SPACE = lazy_pattern(r"[ \t]+")
# `Solution ✓ — …`, `Solution:`, `Answer –`, `**Lösung:**`: the word, a tick or cross, a colon or dash.
_ANSWER_WORD = r"(?:" + ANSWER_LABEL_WORDS + "|" + SOLUTION_LABEL_WORDS + r")"
_MARK = r"[ \t]*[✓✔✗✘✅❌]?[ \t]*"
_ANSWER_OPENING = lazy_pattern(
    r"^(?:(?P<b>\*\*|__)" + _ANSWER_WORD + _MARK + r"(?:[:：—–][ \t]*(?P=b)|(?P=b)" + _MARK + r"[:：—–]?)"
    r"|" + _ANSWER_WORD + r"(?=[ \t]*(?:[:：—–✓✔✗✘✅❌]|$))" + _MARK + r"[:：—–]?)[ \t]*(?P<rest>.*)$",
    re.I | re.S,
)
# The labels other rules read as question or answer labels (`Q3.`, `Frage 2.`, `A1.`): not the writer's own.
_KNOWN_LABEL = lazy_pattern(r"^(?:" + QUESTION_LABEL_WORDS + "|" + ANSWER_LABEL_WORDS + r"|a|r)$", re.I)
# A table cell that is only a note in brackets, emphasised or not: `*(left blank — look up)*`.
_BRACKETED_NOTE = lazy_pattern(r"^[*_]*[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）][*_]*\.?$")
_MIN_ITEMS = 3
_MIN_LABELLED = 2


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    """Block index of the labelled paragraph or heading."""
    prefix: str
    """The label's letters, as written."""
    number: int
    """The label's number."""
    text: str
    """The item's text after the label."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from items under a repeated label (see the module docstring)."""
    text = doc.source.text
    if not search_lines(_PRECHECK, text):
        return RuleResult()
    groups: dict[str, list[_Item]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "heading") or not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        found = _item(doc, index)
        if found is not None:
            shape, item = found
            groups.setdefault(f"{block.kind}:{shape}", []).append(item)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for items in groups.values():
        if len(items) < _MIN_ITEMS or not _numbers_go_up(items):
            continue
        starts = {item.index for item in items}
        bodies = [_body(doc, item.index, starts, taken) for item in items]
        labelled = [_answer_label_at(doc, body) for body in bodies]
        with_label = sum(at is not None for at in labelled)
        if 2 * sum(is_question(item.text) for item in items) < len(items) and with_label < _MIN_LABELLED:
            continue
        for item, body, at in zip(items, bodies, labelled, strict=True):
            expected = with_label >= _MIN_LABELLED and 2 * with_label >= len(items)
            _card(doc, item, body, at, expected, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, index: int) -> tuple[str, _Item] | None:
    """The shape and item of block INDEX when it opens with a label, else None."""
    block = doc.blocks[index]
    first = doc.lines[block.first]
    if block.kind == "heading":
        if not first.startswith("#"):
            return None  # a setext heading
        source = _HEADING_MARKS.sub("", first.strip())
        kind = "h" + str(len(first) - len(first.lstrip("#")))
    else:
        source = doc.text(block.first, block.last).strip()
        kind = "p"
    match = _LABEL.match(source)
    if match is None:
        return None
    shape = _shape(match.group("label"))
    if kind == "p" and any(
        (other := _LABEL.match(line.strip())) is not None and _shape(other.group("label")) == shape
        for line in doc.lines[block.first + 1 : block.last]
    ):
        return None  # labelled lines without blank lines between them: a list
    prefix = match.group("prefix").rstrip(" \t-")
    if _KNOWN_LABEL.match(prefix):
        return None  # `Q3.`, `Frage 2.`: a label the question rules know
    return f"{kind}:{shape}", _Item(index, prefix, int(match.group("number")), " ".join(match.group("rest").split()))


def _shape(label: str) -> str:
    """A label with its letters and numbers generalised: `SQ 12.` → `A 9.`, `I-3)` → `A-9)`."""
    label = _SHAPE_SPACE.sub(" ", label)
    return _SHAPE_DIGITS.sub("9", _SHAPE_LETTERS.sub("A", label)).replace("AAA", "A").replace("AA", "A")


def _numbers_go_up(items: list[_Item]) -> bool:
    last: dict[str, int] = {}
    for item in items:
        if item.number <= last.get(item.prefix, -1):
            return False
        last[item.prefix] = item.number
    return True


def _body(doc: Document, index: int, starts: set[int], taken: Mapping[int, str]) -> list[int]:
    """The blocks under item INDEX up to the next item, heading, rule or claimed block."""
    blocks = doc.blocks
    body: list[int] = []
    at = index + 1
    while at < len(blocks) and at not in starts and blocks[at].kind not in STRUCTURAL:
        if not taken.keys().isdisjoint(range(blocks[at].first, blocks[at].last)):
            break
        body.append(at)
        at += 1
    return body


def _answer_label_at(doc: Document, body: list[int]) -> int | None:
    """The position in BODY of the paragraph opening with an answer label, if any."""
    for n, index in enumerate(body):
        block = doc.blocks[index]
        if block.kind == "paragraph" and _ANSWER_OPENING.match(doc.text(block.first, block.last).strip()):
            return n
    return None


def _card(
    doc: Document,
    item: _Item,
    body: list[int],
    at: int | None,
    labels_expected: bool,
    out: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
) -> None:
    """The card (or the unanswered report) of ITEM, whose answer label (if any) is at position AT of BODY."""
    drafts, diagnostics, claims = out
    blocks = doc.blocks
    block = blocks[item.index]
    last = blocks[body[-1]].last if body else block.last
    front = item.text
    answer = ""
    reason: str | None = None
    if at is not None:
        if at > 0:
            front += "\n\n" + doc.text(blocks[body[0]].first, blocks[body[at - 1]].last).strip()
        label = blocks[body[at]]
        match = _ANSWER_OPENING.match(doc.text(label.first, label.last).strip())
        assert match is not None
        rest = match.group("rest").strip()
        after = doc.text(blocks[body[at + 1]].first, last).strip() if at + 1 < len(body) else ""
        answer = "\n\n".join(part for part in (rest, after) if part)
    elif labels_expected:
        reason = "no answer"
    elif body:
        answer = doc.text(blocks[body[0]].first, last).strip()
    if reason is None:
        reason = empty_reason(answer) if answer else "no answer"
    if reason is None and _only_a_bracketed_note(doc, body):
        reason = "placeholder"
    if block.kind == "heading":
        section = doc.section_of_block(item.index)
        path = section.path if section is not None else ()
    else:
        path = heading_path(doc, item.index)
    loc = doc.loc(block.first)
    if reason is not None:
        diagnostics.append(unanswered(loc, item.text, reason))
        claims.update(claim(block.first, last, "unanswered"))
        return
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(path)))
    claims.update(claim(block.first, last, "card"))


def _only_a_bracketed_note(doc: Document, body: list[int]) -> bool:
    """True when BODY is one table whose only filled cell is a note in brackets: a table left to fill in."""
    if len(body) != 1 or doc.blocks[body[0]].kind != "table":
        return False
    block = doc.blocks[body[0]]
    cells: list[str] = []
    for line in doc.lines[block.first : block.last]:
        row = line.strip().strip("|")
        if not row or set(row) <= set("-:| \t"):
            continue  # the delimiter row
        cells += [cell.strip() for cell in row.split("|") if cell.strip()]
    return len(cells) == 1 and _BRACKETED_NOTE.match(cells[0]) is not None
