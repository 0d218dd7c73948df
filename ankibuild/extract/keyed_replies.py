"""Numbered questions in a thread answered by later posts that name the number and hide the answer
(a forum thread's BBCode spoilers, a Mastodon reply behind a content warning):

    **Q1.** Why does ice float?

    **Q2.** Define *density*.

    Q1 [spoiler]It is less dense than liquid water.[/spoiler]

    [quote="someone"]Q2 is it mass?[/quote]
    No — [spoiler]mass per unit volume[/spoiler]

    **3/5** Who wrote the poem?

    ⚠️ CW: answer 3

    The poet's name.

    ---

A question is a paragraph opened by a short bold label holding its number (`**Q1.**`, `**3/5**`). An answer
is a spoiler (`[spoiler]…[/spoiler]`) keyed by the number written before it on its line (`Q1 [spoiler]`) or,
where none is, by the number opening the quote the paragraph answers; or the blocks under a content-warning
paragraph (`⚠️ CW: answer 3`, the number in the warning) up to the next `---`. A numbered question with no
such answer, or whose only answer asks back (ends with `?`) or is a placeholder, is `unanswered`. Read where
two numbered questions or more are answered so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

# `**Q7.** …`, `**3/9** …`: a short bold label holding the question's number, then its text.
_NUMBERED = re.compile(r"^(?:\*\*|__)(?P<label>[^*_\n\d]{0,8}?(?P<n>\d{1,3})(?:[./:)]\d{0,3})?[.:)]?)(?:\*\*|__)[ \t]+(?P<text>\S.*)$", re.S)
# `[spoiler]…[/spoiler]` (also `[spoiler=Answer]`), BBCode's hidden text.
_SPOILER = re.compile(r"\[spoiler(?:=[^\]\n]*)?\](?P<body>.*?)\[/spoiler\]", re.S | re.I)
# The number keying a spoiler: a short label and a number, the first word of its line (`Q3 `, `#3:`).
_KEY = re.compile(r"^[^\w\n]{0,3}[^\W\d_]{0,3}[ \t]?(?P<n>\d{1,3})\b")
# `[quote="name"]Q8 is it …[/quote]`: the post a reply quotes, its number first.
_QUOTE = re.compile(r"\[quote(?:=[^\]\n]*)?\][ \t]*(?P<text>.*?)\[/quote\]", re.S | re.I)
# `⚠️ CW: answer 3`: a content warning naming the question's number.
_WARNING = re.compile(r"^[^\w\n]*(?:CW|TW)[ \t]*[:：][^\d\n]*(?P<n>\d{1,3})\b[^\n]*$")
_MIN_ANSWERED = 2


def _may_hold_keyed_replies(doc: Document) -> bool:
    """A spoiler's closing tag or a content warning: needed by either reading."""
    return text_holds(doc, "[/spoiler]") or text_holds(doc, "CW:")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered questions answered by keyed spoilers or content-warned replies."""
    if not _may_hold_keyed_replies(doc):
        return RuleResult()
    blocks = doc.blocks
    questions: dict[int, tuple[int, str]] = {}
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        match = _NUMBERED.match(doc.block_text(index).strip())
        if match is None:
            continue
        number = int(match.group("n"))
        if number in questions:
            return RuleResult()  # numbers repeat: no single list of questions
        question, _ = clean_question(" ".join(match.group("text").split()))
        if question:
            questions[number] = (index, question)
    if len(questions) < _MIN_ANSWERED:
        return RuleResult()
    answers: dict[int, tuple[str, list[int]]] = {}
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index) or any(index == q for q, _ in questions.values()):
            continue
        text = doc.block_text(index)
        if "[/spoiler]" in text.lower():
            _spoilers(text, index, questions, answers)
            continue
        warning = _WARNING.match(text.strip())
        if warning is not None and int(warning.group("n")) in questions:
            span = [index]
            n = index + 1
            while n < len(blocks) and blocks[n].kind != "hr" and not blocks[n].kind.startswith("heading"):
                span.append(n)
                n += 1
            body = "\n\n".join(doc.block_text(i).strip() for i in span[1:] if is_free(doc, taken, i))
            _keep(answers, int(warning.group("n")), body, span)
    answered = [n for n, (body, _) in answers.items() if n in questions and _is_answer(body)]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for number in sorted(questions):
        index, question = questions[number]
        loc = doc.loc(blocks[index].first)
        body, span = answers.get(number, ("", []))
        if _is_answer(body):
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, "keyed-reply", question, body, context, topic_tags(path)))
            reason = "card"
        else:
            diagnostics.append(unanswered(loc, question, "no answer"))
            reason = "unanswered"
        for i in [index, *span]:
            claims.update(claim(blocks[i].first, blocks[i].last, reason))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _spoilers(text: str, index: int, questions: Mapping[int, object], answers: dict[int, tuple[str, list[int]]]) -> None:
    """The keyed spoilers of one paragraph, each under the number before it on its line or its quote's."""
    quoted = _QUOTE.search(text)
    fallback = _KEY.match(quoted.group("text").strip()) if quoted else None
    for match in _SPOILER.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        line = _SPOILER.sub("", _QUOTE.sub("", line)).strip()
        key = _KEY.match(line)
        if key is None and fallback is not None and not line[:1].isdigit():
            key = fallback
        if key is not None and int(key.group("n")) in questions:
            _keep(answers, int(key.group("n")), match.group("body").strip(), [index])


def _keep(answers: dict[int, tuple[str, list[int]]], number: int, body: str, span: list[int]) -> None:
    """The first real answer to a number stays; a later one takes the place of a non-answer."""
    held = answers.get(number)
    if held is None or (not _is_answer(held[0]) and _is_answer(body)):
        answers[number] = (body, span)


def _is_answer(body: str) -> bool:
    """True for a body that answers: not empty, no placeholder, and not a reply that asks back."""
    return bool(body.strip()) and empty_reason(body) is None and not body.rstrip(" \t*_🙏").rstrip().endswith(("?", "？"))
