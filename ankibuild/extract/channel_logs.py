"""Channel logs: an IRC-style chat log pasted into a plain-text fence, where one member asks and others answer
on the following lines.

    [20:04] <ana> what is a page fault?              [14:02] <@jonas> was ist ein Semaphor?
    [20:05] <ben> an access to a page not mapped,     [14:03] <mia> ein Zähler mit zwei Operationen,
    [20:05] <ben> so the kernel has to load it        [14:03] <mia> P und V
    [20:06] <ana> thanks!                             [14:09] <jonas> danke

1. **Messages.** A fence of plain text (no info string, `text`, `txt`, `log`, `irc`) whose every line is
   a message (`[20:04] <nick> text`, `<nick> text`, the time in brackets or not, a mode sign `@`/`+` before
   the nick allowed) or a channel notice (`* nick has quit`, `-!- …`, `*** …`). Consecutive messages of one
   nick, stamped a minute apart at most, are one turn, their texts joined; a notice ends a turn and is no
   part of any card.
2. **Cards.** A turn whose last line ends with a question mark is the front; the turns of other nicks right
   after it are the back, up to the asker's next turn, the next question, a notice or the fence's end.
3. **Unanswered.** A question no other nick answers (the asker alone bumps it: `…anyone? ok`), or whose
   first reply comes only after a silence of more than five minutes (by the stamps, someone saying good
   night to the channel), is `unanswered`.
4. **Not cards.** A question addressed to the room rather than about the subject, one that names no one
   but `anyone` / `someone` (in any of several languages) and holds no question word (`anyone here?`,
   `does someone have last year's solutions?`), is chit-chat: it and its replies are skipped.
5. Read where two questions or more are answered. Nothing keys on the nicks or the subject.

Context: the cleaned heading path of the section holding the fence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, blocks_of_kind, lazy_pattern, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags
from .questions import to_the_room

CONVENTION = "channel-log"

# `[20:04] <nick> text`, `20:04 <@nick> text`, `<nick> text`: a message line.
_MESSAGE = lazy_pattern(
    r"^[ \t]*(?:\[?(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?\]?[ \t]+)?<[ \t]*[@+%&~]?(?P<who>[^\s<>]{1,32})>(?:[ \t]+(?P<text>.*))?$",
    re.M,
)
# `[21:40] * nick has quit (…)`, `-!- nick has joined`, `*** Joins: nick`: a channel notice or an action.
_NOTICE = lazy_pattern(r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:\*{1,3}|-!-|<?--+>?)[ \t]+\S")
_PRECHECK = lazy_pattern(r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<[ \t]*[@+%&~]?[^\s<>]{1,32}>", re.M)
_FENCE_INFO = lazy_pattern(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|log|irc)?[ \t]*$", re.I)
_ASKS = ("?", "\uff1f", "\u061f")
_MAX_SILENCE = 5  # minutes between a question and its first reply
_MIN_ANSWERED = 2


@dataclass(frozen=True, slots=True)
class _Turn:
    first: int
    """Its first source line."""
    last: int
    """The line after its last."""
    who: str
    """The nick, empty for a notice."""
    text: str
    """What it says, its messages joined."""
    minute: int | None
    """The minute of the day its first message is stamped with, when it is."""
    ended: int | None
    """The minute its last message is stamped with, when it is."""


def _may_hold_log_lines(doc: Document) -> bool:
    """False only when no line opens with a nick in angle brackets (a time stamp before it allowed): a search
    of the lines holding `<`, done only where the document has a fence."""
    return bool(blocks_of_kind(doc, "fence")) and search_lines_holding(doc, _PRECHECK, "<")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions answered by other members in a channel log (see the module docstring)."""
    if not _may_hold_log_lines(doc):
        return RuleResult()  # no message line: nearly every document
    logs = [
        (index, turns) for index in blocks_of_kind(doc, "fence") if is_free(doc, taken, index) and (turns := _turns(doc, index))
    ]
    if not logs:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, turns in logs:
        block = doc.blocks[index]
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, turn in enumerate(turns):
            if not turn.who or not _asks(turn.text) or to_the_room(turn.text):
                continue
            replies = _replies(turns, n)
            loc = doc.loc(turn.first)
            if replies:
                answer = "\n\n".join(reply.text for reply in replies)
                drafts.append(CardDraft(loc, CONVENTION, turn.text, answer, context, topic_tags(path)))
                claims.update(claim(turn.first, turn.last, "card"))
                for reply in replies:
                    claims.update(claim(reply.first, reply.last, "card"))
            else:
                diagnostics.append(unanswered(loc, turn.text, "no answer"))
                claims.update(claim(turn.first, turn.last, "unanswered"))
        for line in range(block.first, block.last):
            claims.setdefault(line, "skip:chat")
    if len(drafts) < _MIN_ANSWERED:
        return RuleResult()
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asks(text: str) -> bool:
    return text.rstrip().endswith(_ASKS)


def _replies(turns: list[_Turn], n: int) -> list[_Turn]:
    """The turns of other nicks right after the question at N that answer it (see the module docstring)."""
    asked = turns[n]
    found: list[_Turn] = []
    for turn in turns[n + 1 :]:
        if not turn.who or turn.who == asked.who:
            break
        if found and _asks(turn.text):
            break  # a new question
        if not found:
            if _asks(turn.text):
                break
            if asked.ended is not None and turn.minute is not None and (turn.minute - asked.ended) % 1440 > _MAX_SILENCE:
                break  # the question was let drop: what follows is about something else
        found.append(turn)
    return found


def _apart(before: int | None, after: int | None) -> bool:
    """True when two messages of one nick are stamped more than a minute apart: two turns, not one message
    wrapped over lines."""
    return before is not None and after is not None and (after - before) % 1440 > 1


def _turns(doc: Document, index: int) -> list[_Turn]:
    """The turns of a fence that is a channel log, or none when the fence is anything else."""
    block = doc.blocks[index]
    lines = doc.lines
    if _FENCE_INFO.match(lines[block.first]) is None:
        return []
    body = range(block.first + 1, block.last)
    turns: list[_Turn] = []
    current: list[tuple[int, str, str, int | None]] = []  # line, nick, text, minute

    def close(end: int) -> None:
        if current:
            text = "\n".join(part for _, _, part, _ in current if part).strip()
            turns.append(_Turn(current[0][0], end, current[0][1], text, current[0][3], current[-1][3]))
            current.clear()

    messages = 0
    for n in body:
        line = lines[n]
        if not line.strip():
            continue
        if n == block.last - 1 and line.strip()[:3] in ("```", "~~~"):
            break  # the closing fence
        message = _MESSAGE.match(line)
        if message is not None:
            who = message.group("who")
            minute = int(message.group("h")) * 60 + int(message.group("m")) if message.group("h") else None
            previous = current[-1][3] if current else None
            if current and (current[0][1] != who or _apart(previous, minute)):
                close(n)
            current.append((n, who, (message.group("text") or "").strip(), minute))
            messages += 1
            continue
        if _NOTICE.match(line) is None:
            return []  # a line of anything else: the fence is no log
        close(n)
        turns.append(_Turn(n, n + 1, "", line.strip(), None, None))
    close(block.last)
    return turns if messages >= 2 else []
