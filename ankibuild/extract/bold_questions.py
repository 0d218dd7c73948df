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
   when that asks, else the whole paragraph. The rest of the paragraph starts the answer. A question that is
   only a lead-in (`**Soal 4**` / `Perhatikan pernyataan berikut!`), followed by a list of statements and a
   paragraph opening with the stem that asks (`… ditunjukkan oleh nomor ....` and its options), is one
   question with them. After a question answered on the line under it (`**Q10.** (i) What is …?` over
   `**Ans.** …`), a paragraph whose first line opens with a part number (`(ii)`, `b)`) and whose second line
   opens with the same answer label is a question of its own, answered there; part numbers leave the fronts.
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
6. **Exam reviews and spot tests.** Sections opened by a bold line over a list of points (`### 2021 · Q 10(c) ·
   20 marks` over `**Why is the population ageing?**` and `- The birth rate … ✔`), or over a figure whose
   caption answers (`### Station 2` over `**Name the marked process.**` and `<figure>` … `<figcaption>Answer:
   …</figcaption>`): where two bold questions that ask with `?` are answered so (over the same kind of block),
   every bold line opening a section over such a block (or over nothing) asks whatever its wording, an
   emphasised aside in brackets after it (`_(knee, front view)_`) included. Where two figure captions or more
   open with an answer label, an answer that is a lone figure whose caption is empty, only the label and a
   mark (`Answer: ?`) or a note to self is `unanswered`.
7. **Labelled series.** Bold lines numbered under one short label of capitals (`**EQ1. What is …?**`,
   `**EQ7. Name two contraindications.**`): where two of them ask with `?`, every line of the series asks,
   whatever its wording, its label and number left off the front. The series makes the page a question
   set: the topic rule weighs its questions as question sections (`SECTION_ANSWERED`).

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
from dataclasses import dataclass, replace

from ..normalise import tag_slug
from ..records import CardDraft
from . import RuleResult, claim, is_free
from .answers import (
    build_answer,
    caption_answer,
    caption_reason,
    empty_reason,
    opening_answer_label,
    options_only,
    unanswered,
    unquote,
)
from .document import SECTION_ANSWERED, Block, Document, Section, asked_elsewhere, free_blocks_of
from .outline import clean_heading, topic_tags
from .questions import (
    ANSWER_LABEL,
    NUMBERED_ITALIC,
    QuestionParagraph,
    asks_by_plain_label,
    asks_in_other_script,
    clean_question,
    drop_answer_label,
    is_question,
    is_question_list,
    numbered_italic_asks,
    opens_dotted_pair,
    question_paragraph,
    starts_like_question,
    starts_with_imperative,
    take_difficulty,
)

CONVENTION = "bold-question"

_WRITE_UP = re.compile(r"^\s*(?P<kind>scenario|case[\s-]+study)\s*#?\s*(?:\d+[a-z]?)?\s*[:.)—–-]\s*(?P<title>\S.*)$", re.I)


def write_up_label(heading: str) -> str | None:
    """`Scenario 3: Model Drift` → `Scenario: Model Drift`; None for a heading that names no scenario or case."""
    match = _WRITE_UP.match(heading)
    if match is None:
        return None
    kind = " ".join(match.group("kind").split())
    return f"{kind[0].upper()}{kind[1:]}: {match.group('title').strip()}"


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bold and labelled question paragraphs and from scenario write-ups."""
    found: dict[int, QuestionParagraph] = {}
    for index in free_blocks_of(doc, taken, ("paragraph",)):  # the free paragraphs, found once for late rules
        block = doc.blocks[index]
        paragraph = question_paragraph(doc, block) or _dressed_question(doc, block)
        if paragraph is not None:
            if paragraph.lead and "<kbd>" in paragraph.lead and all(_TAGS_ONLY.match(x) for x in paragraph.lead.splitlines()):
                paragraph = replace(paragraph, lead="")  # `<kbd>Dec 2019 · 3</kbd>`: the sittings that set it, no answer
            found[index] = paragraph
    found.update(_bold_commands(doc, taken, found))
    found.update(_bold_tasks_over_lists(doc, taken, found))
    series = _labelled_series(doc, taken, found)
    if series:
        found.update(series)
        # A numbered series of questions is a question set, not a handbook's odd question: the topic rule weighs it.
        doc.derived[SECTION_ANSWERED] = doc.derived.get(SECTION_ANSWERED, 0) + len(series)
    if found:
        found.update(_labelled_parts(doc, taken, found))
    asides: dict[int, str] = {}
    footer = _page_footer(doc, found)
    if footer and asked_elsewhere(doc, len(found)):
        # `*Found a mistake?* Write to me …` under the last `---`, in notes that ask in another convention.
        for index in footer:
            del found[index]
            asides.update(claim(doc.blocks[index].first, doc.blocks[index].last, "skip:aside"))
    asks = frozenset(i for i, p in found.items() if p.kind != "situation")
    write_ups = [n for n, s in enumerate(doc.sections) if _is_write_up(doc, taken, s, found)]
    # An answer also stops at a `Q.` paragraph of the dotted-pair rule, which runs later.
    stops = asks | _dotted_pairs(doc, taken) | _plain_label_questions(doc, taken, asks)
    scan = _Scan(doc, taken, found, stops, frozenset(doc.sections[n].block for n in write_ups), _captions_answer(doc))

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
    claims: dict[int, str] = asides
    for result in results:
        claims.update(result.claims)
    drafts = tuple(d for r in results for d in r.drafts)
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    return RuleResult(drafts, diagnostics, claims)


_FOOTER_BLOCKS_MAX = 3


def _page_footer(doc: Document, found: Mapping[int, QuestionParagraph]) -> list[int]:
    """The question paragraphs of the page footer: the few blocks after the document's last `---`, with no
    heading after it (`*Questions or a typo?* Write to me …` over a back-to-top link)."""
    if not found or len(doc.blocks) < 2:
        return []
    rule = next((n for n in range(len(doc.blocks) - 1, -1, -1) if doc.blocks[n].kind in ("hr", "heading")), None)
    if rule is None or doc.blocks[rule].kind != "hr" or len(doc.blocks) - rule - 1 > _FOOTER_BLOCKS_MAX:
        return []
    return [index for index in found if index > rule]


# `**Define diffusion.** The net movement …`: a bold command that ends its sentence, its answer after it on
# the same line.
_BOLD_COMMAND = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<inner>[^*_\n]{3,200}?[.:]?)(?P=b)[ \t]+(?P<tail>\S.*)$")


def _bold_commands(
    doc: Document, taken: Mapping[int, str], found: Mapping[int, QuestionParagraph]
) -> dict[int, QuestionParagraph]:
    """Bold commands answered on their own line (`**Define diffusion.** The net movement …`,
    `**Nenne zwei Beispiele.** …`) among bold questions answered the same way (`**What is osmosis?** The …`):
    in such a run the command asks as the questions do. Alone, a bold command is prose that opens in bold."""
    answered = sum(1 for p in found.values() if p.kind == "bold" and p.text.endswith("?") and p.lead.strip())
    if answered < 2:
        return {}
    commands: dict[int, QuestionParagraph] = {}
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = doc.blocks[index]
        if index in found:
            continue
        match = _BOLD_COMMAND.match(doc.lines[block.first])
        if match is None or match.group("inner").endswith(":"):
            continue
        question = match.group("inner").strip()
        if len(question.split()) > 20 or not starts_with_imperative(question):
            continue
        lead = "\n".join([match.group("tail"), *doc.lines[block.first + 1 : block.last]]).strip("\n")
        commands[index] = QuestionParagraph("bold", question, lead)
    return commands


# `**Name three processes of river erosion.**`: a paragraph of one line wholly in bold (italics inside it allowed),
# or in bold but for an emphasised aside in brackets after it (`**Name the structure** _(knee, front view)_`).
_BOLD_LINE = re.compile(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?=\S)(?P<inner>(?:(?!(?P=b)).)+?)(?<=\S)(?P=b)"
    r"(?:[ \t]+(?P<e>[*_])(?P<aside>[(（][^()（）\n]{1,120}[)）])(?P=e))?[ \t]*$"
)
_LIST_ANSWERED_MIN = 2
# The blocks under which bold lines opening sections are answered: a list of points, or a figure (the
# specimen a spot test shows, its caption the answer).
_ANSWERING_KINDS = ("bullet_list", "html_block")


def _bold_tasks_over_lists(
    doc: Document, taken: Mapping[int, str], found: Mapping[int, QuestionParagraph]
) -> dict[int, QuestionParagraph]:
    """Bold tasks opening a section over a bullet list of points (`### 2021 · Q 10(c) · 20 marks` over
    `**Name three processes of river erosion.**` and `- Hydraulic action ✔`), or over an HTML block (a
    `<figure>` whose caption answers), among bold questions laid out the same way (`**Why is the population
    ageing?**` over its list of points, two at least, over the same kind of block): there the bold line
    opening a section is the question whatever its wording (an emphasised aside in brackets after it
    included), and one with nothing under it before the next heading or rule is unanswered."""
    if len(found) < _LIST_ANSWERED_MIN:
        return {}
    blocks = doc.blocks
    openers: dict[int, tuple[str, str | None]] = {}
    for section in doc.sections:
        if section.level == 1 or not section.body:
            continue
        first = section.body[0]
        block = blocks[first]
        if block.kind != "paragraph" or block.last - block.first != 1 or not is_free(doc, taken, first):
            continue
        match = _BOLD_LINE.match(doc.lines[block.first])
        if match is None or match.group("inner").rstrip().endswith((":", "：")):
            continue
        after = section.body[1] if len(section.body) > 1 else None
        kind = None if after is None or blocks[after].kind == "hr" else blocks[after].kind
        if kind is None or kind in _ANSWERING_KINDS:
            aside = match.group("aside")
            openers[first] = (f"{match.group('inner').strip()} {aside}" if aside else match.group("inner").strip(), kind)
    answered: dict[str, int] = {}
    for i, (_, kind) in openers.items():
        if (
            kind is not None
            and i in found
            and found[i].kind == "bold"
            and not found[i].lead.strip()
            and found[i].text.rstrip().endswith(("?", "？"))
        ):
            answered[kind] = answered.get(kind, 0) + 1
    kinds = {kind for kind, count in answered.items() if count >= _LIST_ANSWERED_MIN}
    if not kinds:
        return {}
    return {
        i: QuestionParagraph("bold", text, "")
        for i, (text, kind) in openers.items()
        if i not in found and (kind is None or kind in kinds)
    }


# `EQ3. The ECG shows … Which artery …?`, `SAQ 12) Name …`: a question opening with a short label of capitals and
# its number, as an examiner's or a paper's questions are numbered.
_SERIES_TEXT = re.compile(r"^(?P<label>[A-Z]{1,4})[ \t]?\d{1,3}[.:)][ \t]+(?P<text>\S.*)$")
_SERIES_MIN = 2


def _labelled_series(
    doc: Document, taken: Mapping[int, str], found: Mapping[int, QuestionParagraph]
) -> dict[int, QuestionParagraph]:
    """Bold lines numbered under one label (`**EQ1. What is …?**` … `**EQ7. Name two contraindications.**`), where
    two of them at least ask with `?`: every bold line of that series is a question whatever its wording, the
    label and number left off its front (they number the question, as `Q3.` does)."""
    counts: dict[str, int] = {}
    for paragraph in found.values():
        match = _SERIES_TEXT.match(paragraph.text) if paragraph.kind == "bold" else None
        if match is not None and paragraph.text.rstrip().endswith(("?", "？")):
            counts[match.group("label")] = counts.get(match.group("label"), 0) + 1
    labels = {label for label, count in counts.items() if count >= _SERIES_MIN}
    if not labels:
        return {}  # no two bold questions numbered under one label: nearly every document
    series: dict[int, QuestionParagraph] = {}
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = doc.blocks[index]
        if block.last - block.first != 1:
            continue
        if index in found:
            match = _SERIES_TEXT.match(found[index].text) if found[index].kind == "bold" else None
            if match is not None and match.group("label") in labels:
                series[index] = replace(found[index], text=match.group("text").strip())
            continue
        line = _BOLD_LINE.match(doc.lines[block.first])
        match = _SERIES_TEXT.match(line.group("inner").strip()) if line is not None else None
        if match is not None and match.group("label") in labels:
            series[index] = QuestionParagraph("bold", match.group("text").strip(), "")
    return series


# `(ii) Name one method …`, `b) Why …`: a line opening with the number of a question's part.
_PART_NUMBER = re.compile(r"^[ \t]{0,3}(?:\((?:[ivx]{1,4}|[a-h])\)|(?:[ivx]{1,4}|[a-h])\))[ \t]+(?=\S)")


def _answer_label(line: str) -> str | None:
    found = opening_answer_label(line)
    return found[0] if found is not None else None


def _labelled_parts(
    doc: Document, taken: Mapping[int, str], found: Mapping[int, QuestionParagraph]
) -> dict[int, QuestionParagraph]:
    """The parts of a question answered one by one (`**Q10.** (i) What is …?` over `**Ans.** …`, then the
    paragraphs `(ii) Name one …` over `**Ans.** …`): after a question whose answer opens with an answer label
    on the line under it, a paragraph whose first line opens with a part number and whose second line opens
    with the same label is a question of its own, answered there, never the answer above it. The part number
    leaves the fronts, the first question's too."""
    parts: dict[int, QuestionParagraph] = {}
    for index, paragraph in sorted(found.items()):
        if paragraph.kind == "situation" or index in parts or not paragraph.lead.strip():
            continue
        label = _answer_label(paragraph.lead.lstrip("\n"))
        if label is None:
            continue
        mine: dict[int, QuestionParagraph] = {}
        for j in range(index + 1, len(doc.blocks)):
            block = doc.blocks[j]
            if block.kind in ("heading", "hr") or j in found or not is_free(doc, taken, j):
                break
            lines = doc.lines[block.first : block.last]
            if block.kind != "paragraph" or len(lines) < 2 or (number := _PART_NUMBER.match(lines[0])) is None:
                continue
            if _answer_label(lines[1]) != label:
                continue
            question, companies = clean_question(lines[0][number.end() :])
            mine[j] = QuestionParagraph("label", question.strip(), "\n".join(lines[1:]).strip("\n"), companies=companies)
        if mine:
            parts.update(mine)
            number = _PART_NUMBER.match(paragraph.text)
            if number is not None:
                parts[index] = replace(paragraph, text=paragraph.text[number.end() :].strip())
    return parts


def _plain_label_questions(doc: Document, taken: Mapping[int, str], asks: frozenset[int]) -> frozenset[int]:
    """Free paragraphs that open with a plain question label before a question (`வினா: …?` over `விடை: …`,
    the label-pair rule's): a bold question's answer above stops there rather than swallow them."""
    if not asks or (":" not in doc.source.text and "：" not in doc.source.text):
        return frozenset()
    return frozenset(n for n in free_blocks_of(doc, taken, ("paragraph",)) if asks_by_plain_label(doc.lines[doc.blocks[n].first]))


def _dotted_pairs(doc: Document, taken: Mapping[int, str]) -> frozenset[int]:
    """Free paragraphs that open with a `Q.` line over an `A.` line (the dotted-pair rule's): an answer
    above stops there rather than swallow them."""
    if "Q" not in doc.source.text:
        return frozenset()
    blocks = doc.blocks
    return frozenset(
        index
        for index in free_blocks_of(doc, taken, ("paragraph",))
        if doc.lines[blocks[index].first].lstrip()[:1] in ("Q", "*", "_")
        and opens_dotted_pair(doc.text(blocks[index].first, blocks[index].last))
    )


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
    captions_answer: bool
    """True when the page's figures answer in their captions (`<figcaption>Answer: …</figcaption>`)."""

    def claims(self, blocks: Sequence[int], reason: str) -> dict[int, str]:
        """Claims for whole blocks."""
        out: dict[int, str] = {}
        for i in blocks:
            out.update(claim(self.doc.blocks[i].first, self.doc.blocks[i].last, reason))
        return out


_CAPTIONS_MIN = 2


def _captions_answer(doc: Document) -> bool:
    """True when two figure captions or more open with an answer label: there the figures answer in their
    captions, and one whose caption is empty answers nothing."""
    if "<figcaption" not in doc.source.text:
        return False
    return sum(1 for line in doc.lines if "<figcaption" in line and caption_answer(line)) >= _CAPTIONS_MIN


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
        if is_question_list(doc, doc.blocks[j]) or _question_list(doc, doc.blocks[j]):
            break  # a list of further questions is never this question's answer (the numbered rule reads it)
        blocks.append(j)
    if not paragraph.lead.strip() and (_placeholder_quote(doc, blocks) or _placeholder_label(doc, blocks)):
        used = [*setup, index, blocks[0]]
        diagnostic = unanswered(doc.loc(doc.blocks[used[0]].first), paragraph.text, "placeholder")
        return RuleResult(diagnostics=(diagnostic,), claims=scan.claims(used, "unanswered"))
    parts = [paragraph.lead] if paragraph.lead.strip() else []
    statements = _statements_then_stem(doc, paragraph, blocks)
    rest = list(blocks[statements:])
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
    reason = empty_reason(markdown) or ("placeholder" if _EMPHASISED_ASIDE.match(markdown) else None)
    if reason is None and scan.captions_answer:
        reason = caption_reason(markdown)
    if reason:
        diagnostic = unanswered(loc, paragraph.text, reason)
        return RuleResult(diagnostics=(diagnostic,), claims=scan.claims(used, "unanswered"))
    section = doc.section_of_block(index)
    path: tuple[str, ...] = ()
    if section is not None and not (section.level == 1 and section.title == doc.title):
        path = section.path + (section.title,)
    in_write_up = section is not None and section.block in scan.write_up_heads
    front = "\n\n".join(
        [
            *(_paragraph_text(doc, i, scan.found) for i in setup),
            paragraph.text,
            *(doc.block_text(i).strip("\n") for i in blocks[:statements]),
        ]
    )
    tags = _tags(answer_tags, paragraph, path[:-1] if in_write_up and path else path)
    context = tuple(clean_heading(p) for p in path)
    keyed = _keyed_terms(front, markdown)
    if keyed:
        drafts = tuple(CardDraft(loc, CONVENTION, term, meaning, context, tags) for term, meaning in keyed)
        return RuleResult(drafts=drafts, claims=scan.claims(used, "card"))
    draft = CardDraft(loc, CONVENTION, front, markdown, context, tags)
    return RuleResult(drafts=(draft,), claims=scan.claims(used, "card"))


# `Expand the following: (a) CSMA/CD (b) ARP (c) MTU`: short terms keyed by letters after the stem's colon.
_KEYED_TERMS = re.compile(r":[ \t]*(?P<terms>\([a-z]\)[ \t]*[^()\n]{1,30}?(?:[ \t]+\([a-z]\)[ \t]*[^()\n]{1,30}?)+)[ \t]*$")
_TERM_KEY = re.compile(r"\(([a-z])\)[ \t]*")
# `(b) Address Resolution Protocol`: one answer line keyed by the same letter (a hard break after it allowed).
_KEYED_LINE = re.compile(r"^[ \t]*\((?P<key>[a-z])\)[ \t]+(?P<text>\S.*?)(?:[ \t]{2,}|\\)?[ \t]*$")


def _keyed_terms(front: str, markdown: str) -> list[tuple[str, str]]:
    """(term, its answer line) for each short term a front lists by letter after its colon (`Expand: (a) ARP
    (b) MTU`) when the answer is exactly one line per letter, in the same order (`(a) Address Resolution
    Protocol`): the terms are asked one by one, the stem only says what to do with them. Empty otherwise."""
    match = _KEYED_TERMS.search(front) if "(" in front else None
    if match is None:
        return []
    parts = _TERM_KEY.split(match.group("terms"))[1:]
    keys, terms = parts[0::2], [t.strip() for t in parts[1::2]]
    lines = [_KEYED_LINE.match(line) for line in markdown.splitlines() if line.strip()]
    if len(lines) != len(keys) or any(m is None or m.group("key") != k for m, k in zip(lines, keys, strict=True)):
        return []
    return [(term, m.group("text")) for term, m in zip(terms, lines, strict=True) if m is not None]


def _placeholder_quote(doc: Document, blocks: Sequence[int]) -> bool:
    """True when the blockquote that answers a question holds only a note to self (`> (no answer yet — ask
    the TA)`, `> (nema odgovora — pitati asistenta)`) and more follows it: the question is unanswered, and
    what follows (a remark on the exam, the next topic's prose) is no answer to it."""
    if len(blocks) < 2 or doc.blocks[blocks[0]].kind != "blockquote":
        return False
    return empty_reason(unquote(doc.block_text(blocks[0])).strip()) is not None


def _placeholder_label(doc: Document, blocks: Sequence[int]) -> bool:
    """True when the paragraph that answers a question opens with an answer label followed only by a note to
    self (`**Answer:** _(not finished — will add later)_`, `**Jibu:** _(sijakamilisha)_`) and more follows it
    (a tip in a quote, the section's remarks): the question is unanswered, and what follows is no answer."""
    if len(blocks) < 2 or doc.blocks[blocks[0]].kind != "paragraph":
        return False
    text = doc.block_text(blocks[0]).strip()
    if ANSWER_LABEL.match(text) is None:
        return False
    rest = drop_answer_label(text).strip()
    return bool(rest) and empty_reason(rest) is not None


# A lead-in that announces material to read (`Perhatikan pernyataan berikut!`, `Consider the statements below:`).
_LEAD_IN_END = ("!", ":", "：", "！")
# A stem that asks or leaves a blank: `… ditunjukkan oleh nomor ....`, `… is`, `…?`, `（ ）`, `____`.
_STEM_END = re.compile(r"(?:\.{3,}|…|\?|？|:|：|_{3,}|[（(][ \t\u3000]*[）)][。.]?)[ \t]*$")


def _statements_then_stem(doc: Document, paragraph: QuestionParagraph, blocks: Sequence[int]) -> int:
    """How many of the `blocks` after a labelled question belong to its front: 2 when the question is only
    a lead-in (`**Soal 4** Perhatikan pernyataan berikut!`, nothing after it), followed by a list of
    statements and then by a paragraph whose first line is the actual stem (`Fungsi hati ditunjukkan oleh
    nomor ....`, with its option lines `A.` … or nothing else): the lead-in, the statements and the stem
    are one question; else 0."""
    if paragraph.kind != "label" or paragraph.lead.strip() or not paragraph.text.rstrip().endswith(_LEAD_IN_END):
        return 0
    if len(blocks) < 3 or doc.blocks[blocks[0]].kind not in ("ordered_list", "bullet_list"):
        return 0
    stem = doc.blocks[blocks[1]]
    if stem.kind != "paragraph":
        return 0
    lines = doc.lines[stem.first : stem.last]
    if _STEM_END.search(lines[0]) is None:
        return 0
    if len(lines) > 1 and not options_only("\n".join(lines[1:])):
        return 0
    return 2


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
    context = tuple(clean_heading(p) for p in section.path)
    if situation is not None and situation.kind == "situation":
        front.append(situation.text)
        body = extent[1:]
    elif extent and (asked := _quoted_question(doc, extent[0])) is not None:
        # `> The pods crash-loop after a deploy. What do you do?` right under the heading: the quote is what
        # is asked, the heading names the scenario (it goes to the context).
        front, body = [asked], extent[1:]
        context = (*context, write_up_label(title) or clean_heading(title))
    answer = build_answer(doc, body) if body else None
    loc = doc.loc(head.first)
    if answer is None or answer.empty_reason:
        has_subsections = s_index + 1 < len(doc.sections) and doc.sections[s_index + 1].level > section.level
        if not extent and has_subsections:
            return RuleResult()  # a case study made of sub-sections: they speak for themselves
        reason = answer.empty_reason if answer is not None else "no answer"
        diagnostic = unanswered(loc, front[0], reason)
        claims = claim(head.first, head.last, "unanswered") | scan.claims(extent, "unanswered")
        return RuleResult(diagnostics=(diagnostic,), claims=claims)
    tags = _tags(answer.tags, None, section.path)
    draft = CardDraft(loc, CONVENTION, "\n\n".join(front), answer.markdown, context, tags)
    return RuleResult(drafts=(draft,), claims=claim(head.first, head.last, "card") | scan.claims(extent, "card"))


def _quoted_question(doc: Document, index: int) -> str | None:
    """The text of block `index` when it is a blockquote that asks (`> … What do you do?`, `> … Walk me
    through it.`): its last sentence ends with `?` or is a question or a command; None otherwise."""
    if doc.blocks[index].kind != "blockquote":
        return None
    text = " ".join(unquote(doc.block_text(index)).split())
    if not text or len(text) > _QUOTED_QUESTION_MAX:
        return None
    last = _SENTENCE_END.split(text)[-1]
    return text if text.endswith(("?", "？")) or is_question(last) else None


_QUOTED_QUESTION_MAX = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*_\"'(])")


# A first line wholly in HTML bold (`<b>What is X?</b>`, `<strong>…</strong><br>`) or in italics ending
# with a question mark (`_What is a codon?_`, `*Why?*`): the same question as `**What is X?**`.
_HTML_BOLD_LINE = re.compile(r"^\s*<(?P<tag>b|strong)>(?P<inner>[^<>]+)</(?P=tag)>\s*(?:<br\s*/?>)?\s*$", re.I)
_ITALIC_LINE = re.compile(r"^\s*(?P<mark>[*_])(?P<inner>[^*_\s][^*_]*?[?？])(?P=mark)\s*$")


def _dressed_question(doc: Document, block: Block) -> QuestionParagraph | None:
    """A paragraph whose first line is a question dressed in HTML bold or in italics; the paragraph's
    other lines start the answer."""
    first = doc.lines[block.first]
    match = _HTML_BOLD_LINE.match(first) or _ITALIC_LINE.match(first)
    numbered = match is None and first.lstrip()[:1] in ("*", "_") and NUMBERED_ITALIC.match(first) is not None
    if numbered and numbered_italic_asks(doc):
        match = NUMBERED_ITALIC.match(first)
    if match is None:
        return None
    question, companies = clean_question(" ".join(match.group("inner").split()))
    question, difficulty = take_difficulty(question)
    if not numbered and not is_question(question.strip()):
        return None
    lead = doc.text(block.first + 1, block.last).strip("\n")
    return QuestionParagraph("bold", question.strip(), lead, difficulty, companies)


# `_(no figure to hand — will do it once I get the scan)_`: a note of three words or more in brackets and
# emphasis standing alone where the answer goes.
_EMPHASISED_ASIDE = re.compile(r"^(?P<e>\*\*|\*|_)[(（][^()（）\n]*\S\s+\S+\s+\S[^()（）\n]*[)）](?P=e)$")
# A line made only of keyboard-key tags (`<kbd>Dec 2019 · 3</kbd>`), a question's exam sittings and marks.
_TAGS_ONLY = re.compile(r"^[ \t]*(?:<kbd>[^<>\n]{1,40}</kbd>[ \t]*)+$")


_ITEM_HEAD = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_DRESSING = re.compile(r"<[^>]+>|[*_]{1,2}")


def _question_list(doc: Document, block: Block) -> bool:
    """True for a list each of whose items opens with a question (`- <b>What is X?</b> …`)."""
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    heads = [t.map[0] for t in doc.tokens[block.start : block.end] if t.type == "list_item_open" and t.level == 1 and t.map]
    for line in heads:
        text = _DRESSING.sub("", _ITEM_HEAD.sub("", doc.lines[line], count=1)).strip()
        asked, mark, _ = text.partition("?")
        # `Što se dogodi …?`: a question word that asks only before its `?` (`asks_in_other_script`).
        if not mark or not (starts_like_question(asked) or asks_in_other_script(asked + mark)):
            return False
    return bool(heads)
