"""Message logs: a group chat exported as text (WhatsApp's `Export chat`, and the like) in which one member
runs a quiz: they post numbered questions, the others guess, and they confirm the right guess with a tick.

    05/11/23, 19:02 - Marta: P3. ¿Capital de Australia?          [05/11/23, 19:02:10] Ali: 3) Hauptstadt von …?
    05/11/23, 19:03 - Jordi: Sídney                              [05/11/23, 19:03:41] Bea: Canberra
    05/11/23, 19:03 - Pau: Canberra                              [05/11/23, 19:04:02] Ali: ✅
    05/11/23, 19:04 - Marta: ✅ Canberra, no Sídney.

1. **Messages.** A line opening with a message header (a date, a time, then the sender's name and a colon:
   `12/03/24, 9:00 pm - Name:`, `[12/03/24, 21:00:15] Name:`) starts a message; the lines after it that
   open with no header continue it. Messages are read in the free paragraphs, in order.
2. **The quiz master** is the sender of two numbered questions or more: messages opening with a question
   number (`Q3.`, `3)`, `#3`, `P3:`). Each is a question, the number dropped, up to the master's next one.
3. **The answer** is the master's first message after it that opens with a tick (`✅`, `✔️`, `☑️`): what
   the master writes after the tick when it repeats a guess (`✅ Canberra, no Sídney.`), else the last guess
   before the tick by another member, the master's words under it (a one-word `correct` aside). Wrong guesses, chatter, and media notices are no part of any card. A question the master never
   ticks before the next one, or a tick with no guess and no text, is `unanswered`.
4. Read where one question at least is ticked. Nothing keys on the names or the language.

Context: the cleaned heading path of the section holding the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, block_at, lazy_pattern, may_open_a_line_with, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "message-log"

# `12/03/24, 9:00 pm - Name: text`, `[12/03/24, 21:00:15] Name: text`, `2024-03-12 21:00 - Name: text`: a
# message header (date, time, optional am/pm, sender and colon) and the message.
_HEADER = lazy_pattern(
    r"^[ \t]{0,3}(?P<br>\[)?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[apAP]\.?\s*[mM]\.?)?"
    r"(?(br)\]\s*|\s+[-–—]\s+)(?P<who>[^\s:][^:\n]{0,40}?)[ \t]*:(?:[ \t]+(?P<text>.*)|$)"
)
_PRECHECK = lazy_pattern(r"^\d{1,4}[./-]\d{1,2}[./-]\d", re.M)
_BRACKET_PRECHECK = lazy_pattern(r"^[ \t]{0,3}\[\d{1,4}[./-]\d{1,2}[./-]\d", re.M)
# `Q3.`, `3)`, `#3`, `P3:`, `Q.3`: a question number opening a message (one to three letters before it).
_NUMBER = lazy_pattern(r"^(?:[^\W\d_]{1,3}\.?[ \t]?|#)?\d{1,3}[.):]?[ \t]+(?=\S)")
# `✅ …`, `✔️ …`, `☑️ …`: the master's confirmation.
_TICK = lazy_pattern(r"^[ \t]*[✅✔☑]\ufe0f?[ \t]*")
# `<Media omitted>`, `<attached: …>`, `image omitted`: a notice standing for a file, no guess.
_MEDIA = lazy_pattern(r"^[\W_]*<[^<>\n]+>[\W_]*$|^[\W_]*\w+ omitted[\W_]*$", re.I)
_MIN_QUESTIONS = 2


@dataclass(frozen=True, slots=True)
class _Message:
    first: int
    """Its first source line."""
    last: int
    """The line after its last."""
    who: str
    """The sender as written."""
    text: str
    """What it says, lines joined."""


def _may_hold_messages(doc: Document) -> bool:
    """False only when no line opens with a date as a message header does: a search of the lines' openings,
    and of the lines holding a bracket."""
    return may_open_a_line_with(doc, _PRECHECK) or search_lines_holding(doc, _BRACKET_PRECHECK, "[")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the ticked questions of a quiz run in a chat export (see the module docstring)."""
    if not _may_hold_messages(doc):
        return RuleResult()  # no line opens with a date: nearly every document
    messages = _messages(doc, taken)
    if len(messages) < 2 * _MIN_QUESTIONS:
        return RuleResult()
    senders: dict[str, int] = {}
    for message in messages:
        if _NUMBER.match(message.text):
            senders[message.who] = senders.get(message.who, 0) + 1
    master = max(senders, key=senders.__getitem__, default=None)
    if master is None or senders[master] < _MIN_QUESTIONS:
        return RuleResult()
    asked = [n for n, m in enumerate(messages) if m.who == master and _NUMBER.match(m.text)]
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for k, n in enumerate(asked):
        end = asked[k + 1] if k + 1 < len(asked) else len(messages)
        question_at = messages[n]
        number = _NUMBER.match(question_at.text)
        assert number is not None
        question = question_at.text[number.end() :].strip()
        answer = _answer(messages[n + 1 : end], master)
        loc = doc.loc(question_at.first)
        path = heading_path(doc, block_at(doc, question_at.first) or 0)
        if answer:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(question_at.first, question_at.last, "card"))
        else:
            diagnostics.append(unanswered(loc, question, "no answer"))
            claims.update(claim(question_at.first, question_at.last, "unanswered"))
    if not drafts:
        return RuleResult()
    for message in messages:
        if message.first not in claims:
            claims.update(claim(message.first, message.last, "skip:chat"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer(replies: list[_Message], master: str) -> str:
    """The confirmed answer among the messages after a question (empty when the master ticks nothing): the
    master's words after the first tick when they repeat a guess (`✅ 1526 (…)`), else the last guess before
    the tick with those words under it (`✅` alone, `✅ also the largest lagoon in Asia`)."""
    guesses: list[str] = []
    for message in replies:
        if message.who == master:
            tick = _TICK.match(message.text)
            if tick is None:
                continue  # a hint, a remark: the question is still open
            remark = message.text[tick.end() :].strip()
            if len(remark.split()) <= 1 and not any(c.isdigit() for c in remark):
                remark = ""  # `✅ correct`, `✅ सही`: only the tick in words
            if remark and any(guess.casefold() in remark.casefold() for guess in guesses):
                return remark
            return "\n\n".join(part for part in (guesses[-1] if guesses else "", remark) if part)
        if message.text and not _MEDIA.match(message.text):
            guesses.append(message.text)
    return ""


def _messages(doc: Document, taken: Mapping[int, str]) -> list[_Message]:
    """The messages of the free paragraphs, in order (see the module docstring)."""
    found: list[_Message] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        current: tuple[int, str, list[str]] | None = None
        for n in range(block.first, block.last):
            header = _HEADER.match(doc.lines[n])
            if header is not None:
                if current is not None:
                    found.append(_Message(current[0], n, current[1], "\n".join(current[2]).strip()))
                current = (n, header.group("who").strip(), [header.group("text") or ""])
            elif current is not None:
                current[2].append(doc.lines[n].strip())
            else:
                break  # a paragraph that does not open with a message header is none of the log
        if current is not None:
            found.append(_Message(current[0], block.last, current[1], "\n".join(current[2]).strip()))
    return found
