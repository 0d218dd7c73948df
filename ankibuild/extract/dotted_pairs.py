"""Question and answer lines labelled with a dotted letter, as revision notes from school write them:

    Q. What was Article 48?
    A. Part of the constitution that let the President rule by decree.

    Q3. Explain two causes of the crisis. [8 marks]
    A3.
    - the first cause …

The question runs from its `Q.` (`Q1.`, `Qn.`, bold `**Q.**` too) to an `A.` (`A1.`, `Ans.`) that opens a
later line of its paragraph; the answer runs from there to the end of the paragraph. An `A.` alone at the
end of its paragraph takes the blocks after it (a list, code, a table) up to the next heading, rule or
`Q.` paragraph. A marks note after the question (`[8 marks]`, `(4 marks)`) is no part of what is asked.

`Q.` opens prose by accident and `A.` is a list marker or an initial (`A. Smith wrote …`), so the pair is
required: only a document with at least one `Q.` line answered by an `A.` line is read. There, a `Q.` that
asks with no `A.` line, an `A.` with nothing after it, and an answer that is a note to self (`— no model
answer yet —`) are reported unanswered.

Runs after the explicit rule (which reads `Q:` / `A:`) and the label-pair rule (labels with a colon in
other languages): this rule only sees what they left.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import DOTTED_A, DOTTED_Q, without_marks

CONVENTION = "dotted-pair"

_Q_LINE = DOTTED_Q
_A_LINE = DOTTED_A
# The cheap test: a `Q.` line directly over an `A.` line somewhere in the document.
_PRECHECK = lazy_pattern(
    r"^[ \t]{0,3}(?:\*\*|__)?Q(?:n|\d{1,3}[a-z]?)?\.(?:\*\*|__)?[ \t]+\S.*\n(?:.+\n)*?[ \t]{0,3}(?:\*\*|__)?A(?:ns|\d{1,3}[a-z]?)?\.",
    re.M,
)
# `— practise with the past paper, no model answer yet —`, `(answer to come)`: an aside set between dashes
# or brackets where the answer will go.
_ASIDE = lazy_pattern(r"^[ \t]*(?:[—–-]{1,2}[ \t].*[ \t][—–-]{1,2}|\(.*\)|\[.*\])[ \t]*$")
_ASIDE_SAYS = lazy_pattern(
    r"\b(?:no|without)\s+(?:\w+\s+)?(?:answer|solution)\b|\b(?:answer|solution)\s+(?:to\s+come|later|missing)\b|"
    r"\b(?:to\s?do|tbd|fill\s+in|practi[sc]e)\b",
    re.I,
)
_ENDS = ("heading", "hr")
_OPTION_B = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)?B[.)]")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Q.` / `A.` line pairs in free top-level paragraphs."""
    if not _may_open_pair(doc, taken):
        return RuleResult()  # no free paragraph opens with a `Q.` line: every pair starts one
    if "Q" not in doc.source.text or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not _free(taken, claims, block.first, block.last):
            continue
        starts = [n for n in range(block.first, block.last) if _Q_LINE.match(doc.lines[n])]
        if not starts or starts[0] != block.first:
            continue
        for pos, start in enumerate(starts):
            end = starts[pos + 1] if pos + 1 < len(starts) else block.last
            question, answer, labelled = _read(doc, start, end)
            if not question:
                continue
            used = end
            if labelled and not answer and end == block.last:
                answer, used = _answer_below(doc, taken, claims, index)
            loc = doc.loc(start)
            reason = _empty(answer) if labelled else "no answer"
            if reason is not None:
                if labelled or question.rstrip().endswith("?"):
                    diagnostics.append(unanswered(loc, question, reason))
                    claims.update(claim(start, used, "unanswered"))
                continue
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(start, used, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _free(taken: Mapping[int, str], claims: Mapping[int, str], first: int, last: int) -> bool:
    span = range(first, last)
    return taken.keys().isdisjoint(span) and claims.keys().isdisjoint(span)


def _read(doc: Document, start: int, end: int) -> tuple[str, str, bool]:
    """(question, answer, whether an `A.` line answered it) of the lines `start` to `end`, the first
    opening with `Q.`."""
    match = _Q_LINE.match(doc.lines[start])
    assert match is not None
    lines = [doc.lines[start][match.end() :], *doc.lines[start + 1 : end]]
    for n, line in enumerate(lines[1:], 1):
        found = _A_LINE.match(line)
        if found is not None and any(_OPTION_B.match(later) for later in lines[n + 1 :]):
            return "", "", False  # `A. Neon` over `B. Oxygen`: the options of a multiple-choice question
        if found is not None:
            question = " ".join(part.strip() for part in lines[:n] if part.strip())
            answer = "\n".join([line[found.end() :], *lines[n + 1 :]]).strip()
            return without_marks(question), answer, True
    question = " ".join(part.strip() for part in lines if part.strip())
    return without_marks(question), "", False


def _answer_below(doc: Document, taken: Mapping[int, str], claims: Mapping[int, str], index: int) -> tuple[str, int]:
    """The answer in the blocks after paragraph `index` (its `A.` line alone at its end): up to the next
    heading, rule, taken block or `Q.` paragraph. Returns the answer and the line after it."""
    parts: list[str] = []
    end = doc.blocks[index].last
    for nxt in doc.blocks[index + 1 :]:
        if nxt.kind in _ENDS or not _free(taken, claims, nxt.first, nxt.last):
            break
        if nxt.kind == "paragraph" and _Q_LINE.match(doc.lines[nxt.first]):
            break
        parts.append(doc.text(nxt.first, nxt.last).strip("\n"))
        end = nxt.last
    return "\n\n".join(p for p in parts if p.strip()).strip(), end


def _empty(answer: str) -> str | None:
    """Why an answer is none: empty, a placeholder, or a short aside between dashes or brackets that says
    the answer is still to come."""
    if not answer:
        return "no answer"
    if "\n" not in answer and len(answer) <= 200 and _ASIDE.match(answer) and _ASIDE_SAYS.search(answer):
        return "placeholder"
    return empty_reason(answer)


def _may_open_pair(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph's first line is a `Q.` line (`_Q_LINE`): `extract` reads pairs only from
    such paragraphs, so only the few left free late in the chain are tried."""
    return any(_Q_LINE.match(doc.lines[doc.blocks[i].first]) for i in free_blocks_of(doc, taken, ("paragraph",)))
