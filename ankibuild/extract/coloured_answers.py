r"""Coloured answers: study guides that show each answer in colour on the line under its question, so the
key stands out on the printed sheet.

    1. Wie heißt die äußerste Schicht der Sonne?
       <span style="color:red">Die Korona.</span>

    > Explique por qué el cielo es azul.
    > <font color="blue">La dispersión de Rayleigh …</font>

    Nenne drei Edelgase.
    ==Helium, Neon, Argon==

    **4.** Quelle est la vitesse de la lumière ?
    $\color{blue}{c = 3{,}00 \cdot 10^{8}\ \mathrm{m/s}}$

A list item, a paragraph or a quote whose last line (or lines) is wholly one coloured `<span style="color:…">`
or `<font color="…">`, or one Obsidian highlight (`==…==`, the marker pen of a note app), is a card: the text
before it is the front (its number dropped), what the tag holds the back. Where a page cannot colour HTML
(GitHub strips `style`), the answer is LaTeX math coloured whole: a last line opening with `$\color{blue}{…}$`
(or `$\textcolor{…}{…}$`), more coloured math and words after it allowed (`$\color{blue}{F = ma}$ —
$\color{blue}{\text{…}}$`); the back is that line with the colours dropped (`\text{…}` alone read as words, other
math kept as math), and such an entry needs no question mark when it opens with a bold item number (`**5.**
Write the formula for …`, the number left off). Coloured math holding no letter or digit
(`$\color{red}{\text{?}}$`, whatever follows it) is an answer still to find. Read where two answers or more are
written so. An empty coloured tag leaves its question `unanswered`, and so does an item that asks with no
coloured line in a list whose other items have one, and a question whose answer slot right under it holds
only a placeholder: a bare `==` (which CommonMark reads as a heading's underline) or an HTML comment (`<!--
TODO … -->`). A coloured word inside a sentence (`answers are in <span style="color:red">red</span>`, `red
$\color{red}{\text{?}}$ marks …`) is no answer, and a line that asks with no answer slot under it (a rhetorical question the prose answers) no card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, unquote
from .document import Document, dedent, mark_followed_by, text_holds
from .questions import asks_by_label_or_request, clean_question, ends_with_question_mark, is_question

CONVENTION = "coloured-answer"

_MIN_ANSWERED = 2
# The coloured tag closing an entry on lines of its own: `<span style="color:red">…</span>`, `<font color=…>`.
_COLOURED = re.compile(
    r"(?:^|\n)[ \t]*<(?P<tag>span|font)\b[^>\n]*?\b(?:style[ \t]*=[ \t]*[\"'][^\"'\n]*\bcolou?r[ \t]*:|color[ \t]*=)[^>\n]*>"
    r"(?P<answer>(?:(?!</?(?P=tag)\b).)*?)</(?P=tag)>[ \t]*$",
    re.S | re.I,
)
# An Obsidian highlight closing an entry on lines of its own: `==Helium, Neon, Argon==`.
_HIGHLIGHTED = re.compile(r"(?:^|\n)[ \t]*==(?P<answer>[^=\s](?:(?!==).)*?)==[ \t]*$", re.S)
# The empty highlight slot under a question, which CommonMark reads as a setext heading's underline.
_EMPTY_SLOT = re.compile(r"^[ \t]*==[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*<!--")
_ITEM_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
# `**5.**`, `__12)__`: the bold number of a sheet's item, opening its paragraph.
_BOLD_NUMBER = re.compile(r"^(?:\*\*|__)\d{1,3}[.):]?(?:\*\*|__)[ \t]+(?=\S)")
# The opening of LaTeX math coloured whole: `$\color{blue}{`, `$\textcolor{red}{`.
_MATH_COLOUR = re.compile(r"\$[ \t]*\\(?:text)?color\{[^{}$\n]{1,30}\}[ \t]*\{")
# `\text{…}` filling a coloured body: words, shown as words on the back.
_TEXT_ONLY = re.compile(r"^\\(?:text|textrm|mathrm|mbox)[ \t]*\{")
_KINDS = ("bullet_list", "ordered_list", "paragraph", "blockquote")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered by a coloured line under them."""
    if not _may_colour(doc):
        return RuleResult()  # no colour attribute: nearly every document
    # (block, line, last line, question, answer or None when no coloured line follows)
    found: list[tuple[int, int, int, str, str | None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind not in _KINDS or not is_free(doc, taken, index):
            continue
        if block.kind in ("bullet_list", "ordered_list"):
            found.extend(_items(doc, index))
            continue
        text = doc.block_text(index)
        entry = _entry(unquote(text) if block.kind == "blockquote" else text)
        if entry is not None and entry[1] is not None:
            found.append((index, block.first, block.last, *entry))
        elif entry is not None and block.kind == "paragraph" and _placeholder_slot(doc, index):
            found.append((index, block.first, block.last, entry[0], ""))
    found.extend(_empty_slots(doc, taken))
    found.sort()
    if sum(1 for *_, answer in found if answer is not None and empty_reason(answer) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, first, last, question, answer in found:
        reason = "no answer" if answer is None else empty_reason(answer)
        block_card(doc, CONVENTION, index, last, question, answer or "", reason, (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_colour(doc: Document) -> bool:
    r"""False when no line can be coloured: the text names no colour (`color`, `colour`) or closes no tag nor
    opens coloured math (`\color{`), and holds no highlight mark (`==`)."""
    return (
        (text_holds(doc, "olor") and (mark_followed_by(doc, "<", ("/",)) or text_holds(doc, "color{")))
        or mark_followed_by(doc, "=", ("=",))
    )


def ends_in_colour(text: str) -> bool:
    r"""True when a paragraph's TEXT closes with an answer in coloured math (`$\color{blue}{…}$` on its last
    line): an entry of this rule, whatever else numbers it."""
    return "olor" in text and _math_answer(text.strip()) is not None


def highlight_answers(text: str) -> bool:
    """True when a paragraph's TEXT is a question over a last line wholly highlighted (`Name two noble
    gases.` over `==Helium, Neon==`): a question and its answer, not a cloze deletion."""
    match = _HIGHLIGHTED.search(text.strip())
    return match is not None and match.start() > 0 and _entry(text) is not None


def _placeholder_slot(doc: Document, index: int) -> bool:
    """True when an HTML comment stands right under paragraph INDEX, in the answer's place (`<!-- TODO -->`)."""
    block = doc.blocks[index]
    after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    return (
        after is not None
        and after.kind == "html_block"
        and after.first == block.last
        and _COMMENT.match(doc.lines[after.first]) is not None
    )


def _empty_slots(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, int, str, str | None]]:
    """Questions over an empty highlight slot (`What is NAT for?` over a bare `==`), which CommonMark reads as
    a setext heading: each an entry with an empty answer."""
    entries: list[tuple[int, int, int, str, str | None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "heading" or block.last - block.first < 2 or not is_free(doc, taken, index):
            continue
        if _EMPTY_SLOT.match(doc.lines[block.last - 1]) is None:
            continue
        entry = _entry(dedent(list(doc.lines[block.first : block.last - 1])))
        if entry is not None:
            entries.append((index, block.first, block.last, entry[0], ""))
    return entries


def _entry(text: str) -> tuple[str, str | None] | None:
    """The question of an entry and its coloured answer (None when it has none); None when it does not ask
    before a coloured last line."""
    maths = _math_answer(text.strip()) if "olor" in text else None
    if maths is not None:
        asked, answer = maths
        question = " ".join(asked.split())
        numbered = _BOLD_NUMBER.sub("", question, count=1)
        if not numbered or not (numbered != question or _asks(numbered)):
            return None
        front, _ = clean_question(numbered)
        return front, answer
    match = _COLOURED.search(text.strip()) or _HIGHLIGHTED.search(text.strip())
    asked = text.strip()[: match.start()] if match else text
    question = " ".join(asked.split())
    if not question or not _asks(question):
        return None
    front, _ = clean_question(question)
    return front, (match.group("answer").strip() if match else None)


def _math_answer(text: str) -> tuple[str, str] | None:
    r"""The text before an answer in coloured math and that answer, its colours dropped ("" when the coloured
    math holds no letter or digit: `$\color{red}{\text{?}}$`, an answer still to find); None when no line
    after the first opens with coloured math that closes by the text's end."""
    lines = text.split("\n")
    for n in range(1, len(lines)):
        line = lines[n].lstrip()
        if not line.startswith("$") or _MATH_COLOUR.match(line) is None:
            continue
        read = _uncoloured("\n".join([line, *lines[n + 1 :]]))
        if read is None:
            return None
        answer, coloured = read
        if not any(ch.isalnum() for part in coloured for ch in part):
            answer = ""
        return "\n".join(lines[:n]), answer
    return None


def _uncoloured(text: str) -> tuple[str, list[str]] | None:
    r"""TEXT with each coloured math span (`$\color{blue}{…}$`) replaced by what it shows (the words of a
    `\text{…}` filling it, else the math uncoloured), and the coloured bodies; None when a span does not
    close."""
    out: list[str] = []
    bodies: list[str] = []
    at = 0
    while (match := _MATH_COLOUR.search(text, at)) is not None:
        close = _closing_brace(text, match.end())
        dollar = close + 1 if close is not None else -1
        while 0 <= dollar < len(text) and text[dollar] in " \t":
            dollar += 1
        if close is None or not text.startswith("$", dollar):
            return None
        body = text[match.end() : close].strip()
        words = _TEXT_ONLY.match(body)
        inner = _closing_brace(body, words.end()) if words else None
        shown = body[words.end() : inner].strip() if words and inner == len(body) - 1 else f"${body}$"
        out.extend((text[at : match.start()], shown))
        bodies.append(shown.strip("$") if shown.startswith("$") else shown)
        at = dollar + 1
    out.append(text[at:])
    return "".join(out).strip(), bodies


def _closing_brace(text: str, start: int) -> int | None:
    r"""Where the brace opened just before START closes (braces balanced, `\{` escaped), or None."""
    depth = 1
    n = start
    while n < len(text):
        ch = text[n]
        if ch == "\\":
            n += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return n
        n += 1
    return None


def _items(doc: Document, index: int) -> list[tuple[int, int, int, str, str | None]]:
    """The top-level items of a list that ask, with their coloured answers; the items without one only
    when another item of the list has one."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    entries: list[tuple[int, int, int, str, str | None]] = []
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != level or not token.map:
            continue
        first, last = token.map
        lines = list(doc.lines[first:last])
        lines[0] = _ITEM_MARK.sub("", lines[0], count=1)
        entry = _entry(dedent([lines[0].strip(), *lines[1:]]))
        if entry is not None:
            entries.append((index, first, last, *entry))
    return entries if any(answer is not None for *_, answer in entries) else []


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word, a request closing it) or ends with its script's question mark
    (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text) or asks_by_label_or_request(text)
