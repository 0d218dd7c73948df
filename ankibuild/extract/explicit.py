"""Explicit card syntax: what people write when they write cards on purpose. Runs first in the chain.

Four syntaxes, each opt-in by its own marks, read only in free top-level paragraphs (and, for 2 and 4, the
paragraphs of top-level list items, block quotes, callouts and admonitions); nothing inside code, math or
`<details>` regions counts.

1. **`Q:` / `A:` lines.** A paragraph line starting `Q:` or `Question:` (plain; the bold `**Q:**` and
   `**Question**:` forms belong to the bold-question rule, which also handles scenario write-ups) asks.
   `Q3:`/`Question 3:` count only when an `A:` label answers them (else the numbered and bold rules decide).
   The question runs to the next line labelled `A:`/`Ans:`/`Answer:` (bold or not: questions.ANSWER_LABEL,
   the label every rule reads) in its paragraph; or, when
   the paragraph has none and the next paragraph opens with one, over the whole paragraph; otherwise through
   its first line ending in `?`, else its first line when that asks, else the whole paragraph.
   `Q: What is 2+2? A: 4` on one line is split after the `?`. After `Q:`, a plain `R:` (French: Question /
   Réponse) labels the answer as `A:` does, spaced or not.
   The answer starts after the question (its `A:` label removed) and runs, like a section, over the following
   blocks up to the next `Q:` line, heading or `---`, a block holding another explicit syntax, a block an
   earlier rule took, or a block that opens a question of another convention: a bold or labelled question
   paragraph, a paragraph whose first line is a bare question, a question admonition or callout (those
   rules' own recognisers decide). A leading answer box (admonition or callout, answers.answer_box) or
   `<details><summary>Answer</summary>` is unwrapped.
2. **`front::back` lines** (Obsidian spaced repetition, the most used flashcard plugin). One card per line;
   list items (`- front::back`) count too. The separator is the line's first ` :: ` (spaces on both sides),
   else its only run of two or three colons outside code and math. Glued to punctuation, math or code on a
   side (`What is TCP?::A protocol.`, `$E=mc^2$::…`, `**Term**::…`) it always counts; glued between two
   word characters (`Femur::The thigh bone`, but also `std::vector` in prose) it counts in a block (a
   paragraph, list or quote) made only of two pairs or more, or alone on its line (anywhere in a file of
   cards) when its sides meet as words; in a file of cards (tagged `#flashcards`, `#flashcards/spanish`,
   `#card`, `#anki`… in the text or front matter) a pair alone in its paragraph counts even between
   lowercase words (`la cocina:::the kitchen`). Spaced on one side only (Dataview's `key:: value`) it
   also needs a file of cards. Sides meet as words when a capital or a non-ASCII letter touches the
   junction; the back's first word never holds `(`, `<`, `;`, `{`, `[` (`std::vector<int>` is code).
   Not a pair: a line whose back ends in `?` while its front does not (a question that mentions `::`), two
   separators (`A::B::C`), or a lone lowercase identifier followed by code (`map :: a -> b`). Lines of the
   paragraph without a pair are left to the rest of the chain (and so reported if nothing takes them).
3. **`?` separator**: a line that is only `?` splits a paragraph into front and back. When it starts or
   ends its paragraph, the front is the block before it or the back the block after it. Code, tables and
   formulas right below the back join it. A paragraph with two separators is ambiguous and left alone.

**Headings tagged `#card`** (the Obsidian-to-Anki `flashcards` plugin): `## Pax Romana #card` is a card
whose front is the heading without its tags and whose back is its section (sub-headings included) up to
the next heading of the same or a higher level; `#card-reverse` / `#card/reverse` makes it reversible. An
empty section is an unanswered question. They are read before the four syntaxes below.

**Reversible cards** (`front:::back`, and `??` as the separator) are two Basic notes: the card as written
and its reverse, which asks the back and answers with the front. Each note's identity is its own question,
as for every card, so the two have distinct GUIDs that stay the same build after build; rewording one side
is a rewording of the reverse note's question, re-found by similarity (plan.py). An `<!-- id: x -->` on
the line pins both (`id:x` and `id:x/reverse`). Making a `::` card reversible adds one note and leaves the
first with its reviews; a reversed note type was not used because changing a note's type under the same
GUID makes Anki skip its updates as conflicting.

The plugin's scheduling comments (`<!--SR:!2025-01-03,3,250-->`) are dropped from both sides; on a line or
block of their own they are claimed as `meta` (accounted for, neither a card nor skipped content), as are
the paragraphs of tags only (`#flashcards #law`) in a file of cards. In such a file the headings are the
cards' context and tags: the topic rule makes no topic cards there, nor from a section holding explicit
cards anywhere (`doc.derived` carries this rule's findings to it).
4. **Cloze.** A paragraph or list-item paragraph holding `{{c1::…}}` (or `{{c1::…::hint}}`) or
   `==highlighted==` text is one cloze note: `==x==` becomes `{{cN::x}}`, numbered in order after the
   highest explicit number. `==` counts only as a highlight delimiter (not `a == b`, not inside a word, not
   in code or math). Highlights are emphasis, not cards, in a section that asks questions (a heading or an
   earlier line of the section ending in `?`), and on a page of questions closed by block IDs
   (block_id_questions.py): there they stay in the answers.

Context is the heading path; tags are its topic path (plus `[E]/[M]/[H]` difficulty for `Q:` questions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..records import EXPLICIT_PREFIX, CardDraft, Diagnostic, NoteType
from . import RuleResult, claim
from .answers import answer_box, box_body, build_answer, empty_reason, question_box, unanswered
from .block_ids import asks_by_block_ids
from .collapsibles import DetailsRegion, find_details, is_answer_summary
from .coloured_entries import highlight_answers
from .document import (
    EXPLICIT_CARD_FILE,
    EXPLICIT_CARDED_LINES,
    STRUCTURAL,
    Block,
    Document,
    block_at,
    holds,
    lazy_pattern,
    mask_code_and_math,
    text_holds,
    without_trailing_tags,
)
from .outline import clean_heading, heading_path, topic_tags
from .questions import (
    ANSWER_LABEL,
    INLINE_ANSWER_LABEL,
    clean_question,
    first_question_line,
    is_question,
    opens_dotted_pair,
    question_paragraph,
    strip_answer_label,
    take_difficulty,
)

CONVENTION = "explicit"

_Q_LABEL = lazy_pattern(r"^ {0,3}(?:Q|Question|QUESTION)(?:[ \t]*(?P<num>\d+[a-z]?))?[ \t]*:(?!:)[ \t]*(?P<rest>.*)$")
_SEPARATOR = frozenset({"?", "??"})
_PAIR = lazy_pattern(r" :{2,3} ")
_COLONS = lazy_pattern(r":{2,}")
_WORD_CHAR = lazy_pattern(r"\w")
# `#card` marks one heading as a card; `#flashcards` tags a whole note (the deck), never one heading.
_CARD_HEADING = lazy_pattern(r"(?:^|\s)#card(?:[-/](?:reverse|reversed|spaced))?(?=\s|$)", re.I)
_CARD_TAGGED = "explicit-card-tagged"
_CALLOUT_HEAD = lazy_pattern(r"^\s*\[![\w-]+\][+-]?(?:\s.*)?$")
# The Obsidian plugin's scheduling comment (`<!--SR:!2025-01-03,3,250-->`) and ankibuild's own id comment.
_SCHEDULE = lazy_pattern(r"[ \t]*<!--SR:.*?-->", re.S)
_ID_COMMENT = lazy_pattern(r"<!--\s*id:\s*([\w.:/-]{1,100})\s*-->")
# The `#` at the start of the text, a line or after whitespace: written literal first, the lookbehind after
# it, so that a search skips from `#` to `#` (an opening `(?:^|\s)` tries every position of the text).
_CARD_TAG = lazy_pattern(r"#(?<!\S#)(?:flashcards?|cards?|anki|srs|spaced-repetition)(?:/[\w/-]*)?(?=\s|$)", re.I | re.M)
_TAG_LINE = lazy_pattern(r"^\s*#[^\s#][^\s]*(?:\s+#[^\s#][^\s]*)*\s*$")
_IDENTIFIER = lazy_pattern(r"^[a-z_][\w']*$")
_CODE_MARKS = ("->", "=>", "<", "(", "::", ";", "{", "[")
_TASK_MARK = lazy_pattern(r"^\s*\[[ xX]\]\s+")
_CLOZE = lazy_pattern(r"\{\{c(\d+)::")
# `==x==` as a highlight: the opener not after a word character or `=`, not before a space; the closer
# mirrored. So `a == b`, `x==y` and `===` are not highlights.
_HIGHLIGHT = lazy_pattern(r"(?<![\w=\\])==(?=[^\s=])(?P<inner>.+?)(?<=[^\s=\\])==(?![\w=])", re.S)
_ATTACHED = frozenset({"fence", "code_block", "table", "math_block"})
_CONTENT_KINDS = frozenset(
    {"paragraph", "bullet_list", "ordered_list", "fence", "code_block", "table", "math_block", "blockquote", "admonition"}
)


def to_cloze(text: str) -> str | None:
    """The text with `==x==` highlights turned into `{{cN::x}}` deletions, or None when it holds no cloze
    deletion at all. Explicit `{{cN::…}}` deletions keep their numbers; highlights are numbered after them."""
    if "==" not in text and "{{" not in text:
        return None  # the common case, decided without masking
    masked = mask_code_and_math(text)
    numbers = [int(n) for n in _CLOZE.findall(masked)]
    highlights = list(_HIGHLIGHT.finditer(masked))
    if not numbers and not highlights:
        return None
    out: list[str] = []
    cursor = 0
    number = max(numbers, default=0)
    for match in highlights:
        number += 1
        out.append(text[cursor : match.start()])
        out.append(f"{{{{c{number}::{text[match.start('inner') : match.end('inner')]}}}}}")
        cursor = match.end()
    out.append(text[cursor:])
    return "".join(out)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Q:`/`A:` lines, `front::back` lines, `?` separators and cloze paragraphs."""
    regions = find_details(doc)
    inside = {n: "details" for region in regions for n in range(region.first, region.last)}
    scan = _Scan(doc, inside | dict(taken), {r.first: r for r in regions})
    paragraphs = list(_paragraphs(doc)) if _may_hold_syntax(doc) else []
    card_file = is_card_file(doc)
    pair_blocks = _pair_blocks(paragraphs)
    others = {
        p.block
        for p in paragraphs
        if (p.top and _separator_lines(p))
        or _pair_lines(p, card_file=card_file, pair_block=p.block in pair_blocks)
        or _has_cloze_mark(p)
    }
    _heading_cards(scan)
    _questions(scan, [p for p in paragraphs if p.top], others)
    _separators(scan, [p for p in paragraphs if p.top])
    for paragraph in paragraphs:
        _pairs(scan, paragraph, card_file, paragraph.block in pair_blocks)
    for paragraph in paragraphs:
        _cloze(scan, paragraph)
    if card_file:
        _empty_backs(scan, paragraphs)
    doc.derived[EXPLICIT_CARDED_LINES] = frozenset(n for n, reason in scan.claims.items() if reason == "card")
    doc.derived[EXPLICIT_CARD_FILE] = card_file
    _claim_furniture(scan, card_file)
    return RuleResult(tuple(scan.drafts), tuple(scan.diagnostics), scan.claims)


# Each syntax's mark as it stands in the source, however deep its paragraph sits (see `_may_hold_syntax`).
_Q_LABEL_ANYWHERE = lazy_pattern(r"(?:Q|Question|QUESTION)(?:[ \t]*\d+[a-z]?)?[ \t]*:")
_SEPARATOR_ANYWHERE = lazy_pattern(r"\?(?<![^\s>]\?)\??[^\S\n]*$", re.M)


def _may_hold_syntax(doc: Document) -> bool:
    """False when a document's source holds none of the marks the four syntaxes read in paragraphs, so that
    no paragraph can give a card and the paragraphs need not be gathered (most documents).

    Every paragraph line the syntaxes read is, apart from leading indentation, the end of a source line: a
    top-level paragraph's lines are stripped source lines, and a list or quote paragraph's lines are its
    inline content, which markdown-it takes from the source line after the container's markers (`- `,
    `> `, `1. `) and indentation (the parser only turns `\r` into `\n`, which the sources already did, and
    NUL into U+FFFD, neither a mark). So each test is a necessary condition of its syntax:
    a `Q:` line (`_Q_LABEL`, matched at the line's start) holds the label anywhere in the source; a `?`
    separator line is a `?` or `??` that whitespace, `>` or the line's start comes before (a list marker is
    followed by a space) and only whitespace follows to the end of the line; a pair holds `::`; a cloze
    paragraph holds a `==` highlight or a `{{cN::` deletion, and so `==` or `::` (`to_cloze` gives a cloze
    only for a highlight or such a deletion; `{{` alone is none)."""
    text = doc.source.text
    return (
        text_holds(doc, "::")
        or text_holds(doc, "==")
        or _Q_LABEL_ANYWHERE.search(text) is not None
        or _SEPARATOR_ANYWHERE.search(text) is not None
    )


def is_card_file(doc: Document) -> bool:
    """A file written as flashcards: tagged for a spaced-repetition plugin (`#flashcards`, `#card`, `#anki`,
    in the text or in front matter `tags`)."""
    known = doc.derived.get(_CARD_TAGGED)
    if known is None:
        tags = doc.meta.get("tags")
        listed = " ".join(str(t) for t in tags) if isinstance(tags, list) else str(tags or "")
        known = bool(_CARD_TAG.search(" ".join("#" + t.lstrip("#") for t in listed.replace(",", " ").split())))
        if not known and _may_hold_card_tag(doc.source.text):
            known = any(
                _CARD_TAG.search(mask_code_and_math(doc.block_text(i)))
                for i, block in enumerate(doc.blocks)
                if block.kind in ("paragraph", "heading")
            )
        doc.derived[_CARD_TAGGED] = known
    return bool(known)


def _may_hold_card_tag(text: str) -> bool:
    """False when no block of a document can hold a card tag: a tag found in a block's masked text stands
    at the same place in the source, with the same neighbours (masking only blanks code and math into
    NULs, and a block starts and ends at line boundaries). No tag anywhere in the source is the common
    case, decided in one search instead of one per block."""
    return _CARD_TAG.search(text) is not None


def _drop_comments(text: str) -> str:
    """The text without the plugin's `<!--SR:…-->` scheduling comments and `<!-- id: … -->` comments."""
    if "<!--" not in text:
        return text
    return _ID_COMMENT.sub("", _SCHEDULE.sub("", text))


def _is_schedule(doc: Document, line: int) -> bool:
    """Whether a line holds only scheduling comments."""
    return 0 <= line < len(doc.lines) and "<!--SR:" in doc.lines[line] and not _SCHEDULE.sub("", doc.lines[line]).strip()


def _pinned_id(doc: Document, line: int) -> str | None:
    """An `<!-- id: … -->` on a card's line or the next: a reversible card gives it to both its notes (the
    reverse one with `/reverse` added), so the chain's own id step leaves them alone."""
    for n in (line, line + 1):
        if 0 <= n < len(doc.lines):
            match = _ID_COMMENT.search(doc.lines[n])
            if match:
                return match.group(1)
    return None


def _claim_furniture(scan: _Scan, card_file: bool) -> None:
    """Scheduling comments standing alone (an HTML block of `<!--SR:…-->`) and, in a file of cards, the
    paragraphs of tags only (`#flashcards #biology`): accounted for, neither cards nor skipped content. The
    title line of a callout or admonition whose every other line is a card goes with its cards."""
    doc = scan.doc
    furnished = (
        ("blockquote", "admonition", "html_block", "paragraph") if card_file else ("blockquote", "admonition", "html_block")
    )
    for block in doc.blocks:
        if block.kind not in furnished or not scan.free(block.first, block.first + 1):
            continue  # only these blocks can be furniture (paragraphs of tags only in a file of cards)
        meta = False
        if block.kind in ("blockquote", "admonition"):
            # A callout or admonition of cards: its title line (`> [!tip] Cells`, `!!! note`) frames them.
            rest = [n for n in range(block.first + 1, block.last) if doc.lines[n].strip(" >")]
            head = doc.lines[block.first].lstrip(" >")
            if (
                rest
                and all(scan.claims.get(n) == "card" for n in rest)
                and (_CALLOUT_HEAD.match(head) or head.startswith(("!!!", "???")))
            ):
                scan.claims[block.first] = "card"
            continue
        if block.kind == "html_block":
            meta = all(_is_schedule(doc, n) or not doc.lines[n].strip() for n in range(block.first, block.last))
        elif block.kind == "paragraph" and card_file:
            meta = all(_TAG_LINE.match(doc.lines[n]) or _is_schedule(doc, n) for n in range(block.first, block.last))
        if meta:
            scan.claims.update(claim(block.first, block.last, "meta"))
    if "card" not in scan.claims.values() and "meta" not in scan.claims.values() and _all_blocks_open_with_text(doc):
        return  # no section's body is made only of cards: its first line is no card and not blank
    for section in doc.sections:
        # A heading over explicit cards only is their context: not a question left unanswered, not a topic.
        heading = doc.blocks[section.block]
        if scan.free(heading.first, heading.last) and _only_cards_below(scan, section.body):
            scan.claims.update(claim(heading.first, heading.last, "card"))


def _all_blocks_open_with_text(doc: Document) -> bool:
    """Whether the first line of each content block (headings and rules aside) holds more than whitespace:
    then, with no line claimed as a card or `meta`, `_only_cards_below` is False for every section (it
    stops at the first line of the body's first block that has lines), and the sections need no walk."""
    lines = doc.lines
    return all(lines[b.first].strip() for b in doc.blocks if b.first < b.last and b.kind not in STRUCTURAL)


def _only_cards_below(scan: _Scan, body: Sequence[int]) -> bool:
    """True when the blocks of a section's body (headings and rules aside) have lines, and each of their
    non-blank lines is claimed as a card or as `meta`. Stops at the first line that is neither, which
    in a section of anything else is its first one."""
    doc = scan.doc
    claims = scan.claims
    found = False
    for i in body:
        block = doc.blocks[i]
        if block.kind in STRUCTURAL:
            continue
        for n in range(block.first, block.last):
            found = True
            if claims.get(n) not in ("card", "meta") and doc.lines[n].strip():
                return False
    return found


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A paragraph at the top level or inside a top-level list."""

    block: int
    """Index of the top-level block holding it."""
    first: int
    """First source line."""
    lines: tuple[str, ...]
    """Its lines as Markdown (list markers and indentation removed)."""
    text: str
    """Its lines joined."""
    top: bool
    """True for a top-level paragraph, False inside a list."""

    def masked(self) -> str:
        """Its text with code and math blanked. Not kept: every syntax is first looked for in the text
        itself (blanking only removes characters), and most paragraphs hold none."""
        return mask_code_and_math(self.text)

    @property
    def last(self) -> int:
        """The line after its last line."""
        return self.first + len(self.lines)


@dataclass(frozen=True, slots=True)
class _Pair:
    """One `front::back` line."""

    line: int
    """Its source line."""
    front: str
    """The text before the separator."""
    back: str
    """The text after it, comments removed."""
    reverse: bool
    """True for `:::`, the reversible form."""


@dataclass(slots=True)
class _Scan:
    """The rule's working state over one document."""

    doc: Document
    seen: dict[int, str]
    """Lines taken by earlier rules, lying in `<details>` regions, or claimed by this rule."""
    regions: Mapping[int, DetailsRegion]
    """The document's outermost `<details>` regions by first line."""
    drafts: list[CardDraft] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    claims: dict[int, str] = field(default_factory=dict)

    def free(self, first: int, last: int) -> bool:
        return self.seen.keys().isdisjoint(range(first, last))

    def block_free(self, index: int) -> bool:
        block = self.doc.blocks[index]
        return self.free(block.first, block.last)

    def card(
        self,
        line: int,
        question: str,
        answer: str,
        spans: Sequence[tuple[int, int]],
        *,
        note_type: NoteType = "basic",
        extra_tags: tuple[str, ...] = (),
        reverse: bool = False,
        path: tuple[str, ...] | None = None,
    ) -> None:
        """Record a card (or, for a basic card whose answer does not count, an unanswered question) and
        claim its lines. A reversible card (`:::`, `??`) is two Basic notes: the second asks the back and
        answers with the front (see the module docstring for their identities)."""
        question, answer = _drop_comments(question).strip(), _drop_comments(answer).strip()
        reason = empty_reason(answer) if note_type == "basic" else None
        if path is None:  # the headings above the card's line (a heading card passes those above it)
            index = block_at(self.doc, line)
            path = heading_path(self.doc, index) if index is not None else ()
        if reason:
            self.diagnostics.append(unanswered(self.doc.loc(line), " ".join(question.split()), reason))
        else:
            context = tuple(clean_heading(p) for p in path)
            tags = tuple(dict.fromkeys(extra_tags + topic_tags(path)))
            loc = self.doc.loc(line)
            pinned = _pinned_id(self.doc, line) if reverse else None
            forward = CardDraft(loc, CONVENTION, question, answer, context, tags, note_type)
            self.drafts.append(forward if pinned is None else replace(forward, explicit_id=f"{EXPLICIT_PREFIX}{pinned}"))
            if reverse and not empty_reason(question):
                backward = CardDraft(loc, CONVENTION, answer, question, context, tags, note_type)
                if pinned is not None:
                    backward = replace(backward, explicit_id=f"{EXPLICIT_PREFIX}{pinned}/reverse")
                self.drafts.append(backward)
        for first, last in spans:
            lines = claim(first, last, "unanswered" if reason else "card")
            self.claims.update(lines)
            self.seen.update(lines)


def _paragraphs(doc: Document) -> Iterator[_Paragraph]:
    """Top-level paragraphs and the paragraphs of top-level lists, quotes (callouts) and admonitions, in
    order."""
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph":
            lines = doc.lines[block.first : block.last]
            text = "\n".join(line.strip() for line in lines)
            yield _Paragraph(index, block.first, tuple(text.split("\n")), text, True)
        elif block.kind in ("bullet_list", "ordered_list", "blockquote", "admonition"):
            yield from _list_paragraphs(doc, index, block)


def _list_paragraphs(doc: Document, index: int, block: Block) -> Iterator[_Paragraph]:
    tokens = doc.tokens
    for n in range(block.start, block.end):
        token = tokens[n]
        if token.type != "paragraph_open" or not token.map or n + 1 >= block.end:
            continue
        first, last = token.map
        content = tokens[n + 1].content
        lines = content.split("\n")
        if len(lines) != last - first:
            continue  # lines do not map one to one (a lazy continuation, a quote): leave it
        lines[0] = _TASK_MARK.sub("", lines[0])
        text = "\n".join(lines)
        yield _Paragraph(index, first, tuple(lines), text, False)


# 0. Headings tagged #card -------------------------------------------------------------------------------


def _heading_cards(scan: _Scan) -> None:
    """`## Photosynthesis #card` (the Obsidian-to-Anki `flashcards` plugin): the heading, its tags removed,
    is the front; its section, up to the next heading of the same or a higher level, the back.
    `#card-reverse` (or `#card/reverse`) makes it reversible."""
    doc = scan.doc
    if not holds(doc.source.text, "#card"):
        return
    for n, section in enumerate(doc.sections):
        if section.level == 1 and section.title == doc.title:
            continue  # the note's title names the deck
        head = doc.blocks[section.block]
        inline = doc.inline(head)
        source = inline.content if inline is not None else section.title
        match = _CARD_HEADING.search(source)
        if match is None or not scan.free(head.first, head.last):
            continue
        front = without_trailing_tags(source).strip()
        if not front:
            continue
        blocks = list(section.body)
        for later in doc.sections[n + 1 :]:
            if later.level <= section.level:
                break
            blocks.extend((later.block, *later.body))
        blocks = [i for i in blocks if scan.block_free(i)]
        answer = build_answer(doc, blocks)
        spans = [(head.first, head.last)] + [(doc.blocks[i].first, doc.blocks[i].last) for i in answer.claimed]
        reverse = "reverse" in match.group(0).casefold()
        scan.card(head.first, front, answer.markdown, spans, reverse=reverse, path=section.path)


# 1. Q: / A: lines ---------------------------------------------------------------------------------------


def _q_lines(paragraph: _Paragraph) -> list[int]:
    if "Q" not in paragraph.text:
        return []
    return [paragraph.first + n for n, line in enumerate(paragraph.lines) if _Q_LABEL.match(line)]


def _questions(scan: _Scan, paragraphs: Sequence[_Paragraph], others: set[int]) -> None:
    by_block = {p.block: p for p in paragraphs}
    starts: dict[int, list[int]] = {}
    for paragraph in paragraphs:
        if scan.free(paragraph.first, paragraph.last):
            found = _q_lines(paragraph)
            if found:
                starts[paragraph.block] = found
    for block_index, lines in starts.items():
        paragraph = by_block[block_index]
        for pos, q in enumerate(lines):
            end = lines[pos + 1] if pos + 1 < len(lines) else paragraph.last
            if not scan.free(q, end):
                continue
            _question_card(scan, paragraph, q, end, starts, by_block, others)


def _question_card(
    scan: _Scan,
    paragraph: _Paragraph,
    q: int,
    end: int,
    starts: Mapping[int, list[int]],
    by_block: Mapping[int, _Paragraph],
    others: set[int],
) -> None:
    """One `Q:` question, from its line `q` (its paragraph's questions end at `end`)."""
    doc = scan.doc
    text = [paragraph.lines[n - paragraph.first] for n in range(q, end)]
    match = _Q_LABEL.match(text[0])
    assert match is not None
    text[0] = match.group("rest")
    lead = ""  # answer text sharing the question's paragraph
    inline = INLINE_ANSWER_LABEL.search(text[0]) or _INLINE_R_LABEL.search(text[0])
    answer_at = next((n for n in range(1, len(text)) if ANSWER_LABEL.match(text[n]) or _R_LABEL.match(text[n])), None)
    nxt = paragraph.block + 1
    labelled_next = (
        end == paragraph.last
        and nxt < len(doc.blocks)
        and nxt in by_block
        and scan.block_free(nxt)
        and bool(ANSWER_LABEL.match(by_block[nxt].lines[0]))
    )
    if inline is not None:
        question_lines, lead = [text[0][: inline.start()]], "\n".join([text[0][inline.end() :], *text[1:]])
    elif answer_at is not None:
        question_lines = text[:answer_at]
        lead = _strip_r_label(strip_answer_label("\n".join(text[answer_at:])))
    elif labelled_next:
        question_lines = text
    elif match.group("num"):
        return  # `Q3:` without an `A:` label: numbering, not this syntax
    else:
        asked = next((n for n, line in enumerate(text) if line.rstrip().endswith("?")), None)
        cut = asked + 1 if asked is not None else (1 if is_question(text[0]) else len(text))
        question_lines, lead = text[:cut], "\n".join(text[cut:])
    question, _ = clean_question(" ".join(line.strip() for line in question_lines if line.strip()))
    question, difficulty = take_difficulty(question)
    question = question.strip()
    if not question:
        return
    parts = [lead] if lead.strip() else []
    spans = [(q, end)]
    if end == paragraph.last:  # else the next `Q:` of the paragraph ends this answer
        more, more_spans = _answer_blocks(scan, paragraph.block + 1, starts, others, first_labelled=labelled_next)
        parts.extend(more)
        spans.extend(more_spans)
    answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    extra = (f"difficulty::{difficulty}",) if difficulty else ()
    scan.card(q, question, answer.strip(), spans, extra_tags=extra)


# After `Q:`, a plain `R:` is the French answer letter (`Q:`/`R:`, Question/Réponse), spaced or not; alone,
# `R: lm(y ~ x)` names the R language, so only a `Q:` question gives it that meaning.
_R_LABEL = lazy_pattern(r"^[ \t]*R[ \t]*:(?!:)[ \t]*")
_INLINE_R_LABEL = lazy_pattern(r"(?<=[?？])[ \t]+R[ \t]*:(?!:)[ \t]*")


def _strip_r_label(text: str) -> str:
    """The answer without a leading `R:` label."""
    match = _R_LABEL.match(text)
    return text[match.end() :] if match else text


def _answer_blocks(
    scan: _Scan, start: int, starts: Mapping[int, list[int]], others: set[int], *, first_labelled: bool
) -> tuple[list[str], list[tuple[int, int]]]:
    """The answer's blocks from block `start` on, up to the next `Q:` line, heading, rule, other explicit
    syntax, taken block, or block that starts another question (`_asks_next`)."""
    doc = scan.doc
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    j = start
    while j < len(doc.blocks):
        block = doc.blocks[j]
        region = scan.regions.get(block.first)
        if not parts and region is not None and is_answer_summary(region.summary):
            # `<details><summary>Answer</summary> … </details>` right after the question holds the answer.
            parts.append(region.body)
            spans.append((region.first, region.last))
            break
        if block.kind in ("heading", "hr") or not scan.block_free(j) or (j in others and not (first_labelled and j == start)):
            break
        labelled = j == start and first_labelled
        if not labelled and _asks_next(doc, block):
            break
        q_lines = starts.get(j, [])
        stop = q_lines[0] if q_lines else block.last
        if stop == block.first:
            break
        text = doc.text(block.first, stop)
        box = answer_box(doc, block) if not parts and not labelled else None
        if labelled:
            text = strip_answer_label(text.lstrip())
        elif box is not None:
            text = box_body(doc, box)
        parts.append(text)
        spans.append((block.first, stop))
        if stop < block.last:
            break
        j += 1
    return parts, spans


def _asks_next(doc: Document, block: Block) -> bool:
    """True when a block opens the next question in a convention another rule reads: a bold or labelled
    question paragraph (`**What is X?**`, `**Q:** …`), a bare question line, a question admonition or
    callout. An answer ends there rather than swallow it."""
    if block.kind == "paragraph":
        paragraph = question_paragraph(doc, block)
        if paragraph is not None and paragraph.kind != "situation":
            return True
        if _opens_dotted_pair(doc, block):
            return True
        return first_question_line(doc, block) == block.first
    return question_box(doc, block) is not None


def _opens_dotted_pair(doc: Document, block: Block) -> bool:
    """`Q. …?` over `A. …` in one paragraph: the next question of the dotted-pair convention."""
    return doc.lines[block.first].lstrip()[:1] in ("Q", "*", "_") and opens_dotted_pair(doc.text(block.first, block.last))


# 2. front :: back lines ---------------------------------------------------------------------------------


_STRONG, _LONE, _GLUED, _HALF = 3, 2, 1, 0
"""Separator strengths: spaced or touching punctuation; glued between words on a line alone in its
paragraph (`la cocina:::the kitchen`); glued between words; spaced on one side only."""


def _pair_candidates(paragraph: _Paragraph) -> tuple[list[tuple[_Pair, int]], bool]:
    """Each `front::back` line of a paragraph with its separator's strength (`_split_pair`), and whether
    every line of the paragraph is such a line (a callout's `[!tip] Title` line and comments aside)."""
    found: list[tuple[_Pair, int]] = []
    if "::" not in paragraph.text:
        return found, False
    masked = paragraph.masked().split("\n")
    for n, line in enumerate(paragraph.lines):
        if _CLOZE.search(masked[n]):
            continue
        split = _split_pair(masked[n])
        if split is None:
            continue
        start, end, strength = split
        front, back = line[:start].strip(), _drop_comments(line[end:]).strip()
        reverse = masked[n][start:end].strip() == ":::"
        asks_back = back.endswith("?") and not front.endswith("?")  # a question that mentions `::`
        if front and back and not _Q_LABEL.match(line) and not asks_back and not _reads_as_code(front, back, strength):
            found.append((_Pair(paragraph.first + n, front, back, reverse), strength))
    content = [
        line
        for n, line in enumerate(paragraph.lines)
        if _drop_comments(line).strip() and not (n == 0 and _CALLOUT_HEAD.match(line))
    ]
    whole = len(found) == len(content)
    if whole and len(found) == 1 and found[0][1] == _GLUED:
        if _reads_as_words(found[0][0]):
            found[0] = (found[0][0], _STRONG)  # `Femur::The thigh bone.` alone on its line: a card, not a scope
        elif not _code_word(found[0][0].back):
            found[0] = (found[0][0], _LONE)  # `la cocina:::the kitchen` alone on its line
    return found, whole


def _reads_as_words(pair: _Pair) -> bool:
    """A glued pair whose sides meet as words rather than as a scoped name: a capital (or a non-ASCII
    letter) on one side of the junction, and no call, template or statement mark in the back's first word
    (`std::vector<int>`, `Vec::new()`, `fe80::1` are code)."""
    left = pair.front.split()[-1]
    right = pair.back.split()[0]
    if _code_word(pair.back):
        return False
    return any(not (ch.isascii() and ch.islower()) and ch.isalpha() for ch in (left[0], right[0]))


def _code_word(back: str) -> bool:
    """Whether the back's first word holds a call, template, statement or scope mark (`vector<int>`,
    `new()`, `cout;`): the pair is a scoped name in code (`std::vector<int>`), not a card."""
    right = back.split()[0]
    return any(mark in right for mark in ("(", "<", ";", "{", "[", "::"))


def _pair_blocks(paragraphs: Sequence[_Paragraph]) -> set[int]:
    """Blocks (a paragraph, a list, a quote) every line of which is a `front::back` pair, two or more."""
    counts: dict[int, int] = {}
    broken: set[int] = set()
    for paragraph in paragraphs:
        found, whole = _pair_candidates(paragraph)
        if whole:
            counts[paragraph.block] = counts.get(paragraph.block, 0) + len(found)
        else:
            broken.add(paragraph.block)
    return {block for block, count in counts.items() if count >= 2 and block not in broken}


def _pair_lines(paragraph: _Paragraph, *, card_file: bool, pair_block: bool) -> list[_Pair]:
    """The `front::back` lines of a paragraph. A glued `x::y` between word characters (`Capital of
    France::Paris`, but also `std::vector` in prose) counts in a block made only of pairs, two or more
    (`pair_block`), alone on its line or in a file of cards when it reads as words (`_reads_as_words`);
    spaced on one side only (`author:: Jane`, Dataview's inline field) it also needs a file of cards. A
    pair-like line inside wrapped prose is otherwise prose."""
    found, _ = _pair_candidates(paragraph)
    return [
        pair
        for pair, strength in found
        if strength == _STRONG
        or (strength == _LONE and (pair_block or card_file))
        or (strength == _GLUED and (pair_block or (card_file and _reads_as_words(pair))))
        or (strength == _HALF and pair_block and card_file)
    ]


def _split_pair(masked: str) -> tuple[int, int, int] | None:
    """(start, end, strength) of a line's pair separator: the first ` :: ` or ` ::: `, else its only run of
    two or three colons, strong when glued on both sides and touching punctuation, math or code
    (`What is TCP?::A protocol`, `$E=mc^2$::energy`), glued between word characters, or half-spaced."""
    spaced = _PAIR.search(masked)
    if spaced is not None:
        return spaced.start(), spaced.end(), _STRONG
    runs = list(_COLONS.finditer(masked))
    if len(runs) != 1 or len(runs[0].group(0)) > 3:
        return None
    run = runs[0]
    before = masked[run.start() - 1] if run.start() else " "
    after = masked[run.end()] if run.end() < len(masked) else " "
    if before.isspace() or after.isspace():
        return run.start(), run.end(), _HALF
    glued = _WORD_CHAR.match(before) and _WORD_CHAR.match(after)
    return run.start(), run.end(), _GLUED if glued else _STRONG


def _reads_as_code(front: str, back: str, strength: int) -> bool:
    """`map :: (a -> b) -> [a]`, `std :: vector<int>`: a lowercase identifier scoped or typed like code,
    written outside backticks. Card fronts are terms and phrases, not lone lowercase identifiers. Glued
    (`std::vector<int>`), the scoped name's marks are in the back's first word or an arrow: a bracket
    further on is prose (`embarazada::pregnant (not "embarrassed")`)."""
    if not _IDENTIFIER.match(front):
        return False
    if strength in (_STRONG, _HALF):
        return any(mark in back for mark in _CODE_MARKS)
    return _code_word(back) or "->" in back or "=>" in back


def _pairs(scan: _Scan, paragraph: _Paragraph, card_file: bool, pair_block: bool) -> None:
    pairs = _pair_lines(paragraph, card_file=card_file, pair_block=pair_block)
    for pair in pairs:
        line = pair.line
        if scan.free(line, line + 1):
            spans = [(line, line + 1)]
            if _is_schedule(scan.doc, line + 1):
                spans.append((line + 1, line + 2))  # the plugin's `<!--SR:…-->` line under the card
            scan.card(line, pair.front, pair.back, spans, reverse=pair.reverse)


_EMPTY_BACK = re.compile(r"^(?P<front>\S.*?\S)[ \t]*:{2,3}[ \t]*$")


def _empty_backs(scan: _Scan, paragraphs: Sequence[_Paragraph]) -> None:
    """In a file of cards, a line alone in its paragraph that is only a front and its separator
    (`Give an example of a ring expansion::`) is a card whose back is yet to be written: `unanswered`.
    The front is a phrase (two words or more) or asks (`?`), not a one-word key (`status::`, a property)."""
    for paragraph in paragraphs:
        if len(paragraph.lines) != 1 or "::" not in paragraph.text or not scan.free(paragraph.first, paragraph.first + 1):
            continue
        match = _EMPTY_BACK.match(paragraph.masked().strip())
        if match is None or "::" in match.group("front"):
            continue
        front = paragraph.text.strip()[: match.end("front")]
        if " " in front or front.endswith(("?", "？")):
            scan.card(paragraph.first, front, "", [(paragraph.first, paragraph.first + 1)])


# 3. ? separators ----------------------------------------------------------------------------------------


def _separator_lines(paragraph: _Paragraph) -> list[int]:
    if "?" not in paragraph.text:
        return []
    return [paragraph.first + n for n, line in enumerate(paragraph.lines) if line.strip() in _SEPARATOR]


def _separators(scan: _Scan, paragraphs: Sequence[_Paragraph]) -> None:
    doc = scan.doc
    for paragraph in paragraphs:
        found = _separator_lines(paragraph)
        if len(found) != 1 or not scan.free(paragraph.first, paragraph.last):
            continue
        (sep,) = found
        spans = [(paragraph.first, paragraph.last)]
        front = doc.text(paragraph.first, sep).strip()
        back = doc.text(sep + 1, paragraph.last).strip()
        line = paragraph.first
        reverse = doc.lines[sep].strip() == "??"
        if not front:
            before = paragraph.block - 1
            if before < 0 or doc.blocks[before].kind not in _CONTENT_KINDS or not scan.block_free(before):
                continue  # nothing to ask: leave the stray `?` to be reported
            front = doc.block_text(before).strip()
            line = doc.blocks[before].first
            spans.append((doc.blocks[before].first, doc.blocks[before].last))
        after = paragraph.block + 1
        if (
            not back
            and after < len(doc.blocks)
            and doc.blocks[after].kind in _CONTENT_KINDS
            and scan.block_free(after)
            and not _is_next_card(doc, doc.blocks[after])
        ):
            back = doc.block_text(after).strip()
            spans.append((doc.blocks[after].first, doc.blocks[after].last))
            after += 1
        # Code, a table or a formula right below the back belongs to it (`uptime` output under the answer).
        while back and after < len(doc.blocks) and doc.blocks[after].kind in _ATTACHED and scan.block_free(after):
            back = f"{back}\n\n{doc.block_text(after).strip()}"
            spans.append((doc.blocks[after].first, doc.blocks[after].last))
            after += 1
        scan.card(line, front, back, spans, reverse=reverse)


def _is_next_card(doc: Document, block: Block) -> bool:
    """True when the block after an empty back is a card of its own, not that back: a paragraph whose
    first line is a `front::back` pair or an empty `front::`, or whose lines hold a `?` separator
    (`Front` / `?` / `Back`). The card above is then unanswered rather than answered by its neighbour."""
    if block.kind != "paragraph":
        return False
    lines = doc.lines[block.first : block.last]
    first = mask_code_and_math(lines[0]).strip()
    if "::" in first and (_EMPTY_BACK.match(first) or _split_pair(first) is not None):
        return True
    return any(line.strip() in _SEPARATOR for line in lines[1:])


# 4. Cloze -----------------------------------------------------------------------------------------------


def _cloze(scan: _Scan, paragraph: _Paragraph) -> None:
    if not scan.free(paragraph.first, paragraph.last):
        return
    text = "\n".join(paragraph.lines).strip()
    cloze = to_cloze(text)
    if cloze is None:
        return
    if not _has_cloze_mark(paragraph) and highlight_answers(text):
        return  # `Name two noble gases.` over `==Helium, Neon==`: the highlight answers, the coloured-answer rule's
    if not _has_cloze_mark(paragraph) and _section_asks(scan.doc, paragraph):
        return  # highlights in a section of questions and answers are emphasis in the answers
    if not _has_cloze_mark(paragraph) and _among_question_headings(scan.doc, paragraph.block):
        return  # a topic heading among question headings, or the preamble of such notes: emphasis too
    if not _has_cloze_mark(paragraph) and asks_by_block_ids(scan.doc):
        return  # a page of questions closed by block IDs: its highlights mark the key terms of the answers
    scan.card(paragraph.first, cloze, "", [(paragraph.first, paragraph.last)], note_type="cloze")


def _among_question_headings(doc: Document, index: int) -> bool:
    """True when block `index` stands where highlights are emphasis of Q&A notes rather than cloze
    deletions: in a section most of whose sibling headings ask (`### Vancomycin toxicities` among `### Why
    …?` headings, a Joplin or Typora export highlighting key words in its answers), or in the preamble
    above the first sub-heading of notes most of whose headings below ask."""
    section = doc.section_of_block(index)
    if section is None:
        return False
    found = doc.derived.get(_EMPHASIS_SECTIONS)
    if found is None:
        found = doc.derived[_EMPHASIS_SECTIONS] = _emphasis_sections(doc)
    return doc.sections.index(section) in found


_EMPHASIS_SECTIONS = "explicit.emphasis_sections"


def _emphasis_sections(doc: Document) -> frozenset[int]:
    """The sections `_among_question_headings` holds, found in one pass over the headings."""
    from .outline import heading_question

    asking = [heading_question(doc, s) is not None for s in doc.sections]
    children: dict[int | None, int] = {}
    asking_children: dict[int | None, int] = {}
    for n, s in enumerate(doc.sections):
        children[s.parent] = children.get(s.parent, 0) + 1
        asking_children[s.parent] = asking_children.get(s.parent, 0) + asking[n]
    # headings below each section and how many of them ask, summed from the last heading up
    below = [0] * len(doc.sections)
    asked = [0] * len(doc.sections)
    for n in range(len(doc.sections) - 1, -1, -1):
        parent = doc.sections[n].parent
        if parent is not None:
            below[parent] += below[n] + 1
            asked[parent] += asked[n] + asking[n]
    found: set[int] = set()
    for n, s in enumerate(doc.sections):
        if below[n]:
            if below[n] >= 2 and 2 * asked[n] > below[n]:
                found.add(n)  # its preamble, above sub-headings most of which ask
            continue
        siblings = children[s.parent] - 1
        if siblings >= 2 and 2 * (asking_children[s.parent] - asking[n]) > siblings:
            found.add(n)
    return frozenset(found)


def _has_cloze_mark(paragraph: _Paragraph) -> bool:
    """Whether the paragraph holds a `{{cN::` deletion outside code and math."""
    return "{{c" in paragraph.text and _CLOZE.search(paragraph.masked()) is not None


def _section_asks(doc: Document, paragraph: _Paragraph) -> bool:
    """True when the paragraph's section asks before (or in) it: a question heading, or a line ending in `?`."""
    section = doc.section_of_block(paragraph.block)
    first_block = 0
    if section is not None:
        first_block = section.block + 1
        if not (section.level == 1 and section.title == doc.title) and is_question(clean_question(section.title)[0]):
            return True
    # A line of the blocks from the section's first one to the paragraph's, that one cut at the paragraph's
    # end: the first asking line from the section's first block on, if it comes before the paragraph's end
    # (the top-level blocks follow each other, so every later block's lines come after it).
    return _first_asking_lines(doc)[first_block] < paragraph.last


def _first_asking_lines(doc: Document) -> list[int]:
    """For each top-level block, the first line that asks (ends in `?`, or holds `?</summary>`) in it or a
    later block, code and math blocks left out; the number of lines when none does. Made once per
    document, from the end: asking each highlighted paragraph's section again from its start made a
    section of thousands of `==…==` paragraphs quadratic."""
    known = doc.derived.get(_FIRST_ASKING)
    if known is None:
        known = [len(doc.lines)] * (len(doc.blocks) + 1)
        for index in range(len(doc.blocks) - 1, -1, -1):
            block = doc.blocks[index]
            first = known[index + 1]
            if block.kind not in ("fence", "code_block", "math_block"):
                for number in range(block.first, block.last):
                    line = doc.lines[number]
                    if line.strip().rstrip("*_\"' ").endswith("?") or "?</summary>" in line:
                        first = number
                        break
            known[index] = first
        doc.derived[_FIRST_ASKING] = known
    return known  # type: ignore[no-any-return]


_FIRST_ASKING = "explicit-first-asking-lines"
