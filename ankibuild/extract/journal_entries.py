"""Journal entries: a diary exported entry by entry (Day One and the like), where the writer lists questions in
one entry and answers them in a later one, under a title that repeats the question's key words.

        Date:   3 March 2024 at 22:41 GMT              Fecha:      3 de marzo de 2024
        Tags:   chemistry                              Etiquetas:  química

    Things to find out:                            Preguntas:
    \\- Why does ice float on water?                \\- ¿Por qué flota el hielo?

        Date:   5 March 2024 at 08:00 GMT              Fecha:      5 de marzo de 2024

    **Floating ice** — ice is less dense …          **Hielo que flota**: el hielo es menos denso …

(The header lines are indented by a tab, with a tab after each label.)

1. **Entries.** Each entry opens with a block of metadata fields indented as code (`<tab>Label:<tab>value`
   on every line); two entries at least.
2. **Questions** are the lines of an entry's paragraphs (or list items) that end with a question mark and
   either open with a list mark, escaped or not (`\\- …?`, `1\\. …?`, under a line that ends with a colon), or
   with a short label and a colon (`Question: …?`, `Also: …?`), the mark or label dropped. A prose line
   that asks with neither (a rhetorical question) is no card.
3. **Answers.** A line right under a question opening with an arrow (`→ …`, `-> …`) answers it. Otherwise a
   paragraph of a LATER entry answers it when it opens with a title, in bold (`**Betelgeuse vs Rigel** —
   …`, after a short lead such as `Quick one:` too) or plain and closed by a colon (`Surface brightness:
   …`), whose every word of four letters or more is one of the question's words (or shares its first five
   letters with one: `twinkling`, `twinkle`). The text after the title is the back; the first unanswered
   question that matches gets it.
4. A question nothing answers is `unanswered`. Read where two questions or more are answered.

Context: the cleaned heading path of the section holding the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, blocks_of_kind, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "journal-entry"

# `<tab>Date:<tab>3 March 2024 …`: a metadata field of an entry's header.
_FIELD = lazy_pattern(r"^[ \t]*[^\W\d_][^\t:\n]{0,24}:\t+\S")
# `\- …?`, `- …?`, `1\. …?`, `2) …?`: a list item that asks.
_ITEM = lazy_pattern(r"^[ \t]*(?:\\?[-*+]|\d{1,3}\\?[.)])[ \t]+(?P<q>\S.*[?？])[ \t]*$")
# `Question: …?`, `Also: …?`: a short label, a colon and a question.
_LABELLED = lazy_pattern(r"^[ \t]*(?P<label>[^\W\d_][^:\n*?]{0,60}?):[ \t]+(?P<q>\S.*[?？])[ \t]*$")
_MAX_LABEL_WORDS = 6
# `→ …`, `-> …`, `=> …`: an answer right under its question.
_ARROW = lazy_pattern(r"^[ \t]*(?:→|->|=>|⇒)[ \t]*(?P<a>\S.*)$")
# `**Title** — …`, `Lead: **Title** = …`, `**Title:** …`: a paragraph opening with a bold title.
_BOLD_TITLE = lazy_pattern(
    r"^(?:[^*\n:]{1,24}:[ \t]+)?\*\*(?P<title>[^*\n]{1,60}?)(?P<colon>:)?\*\*[ \t]*(?(colon)|(?:[—–=:]|--?))[ \t]*(?P<rest>\S[\s\S]*)$"
)
# `Title: …`: a paragraph opening with a plain title closed by a colon.
_PLAIN_TITLE = lazy_pattern(r"^(?P<title>[^\W\d_][^:\n*]{0,40}?):[ \t]+(?P<rest>\S[\s\S]*)$")
_WORD = re.compile(r"[^\W\d_]+")
_KEY_LENGTH = 4
_STEM = 5
_MIN_ANSWERED = 2


@dataclass(slots=True)
class _Question:
    line: int
    """Its source line."""
    text: str
    """The question, mark or label dropped."""
    entry: int
    """The entry it is asked in."""
    block: int
    """The paragraph holding it."""
    answer: str = ""
    """The back, once found."""
    answer_lines: tuple[int, int] | None = None
    """The lines of the paragraph answering it, when not its own."""


def _may_hold_entries(doc: Document) -> bool:
    """False only when no metadata field (a colon and a tab) stands in an indented code block."""
    return bool(blocks_of_kind(doc, "code_block")) and text_holds(doc, ":\t")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions a journal answers in a later entry (see the module docstring)."""
    if not _may_hold_entries(doc):
        return RuleResult()  # no entry header: nearly every document
    headers = [i for i in blocks_of_kind(doc, "code_block") if _is_header(doc, i)]
    if len(headers) < 2:
        return RuleResult()
    entry_of: dict[int, int] = {}
    for k, start in enumerate(headers):
        end = headers[k + 1] if k + 1 < len(headers) else len(doc.blocks)
        for index in range(start + 1, end):
            entry_of[index] = k
    questions: list[_Question] = []
    titled: list[tuple[int, str, str]] = []  # block, title, rest
    for index, k in entry_of.items():
        block = doc.blocks[index]
        if block.kind not in ("paragraph", "bullet_list", "ordered_list") or not is_free(doc, taken, index):
            continue
        found = _questions(doc, index, k)
        questions.extend(found)
        if not found and block.kind == "paragraph":
            text = doc.text(block.first, block.last).strip()
            opening = _BOLD_TITLE.match(text) or _PLAIN_TITLE.match(text)
            if opening is not None and not opening.group("rest").rstrip().endswith(("?", "？")):
                titled.append((index, opening.group("title"), opening.group("rest").strip()))
    for index, title, rest in titled:
        keys = _keys(title)
        if not keys:
            continue
        for question in questions:
            if question.answer or entry_of[index] <= question.entry or not _matches(keys, question.text):
                continue
            block = doc.blocks[index]
            question.answer, question.answer_lines = rest, (block.first, block.last)
            break
    answered = [q for q in questions if q.answer]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for question in questions:
        loc = doc.loc(question.line)
        path = heading_path(doc, question.block)
        if question.answer:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question.text, question.answer, context, topic_tags(path)))
            if question.answer_lines is not None:
                claims.update(claim(*question.answer_lines, "card"))
        else:
            diagnostics.append(unanswered(loc, question.text, "no answer"))
        block = doc.blocks[question.block]
        for line in range(block.first, block.last):
            claims.setdefault(line, "card" if question.answer else "unanswered")
    for index in headers:
        block = doc.blocks[index]
        claims.update(claim(block.first, block.last, "skip:metadata"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_header(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    return len(lines) >= 2 and all(_FIELD.match(line) for line in lines)


def _questions(doc: Document, index: int, entry: int) -> list[_Question]:
    """The questions of one paragraph or list: list items that ask under a line closed by a colon (or in a
    list), and labelled lines that ask; an arrow line right under one answers it."""
    block = doc.blocks[index]
    lines = doc.lines[block.first : block.last]
    found: list[_Question] = []
    for offset, line in enumerate(lines):
        item = _ITEM.match(line)
        if item is not None and (block.kind != "paragraph" or any(above.rstrip().endswith(":") for above in lines[:offset])):
            text = item.group("q").strip()
        else:
            labelled = _LABELLED.match(line)
            if labelled is None or len(labelled.group("label").split()) > _MAX_LABEL_WORDS:
                continue
            text = labelled.group("q").strip()
            text = text[:1].upper() + text[1:]
        question = _Question(block.first + offset, text, entry, index)
        if offset + 1 < len(lines) and (arrow := _ARROW.match(lines[offset + 1])) is not None:
            more = []
            for after in lines[offset + 2 :]:
                if _ITEM.match(after) or _LABELLED.match(after) or _ARROW.match(after):
                    break  # the next question, or an arrow of its own
                more.append(after)
            question.answer = "\n".join([arrow.group("a"), *more]).strip()
        found.append(question)
    return found


def _keys(title: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(title) if len(word) >= _KEY_LENGTH]


def _matches(keys: list[str], question: str) -> bool:
    """True when every key word of a title is a word of the question, or shares its first five letters with one."""
    words = {word.casefold() for word in _WORD.findall(question)}
    return all(key in words or (len(key) >= _STEM and any(w[:_STEM] == key[:_STEM] for w in words)) for key in keys)
