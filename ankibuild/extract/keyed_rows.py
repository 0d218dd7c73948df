"""Questions listed in a table under keys, answered further down by paragraphs opening with the same keys:

    | N° | Question                          | Type |
    |----|-----------------------------------|------|
    | Q1 | Why did the canal close in 1890?  | open |
    | Q2 | Who paid for the new locks?       | open |
    | Q3 | Was the canal ever widened?       | yes/no |

    ## What we found

    **Q1.** The railway took its freight; tolls no longer paid for the upkeep.

    **Q2.** The county, with a loan from the mill owners.

Brainstorm sheets (a class's question-formulation worksheet, a research log) collect their questions in a
table whose first column keys each row (`Q1`, `T4`, `7`, `P2b`: a few letters at most and a number), and
answer them in a later section, each answer a paragraph opening with its key in bold (`**Q1.**`, `**Q1:**`,
`**Q1**`). The row's cell after the key is the question, the paragraph without its key the answer, with the
lists, tables or code right under it. A key the answers name that no row holds is asked where the notes
introduce it: a list item or line holding that key in bold, the question after a colon (a question rewritten
from another: `- Q3 → **Q3b**: *How was the canal widened?*`). A row whose key no paragraph answers, or
whose answer is empty or a placeholder, is `unanswered`. Read where a table keys two questions or more that
later paragraphs answer, most of its question cells asking; a table of numbered data (`| 1 | Mercury |`)
and keys only named in prose stay untouched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import remark_or_empty_reason, unanswered
from .document import Document, block_at, block_kinds, may_open_a_line_with, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "keyed-row"

# `T1`, `Q12`, `P2b`, `7`: a key, alone in its cell.
_KEY = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<key>[^\W\d_]{0,3}\d{1,3}[a-z]?)\.?(?:\*\*|__)?[ \t]*$")
# `**T1.** …`, `**Q2:** …`, `__P3__ …`: a paragraph opening with a key in bold.
_KEYED_PARAGRAPH = re.compile(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<key>[^\W\d_]{0,3}\d{1,3}[a-z]?)[ \t]*[.:)]?[ \t]*(?P=b)[ \t]*[.:)]?(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)",
    re.S,
)
# A line opening with a bold key: the precheck, on the document's marked line openings.
_KEY_OPENING = re.compile(r"^(?:\*\*|__)[^\W\d_]{0,3}\d", re.M)
# What may close a question introduced in a line: emphasis, stars or an emoji of choice.
_CLOSING_DRESS = re.compile(r"[\s*_⭐★✅✔️]+$")
_ENDS = frozenset({"heading", "hr", "paragraph", "blockquote"})
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from keyed table rows answered by keyed paragraphs (see the module docstring)."""
    if not _may_hold_keyed_rows(doc):
        return RuleResult()
    answers = _keyed_answers(doc, taken)
    if len(answers) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    asked: set[str] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        rows = _keyed_rows(doc, index)
        answered = [key for _, key, _ in rows if key in answers and answers[key][0] > block.first]
        if len(answered) < _MIN_ANSWERED or 2 * sum(1 for *_, q in rows if is_question(q)) <= len(rows):
            continue
        path = heading_path(doc, index)
        for line, key, question in rows:
            asked.add(key)
            _card(doc, line, question, answers.get(key), path, drafts, diagnostics, claims)
        claims.update(claim(block.first, block.last, "card"))
    if not asked:
        return RuleResult()
    for key, answer in answers.items():
        if key in asked:
            continue
        introduced = _introduced(doc, taken, key, answer[0])
        if introduced is not None:
            line, question = introduced
            claims[line] = "card"
            holder = block_at(doc, line)
            path = heading_path(doc, holder) if holder is not None else ()
            _card(doc, line, question, answer, path, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_keyed_rows(doc: Document) -> bool:
    """False when the document holds no table or no line opening with a bold key (`**T1.**`): the cheap
    precheck, which nearly every document fails."""
    return "table" in block_kinds(doc) and may_open_a_line_with(doc, _KEY_OPENING)


def _card(
    doc: Document,
    line: int,
    question: str,
    answer: tuple[int, int, str] | None,
    path: tuple[str, ...],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """One question's card or `unanswered` report, its answer's lines claimed."""
    reason = "no answer" if answer is None else remark_or_empty_reason(answer[2])
    if answer is not None:
        claims.update(claim(answer[0], answer[1], "card" if reason is None else "unanswered"))
    if reason is not None or answer is None:
        diagnostics.append(unanswered(doc.loc(line), question, reason))
        return
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer[2], context, topic_tags(path)))


def _keyed_answers(doc: Document, taken: Mapping[int, str]) -> dict[str, tuple[int, int, str]]:
    """Each key's answer (first line, end line, Markdown): a free paragraph opening with the key in bold, and
    the lists, tables or code right under it (the blocks up to the next keyed paragraph when the key stands
    alone on its line)."""
    found: dict[str, tuple[int, int, str]] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        match = _KEYED_PARAGRAPH.match(doc.text(block.first, block.last))
        if match is None or match.group("key") in found:
            continue
        rest = (match.group("rest") or "").strip()
        end = index + 1
        while end < len(blocks) and (
            blocks[end].kind not in _ENDS or (not rest and blocks[end].kind == "paragraph" and not _opens_with_key(doc, end))
        ):
            end += 1
        last = blocks[end - 1].last
        under = doc.text(block.last, last).strip() if end > index + 1 else ""
        found[match.group("key")] = (block.first, last, "\n\n".join(part for part in (rest, under) if part))
    return found


def _opens_with_key(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    return _KEYED_PARAGRAPH.match(doc.lines[block.first]) is not None


def _keyed_rows(doc: Document, index: int) -> list[tuple[int, str, str]]:
    """The (line, key, question) of each row of a table whose first column keys every row, the question the
    cell after the key; [] for another table."""
    _, rows = table_cells(doc, doc.blocks[index])
    found: list[tuple[int, str, str]] = []
    for line, cells in rows:
        match = _KEY.match(cells[0].content) if len(cells) >= 2 else None
        if match is None or not cells[1].content.strip():
            return []
        found.append((line, match.group("key"), " ".join(cells[1].content.split())))
    return found


def _introduced(doc: Document, taken: Mapping[int, str], key: str, before: int) -> tuple[int, str] | None:
    """The line above BEFORE that introduces KEY in bold with a question after a colon
    (`- Q3 → **Q3b**: *How was the canal widened?*`), and that question; None when no free line does."""
    pattern = re.compile(r"(?:\*\*|__)" + re.escape(key) + r"(?:\*\*|__)[^:\n]{0,24}:[ \t]*(?P<question>\S.*)$")
    for line in range(before):
        text = doc.lines[line]
        if key not in text or line in taken:
            continue
        match = pattern.search(text)
        if match is None:
            continue
        question = _CLOSING_DRESS.sub("", match.group("question"))
        question = question.strip("*_ \t")
        if is_question(question):
            return line, question
    return None
