"""Slide quiz decks (Slidev, Quarto reveal.js, Presenterm, Advanced Slides): a question slide whose answer a
click, a pause or a vertical slide reveals.

    ---

    ## Check 3

    Which sorting algorithm is stable: quicksort or merge sort?

    <v-click>

    Merge sort.

    </v-click>

Slidev splits slides at `---` lines (a slide's own front matter, `layout: center` between two `---`, belongs
to the separator) and shows what `<v-click>` or `<v-clicks>` wraps only on the next click: a quiz slide
asks, then reveals. A slide whose title asks (`# Why does X …?`), or the statement under a label title
(`## Check 3`, `# Frage 2`; under another title, a statement that asks or commands), is the front (the title only when it asks, then with the
statement); the blocks inside the first click tag are the back, speaker notes (`<!-- … -->`) left out.
A reveal that is empty or only a comment or a placeholder leaves the question `unanswered`.

In a deck that quizzes so (two such slides or more), the slides that reveal nothing are the lecture around
the quiz (a title slide, an agenda, a teaser `# What could go wrong?` whose answer is only in the speaker
notes, a closing `# Questions?`): they are skipped, not carded. A line of theirs that names a question by
the label of the quiz slides with a further number (`- Check 9: Why is heapsort not stable?`) is a question
the deck has not revealed yet: `unanswered`.

Quarto's reveal.js decks reveal the same way with a fragment div, `::: {.fragment}` … `:::`, in place of the
click tag; their speaker notes (`::: {.notes}` … `:::`) are no part of either side.

Two more reveals end at the slide's end rather than at a closing tag:

- a pause, `<!-- pause -->` (Presenterm, whose slides end at `<!-- end_slide -->` lines as well as at `---`):
  what follows it is the back, its other comments (`<!-- speaker_note: … -->`, `<!-- column: 1 -->`) left out;
- a vertical slide, `--` alone on a line between blank lines (Obsidian Advanced Slides, reveal.js), which the
  presenter reaches under the question slide: its blocks are the back, up to the speaker notes that a line
  opening with `note:` starts (the notes run to the slide's end, on either slide).

A slide titled by the quiz slides' label and a further number (`## Ceist 9`, the label's slides answered)
that reveals nothing asks all the same: its statement is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, remark_or_empty_reason, unanswered
from .document import Document, block_kinds, lazy_pattern, text_holds
from .outline import clean_heading, topic_tags
from .questions import clean_question, is_question, opens_with_command_word, starts_like_question

CONVENTION = "click-reveal"

_OPEN = lazy_pattern(r"^[ \t]*<v-clicks?\b[^>]*>", re.I)
_CLOSE = lazy_pattern(r"</v-clicks?[ \t]*>", re.I)
# `::: {.fragment}`, `::: {.fragment .fade-in}`, `::: fragment`: a Quarto / pandoc div shown on the next click.
_FRAGMENT_OPEN = lazy_pattern(r"^[ \t]*(?P<marks>:{3,})[ \t]*(?:\{[^{}\n]*\.fragment\b[^{}\n]*\}|fragment)[ \t]*$")
# `::: {.notes}`: the speaker notes of a Quarto slide.
_NOTES_OPEN = lazy_pattern(r"^[ \t]*:{3,}[ \t]*(?:\{[ \t]*\.notes\b[^{}\n]*\}|notes)[ \t]*$")
_DIV_CLOSE = lazy_pattern(r"^[ \t]*:{3,}[ \t]*$")
_COMMENT = lazy_pattern(r"<!--.*?-->", re.S)
# `layout: center` (and more `key: value` lines) over the `---` that closes a slide's own front matter.
_SLIDE_SETTING = lazy_pattern(r"^[A-Za-z][\w-]*:(?:[ \t]|$)")
# `Check 3`, `Frage 2`, `Quick check 10`: a title that only labels the question by its number.
_LABEL_TITLE = lazy_pattern(r"^(?P<label>[^\W\d_][^\d\n]{0,30}?)[ \t]*#?\d{1,3}[ \t]*[.:)]?$")
# ` 9: Why is heapsort not stable?` after the label: the number, then the question.
_NUMBERED_REST = lazy_pattern(r"[ \t]*#?\d{1,3}[ \t]*[.:)]?[ \t]+(?P<question>\S.*)$")
_QUIZ_MIN = 2
# `**Answer:**` opening a reveal: a bold label closed by its colon, whatever its words.
_ANSWER_LABEL = lazy_pattern(r"^(?:\*\*|__)[^*_\n]{1,30}?[:：](?:\*\*|__)[ \t]*")
# `<!-- pause -->`: Presenterm shows what follows on the next key press; `<!-- end_slide -->` ends its slide.
_PAUSE = lazy_pattern(r"^[ \t]*<!--[ \t]*pause[ \t]*-->[ \t]*$")
_END_SLIDE = lazy_pattern(r"^[ \t]*<!--[ \t]*end_slide[ \t]*-->[ \t]*$")
# `--` alone on a line: a vertical slide under the question's (Advanced Slides, reveal.js).
_VERTICAL = "--"
# `note: Ask the room first.`: Advanced Slides' and reveal.js' speaker notes, up to the slide's end.
_NOTE = lazy_pattern(r"^note:", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the quiz slides of a slide deck, the deck's other slides skipped."""
    kinds = block_kinds(doc)
    if not (
        "hr" in kinds
        and (("html_block" in kinds and text_holds(doc, "<v-click")) or text_holds(doc, "fragment") or _may_go_down(doc))
        or "html_block" in kinds
        and (text_holds(doc, "pause -->") or text_holds(doc, "pause-->"))
    ):
        return RuleResult()  # no click tag, fragment div, vertical slide nor pause: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    quiet: list[list[int]] = []  # slides that reveal no answer
    labels: set[str] = set()
    for slide in _slides(doc):
        if any(n in taken for i in slide for n in range(doc.blocks[i].first, doc.blocks[i].last)):
            continue
        found = _quiz_slide(doc, slide)
        if found is None:
            quiet.append(slide)
            continue
        title, front, back = found
        loc = doc.loc(doc.blocks[slide[0]].first)
        section = doc.section_of_block(slide[0])
        path = section.path if section is not None else ()
        if title is not None and path:
            path = path[:-1]  # the slide's own title: its label or its question, no context
        reason = _empty_reason(back)
        if reason is None:
            drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
        else:
            diagnostics.append(unanswered(loc, " ".join(front.split()), reason))
        label = _LABEL_TITLE.match(title) if title is not None else None
        if label is not None:
            labels.add(label.group("label").strip().lower())
        claims.update(claim(doc.blocks[slide[0]].first, doc.blocks[slide[-1]].last, "card" if reason is None else "unanswered"))
    if len(drafts) + len(diagnostics) < _QUIZ_MIN:
        return RuleResult()  # a click here and there animates a talk; it makes no quiz
    for slide in quiet:
        asking = _labelled_statement(doc, slide, labels) if labels else None
        if asking is not None:
            diagnostics.append(unanswered(doc.loc(doc.blocks[slide[0]].first), asking, "no answer"))
            claims.update(claim(doc.blocks[slide[0]].first, doc.blocks[slide[-1]].last, "unanswered"))
            continue
        for i in slide:
            block = doc.blocks[i]
            claims.update(claim(block.first, block.last, "skip:slide"))
            for n in range(block.first, block.last):
                asked = _labelled_question(doc.lines[n], labels) if labels else None
                if asked is not None:
                    diagnostics.append(unanswered(doc.loc(n), asked, "no answer"))
                    claims[n] = "unanswered"
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_go_down(doc: Document) -> bool:
    """False only when no line of the document is `--` alone (a vertical slide's separator)."""
    return text_holds(doc, "\n--\n") or text_holds(doc, "\n--\r\n")


def _slides(doc: Document) -> list[list[int]]:
    """The blocks of each slide, separators, front matter and a slide's own settings left out."""
    slides: list[list[int]] = []
    current: list[int] = []
    for i, block in enumerate(doc.blocks):
        if block.kind in ("hr", "front_matter") or _is_slide_settings(doc, i) or _is_end_of_slide(doc, i):
            if current:
                slides.append(current)
            current = []
        else:
            current.append(i)
    if current:
        slides.append(current)
    return slides


def _is_end_of_slide(doc: Document, index: int) -> bool:
    """True for Presenterm's `<!-- end_slide -->` line."""
    block = doc.blocks[index]
    return block.kind == "html_block" and block.last - block.first == 1 and _END_SLIDE.match(doc.lines[block.first]) is not None


def _is_slide_settings(doc: Document, index: int) -> bool:
    """True for the `key: value` lines a setext heading made of a slide's own front matter."""
    block = doc.blocks[index]
    if block.kind != "heading" or doc.lines[block.last - 1].strip().strip("-") or block.last - block.first < 2:
        return False
    return all(_SLIDE_SETTING.match(doc.lines[n]) for n in range(block.first, block.last - 1))


def _quiz_slide(doc: Document, slide: list[int]) -> tuple[str | None, str, str] | None:
    """(title, front, back) of a slide that asks and reveals its answer on a click; None for another."""
    blocks = doc.blocks
    opening = next((k for k, i in enumerate(slide) if _opens_reveal(doc, i)), None)
    if opening is None:
        return None
    title: str | None = None
    before = slide[:opening]
    if before and blocks[before[0]].kind == "heading":
        title, _ = clean_question(_title_text(doc, before[0]))
        before = before[1:]
    notes = _speaker_note_blocks(doc, before) | (_noted_blocks(doc, before) if _goes_down(doc, slide[opening]) else set())
    statement = "\n\n".join(
        doc.block_text(i).strip("\n") for i in before if blocks[i].kind != "html_block" and i not in notes
    ).strip()
    if title is not None and is_question(title) and _LABEL_TITLE.match(title) is None:
        front = title if not statement else f"{title}\n\n{statement}"
    elif statement and (_asks(statement) or (title is not None and _LABEL_TITLE.match(title))):
        front = statement
    else:
        return None
    return title, front, _revealed(doc, slide[opening:])


def _empty_reason(back: str) -> str | None:
    """Why a reveal answers nothing (`empty_reason`); also a label over only a remark in brackets
    (`**Answer:** *(to fill in — ask Ms. Ortega)*`) or over nothing, on one line."""
    if not back:
        return "no answer"
    label = _ANSWER_LABEL.match(back)
    if label is not None and "\n" not in back.strip():
        return remark_or_empty_reason(back[label.end() :])
    return empty_reason(back)


def _asks(text: str) -> bool:
    return is_question(text) or starts_like_question(text) or opens_with_command_word(text)


def _opens_reveal(doc: Document, index: int) -> bool:
    """True for a block that opens with a click tag (`<v-click>`) or a fragment div (`::: {.fragment}`)."""
    block = doc.blocks[index]
    if block.first >= block.last:
        return False  # a block of no line: the footnotes of inline notes (`^[…]`), which keep no source lines
    line = doc.lines[block.first]
    if block.kind == "html_block":
        return _OPEN.match(line) is not None or _is_pause(doc, index)
    return block.kind == "paragraph" and (":::" in line and _FRAGMENT_OPEN.match(line) is not None or _goes_down(doc, index))


def _is_pause(doc: Document, index: int) -> bool:
    """True for Presenterm's `<!-- pause -->` line."""
    block = doc.blocks[index]
    return block.kind == "html_block" and block.last - block.first == 1 and _PAUSE.match(doc.lines[block.first]) is not None


def _goes_down(doc: Document, index: int) -> bool:
    """True for a paragraph that is only `--`: the separator of a vertical slide."""
    block = doc.blocks[index]
    return block.kind == "paragraph" and block.last - block.first == 1 and doc.lines[block.first].strip() == _VERTICAL


def _noted_blocks(doc: Document, blocks: list[int]) -> set[int]:
    """The blocks of BLOCKS from a paragraph opening with `note:` on: speaker notes, up to the slide's end."""
    at = next(
        (k for k, i in enumerate(blocks) if doc.blocks[i].kind == "paragraph" and _NOTE.match(doc.lines[doc.blocks[i].first])),
        None,
    )
    return set() if at is None else set(blocks[at:])


def _title_text(doc: Document, index: int) -> str:
    """A heading's text, ATX marks or setext underline left out."""
    inline = doc.inline(doc.blocks[index])
    return inline.content.strip() if inline is not None else doc.block_text(index).strip().lstrip("#").strip()


def _speaker_note_blocks(doc: Document, blocks: list[int]) -> set[int]:
    """The blocks of BLOCKS inside a Quarto speaker-notes div (`::: {.notes}` … `:::`)."""
    inside: set[int] = set()
    open_notes = False
    for i in blocks:
        block = doc.blocks[i]
        lines = doc.lines[block.first : block.last]
        if not open_notes and lines and _NOTES_OPEN.match(lines[0]):
            open_notes = True
        if open_notes:
            inside.add(i)
            if any(_DIV_CLOSE.match(line) for line in lines[1:] if line.strip()) or (
                len(lines) == 1 and _DIV_CLOSE.match(lines[0])
            ):
                open_notes = False
    return inside


def _revealed(doc: Document, blocks: list[int]) -> str:
    """What the first click tag or fragment div of BLOCKS wraps, comments left out; what follows a pause or a
    vertical slide's separator, up to the slide's end (speaker notes, comments and further pauses left out)."""
    if _is_pause(doc, blocks[0]) or _goes_down(doc, blocks[0]):
        rest = blocks[1:]
        notes = _noted_blocks(doc, rest) if _goes_down(doc, blocks[0]) else set()
        shown = [
            i
            for i in rest
            if i not in notes
            and not _goes_down(doc, i)
            and not (doc.blocks[i].kind == "html_block" and doc.block_text(i).lstrip().startswith("<!--"))
        ]
        return "\n\n".join(doc.block_text(i).strip("\n") for i in shown).strip()
    text = doc.text(doc.blocks[blocks[0]].first, doc.blocks[blocks[-1]].last)
    fragment = _FRAGMENT_OPEN.match(doc.lines[doc.blocks[blocks[0]].first])
    if fragment is not None:
        inner_lines: list[str] = []
        for line in text.split("\n")[1:]:
            if _DIV_CLOSE.match(line):
                break
            inner_lines.append(line)
        return _COMMENT.sub("", "\n".join(inner_lines)).strip("\n").strip()
    opened = _OPEN.search(text)
    if opened is None:
        return ""
    closed = _CLOSE.search(text, opened.end())
    inner = text[opened.end() : closed.start() if closed else len(text)]
    return _COMMENT.sub("", inner).strip("\n").strip()


def _labelled_statement(doc: Document, slide: list[int], labels: set[str]) -> str | None:
    """The statement of a slide titled by one of the quiz's LABELS and a number (`## Ceist 9` over `Explain …`),
    else None."""
    if doc.blocks[slide[0]].kind != "heading":
        return None
    label = _LABEL_TITLE.match(_title_text(doc, slide[0]))
    if label is None or label.group("label").strip().lower() not in labels:
        return None
    rest = slide[1:]
    notes = _speaker_note_blocks(doc, rest) | (_noted_blocks(doc, rest) if _may_go_down(doc) else set())
    shown = [i for i in rest if doc.blocks[i].kind != "html_block" and i not in notes]
    if not shown or doc.blocks[shown[0]].kind != "paragraph":
        return None
    return " ".join("\n\n".join(doc.block_text(i).strip("\n") for i in shown).split())


def _labelled_question(line: str, labels: set[str]) -> str | None:
    """The question a line names by one of the quiz's LABELS and a number (`- Check 9: Why …?`), else None."""
    text = line.strip().lstrip("-*+ \t")
    for label in labels:
        if text.lower().startswith(label):
            match = _NUMBERED_REST.match(text, len(label))
            if match and is_question(match.group("question")):
                return match.group("question").strip()
    return None
