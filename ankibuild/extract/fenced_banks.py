"""Card banks pasted into code fences: items that repeat one numbered layout from the fence's first line to
its last, the way a lab handout or a quiz importer wants them.

Three layouts of item make a fence a bank rather than code:

1. **Labelled comments over their answer code**, as lab sheets and autograders split a solution file:

       ```sql
       -- Q1. List the customers who never ordered.
       SELECT c.name FROM customer c
       WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.cid = c.cid);

       -- Q2. For each city, count the customers
       --     (cities without customers show 0).
       -- TODO
       ```

   A line comment (`--`, `#`, `//`, `%`, `;`) opening with a question or exercise label and a number, then
   punctuation (`Q1.`, `Question 2:`, `Exercise 3)`, `Aufgabe 4 —`, `问题 5：`) and a task of a few words, is
   an item's question; the comment lines right under it continue it while it has not ended (no closing
   `.`/`?`/`!`/`:`) or while they hang indented under its text. The lines after it, up to the next label
   or the fence's end, are its answer, shown as code in the fence's language; an answer of comments only
   (`-- TODO …`) or nothing leaves the question `unanswered`. The fence opens with a label (comment lines
   before it allowed), and every label of the document's banks uses the same word, numbered upward, at
   least two of them, one answered: step comments (`# 1. Load the data`, `// Step 2: …`), quarters
   (`-- Q1 revenue`), a lone labelled comment and Markdown shown as an example (`# Question 1` headings in a
   ```` ```markdown ```` fence) stay code.

2. **Aiken items**, Moodle's plain-text quiz format:

       ```text
       Which gas makes up most of the air?
       A. Oxygen
       B. Nitrogen
       C. Argon
       ANSWER: B
       ```

   Items separated by blank lines, each a stem, two options or more lettered in order from `A` (`A.` or
   `A)`), and a key line (`ANSWER: X`, or the answer label of another language) naming the right letter:
   the stem is the front, the text of the option the key names the back. A key left empty, or naming no
   option, is `unanswered`. Every item of the fence must be one: a fence with anything else is left alone.

3. **Labelled test items**, the test-shell format (AST) where every line opens with a short label:

       ```text
       V1: Chemistry
       V2: Gases

       I: 12
       S: Which gas makes up most of the air?
       -: oxygen
       +: nitrogen
       -: argon

       I: 13
       S: Match each gas with its symbol
       L1: oxygen
       L2: nitrogen
       R1: O
       R2: N
       ```

   `V1:`, `V2:` … name the bank's sections and `I:` an item's number (neither is a card); `S:` is the stem,
   the front; `+:` marks the right option and `-:` a wrong one; `L1:` … pairs with `R1:` … in a matching
   item. The back is the right option (several one a line), or the pairs (`oxygen — O`) one a line. An item
   with no `+:` option nor pairs is `unanswered`, whatever `//` comments say under it. Every line of the
   fence must open with such a label or a `//` comment (a stem may go on over unlabelled lines), two items
   at least.

A bank fence is claimed whole, and, like the explicit rule's cards, its lines are recorded in
`EXPLICIT_CARDED_LINES`: the heading over it (`## Part B – Grouping`) is the cards' context, never a topic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import placeholder_reason, unanswered
from .document import EXPLICIT_CARDED_LINES, Document, blocks_of_kind, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL_WORDS, EXERCISE_LABEL_WORDS, QUESTION_LABEL_WORDS

CONVENTION = "fenced-bank"

_MIN_ITEMS = 2
_MIN_OPTIONS = 2
_MIN_WORDS = 3
_MIN_CJK = 4

# A line comment, as the languages of lab sheets write one.
_COMMENT = r"(?:--|//|#|%|;+)"
# `-- Q1. List …`, `# Question 2: …`, `// Exercise 3) …`, `% Aufgabe 4 — …`: a labelled, numbered comment line.
_LABEL_LINE = lazy_pattern(
    rf"^[ \t]*(?P<mark>{_COMMENT})[ \t]*(?P<word>{QUESTION_LABEL_WORDS}|{EXERCISE_LABEL_WORDS})\.?[ \t]*[#№]?"
    r"(?P<n>\d{1,3})(?P<sub>[a-z]?)(?:[ \t]*[.:)：]|[ \t]+[-–—])(?:[ \t]+(?P<text>\S.*?))?[ \t]*$",
    re.I,
)
_COMMENT_LINE = lazy_pattern(rf"^[ \t]*{_COMMENT}")
# A question that has ended: what a comment under it says is no longer the question.
_ENDED = (".", "?", "!", ":", "。", "？", "！", "：", ")", "）")
# `A. Oxygen`, `B) Nitrogen`: an Aiken option.
_OPTION = lazy_pattern(r"^[ \t]*(?P<letter>[A-Z])[.)][ \t]+(?P<text>\S.*?)[ \t]*$")
# `ANSWER: B`, `ANSWER:`, `Respuesta: C`: an Aiken key line.
_KEY = lazy_pattern(rf"^[ \t]*{ANSWER_LABEL_WORDS}[ \t]*[:：][ \t]*(?P<key>[A-Za-z])?[ \t]*$", re.I)
_AIKEN = ""  # no label word is empty
_TEST = ":"  # nor holds a colon
# `S: …`, `+: …`, `-: …`, `L1: …`, `R1: …`, `I: 12`, `V1: …`: a line of a labelled test item.
_TEST_LINE = lazy_pattern(r"^[ \t]*(?P<label>[SI+-]|[VLR]\d{1,2}):[ \t]*(?P<text>.*?)[ \t]*$")
_TEST_COMMENT = lazy_pattern(r"^[ \t]*//[ \t]*(?P<text>.*?)[ \t]*$")
# Fences of Markdown source, where `#` opens a heading rather than a comment.
_MARKUP_INFO = frozenset({"markdown", "md"})
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class _Item:
    """One item of a bank fence."""

    line: int
    """Its first line, 0-based: the card's location."""
    end: int
    """The line after its last one."""
    question: str
    """The front."""
    answer: str
    """The back, empty when `reason` is set."""
    reason: str | None
    """Why it is unanswered, or None."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the card banks pasted into code fences (see the module docstring)."""
    # The bank fences by layout: a label word for labelled comments, `_AIKEN` for Aiken items.
    layouts: dict[str, list[tuple[int, list[_Item]]]] = {}
    numbers: dict[str, list[int]] = {}
    for index in blocks_of_kind(doc, "fence"):  # none in most documents
        if not _may_bank(doc.tokens[doc.blocks[index].start].content) or not is_free(doc, taken, index):
            continue
        found = _labelled_items(doc, index)
        if found is not None:
            word, numbered = found
            numbers.setdefault(word, []).extend(number for number, _ in numbered)
            layouts.setdefault(word, []).append((index, [item for _, item in numbered]))
        elif items := _aiken_items(doc, index):
            layouts.setdefault(_AIKEN, []).append((index, items))
        elif items := _test_items(doc, index):
            layouts.setdefault(_TEST, []).append((index, items))
    banks: list[tuple[int, list[_Item]]] = []
    for layout, fences in layouts.items():
        items = [item for _, found in fences for item in found]
        if len(items) < _MIN_ITEMS or all(item.reason is not None for item in items):
            continue  # a lone labelled comment, or a bank with no answer: no bank to trust
        if layout not in (_AIKEN, _TEST) and not all(a < b for a, b in pairwise(numbers[layout])):
            continue  # labels that go back in number: comments of code, not a numbered bank
        banks.extend(fences)
    return _result(doc, banks) if banks else RuleResult()


def _may_bank(content: str) -> bool:
    """False only when a fence's CONTENT can be no bank: its first line (past blank ones) is no comment, where
    labelled comments open the fence, and no `A.` or `A)` stands in it, the first option of Aiken items, nor
    `S:`, the stem of a labelled test item (three searches of the text, where a pattern would try every line
    of a long listing)."""
    return content.lstrip().startswith(("--", "//", "#", "%", ";")) or "A." in content or "A)" in content or "S:" in content


def _result(doc: Document, banks: Sequence[tuple[int, list[_Item]]]) -> RuleResult:
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for index, items in sorted(banks):
        block = doc.blocks[index]
        path = heading_path(doc, index)
        context, tags = tuple(clean_heading(p) for p in path), topic_tags(path)
        answered = any(item.reason is None for item in items)
        claims.update(claim(block.first, block.last, "card" if answered else "unanswered"))
        for item in items:
            if item.reason is not None:
                diagnostics.append(unanswered(doc.loc(item.line), item.question, item.reason))
                claims.update(claim(item.line, item.end, "unanswered"))
                continue
            drafts.append(CardDraft(doc.loc(item.line), CONVENTION, item.question, item.answer, context, tags))
        if answered:
            carded.update(range(block.first, block.last))
    if carded:
        doc.derived[EXPLICIT_CARDED_LINES] = doc.derived.get(EXPLICIT_CARDED_LINES, frozenset()) | frozenset(carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _fence_body(doc: Document, index: int) -> tuple[int, list[str], str, str]:
    """The first line inside fence INDEX, its lines, its opening mark and its language."""
    block = doc.blocks[index]
    token = doc.tokens[block.start]
    first = block.first + 1
    last = (
        block.last - 1
        if block.last - 1 > block.first and doc.lines[block.last - 1].strip().startswith(token.markup)
        else block.last
    )
    info = token.info.strip().split()[0] if token.info.strip() else ""
    return first, list(doc.lines[first:last]), token.markup, info


def _labelled_items(doc: Document, index: int) -> tuple[str, list[tuple[int, _Item]]] | None:
    """The label word of a fence opening with labelled comments, and its items with their numbers, or None."""
    first, lines, markup, info = _fence_body(doc, index)
    if info.lower() in _MARKUP_INFO:
        return None  # `# Question 1: …` in Markdown is a heading shown as an example, no comment
    heads: list[tuple[int, re.Match[str]]] = []
    for n, line in enumerate(lines):
        match = _LABEL_LINE.match(line)
        if match is not None and _asks_enough(match.group("text") or ""):
            heads.append((n, match))
        elif not heads and line.strip() and not _COMMENT_LINE.match(line):
            return None  # code before the first label: a program with labelled comments
    if not heads or len({(_mark(match), match.group("word").casefold()) for _, match in heads}) != 1:
        return None
    mark = _mark(heads[0][1])
    found: list[tuple[int, _Item]] = []
    for k, (n, match) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        question, body_start = _question(lines, n, stop, match, mark)
        body = _trimmed(lines[body_start:stop], mark)
        notes = [text for line in body if (text := _comment_text(line, mark)) is not None]
        if len(notes) < sum(1 for line in body if line.strip()):
            answer, reason = f"{markup}{info}\n" + "\n".join(body) + f"\n{markup}", None
        else:
            answer, reason = "", placeholder_reason("\n".join(notes)) or "no answer"
        number = int(match.group("n")) * 32 + (ord(match.group("sub").lower()) - 96 if match.group("sub") else 0)
        found.append((number, _Item(first + n, first + stop, question, answer, reason)))
    return heads[0][1].group("word").casefold(), found


def _mark(match: re.Match[str]) -> str:
    """The comment mark of a label line, `;;` and `;;;` read as `;` (Lisp writes all three)."""
    mark = match.group("mark")
    return ";" if mark.startswith(";") else mark


def _comment_text(line: str, mark: str) -> str | None:
    """The text of LINE when it is a comment opening with MARK (the labels' own: `#include` is code in a fence
    of `//` comments), else None (a blank line is no comment)."""
    stripped = line.lstrip(" \t")
    if not stripped.startswith(mark):
        return None
    return stripped.lstrip(mark[0]).strip()


def _asks_enough(text: str) -> bool:
    """Whether a label's text is a task of a few words (`revenue` after `Q1` names a quarter)."""
    return len(text.split()) >= _MIN_WORDS or len(_CJK.findall(text)) >= _MIN_CJK


def _question(lines: Sequence[str], n: int, stop: int, match: re.Match[str], mark: str) -> tuple[str, int]:
    """The question of the label on line N (its text and the comment lines continuing it) and the line
    after it: a comment line continues a question that has not ended, or hangs indented under its text."""
    parts = [match.group("text") or ""]
    indent = match.start("text") - match.end("mark") if match.group("text") else 0  # where the text hangs
    k = n + 1
    while k < stop:
        text = _comment_text(lines[k], mark)
        if not text or placeholder_reason(text) is not None:
            break
        gap = lines[k].lstrip(" \t").lstrip(mark[0])
        hanging = indent > 1 and len(gap) - len(gap.lstrip(" \t")) >= indent
        if parts[-1].endswith(_ENDED) and not hanging:
            break
        parts.append(text)
        k += 1
    return " ".join(part for part in parts if part), k


def _trimmed(lines: Sequence[str], mark: str) -> list[str]:
    """LINES without the blank lines around them, nor a last paragraph of comments only (the heading of what
    follows: `-- Part B`)."""
    kept = list(lines)
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    blanks = [n for n, line in enumerate(kept) if not line.strip()]
    if blanks and all(_comment_text(line, mark) is not None for line in kept[blanks[-1] + 1 :]):
        kept = _trimmed(kept[: blanks[-1]], mark)
    return kept


def _aiken_items(doc: Document, index: int) -> list[_Item]:
    """The Aiken items of a fence made only of them, or nothing."""
    first, lines, _, _ = _fence_body(doc, index)
    items: list[_Item] = []
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        stop = n
        while stop < len(lines) and lines[stop].strip():
            stop += 1
        item = _aiken_item(lines[n:stop], first + n, first + stop)
        if item is None:
            return []
        items.append(item)
        n = stop
    return items


def _aiken_item(lines: Sequence[str], line: int, end: int) -> _Item | None:
    """One Aiken item (stem, lettered options, key line), or None."""
    key = _KEY.match(lines[-1])
    if key is None:
        return None
    options: list[tuple[str, str]] = []
    k = len(lines) - 1
    while k > 0 and (option := _OPTION.match(lines[k - 1])) is not None:
        options.insert(0, (option.group("letter"), option.group("text")))
        k -= 1
    if k == 0 or len(options) < _MIN_OPTIONS or [letter for letter, _ in options] != [chr(65 + i) for i in range(len(options))]:
        return None
    stem = "\n".join(text.strip() for text in lines[:k])
    letter = (key.group("key") or "").upper()
    chosen = dict(options).get(letter)
    if chosen is None:
        return _Item(line, end, stem, "", "the key letter names no option" if letter else "no answer")
    return _Item(line, end, stem, chosen, None)


def _test_items(doc: Document, index: int) -> list[_Item]:
    """The labelled test items of a fence made only of them (two at least), or nothing."""
    first, lines, _, _ = _fence_body(doc, index)
    items: list[_Item] = []
    parts: list[tuple[int, str, str]] = []  # the current item's lines: (line, label, text)
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        comment = _TEST_COMMENT.match(line)
        match = _TEST_LINE.match(line) if comment is None else None
        if comment is not None:
            parts.append((first + n, "//", comment.group("text")))
            continue
        if match is None:
            if not parts or parts[-1][1] != "S":
                return []  # an unlabelled line that continues no stem: no test bank
            at, label, text = parts[-1]
            parts[-1] = (at, label, f"{text} {line.strip()}")
            continue
        label, text = match.group("label"), match.group("text")
        opens = label == "I" or (label == "S" and any(p[1] == "S" for p in parts)) or label.startswith("V")
        if opens and parts:
            if (item := _test_item(parts, first + n)) is None:
                return []
            items.append(item)
            parts = []
        if not label.startswith("V"):
            parts.append((first + n, label, text))
    if parts:
        if (item := _test_item(parts, first + len(lines))) is None:
            return []
        items.append(item)
    return items if len(items) >= _MIN_ITEMS else []


def _test_item(parts: Sequence[tuple[int, str, str]], end: int) -> _Item | None:
    """One labelled test item from its lines (line, label, text), or None when it has no stem."""
    stems = [text for _, label, text in parts if label == "S" and text]
    if not stems:
        return None
    right = [text for _, label, text in parts if label == "+" and text]
    lefts = {label[1:]: text for _, label, text in parts if label.startswith("L") and text}
    rights = {label[1:]: text for _, label, text in parts if label.startswith("R") and text}
    pairs = [f"{text} — {rights[key]}" for key, text in lefts.items() if key in rights]
    comments = [text for _, label, text in parts if label == "//" and text]
    line = parts[0][0]
    if right or pairs:
        return _Item(line, end, " ".join(stems), "\n".join(right or pairs), None)
    return _Item(line, end, " ".join(stems), "", placeholder_reason("\n".join(comments)) or "no answer")
