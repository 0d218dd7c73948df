"""Practice problems with a bold label and the answer in italics at the end of the paragraph:

    **P4.1** What is the molar mass of $\\text{Ca(OH)}_2$? *Ans. 74.10 g/mol*

    **Q7** Balance: $\\text{Fe} + \\text{O}_2 \\rightarrow \\text{Fe}_2\\text{O}_3$ *Answer: 4 Fe + 3 O₂ → 2 Fe₂O₃*

    **Problem 3.** Define *empirical formula*. _Ans: the simplest whole-number ratio of atoms_

A run of two or more such paragraphs in a row, each opening with a short bold label that holds a number
(`**P4.1**`, `**Q3.**`, `**Problem 2:**`), is a problem set: the question is the paragraph without its label
and its trailing italic answer (`*Ans. …*`, `*Ans: …*`, `*Answer: …*`), the answer is what the italics
hold. A problem of the run without such an answer is reported unanswered. Two answered problems at least
make a run, so one labelled paragraph that happens to end in italics is no problem set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, lowered_text
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "italic-answer"

# A short bold label holding a number, then the problem.
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<label>[^\W\d_]{0,12}[ \t]?[#№]?\d[\w.\-]{0,8}[.:)]?)(?P=b)[ \t]*[.:)]?[ \t]+(?P<rest>\S.*)$",
    re.S,
)
# The trailing italic answer: `*Ans. …*`, `*Ans: …*`, `*Answer: …*`, `_Answer — …_`.
_ANSWER = lazy_pattern(
    r"(?:^|[ \t\n])(?P<i>\*|_)(?:Ans(?:wer)?|Antwort|R[ée]ponse|Respuesta|Resposta|R[ăa]spuns)\b[ \t]*[.:\-–—][ \t]*"
    r"(?P<answer>[^\n]*?\S)[ \t]*(?P=i)[ \t]*$",
    re.I,
)
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from runs of labelled problems with italic answers (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not _may_hold_a_run(doc):
        return RuleResult()
    lowered = lowered_text(doc)
    if not any(word in lowered for word in ("ans", "antwort", "ponse", "respuesta", "resposta", "spuns")):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    run: list[tuple[int, str, str | None]] = []

    def close() -> None:
        if sum(1 for _, _, answer in run if answer is not None) >= _MIN_ANSWERED:
            for index, question, answer in run:
                block = doc.blocks[index]
                loc = doc.loc(block.first)
                reason = "no answer after the problem" if answer is None else empty_reason(answer)
                if reason is not None:
                    diagnostics.append(unanswered(loc, question, reason))
                    claims.update(claim(block.first, block.last, "unanswered"))
                    continue
                assert answer is not None
                path = heading_path(doc, index)
                context = tuple(clean_heading(p) for p in path)
                drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
                claims.update(claim(block.first, block.last, "card"))
        run.clear()

    for index, block in enumerate(doc.blocks):
        problem = _problem(doc, taken, index) if block.kind == "paragraph" else None
        if problem is None:
            close()
            continue
        run.append((index, *problem))
    close()
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_a_run(doc: Document) -> bool:
    """False only when fewer than two paragraphs may open with a bold label: a run needs two answered
    problems, and `_LABEL` matches a paragraph's text (its lines stripped) only where it opens with `**` or
    `__`, which is where its first line not left empty by `str.strip` opens with them."""
    lines = doc.lines
    found = 0
    for block in doc.blocks:
        if block.kind == "paragraph":
            head = lines[block.first].strip() if block.first < len(lines) else ""
            if not head or head.startswith(("**", "__")):  # an empty first line: its text opens further on
                found += 1
                if found == 2:
                    return True
    return False


def _problem(doc: Document, taken: Mapping[int, str], index: int) -> tuple[str, str | None] | None:
    """(question, answer or None) of a labelled problem paragraph, or None when it is none."""
    block = doc.blocks[index]
    if not taken.keys().isdisjoint(range(block.first, block.last)):
        return None
    body = "\n".join(line.strip() for line in doc.lines[block.first : block.last]).strip()
    match = _LABEL.match(body)
    if match is None:
        return None
    rest = match.group("rest").strip()
    found = _ANSWER.search(rest)
    if found is None:
        return " ".join(rest.split()), None
    question = " ".join(rest[: found.start()].split())
    if not question:
        return None
    return question, found.group("answer").strip()
