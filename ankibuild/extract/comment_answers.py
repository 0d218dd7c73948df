"""Worksheets whose answers hide in HTML comments, so that the rendered page (GitHub, a site) shows only the
questions:

    **Question 3.** Why is the sky blue? *(2 marks)*

    <!-- Answer: Rayleigh scattering: short wavelengths scatter most. -->

A paragraph that asks or opens with a bold item label, followed by an HTML comment that is a block of its own and opens with a label (`Answer:`,
`Antwort:`, `Respuesta:`, any one word before a colon) is a question: the paragraph (its opening bold item
label, `**Question 3.**`, and its marks, `*(2 marks)*`,
dropped; code blocks between it and the comment join the front) is the front, the
comment's text after the label the back. The label is the document's own convention: it must be the same
word in two comments or more, each after such a paragraph, one at least holding an answer; then a comment
with that label that is empty or holds a note to self (`TODO`) leaves its question `unanswered`. Other
comments (`<!-- NOTE TO SELF: … -->` at the top) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, dedent, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

# `<!-- Answer: … -->` as a whole block: the label is one word (letters, any script) before a colon.
_LABELLED_COMMENT = re.compile(r"^<!--[ \t]*(?P<label>[^\W\d_][^\W\d_'’-]*)[ \t]*:(?P<body>.*?)-->\s*$", re.S)
# `**Question 3.**`, `**Q3:**`, `**3.**`: a bold item label with a number opening the question paragraph.
_ITEM_LABEL = re.compile(r"^(?:\*\*|__)(?:[^\W\d_][\w'’-]*[ \t]*)?\d+[a-z]?[ \t]*[.:)]?[ \t]*(?:\*\*|__)[ \t]*[.:)]?[ \t]*")
# `*(2 marks)*`, `_(3 Punkte)_`: the marks an item is worth, in italics at its end.
_MARKS_NOTE = re.compile(r"[ \t]*(?:\*|_)\([^()\n]*\d[^()\n]*\)(?:\*|_)[ \t]*$")
_CODE = frozenset({"fence", "code_block"})
_MIN_LABELLED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question paragraphs answered by a labelled HTML comment right after them."""
    if "html_block" not in block_kinds(doc) or not text_holds(doc, "<!--"):
        return RuleResult()  # no comment block: nearly every document
    blocks = doc.blocks
    found: list[tuple[int, list[int], str, str]] = []  # (question paragraph, code blocks, label, comment body)
    for n, block in enumerate(blocks):
        if block.kind != "html_block" or not is_free(doc, taken, n):
            continue
        match = _LABELLED_COMMENT.match(doc.block_text(n).strip())
        if match is None:
            continue
        code: list[int] = []
        q = n - 1
        while q >= 0 and blocks[q].kind in _CODE and is_free(doc, taken, q):
            code.insert(0, q)
            q -= 1
        if q < 0 or blocks[q].kind != "paragraph" or not is_free(doc, taken, q) or not _asks(doc.block_text(q)):
            continue
        found.append((q, code, match.group("label").casefold(), dedent(match.group("body").split("\n")).strip()))
    counts: dict[str, int] = {}
    for _, _, label, _body in found:
        counts[label] = counts.get(label, 0) + 1
    labels = {
        label
        for label, count in counts.items()
        if count >= _MIN_LABELLED and any(lab == label and empty_reason(body) is None for _, _, lab, body in found)
    }
    if not labels:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for q, code, label, body in found:
        if label not in labels:
            continue
        question = _question(doc.block_text(q))
        if not question:
            continue
        comment = (code[-1] if code else q) + 1
        loc = doc.loc(blocks[q].first)
        reason = empty_reason(body)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            front = question
            if code:
                front += "\n\n" + "\n\n".join(doc.block_text(i).strip() for i in code)
            path = heading_path(doc, q)
            drafts.append(CardDraft(loc, "comment-answer", front, body, tuple(clean_heading(p) for p in path), topic_tags(path)))
            outcome = "card"
        for i in (q, *code, comment):
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asks(text: str) -> bool:
    """True for a paragraph that numbers an item with a bold label or asks: prose followed by a note to
    self (`<!-- TODO: expand -->`) is no question."""
    text = " ".join(text.split())
    return _ITEM_LABEL.match(text) is not None or is_question(_MARKS_NOTE.sub("", text))


def _question(text: str) -> str:
    """The question of a paragraph: one line, its bold item label dropped."""
    text = " ".join(text.split())
    text = _MARKS_NOTE.sub("", _ITEM_LABEL.sub("", text, count=1))
    question, _ = clean_question(text)
    return question
