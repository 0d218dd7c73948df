"""Questions set in bold italics on a line of their own, answered by the blocks below them.

    ***Why does ice float on water?***

    - hydrogen bonds hold the molecules of ice in an open lattice
    - so ice is less dense than liquid water

    ***What is the triple point?***

    <!-- TODO -->

Review docs shared by a class set each question apart as a paragraph that is only bold italics (`***…***`,
`___…___`, `**_…_**`, `_**…**_`) and answer it with a bullet list, maybe a code fence or a few lines of prose.
The bold-question rule reads `**…**` only; this rule reads the bold-italic dress the same way:

- a free top-level paragraph of one line, wholly in bold italics, that asks (`is_question`); a document
  needs two such questions or more, at least one ending with `?`, for the dress to mark its questions;
- the answer is the blocks that follow, up to the next such question, a heading or a `---`;
- an answer that is nothing, only an HTML comment or a note to self leaves the question `unanswered`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .bold_italic_dress import MIN_QUESTIONS, dressed_questions, may_dress
from .document import Document
from .outline import clean_heading, heading_path, topic_tags
from .questions import ends_with_question_mark

CONVENTION = "bold-italic-question"

_STOPS = frozenset({"heading", "hr"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free bold-italic question paragraphs (see the module docstring)."""
    if not may_dress(doc, taken):
        return RuleResult()  # no free one-line paragraph holds an opening mark of `bold_italic_dress._DRESSED`
    text = doc.source.text
    if "***" not in text and "___" not in text and "**_" not in text and "_**" not in text:
        return RuleResult()  # the cheap precheck: no bold-italic dress at all
    questions = dressed_questions(doc, taken)
    if len(questions) < MIN_QUESTIONS or not any(ends_with_question_mark(q) for q in questions.values()):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question in questions.items():
        body: list[int] = []
        for following in range(index + 1, len(doc.blocks)):
            if following in questions or doc.blocks[following].kind in _STOPS or not is_free(doc, taken, following):
                break
            body.append(following)
        first = doc.blocks[index].first
        path = heading_path(doc, index)
        answer = build_answer(doc, body) if body else None
        reason = "no answer" if answer is None else answer.empty_reason
        if reason or answer is None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
            kind = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in path)
            tags = (*topic_tags(path), *answer.tags)
            drafts.append(
                CardDraft(doc.loc(first), CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens)
            )
            kind = "card"
        last = doc.blocks[body[-1]].last if body else doc.blocks[index].last
        claims.update(claim(first, last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


