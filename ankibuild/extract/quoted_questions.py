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
A marks note closing it (`*(6 marks)*`, `[4 pts]`) is left off too; a bold label that itself asks
(`**Describe a skill you learned.**`) is the question, not a label, and one that gives advice (`**Exam tip:**`)
makes the quote a word to the reader. A blockquote that merely remarks (`> Keep every story under two
minutes.`) is not one. The rule only fires in a document holding two such quoted questions or more: one quoted
question is as likely an epigraph, and a quote above the first section heading with nothing answering it
(an examiner's script copied under the title) introduces the page.

**Cue cards.** A quote whose first paragraph asks and goes on with a line leading into a list of points to
cover (`You should say:`, ending with a colon), with at most one paragraph closing the prompt after the list
(`and explain why …`), is a quoted question too; its front is the whole quote, points included.

**The answer** is the free blocks after the quote up to the next quoted question, heading or `---`, without
the remarks in emphasis under a short label that close it (`_Tutor: 5/6 — good._`, `*Teacher feedback: …*`:
claimed with the card, no part of the back). A question followed by nothing, a placeholder, a remark in
brackets alone (`_(not attempted — ran out of time)_`), an answer label with only a dash after it
(`**My answer:** —`), or only a note to self (one short line opening with a warning mark or a capital
`TODO`/`TBD`/`FIXME`, e.g. `- ❗ need a story`, `_TODO — find one_`) is an `unanswered` diagnostic. The theme
headings above are context and topic tags, never cards (`### Card 1` over a cue card).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft
from . import RuleResult, claim, is_free
from .answers import CELL_FILLER, build_answer, is_advice, remark_or_empty_reason, unanswered, unquote
from .document import Document, has_free_blocks
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, is_question, without_marks

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
_BOLD_LABEL = re.compile(r"^(?:[^\w\s*]{1,3}[ \t]*)?\*\*(?P<label>[^*\n]{1,60}?[.:：])\*\*[ \t]+(?=\S)")
# `**My answer (1:54):**`, `**Antwort:**`, `**Mi respuesta:**`: a bold label closed by a colon opening the answer,
# whatever its words.
_ANSWER_LABEL = re.compile(r"^[ \t]*(?P<e>\*\*|__)[^\W\d_][^*_\n]{0,48}?(?:[:：](?P=e)|(?P=e)[ \t]*[:：])[ \t]*")
# `_Tutor: 5/6 — good._`, `*Teacher feedback: use the past perfect.*`: a paragraph wholly in emphasis opening
# with a label of one to three words and a colon, a remark on the answer by whoever marked it.
_REMARK = re.compile(r"^(?P<e>[*_])(?![*_\s])(?:[^\W\d_][\w'’-]*[ \t]*){1,3}[:：][ \t]+\S(?:(?!(?P=e)).|\n)*(?P=e)$")
# The line that leads into a cue card's points (`You should say:`, `Sie sollten sagen:`): it ends with a colon.
_LEAD_IN = re.compile(r"[:：]\s*$")


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
            if asked is None:
                asked = _cue_card(doc, index)
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
        if index not in shown and not body and _introduction(doc, index):
            continue  # a quote above the first section, none of its text answered: the page's introduction
        remarks = _trailing_remarks(doc, body)
        shown_body = body[: len(body) - len(remarks)]
        head = doc.blocks[index]
        loc = doc.loc(head.first)
        answer = build_answer(doc, shown_body) if shown_body else None
        reason = "no answer" if answer is None else _empty_reason(answer.markdown)
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
    return _asking(text)


def _asking(text: str) -> str | None:
    """TEXT (a quote's paragraph on one line) as the question it asks, without a bold label opening it, its
    quotation marks and a marks note closing it; None when it does not ask or opens with advice."""
    if text.startswith("**") or "**" in text[:6]:
        label = _BOLD_LABEL.match(text)
        if label is not None and is_advice(label.group("label")):
            return None  # `**Examiner's tip:** What is really asked? Underline …`: advice to the reader
        if label is not None and not is_question(label.group("label")):
            text = text[label.end() :]  # `**Q1.**`, `**Doc. 2 p. 85 – Question 2.**`: where it comes from
    if text.endswith(("*", "_", "]", ")", "）")):
        text = without_marks(text)  # `… from Chardonnay. *(6 marks)*`: its weight, no part of it
    quoted = _QUOTES.match(text)
    if quoted is not None:
        text = quoted.group("inner").strip()
    last = _SENTENCE_END.split(text)[-1]
    return text if text.endswith(("?", "？")) or is_question(last) else None


def _cue_card(doc: Document, index: int) -> str | None:
    """The prompt of blockquote block `index` when it is a cue card: a first paragraph that asks, a line leading
    into the points to cover (ending with a colon, in that paragraph or the next), the points as one list, and
    at most one paragraph closing the prompt after it (`and explain why …`). The whole quote is the front: the
    points are part of what is asked. None for any other quote."""
    block = doc.blocks[index]
    tokens = doc.tokens[block.start : block.end]
    parts: list[tuple[str, int, int]] = []  # (kind, first line, last line) of each child of the quote
    depth = 0
    for token in tokens[1:-1]:
        if token.nesting == 1 and depth == 0 and token.map is not None:
            parts.append((token.type, token.map[0], token.map[1]))
        depth += token.nesting
    kinds = [kind for kind, _, _ in parts]
    lists = [n for n, kind in enumerate(kinds) if kind in ("bullet_list_open", "ordered_list_open")]
    if len(lists) != 1 or not 1 <= lists[0] <= 2 or len(kinds) > lists[0] + 2:
        return None  # not one list of points after a paragraph or two, with at most one paragraph after it
    if any(kind != "paragraph_open" for n, kind in enumerate(kinds) if n != lists[0]):
        return None
    lead = unquote(doc.text(parts[lists[0] - 1][1], parts[lists[0] - 1][2]))
    if not _LEAD_IN.search(lead):
        return None  # the list is not introduced as the points to cover
    opening = unquote(doc.text(parts[0][1], parts[0][2])).split("\n")
    if lists[0] == 1:
        opening = opening[:-1]  # the lead-in is the opening paragraph's last line
    asked = " ".join(" ".join(opening).split())
    if not asked or len(asked) > _MAX or _asking(asked) is None:
        return None
    return unquote(doc.block_text(index)).strip()


def _introduction(doc: Document, index: int) -> bool:
    """True when blockquote block `index` stands above the document's first section heading (below its title
    only), sections following: the quote introduces the page (an examiner's script, a tip), it is no question."""
    above = [block for block in doc.blocks[:index] if block.kind == "heading"]
    if len(above) > 1 or (above and doc.tokens[above[0].start].tag != "h1"):
        return False  # under a section heading, not only under the title
    return any(block.kind == "heading" for block in doc.blocks[index + 1 :])


def _trailing_remarks(doc: Document, body: list[int]) -> list[int]:
    """The paragraphs closing BODY that remark on the answer in emphasis under a short label (`_Tutor: 5/6 —
    good._`): claimed with the card, left off its back."""
    remarks: list[int] = []
    for i in reversed(body[1:]):  # the answer comes first: a body of remarks alone is left as it stands
        text = doc.block_text(i).strip()
        if doc.blocks[i].kind != "paragraph" or not _REMARK.match(text) or ANSWER_LABEL.match(text[1:]):
            break  # not a remark, or an answer in italics under its label (`*Answer: …*`)
        remarks.insert(0, i)
    return remarks


def _empty_reason(markdown: str) -> str | None:
    """Why an answer is none: empty, a placeholder, a lone remark in brackets, a note to self, or an answer label
    with nothing after it but a dash (`**My answer:** —`)."""
    reason = remark_or_empty_reason(markdown) or _note_to_self(markdown)
    if reason is None and markdown.lstrip().startswith(("**", "__")) and (label := _ANSWER_LABEL.match(markdown)):
        said = markdown[label.end() :]
        if not said.strip(CELL_FILLER + "\n"):
            return "no answer" if not said.strip() else "placeholder"
        reason = remark_or_empty_reason(said) or _note_to_self(said)
    return reason


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
