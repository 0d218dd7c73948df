"""Numbered annotations (Material for MkDocs): questions closed by a marker `(1)`, `(2)` …, each answered by
the item of that number in the ordered list right after the marked block.

    - What does `chmod +t` set on a directory? (1)
    - Which command shows the access control list of a file? (2)
    { .annotate }

    1.  The sticky bit: only a file's owner may delete or rename it there.
    2.  `getfacl file`.

    ``` sql
    SELECT * FROM orders FOR UPDATE;   -- what does the lock cover? (1)
    VACUUM orders;                     -- (2)!
    ```

    1.  The selected rows, until the transaction ends.
    2.  **Q:** Does a plain VACUUM lock the table?
        **A:** No: it runs beside reads and writes.

A **marked block** is a paragraph or a list whose last line is an attribute list (`{ .annotate }`,
`{: .annotate }`), or a code fence (code annotations need no attribute list: their markers stand in the
code's comments). Its **markers** are `(N)` ending a line (in a list, an item's last line) or, in a fence,
`(N)` or `(N)!` ending a comment (`#`, `//`, `--`, `;`, `%`, `/* … */`, `<!-- … -->`), numbered 1, 2 … in
order. The ordered list right after the block, numbered from 1 with one item per marker, holds the
annotations: item N annotates marker N.

1. **A card.** The text a marker closes (the lines of the paragraph since the previous marker, the list item)
   asks (a question mark, or a command: `Explain …`), or the comment it ends closes with a question mark
   (code comments that explain open with question words too: `# how the pods scale (2)`). Its annotation
   is the answer. A question from a comment keeps the code before the comment in front of it
   (`` `tar -tf a.tar` — what does -t do? ``): the comment alone asks about code the card would not show.
2. **A labelled pair inside the annotation.** A marker closing no question (`# (1)!`, a bare `(2)`) whose
   annotation opens with a label line that asks (`**Q:** …?`, `Frage: …?`, in any language: the shape of
   a label, one to three words and a colon) is the card of that question; the answer is what follows the
   question mark on that line, or the next label line's text and the lines after it.
3. **Unanswered.** An annotation that is a placeholder (`TODO`, `…`) leaves its question `unanswered`.
4. **Untouched.** Annotations that explain (a marker closing a statement, an annotation without a labelled
   question) are no cards, and a marked block that asks nothing is left to the other rules.

On a page with two questions read so, the notes are this layout: a question admonition standing after the
page's last rule (`---`), below every annotated question (`!!! question "Questions or corrections?"` over an
invitation to open an issue), is the page's ending, skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, read_box, unanswered
from .document import Block, Document, block_kinds, lazy_pattern, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import LABEL_LINE, is_question

CONVENTION = "numbered-annotation"

_MARKED = ("paragraph", "bullet_list", "fence")
_MIN_ASKED = 2
# `{ .annotate }`, `{: .annotate #intro }`: an attribute list alone on a line.
_ATTRIBUTES = lazy_pattern(r"^[ \t]*\{:?[ \t]*[.#][^{}\n]*\}[ \t]*$")
# `… ? (2)`: a marker ending a line of prose.
_PROSE_MARKER = lazy_pattern(r"[ \t]*\((?P<n>\d{1,2})\)[ \t]*$")
# `tar -tf a.tar   # what does -t do? (2)`, `-- (3)!`, `/* why? (1) */`: a marker ending a code comment (the
# comment opens a line or follows a space), with the code before it.
_CODE_MARKER = lazy_pattern(
    r"^(?P<code>.*?)(?:^|(?<=\s))(?:#+|//+|--+|;+|%+|/\*+|<!--)[ \t]*(?P<text>.*?)[ \t]*"
    r"\((?P<n>\d{1,2})\)!?[ \t]*(?:\*+/|-->)?[ \t]*$"
)
# `- `, `* `: a bullet opening a list item.
_BULLET = lazy_pattern(r"^[ \t]*[-*+][ \t]+")
# `- [ ] `, `[x]`: a task list's box before an item's text.
_TASK_BOX = lazy_pattern(r"^\[[ xX]\][ \t]+")
_BARE = ("paragraph", "bullet_list")
_PAGE_BREAKS = ("heading", "hr")
_ASKS = ("?", "？", "؟")
# `1.  ` opening an annotation, `1)` too.
_ITEM_HEAD = lazy_pattern(r"^[ \t]*\d{1,3}[.)][ \t]*")
# What may open an answer after the question mark it follows on a label line: a dash, a colon.
_ANSWER_LEAD = lazy_pattern(r"^[\s—–:-]+")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from marked questions and the numbered annotations after them (see the module docstring)."""
    if not text_holds(doc, "(1)") or "ordered_list" not in block_kinds(doc):
        return RuleResult()  # no first marker, or no list to hold annotations: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    asked_below = -1
    blocks = doc.blocks
    for index in range(1, len(blocks)):
        block, marked = blocks[index], blocks[index - 1]
        if block.kind != "ordered_list" or marked.kind not in _MARKED:
            continue
        if not (is_free(doc, taken, index) and is_free(doc, taken, index - 1)):
            continue
        markers = _markers(doc, marked)
        notes = _annotations(doc, block) if markers else []
        if not markers or len(markers) != len(notes) or _start(doc, block) != 1:
            continue
        pairs = [(_asked(marker, note), marker, note) for marker, note in zip(markers, notes, strict=True)]
        if not any(asked for asked, _marker, _note in pairs):
            continue  # annotations that explain: another rule's, or none's
        path = heading_path(doc, index - 1)
        context, tags = tuple(clean_heading(p) for p in path), topic_tags(path)
        for asked, marker, note in pairs:
            if asked is None:
                continue
            question, answer = asked
            loc = doc.loc(marker.first)
            reason = empty_reason(answer) if answer else "no answer"
            if reason is None:
                drafts.append(CardDraft(loc, CONVENTION, question, answer, context, tags))
            else:
                diagnostics.append(unanswered(loc, question, reason))
            made = "card" if reason is None else "unanswered"
            claims.update(claim(marker.first, marker.last, made) | claim(note.first, note.last, made))
        asked_below = block.last
        claims.update({n: "skip:annotation" for n in range(marked.first, block.last) if n not in claims})
    if len(drafts) + len(diagnostics) >= _MIN_ASKED:
        claims.update(_page_ending(doc, taken, asked_below))
        _bare_questions(doc, taken, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


@dataclass(frozen=True, slots=True)
class _Marker:
    """A marker and the text it closes."""

    number: int
    """N of `(N)`."""
    first: int
    """The first line of the text it closes."""
    last: int
    """The line after its own."""
    text: str
    """The text it closes, on one line (empty when it closes none)."""


@dataclass(frozen=True, slots=True)
class _Note:
    """An annotation: one item of the ordered list after a marked block."""

    first: int
    """Its first line."""
    last: int
    """The line after its last."""
    text: str
    """Its Markdown, without its number."""


def _start(doc: Document, block: Block) -> int:
    value = doc.tokens[block.start].attrGet("start")
    return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else 1


def _markers(doc: Document, block: Block) -> list[_Marker]:
    """The markers of a marked block, in order, when they are numbered 1, 2 …; else none."""
    if block.kind == "fence":
        found = _code_markers(doc, block)
    else:
        last = block.last
        while last > block.first and not doc.lines[last - 1].strip():
            last -= 1
        if last <= block.first or _ATTRIBUTES.match(doc.lines[last - 1]) is None:
            return []
        found = _prose_markers(doc, block, last - 1)
    return found if [marker.number for marker in found] == list(range(1, len(found) + 1)) else []


def _prose_markers(doc: Document, block: Block, end: int) -> list[_Marker]:
    """The markers ending lines of a paragraph, or the items of a list, before line END (the attribute
    list)."""
    spans = [(block.first, end)] if block.kind == "paragraph" else [(a, min(b, end)) for a, b in list_items(doc, block)]
    found: list[_Marker] = []
    for first, last in spans:
        held: list[str] = []
        start = first
        for n in range(first, last):
            line = doc.lines[n]
            if block.kind != "paragraph" and n == first:
                line = _BULLET.sub("", line, count=1)
            marker = _PROSE_MARKER.search(line)
            held.append(line[: marker.start()] if marker else line)
            if marker is not None:
                found.append(_Marker(int(marker.group("n")), start, n + 1, " ".join(" ".join(held).split())))
                held, start = [], n + 1
    return found


def _code_markers(doc: Document, block: Block) -> list[_Marker]:
    """The markers ending comments in a code fence, each with the comment's text after the code before it."""
    found: list[_Marker] = []
    for n in range(block.first + 1, block.last - 1):
        line = doc.lines[n]
        if "(" not in line or (marker := _CODE_MARKER.match(line)) is None:
            continue
        text, code = marker.group("text").strip(), marker.group("code").strip()
        if not text.endswith(_ASKS):
            text = ""  # a comment that explains (`# how the pods scale (2)`), however it opens
        elif code:
            tick, pad = ("``", " ") if "`" in code else ("`", "")
            text = f"{tick}{pad}{code}{pad}{tick} — {text}"
        found.append(_Marker(int(marker.group("n")), n, n + 1, text))
    return found


def _annotations(doc: Document, block: Block) -> list[_Note]:
    """The items of the ordered list after a marked block, each as Markdown without its number."""
    notes: list[_Note] = []
    for first, last in list_items(doc, block):
        lines = list(doc.lines[first:last])
        body = [_ITEM_HEAD.sub("", lines[0], count=1).strip(), *_dedented(lines[1:])]
        notes.append(_Note(first, last, "\n".join(body).strip()))
    return notes


def _dedented(lines: list[str]) -> list[str]:
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(widths, default=0)
    return [line[cut:] for line in lines]


def _asked(marker: _Marker, note: _Note) -> tuple[str, str] | None:
    """The question and the answer a marker and its annotation make, None when they ask nothing."""
    text = marker.text
    if text and (text.endswith(_ASKS) or is_question(text)):
        return text, note.text
    return _labelled(note.text)


def _labelled(note: str) -> tuple[str, str] | None:
    """The question and answer of an annotation opening with a label line that asks (`**Q:** …? — …`)."""
    lines = note.split("\n")
    match = LABEL_LINE.match(lines[0])
    if match is None:
        return None
    said = match.group("said")
    end = max(said.rfind("?"), said.rfind("？"), said.rfind("؟"))
    if end < 0:
        return None
    question, rest = said[: end + 1].strip(), _ANSWER_LEAD.sub("", said[end + 1 :])
    more = lines[1:]
    if not rest.strip() and more and (answer := LABEL_LINE.match(more[0])) is not None:
        rest, more = answer.group("said"), more[1:]
    return question, "\n".join([rest, *more]).strip()


def _page_ending(doc: Document, taken: Mapping[int, str], after: int) -> dict[int, str]:
    """The question admonitions standing after the page's last rule, below line AFTER: the page's ending."""
    rules = [block.first for block in doc.blocks if block.kind == "hr"]
    if not rules or rules[-1] < after:
        return {}
    found: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.first <= rules[-1] or block.kind != "admonition" or not is_free(doc, taken, index):
            continue
        box = read_box(doc, doc.tokens[block.start])
        if box is not None and box.kind in ("question", "faq"):
            found.update(claim(block.first, block.last, "skip:closing"))
    return found


def _bare_questions(doc: Document, taken: Mapping[int, str], diagnostics: list[Diagnostic], claims: dict[int, str]) -> None:
    """The questions of the page that no marker closes, reported unanswered (to DIAGNOSTICS, claimed in
    CLAIMS): a paragraph of one line that asks, right before a heading, a rule or the page's end, and a
    list item of one line that asks to its end (a `[ ]` task box before it left out; an item going on after
    its question mark is a note, left alone)."""
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind not in _BARE or not is_free(doc, taken, index) or block.first in claims:
            continue
        if block.kind == "paragraph":
            after = blocks[index + 1].kind if index + 1 < len(blocks) else "heading"
            spans = [(block.first, block.last)] if after in _PAGE_BREAKS else []
        else:
            spans = list(list_items(doc, block))
        for first, last in spans:
            text = _TASK_BOX.sub("", _BULLET.sub("", doc.lines[first], count=1), count=1).strip()
            if last - first == 1 and text.endswith(_ASKS):
                diagnostics.append(unanswered(doc.loc(first), text, None))
                claims.update(claim(first, last, "unanswered"))
