"""Field entries: headings that each name an item over a bullet list of bracketed fields, as Chinese and
Japanese reference notes (formulas, drugs, statutes) write them:

    ### 1. 麻黄汤（《伤寒论》）

    - 【组成】麻黄、桂枝、杏仁、炙甘草
    - 【功用】发汗解表，宣肺平喘。

    ### 2. 桂枝汤

    - 【组成】桂枝、芍药、炙甘草、生姜、大枣
    - 【功用】解肌发表，调和营卫。

A heading whose body opens with a bullet list every item of which (two or more) opens with a label in
lenticular brackets (`【组成】`, `〖功用〗`) is an entry: the heading's title, its number dropped, is the
front; the body (the field list and any note under it) is the back. The fields make it a reference entry,
not a question, only when they recur: two such headings or more of one level, sharing two labels or more.
A heading of that level beside them (same parent) whose body is empty or only a placeholder
(`（待补充）`, `TODO`) is an entry still to write: `unanswered`. Context: the heading path above the entry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, block_kinds, lazy_pattern, list_items, text_holds
from .outline import clean_heading, topic_tags

CONVENTION = "field-entry"

_FIELD_ITEM = lazy_pattern(r"^[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?[【〖](?P<label>[^】〗\n]{1,10})[】〗]")
_MIN_FIELDS = 2
_MIN_ENTRIES = 2
_SHARED_LABELS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the headings over bracketed field lists (see the module docstring)."""
    if "bullet_list" not in block_kinds(doc) or not (text_holds(doc, "【") or text_holds(doc, "〖")):
        return RuleResult()  # the cheap precheck: no bullet list, or no bracketed label
    entries: dict[int, frozenset[str]] = {}
    for index, section in enumerate(doc.sections):
        labels = _field_labels(doc, taken, section.body)
        if labels is not None:
            entries[index] = labels
    groups: dict[tuple[int | None, int], list[int]] = {}
    for index in entries:
        section = doc.sections[index]
        groups.setdefault((section.parent, section.level), []).append(index)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    levels = {level for level, members in _by_level(groups, entries).items() if len(members) >= _MIN_ENTRIES}
    for index, section in enumerate(doc.sections):
        if section.level not in levels or not _free_section(doc, taken, index):
            continue
        head = doc.blocks[section.block]
        front = clean_heading(section.title)
        path = section.path
        context = tuple(clean_heading(p) for p in path)
        if index in entries:
            answer = build_answer(doc, section.body)
            if answer.empty_reason:
                continue
            drafts.append(
                CardDraft(
                    doc.loc(head.first),
                    CONVENTION,
                    front,
                    answer.markdown,
                    context,
                    topic_tags(path),
                    answer_tokens=answer.tokens,
                )
            )
            state = "card"
        elif (section.parent, section.level) in groups and not _has_children(doc, index):
            reason = build_answer(doc, section.body).empty_reason if section.body else "no answer"
            if reason is None:
                continue  # a heading of another kind among the entries
            diagnostics.append(unanswered(doc.loc(head.first), front, reason))
            state = "unanswered"
        else:
            continue
        for i in (section.block, *section.body):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, state))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _field_labels(doc: Document, taken: Mapping[int, str], body: tuple[int, ...]) -> frozenset[str] | None:
    """The labels of the bracketed field list that opens BODY (free), or None when it opens with none."""
    first = next((i for i in body if doc.blocks[i].kind not in ("hr", "html_block")), None)
    if first is None or doc.blocks[first].kind != "bullet_list" or not is_free(doc, taken, first):
        return None
    labels: list[str] = []
    for start, _ in list_items(doc, doc.blocks[first]):
        match = _FIELD_ITEM.match(doc.lines[start])
        if match is None:
            return None
        labels.append(match.group("label").strip())
    return frozenset(labels) if len(labels) >= _MIN_FIELDS else None


def _by_level(groups: Mapping[tuple[int | None, int], list[int]], entries: Mapping[int, frozenset[str]]) -> dict[int, list[int]]:
    """The entries of each heading level whose fields recur: two of their labels or more label another
    entry's fields too."""
    uses = Counter(label for labels in entries.values() for label in labels)
    found: dict[int, list[int]] = {}
    for (_, level), group in groups.items():
        for index in group:
            if sum(1 for label in entries[index] if uses[label] >= 2) >= _SHARED_LABELS:
                found.setdefault(level, []).append(index)
    return found


def _has_children(doc: Document, index: int) -> bool:
    following = index + 1
    return following < len(doc.sections) and doc.sections[following].parent == index


def _free_section(doc: Document, taken: Mapping[int, str], index: int) -> bool:
    section = doc.sections[index]
    return all(is_free(doc, taken, i) for i in (section.block, *section.body))
