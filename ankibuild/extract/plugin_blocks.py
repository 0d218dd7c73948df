"""Cards written for the Obsidian_to_Anki plugin: `START` / note type / fields / `END` blocks.

    TARGET DECK: Biology::Cells

    START
    Basic
    Which organelle makes ATP?
    Back: The mitochondrion.
    <!--ID: 1707667200123-->
    END

    STARTI [Basic] What does DNA polymerase need to start? Back: A primer. ENDI

A block runs from a line `START` to the next line `END`; its first line names the note type. For a basic
type (`Basic`, `Basic (and reversed card)`, any type but cloze) the lines before the `Back:` label are the
front (a `Front:` label dropped; a lone code span such as `` `git stash pop` `` is a front too in this
explicit syntax) and the lines after it, to `END`, the back, without the plugin's `<!--ID: …-->` line (the
note's identity, kept as its explicit id) and its `Tags:` line. A cloze type takes its `Text:` field (or its
lines) as the cloze text and `Back Extra:` as the extra. An empty `Back:` leaves the question `unanswered`.
`STARTI [Type] front Back: back ENDI` is the same card on one line. The file's plugin header lines
(`TARGET DECK: Biology::Cells`, `FILE TAGS: …`, each label also alone over its value) only configure the
sync: they are skipped, never read as `front::back` pairs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import EXPLICIT_PREFIX, CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, block_at, fence_step
from .outline import clean_heading, heading_path, topic_tags

_START, _END = "START", "END"
_BACK = re.compile(r"^[ \t]*(?:back|answer)[ \t]*:[ \t]?", re.I)
_FRONT = re.compile(r"^[ \t]*(?:front|question)[ \t]*:[ \t]?", re.I)
_TEXT = re.compile(r"^[ \t]*text[ \t]*:[ \t]?", re.I)
_EXTRA = re.compile(r"^[ \t]*(?:back[ \t]+)?extra[ \t]*:[ \t]?", re.I)
_ID = re.compile(r"^[ \t]*<!--[ \t]*ID:[ \t]*(?P<id>\d{1,20})[ \t]*-->[ \t]*$")
_TAGS = re.compile(r"^[ \t]*tags[ \t]*:", re.I)
_HEADER = re.compile(r"^(?:TARGET DECK|FILE TAGS)(?::|[ \t]*$)")
_INLINE = re.compile(r"^[ \t]*STARTI[ \t]+\[(?P<type>[^\]\n]+)\][ \t]*(?P<body>.*?)[ \t]*ENDI[ \t]*$")
_INLINE_BACK = re.compile(r"[ \t]+Back:[ \t]*", re.I)
_INLINE_EXTRA = re.compile(r"[ \t]+Back[ \t]+Extra:[ \t]*", re.I)
_INLINE_ID = re.compile(r"[ \t]*<!--[ \t]*ID:[ \t]*(?P<id>\d{1,20})[ \t]*-->")
_FIRST_WORDS = ("start", "starti", "target", "file")
_MAX_BLOCK = 200
"""A `START` without its `END` within this many lines is prose, not a block."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from Obsidian_to_Anki `START` … `END` blocks, and the plugin's header lines skipped."""
    text = doc.source.text
    # Every card or claim starts at a line that is `START`, or opens with `STARTI `, `TARGET DECK` or
    # `FILE TAGS`: its first word is one of `_FIRST_WORDS` (the lines' shared first words, asked first).
    if not a_line_opens_with(doc, _FIRST_WORDS):
        return RuleResult()
    if not ("START" in text and "END" in text) and "TARGET DECK" not in text and "FILE TAGS" not in text:
        return RuleResult()  # none of the plugin's marks: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    lines = doc.lines
    n = 0
    fence = ""
    while n < len(lines):
        line = lines[n]
        fence, code = fence_step(fence, line)
        if code:
            n += 1
            continue
        if n in taken:
            n += 1
            continue
        if _HEADER.match(line):
            claims[n] = "skip:sync"
            if not line.partition(":")[2].strip() and n + 1 < len(lines) and lines[n + 1].strip():
                claims[n + 1] = "skip:sync"  # `TARGET DECK` alone over the deck's name
                n += 1
            n += 1
            continue
        if line.startswith("STARTI") and (inline := _INLINE.match(line)) is not None:
            body, explicit_id = inline.group("body"), None
            pinned = _INLINE_ID.search(body)
            if pinned is not None:
                body, explicit_id = body[: pinned.start()] + body[pinned.end() :], f"{EXPLICIT_PREFIX}{pinned.group('id')}"
            cloze = "cloze" in inline.group("type").lower()
            parts = (_INLINE_EXTRA if cloze else _INLINE_BACK).split(body, maxsplit=1)
            front, back = _unlabelled(parts[0].strip(), _TEXT if cloze else _FRONT), parts[1] if len(parts) > 1 else ""
            _card(doc, n, n + 1, front.strip(), back.strip(), explicit_id, drafts, diagnostics, claims, cloze=cloze)
            n += 1
            continue
        if line.strip() != _START:
            n += 1
            continue
        end = _block_end(lines, n, taken)
        if end is None:
            n += 1
            continue
        _read_block(doc, n, end, drafts, diagnostics, claims)
        n = end + 1
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _block_end(lines: tuple[str, ...], start: int, taken: Mapping[int, str]) -> int | None:
    """The line of the `END` that closes the block opened at START, or None (another `START` first, a
    heading, a claimed line, or none near)."""
    for n in range(start + 1, min(len(lines), start + _MAX_BLOCK)):
        stripped = lines[n].strip()
        if stripped == _END:
            return n
        if stripped == _START or n in taken or lines[n].startswith("#") and lines[n].lstrip("#").startswith(" "):
            return None
    return None


def _read_block(
    doc: Document, start: int, end: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """One `START` … `END` block: its note type, fields, id and tags."""
    body = list(doc.lines[start + 1 : end])
    while body and not body[0].strip():
        body.pop(0)
    if not body:
        return
    note_type = body.pop(0).strip()
    explicit_id = None
    fields: list[str] = []
    for line in body:
        pinned = _ID.match(line)
        if pinned is not None:
            explicit_id = f"{EXPLICIT_PREFIX}{pinned.group('id')}"
        elif not _TAGS.match(line):
            fields.append(line)
    if "cloze" in note_type.lower():
        split = next((i for i, line in enumerate(fields) if _EXTRA.match(line)), len(fields))
        text = _unlabelled("\n".join(fields[:split]), _TEXT)
        extra = _unlabelled("\n".join(fields[split:]), _EXTRA)
        _card(doc, start, end + 1, text.strip(), extra.strip(), explicit_id, drafts, diagnostics, claims, cloze=True)
        return
    cut = next((i for i, line in enumerate(fields) if _BACK.match(line)), None)
    if cut is None:
        return  # not a front and back: another note type's fields, left alone
    front = _unlabelled("\n".join(fields[:cut]), _FRONT)
    back = _unlabelled("\n".join(fields[cut:]), _BACK)
    _card(doc, start, end + 1, front.strip(), back.strip("\n").strip(), explicit_id, drafts, diagnostics, claims)


def _unlabelled(field: str, label: re.Pattern[str]) -> str:
    """A field without the label that opens it (`Back: `, `Front: `, `Text: `)."""
    match = label.match(field)
    return field[match.end() :] if match else field


def _card(
    doc: Document,
    first: int,
    last: int,
    front: str,
    back: str,
    explicit_id: str | None,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
    cloze: bool = False,
) -> None:
    if not front:
        return
    loc = doc.loc(_first_text(doc, first + (0 if first + 1 == last else 2)))
    if not cloze:
        reason = "no answer" if not back else empty_reason(back)
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            claims.update(claim(first, last, "unanswered"))
            return
    index = block_at(doc, first)
    path = heading_path(doc, index) if index is not None else ()
    context = tuple(clean_heading(p) for p in path)
    drafts.append(
        CardDraft(loc, "plugin-block", front, back, context, topic_tags(path), "cloze" if cloze else "basic", explicit_id)
    )
    claims.update(claim(first, last, "card"))


def _first_text(doc: Document, line: int) -> int:
    """The first line from LINE on that holds text (where a block's front starts)."""
    while line < len(doc.lines) - 1 and not doc.lines[line].strip():
        line += 1
    return line
