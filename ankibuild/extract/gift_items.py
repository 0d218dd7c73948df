"""Quiz banks written in Moodle's GIFT format, one question a paragraph:

    ::Capital::[markdown]What is the capital of Peru? {=Lima ~Cusco ~Arequipa}

    ::Boiling point::Water boils at 100 °C at sea level.{T}

    ::Planets::How many planets orbit the Sun? {#8}

    ::Essay::Explain why the sky is blue. {}

A paragraph opening with a `::title::` (the title, an alias in the bank's list, stays off the card) and
holding an answer block in braces is a question; so is, in a bank with two titled questions or more, an
untitled paragraph whose braces hold GIFT answers. The format flag (`[markdown]`, `[html]`) and the
backslash escapes (`\\:`, `\\=`, `\\{` …) go. The back is what the block marks right: the `=` answers (the
first alone when all are `=`, spellings of one short answer), the answers of positive weight (`~%50%…`),
the pairs of a matching question (`=DNS -> 53`) one a line, the number of `{#8}`, `True` or `False` for
`{T}`/`{F}`, each answer's feedback (`#…`) under it. A block in the middle of the text (`The checksum is
{=optional ~mandatory}, while …`) is a blank: the front shows `___` there. An empty block (`{}`, an essay)
or one holding only `//` comments leaves the question `unanswered`. Read only where two paragraphs or more
are such questions, one at least answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card
from .document import Document, text_holds

CONVENTION = "gift-question"

_TITLE = re.compile(r"^::(?P<title>(?:[^:\\\n]|\\.|:(?!:))*)::[ \t]*")
_FORMAT = re.compile(r"^\[(?:markdown|html|plain|moodle)\][ \t]*", re.I)
_ESCAPED = re.compile(r"\\([~=#{}:\\\[\]])")
_COMMENT_LINE = re.compile(r"^[ \t]*//.*$", re.M)
# An answer of the block: its mark, a weight (`%50%`), its text, its feedback after `#`.
_ANSWER = re.compile(
    r"(?:^|(?<=\s))(?P<mark>[=~])(?:%(?P<weight>-?\d+(?:\.\d+)?)%)?(?P<text>(?:[^=~#\\]|\\.|(?<=\S)[=~](?!\s*$))*)(?:#(?P<feedback>(?:[^=~\\]|\\.)*))?"
)
_TRUTH = re.compile(r"^(?P<value>T|F|TRUE|FALSE)(?:[ \t]*#(?P<feedback>.*))?$", re.S)
_NUMBER = re.compile(r"^#(?P<value>[^#=~]+?)(?:[ \t]*#(?P<feedback>.*))?$", re.S)
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from GIFT questions."""
    if not text_holds(doc, "::") or not _opens_a_line_with_colons(doc.source.text):
        return RuleResult()  # no line opens with `::`: nearly every document
    blocks = doc.blocks
    items: list[tuple[int, str, str, str | None]] = []
    titled = 0
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        title = _TITLE.match(text)
        parsed = _parse(text[title.end() :] if title else text, strict=title is None)
        if parsed is None:
            continue
        titled += title is not None
        items.append((index, *parsed))
    if titled < _MIN_ITEMS or not any(answer for _, _, answer, _ in items if answer):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question, answer, reason in items:
        if question:
            reason = reason or (None if answer else "no answer")
            block_card(doc, CONVENTION, index, blocks[index].last, question, answer, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _opens_a_line_with_colons(text: str) -> bool:
    return text.startswith("::") or "\n::" in text


def _parse(text: str, *, strict: bool) -> tuple[str, str, str | None] | None:
    """(front, back, unanswered reason) of a GIFT question, or None when TEXT holds no answer block."""
    text = _FORMAT.sub("", text.strip(), count=1)
    span = _block(text)
    if span is None:
        return None
    start, end = span
    inside = _COMMENT_LINE.sub("", text[start + 1 : end]).strip()
    head, tail = text[:start].rstrip(), text[end + 1 :].strip()
    if strict and inside and not (inside[0] in "=~#" or _TRUTH.match(inside)):
        return None
    if tail:
        head = f"{head} ___" + ("" if tail[0] in ",.;:!?)" else " ") + tail
    front = _plain(head)
    front = " ".join(front.split())
    if not inside:
        return front, "", "no answer"
    answer = _answer(inside)
    if answer is None:
        return None if strict else (front, "", "no answer")
    return front, answer, None


def _block(text: str) -> tuple[int, int] | None:
    """Where the answer block opens and closes: the first unescaped `{` outside code, and its `}`."""
    ticks = 0
    start = -1
    n = 0
    while n < len(text):
        char = text[n]
        if char == "\\":
            n += 2
            continue
        if char == "`":
            ticks ^= 1
        elif not ticks and char == "{" and start < 0:
            if text[n + 1 : n + 2] == "{":
                return None  # `{{ … }}`: a template or a cloze, no GIFT block
            start = n
        elif not ticks and char == "}" and start >= 0:
            return start, n
        n += 1
    return None


def _plain(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def _answer(inside: str) -> str | None:
    """The back of a GIFT answer block, or None when it is none GIFT reads."""
    truth = _TRUTH.match(inside)
    if truth is not None:
        value = "True" if truth.group("value").upper().startswith("T") else "False"
        return _with_feedback(value, truth.group("feedback"))
    number = _NUMBER.match(inside)
    if number is not None:
        return _with_feedback(_plain(number.group("value").strip()), number.group("feedback"))
    found = list(_ANSWER.finditer(inside))
    if not found or inside[: found[0].start()].strip():
        return None
    marks = {m.group("mark") for m in found}
    texts = [(m, _plain(m.group("text").strip())) for m in found]
    if all("->" in text for _, text in texts) and marks == {"="}:
        return "\n".join(f"- {text.replace('->', '→')}" for _, text in texts)
    right = [
        (m, text)
        for m, text in texts
        if (m.group("weight") is not None and float(m.group("weight")) > 0)
        or (m.group("weight") is None and m.group("mark") == "=")
    ]
    if not right:
        return None
    if marks == {"="} and all(m.group("weight") is None for m, _ in right):
        right = right[:1]  # a short answer: its spellings
    parts = [_with_feedback(text, m.group("feedback")) for m, text in right]
    return "\n".join(f"- {part}" for part in parts) if len(parts) > 1 else parts[0]


def _with_feedback(value: str, feedback: str | None) -> str:
    feedback = _plain(feedback or "").strip()
    return f"{value}\n\n{feedback}" if feedback else value
