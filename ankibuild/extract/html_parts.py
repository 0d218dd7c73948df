"""Cards exported as HTML whose markup names their parts: the question and the answer are elements whose
class names say which is which, or the two faces of a card box are split by a separator whose id says the
answer starts there.

    <div class="faq-item"><h3 class="faq-item-question">Why …?</h3><div class="faq-item-answer"><p>…</p></div></div>

    <div class="card">

    What is …?

    <hr id=answer>

    The answer …

    </div>

**Named parts.** Blog engines and page builders write a collapsible card or an FAQ block as one line of HTML
(Ghost's toggle card, a WordPress FAQ block, a Bootstrap accordion): an element whose class names the
question part (a class token with the word `question`, `prompt`, `heading`, `header`, `summary` or
`front`: `kg-toggle-heading-text`, `schema-faq-question`, `accordion-header`) and, after it, one whose class
names the answer part with the same stem (`answer`, `content`, `body`, `details`, `solution` or `back`:
`kg-toggle-content`, `schema-faq-answer`, `accordion-body`). Each question part (the innermost, when a
heading part holds a heading text) is paired with the first answer part of its stem after it (or inside it)
and before the stem's next question: the item's wrappers and buttons are dress. The parts of one stem are
read when one of them has an answer part and the question part is named a question (`question`, `prompt`)
or two of their questions ask; a question box over an answer box, or a flip card's faces, each a `<div>`
opening its line, are left to the html-exercise rule, which reads those containers. Front: the
question's text (`<code>` as backticks, other inline tags gone); back: the answer's HTML as Markdown
(paragraphs, emphasis and code as their marks). An empty answer part, a missing one, or one holding only a
note to self (`(to add after the lecture)`) or a comment is reported `unanswered`. Only the HTML blocks are
read, so a metadata comment that repeats the items (the JSON of a `<!-- wp:… {…} -->` block) makes no
card of its own.

**A card box split by an answer separator.** A card previewed or exported from a flashcard app keeps its
template's separator: a box (`<div class="card">`, tags at the start of their lines) holding, on a line of
its own, an `<hr>` whose id or class names the answer (`<hr id=answer>`, `<hr class="back">`). The Markdown
above the separator is the front (a cloze card's `[...]` stays on it), the Markdown below it the back; a box
with nothing below its separator but blank lines or a comment is reported `unanswered`.

Context is the heading path. The rule reads only HTML blocks, so a note without any is passed over at once.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import HtmlBox, find_html_boxes
from .document import Document, block_at, block_kinds, dedent, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, starts_like_question

CONVENTION = "html-part"

# A class token naming a part by a word between hyphens or underscores: the stem is what comes before it.
_QUESTION_PART = lazy_pattern(r"(?:^|[-_])(question|prompt|heading|header|summary|front)(?:$|[-_])", re.I)
_ANSWER_PART = lazy_pattern(r"(?:^|[-_])(answer|content|body|details|solution|back)(?:$|[-_])", re.I)
_QUESTION_WORD = lazy_pattern(r"question|prompt|heading|header|summary|front", re.I)
# Question parts named as questions: read even when only one item of their stem stands in the note.
_NAMED_QUESTION = frozenset({"question", "prompt"})
_MIN_ASKING = 2
# `<hr id=answer>`, `<hr class="back">` alone on its line: the answer side starts below.
_SEPARATOR = lazy_pattern(
    r"""^\s*<hr\b[^>]*?\b(?:id|class)\s*=\s*["']?(?:[^"'>]*[\s_-])?(?:answer|back)(?:[\s_-][^"'>]*)?["']?[^>]*>\s*$""",
    re.I,
)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})

_CODE = lazy_pattern(r"<code\b[^>]*>(.*?)</code\s*>", re.I | re.S)
_BOLD = lazy_pattern(r"</?(?:b|strong)\b[^>]*>", re.I)
_ITALIC = lazy_pattern(r"</?(?:i|em)\b[^>]*>", re.I)
_BREAK = lazy_pattern(r"<br\s*/?>", re.I)
_PARAGRAPH_END = lazy_pattern(r"\s*</p\s*>\s*", re.I)
_PARAGRAPH_OPEN = lazy_pattern(r"\s*<p\b[^>]*>\s*", re.I)
_SPAN = lazy_pattern(r"</?(?:span|font)\b[^>]*>", re.I)
_INLINE = lazy_pattern(r"</?(?:a|abbr|b|cite|em|font|i|kbd|mark|q|s|small|span|strong|sub|sup|u|var)\b[^>]*>", re.I)
_TAG = lazy_pattern(r"<[^<>]*>")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from named question and answer parts and from card boxes split by an answer separator."""
    if "html_block" not in block_kinds(doc):
        return RuleResult()  # no HTML block: nearly every note
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    _named_parts(doc, taken, drafts, diagnostics, claims)
    if any(_SEPARATOR.match(doc.lines[b.first]) for b in doc.blocks if b.kind == "html_block"):
        _split_boxes(doc, taken, find_html_boxes(doc), drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _card(
    doc: Document,
    line: int,
    question: str,
    answer: str,
    span: tuple[int, int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    index = block_at(doc, line)
    path = heading_path(doc, index) if index is not None else ()
    reason = empty_reason(answer)
    if reason:
        diagnostics.append(unanswered(doc.loc(line), question, reason))
    else:
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
    claims.update(claim(span[0], span[1], "unanswered" if reason else "card"))


# Named parts ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Element:
    tag: str
    classes: tuple[str, ...]
    start: int
    inner_start: int
    inner_end: int = -1
    end: int = -1
    closed: bool = False


class _Tree(HTMLParser):
    """The elements of a piece of HTML with their offsets, closing tags matched to the nearest open one."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = [0] + [n + 1 for n, c in enumerate(text) if c == "\n"]
        self.elements: list[_Element] = []
        self.open: list[_Element] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        start = self._offset()
        raw = self.get_starttag_text() or ""
        classes = tuple(" ".join(v or "" for k, v in attrs if k == "class").split())
        element = _Element(tag, classes, start, start + len(raw))
        self.elements.append(element)
        self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        at = self._offset()
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth].tag == tag:
                close = self.text.find(">", at)
                for element in self.open[depth:]:
                    element.inner_end, element.end = at, (close + 1 if close != -1 else len(self.text))
                self.open[depth].closed = True
                del self.open[depth:]
                return

    def finish(self) -> list[_Element]:
        self.feed(self.text)
        self.close()
        for element in self.open:
            element.inner_end = element.end = len(self.text)
        return self.elements


def _part(element: _Element, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """(stem, word) of the first class token naming a part: `schema-faq-question` → (`schema-faq-`, `question`)."""
    for token in element.classes:
        match = pattern.search(token)
        if match is not None:
            return token[: match.start(1)].lower(), match.group(1).lower()
    return None


@dataclass(frozen=True, slots=True)
class _Item:
    line: int
    span: tuple[int, int]
    question: str
    answer: str
    answered: bool
    """Whether an answer part follows the question part (empty or not)."""


def _named_parts(
    doc: Document,
    taken: Mapping[int, str],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    by_stem: dict[str, list[_Item]] = {}
    named: set[str] = set()
    for block in doc.blocks:
        if block.kind != "html_block" or not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        for stem, word, item in _items(doc, block.first, doc.text(block.first, block.last)):
            by_stem.setdefault(stem, []).append(item)
            if word in _NAMED_QUESTION:
                named.add(stem)
    for stem, items in by_stem.items():
        if not any(i.answered for i in items):
            continue  # no answer part of the stem anywhere: a page's headings, not questions and answers
        if stem not in named and sum(1 for i in items if _asks(i.question)) < _MIN_ASKING:
            continue
        for item in items:
            _card(doc, item.line, item.question, item.answer, item.span, drafts, diagnostics, claims)


def _items(doc: Document, first: int, text: str) -> list[tuple[str, str, _Item]]:
    """The question parts of an HTML block, each with its stem, its part word and its answer."""
    if not _QUESTION_WORD.search(text):
        return []
    elements = _Tree(text).finish()
    questions: dict[str, list[tuple[_Element, str]]] = {}
    answers: dict[str, list[_Element]] = {}
    for element in elements:
        if not element.closed:
            continue  # a part the block does not close: a box of Markdown lines, the html-exercise rule's
        if (asked := _part(element, _QUESTION_PART)) is not None:
            questions.setdefault(asked[0], []).append((element, asked[1]))
        elif (answered := _part(element, _ANSWER_PART)) is not None:
            answers.setdefault(answered[0], []).append(element)
    starts = [0] + [n + 1 for n, c in enumerate(text) if c == "\n"]
    found: list[tuple[str, str, _Item]] = []
    for stem, asked_parts in questions.items():
        # A heading part holding a heading text: the inner one is the question.
        inner = [(q, w) for q, w in asked_parts if not any(o is not q and q.start <= o.start < q.end for o, _ in asked_parts)]
        for n, (part, word) in enumerate(inner):
            stop = inner[n + 1][0].start if n + 1 < len(inner) else len(text)
            # The answer part after the question part, or inside it (`<div class="faq-q">Why?<div class="faq-a">…`).
            answer = next((a for a in answers.get(stem, ()) if part.start < a.start < stop), None)
            if answer is not None and _exercise_boxes(text, part, word, answer):
                continue
            cut = answer.start if answer is not None and answer.start < part.end else part.inner_end
            question = _question_text(text[part.inner_start : cut])
            if not question:
                continue
            end = max(answer.end, part.end) if answer is not None else part.end
            markdown = _answer_markdown(text[answer.inner_start : answer.inner_end]) if answer is not None else ""
            line = first + bisect_right(starts, part.start) - 1
            span = (line, first + bisect_right(starts, max(end - 1, part.start)))
            found.append((stem, word, _Item(line, span, question, markdown, answer is not None)))
    return found


_BOXES = frozenset({"div", "section", "aside"})


def _exercise_boxes(text: str, question: _Element, word: str, answer: _Element) -> bool:
    """True for a question box over an answer box (`<div class="question">`, `<div class="answer">`) or a flip
    card's two faces, each a `<div>`, `<section>` or `<aside>` opening its line: the html-exercise rule reads
    those containers, with its own handling of options and covers."""
    answer_word = (_part(answer, _ANSWER_PART) or ("", ""))[1]
    named = (word, answer_word) in {("question", "answer"), ("question", "solution"), ("front", "back")}
    return named and _opens_its_line(text, question) and _opens_its_line(text, answer)


def _opens_its_line(text: str, element: _Element) -> bool:
    return element.tag in _BOXES and not text[text.rfind("\n", 0, element.start) + 1 : element.start].strip()


def _question_text(inner: str) -> str:
    """A question part as one line of Markdown: `<code>` as backticks, other tags gone."""
    text = _CODE.sub(lambda m: f"`{html.unescape(_TAG.sub('', m.group(1)))}`", inner)
    text = _INLINE.sub("", text)  # `(<em>second highest salary</em>)`: no space inside the brackets
    return " ".join(_TAG.sub(" ", text).split())


def _answer_markdown(inner: str) -> str:
    """An answer part as Markdown: paragraphs split by blank lines, emphasis and code as their marks, spans gone,
    other tags kept as HTML."""
    text = _CODE.sub(lambda m: f"`{html.unescape(_TAG.sub('', m.group(1)))}`", inner)
    text = _SPAN.sub("", text)
    text = _BOLD.sub("**", _ITALIC.sub("*", text))
    text = _BREAK.sub("  \n", text)
    text = _PARAGRAPH_END.sub("\n\n", _PARAGRAPH_OPEN.sub("\n\n", text))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()


def _asks(question: str) -> bool:
    cleaned = clean_question(question)[0]
    return is_question(cleaned) or starts_like_question(cleaned)


# Card boxes split by an answer separator ------------------------------------------------------------------


def _split_boxes(
    doc: Document,
    taken: Mapping[int, str],
    boxes: tuple[HtmlBox, ...],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    for box in boxes:
        inside = {n for child in box.children for n in range(child.first, child.last)}
        separators = [n for n in range(box.first + 1, box.last - 1) if n not in inside and _SEPARATOR.match(doc.lines[n])]
        if len(separators) != 1:
            _split_boxes(doc, taken, box.children, drafts, diagnostics, claims)
            continue
        if not taken.keys().isdisjoint(range(box.first, box.last)):
            continue
        separator = separators[0]
        question = dedent(doc.lines[box.first + 1 : separator]).strip()
        if not question:
            continue
        answer = dedent(doc.lines[separator + 1 : box.last - 1]).strip()
        line = next(n for n in range(box.first + 1, separator) if doc.lines[n].strip())  # the front's first line
        _card(doc, line, question, answer, (box.first, box.last), drafts, diagnostics, claims)
