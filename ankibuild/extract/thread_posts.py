"""Thread posts: a social-media thread saved into a page, one post between rules, each numbered `**N/**`.

    ---

    **4/**
    What does this log?

    ```js
    …
    ```

    `3 3 3`: one shared `var i` …

    ---

    **5/** ❓ Question 4: What is a closure?

    💡 A function bundled with the scope it was created in.

    ---

1. **The posts** are the runs of blocks between rules (`---`) or headings whose first paragraph opens with
   a post counter in bold (`**4/**`, `**4/12**`), three posts or more.
2. **Cards.** A post whose text after the counter opens with one line that asks (`?`, a command word:
   `Explain …`) is a question: that line (a question emoji and a `Q3:` label dropped) is the front, the rest of
   the post the back (an answer emoji opening it dropped). Two such answered posts are needed.
3. **Unanswered.** An empty back, a placeholder, an aside wholly in brackets (`(saving this one for part 2)`),
   a back that ends by pointing down to the replies (`… drop yours in the replies 👇`), or, where the answered
   posts open their answers with one answer emoji (`💡`), a back that opens otherwise (`🤔 not sure …`) leaves
   the question `unanswered`.
4. **The rest.** Posts that do not ask (the thread's opening and closing words) are skipped with it.

Context: the cleaned heading path of the post.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, may_open_a_line_with
from .emoji_marks import ANSWER_MARKS, ASK_MARKS, after_mark, question_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import ends_with_question_mark, starts_with_imperative

CONVENTION = "thread-post"

_MIN_POSTS = 3
_MIN_ANSWERED = 2
_MIN_MARKED = 2
# `**4/**`, `**4/12**`, `__4/__`: a post's counter in bold, at the start of its first line.
_COUNTER = re.compile(r"^[ \t]*(?P<b>\*\*|__)\d{1,3}/(?:\d{1,3})?(?P=b)[ \t]*")
_OPENING = re.compile(r"(?:\*\*|__)\d{1,3}/", re.M)
# The emoji that open an answer in a post: those of `emoji_marks` and the tip / note marks.
_REPLY_MARKS = (*ANSWER_MARKS, "\U0001f4a1", "\U0001f4dd", "\U0001f4ac")  # … 💡 📝 💬
# `(saving this one for part 2 😅)`: an aside wholly in brackets stands where the answer would go.
_ASIDE = re.compile(r"^[*_]*[(（][^()（）]*[)）][*_]*$")
_POINTS_DOWN = "\U0001f447"  # 👇: to the replies under the post
_MAX_QUESTION = 300


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the posts of a saved thread that ask and answer (see the module docstring)."""
    if "hr" not in block_kinds(doc) or not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no rule or no bold counter: nearly every document
    posts = _posts(doc, taken)
    if len(posts) < _MIN_POSTS:
        return RuleResult()
    asked = [(post, _split(doc, post)) for post in posts]
    questions = [(post, parts) for post, parts in asked if parts is not None]
    marks = Counter(_reply_mark(answer) for _, (_, answer) in questions)
    marks.pop(None, None)
    common = marks.most_common(1)
    mark = common[0][0] if common and common[0][1] >= _MIN_MARKED else None
    outcomes = [(post, question, _answer(answer, mark)) for post, (question, answer) in questions]
    if sum(1 for _, _, (_, reason) in outcomes if reason is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for post in posts:
        claims.update(claim(doc.blocks[post[0]].first, doc.blocks[post[-1]].last, "skip:thread"))
    for post, question, (back, reason) in outcomes:
        first = doc.blocks[post[0]]
        loc = doc.loc(first.first)
        outcome = "card"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            path = heading_path(doc, post[0])
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, back, context, topic_tags(path)))
        claims.update(claim(first.first, doc.blocks[post[-1]].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _posts(doc: Document, taken: Mapping[int, str]) -> list[list[int]]:
    """The free runs of blocks between rules or headings whose first paragraph opens with a counter."""
    posts: list[list[int]] = []
    run: list[int] = []
    for index, block in enumerate([*doc.blocks, None]):
        if block is None or block.kind in ("hr", "heading") or not is_free(doc, taken, index):
            if run and doc.blocks[run[0]].kind == "paragraph" and _COUNTER.match(doc.lines[doc.blocks[run[0]].first]):
                posts.append(run)
            run = []
            continue
        run.append(index)
    return posts


def _split(doc: Document, post: list[int]) -> tuple[str, str] | None:
    """(question, answer source) of a post that opens with a line that asks after its counter, else None."""
    first = doc.blocks[post[0]]
    opening = doc.lines[first.first : first.last]
    lines = [line for line in [_COUNTER.sub("", opening[0], count=1), *opening[1:]] if line.strip()]
    if not lines and len(post) > 1 and doc.blocks[post[1]].kind == "paragraph":
        post = post[1:]  # the counter alone, the question the paragraph under it
        first = doc.blocks[post[0]]
        lines = list(doc.lines[first.first : first.last])
    if not lines:
        return None
    line = lines[0].strip()
    if len(line) > _MAX_QUESTION or not _asks(line):
        return None
    question = question_of(line) if after_mark(line, ASK_MARKS) is not None else question_of("\u2753 " + line)
    rest = "\n".join(lines[1:]).strip()
    parts = [rest] if rest else []
    parts += [doc.block_text(i).strip() for i in post[1:] if doc.blocks[i].first >= first.last]
    return question, "\n\n".join(p for p in parts if p)


def _asks(line: str) -> bool:
    """True for a line that asks with `?` or opens with a command word (`Explain …`), one sentence."""
    plain = after_mark(line, ASK_MARKS)
    text = (plain if plain is not None else line).strip()
    if ends_with_question_mark(text):
        return True
    return text.endswith(".") and ". " not in text and starts_with_imperative(text)


def _reply_mark(answer: str) -> str | None:
    """The answer emoji a back opens with, if any."""
    for mark in _REPLY_MARKS:
        if after_mark(answer, (mark,)) is not None:
            return mark
    return None


def _answer(answer: str, mark: str | None) -> tuple[str, str | None]:
    """(back, None) for an answer, or ("", reason) when the post leaves its question open."""
    opened = _reply_mark(answer)
    if mark is not None and opened != mark:
        return "", "no answer"
    back = (after_mark(answer, (opened,)) or "").strip() if opened else answer
    if not back:
        return "", "no answer"
    reason = empty_reason(back)
    if reason is not None:
        return "", reason
    if "\n\n" not in back and (_ASIDE.match(back) or back.rstrip().endswith(_POINTS_DOWN)):
        return "", "no answer"
    return back, None
