"""Bold and labelled questions: a paragraph that asks in bold (or behind a `Question` label), answered by
what follows it; and scenario write-ups, whose heading and situation are the question.

Only free top-level paragraphs count: a bold question inside a list item or a quote is part of that block.

1. **Bold question.** A paragraph that opens with a bold span holding a question (`**Q20: What is dropout?**`,
   `**What is X?**`, `__Explain Y__`; questions.is_question decides) and nothing else on that line. `Q20:`,
   `Q:` and `[E]` leave the question (difficulty becomes a tag). Text on the same line after the bold span
   is allowed only when the span ends with `?` (`**Why?** Because …`): it starts the answer, as do the
   paragraph's next lines.
2. **Labelled question.** A paragraph that opens with a bold `Question`/`Q`/`Q3` label (`**Question**: …`,
   `**Q:** …`, `**Q3.** …`): the text after the label is the question — up to a line labelled
   `**A:**`/`**Answer**:` if there is one, else through its first line ending in `?`, else its first line
   when that asks, else the whole paragraph. The rest of the paragraph starts the answer.
3. **The answer** of 1 and 2 is the blocks that follow, up to the next bold or labelled question, heading or
   `---`. A blockquote right after the question is the answer's container: its `>` markers are removed, the
   Markdown inside kept. A leading `Answer:` label is removed; other labels (`**Approach**:`) are content.
   Plain-line questions inside an answer (`When to use what?`) stay in it: a document that marks its
   questions in bold marks all of them.
4. **Write-ups.** A section whose heading names a scenario or case study (`### Scenario 3: Model Drift`,
   `### Case Study: …`), or whose first block is a `**Situation**:`/`**Scenario**:` paragraph:
   - if it holds bold or labelled questions (before its first `---`), they are carded as above; the plain
     paragraphs between the heading and the first of them (the set-up, e.g. the situation) are put in front
     of that question, and the heading goes to the context only;
   - otherwise the section is one card: front = the heading (`Scenario: Model Drift`, its number dropped,
     since a number says nothing and changes when scenarios are reordered) plus the situation text;
     back = the rest of the section, deeper non-question subsections included, up to `---`.
5. A question without an answer (none, a placeholder, only links) is an `unanswered` diagnostic, not a card.

Not questions: bold text followed by text on its line without a `?` (`**Definition**: Data Science is …`,
`**Adam** is most common`), labels (`**Mathematical Formulation:**`, `**Why it works**:` — a colon right
after the bold text makes a label unless it asks with `?`) and bold text that does not ask. Heading questions
belong to the heading rule, which runs earlier.

Context: the cleaned heading path of the question's section (document title excluded). Tags: the same path as
a topic tag, except that a write-up heading is left out (it names one card, not a topic), plus difficulty,
companies and a metadata line's tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason
from .document import Block, Document, Section
from .headings import clean_heading, topic_tags
from .questions import clean_question, is_question, tag_slug, take_difficulty

CONVENTION = "bold-question"

_BOLD_LEAD = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<inner>\S.*?)(?P=mark)", re.S)
_QUESTION_LABEL = re.compile(r"^(?:q|ques|question)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)]?$", re.I)
_SITUATION_LABEL = re.compile(r"^(?:situation|scenario)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)]?$", re.I)
# `Q:` / `Question 3.` inside the bold span, before the question itself.
_INNER_LABEL = re.compile(r"^(?:q|ques|question)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)]\s*", re.I)
_LABEL_TAIL = re.compile(r"^[ \t]*[:.)\-–—]?[ \t]*\n?")
_SAME_LINE_TAIL = re.compile(r"^\s*[:\-–—]\s*")
# `**Answer**:`, `**Answer:**`, `**A:**`, `Answer:`, `A:` — but not `A. Smith showed …`.
_ANSWER_LABEL = re.compile(
    r"^\s*(?:(?P<b>\*\*|__)(?:answer|ans|a)\s*(?:[:.]\s*(?P=b)|(?P=b)\s*[:.])|(?:answer|ans)\s*[:.]|a:)\s*", re.I
)
_WRITE_UP = re.compile(r"^\s*(?P<kind>scenario|case[\s-]+study)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)—–-]\s*(?P<title>\S.*)$", re.I)
_QUOTE_MARK = re.compile(r"^ {0,3}> ?")


@dataclass(frozen=True, slots=True)
class QuestionParagraph:
    """A paragraph that asks in bold, behind a question label, or states a situation."""

    kind: Literal["bold", "label", "situation"]
    """How it is marked: a bold question, a `Question:` label, a `Situation:` label."""
    text: str
    """The question (or situation) Markdown, labels, numbering and difficulty removed."""
    lead: str
    """Markdown of the answer's start that shares the paragraph ('' when none)."""
    difficulty: str | None = None
    """`easy`/`medium`/`hard` from an `[E]`/`[M]`/`[H]` marker."""
    companies: tuple[str, ...] = ()
    """Companies named in a `- Google Interview Question` suffix."""


def question_paragraph(doc: Document, block: Block) -> QuestionParagraph | None:
    """What a top-level paragraph asks, when it opens with a bold question or a question/situation label."""
    if block.kind != "paragraph":
        return None
    inline = doc.inline(block)
    children = [c for c in (inline.children or ()) if c.type != "text" or c.content] if inline else []
    # The token stream, not the source, says whether `**` really opens bold text.
    if not children or children[0].type != "strong_open":
        return None
    text = doc.text(block.first, block.last)
    match = _BOLD_LEAD.match(text)
    if match is None:
        return None
    inner = " ".join(match.group("inner").split())
    after = text[match.end() :]
    if _SITUATION_LABEL.match(inner):
        situation = _join(_LABEL_TAIL.sub("", after, count=1).split("\n"))
        return QuestionParagraph("situation", situation, "") if situation else None
    if _QUESTION_LABEL.match(inner):
        return _labelled(_LABEL_TAIL.sub("", after, count=1).split("\n"))
    return _bold(inner, after)


def write_up_label(heading: str) -> str | None:
    """`Scenario 3: Model Drift` → `Scenario: Model Drift`; None for a heading that names no scenario or case."""
    match = _WRITE_UP.match(heading)
    if match is None:
        return None
    kind = " ".join(match.group("kind").split())
    return f"{kind[0].upper()}{kind[1:]}: {match.group('title').strip()}"


def unquote(markdown: str) -> str:
    """The content of a blockquote: one level of `>` markers removed, the Markdown inside kept."""
    return "\n".join(_QUOTE_MARK.sub("", line, count=1) for line in markdown.split("\n")).strip("\n")


def drop_answer_label(markdown: str) -> str:
    """Drop a leading `**Answer**:` / `**Answer:**` / `**A:**` / `Answer:` label."""
    return _ANSWER_LABEL.sub("", markdown, count=1).strip("\n")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bold and labelled question paragraphs and from scenario write-ups."""
    found: dict[int, QuestionParagraph] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and is_free(doc, taken, index):
            paragraph = question_paragraph(doc, block)
            if paragraph is not None:
                found[index] = paragraph
    asks = frozenset(i for i, p in found.items() if p.kind != "situation")
    write_ups = [n for n, s in enumerate(doc.sections) if _is_write_up(doc, taken, s, found)]
    scan = _Scan(doc, taken, found, asks, frozenset(doc.sections[n].block for n in write_ups))

    results: list[RuleResult] = []
    setups: dict[int, tuple[int, ...]] = {}
    for s_index in write_ups:
        direct = _until_rule(doc, doc.sections[s_index].body)
        first = next((i for i in direct if i in asks), None)
        if first is not None:
            setups[first] = _setup(doc, taken, direct, first)
        else:
            results.append(_write_up_card(scan, s_index))
    for index in sorted(asks):
        results.append(_question_card(scan, index, setups.get(index, ())))
    claims: dict[int, str] = {}
    for result in results:
        claims.update(result.claims)
    drafts = tuple(d for r in results for d in r.drafts)
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RuleResult(drafts, diagnostics, claims)


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the rule knows about a document once its paragraphs are read."""

    doc: Document
    """The document."""
    taken: Mapping[int, str]
    """Lines earlier rules claimed."""
    found: Mapping[int, QuestionParagraph]
    """Question and situation paragraphs by block index."""
    asks: frozenset[int]
    """Block indices of the question paragraphs (situations excluded): where an answer stops."""
    write_up_heads: frozenset[int]
    """Block indices of the headings of write-up sections."""

    def claims(self, blocks: Sequence[int], reason: str) -> dict[int, str]:
        """Claims for whole blocks."""
        out: dict[int, str] = {}
        for i in blocks:
            out.update(claim(self.doc.blocks[i].first, self.doc.blocks[i].last, reason))
        return out


def _join(lines: Sequence[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())


def _labelled(lines: list[str]) -> QuestionParagraph | None:
    answer_at = next((n for n, line in enumerate(lines) if n > 0 and _ANSWER_LABEL.match(line)), None)
    if answer_at is not None:
        cut = answer_at
    else:
        asked = next((n for n, line in enumerate(lines) if line.rstrip().endswith("?")), None)
        cut = asked + 1 if asked is not None else (1 if is_question(lines[0]) else len(lines))
    question, companies = clean_question(_join(lines[:cut]))
    question, difficulty = take_difficulty(question)
    if not question.strip():
        return None
    return QuestionParagraph("label", question.strip(), "\n".join(lines[cut:]).strip("\n"), difficulty, companies)


def _bold(inner: str, after: str) -> QuestionParagraph | None:
    same_line, _, below = after.partition("\n")
    if "?" not in inner and (inner.endswith(":") or same_line.lstrip().startswith(":")):
        return None  # a label such as `**Mathematical Formulation:**` or `**Why it works**:`
    question, companies = clean_question(_INNER_LABEL.sub("", inner, count=1))
    question, difficulty = take_difficulty(question)
    question = question.strip()
    if not is_question(question):
        return None
    tail = _SAME_LINE_TAIL.sub("", same_line, count=1).strip()
    if tail and not question.endswith("?"):
        return None  # `**Compare models** on the held-out set …` is prose that opens in bold
    lead = "\n".join(part for part in (tail, below) if part.strip()).strip("\n")
    return QuestionParagraph("bold", question, lead, difficulty, companies)


def _is_write_up(doc: Document, taken: Mapping[int, str], section: Section, found: Mapping[int, QuestionParagraph]) -> bool:
    if doc.blocks[section.block].first in taken or (section.level == 1 and section.title == doc.title):
        return False
    if write_up_label(section.title) is not None:
        return True
    first = section.body[0] if section.body else None
    return first is not None and first in found and found[first].kind == "situation"


def _until_rule(doc: Document, indices: Sequence[int]) -> list[int]:
    out: list[int] = []
    for i in indices:
        if doc.blocks[i].kind == "hr":
            break
        out.append(i)
    return out


def _setup(doc: Document, taken: Mapping[int, str], direct: Sequence[int], first: int) -> tuple[int, ...]:
    """The paragraphs between a write-up's heading and its first question, when that is all there is."""
    before = [i for i in direct if i < first]
    for i in before:
        block = doc.blocks[i]
        # A paragraph ending in `:` introduces a list (`**Common Causes**:`): answer material, not set-up.
        if block.kind != "paragraph" or not is_free(doc, taken, i) or doc.block_text(i).rstrip().endswith(":"):
            return ()
    return tuple(before)


def _paragraph_text(doc: Document, index: int, found: Mapping[int, QuestionParagraph]) -> str:
    paragraph = found.get(index)
    return paragraph.text if paragraph is not None else doc.block_text(index).strip()


def _tags(answer_tags: tuple[str, ...], paragraph: QuestionParagraph | None, path: tuple[str, ...]) -> tuple[str, ...]:
    tags = list(answer_tags)
    if paragraph is not None:
        if paragraph.difficulty:
            tags.append(f"difficulty::{paragraph.difficulty}")
        tags.extend(f"asked_by::{tag_slug(c)}" for c in paragraph.companies)
    tags.extend(topic_tags(path))
    return tuple(dict.fromkeys(tags))


def _question_card(scan: _Scan, index: int, setup: tuple[int, ...]) -> RuleResult:
    doc = scan.doc
    paragraph = scan.found[index]
    blocks: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        if doc.blocks[j].kind in ("heading", "hr") or j in scan.asks or not is_free(doc, scan.taken, j):
            break
        blocks.append(j)
    parts = [paragraph.lead] if paragraph.lead.strip() else []
    rest = list(blocks)
    if not parts:
        while rest and doc.blocks[rest[0]].kind == "blockquote":
            parts.append(unquote(doc.block_text(rest.pop(0))))
    answer_tags: tuple[str, ...] = ()
    if rest:
        built = build_answer(doc, rest)
        parts.append(built.markdown)
        answer_tags = built.tags
    markdown = drop_answer_label("\n\n".join(p.strip("\n") for p in parts if p.strip()))
    used = [*setup, index, *blocks]
    loc = doc.loc(doc.blocks[used[0]].first)
    reason = empty_reason(markdown)
    if reason:
        diagnostic = Diagnostic(loc, "info", "unanswered", f"{paragraph.text} ({reason})")
        return RuleResult(diagnostics=(diagnostic,), claims=scan.claims(used, "unanswered"))
    section = doc.section_of_block(index)
    path: tuple[str, ...] = ()
    if section is not None and not (section.level == 1 and section.title == doc.title):
        path = section.path + (section.title,)
    in_write_up = section is not None and section.block in scan.write_up_heads
    front = "\n\n".join([*(_paragraph_text(doc, i, scan.found) for i in setup), paragraph.text])
    tags = _tags(answer_tags, paragraph, path[:-1] if in_write_up and path else path)
    context = tuple(clean_heading(p) for p in path)
    draft = CardDraft(loc, CONVENTION, front, markdown, context, tags)
    return RuleResult(drafts=(draft,), claims=scan.claims(used, "card"))


def _write_up_card(scan: _Scan, s_index: int) -> RuleResult:
    doc = scan.doc
    section = doc.sections[s_index]
    later = [s for s in doc.sections[s_index + 1 :] if s.level <= section.level]
    end = later[0].block if later else len(doc.blocks)
    extent: list[int] = []
    for i in range(section.block + 1, end):
        # A nested write-up is its own card; a taken heading is a question another rule answered.
        if doc.blocks[i].kind == "hr" or i in scan.asks or i in scan.write_up_heads or not is_free(doc, scan.taken, i):
            break
        extent.append(i)
    head = doc.blocks[section.block]
    inline = doc.inline(head)
    title = inline.content if inline is not None else section.title
    front = [write_up_label(title) or clean_heading(title)]
    situation = scan.found.get(extent[0]) if extent else None
    body = extent
    if situation is not None and situation.kind == "situation":
        front.append(situation.text)
        body = extent[1:]
    answer = build_answer(doc, body) if body else None
    loc = doc.loc(head.first)
    if answer is None or answer.empty_reason:
        has_subsections = s_index + 1 < len(doc.sections) and doc.sections[s_index + 1].level > section.level
        if not extent and has_subsections:
            return RuleResult()  # a case study made of sub-sections: they speak for themselves
        reason = answer.empty_reason if answer is not None else "no answer"
        diagnostic = Diagnostic(loc, "info", "unanswered", f"{front[0]} ({reason})")
        claims = claim(head.first, head.last, "unanswered") | scan.claims(extent, "unanswered")
        return RuleResult(diagnostics=(diagnostic,), claims=claims)
    context = tuple(clean_heading(p) for p in section.path)
    tags = _tags(answer.tags, None, section.path)
    draft = CardDraft(loc, CONVENTION, "\n\n".join(front), answer.markdown, context, tags)
    return RuleResult(drafts=(draft,), claims=claim(head.first, head.last, "card") | scan.claims(extent, "card"))
