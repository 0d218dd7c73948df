"""Numbered questions answered on the next line of their paragraph, as self-test sheets write them:

    Q1. What is the relative minor of E♭ major?
    _Ans: C minor._

    Q7. A train leaves at 9:40 and arrives at 11:05. How long is the
    journey?
    *Answer:* 1 h 25 min.

    Q8. Which organ stores bile?

A paragraph opening with a numbered `Q` label (`Q1.`, `Q12)`, `Q3:`, bold `**Q4.**`) holds a question; a
later line of the same paragraph (a soft line break, no blank line) that opens with an answer label
(`Ans:`, `Answer:`, `A:`, the labels questions.ANSWER_LABEL knows, bold or in italics: `_Ans: …_`,
`*Ans:* …`) starts its answer. The question is every line before that one (a question wrapping onto a
second line keeps both); the answer runs to the next `Q` line of the paragraph or its end, never into the
blocks after it (a score or a diagram under the last answer is the section's, not the answer's).

The pair is required: only a document holding two answered `Q` paragraphs at least is read. There, a `Q`
paragraph without an answer line is reported unanswered, as is an answer that is a placeholder. A dotted
`A.` / `Ans.` line is the dotted-pair rule's.

A bold number opens such a paragraph as a `Q` label does (`**1.** Kiek kamerų turi širdis?` over `Ats.: Keturias.`,
the answer label in the note's language): the paragraph holds the question and its answer, never the next
item. A bold-number stem ending in a colon over lettered sub-questions, each with its answer line
(`**5.** Coronary arteries:` / `a) Where do they arise?` / `Ans: …`), gives one card per sub-question, the
stem in front of it. An answer label alone on the paragraph's last line takes the list right under the
paragraph (or the table) as its answer; a lone dash after the label (`Ats.: —`) is no answer. The label may
open the paragraph right under a bold-number paragraph, or under a choice's option (`(b) …` after a centred
`<b>or</b>`), instead: the answer then runs on to the next item, heading, rule or HTML line, and one that is only
an emphasised note in brackets (`_(to write up later)_`) is no answer.

The answer line may stand in small print (`<sub>**Antwoord:** …</sub>`, `<small>…</small>`: the tags are only
the print size), under a dotted bold number (`**1.1** … (2)`, the bare marks note left off). A numbered list
item holding such a line under its question (`5. … ______ …` over an indented `**Answer:** …`) is read the
same, in a list where two items at least, and half of them, are so answered; its other items are unanswered.

Board-exam revision sheets key their items in the script of the note (`(क)`, `(ख)`, `(b)`, or a number in
Eastern Arabic or Devanagari digits, `۹.`, which CommonMark does not read as a list) and answer each on the
item's next line, after an answer label that a dash may set off (`— **उत्तरम्** — वाल्मीकिः`) or after a
check mark (`✔️ …`, `✅ …`). Such a paragraph is an item where two of them at least are answered; an item
whose answer line is empty or a placeholder is unanswered. The key is left off the front.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered, without_small_print
from .document import Document, block_kinds, lazy_pattern, line_heads, list_items, may_open_a_line_with, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, DOTTED_A, without_marks, without_paper_marks

CONVENTION = "answer-line"

# `Q1.`, `Q12)`, `Q3:`, `**Q4.**`, `__Q5:__`: a numbered question label opening a line.
_Q_LINE = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)?Q[ \t]?\d{1,3}[a-z]?[.):](?(b)(?P=b))[ \t]+(?=\S)")
# The cheap test: a `Q1.` line directly over a line that opens with an answer word, in italics or not.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)?Q[ \t]?\d{1,3}[a-z]?[.):].*\n[ \t]{0,3}[*_]{0,2}[^\s*_]", re.M)
# The first word of a line that `_PRECHECK` matches (`document.line_heads`, in lower case): `q` (`Q 3.`) or
# the label with its number (`Q3.`, `**Q12b)**`), a mark after it.
_HEAD = lazy_pattern(r"^q(?:\d{1,3}[a-z]?)?$", re.M)
# An answer line in italics: `_Ans: C minor._`, `*Answer: 42*`, or only the label in italics: `*Ans:* 42`
# (a bold label, `**Answer:** 42`, is no italics).
_ITALIC_OPEN = lazy_pattern(r"^[ \t]{0,3}(?P<i>[*_])(?![*_])(?=\S)")
# `Ans:*` after the opening `*`: the label alone in italics.
_LABEL_IN_ITALICS = lazy_pattern(r"^(?P<label>[^\s*_:：]{1,20}[ \t]*[:：])(?P<i>[*_])[ \t]*")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Q1.` and bold-number paragraphs answered by a labelled line of their own (see the module
    docstring)."""
    results = [
        found
        for found in (
            _q_label_cards(doc, taken),
            _bold_number_cards(doc, taken),
            _list_item_cards(doc, taken),
            _keyed_paragraph_cards(doc, taken),
        )
        if found.claims
    ]
    if len(results) < 2:
        return results[0] if results else RuleResult()
    return RuleResult(
        tuple(d for r in results for d in r.drafts),
        tuple(d for r in results for d in r.diagnostics),
        {line: reason for r in results for line, reason in r.claims.items()},
    )


def _q_label_cards(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `Q1.` paragraphs answered by a labelled line of their own."""
    text = doc.source.text
    if "Q" not in text or not _HEAD.search(line_heads(doc)) or not search_lines(_PRECHECK, text):
        return RuleResult()
    items: list[tuple[int, int, int, str, str | None]] = []  # (block index, first line, end line, question, answer)
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not _Q_LINE.match(doc.lines[block.first]):
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        items.extend(_items(doc, index))
    if sum(1 for item in items if item[4] is not None) < _MIN_ANSWERED:
        return RuleResult()
    return _item_cards(doc, items, {})


def _items(doc: Document, index: int) -> list[tuple[int, int, int, str, str | None]]:
    """The questions of paragraph `index` (its first line a `Q` line): one per `Q` line, each with its
    first and end line, its text and its answer (None without an answer line)."""
    block = doc.blocks[index]
    starts = [n for n in range(block.first, block.last) if _Q_LINE.match(doc.lines[n])]
    found: list[tuple[int, int, int, str, str | None]] = []
    for pos, start in enumerate(starts):
        end = starts[pos + 1] if pos + 1 < len(starts) else block.last
        match = _Q_LINE.match(doc.lines[start])
        assert match is not None
        lines = [doc.lines[start][match.end() :], *doc.lines[start + 1 : end]]
        answer: str | None = None
        asked = len(lines)
        for n, line in enumerate(lines[1:], 1):
            body = _answer_body(line)
            if body is not None:
                answer = "\n".join([body, *(part.strip() for part in lines[n + 1 :])]).strip()
                asked = n
                break
        question = without_marks(" ".join(part.strip() for part in lines[:asked] if part.strip()))
        if question:
            found.append((index, start, end, question, answer))
    return found


def _answer_body(line: str) -> str | None:
    """The answer a line holds after its answer label (`Ans: C minor.`, `_Ans: C minor._`, `*Ans:* C`),
    without the italics around it; None when the line opens with no answer label."""
    line = without_small_print(line)  # `<sub>**Antwoord:** …</sub>`: an answer in small print
    if DOTTED_A.match(line):
        return None  # `A.` / `Ans.`: the dotted-pair convention
    italic = _ITALIC_OPEN.match(line)
    rest = line[italic.end() :] if italic else line.lstrip()
    if italic:
        label_only = _LABEL_IN_ITALICS.match(rest)
        if label_only is not None and label_only.group("i") == italic.group("i"):
            rest = label_only.group("label") + " " + rest[label_only.end() :]  # `*Ans:* 42`: only the label in italics
            italic = None
    label = ANSWER_LABEL.match(rest)
    if label is None or label.group("b"):
        return None if label is None or italic else rest[label.end() :].strip()
    body = rest[label.end() :].strip()
    if italic:
        mark = italic.group("i")
        if not body.endswith(mark) or body.endswith(mark * 2):
            return None
        body = body[:-1].strip()  # `_Ans: C minor._`: the whole answer in italics
    return body


# `**1.**`, `__12)__`, `**2.3**`: a bold number opening a paragraph's line, the question after it.
_BOLD_NUMBER_LINE = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)\d{1,3}(?:\.\d{1,3})?[.)]?(?P=b)[ \t]+(?=\S)")
# What such a line opens with after its spaces and tabs (`document.may_open_a_line_with`).
_BOLD_NUMBER_OPENING = lazy_pattern(r"^(?:\*\*|__)\d", re.M)
# The cheap test: a bold-number line with a line of the same paragraph under it.
_BOLD_NUMBER_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)\d{1,3}(?:\.\d{1,3})?[.)]?(?:\*\*|__)[ \t]+\S.*\n[ \t]*\S", re.M)
# `a)`, `b.`, `(c)`: a lettered sub-question under a stem.
_LETTERED_LINE = lazy_pattern(r"^[ \t]*(?:\([a-h]\)|[a-h][.)])[ \t]+(?=\S)")
# `—`, `–`, `-`, `--`: a dash alone after the answer label stands for no answer.
_DASH_ONLY = lazy_pattern(r"^[ \t]*(?:[—–]|-{1,3})[ \t]*$")
_Item = tuple[int, int, int, str, str | None]


def _bold_number_cards(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paragraphs opening with a bold number whose later line opens with an answer label."""
    if not may_open_a_line_with(doc, _BOLD_NUMBER_OPENING) or not search_lines(_BOLD_NUMBER_PRECHECK, doc.source.text):
        return RuleResult()
    items: list[_Item] = []
    lists: dict[int, int] = {}  # first line of an item whose answer is the list under it → that list's end
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or not _BOLD_NUMBER_LINE.match(doc.lines[block.first]) and not _OPTION_LINE.match(doc.lines[block.first]):
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        found = _bold_number_items(doc, index) if _BOLD_NUMBER_LINE.match(doc.lines[block.first]) else []
        if not found:
            below = _answered_below(doc, index, taken)
            if below is not None:
                items.append(below[0])
                lists[below[0][1]] = below[1]
            continue
        if found and found[-1][4] == "" and index + 1 < len(doc.blocks):
            after = doc.blocks[index + 1]
            if after.kind in ("bullet_list", "ordered_list", "table") and taken.keys().isdisjoint(range(after.first, after.last)):
                last = found[-1]
                found[-1] = (last[0], last[1], last[2], last[3], doc.text(after.first, after.last).strip("\n"))
                lists[last[1]] = after.last
        items.extend(found)
    if sum(1 for item in items if item[4]) < _MIN_ANSWERED:
        return RuleResult()
    claims: dict[int, str] = {}
    for index in dict.fromkeys(item[0] for item in items):  # a stem's own line too
        claims.update(claim(doc.blocks[index].first, doc.blocks[index].last, "card"))
    return _item_cards(doc, items, claims, lists, lone_dash=True)


# `(b) `, `(খ) `: an option of a choice opening a paragraph (`**8.** (a) …` *or* `(b) …`), its letter in any script.
_OPTION_LINE = lazy_pattern(r"^[ \t]{0,3}\([^\W\d_]{1,2}\)[ \t]+(?=\S)")
# The blocks that end an answer running on under its labelled paragraph: a heading, a rule, an HTML line
# (a centred `<b>or</b>` between the options of a choice).
_ANSWER_STOPS = frozenset({"heading", "hr", "html_block"})
# `_(to write up later — see p. 32)_`: an emphasised note in brackets alone after the label.
_EMPHASISED_ASIDE = lazy_pattern(r"^(?P<e>[*_]{1,2})[(（][^\n]*[)）](?P=e)$")


def _answered_below(doc: Document, index: int, taken: Mapping[int, str]) -> tuple[_Item, int] | None:
    """The item of paragraph `index` (a bold number or a choice's option `(b)`, no answer label in it, a marks
    note after it) whose
    answer label opens the paragraph right under it (`**8.** (a) …? [2]`, a blank line, `Answer: …`), with the
    end line of its answer: that paragraph and the blocks after it, up to the next such item, heading, rule
    or HTML line. None when the paragraph under it opens with no answer label."""
    block = doc.blocks[index]
    if index + 1 >= len(doc.blocks) or any(_answer_body(line) is not None for line in doc.lines[block.first + 1 : block.last]):
        return None
    label = doc.blocks[index + 1]
    body = _answer_body(doc.lines[label.first]) if label.kind == "paragraph" else None
    if body is None or not taken.keys().isdisjoint(range(label.first, label.last)):
        return None
    end = label.last
    for after in doc.blocks[index + 2 :]:
        head = doc.lines[after.first]
        if after.kind in _ANSWER_STOPS or not taken.keys().isdisjoint(range(after.first, after.last)):
            break
        if after.kind == "paragraph" and (_BOLD_NUMBER_LINE.match(head) or _OPTION_LINE.match(head) or _answer_body(head) is not None):
            break
        end = after.last
    first = _BOLD_NUMBER_LINE.sub("", doc.lines[block.first], count=1)
    lines = [_OPTION_LINE.sub("", first, count=1), *doc.lines[block.first + 1 : block.last]]
    asked = " ".join(line.strip() for line in lines if line.strip())
    question = without_paper_marks(asked)
    if not question or question == asked.strip():
        return None  # no marks note after it: an exam paper's item has one (`[2]`), a quiz's tossup not
    text = "\n".join([body, *doc.lines[label.first + 1 : end]]).strip()
    answer = None if _EMPHASISED_ASIDE.match(text) else text  # `_(to write up later)_`: a note to self where the answer goes
    return (index, block.first, block.last, question, answer), end


# The cheap test: a numbered list item's line with an indented line of the same item under it.
_LIST_PRECHECK = lazy_pattern(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+\S[^\n]*\n[ \t]{2,}\S", re.M)
# `**Soru:**`, `__Q__:`: an emphasised label opening the question (a labelled pair of the numbered rule).
_LEAD_LABEL = lazy_pattern(r"^[ \t]*(?:\*\*|__)[^*_\n]{1,20}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])")
# `5. `, `12) `: the number of a list item.
_LIST_NUMBER = lazy_pattern(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+")


def _list_item_cards(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered list items whose later line opens with an answer label (`5. … ______ …` over an
    indented `**Answer:** …`): the same question and answer line, numbered by the list. A list counts when two
    of its items at least, and half of them, are so answered; its other items are reported unanswered."""
    if "ordered_list" not in block_kinds(doc) or not search_lines(_LIST_PRECHECK, doc.source.text):
        return RuleResult()
    items: list[_Item] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "ordered_list" or not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        found: list[_Item] = []
        for first, last in list_items(doc, block):
            if any(not line.strip() for line in doc.lines[first:last]):
                found = []
                break  # an item of several blocks: another convention's
            lines = [_LIST_NUMBER.sub("", doc.lines[first], count=1), *doc.lines[first + 1 : last]]
            if _LEAD_LABEL.match(lines[0]):
                found = []
                break  # `1. **Q:** …`: a labelled pair, the numbered rule's
            at = next((n for n, line in enumerate(lines) if n > 0 and _answer_body(line) is not None), None)
            answer = None if at is None else "\n".join([_answer_body(lines[at]) or "", *(x.strip() for x in lines[at + 1 :])]).strip()
            question = without_paper_marks(" ".join(x.strip() for x in lines[: at if at is not None else len(lines)] if x.strip()))
            found.append((index, first, last, question, answer))
        answered = sum(1 for item in found if item[4] is not None)
        if answered >= _MIN_ANSWERED and 2 * answered >= len(found) and all(item[3] for item in found):
            items.extend(found)
    if not items:
        return RuleResult()
    claims: dict[int, str] = {}
    for index in dict.fromkeys(item[0] for item in items):
        claims.update(claim(doc.blocks[index].first, doc.blocks[index].last, "card"))
    return _item_cards(doc, items, claims)


def _item_cards(doc: Document, items: list[_Item], claims: dict[int, str], ends: Mapping[int, int] | None = None, *, lone_dash: bool = False) -> RuleResult:
    """Each item's card, or `unanswered` when it has no answer or a placeholder (with LONE_DASH, a dash alone
    too); its lines, to its end in ENDS when given there (an answer that is the list under it), are added to
    CLAIMS with what it made."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    for index, first, end, question, answer in items:
        loc = doc.loc(first)
        end = ends.get(first, end) if ends else end
        reason = "no answer" if answer is None else "placeholder" if lone_dash and _DASH_ONLY.match(answer) else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(first, end, "unanswered"))
            continue
        assert answer is not None
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(first, end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _bold_number_items(doc: Document, index: int) -> list[_Item]:
    """The questions of paragraph `index` (its first line a bold-number line) that an answer line answers:
    one per bold-number line, or one per lettered sub-question under a stem; none when no line of the
    paragraph opens with an answer label (another convention's paragraph)."""
    block = doc.blocks[index]
    starts = [n for n in range(block.first, block.last) if _BOLD_NUMBER_LINE.match(doc.lines[n])]
    found: list[_Item] = []
    for pos, start in enumerate(starts):
        end = starts[pos + 1] if pos + 1 < len(starts) else block.last
        match = _BOLD_NUMBER_LINE.match(doc.lines[start])
        assert match is not None
        lines = [doc.lines[start][match.end() :], *doc.lines[start + 1 : end]]
        labelled = [n for n, line in enumerate(lines) if n > 0 and _answer_body(line) is not None]
        if not labelled:
            return []
        stem = without_marks(lines[0].strip())
        if stem.endswith((":", "：")) and len(lines) > 1 and _LETTERED_LINE.match(lines[1]):
            found.extend(_sub_questions(index, start, stem, lines))
            continue
        asked = labelled[0]
        body = _answer_body(lines[asked])
        answer = "\n".join([body or "", *(part.strip() for part in lines[asked + 1 :])]).strip()
        question = without_paper_marks(" ".join(part.strip() for part in lines[:asked] if part.strip()))
        if question:
            found.append((index, start, end, question, answer))
    return found


def _sub_questions(index: int, start: int, stem: str, lines: list[str]) -> list[_Item]:
    """`a) …?` / `Ats.: …` pairs under a stem (`lines[0]`), each asked with the stem in front of it."""
    found: list[_Item] = []
    subs = [n for n, line in enumerate(lines) if n > 0 and _LETTERED_LINE.match(line)]
    for pos, sub in enumerate(subs):
        stop = subs[pos + 1] if pos + 1 < len(subs) else len(lines)
        part = lines[sub:stop]
        part[0] = _LETTERED_LINE.sub("", part[0], count=1)
        at = next((n for n, line in enumerate(part) if n > 0 and _answer_body(line) is not None), None)
        asked = without_marks(" ".join(x.strip() for x in part[: at if at is not None else len(part)] if x.strip()))
        answer = None
        if at is not None:
            answer = "\n".join([_answer_body(part[at]) or "", *(x.strip() for x in part[at + 1 :])]).strip()
        if asked:
            found.append((index, start + sub, start + stop, f"{stem} {asked}", answer))
    return found


# `(क) `, `(b) `, `(iv) `, `۹. `, `(3) `: the key of an exam item opening a paragraph, a letter or numeral of
# any script in brackets, or a number (its digits any script's: an ASCII `9.` would open a list instead).
_KEYED_LINE = lazy_pattern(r"^[ \t]{0,3}(?:\((?=[^\W_])[^\s()]{1,4}\)|\d{1,3}[.)])[ \t]+(?=\S)")
# What such a line opens with after its spaces and tabs (`document.may_open_a_line_with`).
_KEYED_OPENING = lazy_pattern(r"^(?:\((?=[^\W_])[^\s()]{1,4}\)|\d{1,3}[.)])[ \t]", re.M)
# The dash that may stand before the answer label, as if setting it off: `— **उत्तरम्** — …`.
_LEADING_DASH = lazy_pattern(r"^[ \t]*[—–][ \t]*(?=\S)")
# A tick or check mark opening an answer line instead of a label: `✔️ …`, `✅ …`, `☑️ …`.
_ANSWER_MARK = lazy_pattern(r"^[ \t]*[✔✅☑]\ufe0f?(?:[ \t]+|$)")


def _keyed_paragraph_cards(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paragraphs opening with an item key of any script (`(क)`, `(b)`, `۹.`) whose later line opens
    with an answer label (a dash before it allowed: `— **उत्तरम्** — …`) or a check mark (`✔️ …`)."""
    if not may_open_a_line_with(doc, _KEYED_OPENING):
        return RuleResult()
    items: list[_Item] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or block.last - block.first < 2 or not _KEYED_LINE.match(doc.lines[block.first]):
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        lines = [_KEYED_LINE.sub("", doc.lines[block.first], count=1), *doc.lines[block.first + 1 : block.last]]
        at = next((n for n, line in enumerate(lines) if n > 0 and _marked_answer(line) is not None), None)
        if at is None:
            continue
        answer = "\n".join([_marked_answer(lines[at]) or "", *(x.strip() for x in lines[at + 1 :])]).strip()
        question = without_paper_marks(" ".join(x.strip() for x in lines[:at] if x.strip()))
        if question:
            items.append((index, block.first, block.last, question, answer))
    if sum(1 for item in items if not empty_reason(item[4] or "")) < _MIN_ANSWERED:
        return RuleResult()
    return _item_cards(doc, items, {}, lone_dash=True)


def _marked_answer(line: str) -> str | None:
    """The answer on LINE after its answer label (`_answer_body`, a dash before the label allowed) or its check
    mark; None when it opens with neither."""
    mark = _ANSWER_MARK.match(line)
    if mark is not None:
        return line[mark.end() :].strip()
    dash = _LEADING_DASH.match(line)
    return _answer_body(line[dash.end() :] if dash else line)
