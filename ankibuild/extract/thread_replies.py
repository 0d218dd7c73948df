"""Thread replies: a channel pasted from a team chat (Slack, and the exporters that copy its layout) in which a
poster asks and the members answer in the post's thread, one reply ticked as the right one.

    **QOTD** `APP` 9:00 AM
    > 🧪 **Question of the day #4:** What does a catalyst lower?

    ↳ **Lena** 9:12 AM
    The activation energy.

    ↳ **Dr. Ortiz (TA)** 9:30 AM
    ✅ Right. It leaves the reaction's enthalpy unchanged.

1. **Posts.** A line that is a bold name and a clock time (a bot's tag or a date allowed between them:
   `**Ana** 10:02 AM`, `**QOTD** `APP` 9:00 AM`) heads a post; a line opening with a reply arrow (`↳`, `↪`,
   `⤷`) before such a name heads a reply in the thread of the post above. A post's text is the rest of its
   paragraph and the blocks after it, up to the next header, heading or rule.
2. **The asker** is the poster of two threads or more holding a ticked reply (`✅`, `✔️`, `☑️`). Each post
   of theirs is a question: its first block (a quote unquoted), an emoji and a bold label opening it
   (`🧬 **Question of the day #4:**`) dropped.
3. **The answer** is decided by the first ticked reply of the thread. A tick opening the reply confirms the
   reply above it: that reply is the back, the ticker's remark under it (a one-word verdict, `Correct.`,
   dropped). Elsewhere in the reply (`Almost, the other way round: … ✅`) the tick signs the ticker's own
   answer, a correction of the guesses above: the reply without its tick is the back. A thread with no
   ticked reply (no replies, a promise to answer later, an unconfirmed guess) is `unanswered`.
4. Other members' posts (chat between members: `has anyone got last year's paper?`) and their threads
   are no cards: skipped once the page is read. Nothing keys on names, words or language.

Context: the cleaned heading path of the section holding the question (the export's day headings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Document, holds, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "thread-reply"

_ARROWS = ("↳", "↪", "⤷")
# `↳ **Name** 9:14 AM`, `**QOTD** `APP` 9:00 AM`, `**Ana** · 14:05`: a post header, the reply arrow optional.
_HEADER = lazy_pattern(
    r"^[ \t]{0,3}(?P<arrow>[↳↪⤷][ \t]*)?(?P<b>\*\*|__)(?P<who>[^*_\n]{1,60}?)(?P=b)"
    r"(?P<meta>[^\n]{0,40}?\b\d{1,2}[:.]\d{2}\b[^\n]{0,12})$"
)
# A post's own words may not run on after the time: `… 9:00 AM` ends the header.
_META_WORDS = lazy_pattern(r"[^\W\d_]{4,}")
# `🧬 **Question of the day #4:** `, `**Bonus question:** `: an emoji and a bold label opening a post's text.
_OPENING = lazy_pattern(r"^(?:[^\w\s*_`$\\(\[]+[ \t]*)*(?:(?P<b>\*\*|__)[^*_\n]{1,60}?[:：](?P=b)[ \t]*)?")
_TICK = lazy_pattern(r"[✅✔☑]\ufe0f?")
# `Correct.`, `Tajjeb!`: a one-word verdict opening the ticker's remark.
_VERDICT = lazy_pattern(r"^[ \t]*[^\W\d_][\w'’-]*[ \t]*[.!][ \t]*")
_MIN_TICKED = 2


@dataclass(slots=True)
class _Post:
    who: str
    """The poster's name, as the header writes it."""
    reply: bool
    """Whether an arrow heads it: a reply in the thread of the post above."""
    first: int
    """Its header's line."""
    last: int
    """The line after its last block."""
    block: int
    """The block of its header."""
    parts: list[str] = field(default_factory=list)
    """Its text: the rest of the header's paragraph, then each block after it, as Markdown."""


def _may_hold_replies(text: str) -> bool:
    """False when no reply arrow is in the text: the precheck of nearly every document."""
    return any(holds(text, arrow) for arrow in _ARROWS)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from chat threads whose ticked reply answers the post (see the module docstring)."""
    if not _may_hold_replies(doc.source.text):
        return RuleResult()  # no reply arrow: nearly every document
    threads = _threads(doc, taken)
    ticked: dict[str, int] = {}
    for root, replies in threads:
        if any(_TICK.search("\n".join(r.parts)) for r in replies):
            ticked[root.who] = ticked.get(root.who, 0) + 1
    askers = {who for who, n in ticked.items() if n >= _MIN_TICKED}
    if not askers:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for root, replies in threads:
        end = replies[-1].last if replies else root.last
        question = _question(root)
        if root.who not in askers or not question:
            claims.update(claim(root.first, end, "skip:chat"))
            continue
        answer = _answer(replies)
        reason = "no answer" if answer is None else empty_reason(answer)
        loc = doc.loc(root.first)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(root.first, end, "unanswered"))
            continue
        path = heading_path(doc, root.block)
        drafts.append(CardDraft(loc, CONVENTION, question, answer or "", tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(root.first, end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _threads(doc: Document, taken: Mapping[int, str]) -> list[tuple[_Post, list[_Post]]]:
    """The posts of the page's free blocks, each top-level post with the replies of its thread."""
    threads: list[tuple[_Post, list[_Post]]] = []
    current: _Post | None = None
    for index, block in enumerate(doc.blocks):
        if block.kind in ("heading", "hr") or not is_free(doc, taken, index):
            current = None
            continue
        header = _HEADER.match(doc.lines[block.first]) if block.kind == "paragraph" else None
        if header is not None and not _tagged(header.group("meta")):
            header = None  # words run on after the name: a sentence, no header
        if header is None:
            if current is not None:
                current.parts.append(doc.text(block.first, block.last).strip("\n"))
                current.last = block.last
            continue
        reply = header.group("arrow") is not None
        current = _Post(header.group("who").strip(), reply, block.first, block.last, index)
        rest = doc.text(block.first + 1, block.last).strip("\n")
        if rest.strip():
            current.parts.append(rest)
        if reply:
            if threads:
                threads[-1][1].append(current)
            else:
                current = None  # a reply before any post: nothing to attach it to
        else:
            threads.append((current, []))
    return threads


def _tagged(meta: str) -> bool:
    """True when the words after the name are a tag in code (`` `APP` ``, a bot's badge) and the time."""
    return _META_WORDS.search(re.sub(r"`[^`\n]*`", " ", meta)) is None


def _question(post: _Post) -> str:
    """The question of a post: its first block, unquoted, its opening emoji and bold label dropped."""
    if not post.parts:
        return ""
    text = post.parts[0]
    if text.lstrip().startswith(">"):
        text = unquote(text)
    text = " ".join(text.split())
    return text[_OPENING.match(text).end() :].strip()  # type: ignore[union-attr]


def _answer(replies: list[_Post]) -> str | None:
    """The back the first ticked reply decides (see the module docstring), or None when none is ticked or
    it confirms nothing."""
    for n, reply in enumerate(replies):
        body = "\n\n".join(reply.parts).strip()
        tick = _TICK.search(body)
        if tick is None:
            continue
        words = (body[: tick.start()] + body[tick.end() :]).strip()
        if tick.start() > 0 and words:
            return words  # the ticker's own answer, signed with the tick
        above = "\n\n".join(replies[n - 1].parts).strip() if n > 0 else ""
        if not above:
            return words or None
        remark = _VERDICT.sub("", words, count=1).strip()
        return f"{above}\n\n{remark}" if remark else above
    return None
