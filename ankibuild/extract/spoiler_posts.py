"""Chat posts whose answer hides in a spoiler (a Discord or Telegram channel pasted into a page):

    **QOTD #12** · Mon 3 Feb
    Which enzyme does aspirin block?
    ||Cyclo-oxygenase (COX-1 and COX-2), irreversibly.||

    **Quiz bot** — 04/02/2025 19:00
    📌 **Question of the day #13**
    What is the half-life of caffeine? ||About five hours.||

    ❓ **Question 14**
    Which is a loop diuretic?

    A) furosemide  B) spironolactone  C) mannitol

    ✅ Right answer: ||A) furosemide||

A line ending in a spoiler (`||…||`, the chat's hidden text) answers. The question is the text before the
spoiler on that line, and the lines of its paragraph above it that are no post header (a line opening,
after an emoji, with a bold name: the author, the post's title or number). When those hold nothing but an
answer label (`✅ Right answer:`), the question is the paragraph above, past a paragraph of lettered
options (`A) …  B) …`), which goes to the top of the back. An empty spoiler (`|| ||`) leaves its question
`unanswered`; so does a post headed like the answered ones (the same bold name, its number aside) that
asks with no spoiler under it (`🔒 answer drops Monday`), with the answer-label line that stands in for
its spoiler. A message that ends with `?` answered by the next message, which opens by naming its author
(`@name …`), is a card too. Read only where two lines or more end in a spoiler and one at least holds
text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

# `… ||the answer||` closing a line; the spoiler opens the line or follows a space.
_SPOILER_END = re.compile(r"(?:^|(?<=\s))\|\|(?P<body>(?:[^|\n]|\|(?!\|))*)\|\|[ \t]*$")
# A post header: after emoji and marks, a bold name (`**QOTD #38** · Mon`, `📌 **Question of the day #4**`).
_HEADER = re.compile(r"^[^\w*\n]*(?:\*\*|__)(?P<name>[^*_\n]{1,60}?)(?:\*\*|__)(?P<rest>[^\n]*)$")
# `✅ Right answer:`, `**Answer:**`: the text before a spoiler that only labels it.
_LABEL = re.compile(r"^[^\w\n]*(?:[^\W\d_][\w'’-]*[ \t]*){1,4}[*_]*[:：][*_]*[ \t]*$")
# `A) walk  B) run`: lettered options on one line, two spaces or a tab apart.
_GAP = re.compile(r"[ \t]{2,}|\t")
_OPTION = re.compile(r"^[^\W\d_][).][ \t]+\S")
# `**Q7.** …`, `**Frage 3:** …`: a short bold label opening the question, ended by its punctuation.
_BOLD_LABEL = re.compile(r"^(?:\*\*|__)[^*_\s][^*_\n]{0,20}?[.:：)](?:\*\*|__)[ \t]+(?=\S)")
# `#48`, `№ 12`: the number a post's header gives it.
_POST_NUMBER = re.compile(r"[#№][ \t]?(?P<n>\d{1,5})\b")
# `- #48 — What is …?`: a list item numbered as the posts are, its question after a dash or colon.
_NUMBERED_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+[#№][ \t]?(?P<n>\d{1,5})[ \t]*[—–:-][ \t]*(?P<text>\S.*)$")
# `@name …`: a reply naming the author of the message it answers.
_MENTION = re.compile(r"^@(?P<name>[\w.-]+)[,:]?[ \t]+(?=\S)")
_MIN_SPOILERS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from chat posts answered in spoilers."""
    if not text_holds(doc, "||"):
        return RuleResult()  # no spoiler mark: nearly every document
    blocks = doc.blocks
    spoiled = [i for i, b in enumerate(blocks) if b.kind == "paragraph" and _spoiler_lines(doc, i)]
    bodies = [m.group("body") for i in spoiled for _, m in _spoiler_lines(doc, i)]
    if len(bodies) < _MIN_SPOILERS or not any(body.strip() for body in bodies):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    names: set[str] = set()
    labels: set[str] = set()
    used: set[int] = set()
    for index in spoiled:
        if not is_free(doc, taken, index) or index in used:
            continue
        lines = doc.block_text(index).split("\n")
        asked: list[str] = []
        spoken = False  # a spoiler line above in this paragraph: the paragraph above is not asked again
        for line in lines:
            match = _SPOILER_END.search(line)
            if match is None or line.count("`", 0, match.start()) % 2:
                if _HEADER.match(line) is None or _asks(line):
                    asked.append(line.strip())
                continue
            before = line[: match.start()].strip()
            span = [index]
            options: list[str] = []
            if before and _LABEL.match(before):
                labels.add(_label_key(before))
                before = ""
            question = _question([*asked, before] if before else asked)
            header = _header_name(lines[0])
            if not question and not spoken:
                found = _question_above(doc, taken, index, used)
                if found is not None:
                    question, options, above, header = found
                    span = [*above, index]
            asked = []
            spoken = True
            if not question:
                continue
            if header:
                names.add(header)
            answer = match.group("body").strip()
            _record(doc, index, span[0], question, answer, options, drafts, diagnostics)
            for i in span:
                used.add(i)
                claims.update(claim(blocks[i].first, blocks[i].last, "card" if answer else "unanswered"))
    if not drafts:
        return RuleResult()
    _unanswered_posts(doc, taken, used, names, labels, diagnostics, claims)
    _numbered_to_come(doc, taken, set(used), diagnostics, claims)
    _replies(doc, taken, used, drafts, claims)
    diagnostics.sort(key=lambda d: d.loc.line)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _spoiler_lines(doc: Document, index: int) -> list[tuple[int, re.Match[str]]]:
    """The lines of a paragraph that end in a spoiler, with their match."""
    text = doc.block_text(index)
    if "||" not in text:
        return []
    found = []
    for n, line in enumerate(text.split("\n")):
        if line.lstrip().startswith("|") and not line.lstrip().startswith("||"):
            continue  # a table row
        match = _SPOILER_END.search(line)
        if match is not None and not line.count("`", 0, match.start()) % 2:
            found.append((n, match))
    return found


def _asks(line: str) -> bool:
    """True for a line that ends asking (`?`), emphasis and spaces aside: a question, even one opening in bold."""
    return line.rstrip(" \t*_").endswith(("?", "？"))


def _header_name(line: str) -> str:
    """The bold name heading a post, its numbers and marks aside (`**QOTD #38**` → `qotd`), or ``."""
    match = _HEADER.match(line)
    if match is None or _asks(line):
        return ""
    return " ".join(re.sub(r"[\d#№.:()\[\]-]+", " ", match.group("name")).split()).lower()


def _label_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]+", " ", text).split()).lower()


def _question(lines: list[str]) -> str:
    """The question of a post's lines: up to the last line that asks (what follows is a stand-in for the
    answer), joined; emphasis around the whole of it gone."""
    lines = [line for line in lines if line.strip()]
    asking = [n for n, line in enumerate(lines) if "?" in line or "？" in line]
    if asking:
        lines = lines[: asking[-1] + 1]
    text = " ".join(" ".join(lines).split())
    text = _BOLD_LABEL.sub("", text, count=1)
    for mark in ("**", "__"):
        if text.startswith(mark) and text.endswith(mark) and len(text) > 4 and mark not in text[2:-2]:
            text = text[2:-2].strip()
    question, _ = clean_question(text)
    return question


def _body_lines(doc: Document, index: int) -> list[str]:
    """A paragraph's lines that are no post header."""
    return [line for line in doc.block_text(index).split("\n") if _HEADER.match(line) is None or _asks(line)]


def _question_above(
    doc: Document, taken: Mapping[int, str], index: int, used: set[int]
) -> tuple[str, list[str], list[int], str] | None:
    """For an answer-label line: the question of the paragraph above (past lettered options), those
    options, the blocks read, and the post's header name."""
    options: list[str] = []
    above: list[int] = []
    n = index - 1
    while n >= 0 and doc.blocks[n].kind == "paragraph" and is_free(doc, taken, n) and n not in used:
        text = doc.block_text(n).strip()
        if _spaced_options(text):
            options.insert(0, text)
            above.insert(0, n)
            n -= 1
            continue
        if _spoiler_lines(doc, n):
            return None
        question = _question(_body_lines(doc, n))
        if not question or question.endswith((":", "：")):
            return None  # a lead-in (`Read the text, then answer:`) is no question
        return question, options, [n, *above], _header_name(text.split("\n")[0])
    return None


def _spaced_options(text: str) -> bool:
    """True for one line of two or more lettered options two spaces apart (`A) walk  B) run`)."""
    if "\n" in text:
        return False
    parts = _GAP.split(text)
    return len(parts) >= 2 and all(_OPTION.match(part) for part in parts)


def _record(
    doc: Document,
    index: int,
    first: int,
    question: str,
    answer: str,
    options: list[str],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
) -> None:
    """A card of the spoiler's text (the options over it), or an `unanswered` report when it holds none."""
    loc = doc.loc(doc.blocks[first].first)
    reason = empty_reason(answer)
    if reason is not None:
        diagnostics.append(unanswered(loc, question, reason))
        return
    answer = "\n\n".join([*options, answer])
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    drafts.append(CardDraft(loc, "spoiler-post", question, answer, context, topic_tags(path)))


def _unanswered_posts(
    doc: Document,
    taken: Mapping[int, str],
    used: set[int],
    names: set[str],
    labels: set[str],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """Posts headed like the answered ones that ask with no spoiler: `unanswered`, with the answer-label
    line standing in for their spoiler."""
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or index in used or not is_free(doc, taken, index):
            continue
        text = doc.block_text(index)
        if _header_name(text.split("\n")[0]) not in names:
            continue
        question = _question(_body_lines(doc, index))
        if not question or not is_question(question):
            continue
        span = [index]
        after = index + 1
        if (
            after < len(blocks)
            and blocks[after].kind == "paragraph"
            and is_free(doc, taken, after)
            and after not in used
            and (head := doc.block_text(after).split(":", 1)[0] + ":")
            and _label_key(head) in labels
        ):
            span.append(after)
        diagnostics.append(unanswered(doc.loc(block.first), question, "no answer"))
        for i in span:
            used.add(i)
            claims.update(claim(blocks[i].first, blocks[i].last, "unanswered"))


def _replies(doc: Document, taken: Mapping[int, str], used: set[int], drafts: list[CardDraft], claims: dict[int, str]) -> None:
    """A message ending with `?` and the next message, which names its author (`@name …`), as a card."""
    blocks = doc.blocks
    for index in range(len(blocks) - 1):
        after = index + 1
        if (
            blocks[index].kind != "paragraph"
            or blocks[after].kind != "paragraph"
            or {index, after} & used
            or not (is_free(doc, taken, index) and is_free(doc, taken, after))
        ):
            continue
        asking, replying = doc.block_text(index).split("\n"), doc.block_text(after).split("\n")
        author = _HEADER.match(asking[0])
        if author is None or _asks(asking[0]) or len(asking) < 2 or _HEADER.match(replying[0]) is None or len(replying) < 2:
            continue
        mention = _MENTION.match(replying[1].strip())
        if mention is None or mention.group("name").lower() != author.group("name").strip().lower():
            continue
        question = _question(asking[1:])
        if not question.endswith(("?", "？")):
            continue
        answer = "\n".join([replying[1].strip()[mention.end() :], *replying[2:]]).strip()
        if empty_reason(answer) is not None:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(blocks[index].first), "spoiler-post", question, answer, context, topic_tags(path)))
        used.update((index, after))
        claims.update(claim(blocks[index].first, blocks[after].last, "card"))


def _numbered_to_come(
    doc: Document, taken: Mapping[int, str], used: set[int], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """List items numbered on from the posts (`- #48 — What is …?` below posts `#41` to `#47`) that ask:
    questions announced, not yet posted, so `unanswered`."""
    numbers: set[int] = set()
    for index in used:
        for line in doc.block_text(index).split("\n"):
            if _HEADER.match(line) and not _asks(line):
                numbers.update(int(m.group("n")) for m in _POST_NUMBER.finditer(line))
    if not numbers:
        return
    for index, block in enumerate(doc.blocks):
        if block.kind != "bullet_list" or not is_free(doc, taken, index):
            continue
        for line_number in range(block.first, block.last):
            match = _NUMBERED_ITEM.match(doc.lines[line_number])
            if match is None or int(match.group("n")) in numbers or int(match.group("n")) < min(numbers):
                continue
            question = _question([match.group("text")])
            if question.endswith(("?", "？")):
                diagnostics.append(unanswered(doc.loc(line_number), question, "no answer"))
                claims[line_number] = "unanswered"
