"""Meeting chats: the chat of a video meeting saved to a file (Zoom's `Save chat`) and pasted into notes,
where members ask and others answer in threads.

    00:14:27 From Mei Chen to Everyone:
            what is a page fault?
    00:15:02 From Ana (TA) to Everyone:
            Replying to "what is a page fault?"
            an access to a page that is not mapped, so the kernel has to load it
    00:15:10 From Mei Chen to Everyone:
            Reacted to "an access to a page…" with 🙏

1. **Messages.** A paragraph or a plain-text fence whose first line is a message header, a time stamp and
   the sender (`00:14:27 From Name to Everyone:`, `10:02 Von Name an Alle:`, `De Name à Tout le monde :`),
   its text on the indented lines under it (or after the header's colon, as older saves write it). A text
   opening with a reply mark and a quote (`Replying to "what is a pa..."`, the quote cut short) answers
   the message opening with the quote; a reaction (`Reacted to "…" with 🙏`) is no message.
2. **Cards.** A message that asks (it ends with a question mark) and has threaded replies from other
   members is the front; the replies are the back.
3. **Not cards.** A question put to the room about nothing (`can everyone hear me?`: the room words of the
   `channel-log` rule and no question word), and a question whose only answer is a bare yes or no with a
   few words after it (`yes, already under Week 9`: a confirmation, nothing to learn) are skipped.
4. **Unanswered.** The askers are the members with a question answered in a thread; a question of theirs
   no one replies to in a thread (a promise to answer out loud is no reply) is `unanswered`. A question of
   anyone else left without a reply (the host's `Any questions?`) is put to the room and skipped.
5. Read where two questions or more are answered in threads. Nothing keys on the names or the subject.

Context: the cleaned heading path of the section holding the chat.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, blocks_of_kind, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import to_the_room

CONVENTION = "meeting-chat"

# `00:14:27 From Name to Everyone:` (the text on the lines below, or after the colon): the header of a message,
# in the languages the meeting apps save it in.
_HEADER = lazy_pattern(
    r"^[ \t]*\[?(?:\d{1,2}:\d{2}(?::\d{2})?)\]?[ \t]+(?:From|Von|De|Da|Van|Od)[ \t]+(?P<who>\S.*?)"
    r"(?:[ \t]+(?:to|an|à|a|para|aan|do)[ \t]+[^:\n]+?)?[ \t]*[:：][ \t]*(?P<text>.*)$"
)
_PRECHECK = lazy_pattern(r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:From|Von|De|Da|Van|Od)[ \t]", re.M)
# What follows a `_PRECHECK` time stamp's first colon: a literal the regex engine skips to, where `_PRECHECK`
# (opening with a line start) is tried after every line break.
_STAMP_AND_SENDER = lazy_pattern(r":\d{2}(?::\d{2})?\]?[ \t]+(?:From|Von|De|Da|Van|Od)[ \t]")
# `Replying to "what is a pa..."`: a threaded reply, the quote cut short.
_REPLY = lazy_pattern(
    r"^(?:Replying to|Antwort auf|Respondiendo a|En réponse à|Risposta a|Respondendo a|Reageren op)[ \t]*"
    r"[\"“„«'](?P<quote>.*?)[\"”“»'][ \t]*:?[ \t]*$",
    re.I,
)
# `Reacted to "…" with 🙏`: a reaction, not a message.
_REACTION = lazy_pattern(r"^(?:Reacted to|Reagierte auf|Reaccionó a|A réagi à|Ha reagito a|Reagiu a)[ \t]*[\"“„«']", re.I)
_FENCE_INFO = lazy_pattern(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|log|chat)?[ \t]*$", re.I)
_ASKS = ("?", "\uff1f", "\u061f")
_CUT = " \t.…"
# A reply that only confirms: a yes or a no, then a few words at most.
_YES_NO = lazy_pattern(
    r"^\W*(?:yes|yeah|yep|yup|no|nope|nah|ja|jep|nein|nee|sí|si|no|oui|non|sim|não|tak|nie|да|нет)\b\W*(?P<rest>.*)$",
    re.I | re.S,
)
_FEW_WORDS = 5
_MIN_ANSWERED = 2


@dataclass(frozen=True, slots=True)
class _Message:
    first: int
    """Its header's source line."""
    last: int
    """The line after its last."""
    who: str
    """The sender."""
    text: str
    """What it says, the reply mark left out."""
    quote: str | None
    """The start of the message it replies to, for a threaded reply."""
    reaction: bool
    """True for a reaction."""


def _may_hold_chat(doc: Document) -> bool:
    """False only when no line opens with a time stamp and a sender mark (`00:14:27 From`)."""
    text = doc.source.text
    return _STAMP_AND_SENDER.search(text) is not None and search_lines(_PRECHECK, text)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions answered in threads of a saved meeting chat (see the module docstring)."""
    if not _may_hold_chat(doc):
        return RuleResult()  # no message header: nearly every document
    chats = [
        (index, messages)
        for kind in ("paragraph", "fence")
        for index in blocks_of_kind(doc, kind)
        if is_free(doc, taken, index) and (messages := _messages(doc, index))
    ]
    if not chats:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, messages in sorted(chats):
        block = doc.blocks[index]
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        replies = _threads(messages)
        asking = [
            (n, message)
            for n, message in enumerate(messages)
            if not message.reaction
            and message.quote is None
            and message.text.rstrip().endswith(_ASKS)
            and not to_the_room(message.text)
        ]
        askers = {message.who for n, message in asking if replies.get(n) and not _confirms(replies[n], messages)}
        for n, message in asking:
            loc = doc.loc(message.first)
            answer = replies.get(n)
            if answer:
                if _confirms(answer, messages):
                    continue
                back = "\n\n".join(messages[r].text for r in answer)
                drafts.append(CardDraft(loc, CONVENTION, message.text, back, context, topic_tags(path)))
                claims.update(claim(message.first, message.last, "card"))
                for r in answer:
                    claims.update(claim(messages[r].first, messages[r].last, "card"))
            elif message.who in askers:
                diagnostics.append(unanswered(loc, message.text, "no answer"))
                claims.update(claim(message.first, message.last, "unanswered"))
        for line in range(block.first, block.last):
            claims.setdefault(line, "skip:chat")
    if len(drafts) < _MIN_ANSWERED:
        return RuleResult()
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _threads(messages: list[_Message]) -> dict[int, list[int]]:
    """The threaded replies of other members to each message, by the message's index."""
    found: dict[int, list[int]] = {}
    for n, message in enumerate(messages):
        if message.quote is None or message.reaction or not message.text:
            continue
        quote = " ".join(message.quote.split()).rstrip(_CUT).casefold()
        if not quote:
            continue
        for m in range(n - 1, -1, -1):
            asked = messages[m]
            if asked.quote is None and not asked.reaction and " ".join(asked.text.split()).casefold().startswith(quote):
                if asked.who != message.who:
                    found.setdefault(m, []).append(n)
                break
    return found


def _confirms(replies: list[int], messages: list[_Message]) -> bool:
    """True when the replies are only a yes or a no with a few words after it."""
    text = " ".join(messages[r].text for r in replies)
    match = _YES_NO.match(text)
    return match is not None and len(match.group("rest").split()) <= _FEW_WORDS


def _messages(doc: Document, index: int) -> list[_Message]:
    """The messages of a block that is a saved meeting chat, or none when it is anything else."""
    block = doc.blocks[index]
    lines = doc.lines
    first, last = block.first, block.last
    if block.kind == "fence":
        if _FENCE_INFO.match(lines[first]) is None:
            return []
        first += 1
        if last > first and lines[last - 1].strip()[:3] in ("```", "~~~"):
            last -= 1
    while first < last and not lines[first].strip():
        first += 1
    if first >= last or _HEADER.match(lines[first]) is None:
        return []
    messages: list[_Message] = []
    header: re.Match[str] | None = None
    start = first
    body: list[str] = []

    def close(end: int) -> None:
        if header is None:
            return
        parts = [header.group("text").strip(), *(line.strip() for line in body)]
        parts = [part for part in parts if part]
        quote = None
        reaction = bool(parts) and _REACTION.match(parts[0]) is not None
        if parts and (reply := _REPLY.match(parts[0])) is not None:
            quote = reply.group("quote")
            parts = parts[1:]
        messages.append(_Message(start, end, header.group("who").strip(), "\n".join(parts), quote, reaction))

    for n in range(first, last):
        line = lines[n]
        match = _HEADER.match(line)
        if match is not None:
            close(n)
            header, start, body = match, n, []
        elif line.strip():
            body.append(line)
    close(last)
    return messages if len(messages) >= 2 else []
