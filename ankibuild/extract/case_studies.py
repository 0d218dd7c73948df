"""Case studies answered by a solution quote: a paragraph labelled as a case that ends by asking, then a
block quote that opens with a solution label.

    Kazus nr 1 (2023): Jan, 16, bought a bike for 4000 zł without his parents' consent. Is the contract valid?

    > Rozwiązanie: the contract is voidable until the parents confirm it (art. 18 KC).

Law, medicine and business notes set a case (`Case 2:`, `Fall 3:`, `Caso 1:`, `Cas 4 :`, `Kazus nr 1 (2023):`,
`Casus 2.`, `Кейс 1:`) and answer it below in a quote opening with `Solution:` / `Answer:` / `Lösung:` /
`Solución:` / `Soluzione:` / `Solução:` / `Rozwiązanie:` / `Oplossing:` / `Решение:`. The whole case paragraph is
the front (its question needs the facts), the quote without its label the back. A case that asks with no
solution quote under it in a document where another case has one is reported `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Document, may_open_a_line, search_lines
from .outline import clean_heading

CONVENTION = "case-study"

_CASE_WORDS = r"(?:case|case\s+study|fall|caso|cas|casus|kazus|przypadek|кейс|казус|случай)"
_CASE = re.compile(
    r"^\s*(?:\*\*|__)?" + _CASE_WORDS + r"\s*(?:nr\.?|no\.?|n[º°o]\.?|#|№)?\s*\d{1,3}[a-z]?"
    r"(?:\s*\([^)\n]{1,40}\))?\s*(?:\*\*|__)?\s*[:.：—–-]\s*(?:\*\*|__)?\s*\S",
    re.I,
)
_SOLUTION = re.compile(
    r"^\s*(?:\*\*|__)?(?:solution|answer|suggested\s+(?:solution|answer)|lösung|lösungsvorschlag|solución|"
    r"soluzione|solução|solucion|résolution|solution\s+proposée|rozwiązanie|odpowiedź|oplossing|решение|ответ)"
    r"\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*",
    re.I,
)
# A cheap look at the whole text: no line opens with a case label, nothing to do (nearly every document).
_MARK = re.compile(r"^\s*(?:\*\*|__)?" + _CASE_WORDS + r"\s*(?:nr\.?|no\.?|#|№)?\s*\d", re.I | re.M)
# Every match of `_MARK` sits on a line that opens with one of these words (`document.may_open_a_line`).
_CASE_STARTS = ("cas", "fall", "kazus", "przypadek", "кейс", "казус", "случай")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from case paragraphs answered by a solution quote (see the module docstring)."""
    if not may_open_a_line(doc, _CASE_STARTS) or not search_lines(_MARK, doc.source.text):
        return RuleResult()
    cases: list[tuple[int, str, int | None]] = []  # (paragraph block, front, solution quote block)
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = " ".join(doc.block_text(index).split())
        if not _CASE.match(text) or not text.endswith(("?", "？")):
            continue
        following = index + 1
        solved = None
        if (
            following < len(doc.blocks)
            and doc.blocks[following].kind == "blockquote"
            and is_free(doc, taken, following)
            and _SOLUTION.match(unquote(doc.block_text(following)))
        ):
            solved = following
        cases.append((index, text, solved))
    if not any(solved is not None for _, _, solved in cases):
        return RuleResult()  # a case without any solution quote in the document: the other rules' business
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, front, solved in cases:
        block = doc.blocks[index]
        loc = doc.loc(block.first)
        answer = _SOLUTION.sub("", unquote(doc.block_text(solved)), count=1).strip() if solved is not None else ""
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, answer, _context(doc, index)))
        outcome = "unanswered" if reason is not None else "card"
        claims.update(claim(block.first, block.last, outcome))
        if solved is not None:
            claims.update(claim(doc.blocks[solved].first, doc.blocks[solved].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _context(doc: Document, index: int) -> tuple[str, ...]:
    """The headings above a case (`Kazusy`), the document title left out."""
    section = doc.section_of_block(index)
    if section is None or (section.level == 1 and section.title == doc.title):
        return ()
    return tuple(clean_heading(p) for p in (*section.path, section.title))
