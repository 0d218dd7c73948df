"""Key tables: numbered quiz questions answered by a table in a later section titled as the key.

    **Question 1.** Which service provides object storage?

    - A. Block storage
    - B. Object storage

    ## Answer key

    | # | Answer | Why |
    |---|---|---|
    | 1 | B | S3 stores objects. |

gives the card `Which service provides object storage?` → `B. Object storage` and the explanation.

- **The key** is the first table of a section whose title names a key (questions.KEY_TITLE: `Answer key`,
  `Answers`, `Solutions`, `Lösungen`, `Respuestas` …) whose first column numbers its rows (`1`, `Q1`, `2.`):
  its second column is the answer, the other columns explain it.
- **The questions** are free top-level paragraphs before that section opening with a bold number label
  (`**Question 3.**`, `**Q3:**`, `**Frage 3**`, `**3.**`), at least two of them, most of them asking and most of
  their numbers in the key. The option list right under a question (`- A. …`) is read to spell out the key's
  letters (`B` → `B. Object storage`) and is claimed with it.
- A question whose number the key lacks, or whose answer cell is empty, is reported `unanswered`.

Runs before the bold-question rule, which would otherwise report each labelled question as only options.

The key's title may also end with the key word (`Section I key`, `Part A answers`), and the table may lie on
its side: the header numbers the columns (`| Q | 1 | 2 | 3 |`), the first row holds the answers
(`| Answer | C | A | D |`). A part of a paper whose only blocks are options (`- A. …`) is left by the
exam-part rule to this one.

Items may be labelled by a series letter and a number (`**A1.**` … `**C4.**`, a part of the sheet per
letter): when the key's rows name two series or more, an item pairs with the row of its own letter and
number. A line of pictures over the label (a picture prompt, `![A1](img/a1.png)` over `**A1.** What vessel
…?`) goes on the back above the answer: the text names what the picture shows. Where the key names exactly
the labelled items, one row each, that pairing proves the sheet even when most items are prompts that do
not ask (`**B1.** Ball – diamond – ball, vertical.`). An answer cell holding a placeholder (`?? (look up …)`)
is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, has_free_blocks, lazy_pattern, plain_text, table_cells
from .outline import clean_heading, topic_tags
from .questions import KEY_TITLE, is_question

CONVENTION = "key-table"

_DRESS = lazy_pattern(r"^[\W\d_]*")
# `**Question 3.** …`, `**Q3:** …`, `__3.__ …`, `**Frage 3** …`: a bold number label opening a paragraph.
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<m>\*\*|__)(?:(?P<word>[^\W\d_]{1,12})[ \t]*)?#?(?P<n>\d{1,3})[.):]?(?P=m)[.):]?[ \t]+(?P<text>\S.*)$"
)
_ROW_NUMBER = lazy_pattern(r"^\s*(?:(?P<word>[^\W\d_]{1,2})\s*)?#?(?P<n>\d{1,3})[.):]?\s*$")
# `![A1: two masthead lights](img/a1.png)`: a line that is only pictures, over the label of a picture prompt.
_PICTURES = lazy_pattern(r"^[ \t]{0,3}(?:!\[[^\]\n]*\]\([^()\n]*\)[ \t]*)+$")
_OPTION = lazy_pattern(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?\(?([A-Fa-f])[).:]\s+(\S.*?)\s*$")
_LETTERS = lazy_pattern(r"^\s*([A-Fa-f])(?:\s*(?:,|&|and|\+|/)\s*([A-Fa-f]))*\s*[.)]?\s*$")
_MIN_QUESTIONS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing labelled quiz questions with the numbered key table below them."""
    if not has_free_blocks(doc, taken, ("table",)):
        return RuleResult()  # it pairs a free key table only: late in the chain most documents have none left
    if "|" not in doc.source.text or ("**" not in doc.source.text and "__" not in doc.source.text):
        return RuleResult()
    keys = [s for s in doc.sections if _names_key(s.title)]
    if not keys:
        return RuleResult()
    for section in keys:
        table = next((i for i in section.body if doc.blocks[i].kind == "table" and is_free(doc, taken, i)), None)
        if table is None:
            continue
        key = _key(doc, table)
        if key is None:
            continue
        result = _pair(doc, taken, section.block, table, key)
        if result is not None:
            return result
    return RuleResult()


# A word starting after a space: where a key word may close a title (`Section I key`).
_LATER_WORD = lazy_pattern(r"(?<=\s)\S")


def _names_key(title: str) -> bool:
    """True when TITLE names a key (`Answer key`, `Lösungen`), or ends with such a name (`Section I key`,
    `Part A answers`): the key of one part of the paper."""
    dressed = _DRESS.sub("", title).strip()
    if KEY_TITLE.match(dressed):
        return True
    for word in _LATER_WORD.finditer(dressed):
        tail = dressed[word.start() :]
        match = KEY_TITLE.match(tail)
        if match is not None and not tail[match.end() :].strip(" \t.:)"):
            return True
    return False


Label = tuple[str, int]
"""An item's series letter (`A` of `A3`; empty for a word, `Question 3`) and its number."""


def _label(word: str | None, number: str) -> Label:
    """The label of an item numbered NUMBER after WORD: a single letter is a series (`A3`, `C1`)."""
    return ((word or "").upper() if word is not None and len(word) == 1 else "", int(number))


def _key(doc: Document, table: int) -> dict[Label, tuple[str, str]] | None:
    """Label → (answer, explanation) of a key table, or None when its first column does not number it."""
    header, rows = table_cells(doc, doc.blocks[table])
    if len(header) < 2 or not rows:
        return None
    if len(header) > _MIN_QUESTIONS and all(_ROW_NUMBER.match(plain_text(cell)) for cell in header[1:]):
        return _key_by_columns(header, rows)
    if len(rows) < _MIN_QUESTIONS:
        return None
    names = [plain_text(cell).strip() for cell in header]
    key: dict[Label, tuple[str, str]] = {}
    for _, cells in rows:
        texts = [(cell.content or "").strip() for cell in cells]
        match = _ROW_NUMBER.match(plain_text(cells[0])) if cells else None
        if match is None:
            return None
        answer = texts[1] if len(texts) > 1 else ""
        extra = [
            f"**{names[c]}:** {text}" if names[c] and len(texts) > 3 else text
            for c, text in enumerate(texts[2:], start=2)
            if text and c < len(names)
        ]
        key[_label(match.group("word"), match.group("n"))] = (answer, "\n\n".join(extra))
    return key


def _key_by_columns(header: list[Token], rows: list[tuple[int, list[Token]]]) -> dict[Label, tuple[str, str]]:
    """Label → (answer, explanation) of a key table laid on its side (`| Q | 1 | 2 | 3 |` over `| Answer | C
    | A | D |`): the header numbers the columns, the first row holds the answers, later rows explain them
    under their first cell's name."""
    matches = [_ROW_NUMBER.match(plain_text(cell)) for cell in header[1:]]
    numbers = [_label(m.group("word"), m.group("n")) for m in matches if m is not None]
    key: dict[Label, tuple[str, str]] = {}
    for column, number in enumerate(numbers, start=1):
        texts = [(cells[column].content or "").strip() if column < len(cells) else "" for _, cells in rows]
        names = [plain_text(cells[0]).strip() if cells else "" for _, cells in rows]
        extra = [f"**{names[r]}:** {text}" if names[r] else text for r, text in enumerate(texts[1:], start=1) if text]
        key[number] = (texts[0], "\n\n".join(extra))
    return key


def _pair(
    doc: Document, taken: Mapping[int, str], key_head: int, table: int, key: Mapping[Label, tuple[str, str]]
) -> RuleResult | None:
    questions: list[tuple[int, Label, str, str]] = []  # (paragraph, label, question, pictures)
    for index in range(key_head):
        block = doc.blocks[index]
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        found = _question(doc, block.first, block.last)
        if found is not None:
            questions.append((index, *found))
    if len(questions) < _MIN_QUESTIONS:
        return None
    if not _in_series(key):
        # `**Question 3.**` against a row `Q3` or `3`: the number alone names the item
        questions = [(index, ("", number), text, pictures) for index, (_, number), text, pictures in questions]
        key = {("", number): entry for (_, number), entry in key.items()}
    labels = [label for _, label, *_ in questions]
    if 2 * sum(1 for label in labels if label in key) < len(labels) + 1:
        return None
    # A key that names exactly the labelled items, one row each, proves the pairing even where the items
    # are prompts rather than questions (a picture to name, a signal to read).
    one_to_one = len(set(labels)) == len(labels) == len(key) and set(labels) == set(key)
    if not one_to_one and 2 * sum(1 for _, _, text, _ in questions if is_question(text)) < len(questions) + 1:
        return None
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, label, text, pictures in questions:
        used = [index]
        options: dict[str, str] = {}
        following = index + 1
        if (
            following < len(doc.blocks)
            and doc.blocks[following].kind in ("bullet_list", "ordered_list")
            and is_free(doc, taken, following)
        ):
            options = _options(doc, following)
            if options:
                used.append(following)
        loc = doc.loc(doc.blocks[index].first)
        answer, why = key.get(label, ("", ""))
        reason = "not in the answer key" if label not in key else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, text, reason))
            outcome = "unanswered"
        else:
            back = "\n\n".join(p for p in (pictures, _spelled(answer, options), why) if p)
            section = doc.section_of_block(index)
            path: tuple[str, ...] = ()
            if section is not None and not (section.level == 1 and section.title == doc.title):
                path = section.path + (section.title,)
            drafts.append(CardDraft(loc, CONVENTION, text, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
            outcome = "card"
        for i in used:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    claims.update(claim(doc.blocks[table].first, doc.blocks[table].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question(doc: Document, first: int, last: int) -> tuple[Label, str, str] | None:
    """The label, text and pictures of a paragraph opening with a bold number label, or None. Lines of
    pictures may stand above the label (a picture prompt: `![A1](img/a1.png)` over `**A1.** What vessel …?`):
    the text names what they show, and they go on the back above the key's answer."""
    line = first
    while line < last and _PICTURES.match(doc.lines[line]):
        line += 1
    if line == last:
        return None
    match = _LABEL.match(doc.lines[line])
    if match is None:
        return None
    rest = [doc.lines[n].strip() for n in range(line + 1, last)]
    text = " ".join([match.group("text").strip(), *rest])
    pictures = "\n\n".join(doc.lines[n].strip() for n in range(first, line))
    return _label(match.group("word"), match.group("n")), text, pictures


def _in_series(labels: Iterable[Label]) -> bool:
    """True when LABELS carry two series letters or more (`A1` … `B1` …): items named by letter and number."""
    return len({series for series, _ in labels if series}) >= 2


def _options(doc: Document, index: int) -> dict[str, str]:
    """Letter → text of a list of lettered options (`- A. …`), empty when the list is not one."""
    block = doc.blocks[index]
    out: dict[str, str] = {}
    for n in range(block.first, block.last):
        line = doc.lines[n]
        if not line.strip():
            continue
        match = _OPTION.match(line)
        if match is None:
            return {}
        out[match.group(1).upper()] = match.group(2)
    return out if len(out) >= 2 else {}


def _spelled(answer: str, options: Mapping[str, str]) -> str:
    """`B` → `B. Object storage` (one line per letter) when the options are known, else the answer as is."""
    if not options or _LETTERS.match(answer) is None:
        return answer
    letters = [letter.upper() for letter in re.findall(r"\b[A-Fa-f]\b", answer)]
    if not letters or not all(letter in options for letter in letters):
        return answer
    if len(letters) == 1:
        return f"**{letters[0]}.** {options[letters[0]]}"
    return "\n".join(f"- **{letter}.** {options[letter]}" for letter in letters)
