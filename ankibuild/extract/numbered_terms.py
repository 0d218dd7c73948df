"""Numbered terms: a numbered list whose every item defines a bold term, as exam glossaries (`名词解释`, key terms)
are written.

    ## 一、名词解释

    1. **脑死亡**（brain death）：全脑功能的永久性、不可逆性丧失。⭐
    2. **水肿**（edema）：过多的液体在组织间隙或体腔内积聚。
    3. **应激**（stress）：略

gives the cards `脑死亡（brain death）` and `水肿（edema）`, and `应激（stress）` unanswered. For a free top-level
numbered list:

- every item, and at least two, opens with a bold term, then maybe its name in another language in brackets
  (`（brain death）`, `(osmosis)`), then a colon, full-width or not, inside or outside the bold
  (`**Term**：…`, `**Term:** …`);
- a term is a name: at most six words, no `?`, no link, not an exam instruction (`**Explain** …`), not
  mostly numbers; a list introduced by a lead-in ending with a colon enumerates that lead-in's cases and is
  left alone;
- half the items or more carry a glossary's marks (a bracketed name, a full-width colon), or the section is
  titled as definitions (`名词解释`, `Key terms`, `Glossary`, `Begriffe`): else `1. **Clone the repo**: …` is
  a list of steps.

A study guide's identifications are the same terms written as a template: every item a bold term alone on its
line, over a nested list of the same labelled fields, two or more, in the same order in every item:

    1. **Stamp Act (1765)**
       * *Identify:* direct tax on printed materials.
       * *Significance:* "no taxation without representation".

The term is the front, its fields (labels kept) the back; an item whose fields are all empty is `unanswered`.
The shared fields are the glossary's mark here: a list of steps does not repeat the same labels under each.

The item's text after the colon, its stars (`⭐`, the teacher's emphasis) left off, and its continuation lines
are the definition; an empty or placeholder definition (`略`, `TODO`) is `unanswered`. The bullet lists of the
same shape are the `term-list` rule's; this rule runs before the topic rule, which would take a numbered list
as an outline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import RuleResult, is_free
from .answers import dedent, list_entry_cards
from .document import Document, block_kinds, lazy_pattern, list_items
from .questions import starts_with_imperative

CONVENTION = "numbered-term"

_ITEM = lazy_pattern(
    r"^(?P<indent>[ \t]{0,3}\d{1,3}[.)][ \t]+)(?P<b>\*\*|__)(?P<term>(?:(?!(?P=b))[^\n:：])+?)[ \t]*(?P<inner>[:：])?[ \t]*(?P=b)"
    r"[ \t]*(?P<aside>[(（][^()（）\n]{1,60}[)）])?[ \t]*(?P<outer>[:：])?(?P<rest>.*)$"
)
_LINK = lazy_pattern(r"\[[^\]]*\]\([^)]*\)|https?://")
_STARS = lazy_pattern(r"[ \t]*(?:[⭐★🌟]\ufe0f?)+[ \t]*$")
_WORD = lazy_pattern(r"[\w'’-]+")
# A section title naming definitions: `名词解释`, `Key terms`, `Glossary`, `Begriffe`, `Definiciones` …
_TERMS_TITLE = lazy_pattern(
    r"名词解释|名詞解釋|名词|术语|術語|概念|定义|定義|用語|용어|glossar|definition|key\s+terms|\bterms\b|terminolog|vocabular|"
    r"begriffe|fachbegriffe|t[ée]rminos|definiciones|termes|d[ée]finitions|термин|определени|kavramlar|terimler|"
    r"begrippen|terminy|pojmy|s[öo]zl[üu]k",
    re.I,
)
# `1. **Stamp Act**` alone on its line, its fields nested under it; a `*Label:* value` field bullet.
_BARE_ITEM = lazy_pattern(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+(?P<b>\*\*|__)(?P<term>(?:(?!(?P=b))[^\n:：*_])+?)(?P=b)[ \t]*$")
_FIELD = lazy_pattern(r"^[ \t]*[-*+][ \t]+(?P<e>\*\*|__|\*|_)(?P<label>[^*_\n:：]{1,40})[:：][ \t]*(?P=e)(?P<value>.*)$")
_MIN_ITEMS = 2
_MIN_FIELDS = 2
_MAX_WORDS = 6


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the numbered lists of bold terms and their definitions."""
    if "ordered_list" not in block_kinds(doc) or ("**" not in doc.source.text and "__" not in doc.source.text):
        return RuleResult()  # the cheap precheck: no numbered list, or no bold
    lists = (i for i, b in enumerate(doc.blocks) if b.kind == "ordered_list" and is_free(doc, taken, i) and not _lead_in(doc, i))
    cards = list_entry_cards(doc, CONVENTION, lists, _entries)
    return RuleResult(tuple(cards.drafts), tuple(cards.diagnostics), cards.claims)


def _entries(doc: Document, index: int) -> list[tuple[int, int, str, str]] | None:
    """(first line, last line, term, definition) of each item, or None unless every item defines a bold term."""
    spans = list(list_items(doc, doc.blocks[index]))
    if len(spans) < _MIN_ITEMS:
        return None
    entries: list[tuple[int, int, str, str]] = []
    marked = 0  # the items whose term has a bracketed name or a full-width colon: a glossary's marks
    if _BARE_ITEM.match(doc.lines[spans[0][0]]):
        return _template_entries(doc, spans)
    for first, last in spans:
        match = _ITEM.match(doc.lines[first])
        if match is None or bool(match["inner"]) == bool(match["outer"]):
            return None  # not a bold term, or a colon on both sides, or none
        if match["inner"] and match["aside"]:
            return None  # `**Term:** (…)`: the brackets open the definition
        term = match["term"].strip()
        marked += bool(match["aside"]) or "：" in (match["inner"] or match["outer"] or "")
        if not _is_term(term):
            return None
        width = len(match["indent"])
        more = [line[width:] if not line[:width].strip() else line for line in doc.lines[first + 1 : last]]
        rest = _STARS.sub("", match["rest"]).strip()
        definition = "\n".join([rest, *more]).strip("\n") if rest else dedent(more)
        entries.append((first, last, term + (match["aside"] or ""), definition))
    if 2 * sum(1 for _, _, term, _ in entries if any(ch.isdigit() for ch in term)) > len(entries):
        return None  # `**16-18 correct**: excellent`: a scale or a rubric, not terms
    if 2 * marked < len(entries) and not _titled_as_terms(doc, index):
        return None  # `1. **Clone the repo**: …`: numbered steps, unless the section says it defines terms
    return entries


def _template_entries(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int, str, str]] | None:
    """The entries of a list of bold terms alone on their lines, each over a nested list of the same labelled
    fields (`*Identify:* …`, `*Significance:* …`), or None. The fields are the definition; an entry whose
    fields are all empty is left with an empty one (unanswered)."""
    entries: list[tuple[int, int, str, str]] = []
    labels: tuple[str, ...] | None = None
    for first, last in spans:
        match = _BARE_ITEM.match(doc.lines[first])
        if match is None or not _is_term(match["term"].strip()):
            return None
        fields = _fields(doc.lines[first + 1 : last])
        if fields is None or (labels is not None and tuple(label for label, _ in fields) != labels):
            return None  # not a nested list of labelled fields, or not the same fields as the other items
        labels = tuple(label for label, _ in fields)
        filled = any(value for _, value in fields)
        entries.append((first, last, match["term"].strip(), dedent(doc.lines[first + 1 : last]) if filled else ""))
    return entries


def _fields(lines: Sequence[str]) -> list[tuple[str, bool]] | None:
    """(label, whether it has a value) of each bullet of a nested list whose every bullet opens with an
    emphasised label (`*Identify:* …`, `**Why:**`), two at least; None for anything else."""
    fields: list[tuple[str, bool]] = []
    indent = None
    for line in lines:
        if not line.strip():
            continue
        width = len(line) - len(line.lstrip(" "))
        if indent is None:
            indent = width
        if width > indent and fields:
            fields[-1] = (fields[-1][0], True)  # a continuation line or a nested bullet: the field has a value
            continue
        match = _FIELD.match(line)
        if width != indent or match is None:
            return None
        fields.append((match["label"].strip().casefold(), bool(match["value"].strip())))
    return fields if len(fields) >= _MIN_FIELDS else None


def _titled_as_terms(doc: Document, index: int) -> bool:
    """Whether the section holding block `index` is titled as definitions (`名词解释`, `Key terms`)."""
    section = doc.section_of_block(index)
    return section is not None and _TERMS_TITLE.search(section.title) is not None


def _is_term(term: str) -> bool:
    words = _WORD.findall(term)
    return (
        bool(words)
        and len(words) <= _MAX_WORDS
        and "?" not in term
        and "？" not in term
        and _LINK.search(term) is None
        and not starts_with_imperative(term)
    )


def _lead_in(doc: Document, index: int) -> bool:
    """Whether a paragraph ending with `:` introduces the list (`Three cases:`): its items are those cases."""
    if index == 0 or doc.blocks[index - 1].kind != "paragraph":
        return False
    return doc.block_text(index - 1).strip().rstrip("*_ ").endswith((":", "："))
