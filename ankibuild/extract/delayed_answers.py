"""Delayed answers: a series of sibling sections (a newsletter's issues, a course's weeks) each posing a
question under one sub-heading and answering the previous section's question under another.

    ## Issue 12
    ### This week's puzzle
    Why does the moon always show us the same face?

    ## Issue 13
    ### Last week's answer
    Tidal locking: its rotation period equals its orbital period.
    ### This week's puzzle
    What makes the sky blue?

The layout is told by the sub-headings alone, in any language: among three sibling sections or more at one
level, one sub-heading title comes back in every section (the question's) and another in every section but
the first (the answer's), the same text each time. The question of section k is answered in section k+1, so
the question sub-heading's body is the front and the answer sub-heading's body in the next section the back;
the last question, whose answer has not gone out yet, is reported unanswered, and so is one whose answer is
empty or a placeholder. The writer's asides around a question (a paragraph wholly in italics, `*Reply with
your guess!*`, or a quoted reader's remark) are left off its front. The other sub-headings of each section
(links, polls) are left to the other rules; a sub-heading's body ends at its first `---`.

The parts may be marked by emoji instead of sub-headings, as a carousel of slides transcribed one section
each (often in a quote) marks them: every slide first answers the previous slide's question, then asks the
next one.

    ### Slide 3/8
    > ✅ **Antwort:** Die Rhône.
    >
    > ❓ **Frage 3:** Welcher See liegt zwischen Genf und Lausanne?

Among three sibling sections or more at one level, where two sections at least hold a paragraph opening
with an answer emoji (`✅`, `👉` …) followed by one opening with a question emoji (`❓`, `🤔` …) and no
section asks before it answers, the question of section k (its emoji and bold label off) is the front and
the answer paragraph of section k+1 (emoji and label off, with a list or table right under it) the back.
A question whose next section answers nothing (the last slide only promises it: `👀 answer in our story
tomorrow!`) is unanswered, and so is one answered by a placeholder. The sections' other paragraphs (a cover
slide's greeting, a closing call to like and save) are left to the other rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, unanswered
from .document import Document, Section, lazy_pattern, text_holds
from .emoji_marks import ANSWER_MARKS, ASK_MARKS, BOLD_LABEL, after_mark, question_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import strip_answer_label

CONVENTION = "delayed-answer"

_MIN_SECTIONS = 3
# `*Reply with your guess — no prizes.*`, `_Answer next week!_`: an aside wholly in emphasis.
_ASIDE = lazy_pattern(r"^\s*([*_])[^\n*_][^*_]*\1\s*$")
# `> `, `>`: a quote's mark opening a line.
_QUOTE_MARK = lazy_pattern(r"^[ \t]{0,3}>[ \t]?")
_ANSWER_GOES_ON = frozenset({"bullet_list", "ordered_list", "table", "fence", "code_block"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered one section later (see the module docstring)."""
    titled, marked = _may_pair(doc), _may_mark(doc)
    if not titled and not marked:
        return RuleResult()  # no two sub-heading titles repeated across three sections, no marks: nearly every document
    sections = doc.sections
    children: dict[int | None, list[int]] = {}
    for number, section in enumerate(sections):
        children.setdefault(section.parent, []).append(number)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    if marked:
        for siblings in children.values():
            for run in _runs(sections, siblings):
                _read_marked(doc, taken, run, drafts, diagnostics, claims)
    if not titled:
        return RuleResult(tuple(drafts), tuple(diagnostics), claims)
    for siblings in children.values():
        series = [n for n in siblings if n in children]
        if len(series) < _MIN_SECTIONS:
            continue
        subs = [{_key(sections[c]): c for c in children[n]} for n in series]
        everywhere = set.intersection(*(set(s) for s in subs))
        later = set.intersection(*(set(s) for s in subs[1:])) - set(subs[0])
        if len(everywhere) != 1 or len(later) != 1:
            continue
        (asked,), (answered,) = everywhere, later
        pairs = [(subs[k][asked], subs[k + 1][answered] if k + 1 < len(subs) else None) for k in range(len(subs))]
        if not all(
            _is_free_section(doc, taken, sections[c]) and _is_free_section(doc, claims, sections[c])
            for pair in pairs
            for c in pair
            if c is not None
        ):
            continue
        for question_at, answer_at in pairs:
            _card(doc, question_at, answer_at, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_pair(doc: Document) -> bool:
    """False when the headings cannot hold a series: fewer than six, or fewer than three repeats of a title
    (a question title in three sections and an answer title in two make three)."""
    sections = doc.sections
    if len(sections) < 2 * _MIN_SECTIONS:
        return False
    titles = Counter(_key(s) for s in sections)
    return sum(n - 1 for n in titles.values()) >= 2 * _MIN_SECTIONS - 3


def _may_mark(doc: Document) -> bool:
    """False when no series of marked sections can be read: fewer than three sections, or no question emoji
    or no answer emoji in the text."""
    return (
        len(doc.sections) >= _MIN_SECTIONS
        and any(text_holds(doc, mark) for mark in ASK_MARKS)
        and any(text_holds(doc, mark) for mark in ANSWER_MARKS)
    )


def _runs(sections: tuple[Section, ...], siblings: list[int]) -> list[list[int]]:
    """The runs of three sibling sections or more in a row at one level."""
    runs: list[list[int]] = []
    for number in siblings:
        if runs and sections[runs[-1][-1]].level == sections[number].level:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [run for run in runs if len(run) >= _MIN_SECTIONS]


# One paragraph of a section's body, a quote's paragraphs one each: (block, first line, last line (exclusive), text).
_Part = tuple[int, int, int, str]


def _parts(doc: Document, section: Section) -> list[_Part]:
    """The paragraphs of a section's body up to its first `---`, a quote's paragraphs (their marks off) one by
    one; other blocks are parts with an empty text."""
    parts: list[_Part] = []
    for index in _body(doc, section):
        block = doc.blocks[index]
        if block.kind == "paragraph":
            parts.append((index, block.first, block.last, doc.block_text(index).strip()))
        elif block.kind == "blockquote":
            lines: list[str] = []
            start = block.first
            for number in range(block.first, block.last + 1):
                line = _QUOTE_MARK.sub("", doc.lines[number], count=1) if number < block.last else ""
                if line.strip():
                    if not lines:
                        start = number
                    lines.append(line)
                elif lines:
                    parts.append((index, start, number, "\n".join(lines).strip()))
                    lines = []
        else:
            parts.append((index, block.first, block.last, ""))
    return parts


def _read_marked(
    doc: Document,
    taken: Mapping[int, str],
    run: list[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """Cards from a run of sibling sections each answering, under an answer emoji, the question the section
    before it asked under a question emoji (see the module docstring)."""
    sections = doc.sections
    # per section: (its parts, the answer's part numbers or None, the question's part number or None)
    read: list[tuple[list[_Part], list[int] | None, int | None]] = []
    for number in run:
        parts = _parts(doc, sections[number])
        asks = [n for n, part in enumerate(parts) if after_mark(part[3], ASK_MARKS) is not None]
        says = [n for n, part in enumerate(parts) if after_mark(part[3], ANSWER_MARKS) is not None]
        if len(asks) > 1 or len(says) > 1 or (asks and says and asks[0] < says[0]):
            return  # a section that asks twice, answers twice or answers its own question: no delayed series
        answer = None
        if says:
            answer = [says[0]]
            while answer[-1] + 1 < len(parts) and doc.blocks[parts[answer[-1] + 1][0]].kind in _ANSWER_GOES_ON:
                answer.append(answer[-1] + 1)
        read.append((parts, answer, asks[0] if asks else None))
    if sum(1 for _, answer, asked in read if answer is not None and asked is not None) < 2:
        return
    found: list[tuple[int, str, str | None, list[tuple[int, int, int]]]] = []
    for k, (parts, _, asked) in enumerate(read):
        if asked is None:
            continue
        question = question_of(parts[asked][3])
        if not question:
            continue
        where = [parts[asked][:3]]
        said: str | None = None
        later_parts, answer, _ = read[k + 1] if k + 1 < len(read) else ([], None, None)
        if answer is not None:
            said = _answer_text(doc, later_parts, answer)
            where += [later_parts[n][:3] for n in answer]
        found.append((run[k], question, said, where))
    if not all(is_free(doc, taken, block) and is_free(doc, claims, block) for _, _, _, where in found for block, _, _ in where):
        return
    for number, question, said, where in found:
        reason = empty_reason(said) if said else "no answer"
        outcome = "card" if reason is None else "unanswered"
        loc = doc.loc(where[0][1])
        for block, first, last in where:
            head = doc.blocks[block]
            # a quote's blank lines (`>` alone) between its paragraphs
            claims.update({n: claims.get(n, outcome) for n in range(head.first, head.last) if doc.lines[n].strip() == ">"})
            claims.update(claim(first, last, outcome))
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        path = heading_path(doc, sections[number].block)[:-1]  # the slide's own title only numbers it
        drafts.append(CardDraft(loc, CONVENTION, question, said or "", tuple(clean_heading(p) for p in path), topic_tags(path)))


def _answer_text(doc: Document, parts: list[_Part], answer: list[int]) -> str:
    """The answer of a marked part and the blocks under it: its emoji and its bold or answer label off."""
    said = (after_mark(parts[answer[0]][3], ANSWER_MARKS) or "").strip()
    label = BOLD_LABEL.match(said)
    if label is not None and said[label.end() :].strip():
        said = said[label.end() :].strip()
    said = strip_answer_label(said).strip()
    return "\n\n".join([said, *(doc.block_text(parts[n][0]).strip() for n in answer[1:])]).strip()


def _card(
    doc: Document,
    question_at: int,
    answer_at: int | None,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    section = doc.sections[question_at]
    kept = [i for i in _body(doc, section) if not _is_aside(doc, i)]
    front = "\n\n".join(doc.block_text(i).strip() for i in kept).strip()
    if not front:
        return
    head = doc.blocks[section.block]
    loc = doc.loc(doc.blocks[kept[0]].first if kept else head.first)
    markdown = ""
    if answer_at is not None:
        answer = doc.sections[answer_at]
        markdown = build_answer(doc, _body(doc, answer)).markdown.strip()
    reason = empty_reason(markdown) if markdown else "no answer"
    kind = "card" if reason is None else "unanswered"
    for at in (question_at, answer_at):
        if at is not None:
            part = doc.sections[at]
            body = _body(doc, part)
            end = doc.blocks[body[-1]].last if body else doc.blocks[part.block].last
            claims.update(claim(doc.blocks[part.block].first, end, kind))
    if reason is not None:
        diagnostics.append(unanswered(loc, front, reason))
        return
    path = heading_path(doc, section.block)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, CONVENTION, front, markdown, context, topic_tags(path)))


def _body(doc: Document, section: Section) -> tuple[int, ...]:
    """The blocks of a sub-heading's body up to its first `---` (what follows a rule closes the section:
    the archive's footer after the last one)."""
    for n, index in enumerate(section.body):
        if doc.blocks[index].kind == "hr":
            return section.body[:n]
    return section.body


def _key(section: Section) -> str:
    return " ".join(section.title.casefold().split())


def _is_free_section(doc: Document, taken: Mapping[int, str], section: Section) -> bool:
    return is_free(doc, taken, section.block) and all(is_free(doc, taken, i) for i in section.body)


def _is_aside(doc: Document, index: int) -> bool:
    """True for the writer's aside around a question: an emphasised paragraph or a quote."""
    block = doc.blocks[index]
    if block.kind == "blockquote":
        return True
    return block.kind == "paragraph" and _ASIDE.match(doc.block_text(index)) is not None
