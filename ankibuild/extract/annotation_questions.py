"""Reading notes made of annotations, each a highlighted passage, the link back to its page, and the reader's
comment after it; a comment behind a question label asks, and the passage above it answers:

    "Osmosis moves water towards the higher solute concentration." ([Campbell, 2020, p. 12](zotero://…))
    ([pdf](zotero://open-pdf/…)) Q: which way does water move in osmosis?

    "A line kept for its wording." ([Campbell, 2020, p. 14](zotero://…)) nice phrase

    Q: what does the loop of Henle do? — not highlighted yet ([Campbell, 2020, p. 30](zotero://…))

Reference managers (Zotero's "note from annotations", and the tools that copy it) write each annotation as a
paragraph: the passage (in quotes, or an image), then one link or more in brackets (`([Author, year, p. N](…))`,
`([pdf](…))`), then the comment.

1. **A card.** A comment that opens with a question label (`Q :`, `Question:`, `Frage:`, `Вопрос:`, up to three
   words between the label and its colon: `Question for the tutorial:`) is the question, up to its last
   question mark (what follows is an aside); the passage before the links is the answer.
2. **Unanswered.** A paragraph that opens with such a label and ends with its links (the reader asked
   about a page without highlighting it) is reported `unanswered`.
3. **The rest.** The page is read so only with two annotations or more whose comment asks over a passage;
   then its annotations whose comment asks nothing are skipped. The rule runs before the explicit `Q:`
   lines, which would take a label opening such a paragraph for theirs.

E-reader highlight exports (the Kindle plugins' templates) spell the same layout otherwise: the passage is a
paragraph ending with its location link, and the reader's notes are the bullet list right under it, each item
behind a note mark (`📝`, `🗒`):

    Osmosis moves water towards the higher solute concentration. — location: [412](kindle://…&location=412)

    - 📝 Which way does water move in osmosis?
    - 📝 ⏳ Does it need energy? — not in this book

A note that asks (up to its last question mark) is a card whose answer is the passage above; a pending mark
after the note mark (`⏳`, `⌛`, `🚧`) reports it `unanswered`; a note that asks nothing (`great line`) and its
passage are skipped, so a question quoted from the book is no card. As above, the page is read so only with two
notes or more that ask over a passage.

Obsidian's PDF++ writes each highlight as a callout whose title links back to the page; the passage is quoted
inside it and the reader's comment stands under the quote:

    > [!PDF|yellow] [[Campbell.pdf#page=12&selection=3,0,5,12|Campbell, p.12]]
    > > Osmosis moves water towards the higher solute concentration.
    >
    > Which way does water move in osmosis?

A comment that asks (`is_question`: a question mark, a command such as `Define …`) is the question, up to its
last question mark, and the passage answers it. An empty passage (the highlight did not copy), or a note to
ask in class after the question (`→ ask Dr. Lee in Monday's lecture`), leaves it `unanswered`; a callout
without a comment, or whose comment asks nothing (a reminder), is skipped. Read where two comments or more
ask over a passage; a callout titled by plain words (`> [!note] Quote`) is no highlight.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import block_card, empty_reason, note_to_self_reason
from .document import Block, Document, block_kinds, lazy_pattern, list_items, text_holds
from .questions import QUESTION_LABEL_WORDS, is_question

CONVENTION = "annotation-question"

_MIN_ASKED = 2
# `([Morvan, 2019, p. 23](zotero://select/…)) ([pdf](zotero://open-pdf/…))`: the links in brackets after a
# passage, one or more.
_LINKS = lazy_pattern(r"(?:[ \t]*\(\[[^\]\n]+\]\([^()\s]+\)\))+")
# `Q :`, `Question:`, `Question for the tutorial:`: a question label, up to three words before its colon.
_LABEL = lazy_pattern(r"^[ \t]*(?:" + QUESTION_LABEL_WORDS + r")(?:[ \t]+[^\s:：]+){0,3}[ \t]*[:：](?!:)[ \t]*", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from annotations whose comment asks (see the module docstring)."""
    results = [_linked_annotations(doc, taken)]
    results.append(_noted_highlights(doc, {**taken, **results[0].claims}))
    results.append(_highlight_callouts(doc, {**taken, **results[0].claims, **results[1].claims}))
    made = [result for result in results if result.claims]
    if len(made) <= 1:
        return made[0] if made else results[0]
    return RuleResult(
        tuple(d for r in made for d in r.drafts),
        tuple(d for r in made for d in r.diagnostics),
        {n: reason for r in made for n, reason in r.claims.items()},
    )


def _linked_annotations(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paragraphs of a passage, its links in brackets and a comment behind a question label."""
    if not (text_holds(doc, "([") and text_holds(doc, "))")):
        return RuleResult()  # no link in brackets: nearly every document
    found: list[tuple[int, str, str] | tuple[int, None, None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        if "([" not in text or (links := _LINKS.search(text)) is None:
            continue
        found.append((index, *_asked(text[: links.start()].strip(), text[links.end() :].strip())))
    if sum(1 for _index, question, answer in found if question and answer) < _MIN_ASKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    for index, question, answer in found:
        block = doc.blocks[index]
        if question is None or answer is None:
            claims.update(claim(block.first, block.last, "skip:annotation"))
            continue
        reason = empty_reason(answer) if answer else "no answer"
        block_card(doc, CONVENTION, index, block.last, question, answer, reason, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asked(passage: str, comment: str) -> tuple[str, str] | tuple[None, None]:
    """The question and the answer of an annotation with PASSAGE before its links and COMMENT after them
    (the answer empty where the label opens the passage's place); (None, None) when it asks nothing."""
    if (label := _LABEL.match(comment)) is not None:
        question = _up_to_question_mark(comment[label.end() :])
        return (question, passage) if question else (None, None)
    if not comment and (label := _LABEL.match(passage)) is not None:
        question = _up_to_question_mark(passage[label.end() :])
        return (question, "") if question else (None, None)
    return None, None


def _up_to_question_mark(text: str) -> str:
    """TEXT up to its last question mark (an aside after it is no part of what is asked), all of it when it
    has none."""
    text = " ".join(text.split())
    end = max(text.rfind("?"), text.rfind("？"))
    return text[: end + 1].strip() if end >= 0 else text.strip()


# The marks an e-reader export puts before each of the reader's notes under a highlight.
_NOTE_MARKS = ("📝", "🗒")
# `- 📝 ⏳ How many …?`: a list item opening with a note mark, perhaps a pending mark after it.
_NOTE_ITEM = lazy_pattern(r"^[ \t]*[-*+][ \t]+(?:📝|🗒)\ufe0f?[ \t]*(?P<pending>[⏳⌛🚧]\ufe0f?[ \t]*)?")
# `… against the state. — location: [1517](kindle://…)`: the location link closing a highlight, with the label
# and the dash before it.
_LOCATION_LINK = lazy_pattern(
    r"[ \t]*(?:[-–—][ \t]*)?(?:[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*[:：][ \t]*)?\[[^\]\n]+\]\([^()\s]+\)[ \t]*$"
)


def _noted_highlights(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from highlights closed by their location link, asked by the note list under them."""
    if not any(text_holds(doc, mark) for mark in _NOTE_MARKS):
        return RuleResult()  # no note mark: nearly every document
    found: list[tuple[int, int, str, list[tuple[int, int, str | None, bool]]]] = []
    for index, block in enumerate(doc.blocks[:-1]):
        notes_at = index + 1
        if block.kind != "paragraph" or doc.blocks[notes_at].kind != "bullet_list":
            continue
        text = doc.block_text(index).strip()
        if not text.endswith(")") or (link := _LOCATION_LINK.search(text)) is None or not text[: link.start()].strip():
            continue
        if not is_free(doc, taken, index) or not is_free(doc, taken, notes_at):
            continue
        notes = _notes(doc, doc.blocks[notes_at])
        if notes is not None:
            found.append((index, notes_at, text[: link.start()].strip(), notes))
    if sum(1 for *_, notes in found for _first, _last, question, pending in notes if question and not pending) < _MIN_ASKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    for index, notes_at, passage, notes in found:
        passage_block = doc.blocks[index]
        asked = any(question for _first, _last, question, _pending in notes)
        claims.update(claim(passage_block.first, doc.blocks[notes_at].first, "card" if asked else "skip:annotation"))
        for first, last, question, pending in notes:
            if question is None:
                claims.update(claim(first, last, "skip:annotation"))
                continue
            reason = "placeholder" if pending else empty_reason(passage)
            block_card(doc, CONVENTION, notes_at, last, question, passage, reason, made, at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _notes(doc: Document, block: Block) -> list[tuple[int, int, str | None, bool]] | None:
    """The notes of a list whose items all open with a note mark: (first line, line after, the question up to
    its last question mark or None when it asks nothing, whether it is marked pending); None for another list."""
    notes: list[tuple[int, int, str | None, bool]] = []
    for first, last in list_items(doc, block):
        mark = _NOTE_ITEM.match(doc.lines[first])
        if mark is None:
            return None
        text = " ".join([doc.lines[first][mark.end() :], *doc.lines[first + 1 : last]])
        asks = "?" in text or "？" in text
        notes.append((first, last, _up_to_question_mark(text) if asks else None, mark.group("pending") is not None))
    return notes


# `> [!PDF|yellow] [[Book.pdf#page=41&selection=…|Book, p.41]]`: a callout whose title links back to the page.
_CALLOUT_HEAD = lazy_pattern(r"^[ \t]*>[ \t]*\[![\w-]+(?:\|[^\]\n]*)?\][+-]?[ \t]+(?:\[\[[^\]\n]+\]\]|\[[^\]\n]+\]\([^()\s]+\))")
_QUOTE_MARK = lazy_pattern(r"^[ \t]*>[ \t]?")


def _highlight_callouts(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from highlight callouts: the passage quoted inside, the reader's comment under it asking."""
    if not text_holds(doc, "[!") or "blockquote" not in block_kinds(doc):
        return RuleResult()  # no callout: nearly every document
    found: list[tuple[int, str, str]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "blockquote" or not is_free(doc, taken, index) or not _CALLOUT_HEAD.match(doc.lines[block.first]):
            continue
        parts = _callout_parts([_QUOTE_MARK.sub("", line, count=1) for line in doc.lines[block.first + 1 : block.last]])
        if parts is not None:
            found.append((index, *parts))
    asked = [(index, passage, comment) for index, passage, comment in found if is_question(comment)]
    if sum(1 for _index, passage, _comment in asked if passage) < _MIN_ASKED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    for index, passage, comment in found:
        block = doc.blocks[index]
        if not is_question(comment):
            claims.update(claim(block.first, block.last, "skip:annotation"))
            continue
        question = _up_to_question_mark(comment)
        aside = comment[len(question) :].strip() if comment.startswith(question) else ""
        reason = note_to_self_reason(passage) if passage else "no answer"
        if reason is None and aside:
            reason = note_to_self_reason(aside)
        block_card(doc, CONVENTION, index, block.last, question, passage, reason, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _callout_parts(body: list[str]) -> tuple[str, str] | None:
    """The passage and the comment of a highlight callout's BODY (its lines, one quote level off): the quoted
    lines that open it, then the lines after them (blank lines between); None for another shape."""
    quoted = 0
    while quoted < len(body) and body[quoted].lstrip().startswith(">"):
        quoted += 1
    if not quoted:
        return None
    rest = body[quoted:]
    if any(line.lstrip().startswith(">") for line in rest):
        return None
    passage = "\n".join(_QUOTE_MARK.sub("", line, count=1) for line in body[:quoted]).strip()
    return passage, " ".join(" ".join(rest).split())
