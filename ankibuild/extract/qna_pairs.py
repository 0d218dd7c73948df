"""Knowledge-base pairs: `# ? question` headings, each over its alternative wordings and a fenced answer.

    > !# @qna.pair.source = week01

    <a id = "1"></a>

    # ? What is a variable?
    - what are variables
    - define variable

    ```markdown
    A **name bound to an object**.
    ```

    **Filters:**
    - week = 1

A question-and-answer knowledge base written for a chat bot (the Bot Framework `.qna` layout) asks each
question in a heading that opens with `?` and answers it in the first fence of its section, a ```` ```markdown ````
fence whose text is the answer's Markdown. Everything else in the section belongs to the pair, not to the
answer: the list right under the heading holds other wordings of the same question (the bot matches them;
they are no cards of their own), and the lines after the fence are the pair's metadata (a bold label such
as `**Filters:**` or `**Prompts:**` over its list, a `<a id = "2"></a>` anchor of the next pair, a
`> !# @…` comment naming a source). A quote holding a `> !# …` comment (the knowledge base's header) and the anchors are claimed wherever they stand.

A fence left empty, or holding only a placeholder (`TODO — …`), is no answer: `unanswered`. A question of a
single word (`# ? hi`, `# ? Questions?`) is the bot's small talk, a greeting or a prompt to go on, which
nobody studies: skipped. The layout needs `_MIN_PAIRS` such headings with a fence under them, so a lone
heading that happens to open with `?` is left to the heading rule. Runs before the heading rules, which
would read the alternative wordings and the metadata as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, dedent, text_holds
from .outline import clean_heading, topic_tags

CONVENTION = "qna-pair"

_MIN_PAIRS = 2
"""`? ` headings over a fence the layout needs: one could be any heading that opens with a question mark."""
# `? What is X?`: the plain text of a pair's heading, the mark then the question.
_PAIR_HEADING = re.compile(r"^\?[ \t]+(?P<question>\S.*)$")
# `> !# @qna.pair.source = week01`, `> !# @kb.name = …`: a comment of the knowledge base.
_KB_COMMENT = re.compile(r"^[ \t]*>[ \t]*!#")
# `<a id = "1"></a>`: the anchor a pair is linked to by the prompts of others.
_ANCHOR = re.compile(r"^[ \t]*<a[ \t]+id[ \t]*=[ \t]*\"[^\"\n]*\"[ \t]*>[ \t]*</a>[ \t]*$", re.I)
_MARKDOWN_INFOS = frozenset({"", "markdown", "md"})
"""Fence infos whose text is the answer's Markdown (the fence is only the pair's container)."""


def _may_hold_pairs(doc: Document) -> bool:
    """False only when the document has no top-level fence (`block_kinds`, shared) or no `? ` after a
    heading mark (`text_holds`, shared): each pair is a `# ? ` heading over a fence."""
    return "fence" in block_kinds(doc) and text_holds(doc, "# ? ")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the pairs of a knowledge base (see the module docstring)."""
    if not _may_hold_pairs(doc):
        return RuleResult()
    pairs: list[tuple[int, str, int]] = []  # section index, question, index in the body of its first fence
    for n, section in enumerate(doc.sections):
        match = _PAIR_HEADING.match(section.title.strip())
        if match is None or not is_free(doc, taken, section.block):
            continue
        fences = [at for at, i in enumerate(section.body) if doc.blocks[i].kind == "fence"]
        if fences and all(is_free(doc, taken, i) for i in section.body):
            pairs.append((n, match.group("question").strip(), fences[0]))
    if len(pairs) < _MIN_PAIRS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, question, at in pairs:
        section = doc.sections[n]
        head = doc.blocks[section.block]
        fence = section.body[at]
        answer = _fence_answer(doc, fence)
        loc = doc.loc(head.first)
        if len(question.split()) < 2:
            outcome = "skip:small-talk"
        elif not answer.strip() or empty_reason(answer) is not None:
            reason = empty_reason(answer) if answer.strip() else "no answer"
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in section.path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(section.path)))
            outcome = "card"
        claims.update(claim(head.first, head.last, outcome))
        for i in section.body:
            block = doc.blocks[i]
            claims.update(
                claim(block.first, block.last, outcome if i == fence or outcome.startswith("skip:") else "skip:metadata")
            )
    for i, block in enumerate(doc.blocks):  # the knowledge base's comments and anchors outside the pairs
        if block.first in claims or not is_free(doc, taken, i) or block.kind not in ("blockquote", "paragraph", "html_block"):
            continue
        lines = doc.lines[block.first : block.last]
        if any(_KB_COMMENT.match(line) for line in lines) or (len(lines) == 1 and _ANCHOR.match(lines[0])):
            claims.update(claim(block.first, block.last, "skip:metadata"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _fence_answer(doc: Document, index: int) -> str:
    """The answer a pair's fence holds: the text of a Markdown fence, or the fence whole when it is code."""
    block = doc.blocks[index]
    info = doc.tokens[block.start].info.strip().lower()
    if info not in _MARKDOWN_INFOS:
        return doc.block_text(index).strip()
    closed = block.last - block.first >= 2 and doc.lines[block.last - 1].strip().startswith(("```", "~~~"))
    inner = doc.lines[block.first + 1 : block.last - 1 if closed else block.last]
    return dedent(inner).strip()
