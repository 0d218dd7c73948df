"""Keyed parts: an exercise's lettered parts asked one after the other, then answered together in one block
whose entries carry the same keys.

    ## Exercise 2

    A cross of pure purple (PP) and pure white (pp) peas.

    a. Give the genotype of F1.
    b. Draw the Punnett square of F2.

    > **Answer**
    >
    > a. Pp, all purple.
    >
    > b.
    >
    > | | P | p |
    > …

Exam sheets and past papers are typed up this way in any language: the stem (a passage to read, the data,
an instruction), then the parts, each line opening with a key — one letter of any alphabet or a roman
numeral, `a.`, `b)`, `(c)`, `(iv)`, `क.`, `α)` — as lines of one paragraph or as paragraphs of their own
(a marks note in italics after each, `*(3 marks)*`), then a paragraph that is only a bold label, alone or
opening a blockquote, over entries opening with the same keys: paragraphs (`a. …`) or list items
(`- (a) …`), an entry going on over its wrapped lines and the blocks under it (a table, nested points, an
examiner's remark) up to the next entry. The label's word is never read: the proof that the block answers
the parts is that its keys are theirs (two parts or more, two entries or more, every
key of the block naming a part).

Each part is a card, its front the part's text without its key and marks note, its back the entry of its
key (ticks `✔` after a point left off); the stem goes to the card's context, after the headings. A part
over keyed sub-parts (`(a) Complete the proverbs:` over `- (i) …`, `- (ii) …`) whose entry is keyed the same
way inside (`- (a)` over `  - (i) …`) gives one card per sub-part, the part's text in the context. A part
whose key the block lacks, whose entry is empty or only an aside in brackets (`*(ask on Monday)*`), is
`unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import KEYED_PARTS_ANSWERED, Document, free_blocks_of, has_free_blocks, lazy_pattern, search_lines, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import without_marks

CONVENTION = "keyed-part"

# A paragraph line that is only a short bold label (`**Answers**`, `**Jawapan:**`), in a blockquote or not.
_LABEL_LINE = lazy_pattern(r"^(?:>[ \t]*)?(?P<m>\*\*|__)[^*_\n]{1,40}(?P=m)[ \t]*[:：]?[ \t]*$", re.M)
_LABEL = lazy_pattern(r"^[ \t]*(?P<m>\*\*|__)(?P<label>[^*_\n]{1,40})(?P=m)[ \t]*[:：]?[ \t]*$")
_LABEL_WORDS = 4
# `क. …`, `(a) …`, `b) …`, `- (ii) …`: a key (one letter of any alphabet, or a roman numeral) opening a line,
# a bullet before it allowed, the text after it (none: `b.` over a table).
_KEY_LINE = lazy_pattern(
    r"^(?P<lead>[ \t]*(?P<bullet>[-*+][ \t]+)?)(?:\((?P<p>[^\W\d_]|[ivx]{2,4})\)|(?P<d>[^\W\d_]|[ivx]{2,4})[.)])"
    r"(?:[ \t]+(?P<text>\S.*?))?[ \t]*$",
    re.I,
)
# `> `: the mark of a blockquote's line.
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
# `*(3 marks)*`, `_(Punkte 2)_`: a marks note in italics closing a part, a number and one word in brackets.
_MARKS_NOTE = lazy_pattern(r"[ \t]*(?P<e>\*|_)\((?:[^\W\d_]+[ \t]*\d{1,3}|\d{1,3}[ \t]*[^\W\d_]+)\)(?P=e)[ \t]*$")
# `*(ask the teacher on Monday)*`, `(not done yet)`: a one-line aside in brackets where the answer goes.
_ASIDE = lazy_pattern(r"^[ \t]*(?:[*_]{1,2})?\([^\n]*\)(?:[*_]{1,2})?[ \t.]*$")
# `… 2 NaCl ✔`, `✔✔`: the marker's ticks closing a point of a marking scheme.
_TICKS = lazy_pattern(r"[ \t]*[✔✓]+[ \t]*$", re.M)
_MIN_PARTS = 2
_KEYED_KINDS = frozenset({"paragraph", "bullet_list"})
_STEM_KINDS = frozenset({"paragraph", "blockquote", "fence", "code_block", "math_block", "table", "bullet_list", "ordered_list"})


@dataclass
class _Entry:
    """One keyed line and what belongs to it."""

    key: str
    """The key, in lower case (`a`, `ii`, `क`)."""
    line: int
    """Its source line (0-based)."""
    text: list[str]
    """The text after the key and its wrapped lines."""
    body: list[tuple[int, str]] = field(default_factory=list)
    """The lines under it (after a blank line, or indented under a list item), dedented, with their numbers."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from lettered parts answered by a block keyed the same way (see the module docstring)."""
    text = doc.source.text
    if not (text_holds(doc, "**") or text_holds(doc, "__")) or not search_lines(_LABEL_LINE, text):
        return RuleResult()  # no line is only a bold label: nearly every document
    if not has_free_blocks(doc, taken, ("paragraph", "blockquote")):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    used: set[int] = set()
    for index in free_blocks_of(doc, taken, ("paragraph", "blockquote")):
        if index in used:
            continue
        found = _answer_block(doc, taken, index)
        if found is None:
            continue
        answers, after = found
        start = _parts_start(doc, taken, index, used)
        if start == index:
            continue
        parts = _entries([(n, doc.lines[n]) for n in range(doc.blocks[start].first, doc.blocks[index - 1].last)])
        if parts is None or not _keys_match(parts, answers):
            continue
        stem = _stem(doc, taken, start, used)
        path = heading_path(doc, start)
        context = tuple(clean_heading(p) for p in path)
        if stem:
            lines = doc.lines[doc.blocks[stem[0]].first : doc.blocks[stem[-1]].last]
            context += (" ".join(" ".join(_QUOTE_MARK.sub("", line, count=1) for line in lines).split()),)
        by_key = {entry.key: entry for entry in answers}
        for part in parts:
            made, said = _cards(doc, part, by_key.get(part.key), context, topic_tags(path))
            drafts.extend(made)
            diagnostics.extend(said)
        for i in (*stem, *range(start, after)):
            used.add(i)
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    if drafts:
        doc.derived[KEYED_PARTS_ANSWERED] = len(drafts)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_block(doc: Document, taken: Mapping[int, str], index: int) -> tuple[list[_Entry], int] | None:
    """The keyed entries under the bold label that block `index` is or opens (a one-line paragraph, or a
    blockquote whose first line is the label), and the index of the block after them; None otherwise."""
    block = doc.blocks[index]
    if block.kind == "blockquote":
        lines = [(n, _QUOTE_MARK.sub("", doc.lines[n], count=1)) for n in range(block.first, block.last)]
        if not lines or not _is_label(lines[0][1]):
            return None
        entries = _entries(lines[1:])
        return (entries, index + 1) if entries else None
    if block.kind != "paragraph" or block.last - block.first != 1 or not _is_label(doc.lines[block.first]):
        return None
    after = index + 1
    last_empty = False
    while after < len(doc.blocks) and is_free(doc, taken, after):
        following = doc.blocks[after]
        keyed = _KEY_LINE.match(doc.lines[following.first]) if following.kind in _KEYED_KINDS else None
        if keyed is not None:
            last_empty = following.kind == "paragraph" and not keyed.group("text")
        elif not (last_empty and following.kind in _STEM_KINDS):
            break  # an entry's key over nothing (`b.`) takes the table or formula under it, nothing else does
        else:
            last_empty = False
        after += 1
    if after == index + 1:
        return None
    entries = _entries([(n, doc.lines[n]) for n in range(block.last, doc.blocks[after - 1].last)])
    return (entries, after) if entries else None


def _is_label(line: str) -> bool:
    match = _LABEL.match(line)
    return (
        match is not None
        and len(match.group("label").split()) <= _LABEL_WORDS
        and not _KEY_LINE.match(match.group("label").strip())
    )


def _parts_start(doc: Document, taken: Mapping[int, str], index: int, used: set[int]) -> int:
    """The first of the free keyed blocks (paragraphs and lists whose first line opens with a key) right above
    block `index`; `index` itself when there is none."""
    start = index
    while start > 0:
        above = doc.blocks[start - 1]
        if start - 1 in used or not is_free(doc, taken, start - 1) or above.kind not in _KEYED_KINDS:
            break
        if not _KEY_LINE.match(doc.lines[above.first]) and above.kind == "paragraph":
            break
        if above.kind == "bullet_list" and not _KEY_LINE.match(doc.lines[above.first]):
            break
        start -= 1
    while start < index and doc.blocks[start].kind != "paragraph":
        start += 1  # the parts open with a part, not with the sub-parts of one above them
    return start


def _stem(doc: Document, taken: Mapping[int, str], start: int, used: set[int]) -> list[int]:
    """The free blocks above the parts, up to the heading or rule above them: the exercise's stem."""
    found: list[int] = []
    for earlier in range(start - 1, -1, -1):
        block = doc.blocks[earlier]
        if earlier in used or block.kind not in _STEM_KINDS or not is_free(doc, taken, earlier):
            break
        found.insert(0, earlier)
    return found


def _entries(lines: Sequence[tuple[int, str]]) -> list[_Entry] | None:
    """The entries of LINES at the level of their first keyed line (its indentation, bullet and key form),
    each with its wrapped lines and the lines under it; None when a worded line comes before the first key
    or two entries share a key."""
    entries: list[_Entry] = []
    shape: tuple[str, bool] | None = None
    indent = 0
    wrapping = False
    for n, line in lines:
        match = _KEY_LINE.match(line)
        if match is not None and (shape is None or _shape(match) == shape):
            shape = _shape(match)
            indent = len(match.group("lead").expandtabs(4))
            key = (match.group("p") or match.group("d")).lower()
            entries.append(_Entry(key, n, [match.group("text") or ""]))
            wrapping = bool(match.group("text"))
        elif not entries:
            if line.strip():
                return None
        elif not line.strip():
            wrapping = False
            entries[-1].body.append((n, ""))
        elif wrapping and match is None and not line[:1].isspace():
            entries[-1].text.append(line.strip())  # a wrapped line of the entry's paragraph
        else:
            wrapping = False
            entries[-1].body.append((n, _dedent(line, indent)))
    keys = [e.key for e in entries]
    return entries if entries and len(set(keys)) == len(keys) else None


def _shape(match: re.Match[str]) -> tuple[str, bool]:
    """A keyed line's level: its indentation and bullet, and whether its key is bracketed."""
    return match.group("lead").expandtabs(4), match.group("p") is not None


def _dedent(line: str, indent: int) -> str:
    expanded = line.expandtabs(4)
    lead = len(expanded) - len(expanded.lstrip())
    return expanded[min(lead, indent) :]


def _keys_match(parts: Sequence[_Entry], answers: Sequence[_Entry]) -> bool:
    """True when two parts or more are answered and every key of the answer block names a part."""
    keys = {part.key for part in parts}
    return len(parts) >= _MIN_PARTS and len(answers) >= _MIN_PARTS and all(entry.key in keys for entry in answers)


def _cards(
    doc: Document, part: _Entry, entry: _Entry | None, context: tuple[str, ...], tags: tuple[str, ...]
) -> tuple[list[CardDraft], list[Diagnostic]]:
    """The card(s) of one part, or its `unanswered` report(s): one per keyed sub-part when the part and its
    entry are both keyed inside the same way, else one for the whole part."""
    question = _question(part.text)
    subparts = _entries(_trimmed(part.body)) if part.body else None
    subentries = _entries(_trimmed(entry.body)) if entry is not None and entry.body else None
    if subparts and subentries and entry is not None and _keys_match(subparts, subentries) and not any(entry.text):
        by_key = {sub.key: sub for sub in subentries}
        drafts: list[CardDraft] = []
        diagnostics: list[Diagnostic] = []
        for sub in subparts:
            found, said = _cards(doc, sub, by_key.get(sub.key), (*context, question), tags)
            drafts.extend(found)
            diagnostics.extend(said)
        return drafts, diagnostics
    if any(line.strip() for _, line in part.body):
        question = question + "\n\n" + "\n".join(line for _, line in _trimmed(part.body))
    answer = _answer(entry) if entry is not None else ""
    loc = doc.loc(part.line)
    reason = "no answer" if not answer else "placeholder" if "\n" not in answer and _ASIDE.match(answer) else empty_reason(answer)
    if reason is not None:
        return [], [unanswered(loc, question, reason)]
    return [CardDraft(loc, CONVENTION, question, answer, context, tags)], []


def _question(text: Sequence[str]) -> str:
    return _MARKS_NOTE.sub("", without_marks(" ".join(t for t in text if t))).strip()


def _answer(entry: _Entry) -> str:
    lines = [*(t for t in entry.text if t), *(line for _, line in _trimmed(entry.body))]
    return _TICKS.sub("", "\n".join(lines)).strip()


def _trimmed(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """LINES without the blank lines that open and close them."""
    first, last = 0, len(lines)
    while first < last and not lines[first][1].strip():
        first += 1
    while last > first and not lines[last - 1][1].strip():
        last -= 1
    return list(lines[first:last])
