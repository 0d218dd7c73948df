"""Exam parts: a past paper's numbered parts, each a paragraph that opens with its bold part number, answered
by the blocks under it (usually a quoted mark scheme).

    ### Question 3

    **3.1** Why does sodium chloride have a high melting point? **[3 marks]**

    > **Mark scheme:** giant ionic lattice (1) …

1. **A part** is a free top-level paragraph whose first line opens with a bold part number (`**3.1**`,
   `**2b**`, `**2 (a)**`, `**(a)**`, `**(iii)**`) followed by text. It is a question when it carries a marks
   note at its end (`[3 marks]`, `(2 pts)`, bold or not: the weight of an exam question, which is then left off
   the front, as one opening the text is: `**1a.** (2 pts) Why …?`, with the writer's score after it: `*(2 marks)* — got 1/2`), when its text asks
   (questions.is_question), or when a list of options follows it that strikes out the ruled-out ones
   (`- ~~FCFS~~`, two at least: a multiple-choice item gone over, whatever its stem, `… makes RR behave like:`).
   A document needs two such parts: one bold number
   before a sentence is a numbered step, not a paper. Where most parts' answers open with one answer label
   (`**Answer:**`, `**정답**`, two at least), a paragraph numbered like the parts whose blocks hold that label is
   a part too, whatever its wording (a task without `?`, a line describing a variant item).
2. **The answer** is the blocks under the part, up to the next part, heading or `---`. A quote is the answer's
   container (its `>` markers are removed), and a leading bold label (`**Mark scheme:**`, `**Answer:**`) is
   dropped. Marking instructions copied as a table under the part (`| Part | Expected answer | Marks |
   Notes |`) answer it by the row its number keys (`| 3 (b) | … |`): the back is the cell after
   the number, then the row's other worded cells under their column names (a bare number is the mark); the
   lines between the part and the table (an equation) head the back, and an empty cell leaves the part
   unanswered, the notes under the table with it. A part without an answer, or whose answer is only an aside in brackets (`*(didn't finish this
   one)*`, a picture beside it or not), is reported unanswered (an arrow heading the answer, `➜ 42`, is
   dropped as a label is: `➜` alone is no answer) — for a part that asks without a marks note only when it has a `?`
   or when the lines left to write it on follow it (`______________`, a workbook's blank); a part whose
   answer is hidden in a link-reference comment under those lines (`[//]: # (…)`) is the link-comment rule's.
   So is a part whose struck-out options mark none as right (in bold or ticked: `- **FIFO ✅**`), and a part
   whose labelled answer is a placeholder (`**Answer:** ❓ (ask)`) or, in a paper that writes its answers on
   the label's line (`**Answer:** 42`), a label left alone (the note under it is no answer).
3. **Number-only headings** (`### Question 3`, `## Q2`, `### Aufgabe 4`) over parts are their context, not
   cards; the plain paragraphs between such a heading and its first part (the stem: `Chlorine has two
   isotopes …`) go in front of that first part.
4. **A spoiler space** (a blog post in the Usenet way: a bracketed note such as `*(spoiler space)*` over two
   paragraphs or more of a lone dot) splits a part's blocks: those above it (the code asked about) go on the
   front, those below it are the answer. Where two parts or more hide their answers so, a part with no gap
   under it gives none (`I froze on this one`): `unanswered`. Fronts that differ only in code or punctuation
   (one question to the identity) keep their part numbers (`6\\. …`).
5. **A section weighed at zero marks** (`## Feedback (optional, 0 pts)`) in a paper whose parts became cards
   is the form's survey: its blocks are skipped, whatever they ask.

Context: the cleaned heading path of the part's section (document title excluded), and tags its topic tags.

An italic label with no colon heads the answer as a bold one does (`*Markscheme*`, `*Markscheme* — TODO`:
questions.SCHEME_LABEL), a bare `[2]` or `(2)` after the question's last sentence is its marks note, and a
part whose only blocks are options (its key stands elsewhere, in a key table) is left to the key rules, and a
part whose paragraph closes with its answer in coloured math (`$\\color{blue}{…}$`) to the coloured-answer rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..normalise import normalise_question
from ..records import CardDraft
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, opening_answer_label, unanswered, unquote
from .coloured_entries import ends_in_colour
from .document import Document, holds, lazy_pattern, may_open_a_line_with, search_lines, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .question_lists import item_text, ordered_items
from .questions import KEY_TITLE, SCHEME_LABEL, is_back_to_top, is_question, without_marks, without_paper_marks
from .reference_comments import comment_follows

CONVENTION = "exam-part"

# The cheap test: a line opening with a bold part number and text after it.
_PRECHECK = lazy_pattern(
    r"^[ \t]{0,3}(?:&nbsp;)*(?:\*\*|__)\(?(?:\d(?:[ \t]\d)+(?:[ \t]?\.[ \t]?\d(?:[ \t]\d)?)*|\d{1,3}(?:\.\d{1,3})*[a-z]?(?:[ \t]?\([a-z]{1,4}\))?|[a-z]|[ivx]{1,4})[.):]?(?:\*\*|__)[ \t]+\S",
    re.M,
)
# What a line that `_PRECHECK` matches opens with after its spaces and tabs (`document.line_openings`).
_OPENING = lazy_pattern(r"^(?:\*\*|__)\(?(?:\d|[a-z][.):]?(?:\*\*|__)|[ivx]{1,4}[.):]?(?:\*\*|__))", re.M)
_PART = lazy_pattern(
    r"^[ \t]{0,3}(?:&nbsp;)*(?P<m>\*\*|__)(?P<number>\d(?:[ \t]\d)+(?:[ \t]?\.[ \t]?\d(?:[ \t]\d)?)*|\d{1,3}(?:\.\d{1,3})*[a-z]?(?:[ \t]?\((?:[a-z]|[ivx]{1,4})\))?|\([a-z]\)|[a-z]\)|"
    r"\((?:[ivx]{1,4})\))[.):]?(?P=m)[ \t]+(?P<text>\S.*)$"
)
# `**Mark scheme:**`, `**Answer**:`: a label heading the answer.
_LABEL = lazy_pattern(r"^\s*(?:\*\*|__)[^*_\n]{1,30}?(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]*")
# `*(didn't finish this one)*`, `(come back to it)`: a note to self where the answer would be.
_ASIDE = lazy_pattern(r"^\s*(?:[*_]{1,2})?\(.*\)(?:[*_]{1,2})?\s*$", re.S)
# `*Working:* `: an italic label opening the working shown under a task.
_WORKING_LABEL = lazy_pattern(r"^\s*[*_][^*_\n]{1,30}?:[*_][ \t]*")
# `![Diagram](images/cell.png)`: a picture alone in its paragraph, beside the answer rather than in it.
_IMAGE_ONLY = lazy_pattern(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?\s*$")
# `Question 3`, `Q2`, `Aufgabe 4.`, `3`: a heading that only numbers what is under it.
_NUMBER_ONLY = lazy_pattern(r"^\s*(?:[^\W\d_]{1,12}[ \t]*)?#?\d{1,3}[a-z]?[.:)]?\s*$")
_ENDS = ("heading", "hr")
# `— got 1/2`, `– 0/3 😬`: the score the writer got, after a part's marks note.
_SCORE = lazy_pattern(r"[ \t]+[—–-][ \t]+[^\n]{0,20}?\b\d{1,2}[ \t]*/[ \t]*\d{1,2}\b[^\w\n]{0,6}$")


def _part_question(doc: Document, index: int) -> tuple[str, bool] | None:
    """The question of a part paragraph and whether it carried a marks note, or None."""
    block = doc.blocks[index]
    match = _PART.match(doc.lines[block.first])
    if match is None:
        return None
    text = " ".join([match.group("text"), *(doc.lines[n].strip() for n in range(block.first + 1, block.last))]).strip()
    if "/" in text and (scored := _SCORE.sub("", text)) != text and without_marks(scored) != scored:
        text = scored  # `… *(2 marks)* — got 1/2`: the writer's score after the marks note
    question = without_paper_marks(_LEADING_MARKS.sub("", text, count=1) if text[:1] in _MARK_OPENERS else text)
    marked = question != text
    if not question or not (marked or is_question(question) or struck_options(doc, index + 1) is not None):
        return None
    return question, marked


# `(2 pts) Why does …?`: the marks note written before the question, left off the front as one after it is.
_LEADING_MARKS = lazy_pattern(r"^(?:\*\*|__|\*|_)?[\[(（]\d{1,3}(?:[.,]5)?[ \t]*(?:marks?|pts?|points?|punkte|puntos)[\])）](?:\*\*|__|\*|_)?[ \t]+(?=\S)", re.I)
_MARK_OPENERS = frozenset("*_[(（")


# `______________`: a workbook's line to write the answer on (markdown-it reads it as a rule).
_WRITE_IN = re.compile(r"^[ \t]*_{10,}[ \t]*$")


def _write_in_lines(doc: Document, index: int) -> list[int]:
    """The blank answer lines right under the part `index`, each a long run of underscores: the part was
    left to fill in."""
    found: list[int] = []
    for i in range(index + 1, len(doc.blocks)):
        block = doc.blocks[i]
        if block.kind != "hr" or not _WRITE_IN.match(doc.lines[block.first]):
            break
        found.append(i)
    return found


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the numbered parts of a past paper."""
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()
    # `&nbsp;&nbsp;**(a)** …`: parts indented with no-break spaces, the nesting of a paper's numbering.
    if not (may_open_a_line_with(doc, _OPENING) or holds(doc.source.text, ";**")) or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()
    parts: dict[int, tuple[str, bool]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and is_free(doc, taken, index):
            found = _part_question(doc, index)
            if found is not None and not _opens_options(doc, index) and not ends_in_colour(doc.block_text(index)):
                parts[index] = found  # a part answered in coloured math on its last line is the coloured-answer rule's
    if len(parts) < 2:
        return RuleResult()
    label = _paper_label(doc, taken, parts)
    if label is not None:
        parts.update(_labelled_parts(doc, taken, parts, label))
        parts = dict(sorted(parts.items()))
    stems = _stems(doc, taken, parts)
    answers = {index: _answer_blocks(doc, taken, parts, index) for index in parts}
    keyed, key_lines = _key_answers(doc, taken, parts)
    gaps = {index: gap for index, blocks in answers.items() if (gap := _spoiler_gap(doc, blocks)) is not None}
    hidden = len(gaps) >= 2  # answers hidden below a spoiler space: a part that hides none gives none
    drafts: list[CardDraft] = []
    diagnostics = []
    claims: dict[int, str] = {}
    for index, (question, marked) in parts.items():
        blocks = answers[index]
        shown: list[int] = []
        if index in gaps:
            start, end = gaps[index]
            shown, blocks = blocks[:start], blocks[end:]
            question = "\n\n".join([question, *(doc.block_text(i).strip() for i in shown)])
        scheme = _scheme_row(doc, index, blocks)
        if not blocks and index in keyed:
            markdown = keyed[index]  # answered in the key at the end (the odd-numbered ones, say)
        elif scheme is None:
            markdown = _answer(doc, blocks)
        else:
            at, markdown = scheme
            # The lines between the part and its instructions (the equation the working uses) head the back,
            # as a multiple-choice question's options do; the writer's remarks under the table close it.
            given = build_answer(doc, blocks[:at]).markdown.strip() if markdown and at else ""
            remarks = build_answer(doc, blocks[at + 1 :]).markdown.strip() if markdown and blocks[at + 1 :] else ""
            markdown = "\n\n".join(p for p in (given, markdown, remarks) if p)
        stem = stems.get(index, ())
        used = [*stem, index, *answers[index]]
        loc = doc.loc(doc.blocks[used[0]].first)
        reason = empty_reason(markdown) if markdown else "no answer"
        if reason is None and _is_aside(markdown):
            reason = "placeholder"
        if reason is None and hidden and index not in gaps:
            reason = "no answer below a spoiler space"
        if reason is None and scheme is None and _is_blank_form(doc, blocks):
            reason = "no answer"
        options = struck_options(doc, index + 1)
        if reason is None and options is not None and not options:
            reason = "no option marked right"
        said = _labelled_answer(doc, blocks, label.label) if label is not None else None
        labelled = said is not None
        if reason is None and label is not None and said is not None:
            reason = _label_reason(said, label)
        front = "\n\n".join([*(doc.block_text(i).strip() for i in stem), question])
        if reason == "only options":
            continue  # a multiple-choice item whose key stands elsewhere (a key table): the later rules'
        if reason is not None and comment_follows(doc, doc.blocks[index].last):
            continue  # its answer hidden in a link-reference comment under it: the link-comment rule's
        if reason is not None:
            lines = _write_in_lines(doc, index)
            used.extend(lines)
            if marked or "?" in question or options is not None or lines or labelled:
                diagnostics.append(unanswered(loc, front, reason))
                for i in used:
                    claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, front, markdown, context, topic_tags(path)))
        for i in used:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    drafts = _numbered_when_alike(doc, drafts)
    if any(index in keyed for index in parts if not answers[index]):
        claims.update(dict.fromkeys(key_lines, "card"))
    if drafts:
        claims.update(_ungraded(doc, taken, claims))
    for section in doc.sections:
        head = doc.blocks[section.block]
        held = any(doc.blocks[i].first in claims for i in section.body)
        if held and _NUMBER_ONLY.match(section.title) and is_free(doc, taken, section.block):
            claims.update(claim(head.first, head.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# `## Feedback (optional, 0 pts)`, `[0 marks]`: a section the paper weighs at nothing.
_ZERO_MARKS = lazy_pattern(r"[\[(（](?:[^\])）\n]*[ \t,;])?0[ \t]*(?:marks?|pts?|points?|punkte|puntos)\b[^\])）\n]*[\])）][ \t]*$", re.I)


def _ungraded(doc: Document, taken: Mapping[int, str], claims: Mapping[int, str]) -> dict[int, str]:
    """Claims (`skip:ungraded`) for the free blocks of the sections of a paper weighed at zero marks (`##
    Feedback (optional, 0 pts)`): the form's survey (time spent, what was confusing), no question of the
    paper, whatever it asks."""
    found: dict[int, str] = {}
    for section in doc.sections:
        if "0" not in section.title or not _ZERO_MARKS.search(section.title):
            continue
        for i in section.body:
            block = doc.blocks[i]
            if block.first not in claims and is_free(doc, taken, i):
                found.update(claim(block.first, block.last, "skip:ungraded"))
    return found


def _labelled_answer(doc: Document, blocks: Sequence[int], label: str) -> str | None:
    """The text after LABEL in the first paragraph of BLOCKS that opens with it (`**정답** ③` → `③`, the
    paragraph's later lines with it), or None when none does."""
    for index in blocks:
        block = doc.blocks[index]
        found = _opening_label(doc, index)
        if found is not None and found[0] == label:
            if block.kind != "paragraph":
                return found[1].strip()
            return "\n".join([found[1], *doc.lines[block.first + 1 : block.last]]).strip()
    return None


# `<div align="right"><b>Answer:</b> 40 m²</div>`: a line of HTML, set apart (pushed right, where a sheet
# of paper can cover the answers), whose bold opening is the label; its inner HTML, the bold as Markdown's.
_HTML_LABEL_LINE = lazy_pattern(r"^[ \t]{0,3}<(div|p)\b[^>]*>[ \t]*<(b|strong)>([^<\n]{1,40})</\2>([^\n]*)</\1>[ \t]*$", re.I)
_TAG = lazy_pattern(r"<[^>]+>")


def _opening_label(doc: Document, index: int) -> tuple[str, str] | None:
    """The answer label opening block INDEX and the text after it: a paragraph's (`**Answer:** 42`), or a
    one-line HTML block's bold opening (`<div align="right"><b>Answer:</b> 42</div>`); None otherwise."""
    block = doc.blocks[index]
    if block.kind == "paragraph":
        return opening_answer_label(doc.lines[block.first])
    if block.kind != "html_block" or block.last - block.first != 1 or "<" not in doc.lines[block.first]:
        return None
    match = _HTML_LABEL_LINE.match(doc.lines[block.first])
    if match is None:
        return None
    found = opening_answer_label(f"**{match.group(3).strip()}** {_TAG.sub('', match.group(4)).strip()}")
    return found


@dataclass(frozen=True, slots=True)
class _PaperLabel:
    """The answer label a paper writes its answers behind."""

    label: str
    """The label, lower-cased (`**answer:**`, `**정답**`)."""
    on_its_line: bool
    """True when most answers stand on the label's line (`**정답** ③`): a label left alone there is empty."""


def _paper_label(doc: Document, taken: Mapping[int, str], parts: Mapping[int, tuple[str, bool]]) -> _PaperLabel | None:
    """The answer label the paper writes its answers behind (`**Answer:**`, `**정답**`): the one that opens a
    paragraph in the answers of two parts or more, and of most parts; None when there is no such label."""
    counts: dict[str, list[bool]] = {}
    for index in parts:
        for i in _answer_blocks(doc, taken, parts, index):
            if (found := _opening_label(doc, i)) is not None:
                counts.setdefault(found[0], []).append(bool(found[1].strip()))
                break
    if not counts:
        return None
    label, said = max(counts.items(), key=lambda item: len(item[1]))
    if len(said) < 2 or 2 * len(said) <= len(parts):
        return None
    return _PaperLabel(label, 2 * sum(said) > len(said))


def _labelled_parts(
    doc: Document, taken: Mapping[int, str], parts: Mapping[int, tuple[str, bool]], label: _PaperLabel
) -> dict[int, tuple[str, bool]]:
    """Paragraphs numbered like the paper's parts (`**06.**` among `**05.**` and `**07.**`) whose blocks
    hold the paper's answer label: items of the paper whatever their wording (a task without `?`, `… 쓰시오.`,
    or a line describing a variant item), answered behind that label."""
    shapes = {_DIGIT_RUN.sub("0", m.group("n")) for i in parts if (m := _PART_NUMBER.match(doc.lines[doc.blocks[i].first]))}
    more: dict[int, tuple[str, bool]] = {}
    for index, block in enumerate(doc.blocks):
        if index in parts or block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        number = _PART_NUMBER.match(doc.lines[block.first])
        match = _PART.match(doc.lines[block.first])
        if number is None or match is None or _DIGIT_RUN.sub("0", number.group("n")) not in shapes:
            continue
        if _labelled_answer(doc, _answer_blocks(doc, taken, parts, index), label.label) is None:
            continue
        text = " ".join([match.group("text"), *(doc.lines[n].strip() for n in range(block.first + 1, block.last))]).strip()
        question = without_marks(text)
        if question:
            more[index] = (question, question != text)
    return more


def _label_reason(said: str, label: _PaperLabel) -> str | None:
    """Why a part answered behind the paper's label has no answer, SAID being the text after the label: a
    placeholder (`**정답** ❓ (ask the teacher)`), or nothing at all (`**정답**` alone, whatever note follows
    it) in a paper whose answers stand on the label's line; None when it is answered."""
    if said:
        return empty_reason(said)
    return "no answer" if label.on_its_line else None


# `- ~~FCFS~~`, `- ~~LRU~~ ← picked this, wrong`: an option struck out, ruled out by the writer.
_STRUCK = lazy_pattern(r"^[ \t]*[-*+][ \t]+~~[^~\n]+~~")
# `- **FIFO ✅**`, `- **12** ✅ (…)`, `- Preemption ✔️`: the option marked right, in bold or ticked.
_KEYED = lazy_pattern(r"^[ \t]*[-*+][ \t]+(?:(?:\*\*|__)[^\n]*(?:\*\*|__)|[^\n]*[\u2705\u2714\u2611])")


def struck_options(doc: Document, index: int) -> tuple[int, ...] | None:
    """For a bullet list of options, one a line, that strikes out the ruled-out ones (`- ~~FCFS~~`, two at
    least): the lines of the options marked right (in bold or ticked: `- **FIFO ✅**`), maybe none; else None."""
    if index >= len(doc.blocks) or doc.blocks[index].kind != "bullet_list":
        return None
    block = doc.blocks[index]
    lines = [n for n in range(block.first, block.last) if doc.lines[n].strip()]
    if not all(doc.lines[n].lstrip()[:1] in "-*+" for n in lines):
        return None  # an item of more than one line: no list of options
    if sum(1 for n in lines if _STRUCK.match(doc.lines[n])) < 2:
        return None
    return tuple(n for n in lines if not _STRUCK.match(doc.lines[n]) and _KEYED.match(doc.lines[n]))


def _is_aside(markdown: str) -> bool:
    """True when the answer is one line of note to self in brackets, pictures and back-to-top links beside
    it aside (`*(not done yet)*` over the section's diagram), an italic label before it or not (`*Working:*
    (ask the teacher)`)."""
    text = "\n\n".join(p for p in markdown.split("\n\n") if not _IMAGE_ONLY.match(p) and not is_back_to_top(p)).strip()
    text = _WORKING_LABEL.sub("", text, count=1)  # `*Working:* (not done yet)`: the label of an empty working
    return bool(text) and "\n" not in text and _ASIDE.match(text) is not None


def _numbered_when_alike(doc: Document, drafts: list[CardDraft]) -> list[CardDraft]:
    """DRAFTS with the fronts that differ only in their code or punctuation (`… between `[ ]` and `[[ ]]`?`
    and `… between `"$*"` and `"$@"`?`), which a question's identity does not tell apart, each opened with
    its part's number (`6. What is …`): left bare, all but the first would be dropped as duplicates."""
    groups: dict[str, list[int]] = {}
    for at, draft in enumerate(drafts):
        groups.setdefault(normalise_question(draft.question), []).append(at)
    alike = {at for group in groups.values() if len({drafts[i].question for i in group}) > 1 for at in group}
    if not alike:
        return drafts  # every front its own question: nearly every paper
    numbered = list(drafts)
    for at in alike:
        draft = drafts[at]
        match = _PART.match(doc.lines[draft.loc.line - 1])
        if match is not None:
            numbered[at] = replace(draft, question=f"{match.group('number')}\\. {draft.question}")  # escaped: no list
    return numbered


# `.`, `…`, `·`: a paragraph of one dot, a line of the spoiler space that scrolls an answer out of sight.
_DOT_LINE = lazy_pattern(r"^[ \t]*[.…·][ \t]*$")


def _spoiler_gap(doc: Document, blocks: Sequence[int]) -> tuple[int, int] | None:
    """Where, among a part's BLOCKS, a spoiler space stands (positions `start` to `end`, exclusive): two
    paragraphs or more of a lone dot, with the bracketed note right above them that names the gap
    (`*(spoiler space)*`). The blocks above it are the question's (its code), those under it the answer."""
    for at, index in enumerate(blocks):
        if _is_dot_line(doc, index):
            end = at
            while end < len(blocks) and _is_dot_line(doc, blocks[end]):
                end += 1
            if end - at < 2:
                return None
            note = doc.block_text(blocks[at - 1]).strip() if at and doc.blocks[blocks[at - 1]].kind == "paragraph" else ""
            if note and "\n" not in note and _ASIDE.match(note):
                at -= 1  # the note naming the gap belongs to it
            return at, end
    return None


def _is_dot_line(doc: Document, index: int) -> bool:
    return doc.blocks[index].kind == "paragraph" and _DOT_LINE.match(doc.block_text(index)) is not None


def _is_blank_form(doc: Document, blocks: Sequence[int]) -> bool:
    """True when the answer is only a form left to fill in: a table whose body cells are all empty (a trace
    table handed out blank), a list whose items are all empty (`- `), with a note to self in brackets or not."""
    form = False
    for index in blocks:
        block = doc.blocks[index]
        if block.kind == "table":
            _, rows = table_cells(doc, block)
            if not rows or any(cell.content.strip() for _, row in rows for cell in row):
                return False
            form = True
        elif block.kind in ("bullet_list", "ordered_list"):
            if any(_EMPTY_ITEM.match(doc.lines[n]) is None for n in range(block.first, block.last) if doc.lines[n].strip()):
                return False
            form = True
        elif block.kind != "paragraph" or not _ASIDE.match(doc.block_text(index)):
            return False
    return form


# `- `, `1.`, `* [ ]`: a list item with nothing written in it.
_EMPTY_ITEM = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])(?:[ \t]+\[[ \t]\])?[ \t]*$")


# `A. …`, `a) …`, `(b) …`: a line that offers one option of a multiple-choice item.
_OPTION = lazy_pattern(r"^[ \t]*\(?[A-Fa-f][.)．、][ \t]*\S")


def _opens_options(doc: Document, index: int) -> bool:
    """True when the block after part `index` is a paragraph of option lines: a multiple-choice item, whose
    key follows its options (the choice-item rule's), not a part answered by the blocks under it."""
    following = index + 1
    if following >= len(doc.blocks) or doc.blocks[following].kind != "paragraph":
        return False
    block = doc.blocks[following]
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    return len(lines) >= 2 and all(_OPTION.match(line) for line in lines)


def _stems(doc: Document, taken: Mapping[int, str], parts: Mapping[int, tuple[str, bool]]) -> dict[int, tuple[int, ...]]:
    """For the first part under a number-only heading, the plain paragraphs between the heading and it."""
    out: dict[int, tuple[int, ...]] = {}
    for section in doc.sections:
        if not _NUMBER_ONLY.match(section.title):
            continue
        first = next((i for i in section.body if i in parts), None)
        if first is None:
            continue
        before = [i for i in section.body if i < first]
        if before and all(doc.blocks[i].kind == "paragraph" and is_free(doc, taken, i) for i in before):
            out[first] = tuple(before)
    return out


def _key_answers(doc: Document, taken: Mapping[int, str], parts: Mapping[int, tuple[str, bool]]) -> tuple[dict[int, str], list[int]]:
    """The answers a key after the parts gives them: the first free numbered list of a later section titled as
    a key (`Answers to odd-numbered exercises`), every number of which is a part's (`**3.**` for `3.`), two at
    least. Maps each keyed part to its item's text; the key's heading and list lines come with it."""
    numbers: dict[int, int] = {}
    for index in parts:
        found = _PART_NUMBER.match(doc.lines[doc.blocks[index].first])
        if found is not None and found.group("n").isdigit():
            numbers.setdefault(int(found.group("n")), index)
    last = max(parts)
    for section in doc.sections:
        if section.block < last or not KEY_TITLE.match(_KEY_DRESS.sub("", section.title)):
            continue
        key = next((i for i in section.body if doc.blocks[i].kind == "ordered_list" and is_free(doc, taken, i)), None)
        if key is None:
            continue
        items = ordered_items(doc, key)
        if len(items) < 2 or any(number not in numbers for number, _span in items):
            continue
        keyed = {numbers[number]: item_text(doc, *span) for number, span in items}
        head, listed = doc.blocks[section.block], doc.blocks[key]
        return keyed, [*range(head.first, head.last), *range(listed.first, listed.last)]
    return {}, []


_KEY_DRESS = lazy_pattern(r"^[\W\d_]*")


def _answer_blocks(doc: Document, taken: Mapping[int, str], parts: Mapping[int, tuple[str, bool]], index: int) -> list[int]:
    blocks: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        if doc.blocks[j].kind in _ENDS or j in parts or not is_free(doc, taken, j) or _sibling_part(doc, index, j):
            break
        if doc.blocks[j].kind == "paragraph" and _LONE_NUMBER.match(doc.block_text(j)):
            break  # `**(b)**` alone: the number over the next parts (`**(i)** …`), no part of this answer
        blocks.append(j)
    return blocks


# `**(b)**`, `&nbsp;&nbsp;**3.**`: a bold part number alone in its paragraph, heading the sub-parts under it.
_LONE_NUMBER = lazy_pattern(r"^[ \t]{0,3}(?:&nbsp;)*(?:\*\*|__)\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[a-z]|[ivx]{1,4})[.):]?(?:\*\*|__)\s*$")
# The bold part number opening a part's line (`**1.2**` → `1.2`), as `_PART` reads it.
_PART_NUMBER = lazy_pattern(r"^[ \t]{0,3}(?:&nbsp;)*(?:\*\*|__)(?P<n>\(?[0-9a-z]{1,3}(?:\.\d{1,3})*[a-z]?\)?)")
_DIGIT_RUN = lazy_pattern(r"\d+")


def _sibling_part(doc: Document, part: int, index: int) -> bool:
    """True when block INDEX is a paragraph opening with a bold part number numbered like that of PART
    (`**1.2** …` after `**1.1** …`): the next part, even when it neither asks nor carries a marks note the
    rule knows, so that it never joins the answer above it. A number of another shape (`**1.**` steps
    under `**1.1**`) may belong to the answer."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or _PART.match(doc.lines[block.first]) is None:
        return False
    mine = _PART_NUMBER.match(doc.lines[doc.blocks[part].first])
    other = _PART_NUMBER.match(doc.lines[block.first])
    if mine is None or other is None or mine.group("n") == other.group("n"):
        return False
    return _DIGIT_RUN.sub("0", mine.group("n")) == _DIGIT_RUN.sub("0", other.group("n"))


def _answer(doc: Document, blocks: Sequence[int]) -> str:
    parts: list[str] = []
    rest = list(blocks)
    while rest and doc.blocks[rest[0]].kind == "blockquote":
        parts.append(unquote(doc.block_text(rest.pop(0))))
    if rest:
        parts.append(build_answer(doc, rest).markdown)
    markdown = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    if "&nbsp;" in markdown:  # `&nbsp;&nbsp;↳ …`: the answer indented under its part with no-break spaces
        markdown = _NBSP_INDENT.sub("", markdown)
    scheme = SCHEME_LABEL.match(markdown)  # `*Markscheme*`: an italic label, no colon needed
    markdown = markdown[scheme.end() :].strip() if scheme else _LABEL.sub("", markdown, count=1).strip()
    if markdown[:1] in _ARROW_MARKS:  # `➜ 42`: the arrow heads the answer as a label does
        markdown = markdown[1:].strip()
        # `↳ *Answer:* 42`, `➜ **Answer:** 42`: the label after the arrow goes with it
        markdown = _WORKING_LABEL.sub("", _LABEL.sub("", markdown, count=1), count=1).strip()
    return markdown


_NBSP_INDENT = lazy_pattern(r"^[ \t]*(?:&nbsp;)+", re.M)


# `➜ 42`, `→ …`: the mark a sheet puts before each answer, `➜` alone where none is written yet.
_ARROW_MARKS = frozenset("➜→⇒⟹↳")


# `| 3 (b) | about 30 ATP | 2 | accept 30–32 |`: a row of marking instructions.
_CELL_SPLIT = lazy_pattern(r"(?<!\\)\|")
_BARE_NUMBER = lazy_pattern(r"^\d{1,3}(?:[.,]5)?$")


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [cell.strip() for cell in _CELL_SPLIT.split(line)]


def _key(number: str) -> str:
    return "".join(ch for ch in number.lower() if ch.isalnum())


def _scheme_row(doc: Document, part: int, blocks: Sequence[int]) -> tuple[int, str] | None:
    """The marking instructions copied under a part as a table whose row is keyed by the part's number
    (`| 3 (b) | expected answer | marks | notes |`): (the table's position in BLOCKS, the back). The
    back is the cell after the number (empty when the writer left it blank), then the row's other worded
    cells under their column names (`*Additional guidance:* …`); a cell that is only a number is the mark."""
    match = _PART.match(doc.lines[doc.blocks[part].first])
    if match is None:
        return None
    number = _key(match.group("number"))
    for at, index in enumerate(blocks):
        if doc.blocks[index].kind != "table":
            continue
        lines = [line for line in doc.block_text(index).splitlines() if line.strip()]
        if len(lines) < 3:
            return None
        header = _cells(lines[0])
        for line in lines[2:]:
            cells = _cells(line)
            if len(cells) >= 2 and _key(cells[0]) == number:
                said = cells[1]
                if not said:
                    return at, ""
                notes = [
                    f"*{name}:* {cell}" if name else cell
                    for name, cell in zip(header[2:], cells[2:], strict=False)
                    if cell and not _BARE_NUMBER.match(cell)
                ]
                return at, "\n\n".join([said, *notes])
        return None
    return None
