"""Chosen replies: a Q&A site's threads copied into a page (HiNative, a forum, a class board), each question
followed by the list of its replies, one of them marked as the chosen answer.

    ---

    *What is the difference between* **ser and estar** *?*

    - 🇪🇸 **lucia_m** ⭐
      > *ser* for what something is, *estar* for states and places.
    - 🇲🇽 **tono** 👍 3
      > Think "permanent vs. temporary", with exceptions.

    ---

1. **A thread** is a free paragraph followed by a bullet list of replies: every item opens with a header line
   made of the replier (a bold name, flags or emoji before it allowed) and marks after it (`👍 4`, `⭐`), with
   no words; what is nested under the header (a quote, lines, a list) is the reply.
2. **The answer** is the reply whose header carries a chosen mark (`⭐`, `🌟`, `✅`, `✔️`, `☑️`, `🏆`): its
   body, the quote markers removed. The question is the paragraph, its italics dropped (a site's question
   template in italics around the subject in bold: `*What does* **X** *mean?*` asks `What does **X** mean?`).
3. A thread whose replies carry no chosen mark is `unanswered`; so is a question paragraph written like the
   threads' (the same opening markup, on one line, after a rule) whose only follower before the next rule,
   heading or the end is a short note in place of replies (`> *No answers yet*`).
4. Read only where two threads or more have a chosen reply: a single starred item in a list is no thread.

Context: the cleaned heading path of the thread's section (document title excluded).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Block, Document, block_kinds, dedent, lazy_pattern, list_items
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "chosen-reply"

# ⭐ 🌟 ✅ ✔ ☑ 🏆: the mark a site (or the asker) puts on the reply chosen as the answer.
_CHOSEN = ("\u2b50", "\U0001f31f", "\u2705", "\u2714", "\u2611", "\U0001f3c6")
# `- 🇯🇵 **haru_m** ⭐`, `* **ana** 👍 4`: a reply's header, the replier in bold with flags or emoji before
# the name and marks or counts after it, no words.
_HEADER = lazy_pattern(
    r"^[ \t]{0,3}[-*+][ \t]+(?:[^\w\s*_][ \t]*)*(?P<b>\*\*|__)(?:(?!(?P=b))[^\n]){1,40}(?P=b)(?P<tail>(?:[^\w\n]|\d)*)$"
)
# `*What does*` … `*mean?*`: a single-star or underscore italic span (not bold).
_ITALIC = lazy_pattern(r"(?<![*\w])\*(?!\*)([^*\n]+?)(?<!\*)\*(?![*\w])|(?<![_\w])_(?!_)([^_\n]+?)(?<!_)_(?![_\w])")
_BOLD = lazy_pattern(r"\*\*|__")
_SPACE_BEFORE_END = lazy_pattern(r"[ \t]+([?？.。!！])$")
_NOTE_MAX = 200
_MIN_CHOSEN = 2


def _may_hold_chosen_reply(doc: Document) -> bool:
    """False when the page holds no chosen mark, no bold and no bullet list: no thread can be read."""
    text = doc.source.text
    return "bullet_list" in block_kinds(doc) and ("**" in text or "__" in text) and any(mark in text for mark in _CHOSEN)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from Q&A threads answered by their chosen reply (see the module docstring)."""
    if not _may_hold_chosen_reply(doc):
        return RuleResult()
    blocks = doc.blocks
    threads: list[tuple[int, str | None]] = []  # (question paragraph, chosen reply's body or None)
    for index in range(1, len(blocks)):
        replies = _replies(doc, blocks[index]) if blocks[index].kind == "bullet_list" else None
        if replies is None or blocks[index - 1].kind != "paragraph":
            continue
        if not (is_free(doc, taken, index) and is_free(doc, taken, index - 1)):
            continue
        threads.append((index - 1, next((body for chosen, body in replies if chosen), None)))
    if sum(1 for _, body in threads if body is not None) < _MIN_CHOSEN:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    openings = {_opening(doc.block_text(q)) for q, body in threads if body is not None}
    for index, body in threads:
        question = _question(doc.block_text(index))
        loc = doc.loc(blocks[index].first)
        reason = (empty_reason(body) if body.strip() else "no answer") if body is not None else "no chosen reply"
        if reason is None and body is not None:
            path = heading_path(doc, index)
            drafts.append(CardDraft(loc, CONVENTION, question, body, tuple(clean_heading(p) for p in path), topic_tags(path)))
            outcome = "card"
        else:
            diagnostics.append(unanswered(loc, _plain(question), reason))
            outcome = "unanswered"
        claims.update(claim(blocks[index].first, blocks[index + 1].last, outcome))
    seen = {index for index, _ in threads}
    for index, block in enumerate(blocks):
        if index in seen or block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        note = _lone_question(doc, taken, index, openings)
        if note is None:
            continue
        question = _question(doc.block_text(index))
        diagnostics.append(unanswered(doc.loc(block.first), _plain(question), "no answer"))
        claims.update(claim(block.first, blocks[note].last if note >= 0 else block.last, "unanswered"))
    diagnostics.sort(key=lambda d: d.loc.line or 0)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _replies(doc: Document, block: Block) -> list[tuple[bool, str]] | None:
    """(chosen, body) of each reply of a list whose every item opens with a reply header, else None."""
    replies: list[tuple[bool, str]] = []
    for first, last in list_items(doc, block):
        header = _HEADER.match(doc.lines[first])
        if header is None:
            return None
        body = dedent(doc.lines[first + 1 : last])
        if body and all(line.lstrip().startswith(">") for line in body.split("\n") if line.strip()):
            body = unquote(body)
        replies.append((any(mark in header["tail"] for mark in _CHOSEN), body.strip("\n")))
    return replies or None


def _lone_question(doc: Document, taken: Mapping[int, str], index: int, openings: set[str]) -> int | None:
    """For a one-line paragraph written like the threads' questions, right after a rule, whose only follower
    before the next rule, heading or the end is a short note: the note's block (-1 when there is none);
    else None."""
    blocks = doc.blocks
    block = blocks[index]
    if index == 0 or blocks[index - 1].kind != "hr" or block.last - block.first != 1:
        return None
    if _opening(doc.block_text(index)) not in openings:
        return None
    end = index + 1
    while end < len(blocks) and blocks[end].kind not in ("hr", "heading"):
        end += 1
    if end == index + 1:
        return -1
    if end != index + 2 or blocks[index + 1].kind not in ("blockquote", "paragraph") or not is_free(doc, taken, index + 1):
        return None
    return index + 1 if len(doc.block_text(index + 1).strip()) <= _NOTE_MAX else None


def _opening(text: str) -> str:
    """The markup a question paragraph opens with (`*`, `**`, `_`, `__` or nothing): the threads' shape."""
    text = text.lstrip()
    return text[: len(text) - len(text.lstrip("*_"))]


def _plain(question: str) -> str:
    """A question as a report shows it: its bold marks gone."""
    return _BOLD.sub("", question)


def _question(source: str) -> str:
    """The question of a paragraph: italics dropped, one line, no space before its end mark."""
    text = " ".join(source.split())
    text = _ITALIC.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPACE_BEFORE_END.sub(r"\1", " ".join(text.split()))
    question, _ = clean_question(text)
    return question
