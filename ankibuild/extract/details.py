"""Collapsible answers: HTML `<details>` blocks, MkDocs question admonitions and Obsidian question callouts.

**HTML details.** `<details><summary>…</summary> … </details>`, written on one line, over several lines, or
GitHub style with Markdown between the tags separated by blank lines. Tags are looked for only in top-level
HTML blocks and paragraphs (never in code), and nested pairs are matched, so a `<details>` inside an answer
stays in that answer as HTML.

- When the summary reads as a question (questions.is_question), it is the front and the inside the back.
- When the summary only labels the answer (`Answer`, `Show answer`, `Solution`, `Click to expand`, or there
  is no summary), the front is what comes just before: the nearest paragraph that asks (a bold line
  included), with any code, list or table between it and the details; else the nearest paragraph and what
  follows it; else a heading that does not ask (`### Two Sum`). A heading that asks is left alone: the
  heading rule owns that section, and should unwrap the details with `unwrap_answer_details`.
- Any other summary (`Hint`, `Python`, `More`) names a group: the details is not a card, but question
  details inside it are (an FAQ grouped under collapsible categories). Its own tags are claimed as skipped;
  its other content is left for the later rules.
- An empty inside (or a placeholder, or only links) is an unanswered question.

**Question boxes.** A top-level MkDocs admonition (`!!!`, `???`, `???+`) or Obsidian callout (`> [!type]`,
folded `> [!type]-`, foldable `> [!type]+`) of type `question`, `faq` or `help`; both are read as an
answers.Box, so every point below holds for either:

- its title is the question when it asks; otherwise its body is the question;
- the answer is the box right after it when that one is an answer (type `answer`, `solution`, `success`,
  `check`, `done`, or titled `Answer`/`Solution`/`Explanation`), or an answer box nested in the question's
  own body; the answer's body is unwrapped (its indentation or `>` markers removed: answers.box_body);
- without an answer box, a question title with a body is an FAQ entry: the body is the answer;
- a question without any answer is unanswered.

Context is the heading path; tags are its topic path plus `[E]/[M]/[H]` difficulty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import ANSWER_TYPES, QUESTION_TYPES, Box, box_body, empty_reason, question_box, read_box, unanswered
from .collapsibles import TAG, DetailsRegion, find_details, is_answer_summary
from .document import Block, Document, block_at
from .outline import clean_heading, heading_path, heading_question, topic_tags
from .questions import clean_question, holds_question_list, is_question, starts_with_imperative, take_difficulty

CONVENTION = "details"

_CODE_TAG = re.compile(r"<code>(.*?)</code>", re.I | re.S)
_ANSWER_TITLE = re.compile(r"\b(answers?|solutions?|explanation)\b", re.I)
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?P<inner>.+)\1$", re.S)
_QUESTION_KINDS = frozenset(
    {"paragraph", "fence", "code_block", "bullet_list", "ordered_list", "table", "math_block", "blockquote"}
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `<details>` blocks and MkDocs question admonitions."""
    scan = _Scan(doc, dict(taken), [], [], {})
    for region in find_details(doc):
        _details_card(scan, region)
    for index, block in enumerate(doc.blocks):
        box = question_box(doc, block)
        if box is not None and not holds_question_list(doc, block):
            _box_card(scan, index, box)
    return RuleResult(tuple(scan.drafts), tuple(scan.diagnostics), scan.claims)


@dataclass(slots=True)
class _Scan:
    """The rule's working state over one document."""

    doc: Document
    seen: dict[int, str]
    drafts: list[CardDraft]
    diagnostics: list[Diagnostic]
    claims: dict[int, str]

    def free(self, first: int, last: int) -> bool:
        return not any(n in self.seen for n in range(first, last))

    def take(self, first: int, last: int, reason: str) -> None:
        lines = claim(first, last, reason)
        self.claims.update(lines)
        self.seen.update(lines)

    def card(self, line: int, question: str, answer: str, path: tuple[str, ...], spans: Sequence[tuple[int, int]]) -> None:
        """Record a card, or an unanswered question when the answer does not count."""
        question, difficulty = take_difficulty(question)
        question = question.strip()
        reason = empty_reason(answer)
        if reason:
            self.diagnostics.append(unanswered(self.doc.loc(line), " ".join(question.split()), reason))
        else:
            tags = ((f"difficulty::{difficulty}",) if difficulty else ()) + topic_tags(path)
            context = tuple(clean_heading(p) for p in path)
            self.drafts.append(CardDraft(self.doc.loc(line), CONVENTION, question, answer, context, tags))
        for first, last in spans:
            self.take(first, last, "unanswered" if reason else "card")


def _summary_text(summary: str) -> str:
    """A summary as question Markdown: `<code>` becomes backticks, other tags go."""
    text = _CODE_TAG.sub(lambda m: f"`{m.group(1)}`", summary)
    text = " ".join(TAG.sub(" ", text).split())
    match = _WHOLE_BOLD.match(text)
    return match.group("inner").strip() if match else text


def _details_card(scan: _Scan, region: DetailsRegion) -> None:
    doc = scan.doc
    index = block_at(doc, region.first)
    if index is None or not scan.free(region.first, region.last):
        return
    answer_label = is_answer_summary(region.summary)  # before is_question: `Show answer` would read as a command
    if not answer_label and region.summary is not None and is_question(plain := _summary_text(region.summary)):
        question, _ = clean_question(plain)
        scan.card(region.first, question, region.body, heading_path(doc, index), [(region.first, region.last)])
        return
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
        return
    front = _front(scan, index)
    if front is None:
        return
    question, first_line, spans, path = front
    scan.card(first_line, question, region.body, path, [*spans, (region.first, region.last)])


def _front(scan: _Scan, index: int) -> tuple[str, int, list[tuple[int, int]], tuple[str, ...]] | None:
    """The question before an answer-labelled details: (question, its line, its line spans, heading path)."""
    doc = scan.doc
    run: list[int] = []
    j = index - 1
    while j >= 0:
        block = doc.blocks[j]
        if block.kind not in _QUESTION_KINDS or not scan.free(block.first, block.last):
            break
        run.insert(0, j)
        if _asks(doc, j):
            return _front_from(doc, run, heading_path(doc, j))
        j -= 1
    head = doc.blocks[j] if j >= 0 else None
    if head is not None and head.kind == "heading":
        section = doc.section_of_block(j)
        if section is None or (section.level == 1 and section.title == doc.title):
            head = None
        elif heading_question(doc, section) is not None:
            return None  # the heading rule owns a section whose heading asks
    paragraphs = [i for i in run if doc.blocks[i].kind == "paragraph"]
    if paragraphs:
        return _front_from(doc, run[run.index(paragraphs[-1]) :], heading_path(doc, paragraphs[-1]))
    if head is not None and head.kind == "heading" and scan.free(head.first, head.last):
        section = doc.section_of_block(j)
        assert section is not None
        title, _ = clean_question(clean_heading(section.title))
        parts = [title] + [doc.block_text(i) for i in run]
        spans = [(head.first, head.last)] + [(doc.blocks[i].first, doc.blocks[i].last) for i in run]
        return "\n\n".join(parts), head.first, spans, section.path
    return None


def _front_from(
    doc: Document, run: Sequence[int], path: tuple[str, ...]
) -> tuple[str, int, list[tuple[int, int]], tuple[str, ...]]:
    first = doc.blocks[run[0]]
    parts = [_question_block_text(doc, run[0])] + [doc.block_text(i) for i in run[1:]]
    spans = [(doc.blocks[i].first, doc.blocks[i].last) for i in run]
    return "\n\n".join(parts), first.first, spans, path


def _question_block_text(doc: Document, index: int) -> str:
    """A question paragraph (or a one-item list) without bold dressing, numbering or labels."""
    block = doc.blocks[index]
    if block.kind in ("bullet_list", "ordered_list"):
        inline = doc.inline(block)
        text = inline.content if inline is not None else doc.block_text(index)
    else:
        text = doc.block_text(index).strip()
    match = _WHOLE_BOLD.match(text.strip())
    text = match.group("inner") if match else text
    question, _ = clean_question(text)
    return question


def _asks(doc: Document, index: int) -> bool:
    """True for a paragraph, or a list of one item, whose text asks."""
    block = doc.blocks[index]
    if block.kind in ("bullet_list", "ordered_list"):
        items = sum(1 for t in doc.tokens[block.start : block.end] if t.type == "list_item_open")
        if items != 1 or sum(1 for t in doc.tokens[block.start : block.end] if t.type == "paragraph_open") != 1:
            return False
    elif block.kind != "paragraph":
        return False
    text = " ".join(_question_block_text(doc, index).split())
    return text.rstrip("*_ ").endswith("?") or starts_with_imperative(text)


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
    after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if nested is not None:
        answer = box_body(doc, nested).strip()
    elif after is not None and after.kind in ("admonition", "blockquote") and is_free(doc, scan.seen, index + 1):
        next_box = read_box(doc, doc.tokens[after.start])
        if next_box is not None and _holds_answer(next_box):
            answer = box_body(doc, next_box).strip()
            spans.append((after.first, after.last))
    if box.title and is_question(box.title):
        question = clean_question(box.title)[0]
        if answer is None:
            answer = body  # an FAQ entry: the title asks, the body answers
        elif body:
            question = f"{question}\n\n{body}"
    elif body:
        question = clean_question(body)[0]
    else:
        return  # neither the title nor the body asks anything
    scan.card(block.first, question, answer or "", heading_path(doc, index), spans)
