"""One-liner lists (Bear, Apple Notes, quick-recall pages): `- Question? answer` on one line per item.

    - What port does SMTP use? 25
    - Chemical symbol of iron? Fe
    - Command to list hidden files? `ls -a`
    - Boiling point of ethanol?

A list whose top-level items are all one line, each a question ending in its first `?` followed by a
short answer (or by nothing), is read item by item: an answered item is a card (the question up to its
`?`, the rest the answer, even a bare number `25` or a code span), an item with nothing after its `?` is
`unanswered`. The list counts only when at least two items are answered, no more than a third are not,
most answers are short (a few words, a number, code), and no answer asks again or opens with a command
(`What is X? Explain Y.` is one question, not a card).

A quiz round may put each answer in plain parentheses at the end of its line instead:

    6. What gas do plants absorb during photosynthesis? (carbon dioxide)
    7. Which planet has the most known moons? (Saturn)

Parentheses after a question are usually a hint or a mark (`(2 marks)`, `(hint: …)`), so they are read as
the answer only when the whole list is written that way (`_parenthesised_rows`): at least two items end
with a parenthesised text, no more than a third have none, most of the items ask (`?`; the rest end with a
full stop: `Name the …`), and the texts in parentheses differ from one another and share no word: a mark,
a difficulty or a page reference repeats its word (`2 marks`, `3 marks`), answers do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, mask_code_and_math
from .outline import clean_heading, heading_path, topic_tags
from .questions import opens_with_command_word

CONVENTION = "one-liner"

_ASK = re.compile(r"[?？](?=[ \t]|$)")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_ANSWERED = 2
_SHORT_WORDS = 6
_HINT = re.compile(r"^[(\[→⟶➔➜⇒⟹—–-]|^(?:->|=>)|^(?:hint|e\.g|i\.e|see|cf|note)\b", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from lists of `Question? answer` one-liners (see the module docstring)."""
    if "? " not in doc.source.text and "？" not in doc.source.text:
        return RuleResult()  # no question mark before an answer: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("bullet_list", "ordered_list") or "?" not in doc.text(block.first, block.last):
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        rows = list(_items(doc, block.start, block.end))
        if not _one_liner_list(rows):
            rows = _parenthesised_rows(doc, block.start, block.end)
            if not rows:
                continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        for first, question, answer in rows:
            assert question is not None
            loc = doc.loc(first)
            reason = empty_reason(answer) if answer else "no answer"
            if reason:
                diagnostics.append(unanswered(loc, question, reason))
                claims.update(claim(first, first + 1, "unanswered"))
            else:
                drafts.append(CardDraft(loc, CONVENTION, question, answer, context, tags))
                claims.update(claim(first, first + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _one_liner_list(rows: list[tuple[int, str | None, str]]) -> bool:
    if len(rows) < _MIN_ANSWERED or any(question is None for _, question, _ in rows):
        return False
    answers = [answer for _, _, answer in rows if answer]
    if len(answers) < _MIN_ANSWERED or 3 * (len(rows) - len(answers)) > len(rows):
        return False
    short = sum(1 for answer in answers if len(mask_code_and_math(answer).split()) <= _SHORT_WORDS)
    return 2 * short > len(answers)


def _items(doc: Document, start: int, end: int) -> Iterator[tuple[int, str | None, str]]:
    """One (line, question, answer) per top-level item; question None when the item is no one-liner."""
    tokens = doc.tokens
    depth = 0
    for n in range(start, end):
        token = tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map:
            first = token.map[0]
            inline = tokens[n + 2] if n + 2 < end and tokens[n + 1].type == "paragraph_open" else None
            single = inline is not None and inline.type == "inline" and "\n" not in inline.content
            closes = n + 4 < end and tokens[n + 4].type == "list_item_close"
            if single and closes and inline is not None:
                yield (first, *_split(inline.content.strip()))
            else:
                yield first, None, ""
        depth += token.nesting


def _split(text: str) -> tuple[str | None, str]:
    """`Question? answer` → the question with its `?` and the answer ('' for none); None when no one-liner."""
    masked = mask_code_and_math(text)
    found = _ASK.search(masked)
    if found is None:
        return None, ""
    question, answer = text[: found.end()].strip(), text[found.end() :].strip()
    if (
        not _LETTER.search(masked[: found.start()])
        or question.count("(") != question.count(")")
        or question.count("[") != question.count("]")
    ):
        return None, ""
    rest = masked[found.end() :]
    if "?" in rest or "？" in rest or _HINT.match(answer) or opens_with_command_word(rest.strip()):
        return (
            None,
            "",
        )  # a second question, a hint, a command, a dash or arrow (other rules' separators): the item asks, it does not answer
    return question, answer


# `Question? (answer)`: the last parenthesised text of a line, after a question mark or a full stop.
_PAREN_TAIL = re.compile(r"^(?P<question>.*?[?？.。])[ \t]*\((?P<answer>[^()\n]+)\)[ \t]*$")


def _parenthesised_rows(doc: Document, start: int, end: int) -> list[tuple[int, str | None, str]]:
    """The items of a list whose answers all stand in parentheses at the end of the line (see the module
    docstring), as (line, question, answer ('' for none)); [] when the list is not written that way."""
    rows: list[tuple[int, str | None, str]] = []
    for first, question, answer in _items(doc, start, end):
        whole = f"{question or ''} {answer}".strip() if question is not None else _item_text(doc, first)
        if whole is None:
            return []
        match = _PAREN_TAIL.match(whole)
        if match is not None:
            rows.append((first, match.group("question").strip(), match.group("answer").strip()))
        elif whole.endswith(("?", "？")):
            rows.append((first, whole, ""))
        else:
            return []
    answers = [answer for _, _, answer in rows if answer]
    if len(answers) < _MIN_ANSWERED or 3 * (len(rows) - len(answers)) > len(rows):
        return []
    asking = sum(1 for _, question, _ in rows if question and question.endswith(("?", "？")))
    if 2 * asking <= len(rows) or not _distinct_answers(answers):
        return []
    return rows


def _item_text(doc: Document, first: int) -> str | None:
    """The text of a one-line list item at line FIRST without its marker; None when it is no such item."""
    match = re.match(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(\S.*)$", doc.lines[first])
    if match is None or (first + 1 < len(doc.lines) and doc.lines[first + 1].startswith((" ", "\t"))):
        return None
    return match.group(1).strip()


def _distinct_answers(answers: list[str]) -> bool:
    """True when no two answers are the same and no word recurs across them (marks, levels, pages do)."""
    if len({a.casefold() for a in answers}) != len(answers):
        return False
    seen: set[str] = set()
    for answer in answers:
        words = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", answer)}
        if seen & words:
            return False
        seen |= words
    return True
