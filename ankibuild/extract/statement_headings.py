"""Statement headings: a true/false drill's numbered statements as headings, each judged by the answer line
under it, as Japanese certification notes write them (〇× problems).

    ### 問1　`ls -a` を実行すると、隠しファイルも表示される。

    **正解：〇**

    ### 問2　ハードリンクは異なるファイルシステムをまたいで作成できる。

    **正解：×**
    解説：同じ inode を指すため、同一ファイルシステム内でしか作れない。

1. **A statement heading** opens with a problem number (`問1`, `第2問`, `Q3`, `Question 4`, `Frage 5`, `문제 6`)
   followed by a separator (a full-width or plain space, `.`, `:`, `)`) and the statement. A heading that asks
   with a `?` is the heading rule's.
2. **Its answer** is its body, which must open with an answer line (`**正解：〇**`, `答え：×`, `解答：`,
   `**Answer:** True`, `Lösung:`); the explanation after it (`解説：…`) goes with it.
3. A document needs two such answered headings. Then a statement heading whose body is empty or only a note
   to self (`（あとで確認する）`, `TODO`: `answers.note_to_self_reason`) is `unanswered`.

Context: the cleaned heading path above the heading (document title excluded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import note_to_self_reason, unanswered
from .document import Document, Section, lazy_pattern
from .outline import clean_heading, topic_tags

CONVENTION = "statement-heading"

_PROBLEM = lazy_pattern(
    r"^(?:問題?|第|문제|문항|problem|question|q|frage|aufgabe|pregunta|question|quest[ãa]o|domanda|вопрос)[ \t]*"
    r"(?:no\.?|nr\.?|#|№)?[ \t]*\d{1,3}[ \t]*(?:問|번)?(?:[ \t\u3000]*[.:)：．）][ \t\u3000]*|[ \t\u3000]+)(?P<text>\S.*)$",
    re.I,
)
_ANSWER_LINE = lazy_pattern(
    r"^[ \t]*(?:\*\*|__)?[ \t]*(?:正解|答え|解答|答|정답|답|answer|correct\s+answer|l[öo]sung|antwort|respuesta|"
    r"r[ée]ponse|risposta|resposta|ответ|odpowied[źz]|cevap)[ \t]*(?:\*\*|__)?[ \t]*[:：]",
    re.I,
)
# The first letter of every `_PROBLEM` word, in lower case: a heading opening with another is no problem heading.
_INITIALS = frozenset("問第문pqfaвd")
_ENDS = ("heading", "hr")
# `### `, ` ###`: the marks around an ATX heading's source, which keeps the statement's code spans.
_ATX_MARKS = lazy_pattern(r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$")


def _statement(title: str) -> str | None:
    match = _PROBLEM.match(title.strip())
    if match is None:
        return None
    text = match.group("text").strip()
    return None if "?" in text or "？" in text else text


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered statement headings judged by an answer line (see the module docstring)."""
    candidates: list[tuple[Section, str]] = []
    for section in doc.sections:
        if section.level == 1 and section.title == doc.title:
            continue
        head = doc.blocks[section.block]
        if head.last - head.first != 1:
            continue  # a setext heading: its title is no `### 問1　…` line
        if head.first in taken:
            continue  # its one line claimed: no candidate (`is_free` below), decided before reading the title
        if doc.lines[head.first].lstrip(" \t#")[:1].lower() not in _INITIALS:
            continue  # the cheap test: what follows the marks opens with no problem word
        text = _statement(_ATX_MARKS.sub("", doc.lines[head.first]))
        if text is not None and is_free(doc, taken, section.block):
            candidates.append((section, text))
    if len(candidates) < 2:
        return RuleResult()
    found: list[tuple[Section, str, list[int], str | None]] = []
    answered = 0
    for section, text in candidates:
        body = [i for i in section.body if doc.blocks[i].kind not in _ENDS]
        if not all(is_free(doc, taken, i) for i in body):
            continue
        markdown = "\n\n".join(doc.block_text(i).strip("\n") for i in body)
        opens = (
            bool(body) and doc.blocks[body[0]].kind == "paragraph" and _ANSWER_LINE.match(doc.lines[doc.blocks[body[0]].first])
        )
        if opens:
            reason = note_to_self_reason(_ANSWER_LINE.sub("", markdown, count=1).strip("*_ \t\n"))
            answered += reason is None
            found.append((section, text, body, markdown if reason is None else None))
        elif not markdown.strip() or note_to_self_reason(markdown) is not None:
            found.append((section, text, body, None))
    if answered < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, text, body, judged in found:
        head = doc.blocks[section.block]
        loc = doc.loc(head.first)
        if judged is None:
            diagnostics.append(unanswered(loc, text, "placeholder" if body else "no answer"))
            outcome = "unanswered"
        else:
            path = section.path
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, text, judged, context, topic_tags(path)))
            outcome = "card"
        claims.update(claim(head.first, head.last, outcome))
        for i in body:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
