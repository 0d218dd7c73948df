"""Collapsible answers: HTML `<details>` blocks, MkDocs question and answer admonitions, Obsidian question
callouts, and answer labels that judge a statement to be a question.

**HTML details.** `<details><summary>…</summary> … </details>`, written on one line, over several lines, or
GitHub style with Markdown between the tags separated by blank lines. Tags are looked for only in top-level
HTML blocks and paragraphs (never in code), and nested pairs are matched.

- When the summary reads as a question (questions.is_question), it is the front and the inside the back.
  A question `<details>` nested inside is a card of its own, and leaves the outer answer.
- When the summary only labels the answer (`Answer`, `Show answer`, `Solution`, `Click to expand`, or there
  is no summary), the front is found before it as for an answer box (below).
- Any other summary (`Hint`, `Python`, `More`) names a group: the details is not a card, but question
  details inside it are (an FAQ grouped under collapsible categories). Its own tags are claimed as skipped;
  its other content is left for the later rules. A hint summary (`Hint`, `Hint 2`, `Pista`, `Tip`) is
  the task's hint: context of the answer after it, or, when no answer follows, the task before it (one that
  asks, sets a task or sits under an exercise heading) is reported unanswered with its hint.
- An empty inside (or a placeholder, or only links) is an unanswered question.

**Answer boxes and labels.** A box typed or titled as an answer (`??? done "Answer"`, `??? success`,
`> [!check]- Solution`, an answer `<details>`), or a paragraph or quote opening with an answer label
(`Answer:`, `**Solution.**`, `_Answer:_`), answers what stands just before it, whether or not it asks:

- the nearest paragraph that asks or sets a task (`**Exercise:** …`, a command word, a `?`), with the
  code, lists or tables after it; a set-up ending with `:` and its code before that question goes with it;
- else the nearest paragraph (or one-item list: `1. Load the data`) and what follows it;
- else the heading above, when it does not ask (`### Two Sum`); a heading that asks is the heading rule's,
  unless only code stands between it and the answer (`#### What does this print?` + code): the code then
  stays on the front;
- tips, notes and hints between the question and the answer (`!!! tip`, `??? info "Hint 1"`) go to the
  card's context; an earlier answer (box or label) is never part of the question;
- lettered questions (`**A.** …?`, `**B.** …?`) before one box are one card each, with their part of the
  answer when the box is lettered the same way; the paragraph introducing them goes to their context.
A labelled answer runs on to the next heading, rule, question or the task before the next answer.
`**Exercise 9.** …` with nothing after it (or only a hint, `*Hint:* …`, and comments) is reported unanswered;
one answered on its own line after a dash, in bold (`**Problem 8.** What is 17 × 23? — **391**`), is a card. A
label naming its task (`**Problem 4 (Broken stick).**`) leaves the front whole.

**Question boxes.** A top-level MkDocs admonition (`!!!`, `???`, `???+`) or Obsidian callout (`> [!type]`,
folded `> [!type]-`, foldable `> [!type]+`) of type `question`, `faq` or `help`; both are read as an
answers.Box, so every point below holds for either:

- its title is the question when it asks; otherwise its body is the question, under its title when that
  names the problem (`!!! question "Dosing by weight"`) or under the heading of the section it opens
  (`## Two sum` + `!!! question`: an MkDocs problem page);
- the answer is the next answer box, past any hint boxes (which go to the context), or an answer box nested
  in the question's own body; the answer's body is unwrapped (answers.box_body);
- without an answer box, a question title with a body is an FAQ entry: the body is the answer;
- a question without any answer is unanswered.

**Nested.** The same conventions inside a list item, a plain blockquote or a tip/example box: each item (or
the inside) is read as a document of its own, to a bounded depth; its cards keep their lines. In a list
where some items are answered that way, an item that asks without an answer is unanswered.

Context is the heading path (and hints); tags are its topic path plus `[E]/[M]/[H]` difficulty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..markdown import make_parser
from ..records import CardDraft, Diagnostic, SourceFile
from . import RuleResult, claim, is_free
from .answers import (
    ANSWER_TYPES,
    QUESTION_TYPES,
    Box,
    box_body,
    empty_reason,
    question_box,
    read_box,
    sheet_working_label,
    unanswered,
    unquote,
)
from .collapsibles import TAG, WHOLE_BOLD, DetailsRegion, body_without, find_details, is_answer_summary, is_hint, summary_text
from .document import (
    Block,
    Document,
    a_line_opens_with,
    block_at,
    build_document,
    lazy_pattern,
    line_heads,
    mark_tails,
    may_hold,
    may_open_a_line,
    search_lines,
)
from .outline import clean_heading, heading_path, heading_question, topic_tags
from .questions import (
    ANSWER_LABEL,
    NUMBERED_QUESTION_LABEL,
    QUESTION_LABEL_WORDS,
    clean_question,
    holds_question_list,
    is_question,
    question_paragraph,
    split_dash_answer,
    starts_with_imperative,
    take_difficulty,
)

CONVENTION = "details"

# Answer words in the languages notes are most often written in (Spanish, French, German, Italian, Portuguese).
_ANSWER_TITLE = lazy_pattern(
    r"\b(answers?|solutions?|explanation|respuestas?|soluci[oó]n|r[ée]ponses?|antwort|l[öo]sung|risposta|soluzione|respostas?|solu[çc][ãa]o)\b",
    re.I,
)
_CODE_KINDS = frozenset({"fence", "code_block", "math_block"})
_QUESTION_KINDS = frozenset(
    {"paragraph", "fence", "code_block", "bullet_list", "ordered_list", "table", "math_block", "blockquote"}
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `<details>` blocks and MkDocs question admonitions."""
    return _extract(doc, taken, 0)


_MAX_DEPTH = 6
"""How deep containers are looked into (a list item in a quote in a box …): real notes nest a few levels."""


def _extract(doc: Document, taken: Mapping[int, str], depth: int) -> RuleResult:
    scan = _Scan(doc, dict(taken), [], [], {})
    regions = find_details(doc)
    for region in regions:
        if is_hint(region):
            scan.hint_lines.update(dict.fromkeys(range(region.first, region.last), region))
    for region in regions:
        _details_card(scan, region)
    nests: bool | None = None  # whether a container may hold what `_nested_cards` reads: asked at the first
    for index, block in enumerate(doc.blocks):
        box = question_box(doc, block)
        if box is not None and not holds_question_list(doc, block):
            _box_card(scan, index, box)
            continue
        answer = _answer_box(doc, block)
        if answer is not None and is_free(doc, scan.seen, index):
            _answer_cards(scan, _front(scan, index), box_body(doc, answer).strip(), [(block.first, block.last)])
        elif _labelled_answer(doc, block) and is_free(doc, scan.seen, index):
            _label_cards(scan, index)
        elif block.kind in _CONTAINERS and depth < _MAX_DEPTH and is_free(doc, scan.seen, index):
            if nests is None:
                nests = _may_nest(doc)
            if nests:
                _nested_cards(scan, index, depth)
    _hint_only_tasks(scan, regions)
    _unanswered_exercises(scan)
    _tables_in_series(scan)
    _unanswered_in_series(scan)
    _unanswered_under_label_headings(scan)
    return RuleResult(tuple(scan.drafts), tuple(scan.diagnostics), scan.claims)


@dataclass(slots=True)
class _Scan:
    """The rule's working state over one document."""

    doc: Document
    seen: dict[int, str]
    drafts: list[CardDraft]
    diagnostics: list[Diagnostic]
    claims: dict[int, str]
    hint_lines: dict[int, DetailsRegion] = field(default_factory=dict)
    """Every line of a hint `<details>` (`<summary>Hint</summary>`), to its region."""
    series: set[str] = field(default_factory=set)
    """The shapes of the bold labels numbering the questions answered by a label (`q#` for `**Q3.1.4**`)."""

    def free(self, first: int, last: int) -> bool:
        return self.seen.keys().isdisjoint(range(first, last))

    def take(self, first: int, last: int, reason: str) -> None:
        lines = claim(first, last, reason)
        self.claims.update(lines)
        self.seen.update(lines)

    def card(
        self,
        line: int,
        question: str,
        answer: str,
        path: tuple[str, ...],
        spans: Sequence[tuple[int, int]],
        hints: tuple[str, ...] = (),
    ) -> None:
        """Record a card, or an unanswered question when the answer does not count."""
        question, difficulty = take_difficulty(question)
        question = question.strip()
        reason = empty_reason(answer)
        if reason:
            self.diagnostics.append(unanswered(self.doc.loc(line), " ".join(question.split()), reason))
        else:
            tags = ((f"difficulty::{difficulty}",) if difficulty else ()) + topic_tags(path)
            context = tuple(clean_heading(p) for p in path) + hints
            self.drafts.append(CardDraft(self.doc.loc(line), CONVENTION, question, answer, context, tags))
        for first, last in spans:
            self.take(first, last, "unanswered" if reason else "card")


def _details_card(scan: _Scan, region: DetailsRegion) -> None:
    doc = scan.doc
    index = block_at(doc, region.first)
    if index is None or not scan.free(region.first, region.last):
        return
    answer_label = is_answer_summary(region.summary)  # before is_question: `Show answer` would read as a command
    if not answer_label and region.summary is not None and is_question(plain := summary_text(region.summary)):
        question, _ = clean_question(plain)
        body, spans = _own_body(scan, region)
        scan.card(region.first, question, body, heading_path(doc, index), spans)
        return
    if not answer_label and is_hint(region):
        return  # a hint goes with the answer after it, else with its task (_hint_only_tasks)
    if not answer_label:
        # A group (`<summary>Python</summary>`): its question details are cards and then its own tags are
        # accounted for; without any, the whole region is left to the later rules.
        before = len(scan.claims)
        for child in region.children:
            _details_card(scan, child)
        if len(scan.claims) > before:
            for line in (region.first, region.last - 1):
                if line not in scan.seen:
                    scan.take(line, line + 1, "skip:details")
        else:
            _take_bare_tags(scan, region)
        return
    fronts = _front(scan, index)
    if fronts:
        body, spans = _own_body(scan, region)
        _answer_cards(scan, fronts, body, spans)


def _asks_in_summary(region: DetailsRegion) -> bool:
    return not is_answer_summary(region.summary) and region.summary is not None and is_question(summary_text(region.summary))


def _own_body(scan: _Scan, region: DetailsRegion) -> tuple[str, list[tuple[int, int]]]:
    """A details' answer without the question details nested in it, which become cards of their own
    first; and the line spans left to it."""
    nested = [c for c in region.children if _asks_in_summary(c) and region.first < c.first and c.last < region.last]
    if not nested:
        return region.body, [(region.first, region.last)]
    for child in nested:
        _details_card(scan, child)
    spans: list[tuple[int, int]] = []
    start = region.first
    for child in nested:
        spans.append((start, child.first))
        start = child.last
    spans.append((start, region.last))
    return body_without(scan.doc, region, nested), spans


# `Solution:`, `*Answer:*`, `_Answer_:` — the labels ANSWER_LABEL leaves out.
_MORE_LABELS = lazy_pattern(
    r"^\s*(?:(?P<m>\*\*|__|\*|_)(?:answers?|solution|sol)(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:.][ \t]*(?P=m)|(?P=m)[ \t]*[:.](?!:))"
    r"|(?:solution|sol)(?:[ \t]*\d+[a-z]?)?[ \t]*[:.](?!:)(?=\s|$))[ \t]*",
    re.I,
)


def _labelled_answer(doc: Document, block: Block) -> bool:
    """True for a paragraph, or a plain blockquote, that opens with an answer label (`> **Answer:** …`)."""
    if block.kind == "paragraph":
        return bool(_label_end(doc.lines[block.first])) and not _lettered_item_before_its_answer(doc, block)
    if block.kind == "blockquote" and read_box(doc, doc.tokens[block.start]) is None:
        return bool(_label_end(unquote(doc.lines[block.first])))
    return False


# `**A1.**`, `__B12)__`: a bold letter and number labelling an item of a lettered series (`Partie A` holds
# `A1` … `A4`). `A1.` also reads as "answer 1", so the item is a question only where an answer label follows it.
_LETTER_NUMBER_ITEM = lazy_pattern(r"^\s*(?P<b>\*\*|__)[A-Za-z]\d{1,3}[.):]?(?P=b)[ \t]+\S")


def _lettered_item_before_its_answer(doc: Document, block: Block) -> bool:
    """True for a paragraph opening with a bold letter-and-number label (`**A1.** Quelle est …?`) whose next
    block, past any code, opens with an answer label that is no such item (`**Réponse :** …`): the item is the
    question that label answers, not an answer labelled `A1` itself."""
    if _LETTER_NUMBER_ITEM.match(doc.lines[block.first]) is None:
        return False
    index = block_at(doc, block.first)
    if index is None:
        return False
    for following in doc.blocks[index + 1 :]:
        if following.kind in _CODE_KINDS:
            continue
        if following.first >= len(doc.lines):
            return False  # a footnote block the parser places after the last line: no label opens it
        line = doc.lines[following.first]
        return following.kind == "paragraph" and bool(_label_end(line)) and _LETTER_NUMBER_ITEM.match(line) is None
    return False


def _label_end(line: str) -> int:
    """Where an answer label opening a line ends (0 when there is none)."""
    match = ANSWER_LABEL.match(line) or _MORE_LABELS.match(line)
    if match is None or re.fullmatch(r"[\s*_]*a[\s*_]*\.[\s*_]*", match.group(0), re.I):
        return 0  # `**A.** …` letters the first of several questions more often than it labels an answer
    return match.end()


def _label_cards(scan: _Scan, index: int) -> None:
    """The question before a paragraph that opens with an answer label (`Answer:`, `**Solution.**`), which
    answers it with the blocks that follow, up to a heading, a rule, the next question or the task before
    the next answer."""
    doc = scan.doc
    working = _working_chunks(scan, index)
    fronts = _front(scan, working[0] if working else index)
    if not fronts or question_paragraph(doc, doc.blocks[block_at(doc, fronts[0].line) or 0]) is not None:
        return  # nothing asks before it, or a bold/labelled question the bold-question rule owns
    block = doc.blocks[index]
    end = _label_answer_end(scan, index) if block.kind == "paragraph" else index + 1
    if len(fronts) == 1 and (shape := _series_shape(doc.lines[fronts[0].line])) is not None:
        scan.series.add(shape)
        end = _before_next_in_series(doc, shape, index, end)
    first = doc.block_text(index) if block.kind == "paragraph" else unquote(doc.block_text(index))
    parts = [first[_label_end(first) :].lstrip(" \t\n")] + [doc.block_text(i) for i in range(index + 1, end)]
    parts = [doc.block_text(i) for i in working] + parts
    last = doc.blocks[end - 1].last
    start = doc.blocks[working[0]].first if working else block.first
    _answer_cards(scan, fronts, "\n\n".join(p.strip("\n") for p in parts if p.strip()), [(start, last)])


# The head of an R Markdown / Quarto code chunk run when the notes are knitted: ```` ```{r} ````,
# ```` ```{r, fig.height=3} ````, ```` ```{python echo=FALSE} ````.
_ENGINE_CHUNK = lazy_pattern(r"^\{[ \t]*[A-Za-z][\w-]*(?:[ \t,][^{}]*)?\}$")


def _working_chunks(scan: _Scan, index: int) -> list[int]:
    """The knitted code chunks right between a task and the answer label at INDEX (`Fit the model.
    What is the slope?` + ```` ```{r} fit <- lm(…) ```` + `**Solution.** …`): the computation the answer
    reads its result from, so it opens the back; so do the labelled steps of a worked solution there
    (`**Given:** …`, `**Solution:** …` over `**Answer:** …`). Plain fenced code there stays on the front (`What does
    this print?` + its code)."""
    doc = scan.doc
    j = index
    while j > 0 and (_engine_chunk(doc, doc.blocks[j - 1]) or _working_step(doc, j - 1)) and scan.free(
        doc.blocks[j - 1].first, doc.blocks[j - 1].last
    ):
        j -= 1
    if j == index or j == 0 or doc.blocks[j - 1].kind != "paragraph" or doc.block_text(j - 1).rstrip().endswith((":", "：")):
        return []  # no task before the chunks, or a set-up (`Consider the data:`) that the code completes
    return list(range(j, index))


def _working_step(doc: Document, index: int) -> bool:
    """A paragraph of a problem's written-out working (`**Given:** …`, `**Решение:** …`) right before its answer
    line: it opens the back, as a computed chunk does."""
    block = doc.blocks[index]
    return block.kind == "paragraph" and sheet_working_label(doc.block_text(index))


def _engine_chunk(doc: Document, block: Block) -> bool:
    return block.kind == "fence" and bool(_ENGINE_CHUNK.match(doc.tokens[block.start].info.strip()))


# `**Q3.1.4**`, `**7.**`, `__Ex 2)__`, `**Ex. 2**` before a question's text: a bold label numbering one question
# of a series (a name may be abbreviated with a dot).
_SERIES_LABEL = lazy_pattern(
    r"^\s*(?P<b>\*\*|__)(?:(?P<name>[^\W\d_]{1,12})\.?)?[ \t]*\d+(?:\.\d+)*[a-z]?[.):]?(?P=b)(?=[ \t]+\S)"
)


def _series_shape(line: str) -> str | None:
    """The shape of the bold label numbering a question (`q#` for `**Q3.1.4**`, `#` for `**7.**`), else None."""
    match = _SERIES_LABEL.match(line)
    return None if match is None else (match.group("name") or "").lower() + "#"


def _opens_series_item(doc: Document, block: Block) -> bool:
    """True for a paragraph opening with a bold label that numbers an item of a series (`**C1.** …`, `**7.** …`):
    a question that does not ask (`Vrai ou faux : …`) still starts there, never in the paragraph above it."""
    return block.kind == "paragraph" and _series_shape(doc.lines[block.first]) is not None


def _before_next_in_series(doc: Document, shape: str, index: int, end: int) -> int:
    """Where a labelled answer stops at the latest: the next paragraph numbered like its question
    (`**Q3.1.4** …` after the answer to `**Q3.1.3**`) starts another question, answered or not."""
    for k in range(index + 1, end):
        block = doc.blocks[k]
        if block.kind == "paragraph" and _series_shape(doc.lines[block.first]) == shape:
            return k
    return end


def _unanswered_in_series(scan: _Scan) -> None:
    """A paragraph numbered like the questions answered by a label (`**Q3.1.4** (†) Express …` among
    `**Q3.1.3** …` + `*Answer:* …`) followed by a heading, a rule, the next such question or nothing:
    unanswered."""
    if not scan.series:
        return
    doc = scan.doc
    for i, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not scan.free(block.first, block.last):
            continue
        if _series_shape(doc.lines[block.first]) not in scan.series:
            continue
        notes = _notes_to_self_after(scan, i)
        following = doc.blocks[i + 1 + len(notes)] if i + 1 + len(notes) < len(doc.blocks) else None
        next_in_series = following is not None and following.kind == "paragraph" and _series_shape(doc.lines[following.first]) in scan.series
        if following is not None and following.kind not in ("heading", "hr") and not next_in_series:
            continue  # something follows that may answer it (code, a list): left to the other rules
        text = doc.block_text(i).strip()
        match = _SERIES_LABEL.match(text)
        question = " ".join(_clean_prompt(text[match.end() :] if match else text).split())
        question = _LEADING_DASH.sub("", question)  # `**Ex. 5** — Lessor side: …`: the dash only separates
        if question and not question.endswith(":"):
            scan.diagnostics.append(unanswered(doc.loc(block.first), question, "no answer"))
            scan.take(block.first, block.last, "unanswered")
            for k in notes:  # `_(do this one later)_` under it answers nothing
                scan.take(doc.blocks[k].first, doc.blocks[k].last, "unanswered")


_LEADING_DASH = lazy_pattern(r"^[—–-][ \t]+")
# `_(do this one from the textbook — haven't written it up)_`, `*(skipped)*`: a note to self in parentheses,
# set apart in italics, that stands in for an answer.
_NOTE_TO_SELF = lazy_pattern(r"^\s*(?P<i>\*|_)\((?:(?!\n\s*\n).)*\)(?P=i)\s*$", re.S)


def _notes_to_self_after(scan: _Scan, index: int) -> list[int]:
    """The free paragraphs right after block INDEX that are only a parenthesised note to self in italics."""
    doc = scan.doc
    found: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        block = doc.blocks[j]
        if block.kind != "paragraph" or not scan.free(block.first, block.last) or not _NOTE_TO_SELF.match(doc.block_text(j)):
            break
        found.append(j)
    return found


def _working_without_answer(scan: _Scan, index: int) -> list[int]:
    """The knitted code chunks right after block INDEX (```` ```{r} plot(fit) ````), then only HTML comments
    (`<!-- solution left for Thursday -->`): the task's working with no answer label after it."""
    doc = scan.doc
    found: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        block = doc.blocks[j]
        if not scan.free(block.first, block.last):
            break
        chunk = _engine_chunk(doc, block) and all(_engine_chunk(doc, doc.blocks[k]) for k in found)
        comment = bool(found) and block.kind == "html_block" and doc.block_text(j).lstrip().startswith("<!--")
        if not (chunk or comment):
            break
        found.append(j)
    return found


def _tables_in_series(scan: _Scan) -> None:
    """A question numbered like those answered by a label (`**Ex. 2** — … What is the journal entry?` among
    `**Ex. 1** … ?` + `Answer: …`) directly followed by a table: the table answers it, with the paragraphs,
    lists and code after it, up to a heading, a rule, the next question of the series or anything that asks."""
    if not scan.series:
        return
    doc = scan.doc
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or i + 1 >= len(blocks) or blocks[i + 1].kind != "table":
            continue
        if _series_shape(doc.lines[block.first]) not in scan.series or not _asks(doc, i):
            continue
        table = blocks[i + 1]
        if not scan.free(block.first, table.last):
            continue
        end = i + 2
        while end < len(blocks):
            after = blocks[end]
            if after.kind not in _QUESTION_KINDS or not scan.free(after.first, after.last) or _asks(doc, end):
                break
            if after.kind == "paragraph" and (_series_shape(doc.lines[after.first]) is not None or _labelled_answer(doc, after)):
                break
            end += 1
        front = _front_from(doc, [i], heading_path(doc, i))
        answer = "\n\n".join(doc.block_text(k).strip("\n") for k in range(i + 1, end))
        _answer_cards(scan, [front], answer, [(table.first, blocks[end - 1].last)])


_MIN_LABEL_HEADINGS = 2


def _unanswered_under_label_headings(scan: _Scan) -> None:
    """A heading that only labels a question (`##### [Fa20 Final, Q9]`, `### Problem 4`), at the level of two
    or more such headings whose question this rule answered (`##### [Sp21 Final, Q1a]` + its task +
    `**Sol.** …`), whose section holds only a paragraph that asks or sets a task (and notes to self in
    italics): unanswered."""
    doc = scan.doc
    if len(scan.drafts) < _MIN_LABEL_HEADINGS:
        return
    counts: dict[int, int] = {}
    for draft in scan.drafts:
        index = block_at(doc, draft.loc.line - 1)
        if index is None or index == 0 or doc.blocks[index - 1].kind != "heading":
            continue
        section = doc.section_of_block(index - 1)
        if section is not None and heading_question(doc, section) is None:
            counts[section.level] = counts.get(section.level, 0) + 1
    levels = {level for level, n in counts.items() if n >= _MIN_LABEL_HEADINGS}
    for section in doc.sections if levels else ():
        if section.level not in levels or not section.body:
            continue
        first = section.body[0]
        if doc.blocks[first].kind != "paragraph" or not _asks(doc, first):
            continue
        notes = _notes_to_self_after(scan, first) or _working_without_answer(scan, first)
        end = doc.blocks[section.body[-1]].last
        heading = doc.blocks[section.block]
        if len(section.body) != 1 + len(notes) or not scan.free(heading.first, end) or heading_question(doc, section):
            continue
        question = " ".join(_question_block_text(doc, first).split())
        scan.diagnostics.append(unanswered(doc.loc(doc.blocks[first].first), question, "no answer"))
        scan.take(heading.first, end, "unanswered")


def _label_answer_end(scan: _Scan, index: int) -> int:
    """Index of the block after a labelled answer."""
    doc = scan.doc
    j = index + 1
    last_prompt: int | None = None
    while j < len(doc.blocks):
        block = doc.blocks[j]
        if block.kind in ("heading", "hr") or not scan.free(block.first, block.last) or _asks(doc, j):
            break
        if block.kind in ("admonition", "blockquote") and read_box(doc, doc.tokens[block.start]) is not None:
            if _answer_box(doc, block) is not None and last_prompt is not None:
                return last_prompt  # the next answer's task starts there
            break
        if block.kind == "paragraph" and _label_end(doc.lines[block.first]):
            return last_prompt if last_prompt is not None else j
        if block.kind == "paragraph" or _one_item(doc, block):
            last_prompt = j
        j += 1
    return j


def _answer_cards(scan: _Scan, fronts: Sequence[_Front], answer: str, spans: list[tuple[int, int]]) -> None:
    """Cards for the question(s) before one answer: a lettered group shares it, each letter taking its own
    part when the answer is lettered the same way (`A. …`, `B. …`)."""
    parts = _split_by_letter(answer, [f.letter for f in fronts]) if len(fronts) > 1 else None
    for n, front in enumerate(fronts):
        own = parts[n] if parts is not None else answer
        scan.card(front.line, front.question, own, front.path, [*front.spans, *spans], front.hints)


def _split_by_letter(answer: str, letters: Sequence[str | None]) -> list[str] | None:
    """The answer cut at lines opening with the given letters in order (`A. paired-end`, `**B.** …`), or
    None when it is not lettered that way."""
    lines = answer.split("\n")
    starts: list[int] = []
    wanted = list(letters)
    for n, line in enumerate(lines):
        if len(starts) < len(wanted) and not line.startswith((" ", "\t")):
            found = _letter_of(line)
            if found is not None and found[0] == wanted[len(starts)]:
                starts.append(n)
    if len(starts) != len(wanted) or any(lines[m].strip() for m in range(starts[0])):
        return None
    out: list[str] = []
    for k, begin in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        found = _letter_of(lines[begin])
        assert found is not None
        out.append("\n".join([found[1], *lines[begin + 1 : end]]).strip())
    return out


@dataclass(frozen=True, slots=True)
class _Front:
    """The question found before an answer box."""

    question: str
    """The front's Markdown."""
    line: int
    """Its first line, 0-based."""
    spans: list[tuple[int, int]]
    """The line spans it used (hint boxes included)."""
    path: tuple[str, ...]
    """The heading path above it."""
    hints: tuple[str, ...] = ()
    """Hint and tip boxes between the question and its answer, as context lines."""
    letter: str | None = None
    """Its letter in a group of lettered questions sharing one answer (`**B.** …`), else None."""


_ONLY_TAGS = lazy_pattern(r"^(?:\s*(?:<details\b[^>]*>|</details\s*>|<summary\b[^>]*>.*?</summary\s*>))*\s*$", re.I | re.S)


def _take_bare_tags(scan: _Scan, region: DetailsRegion) -> None:
    """A group's opening and closing blocks when they hold only its tags and summary: accounted for, so
    that no later rule takes a stray `</details>` as an answer; the content between is left to them."""
    doc = scan.doc
    for line in (region.first, region.last - 1):
        index = block_at(doc, line)
        if index is None:
            continue
        block = doc.blocks[index]
        if block.kind == "html_block" and scan.free(block.first, block.last) and _ONLY_TAGS.match(doc.block_text(index)):
            scan.take(block.first, block.last, "skip:details")


def _front(scan: _Scan, index: int) -> list[_Front]:
    """The question(s) before an answer box or answer-labelled details at block `index`. Usually one; a
    run of lettered questions (`**A.** …?`, `**B.** …?`) answered by one box gives one per letter."""
    doc = scan.doc
    run: list[int] = []
    hints: list[int] = []
    j = index - 1
    while j >= 0:
        block = doc.blocks[j]
        region = scan.hint_lines.get(block.first)
        if region is not None and scan.free(region.first, region.last):
            while j >= 0 and doc.blocks[j].first >= region.first:
                hints.insert(0, j)  # a hint `<details>` between a task and its answer: context
                j -= 1
            continue
        if not scan.free(block.first, block.last):
            break
        if _aside_box(doc, block) is not None:
            hints.insert(0, j)  # a tip or hint between a task and its answer: context, not part of the task
            j -= 1
            continue
        if block.kind not in _QUESTION_KINDS or _is_answer_block(doc, block):
            break
        run.insert(0, j)
        if _asks(doc, j):
            lettered = _lettered_group(scan, j)
            if lettered:
                return _lettered_fronts(scan, lettered, run, hints)
            run = _setup_unless_numbered(scan, j) + run
            return [_front_from(doc, run, heading_path(doc, j), _hints_of(scan, hints), hints)]
        if _opens_series_item(doc, block):
            break  # `**C1.** Vrai ou faux : …` stands on its own: the instruction above it is the section's
        j -= 1
    head = doc.blocks[j] if j >= 0 else None
    if head is not None and head.kind == "heading":
        section = doc.section_of_block(j)
        if section is None or (section.level == 1 and section.title == doc.title):
            head = None
        elif (found := heading_question(doc, section)) is not None:
            if run and all(doc.blocks[i].kind in _CODE_KINDS for i in run) and scan.free(head.first, head.last):
                # `#### What does this print?` + its code + the answer: the code belongs on the front.
                parts = [found[0]] + [doc.block_text(i) for i in run]
                spans = [(head.first, head.last)] + [(doc.blocks[i].first, doc.blocks[i].last) for i in [*run, *hints]]
                return [_Front("\n\n".join(parts), head.first, spans, section.path, _hints_of(scan, hints))]
            return []  # the heading rule owns a section whose heading asks
    prompts = [i for i in run if doc.blocks[i].kind == "paragraph" or _one_item(doc, doc.blocks[i])]
    if prompts:
        return [_front_from(doc, run[run.index(prompts[-1]) :], heading_path(doc, prompts[-1]), _hints_of(scan, hints), hints)]
    if head is not None and head.kind == "heading" and scan.free(head.first, head.last):
        section = doc.section_of_block(j)
        assert section is not None
        title, _ = clean_question(clean_heading(section.title))
        parts = [title] + [doc.block_text(i) for i in run]
        spans = [(head.first, head.last)] + [(doc.blocks[i].first, doc.blocks[i].last) for i in [*run, *hints]]
        return [_Front("\n\n".join(parts), head.first, spans, section.path, _hints_of(scan, hints))]
    return []


# `Exercise:`, `Exercise 9.`, `Problem 3.` — not a bare `**Problem**:`, which names a difficulty as often as a task.
_EXERCISE_LABEL = lazy_pattern(r"^\W*(?:(?:exercises?|assignments?)\b|(?:tasks?|problems?|challenges?)\s*#?\s*\d)", re.I)


def _unanswered_exercises(scan: _Scan) -> None:
    """`**Exercise 9.** List …` with no answer before the next heading, rule or exercise: unanswered."""
    doc = scan.doc
    if not _may_hold_exercise_labels(doc):
        return
    tasks = [
        i
        for i, b in enumerate(doc.blocks)
        if b.kind == "paragraph" and scan.free(b.first, b.last) and _TASK_LABEL.match(_bold_as_stars(doc.lines[b.first]))
        and _EXERCISE_LABEL.match(_bold_as_stars(doc.lines[b.first]))
    ]
    for i in tasks:
        question = " ".join(_question_block_text(doc, i).split())
        if _dash_answered(scan, i, question):
            continue  # `**Problem 8.** What is 17 × 23? — **391**`: answered on its own line
        asides = _hints_after(scan, i, tasks)
        j = i + 1 + len(asides)
        following = doc.blocks[j] if j < len(doc.blocks) else None
        if following is not None and following.kind not in ("heading", "hr") and j not in tasks:
            continue  # something follows that may answer it: left to the other rules
        if question and not question.endswith(":"):
            scan.diagnostics.append(unanswered(doc.loc(doc.blocks[i].first), question, "no answer"))
            scan.take(doc.blocks[i].first, doc.blocks[i].last, "unanswered")
            for k in asides:  # a hint or a note to self under it answers nothing
                scan.take(doc.blocks[k].first, doc.blocks[k].last, "unanswered")


# `*Hint:* …`, `**Hint.** …`, `Tip: …`: a paragraph that helps with the task, no answer.
_HINT_PARAGRAPH = lazy_pattern(r"^\s*(?P<b>\*\*|__|\*|_)?(?:hints?|tips?|clues?)(?:[ \t]*\d+)?[ \t]*(?:[:.](?P=b)|(?P=b)[ \t]*[:.])", re.I)


def _hints_after(scan: _Scan, index: int, tasks: Sequence[int]) -> list[int]:
    """The free hint paragraphs and HTML comments right after the task at block INDEX, when they are all
    that stands before the next heading, rule, task or the end (nothing else that could answer it)."""
    doc = scan.doc
    found: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        block = doc.blocks[j]
        if block.kind in ("heading", "hr") or j in tasks:
            break
        if not scan.free(block.first, block.last):
            return []
        line = doc.lines[block.first]
        hint = block.kind == "paragraph" and _HINT_PARAGRAPH.match(line) is not None
        if not hint and not (block.kind == "html_block" and line.lstrip().startswith("<!--")):
            return []  # a block that may answer the task
        found.append(j)
    return found


def _dash_answered(scan: _Scan, index: int, question: str) -> bool:
    """Make the card of a one-paragraph task answered after a dash on its own line, the answer in bold
    (`What is $17 \\times 23$? — **391** (…)`); True when it did."""
    doc = scan.doc
    block = doc.blocks[index]
    split = split_dash_answer(question) if "?" in question else None
    if split is None or not split[1].startswith(("**", "__")):
        return False
    scan.card(block.first, split[0], split[1], heading_path(doc, index), [(block.first, block.last)])
    return True


# Every `_EXERCISE_LABEL` match opens with one of these words after characters that are neither letters nor
# digits (`document.may_open_a_line`), or, in a line whose HTML bold `_bold_as_stars` makes Markdown bold,
# after a `<b>` or `<strong>` tag, whose name is then the line's first word.
_EXERCISE_WORDS = ("exercise", "assignment", "task", "problem", "challenge")
_BOLD_TAGS = ("b", "strong")


def _may_hold_exercise_labels(doc: Document) -> bool:
    """False only when no line can open with an exercise label (`_EXERCISE_LABEL`)."""
    return may_open_a_line(doc, _EXERCISE_WORDS) or a_line_opens_with(doc, _BOLD_TAGS)


def _setup(scan: _Scan, index: int) -> list[int]:
    """The set-up a question continues (`Consider the following schema:` + its code, then `Write a query
    that …`): a paragraph ending with `:` and the code after it, right before the question."""
    doc = scan.doc
    j = index - 1
    code: list[int] = []
    while j >= 0 and doc.blocks[j].kind in _CODE_KINDS | {"table"} and scan.free(doc.blocks[j].first, doc.blocks[j].last):
        code.insert(0, j)
        j -= 1
    if not code or j < 0 or doc.blocks[j].kind != "paragraph" or not scan.free(doc.blocks[j].first, doc.blocks[j].last):
        return []
    if _labelled_answer(doc, doc.blocks[j]):
        return []  # `**Answer:** … as follows:` + its code ends the previous question, it never sets up the next
    return [j, *code] if doc.block_text(j).rstrip().endswith(":") else []


def _setup_unless_numbered(scan: _Scan, index: int) -> list[int]:
    """The set-up before a question, unless the question is numbered by its label (`**Question 3:** …`,
    `**سوال ۹:** …`): an item of a series stands on its own, and a table or code introduced just before it
    belongs to the section (it is read by the other rules), not to that one question."""
    if NUMBERED_QUESTION_LABEL.match(scan.doc.lines[scan.doc.blocks[index].first]):
        return []
    return _setup(scan, index)


def _front_from(doc: Document, run: Sequence[int], path: tuple[str, ...], hints: tuple[str, ...] = (), hint_blocks: Sequence[int] = ()) -> _Front:
    first = doc.blocks[run[0]]
    parts = [_question_block_text(doc, run[0])] + [doc.block_text(i) for i in run[1:]]
    spans = [(doc.blocks[i].first, doc.blocks[i].last) for i in [*run, *hint_blocks]]
    return _Front("\n\n".join(parts), first.first, spans, path, hints)


# A question label of any language (`Frage`, `שאלה`, `प्र॰`: questions.QUESTION_LABEL_WORDS, the Devanagari abbreviation
# sign after an abbreviated one), whole: a space, number, bracket or punctuation after it, never a letter or a vowel
# sign (`**Quick**`, `**प्रिय**` are no labels).
_OTHER_QUESTION_LABEL = QUESTION_LABEL_WORDS + r"॰?(?=[\s\d#№:.)(：．）*_-])"
# `**Exercise:**`, `Exercise 2.`, `**Task 3**:`, `__Problem:__` before a task's text; and a question label of any
# language closing its bold span with its number (`**Frage 2:**`, `**שאלה 4**`, `**प्र॰ १.**`; not `**Q1: Deploy …**`,
# a bold question).
_TASK_LABEL = lazy_pattern(
    r"^\s*(?P<b>\*\*|__)?(?:exercises?|tasks?|problems?|questions?|assignments?|challenges?|practice)"
    r"(?:\s*#?\s*\d+(?:\.\d+)*[a-z]?)?\s*(?:[:.)]\s*(?P=b)|(?P=b)\s*[:.)]?)?(?(b)|\s*[:.)])\s*(?=\S)"
    r"|^\s*(?P<c>\*\*|__)" + _OTHER_QUESTION_LABEL + r"(?:\s*#?\s*\d+(?:\.\d+)*[a-z]?)?\s*(?:[:.)]\s*(?P=c)|(?P=c)\s*[:.)]?)\s*(?=\S)",
    re.I,
)
# `**Problem 4 (Broken stick).**`, `**Exercise (Warm-up):**`, `**שאלה 2 (חורף 2022)**`: a task label naming the
# task, or the paper it comes from, in parentheses.
_NAMED_TASK_LABEL = lazy_pattern(
    r"^\s*(?P<b>\*\*|__)(?:exercises?|tasks?|problems?|questions?|assignments?|challenges?|practice|" + _OTHER_QUESTION_LABEL + r")"
    r"(?:\s*#?\s*\d+(?:\.\d+)*[a-z]?)?\s*\([^()\n]{1,60}\)\s*(?:[:.]\s*(?P=b)|(?P=b)\s*[:.]?)\s*(?=\S)",
    re.I,
)
# `**A.**`, `A.`, `a)`, `(a)`, `__B)__` before one of several lettered questions.
_LETTER = lazy_pattern(r"^\s*(?P<b>\*\*|__)?(?:\((?P<l1>[A-Za-z])\)|(?P<l2>[A-Za-z])[.)])(?P=b)?\s+(?=\S)")


_HTML_BOLD = lazy_pattern(r"</?(?:b|strong)>", re.I)


def _bold_as_stars(text: str) -> str:
    """`<b>Exercise 2.</b> …` → `**Exercise 2.** …`: HTML bold read like Markdown bold."""
    return _HTML_BOLD.sub("**", text) if "<" in text else text


def _letter_of(text: str) -> tuple[str, str] | None:
    """(`b`, rest) for a text opening with a letter label; None otherwise."""
    text = _bold_as_stars(text)
    match = _LETTER.match(text)
    if match is None:
        return None
    return (match.group("l1") or match.group("l2")).lower(), text[match.end() :]


def _lettered_group(scan: _Scan, index: int) -> list[int]:
    """The paragraphs of a run of lettered questions ending at block `index` (`a`, `b`, … in order), when
    there are two or more, else []."""
    doc = scan.doc
    found = _letter_of(doc.block_text(index))
    if found is None or doc.blocks[index].kind != "paragraph":
        return []
    letter = found[0]
    group = [index]
    j = index - 1
    while j >= 0 and letter > "a":
        block = doc.blocks[j]
        previous = _letter_of(doc.block_text(j)) if block.kind == "paragraph" else None
        if previous is None or ord(previous[0]) != ord(letter) - 1 or not scan.free(block.first, block.last):
            break
        group.insert(0, j)
        letter = previous[0]
        j -= 1
    return group if len(group) >= 2 and letter == "a" else []


def _lettered_fronts(scan: _Scan, group: list[int], run: list[int], hints: list[int]) -> list[_Front]:
    """One front per lettered question; the paragraph that introduces them (`**Exercise:** Answer these
    questions:`) goes to their context."""
    doc = scan.doc
    path = heading_path(doc, group[0])
    intro: list[str] = []
    spans: list[tuple[int, int]] = []
    before = group[0] - 1
    if before >= 0 and doc.blocks[before].kind == "paragraph" and scan.free(doc.blocks[before].first, doc.blocks[before].last):
        text = _question_block_text(doc, before)
        if text.rstrip().endswith(":") or _TASK_LABEL.match(_bold_as_stars(doc.block_text(before))):
            intro.append(" ".join(text.split()))
            spans.append((doc.blocks[before].first, doc.blocks[before].last))
    fronts: list[_Front] = []
    hint_lines = _hint_lines(doc, hints)
    tail = [i for i in run if i > group[-1]]
    for n, i in enumerate(group):
        letter, rest = _letter_of(doc.block_text(i)) or ("", doc.block_text(i))
        question = _clean_prompt(rest)
        extra = [doc.block_text(k) for k in tail] if n == len(group) - 1 else []
        own = [(doc.blocks[i].first, doc.blocks[i].last)]
        if n == 0:
            own += spans
        if n == len(group) - 1:
            own += [(doc.blocks[k].first, doc.blocks[k].last) for k in [*tail, *hints]]
        fronts.append(_Front("\n\n".join([question, *extra]), doc.blocks[i].first, own, path, (*intro, *hint_lines), letter))
    return fronts


def _clean_prompt(text: str) -> str:
    """A task or question paragraph without its bold dressing, `Exercise:` label or numbering."""
    text = _bold_as_stars(text.strip())
    label = _NAMED_TASK_LABEL.match(text) or _TASK_LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    match = WHOLE_BOLD.match(_without_trailing_marks(text.strip()))
    text = match.group("inner") if match else text
    question, _ = clean_question(text)
    return question


def _without_trailing_marks(text: str) -> str:
    """`**Explain X.** ⭐`: the pictographs after a closing bold flag the question (favourite, hard); dropped."""
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("So", "Sk", "Mn", "Cf")):
        end -= 1
    return text[:end] if end < len(text) and text[:end].endswith(("**", "__")) else text


def _hint_title(title: str) -> str:
    """A hint's title as context, its emoji dropped (`💡 Hint` → `Hint`): a `<details>` hint and a
    `??? info "Hint"` box give the same context line."""
    stripped = re.sub(r"^[^\w(\[]+|[^\w)\]?!.]+$", "", title.strip())
    return stripped or title.strip()


def _hints_of(scan: _Scan, hints: Sequence[int]) -> tuple[str, ...]:
    """Hint boxes and hint `<details>` as context lines, in order: `Hint: Think about droplet size.`"""
    lines: list[str] = []
    for i in hints:
        block = scan.doc.blocks[i]
        region = scan.hint_lines.get(block.first)
        if region is None:
            lines.extend(_hint_lines(scan.doc, [i]))
        elif region.first >= block.first:
            body = " ".join(TAG.sub(" ", region.body).split())
            title = _hint_title(summary_text(region.summary or ""))
            lines.append(f"{title}: {body}" if body else title)
    return tuple(lines)


def _hint_only_tasks(scan: _Scan, regions: Sequence[DetailsRegion]) -> None:
    """A task followed only by a hint `<details>` (no answer came to take them): unanswered, hint included.
    A hint after anything else is left to the later rules, its bare tags accounted for."""
    doc = scan.doc
    for region in regions:
        if not is_hint(region) or not scan.free(region.first, region.last):
            continue
        index = block_at(doc, region.first)
        fronts = _front(scan, index) if index is not None else []
        if len(fronts) == 1 and _sets_task(fronts[0]):
            front = fronts[0]
            scan.card(front.line, front.question, "", front.path, [*front.spans, (region.first, region.last)])
        else:
            _take_bare_tags(scan, region)


def _sets_task(front: _Front) -> bool:
    """True when a front asks, sets a task, or sits under an exercise heading (`#### Exercise 2.5`)."""
    text = " ".join(front.question.split()).rstrip("*_ ")
    if text.endswith(_QUESTION_MARKS) or starts_with_imperative(text) or _TASK_LABEL.match(_bold_as_stars(text)):
        return True
    return bool(front.path) and bool(_EXERCISE_LABEL.match(clean_heading(front.path[-1])))


def _hint_lines(doc: Document, hints: Sequence[int]) -> tuple[str, ...]:
    """Hint boxes as context lines: `Hint 1: Use a hash map.`"""
    lines: list[str] = []
    for i in hints:
        box = _aside_box(doc, doc.blocks[i])
        if box is None:
            continue
        body = " ".join(TAG.sub(" ", box_body(doc, box)).split())
        title = _hint_title(box.title) if box.title is not None else box.kind.capitalize()
        lines.append(f"{title}: {body}" if body else title)
    return tuple(lines)


def _aside_box(doc: Document, block: Block) -> Box | None:
    """A box that neither asks nor answers (`!!! tip`, `??? info "Hint 1"`, `> [!note]`): a hint or an aside."""
    if block.kind not in ("admonition", "blockquote"):
        return None
    box = read_box(doc, doc.tokens[block.start])
    if box is None or box.kind in QUESTION_TYPES or _holds_answer(box):
        return None
    return box


def _is_answer_block(doc: Document, block: Block) -> bool:
    """True for a box holding an answer, or a paragraph opening with an answer label: the end of the
    previous question, never part of the next one."""
    if block.kind in ("admonition", "blockquote"):
        box = read_box(doc, doc.tokens[block.start])
        if box is not None:
            return _holds_answer(box)
    return _labelled_answer(doc, block)


def _one_item(doc: Document, block: Block) -> bool:
    """True for a list of a single item holding a single paragraph (`1. Load the data`)."""
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    tokens = doc.tokens[block.start : block.end]
    return sum(1 for t in tokens if t.type == "list_item_open") == 1 and sum(1 for t in tokens if t.type == "paragraph_open") == 1


def _question_block_text(doc: Document, index: int) -> str:
    """A question paragraph (or a one-item list) without bold dressing, numbering or labels."""
    block = doc.blocks[index]
    if block.kind in ("bullet_list", "ordered_list"):
        inline = doc.inline(block)
        text = inline.content if inline is not None else doc.block_text(index)
    else:
        text = doc.block_text(index).strip()
    return _clean_prompt(text)


def _asks(doc: Document, index: int) -> bool:
    """True for a paragraph, or a list of one item, whose text asks or sets a task (`**Exercise:** …`)."""
    block = doc.blocks[index]
    if block.kind in ("bullet_list", "ordered_list"):
        if not _one_item(doc, block):
            return False
    elif block.kind != "paragraph":
        return False
    if block.kind == "paragraph" and _TASK_LABEL.match(_bold_as_stars(doc.lines[block.first])):
        return True
    text = " ".join(_question_block_text(doc, index).split())
    return text.rstrip("*_ ").endswith(_QUESTION_MARKS) or starts_with_imperative(text)


_QUESTION_MARKS = ("?", "\uff1f", "\u061f")
"""`?`, the full-width `？` and the Arabic `؟`."""


def _answer_box(doc: Document, block: Block) -> Box | None:
    """The box of a top-level admonition or callout typed or titled as an answer (`??? done "Answer"`,
    `!!! success`, `> [!check]- Solution`), else None."""
    if block.kind not in ("admonition", "blockquote"):
        return None
    box = read_box(doc, doc.tokens[block.start])
    return box if box is not None and _holds_answer(box) else None


def _holds_answer(box: Box) -> bool:
    """True for a box typed or titled as an answer (not a question box titled `Answer`)."""
    if box.kind in QUESTION_TYPES:
        return False
    return box.kind in ANSWER_TYPES or bool(box.title and _ANSWER_TITLE.search(box.title))


def _nested_answer(doc: Document, block: Block, box: Box) -> Box | None:
    """An answer box directly inside a question box."""
    for token in doc.tokens[block.start + 1 : block.end]:
        if token.level == 1 and token.type in ("admonition_open", "blockquote_open"):
            inner = read_box(doc, token, box.quotes)
            if inner is not None and _holds_answer(inner):
                return inner
    return None


def _box_card(scan: _Scan, index: int, box: Box) -> None:
    doc = scan.doc
    block = doc.blocks[index]
    if not is_free(doc, scan.seen, index):
        return
    nested = _nested_answer(doc, block, box)
    body = box_body(doc, box, nested.first if nested is not None else None).strip()
    spans = [(block.first, block.last)]
    answer: str | None = None
    hints: list[int] = []
    inline = _inline_answer(body) if nested is None else None
    if nested is not None:
        answer = box_body(doc, nested).strip()
    elif inline is not None:
        body, answer = inline
    else:
        j = index + 1
        while j < len(doc.blocks) and is_free(doc, scan.seen, j) and _aside_box(doc, doc.blocks[j]) is not None:
            hints.append(j)  # `??? info "Hint 1"` between a problem and its answer
            j += 1
        after = doc.blocks[j] if j < len(doc.blocks) and is_free(doc, scan.seen, j) else None
        answer_box = _answer_box(doc, after) if after is not None else None
        if after is not None and answer_box is not None:
            answer = box_body(doc, answer_box).strip()
            spans.append((after.first, after.last))
        elif box.title and is_question(box.title):
            hints = []  # an FAQ entry answers itself: a box after it is not its hint
        spans.extend((doc.blocks[i].first, doc.blocks[i].last) for i in hints)
    path = heading_path(doc, index)
    line = block.first
    asks = bool(box.title and is_question(box.title))
    if not asks and nested is None and _question_list_cards(scan, box, answer, path, spans, hints):
        return
    if box.title and is_question(box.title):
        question = clean_question(box.title)[0]
        if answer is None:
            answer = body  # an FAQ entry: the title asks, the body answers
        elif body:
            question = f"{question}\n\n{body}"
    elif body:
        question = clean_question(body)[0]
        title = _problem_title(scan, index, box)
        if title is not None:
            question = f"{title[0]}\n\n{question}"
            if title[1] is not None:
                spans.append(title[1])
                line, path = title[1][0], path[:-1]
    else:
        return  # neither the title nor the body asks anything
    scan.card(line, question, answer or "", path, spans, _hint_lines(doc, hints))


_CALLOUT_HEAD = lazy_pattern(r"^\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?(?:[ \t]+(?P<rest>.*?))?[ \t]*$")


def _inline_answer(body: str) -> tuple[str, str] | None:
    """`> [!question]- Q` right over `> [!answer]- A`, no blank line between (so one quote): the answer
    callout's head is a line of the question's body, not part of it. (question body, answer) split at that
    head, or None. Text after an answer-typed head is the answer's first line (`[!answer]- Atropine.`);
    after another type (`[!note] Solution`) it only titles the answer."""
    if "[!" not in body:
        return None
    lines = body.split("\n")
    for n, line in enumerate(lines):
        head = _CALLOUT_HEAD.match(line.strip())
        if head is None:
            continue
        kind, rest = head.group("kind").lower(), head.group("rest") or ""
        if kind in QUESTION_TYPES or not (kind in ANSWER_TYPES or _ANSWER_TITLE.search(rest)):
            continue
        first = [rest] if rest and kind in ANSWER_TYPES else []
        return "\n".join(lines[:n]).strip(), "\n".join(first + lines[n + 1 :]).strip()
    return None


# Titles that only name the box (`Question`, `Exercise 3`, `Problem 2.1`): the problem's name is elsewhere.
_GENERIC_TITLE = lazy_pattern(r"^\W*(?:questions?|problems?|exercises?|tasks?|faq|help)\W*(?:\d+(?:\.\d+)*[a-z]?)?\W*$", re.I)


def _problem_title(scan: _Scan, index: int, box: Box) -> tuple[str, tuple[int, int] | None] | None:
    """The name a problem box's statement is put under: its own title when that names the problem
    (`!!! question "Two sum"`), else the heading of a section the box opens (`## Two sum` + `!!! question`),
    with that heading's lines; None when there is neither."""
    if box.title and not _GENERIC_TITLE.match(box.title):
        return box.title.strip(), None
    doc = scan.doc
    j = index - 1
    if j < 0 or doc.blocks[j].kind != "heading" or not is_free(doc, scan.seen, j):
        return None
    section = doc.section_of_block(j)
    if section is None or (section.level == 1 and section.title == doc.title) or heading_question(doc, section) is not None:
        return None
    if _question_boxes(doc, section.body) >= 2:
        return None  # `## Check your understanding` over several question boxes titles the set, not a problem
    head = doc.blocks[j]
    return clean_heading(section.title), (head.first, head.last)


_QUESTION_BOX_HEAD = lazy_pattern(r"^\s*(?:(?:!!!|\?\?\?\+?)\s*(?:question|faq|help)\b|>\s*\[!(?:question|faq|help)\])", re.I)


def _question_boxes(doc: Document, body: Sequence[int]) -> int:
    """How many top-level question boxes (`!!! question`, `> [!question]`) a section's body holds."""
    return sum(1 for i in body if _QUESTION_BOX_HEAD.match(doc.lines[doc.blocks[i].first]))


_CONTAINERS = frozenset({"bullet_list", "ordered_list", "blockquote", "admonition"})
# What a container must hold for the rule to look inside it: a box, a details or an answer label.
_NESTED_MARK = lazy_pattern(
    r"<details|^[ \t>]*+(?:\?\?\?|!!!|\[!)|^[ \t>]*+(?:(?:[-*+]|\d{1,9}[.)])[ \t]++)?[*_]{0,2}(?:answer|solution)", re.I | re.M
)
"""Possessive runs of indentation: a line deeply indented is scanned once, not once per split of its spaces."""
# Each match of `_NESTED_MARK` in ASCII text holds one of these (see `document.may_hold`).
_NESTED_MARK_WORDS = ("<details", "???", "!!!", "[!", "answer", "solution")


def _has_nested_mark(text: str) -> bool:
    """True when a container's text holds what `_NESTED_MARK` looks for."""
    return may_hold(text, _NESTED_MARK_WORDS) and _NESTED_MARK.search(text) is not None


# A line's first word made only of digits: the number of a list item (`1. **Answer:**`), which comes before
# an answer word that `_NESTED_MARK` finds after it.
_NUMBER_HEAD = lazy_pattern(r"^\d+$", re.M)


def _may_nest(doc: Document) -> bool:
    """False only when no container of the document can hold a `_NESTED_MARK` match (a container's text is
    lines of the document): the document holds no `<details` (looked for after each `<`), no `!` (of `!!!`
    or `[!`), no `???`, and no line opens with `answer` or `solution` after characters that are neither
    letters nor digits (`document.may_open_a_line`) or with a number (that of a list item)."""
    text = doc.source.text
    if "!" in text or may_open_a_line(doc, ("answer", "solution")) or search_lines(_NUMBER_HEAD, line_heads(doc)):
        return True
    if any(may_hold(tail, ("details",)) for tail in mark_tails(doc, "<")):  # beyond ASCII, always True
        return True
    return "???" in text


_ITEM_MARKER = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")


def _nested_cards(scan: _Scan, index: int, depth: int) -> None:
    """The convention inside a container: a list item holding a question and its answer box or
    `<details>`, a blockquote holding a `<details>`, a `!!! example "Practice"` box holding question and
    answer boxes. Each list item, or the inside of the quote or box, is read as a document of its own;
    its cards keep their lines and take the heading path above the container."""
    doc = scan.doc
    block = doc.blocks[index]
    if not _has_nested_mark(doc.text(block.first, block.last)):
        return
    path = heading_path(doc, index)
    outer = tuple(clean_heading(p) for p in path)
    quiet: list[tuple[int, list[str], Document]] = []
    found = False
    for first, inner in _container_parts(doc, block):
        source = SourceFile(doc.source.path, doc.source.part, "\n".join(inner), "")
        sub = build_document(source, make_parser().parse(source.text, {}), {})
        result = _extract(sub, {}, depth + 1) if _has_nested_mark(source.text) else RuleResult()
        if not result.drafts and not result.diagnostics:
            quiet.append((first, inner, sub))
            continue
        found = True
        for draft in result.drafts:
            loc = replace(draft.loc, line=draft.loc.line + first)
            scan.drafts.append(replace(draft, loc=loc, context=outer + draft.context, tags=draft.tags + topic_tags(path)))
        for diagnostic in result.diagnostics:
            scan.diagnostics.append(replace(diagnostic, loc=replace(diagnostic.loc, line=diagnostic.loc.line + first)))
        for line, reason in result.claims.items():
            scan.take(line + first, line + first + 1, reason)
        # The part's lines left empty once unquoted (`>`), and a box's head, go with its cards.
        for n, text in enumerate(inner):
            if not text.strip() and first + n not in scan.seen:
                scan.take(first + n, first + n + 1, "card")
        if block.kind == "admonition" and block.first not in scan.seen:
            scan.take(block.first, block.first + 1, "card")
    if not found:
        return
    for first, inner, sub in quiet:
        # In a list whose other items are answered in boxes, an item that asks without one is unanswered.
        if sub.blocks and sub.blocks[0].kind == "paragraph" and _asks(sub, 0):
            question = " ".join(_question_block_text(sub, 0).split())
            scan.diagnostics.append(unanswered(doc.loc(first), question, "no answer"))
            scan.take(first, first + len(inner), "unanswered")


def _container_parts(doc: Document, block: Block) -> list[tuple[int, list[str]]]:
    """(first line, inner lines) of each list item of a list, or of the inside of a quote or box; the
    inner lines keep the line count, so that line n inside is line first + n of the document."""
    lines = doc.lines
    if block.kind == "blockquote":
        box = read_box(doc, doc.tokens[block.start])
        if box is not None:
            return []  # a callout: the box rules read it
        return [(block.first, [unquote(line) for line in lines[block.first : block.last]])]
    if block.kind == "admonition":
        if _aside_box(doc, block) is None:
            return []
        return [(block.first + 1, _dedent_keeping_lines(lines[block.first + 1 : block.last]))]
    parts: list[tuple[int, list[str]]] = []
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != 1 or token.map is None:
            continue
        first, last = token.map
        head = _ITEM_MARKER.sub("", lines[first], count=1)
        parts.append((first, [head, *_dedent_keeping_lines(lines[first + 1 : last])]))
    return parts


def _dedent_keeping_lines(lines: Sequence[str]) -> list[str]:
    """Lines without their common indentation; blank lines kept, so the count does not change."""
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(widths, default=0)
    return [line[cut:] for line in lines]


# `Which signal does Ctrl-C send? (SIGINT.)`: an answer in parentheses after the question mark.
_TRAILING_ANSWER = lazy_pattern(r"^(?P<q>.*\?)\s*\((?P<a>[^()]+)\)\s*$", re.S)


def _question_list_cards(
    scan: _Scan, box: Box, answer: str | None, path: tuple[str, ...], spans: list[tuple[int, int]], hints: list[int]
) -> bool:
    """A question box whose body is a list of questions (`!!! question "Check your understanding"` + `1. …?`
    `2. …?`): one card per question, each with its item of an answer box numbered the same way, or the
    answer in parentheses after it; a question without either is unanswered. False when the body is not
    such a list."""
    doc = scan.doc
    offset = box.first + 1
    inner = [_unquote_times(line, box.quotes) for line in doc.lines[offset : box.last]]
    sub = _sub_document(doc, _dedent_keeping_lines(inner))
    items = _list_items(sub)
    if items is None or not all(_item_asks(q) for q, _ in items):
        return False
    made = len(scan.drafts)
    answers: list[str] | None = None
    if answer:
        answer_items = _list_items(_sub_document(doc, answer.split("\n")))
        if answer_items is not None and len(answer_items) == len(items):
            answers = [a for a, _ in answer_items]
    for n, (text, line) in enumerate(items):
        question, own = text, ""
        if answers is not None:
            own = answers[n]
        elif answer:
            own = answer
        else:
            trailing = _TRAILING_ANSWER.match(text)
            if trailing is not None:
                question, own = trailing.group("q").strip(), trailing.group("a").strip()
        scan.card(offset + line, clean_question(" ".join(question.split()))[0], own, path, [], _hint_lines(doc, hints))
    reason = "card" if len(scan.drafts) > made else "unanswered"
    for first, last in spans:
        scan.take(first, last, reason)
    return True


def _sub_document(doc: Document, lines: Sequence[str]) -> Document:
    source = SourceFile(doc.source.path, doc.source.part, "\n".join(lines), "")
    return build_document(source, make_parser().parse(source.text, {}), {})


def _list_items(sub: Document) -> list[tuple[str, int]] | None:
    """(Markdown, first line) of each item when the document is one list and nothing else, else None."""
    blocks = [b for b in sub.blocks if b.kind not in ("hr",)]
    if len(blocks) != 1 or blocks[0].kind not in ("bullet_list", "ordered_list"):
        return None
    out: list[tuple[str, int]] = []
    for token in sub.tokens[blocks[0].start : blocks[0].end]:
        if token.type == "list_item_open" and token.level == 1 and token.map is not None:
            first, last = token.map
            head = _ITEM_MARKER.sub("", sub.lines[first], count=1)
            text = "\n".join([head, *_dedent_keeping_lines(sub.lines[first + 1 : last])]).strip()
            out.append((text, first))
    return out or None


def _item_asks(text: str) -> bool:
    first = text.split("\n\n")[0]
    trailing = _TRAILING_ANSWER.match(first)
    return is_question((trailing.group("q") if trailing else first).strip())


def _unquote_times(line: str, times: int) -> str:
    for _ in range(times):
        line = unquote(line)
    return line
