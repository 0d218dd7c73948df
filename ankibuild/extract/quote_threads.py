"""Quote threads: questions posted as block quotes, answered by the replies quoted inside them.

    > What is lithification? [name=Ana] [time=Sun, Oct 6, 2024 7:02 PM]
    >> Compaction and cementation of loose sediment. [name=Ben]
    >>> so is coal a rock? [name=Cy]
    >>>> Yes, an organic sedimentary one. [name=Ben]

    > Why do rivers meander? [name=Ben]
    >> no idea, wasn't that in the lecture I missed?? [name=Ana]
    >>> same, I'll ask on Tuesday [name=Cy]

Study-group pages on collaborative editors (HackMD, CodiMD, HedgeDoc) post each question as a block quote
and reply inside it, one quote level deeper per reply. A top-level quote whose first post (its lines at
level one) asks is a thread: the post is the front; the reply right under it (level two) is the back, with
the deeper replies that do not ask. A deeper reply that asks is a follow-up, a card of its own answered by
the reply under it. A thread whose first reply asks back (`no idea, isn't that …??`) or holds a
placeholder, or that has no reply, is `unanswered`; its other replies are chat. The editor's inline tags
(`[name=…]`, `[time=…]`, `[color=…]`: any `[word=…]`) are metadata, on neither side.

Read where two threads with replies or more are found, one of them answered (a question quoted alone on
such a page is a thread with no reply yet); a quote holding a heading, a fence, a
callout mark or a class line (`{: .solution}`, a lesson box) is another layout, left alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "quote-thread"

# The quote marks opening a line (`>`, `>>`, `> >`), three spaces of indentation allowed.
_MARKS = lazy_pattern(r"^[ \t]{0,3}((?:>[ \t]?)+)")
# An editor's inline tag: `[name=Ana]`, `[time=Sun, Oct 6, 2024 7:02 PM]`, `[color=#907bf7]`.
_TAG = lazy_pattern(r"[ \t]*\[[a-z]+=[^\]\n]*\]")
# What makes a quote another layout: a heading, a fence, a callout mark, a kramdown class line.
_OTHER_LAYOUT = lazy_pattern(r"^(?:#{1,6}[ \t]|`{3,}|~{3,}|\[![A-Za-z]|\{:)")
_ASKS_BACK = ("?", "？", "؟")
_MIN_THREADS = 2


@dataclass(frozen=True, slots=True)
class _Post:
    """One post of a thread: the lines written at one quote level."""

    level: int
    """How deep it is quoted: 1 for the question, 2 for the replies to it, and so on."""
    first: int
    """Its first source line."""
    text: str
    """Its text, quote marks and editor tags removed."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions posted as quotes and the replies nested inside them."""
    if "blockquote" not in block_kinds(doc) or not (text_holds(doc, ">>") or text_holds(doc, "> >")):
        return RuleResult()  # no nested quote anywhere: nearly every document
    threads: list[tuple[int, list[_Post]]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == "blockquote" and is_free(doc, taken, index):
            posts = _posts(doc, index)
            if posts is not None:
                threads.append((index, posts))
    replied = [posts for _, posts in threads if len(posts) > 1]
    if len(replied) < _MIN_THREADS or not any(_answer(posts) is not None for posts in replied):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, posts in threads:
        block = doc.blocks[index]
        raw = heading_path(doc, index)
        path, tags = tuple(clean_heading(p) for p in raw), topic_tags(raw)
        answer = _answer(posts)
        loc = doc.loc(block.first)
        question = " ".join(posts[0].text.split())
        if answer is None:
            reason = "no answer" if len(posts) == 1 else empty_reason(posts[1].text) or "asks back"
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(block.first, block.last, "unanswered"))
            continue
        drafts.append(CardDraft(loc, CONVENTION, question, answer, path, tags))
        for follow_up, reply in _follow_ups(posts):
            here = doc.loc(follow_up.first)
            asked = " ".join(follow_up.text.split())
            held = "no answer" if reply is None else empty_reason(reply.text)
            if reply is None or held is not None:
                diagnostics.append(unanswered(here, asked, held))
            else:
                drafts.append(CardDraft(here, CONVENTION, asked, reply.text, path, tags))
        claims.update(claim(block.first, block.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _posts(doc: Document, index: int) -> list[_Post] | None:
    """The posts of a quote that reads as a thread (a first post at level one that asks, every later post
    deeper; a question posted with no reply yet too), None otherwise."""
    block = doc.blocks[index]
    posts: list[tuple[int, int, list[str]]] = []
    level = 0
    for n in range(block.first, block.last):
        line = doc.lines[n]
        match = _MARKS.match(line)
        if match is None:  # a lazy continuation line: the post above goes on
            if not line.strip() or not posts:
                continue
            text = line.strip()
        else:
            level = match.group(1).count(">")
            text = line[match.end() :].strip()
            if not text:
                level = 0  # a blank quoted line ends the post
                continue
        if _OTHER_LAYOUT.match(text):
            return None
        if posts and posts[-1][0] == level and posts[-1][2]:
            posts[-1][2].append(text)
        else:
            posts.append((level, n, [text]))
    if not posts or posts[0][0] != 1 or (len(posts) > 1 and posts[1][0] != 2) or any(level < 2 for level, _, _ in posts[1:]):
        return None
    found = [_Post(level, first, _TAG.sub("", "\n".join(lines)).strip()) for level, first, lines in posts]
    if not found[0].text or not is_question(found[0].text):
        return None
    return found


def _asks(post: _Post) -> bool:
    return post.text.rstrip("*_ ").endswith(_ASKS_BACK)


def _answer(posts: list[_Post]) -> str | None:
    """The back of a thread: the first reply with the deeper replies that ask nothing and answer no
    follow-up; None when there is no reply or the first asks back or is a placeholder."""
    if len(posts) < 2:
        return None
    reply = posts[1]
    if _asks(reply) or empty_reason(reply.text) is not None:
        return None
    answered = {r.first for _, r in _follow_ups(posts) if r is not None}  # each post starts on its own line
    kept = [reply.text] + [p.text for p in posts[2:] if not _asks(p) and p.first not in answered]
    return "\n\n".join(kept)


def _follow_ups(posts: list[_Post]) -> list[tuple[_Post, _Post | None]]:
    """The deeper replies that ask, each with the reply right under it (one level deeper), if any."""
    found: list[tuple[_Post, _Post | None]] = []
    for n, post in enumerate(posts[2:], start=2):
        if _asks(post):
            after = posts[n + 1] if n + 1 < len(posts) else None
            found.append((post, after if after is not None and after.level == post.level + 1 and not _asks(after) else None))
    return found
