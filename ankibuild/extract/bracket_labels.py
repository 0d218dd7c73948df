"""Question headings answered under a lenticular-bracket answer label, as Chinese and Japanese exam notes
write them:

    ### 3. 简述义务教育的特点。

    【答案要点】强制性、普及性、免费性。

    ### 7. 简述教学过程的基本规律。

    【参考答案】

    - 间接经验与直接经验相结合的规律
    - ……

A paragraph that opens with a bracketed answer label (`【答案】`, `【答案要点】`, `【参考答案】`, `【解析】`,
`【答】`, Japanese `【解答】`, `【答え】`, Korean `【정답】`, `【해설】`) answers the heading above it: the
label alone on its line takes the blocks after it up to the next heading as the answer; text after the label
is the answer's start. The label never stays on the back. The heading's title without its number (`3.`,
`第3题`) is the question, whatever it ends with (exam prompts are imperatives ending in `。`: 简述, 论述,
説明せよ). The label must open the heading's body: a heading that names a topic (`### 6. 银行家算法`) over
the statement of a problem and then its `【答】` is another rule's (the statement is the question there).

Where two headings or more are answered so, a heading of the same level, numbered like them or ending with
a question mark, whose body has no label and is empty, a placeholder (`（暂缺，待补充）`, `TODO`) or a
single note in brackets (`（老师说今年可能考，先空着）`), is reported unanswered. Chapter headings of another
level are never cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason, without_navigation
from .document import Document, Section, lazy_pattern, line_starts_holding, text_holds

CONVENTION = "bracket-label"

# `【答案要点】`, `**【参考答案】**`: an answer label in lenticular brackets opening a line.
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*)?【[ \t]*(?:参考|參考|标准|標準|模范|模範|正确|正確)?"
    r"(?:答案|解答|解析|答え|答|解|正解|정답|해설|해답)(?:要点|要點|解析|与解析|與解析)?[ \t]*】(?(b)\*\*)"
    r"[ \t]*[:：]?[ \t]*(?P<rest>.*)$",
    re.M | re.S,
)
# `3. `, `3、`, `第3题 `, `問1 `, `Q3. `: the number before a heading's question.
_NUMBER = lazy_pattern(
    r"^(?:(?:Q|问题|問題|問|题|題|第)?[ \t]*\d{1,3}[ \t]*(?:题|題|問)?[ \t]*[.、．:：)）]?)[ \t]+|^\d{1,3}[、．]"
)
# `（老师说今年可能考，先空着）`, `(to be added)`: a single note in brackets where the answer goes.
_BRACKET_NOTE = lazy_pattern(r"^[*_]{0,2}(?:（[^（）\n]{1,80}）|\([^()\n]{1,80}\))[*_]{0,2}$")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings answered by a bracketed label (see the module docstring)."""
    if not text_holds(doc, "【") or not doc.sections:
        return RuleResult()
    text = doc.source.text
    if not any(_LABEL.match(text, start) for start in line_starts_holding(doc, "【")):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    answered = [section for section in doc.sections if (body := _body(doc, section)) and _label(doc, body[0]) is not None]
    labelled = {section.block for section in answered}
    levels = {section.level for section in answered}
    numbered = any(_NUMBER.match(section.title.strip()) for section in answered)
    for section in doc.sections:
        if section.block in labelled:
            _answered_card(doc, taken, section, made)
        elif len(answered) >= _MIN_ANSWERED and section.level in levels:
            _unanswered_sibling(doc, taken, section, numbered, made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _label(doc: Document, index: int) -> re.Match[str] | None:
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return None
    return _LABEL.match(doc.text(block.first, block.last))


def _question(title: str) -> str:
    title = title.strip()
    return _NUMBER.sub("", title, count=1).strip() or title


def _body(doc: Document, section: Section) -> tuple[int, ...]:
    """The section's blocks up to its first thematic break (what follows a rule is the page's, not the answer's)."""
    blocks = doc.blocks
    for n, index in enumerate(section.body):
        if blocks[index].kind == "hr":
            return section.body[:n]
    return section.body


def _free(taken: Mapping[int, str], first: int, last: int) -> bool:
    return taken.keys().isdisjoint(range(first, last))


def _answered_card(
    doc: Document,
    taken: Mapping[int, str],
    section: Section,
    made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
) -> None:
    blocks = doc.blocks
    heading = blocks[section.block]
    body = _body(doc, section)
    last = blocks[body[-1]].last if body else heading.last
    if not _free(taken, heading.first, last):
        return
    match = _label(doc, body[0])
    assert match is not None
    rest = match.group("rest").strip()
    after = doc.text(blocks[body[1]].first, last).strip() if len(body) > 1 else ""
    answer = "\n\n".join(part for part in (rest, after) if part)
    question = _question(section.title)
    block_card(doc, CONVENTION, section.block, last, question, answer, empty_reason(answer), made)


def _unanswered_sibling(
    doc: Document,
    taken: Mapping[int, str],
    section: Section,
    numbered: bool,
    made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]],
) -> None:
    """A question heading among the labelled ones whose body holds no answer (see the module docstring)."""
    title = section.title.strip()
    if not ((numbered and _NUMBER.match(title)) or title.endswith(("?", "？"))):
        return
    blocks = doc.blocks
    heading = blocks[section.block]
    body = _body(doc, section)
    last = blocks[body[-1]].last if body else heading.last
    if not _free(taken, heading.first, last):
        return
    text = doc.text(heading.last, last).strip()
    reason = empty_reason(text) if text else "no answer"
    if reason is None and _BRACKET_NOTE.match(without_navigation(text).strip()):
        reason = "placeholder"
    if reason is not None:
        block_card(doc, CONVENTION, section.block, last, _question(title), "", reason, made)
