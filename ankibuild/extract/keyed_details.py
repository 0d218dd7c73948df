"""Quiz items whose `<details>` answer opens with a key heading (the layout of the "javascript-questions"
READMEs and their many copies in other languages and subjects):

    ###### 3. What's the output?

    ```python
    print(0.1 + 0.2 == 0.3)
    ```

    - A: `True`
    - B: `False`

    <details><summary><b>Answer</b></summary>
    <p>

    #### Answer: B

    Binary floating point cannot hold 0.1 exactly …

    </p>
    </details>

1. **An item** is a free heading followed only by code, paragraphs and lists (none of them claimed), then a
   `<details>` whose summary only labels the answer (`Answer`, `Show answer`) and whose inside opens, past
   its `<p>` tags, with a heading that is an answer label (`#### Answer: B`, `##### Antwort: 2`,
   `#### Answer`). The key heading is what sets the layout apart: the answer sits at a higher heading level
   than the question, so the heading rule would end the question's section before it.
2. **The front** is the heading without its number, with the code and paragraphs under it: a quiz repeats
   the same heading (`What's the output?`) and its code is what it asks. **The back** is the option lists
   (`- A: …`, `- 1: …`, as multiple-choice items are elsewhere), the key (`Answer: B`) and the explanation
   after it, without the `<p>` tags.
3. A key heading with nothing after its label and no explanation (only a comment, or a placeholder) is
   reported `unanswered`.

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic, Loc
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import find_details, is_answer_summary
from .document import Document, block_at, free_blocks, lazy_pattern
from .outline import clean_heading, topic_tags
from .questions import ANSWER_LABEL, ANSWER_LABEL_WORDS, clean_question

CONVENTION = "keyed-details"

# `#### Answer: B`, `##### Antwort: 2`, `#### Answer`: a heading that labels the key (`key` after the label).
_KEY_HEADING = lazy_pattern(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<label>.*?)[ \t#]*$")
_BARE_LABEL = lazy_pattern(r"^(?:\*\*|__)?" + ANSWER_LABEL_WORDS + r"(?:\*\*|__)?$", re.I)
# A line that is only paragraph or line-break tags (`<p>`, `</p>`, `<br>`): the HTML around the answer.
_TAG_LINE = lazy_pattern(r"^[ \t]*(?:</?(?:p|br|div)\b[^>]*>[ \t]*)+$", re.I)
# `A:`, `B)`, `c.`, `(d)`, `1:`: what an option opens with, after its list marker.
_OPTION = lazy_pattern(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\(?[A-Ha-h][:.)]|\d[:)])[ \t]+\S")
_BETWEEN = frozenset({"fence", "code_block", "paragraph", "bullet_list", "ordered_list", "math_block"})
_MAX_BETWEEN = 4
"""How many blocks may stand between the heading and its answer: a question's code, stem and options."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings over a `<details>` answer that opens with a key heading (see the module docstring)."""
    regions = [r for r in find_details(doc) if "#" in r.body and is_answer_summary(r.summary)]
    keyed = [(r, found) for r in regions if (found := _key(r.body)) is not None]
    if not keyed:
        return RuleResult()
    free = set(free_blocks(doc, taken))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for region, (key, explanation) in keyed:
        index = block_at(doc, region.first)
        if index is None or index not in free or doc.blocks[index].last > region.last:
            continue
        head = _heading_before(doc, free, index)
        if head is None:
            continue
        question, answer, loc, path = _item(doc, head, index, key, explanation)
        reason = empty_reason(f"{key}\n\n{explanation}".strip())  # the options answer nothing on their own
        claims.update(claim(doc.blocks[head].first, region.last, "unanswered" if reason else "card"))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _key(body: str) -> tuple[str, str] | None:
    """(the key heading's text, empty when it names no key; the explanation) of a details' inside that
    opens with a key heading, or None."""
    lines = [line for line in body.split("\n") if not _TAG_LINE.match(line)]
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return None
    heading = _KEY_HEADING.match(lines[0])
    if heading is None:
        return None
    label = heading.group("label").strip()
    if _BARE_LABEL.match(label):
        key = ""
    else:
        found = ANSWER_LABEL.match(label)
        if found is None:
            return None
        key = label if label[found.end() :].strip() else ""  # `Answer: B` as written, `Answer:` keys nothing
    explanation = "\n".join(lines[1:]).strip()
    return key, explanation


def _heading_before(doc: Document, free: set[int], index: int) -> int | None:
    """The free heading that asks the question answered by the details at block INDEX, past its code,
    paragraphs and options; None when other blocks (or claimed ones) stand between them."""
    j = index - 1
    while j >= 0 and index - j <= _MAX_BETWEEN and j in free and doc.blocks[j].kind in _BETWEEN:
        j -= 1
    if j < 0 or j not in free or doc.blocks[j].kind != "heading":
        return None
    return j


def _item(doc: Document, head: int, index: int, key: str, explanation: str) -> tuple[str, str, Loc, tuple[str, ...]]:
    """(front, back, where, heading path) of the item asked by heading HEAD and answered at block INDEX."""
    inline = doc.inline(doc.blocks[head])
    section = doc.section_of_block(head)  # a heading's own section: the last one opening at or before it
    assert section is not None
    title = clean_heading(inline.content if inline is not None else section.title)
    front = [clean_question(title)[0]]
    options: list[str] = []
    for j in range(head + 1, index):
        text = doc.block_text(j).strip("\n")
        if _is_options(doc, j):
            options.append(text)
        else:
            front.append(text)
    keyed = f"**{key}**" if key else ""
    back = "\n\n".join(part for part in (*options, keyed, explanation) if part)
    path = section.path if not (section.level == 1 and section.title == doc.title) else ()
    return "\n\n".join(front), back, doc.loc(doc.blocks[head].first), path


def _is_options(doc: Document, index: int) -> bool:
    """True for a list every item of which is an option (`- A: …`, `- 1: …`)."""
    block = doc.blocks[index]
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    lines = [line for line in doc.lines[block.first : block.last] if line.strip()]
    return len(lines) >= 2 and all(_OPTION.match(line) for line in lines)
