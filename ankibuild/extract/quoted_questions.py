"""Quoted questions: a question set off as a blockquote, answered by the blocks right after it.

    ## Ownership

    > "Tell me about a time you took on something outside your area."

    - **Story:** nobody owned onboarding …
    - **Result:** time-to-first-PR went from 15 days to 4.

gives the card `Tell me about a time you took on something outside your area.` (context `Ownership`) whose
back is the list. This is the shape of behavioural story banks (a competency or principle per heading, the
interviewer's question quoted under it, the STAR story below), and of any notes that quote the question
being asked and answer it in the open.

**What counts.** A top-level blockquote of one paragraph (at most 600 characters) that asks: wrapped in
quotation marks or not (`> "Describe a time …"`, `> Give me an example of …`), it ends with a question mark
or reads as a question or a command (questions.is_question: `Tell me about …`, `Walk me through …`); a bold
label opening it (`**Doc. 2 p. 85 – Question 2.**`, where a textbook's prompt comes from) is no part of it.
A blockquote that merely remarks (`> Keep every story under two minutes.`) is not one. The rule only fires
in a document holding two such quoted questions or more: one quoted question is as likely an epigraph.

**The answer** is the free blocks after the quote up to the next quoted question, heading or `---`. A
question followed by nothing, a placeholder, or only a note to self (one short line opening with a warning
mark or a capital `TODO`/`TBD`/`FIXME`, e.g. `- ❗ need a story`, `_TODO — find one_`) is an `unanswered`
diagnostic. The theme headings above are context and topic tags, never cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered, unquote
from .document import Document, has_free_blocks
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "quoted-question"

_MAX = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*_\"'(“‘«„])")
# Quotation marks around the whole question, in the usual typographies.
_QUOTES = re.compile(r"^[\"'“”‘’«»„‚「『]\s*(?P<inner>.+?)\s*[\"'“”‘’«»‚「」』]$", re.S)
# One short line that only reminds the writer to find an answer: a warning mark or a capital marker first.
_NOTE_TO_SELF = re.compile(r"^[\s>*_+-]*(?:[❗❓⚠‼️]|🚧|(?:TODO|TBD|FIXME|XXX)(?![A-Za-z]))")
_NOTE_MAX = 200
# A bold label opening the quote, ending with a full stop or a colon inside the bold, a mark before it allowed
# (`**Doc. 2 p. 85 – Question 2.** Why …?`, `✏️ **Exercise p. 95.** Analyse …`): where the question comes
# from, no part of it.
_BOLD_LABEL = re.compile(r"^(?:[^\w\s*]{1,3}[ \t]*)?\*\*[^*\n]{1,60}?[.:：]\*\*[ \t]+(?=\S)")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from quoted questions and the blocks that answer them."""
    if not has_free_blocks(doc, taken, ("blockquote",)):
        return RuleResult()  # it asks in free block quotes only: late in the chain most documents have none
    if "\n>" not in doc.source.text and not doc.source.text.startswith(">"):
        return RuleResult()  # cheap precheck: no blockquote in the document
    asks: dict[int, str] = {}
    shown: dict[int, str] = {}  # the code a quoted question holds under it, by block
    for index, block in enumerate(doc.blocks):
        if block.kind == "blockquote" and is_free(doc, taken, index):
            asked = quoted_question(doc, index)
            if asked is None and (over_code := _question_over_code(doc, index)) is not None:
                asked, shown[index] = over_code
            if asked is not None:
                asks[index] = asked
    if len(asks) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics = []
    claims: dict[int, str] = {}
    for index, question in asks.items():
        body: list[int] = []
        for i in range(index + 1, len(doc.blocks)):
            kind = doc.blocks[i].kind
            if kind in ("heading", "hr") or i in asks or not is_free(doc, taken, i):
                break
            body.append(i)
        head = doc.blocks[index]
        loc = doc.loc(head.first)
        answer = build_answer(doc, body) if body else None
        reason = "no answer" if answer is None else answer.empty_reason or _note_to_self(answer.markdown)
        used = claim(head.first, head.last, "card" if reason is None else "unanswered")
        for i in body:
            used |= claim(doc.blocks[i].first, doc.blocks[i].last, "card" if reason is None else "unanswered")
        claims.update(used)
        if answer is None or reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        markdown = f"{shown[index]}\n\n{answer.markdown}" if index in shown else answer.markdown
        drafts.append(CardDraft(loc, CONVENTION, question, markdown, context, topic_tags(path) + answer.tags))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def quoted_question(doc: Document, index: int) -> str | None:
    """The question of blockquote block `index`, its quotation marks removed; None when it does not ask."""
    block = doc.blocks[index]
    tokens = doc.tokens[block.start : block.end]
    if sum(1 for t in tokens if t.type == "paragraph_open") != 1 or any(
        t.type.endswith("_open") and t.type not in ("blockquote_open", "paragraph_open") for t in tokens
    ):
        return None  # a quote holding lists, headings or several paragraphs is content, not one question
    text = " ".join(unquote(doc.block_text(index)).split())
    if not text or len(text) > _MAX or text.startswith("[!"):
        return None  # empty, too long, or a callout (`> [!note]`)
    if text.startswith("**") or "**" in text[:6]:
        text = _BOLD_LABEL.sub("", text, count=1)
    quoted = _QUOTES.match(text)
    if quoted is not None:
        text = quoted.group("inner").strip()
    last = _SENTENCE_END.split(text)[-1]
    return text if text.endswith(("?", "？")) or is_question(last) else None


def _note_to_self(markdown: str) -> str | None:
    """`placeholder` when the answer is a single short line reminding the writer to find one."""
    lines = [line for line in markdown.splitlines() if line.strip()]
    if len(lines) == 1 and len(lines[0]) <= _NOTE_MAX and _NOTE_TO_SELF.match(lines[0]):
        return "placeholder"
    return None


def _question_over_code(doc: Document, index: int) -> tuple[str, str] | None:
    """The question and the code of blockquote block `index` when it holds one paragraph that asks with a
    question mark and one code block under it (`> Is the runtime of this Θ(N²)?` over `> ```java`): the code
    is what the question asks about, shown on the back above the answer. None for any other quote."""
    block = doc.blocks[index]
    tokens = doc.tokens[block.start : block.end]
    opened = [t.type for t in tokens if t.type.endswith("_open") and t.type != "blockquote_open"]
    fences = [t for t in tokens if t.type in ("fence", "code_block")]
    if opened != ["paragraph_open"] or len(fences) != 1 or tokens[-2].type not in ("fence", "code_block"):
        return None  # not a question paragraph over one closing code block
    inline = next((t for t in tokens if t.type == "inline"), None)
    if inline is None or inline.map is None or fences[0].map is None:
        return None
    text = " ".join(unquote(doc.text(inline.map[0], inline.map[1])).split())
    if not text.endswith(("?", "？")) or len(text) > _MAX:
        return None
    code = unquote(doc.text(fences[0].map[0], fences[0].map[1])).strip("\n")
    return text, code
