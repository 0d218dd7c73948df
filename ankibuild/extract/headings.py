"""Heading questions: `### What is …?`, `## 12. Explain …`, `### Bagging vs Boosting`, with the section body
as the answer.

The answer runs to the next heading of the same or a higher level, or to the next heading that is itself a
question, or to a bare question line (which the bare-line rule then takes), or to a question paragraph
(`**Q:** …`, `**What is …?**`) after some answer. An answer box opening the body
(`??? success "View Answer"`, `> [!success]- Answer`) is unwrapped; a metadata line under the heading becomes
tags.

Numbered topic headings among numbered question headings (`## 14. Gradient boosting` between `## 13. What
is …?`) are entries of the same Q&A and become cards too; so do numbered headings that open with a question word
without a `?` (`#### 1. What is the output of below code`) when, with the headings that ask, they make most
of the numbered headings of their level. A question pointing at code (`What does this script print?`)
keeps the code block right under it on its front when an answer follows the code; with a question word and
such a code block and answer under it, it asks even without its `?` (`### What will the following loop print:`). A question heading is not a card when its body
only introduces: a list of questions (`## What should you be able to answer?`, a lead-in paragraph ending
with a colon allowed before it), a link collection, or a
list under a README's question about itself (`## What will you learn?`). In notes whose questions are mostly
written in another, explicitly marked convention (tab lines, a front matter FAQ, clues and responses,
question lines in bold italics or numbered in italics, list questions holding their answers …), a heading that asks is the writer's aside
(`## Still confused?`, `## How do I use this page?` over prose): skipped.
Nor is the one heading question of a document answered only by a paragraph or two in the first person singular
(`## What went wrong this week?` over `Honestly: I keep freezing …`), or, where earlier rules asked two
questions or more in their own convention, asking in the first person itself (`### What should I practise
next?`): the writer's note to self, skipped as an aside. So is a question heading over first-person prose at another level than the
headings an earlier rule read over the tab group answering them (DocFX tabs): those are the level the page
asks at. A worksheet's step asking what the writers know
(`### What do we know?`, `### What do we need to know?`, `Was wissen wir?`, `¿Qué sabemos?`) is skipped with its
body: a step of a problem-solving template, about nothing named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .bare_labels import exercise_count
from .bold_italic_dress import dressed_question_count
from .document import QUESTIONS_SO_FAR, SLIDE_ANSWERS, TAB_ANSWERED_LEVELS, Block, Document, asked_elsewhere, text_holds
from .label_turns import asking_blocks
from .outline import clean_heading, heading_question, topic_tags
from .question_lists import answered_in_italics, answered_list_questions
from .questions import (
    asks_by_plain_label,
    asks_in_paragraph,
    clean_question,
    first_question_line,
    is_comparison,
    is_question,
    is_question_list,
    is_signpost_question,
    italic_answered_items,
    numbered_italic_count,
    opens_numbered_italic,
    opens_with_command_word,
    opens_with_question_word,
    refers_to_code,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question headings."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    questions = [heading_question(doc, s) for s in doc.sections]
    entries = _numbered_entries(doc, questions)
    entries.update(_code_questions(doc, questions))
    entries.update(_term_entries(doc, questions))
    entries.update(_statement_entries(doc, questions, entries))
    for index, title in entries.items():
        questions[index] = (title, ())
    deck = bool(doc.derived.get(SLIDE_ANSWERS))
    underlined = _underlined_items(doc) if any(q is not None for q in questions) else frozenset()
    # Docsify pages ask in bold paragraphs, each answered by the tip box under it (`?> …`), review sheets in
    # bold-italic question lines (`***Why …?***`): other conventions, which later rules card.
    later = len(underlined) + tip_answered_questions(doc)
    if any(q is not None for q in questions):
        # Exercises under bare label headings over answer labels, numbered items answered in italics: the
        # label-heading and numbered rules card them after this one.
        later += dressed_question_count(doc, taken) + exercise_count(doc, taken)
        later += italic_answered_items(doc) + numbered_italic_count(doc)
    asides = _asides(doc, questions, entries, later)
    if not asides and any(q is not None for q in questions):
        asides = _closing_asides(doc, questions, entries, later)
    labelled: frozenset[int] = frozenset()
    if not asides and 0 < sum(1 for q in questions if q is not None) <= _ASIDES_BESIDE_LABELS_MAX:
        # Questions in label pairs (`**1. Q.** …?` over `**A.** …`), which a rule late in the chain reads:
        # counted only for the few question headings that may be asides beside them.
        labelled = asking_blocks(doc, taken)
        if labelled:
            asides = _asides(doc, questions, entries, later + len(labelled))
    listed: dict[int, int] = {}
    if not asides and 0 < sum(1 for q in questions if q is not None) <= _ASIDES_BESIDE_LABELS_MAX:
        # Questions in lists that hold their answers (`- What is X?` over an indented answer, `- What is X? —
        # `answer``), which the numbered rule reads after this one: counted only for the few question headings.
        listed = answered_list_questions(doc, taken)
        if listed:
            asides = _asides(doc, questions, entries, later + sum(listed.values()))
    # The question headings left to this rule: those an earlier rule carded (over a marked answer) ask in
    # that rule's convention, so a lone one left over first-person prose is the writer's aside all the same.
    asked = sum(1 for q, s in zip(questions, doc.sections, strict=True) if q is not None and doc.blocks[s.block].first not in taken)
    # The levels the page asks at: its numbered series, or the headings an earlier rule read over the tab group
    # answering them (DocFX tabs); a question heading at another level over first-person prose is an aside.
    series = _numbered_series_levels(doc, questions) | frozenset(doc.derived.get(TAB_ANSWERED_LEVELS, ()))
    for index, section in enumerate(doc.sections):
        found = questions[index]
        head = doc.blocks[section.block]
        if found is None or head.first in taken or (section.level == 1 and section.title == doc.title):
            continue
        question, companies = found
        if is_signpost_question(question):
            continue  # `## What's next?` over `In part 3 we …`: the page's pointer to its next part
        own = [doc.blocks[i] for i in section.body if doc.blocks[i].kind != "hr"]
        if len(own) > 1 and own[1].kind in _LISTS and _lead_in(doc, own[0]) and all(is_question_list(doc, b) for b in own[1:]):
            continue  # `## Also worth knowing?` over `Not in the test, but:` and a list of questions: it introduces them
        # The three tests below hold only for a body made of lists (the first two are False for any other block).
        if own and own[0].kind in _LISTS:
            if all(is_question_list(doc, block) or answered_in_italics(doc, block) for block in own):
                continue  # `## What should you be able to answer?` over a list of questions: it introduces them
            if all(_link_collection(doc, block) for block in own):
                continue  # `## Where do I start?` over a list of links: navigation, not an answer
            if _FURNITURE_QUESTION.match(question) and all(b.kind in _LISTS for b in own):
                continue  # `## What will you learn?` over a list: the document's own outline
        blocks = _answer_blocks(doc, taken, index, questions)
        if labelled and not labelled.isdisjoint(blocks):
            blocks = blocks[: next(n for n, i in enumerate(blocks) if i in labelled)]  # the label pairs begin: not this answer
        if _yields_to_own_question(doc, question, blocks):
            continue
        if _WORKSHEET_STEP.match(section.title):
            # `### What do we know?` over the case's facts: a step of the group's worksheet, not a question to learn
            claims.update(claim(head.first, head.last, "skip:aside"))
            for i in blocks:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:aside"))
            continue
        if index in asides:
            # `## Why learn these?` in notes that ask in tab lines or a front matter FAQ: the writer's aside.
            claims.update(claim(head.first, head.last, "skip:aside"))
            for i in blocks:
                if i in underlined or i in labelled or i in listed or opens_numbered_italic(doc, i):
                    break  # the aside ends where the numbered questions written as headings (or labelled) begin
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:aside"))
            continue
        if (asked == 1 and _writers_aside(doc, blocks, question if doc.derived.get(QUESTIONS_SO_FAR, 0) >= _ASKED_ELSEWHERE_MIN else None)) or (
            index not in entries and _outside_numbered_series(doc, series, index) and _writers_aside(doc, blocks, question)
        ):
            # `## What went wrong this week?` over `Honestly: I keep freezing …` in a log that asks elsewhere
            claims.update(claim(head.first, head.last, "skip:aside"))
            for i in blocks:
                if doc.blocks[i].kind != "hr":
                    claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:aside"))
            continue
        if deck and _titles_a_slide(question):
            continue  # `## Sync vs async followers` in a deck that asks on its question slides: a slide's topic
        if blocks and doc.blocks[blocks[0]].kind == "blockquote" and _titles_a_quoted_question(doc, question, blocks[0]):
            continue  # `#### #455 · TreeMap vs HashMap` over `> Are we allowed to …?`: the quote asks, the heading titles it
        if blocks and doc.blocks[blocks[0]].kind == "hr":
            blocks = []  # `### Q?` + `---` + the page footer: nothing answers it before the break
        blocks = _without_page_footer(doc, blocks)
        cut_blocks, cut_line = _cut_at_bare_question(doc, blocks)
        if _introduces_questions(doc, question, blocks, cut_blocks):
            continue
        front, shown = question, None
        if len(cut_blocks) > 1 and _shows_code(doc, doc.blocks[cut_blocks[0]]) and refers_to_code(question):
            # `#### What does this function print?` + a code block + the answer: the code belongs to the question.
            shown = doc.blocks[cut_blocks[0]]
            front = f"{question}\n\n{doc.text(shown.first, shown.last).strip()}"
            cut_blocks = cut_blocks[1:]
        answer = build_answer(doc, cut_blocks, stop_line=cut_line)
        loc = doc.loc(head.first)
        if answer.empty_reason and index in entries:
            continue  # a numbered entry with nothing under it (`## 6. References` over links) asks nothing
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            claims.update(claim(head.first, head.last, "unanswered"))
            if shown is not None:
                claims.update(claim(shown.first, shown.last, "unanswered"))
            for i in answer.claimed:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
            continue
        tags = answer.tags + tuple(f"asked_by::{tag_slug(c)}" for c in companies) + topic_tags(section.path)
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, "heading", front, answer.markdown, context, tags, answer_tokens=answer.tokens))
        # The card's lines, in the order `claim` would add them, in one step.
        lines = [range(head.first, head.last)]
        if shown is not None:
            lines.append(range(shown.first, shown.last))
        for i in answer.claimed:
            block = doc.blocks[i]
            last = cut_line if (cut_line is not None and block.first <= cut_line < block.last) else block.last
            lines.append(range(block.first, last))
        claims.update(dict.fromkeys(chain.from_iterable(lines), "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asides(
    doc: Document, questions: Sequence[tuple[str, Sequence[str]] | None], entries: Mapping[int, str], more: int
) -> frozenset[int]:
    """The sections whose heading asks (`## Why learn all these?`, `### Still confused?`) in a document that
    writes its questions in another convention, one that marks them explicitly (tab lines, a front matter
    FAQ, GIFT items, clue and response, numbered questions underlined as headings …) and holds most of
    them: there a question heading is the writer's aside over prose, not a question to remember. MORE counts the
    questions of such conventions that rules later in the chain card."""
    headed = sum(1 for q in questions if q is not None)
    if not asked_elsewhere(doc, headed, more):
        return frozenset()  # the notes ask in their headings: the usual case, decided on counts alone
    return frozenset(i for i, q in enumerate(questions) if q is not None and i not in entries and _asks(q[0]))


def _asks(question: str) -> bool:
    """A heading that asks (`Still confused?`), not one that commands (`Explain …`) or compares."""
    return is_question(question) and not opens_with_command_word(question) and not is_comparison(question)


_UNDERLINE = re.compile(r"^-{3,}[ \t]*$")


def _underlined_items(doc: Document) -> frozenset[int]:
    """The blocks of numbered items written as setext headings (`1. What is …?` over `-----`), which
    CommonMark reads as a list and a rule: headings of the numbered convention, which the numbered rule
    cards after this one."""
    return frozenset(
        index
        for index, (block, after) in enumerate(zip(doc.blocks, doc.blocks[1:], strict=False))
        if block.kind == "ordered_list"
        and after.kind == "hr"
        and after.first == block.last == block.first + 1
        and _UNDERLINE.match(doc.lines[after.first]) is not None
    )


def _writers_aside(doc: Document, blocks: list[int], question: str | None = None) -> bool:
    """For the one heading question of a document (the caller checks it is the one): True when only a
    paragraph or two in the first person singular answer it (`## What went wrong this week?` over `Honestly: I keep freezing …`): the writer's note
    to self among notes that ask in another form (a log's table, its lists), not a question to learn. With
    QUESTION, the heading's own words may carry the first person instead (`## Why did I collect these?` over
    `After the third interview …`, a language that leaves the pronoun to the verb)."""
    blocks = [i for i in blocks if doc.blocks[i].kind != "hr"]
    if not 1 <= len(blocks) <= _ASIDE_BLOCKS_MAX or any(doc.blocks[i].kind != "paragraph" for i in blocks):
        return False
    if question is not None and _FIRST_PERSON_SINGULAR.search(question) is not None:
        return True
    return all(_FIRST_PERSON_SINGULAR.search(doc.block_text(i)) is not None for i in blocks)


# `1. Why …?`, `12) …`: a heading numbered as one of a series.
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,3}[.)]\s")
_SERIES_MIN = 3


def _numbered_series_levels(doc: Document, questions: Sequence[tuple[str, Sequence[str]] | None]) -> frozenset[int]:
    """The levels of the page's numbered question headings (`#### 1. …?` to `#### 14. …?`) when they are three
    at least and most of the question headings: the series the page asks in (empty otherwise)."""
    levels = [s.level for s, q in zip(doc.sections, questions, strict=True) if q is not None and _NUMBERED_TITLE.match(s.title)]
    asking = sum(1 for q in questions if q is not None)
    return frozenset(levels) if len(levels) >= _SERIES_MIN and 2 * len(levels) > asking else frozenset()


def _outside_numbered_series(doc: Document, series: frozenset[int], index: int) -> bool:
    """The question heading INDEX is unnumbered and at another level than the SERIES of levels the page asks
    in (`_numbered_series_levels`, or its headings answered by tab groups): it is no item of that series."""
    return bool(series) and doc.sections[index].level not in series and not _NUMBERED_TITLE.match(doc.sections[index].title)


_ASIDE_BLOCKS_MAX = 2
# Questions earlier rules asked in their own convention: beside as many, a lone heading question in the first
# person (`### What should I practise next?` under a log of solution posts) is the writer's aside, whoever its
# short answer speaks of.
_ASKED_ELSEWHERE_MIN = 2
_ASIDES_BESIDE_LABELS_MAX = 2
# The writer speaking of themself: `I`, `I'm`, `my`, `mine`, `myself`; `ich`, `mein`; `je`, `j'`; `yo`; `я`, `мне`, `мій`; `mnie`, `mój`; `我`.
_FIRST_PERSON_SINGULAR = re.compile(
    r"\bI(?:['’](?:m|ve|d|ll))?\b|(?i:\b(?:my|mine|myself|ich|mein\w*|je|yo|я|мой|моя|моё|мне|мій|мене|mnie|mój|moj[aeu])\b|\bj['’](?=\w))|我"
)
_FOOTER_LINE_MAX = 160
_FOOTER_BLOCKS_MAX = 2


_TIP_OPENING = re.compile(r"^ {0,3}\?>[ \t]")
_BOLD_ONLY = re.compile(r"^ {0,3}(\*\*|__)[^*_\n].*\1[ \t]*$")


def _closing_asides(
    doc: Document, questions: Sequence[tuple[str, Sequence[str]] | None], entries: Mapping[int, str], later: int
) -> frozenset[int]:
    """The question headings below the last paragraph that opens with a question in bold, on a page whose
    questions are such paragraphs (`**Which HTTP methods are idempotent?**` under topic headings, which the
    bold-question rule cards after this one): the page's closing signpost once its questions are over
    (`## Questions about this page?` over a contact line, `### Ready for the exam?` over a sign-off), the
    writer's aside. A question heading above or among the bold questions stays a question."""
    bold = [
        block.first
        for block in doc.blocks
        if block.kind == "paragraph" and _may_open_in_bold(doc.lines[block.first]) and asks_in_paragraph(doc, block)
    ]
    if not bold:
        return frozenset()
    asides = _asides(doc, questions, entries, later + len(bold))
    return frozenset(i for i in asides if doc.blocks[doc.sections[i].block].first > bold[-1])


def tip_answered_questions(doc: Document) -> int:
    """How many bold question paragraphs a docsify tip box answers (`**What does `no-store` mean?**` over
    `?> Nothing may be written …`): the paragraphs that open with `?>`, right under a paragraph that is only
    bold text."""
    if not text_holds(doc, "?>"):
        return 0
    count = 0
    for index in range(1, len(doc.blocks)):
        block, above = doc.blocks[index], doc.blocks[index - 1]
        if block.kind != "paragraph" or above.kind != "paragraph" or not _TIP_OPENING.match(doc.lines[block.first]):
            continue
        if above.last - above.first == 1 and _BOLD_ONLY.match(doc.lines[above.first]):
            count += 1
    return count


def _without_page_footer(doc: Document, blocks: list[int]) -> list[int]:
    """The answer blocks without the page footer that ends the document after a rule (`---` then `Still
    stuck? Ask on [Discord](…)`, `Made with ❤️ by …`): one or two one-line paragraphs after the last `---`
    of the last section belong to the page, not to its last answer."""
    if len(blocks) < 3 or blocks[-1] != len(doc.blocks) - 1:
        return blocks
    rule = max((n for n, i in enumerate(blocks) if doc.blocks[i].kind == "hr"), default=None)
    if rule is None or rule == 0 or len(blocks) - rule - 1 > _FOOTER_BLOCKS_MAX:
        return blocks
    for i in blocks[rule + 1 :]:
        block = doc.blocks[i]
        if block.kind != "paragraph" or block.last - block.first != 1 or len(doc.lines[block.first]) > _FOOTER_LINE_MAX:
            return blocks
    return blocks[:rule]


def _answer_blocks(doc: Document, taken: Mapping[int, str], index: int, questions: Sequence[object]) -> list[int]:
    section = doc.sections[index]
    blocks = [i for i in section.body]
    for later in range(index + 1, len(doc.sections)):
        sub = doc.sections[later]
        if sub.level <= section.level or questions[later] is not None:
            break
        blocks.append(sub.block)
        blocks.extend(sub.body)
    if not taken:
        return blocks  # nothing claimed yet (no explicit cards, boxes or details above): every block is free
    return [i for i in blocks if is_free(doc, taken, i)]


def _cut_at_bare_question(doc: Document, blocks: list[int]) -> tuple[list[int], int | None]:
    """Stop the answer where a bare question line starts (seed-style `How does X work?` lines)."""
    for n, i in enumerate(blocks):
        block = doc.blocks[i]
        if block.kind != "paragraph":
            continue  # both tests below ask only in a paragraph
        if n > 0 and _asks_in_paragraph(doc, block):
            # `**Q:** What is …?` / `**What is …?**` after the answer: the next question, not more answer.
            # (Right under the heading, it is the heading question's own sub-question and stays with it.)
            return blocks[:n], None
        line = first_question_line(doc, block)
        if line is None:
            continue
        if line == block.first:
            return blocks[:n], None
        return blocks[: n + 1], line
    return blocks, None


def _asks_in_paragraph(doc: Document, block: Block) -> bool:
    """`questions.asks_in_paragraph` of a paragraph, its tokens read only when its first line may open in
    bold, in italics or with an HTML tag (`_may_open_in_bold`); else only a plain label can make it ask."""
    line = doc.lines[block.first]
    return asks_in_paragraph(doc, block) if _may_open_in_bold(line) else asks_by_plain_label(line)


def _may_open_in_bold(line: str) -> bool:
    """False only when `questions.question_paragraph` of a paragraph starting on LINE is None: a bold, italic
    or `<b>` question opens the paragraph's inline text (its lines stripped) with `*`, `_` or `<`."""
    head = line.lstrip()
    return not head or head[0] in "*_<"


_MIN_OWN_QUESTIONS = 2


def _lead_in(doc: Document, block: Block) -> bool:
    """A one-paragraph lead-in to what follows: a paragraph whose last line ends with a colon."""
    return block.kind == "paragraph" and doc.lines[block.last - 1].rstrip().endswith((":", "："))


def _introduces_questions(doc: Document, question: str, blocks: list[int], cut_blocks: list[int]) -> bool:
    """True for a heading that asks nothing itself (`## Abstraction vs Interface`, no `?`) over a theory
    paragraph and then its section's own bold questions (`**Q9: …?**` + answer, two or more): the heading
    is the topic of those questions and the paragraph their context, not a card."""
    if question.rstrip().endswith(("?", "？")) or cut_blocks == blocks or not cut_blocks:
        return False
    rest = blocks[len(cut_blocks) :]
    return sum(1 for i in rest if asks_in_paragraph(doc, doc.blocks[i])) >= _MIN_OWN_QUESTIONS


def _yields_to_own_question(doc: Document, question: str, blocks: list[int]) -> bool:
    """True for a heading that does not ask with a `?` (`## Process vs Thread`, `## Paging`) whose body opens
    with an explicit question line (`**Q: What is the difference between …?**`, `**Why …?**`): that line is
    the author's question, whatever shape its answer takes (a table, code, a list), and the heading only its
    topic."""
    if not blocks or question.rstrip().endswith(("?", "？")):
        return False
    return asks_in_paragraph(doc, doc.blocks[blocks[0]])


_ENTRY_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+\S")
_NOT_ENTRY = re.compile(
    r"^(?:contents|table of contents|introduction|intro|overview|summary|conclusion|references|resources|"
    r"further reading|links|license|licence|acknowledg(?:e)?ments|contributing|appendix|about|preface|notes)$",
    re.I,
)
_MIN_ENTRIES = 3


def _numbered_entries(doc: Document, questions: Sequence[object]) -> dict[int, str]:
    """Numbered topic headings among numbered question headings (`## 14. Gradient boosting` between
    `## 13. What is …?` entries): the numbering says each heading is an entry of the same Q&A, so they
    are cards too. At a heading level where at least three headings are numbered and at least half of
    those ask, every numbered heading that does not ask becomes an entry (its cleaned title the question);
    elsewhere a topic heading is left to the topic rule."""
    by_level: dict[int, list[int]] = {}
    for index, section in enumerate(doc.sections):
        if _ENTRY_NUMBER.match(section.title):
            by_level.setdefault(section.level, []).append(index)
    entries: dict[int, str] = {}
    for indices in by_level.values():
        if len(indices) < _MIN_ENTRIES:
            continue
        titles = {i: _entry_title(doc, i) for i in indices if questions[i] is None}
        asking = len(indices) - len(titles)
        # `#### 1. What is the output of below code`, `### 12. How to reverse a list`: a question word opens
        # them, the numbering shows they are entries; they ask when, with the headings that ask, they make
        # most of the numbered headings of their level.
        worded = [i for i, title in titles.items() if opens_with_question_word(title)]
        if 2 * (asking + len(worded)) > len(indices):
            entries.update((i, titles[i]) for i in worded)
        if 2 * asking < len(indices):
            continue
        for i, title in titles.items():
            if title and not _NOT_ENTRY.match(clean_heading(doc.sections[i].title).strip(" :.")):
                entries[i] = title
    return entries


def _entry_title(doc: Document, index: int) -> str:
    inline = doc.inline(doc.blocks[doc.sections[index].block])
    return clean_question(inline.content if inline is not None else doc.sections[index].title)[0]


_LISTS = ("bullet_list", "ordered_list")
_ITEM_LINK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?\[[^\]]+\]\([^)]+\)")
# Questions a README asks about itself: where to start, what the reader will learn, why the list exists.
# `What do we know?`, `What do I already know?`, `What do we need to know? → Learning issues`, `What did we learn?`,
# `Was wissen wir?`, `¿Qué sabemos?`, `Que savons-nous ?`, `Что мы знаем?`: the steps of a group's or a reader's
# worksheet (know / need to know / learned), asking what the writers themselves know, about nothing named.
_WORKSHEET_STEP = re.compile(
    r"^[\W_]*(?:what\s+(?:do|did|have|should|can)\s+(?:we|i)\s+(?:already\s+)?"
    r"(?:know|need\s+to\s+(?:know|find\s+out)|want\s+to\s+know|learn(?:ed|t)?)"
    r"|was\s+wissen\s+wir(?:\s+(?:schon|bereits))?|was\s+m[üu]ssen\s+wir\s+(?:noch\s+)?wissen"
    r"|qu[ée]\s+(?:sabemos|necesitamos\s+saber)|que\s+savons[-\s]nous|qu['’]est-ce\s+que\s+nous\s+savons"
    r"|что\s+мы\s+(?:уже\s+)?знаем|что\s+нам\s+нужно\s+(?:узнать|знать))"
    r"[ \t]*[?？](?:[ \t]*(?:→|->|[-–—:])[^\n]*)?$",
    re.I,
)
_FURNITURE_QUESTION = re.compile(
    r"^\s*(?:(?:where|how)\s+(?:do|should|can|to)\s+(?:i\s+|you\s+|we\s+)?(?:start|begin|get\s+started|contribute)"
    r"|what\s+(?:will|do|should|can)\s+(?:i|you|we)\s+(?:learn|need|find)"
    r"|why\s+(?:this|these)\s+(?:list|repo|repository|guide|book|project|notes|collection))\b",
    re.I,
)


def _link_collection(doc: Document, block: Block) -> bool:
    """A list whose every item opens with a link (`1. [Handbook](https://…) — the best start`)."""
    if block.kind not in _LISTS:
        return False
    maps = [t.map for t in doc.tokens[block.start : block.end] if t.type == "list_item_open" and t.level == 1]
    lines = [doc.lines[m[0]] for m in maps if m]
    return bool(lines) and all(_ITEM_LINK.match(line) for line in lines)


_PROSE_FENCES = frozenset({"text", "txt", "plain", "plaintext", "markdown", "md", "answer", "solution", "output"})


def _shows_code(doc: Document, block: Block) -> bool:
    """A fence of code (not an answer container such as ```` ```text ```` or ```` ```answer ````)."""
    if block.kind != "fence":
        return False
    info = doc.tokens[block.start].info.strip().split(maxsplit=1)
    return bool(info) and info[0].lower() not in _PROSE_FENCES


def _code_questions(doc: Document, questions: Sequence[object]) -> dict[int, str]:
    """`### What is the output of the following code:` over a code block and its answer: a title that opens
    with a question word and points at the code right under it asks, even without its `?`."""
    found: dict[int, str] = {}
    for index, section in enumerate(doc.sections):
        if questions[index] is not None or len(section.body) < 2:  # the code, then its answer
            continue
        title = _entry_title(doc, index)
        if opens_with_question_word(title) and refers_to_code(title) and _shows_code(doc, doc.blocks[section.body[0]]):
            found[index] = title
    return found


_TERM_MAX_WORDS = 4
_TERM_ANSWER_MAX = 400
_MIN_ASKING = 3


def _term_entries(doc: Document, questions: Sequence[object]) -> dict[int, str]:
    """A term heading defined by one paragraph among question headings (`### Therapeutic index` +
    `Ratio of TD50 to ED50 …` between `### What is half-life?` entries): an entry of the same Q&A, its term
    the question. Only where at least three headings of its level ask and at most one in four does not, so
    a handbook's section titles stay topics; the term is a leaf section of a few words (no label, no
    `Introduction`/`Summary`, no command word) whose whole body is one short paragraph that does not introduce
    what follows, beside at least one question heading of the same parent."""
    entries: dict[int, str] = {}
    for i, title, leaf, body, beside in _among_questions(doc, lambda i: questions[i] is not None):
        if not leaf or len(body) != 1 or not (doc.blocks[body[0]].kind == "paragraph" or _short_list(doc, body[0])):
            continue
        if not beside:
            continue  # `## Contributing` › `### Code of conduct` after a `## FAQ`: no question beside it
        text = doc.block_text(body[0]).strip()
        if (
            not title
            or len(title.split()) > (_TERM_MAX_WORDS if doc.blocks[body[0]].kind == "paragraph" else _TOPIC_LIST_MAX_WORDS)
            or ":" in title
            or _names_a_task(title)
            or len(text) > _TERM_ANSWER_MAX
            or text.endswith((":", "："))
        ):
            continue
        entries[i] = _entry_title(doc, i)
    return entries


def _among_questions(doc: Document, asks: Callable[[int], bool]) -> Iterator[tuple[int, str, bool, list[int], bool]]:
    """The headings that do not ask (ASKS, by section index) among the headings of their level most of which
    do: at least `_MIN_ASKING` ask and at most one in four does not, page parts such as `## Summary` or
    `## References` neither counting nor given. For each, in order: its index, its clean title, whether it
    is a leaf, its body's blocks but rules, and whether a heading under the same parent asks."""
    by_level: dict[int, list[int]] = {}
    for index, section in enumerate(doc.sections):
        by_level.setdefault(section.level, []).append(index)
    for level, indices in by_level.items():
        asking = [i for i in indices if asks(i)]
        others = [i for i in indices if not asks(i) and not _NOT_ENTRY.match(clean_heading(doc.sections[i].title).strip(" :."))]
        if len(asking) < _MIN_ASKING or not others or 4 * len(others) > len(asking) + len(others):
            continue
        asking_parents = {doc.sections[a].parent for a in asking}
        for i in others:
            section = doc.sections[i]
            leaf = i + 1 >= len(doc.sections) or doc.sections[i + 1].level <= level
            body = [b for b in section.body if doc.blocks[b].kind != "hr"]
            yield i, clean_heading(section.title).strip(), leaf, body, section.parent in asking_parents


_STATEMENT_MAX_WORDS = 14
_STATEMENT_MAX_BLOCKS = 4
_STATEMENT_ANSWER_MAX = 1200
_STATEMENT_EXTRAS = frozenset({"blockquote", "fence", "code_block", "bullet_list", "ordered_list", "paragraph"})


def _statement_entries(doc: Document, questions: Sequence[object], found: Mapping[int, str]) -> dict[int, str]:
    """A symptom or problem heading among question headings of an FAQ (`### Build hangs on a large
    monorepo` between `### How do I …?` entries) answered by a paragraph and what illustrates it: a note
    box or alert (`> [!NOTE]`), a code block, a short list. Same gate as the term entries (at least three
    headings of its level ask, at most one in four does not, a question beside it under the same parent);
    the title is a statement of a few words to a sentence (no label `Note:`, no command or question word,
    no page part like `Summary`), a leaf whose body opens with a paragraph that does not introduce a list
    and stays short."""
    entries: dict[int, str] = {}
    for i, title, leaf, body, beside in _among_questions(doc, lambda i: questions[i] is not None or i in found):
        if not leaf or not body or len(body) > _STATEMENT_MAX_BLOCKS or not beside:
            continue
        if doc.blocks[body[0]].kind != "paragraph" or any(doc.blocks[b].kind not in _STATEMENT_EXTRAS for b in body):
            continue
        if any(is_question_list(doc, doc.blocks[b]) or _link_collection(doc, doc.blocks[b]) for b in body):
            continue
        opening = doc.block_text(body[0]).strip()
        words = title.split()
        if (
            len(words) < 2
            or len(words) > _STATEMENT_MAX_WORDS
            or ":" in title
            or _names_a_task(title)
            or opening.endswith((":", "："))
            or sum(len(doc.block_text(b)) for b in body) > _STATEMENT_ANSWER_MAX
        ):
            continue
        entries[i] = _entry_title(doc, i)
    return entries


def _short_list(doc: Document, index: int) -> bool:
    """True when block `index` is a short bullet list of facts (`- Binds D-Ala-D-Ala …`, `- Toxicities: …`),
    the way a term heading among question headings is answered as often as by a paragraph; a list of
    questions or links answers nothing."""
    block = doc.blocks[index]
    if block.kind != "bullet_list" or block.last - block.first > _TERM_LIST_LINES:
        return False
    if len(doc.block_text(index).strip()) > _TERM_ANSWER_MAX:
        return False
    return not is_question_list(doc, block) and not _link_collection(doc, block)


_TERM_LIST_LINES = 8
# A title over a list of facts names a topic and what is told of it (`Vancomycin mechanism and toxicities`).
_TOPIC_LIST_MAX_WORDS = 6


def _names_a_task(title: str) -> bool:
    """`Beschreiben von Protokollen`, `Explaining recursion`: a title led by a command or question word names
    a task, never a term to define."""
    return opens_with_command_word(title) or opens_with_question_word(title)


def _titles_a_quoted_question(doc: Document, question: str, quote: int) -> bool:
    """True when a heading that asks without a question mark (`TreeMap vs HashMap`, a forum post's title) is
    followed by a one-paragraph blockquote that asks with one: the quote is the question (the quoted-question
    rule's), the heading only its title."""
    if question.rstrip().endswith(("?", "？")):
        return False
    block = doc.blocks[quote]
    if sum(1 for t in doc.tokens[block.start : block.end] if t.type == "paragraph_open") != 1:
        return False
    text = doc.block_text(quote).rstrip()
    return text.endswith(("?", "？")) and len(text) <= _QUOTED_QUESTION_MAX


_QUOTED_QUESTION_MAX = 600


def _titles_a_slide(question: str) -> bool:
    """True when a heading asks only by naming a comparison (`Sync vs async followers`, no `?`, no question
    or command word): in a deck whose question slides have answer slides, such a heading titles a slide."""
    return not question.rstrip().endswith(("?", "？")) and is_comparison(question) and not is_question(question)
