"""Term drills: sibling headings (or bold item lines) that each name a term or an item, over a list of the
same bold field labels.

    ### 1. Jamestown (1607)
    - **Identify:** first permanent English settlement in North America.
    - **Significance:** set the Chesapeake on a cash-crop path.

    ### 2. Headright system
    - **Identify:** 50 acres for each laborer's passage paid.
    - **Significance:** fueled indentured servitude.

Key-term sheets, vocabulary drills and case digests give every term its own heading and fill in the same
fields under each (`Identify` / `Significance`, `Definition` / `Example`, `Holding` / `Reasoning`). A label
that comes back under most sibling headings is a field name, not a term to learn: the heading is the front
and its labelled list (with whatever follows it in the section) the back. A sibling heading of such a drill
with nothing under it, or only a placeholder, is reported `unanswered` when it sits next to an entry.

The drill needs `_MIN_TERMS` sibling headings (of the same level: the drill's parts may group them) whose body opens with a list every
item of which opens with a bold label, and a label shared by most of them. A lone image between a heading
and its list (a slide to identify, a specimen, a structure) is part of what the heading asks: it goes on
the front, under the title, without its alt text (which may name the answer), and the list alone is the back.

    ### ID 4
    ![ID 4](img/slide-04.jpg)

    - **A:** Caravaggio
    - **T:** *The Calling of Saint Matthew*

The same fields may answer items written as bold lines instead of headings: a one-line paragraph opening in
bold (`**2022 Q1(a)** — Explain …`, a numbered label and a dash before the item's text, the label left off
the front; not a bold label and its colon, `**Scenario:** …`, a field itself) right over a list of bold labels, `_MIN_TERMS` such items or more sharing their labels, whether
the labels name an item's parts or grade its answer (`**A:**` / `**M:**` / `**E:**`). The list is the back.

Whatever the item, a list whose every field is empty, a dash or a placeholder is no answer: `unanswered`.
On a board whose headings mostly ask (over half end in `?`: a Trello export, cards as headings over their
fields), a heading that neither asks nor ends a sentence (`Read chapter 7`, `Group rules`) is a task or a note of
the board, skipped.
Runs before the heading rule and the glossary rule, which would read each label as a term of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, placeholder_reason, unanswered
from .document import Document, Section, block_kinds, blocks_of_kind, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_answer_field, is_asking_field

CONVENTION = "field-drill"

_MIN_TERMS = 3
_ASKS = ("?", "？", "؟")
_SENTENCE_END = (".", "。", "!", "।")
"""Sibling headings with a labelled list a drill needs: two could be any pair of lists."""
# `- **Identify:** …`, `* **Significance**: …`, `- __Example:__ …`: a list item opening with a bold label.
_LABEL_ITEM = re.compile(r"[ \t]*[-*+][ \t]+(?P<b>\*\*|__)(?P<label>[^*_:\n]{1,40}?)[ \t]*(?::[ \t]*(?P=b)|(?P=b)[ \t]*:)")


# `**2022 Q1(a)** — `, `__Item 3:__ `: a short bold label holding a number, then a dash or a colon, before an
# item's text: the item's label, as a heading's number is, and no part of its front.
_NUMBERED_LEAD = re.compile(r"^(?P<b>\*\*|__)(?=[^*_\n]{0,30}\d)[^*_\n]{1,30}?(?P=b)[ \t]*[—–:-][ \t]*(?=\S)")
# `**Scenario:** …`, `__Note__: …`: a line opening with a bold label and its colon, as the fields do.
_FIELD_LINE = re.compile(r"^(?P<b>\*\*|__)[^*_\n]{1,40}?(?::[ \t]*(?P=b)|(?P=b)[ \t]*:)")
# `**Stamp Act (1765)**`: a line bold as a whole.
_ALL_BOLD = re.compile(r"^(?P<b>\*\*|__)(?P<inner>[^*_\n](?:(?!(?P=b)).)*?)(?P=b)$")
_EMPTY_FIELD = " \t-–—"
# `n/a — this is my turn, not a card`: the field does not apply to this entry.
_NOT_APPLICABLE = re.compile(r"^[*_ \t]*n/a\b", re.I)
"""What a field may hold and still be empty: spaces and dashes."""


def _may_hold_labels(doc: Document) -> bool:
    """False only when the document has no top-level bullet list (`block_kinds`, shared) or no bold mark
    (`text_holds`, shared): the labels are bold items of a list. (A search for the labels' colon would read
    the whole text.)"""
    return "bullet_list" in block_kinds(doc) and (text_holds(doc, "**") or text_holds(doc, "__"))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the term headings of a drill (see the module docstring)."""
    if not _may_hold_labels(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    _read_headings(doc, taken, drafts, diagnostics, claims)
    _read_item_lines(doc, taken, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _read_headings(
    doc: Document, taken: Mapping[int, str], drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """The drill's term headings, each over its labelled list (a lone image maybe between)."""
    if len(doc.sections) < _MIN_TERMS:
        return
    opening = [section.level for section in doc.sections if _list_at(doc, section) is not None]
    levels = {level for level in opening if opening.count(level) >= _MIN_TERMS}
    if not levels:
        return  # no three headings of a level open with a labelled item: nearly every document
    siblings: dict[int, list[tuple[int, Section]]] = {}  # the headings of each level: a drill's parts split it
    for n, section in enumerate(doc.sections):
        if section.level in levels:
            siblings.setdefault(section.level, []).append((n, section))
    for group in siblings.values():
        if len(group) < _MIN_TERMS:
            continue
        labels = {section.block: _list_labels(doc, section) for _, section in group}
        fields = _shared_fields(list(labels.values()))
        if not fields:
            continue
        entries = [bool(found) and not fields.isdisjoint(found) for found in labels.values()]
        asking = next((f for f in sorted(fields) if is_asking_field(f)), None)
        answering = next((f for f in sorted(fields) if is_answer_field(f)), None)
        titles = [clean_heading(section.title).rstrip(" \t*_") for _, section in group]
        asked = 2 * sum(title.endswith(_ASKS) for title in titles) > len(titles)
        for at, (n, section) in enumerate(group):
            found = labels[section.block]
            body = list(section.body)
            head = doc.blocks[section.block]
            if not is_free(doc, taken, section.block) or not all(is_free(doc, taken, i) for i in body):
                continue
            if asked and not titles[at].endswith((*_ASKS, *_SENTENCE_END)):
                # a board of questions: a title that neither asks nor ends a sentence is a task or a note on it
                for i in [section.block, *body]:
                    claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:no-question"))
                continue
            if found and fields.isdisjoint(found):
                continue  # a list of other labels: not an entry of this drill
            if not found and body and not _only_a_placeholder(doc, body):
                continue  # a body of some other shape (prose, a table): left to the other rules
            if not found and not (at > 0 and entries[at - 1] or at + 1 < len(group) and entries[at + 1]):
                continue  # an empty heading away from the drill's entries: not one of its terms
            if not body and n + 1 < len(doc.sections) and doc.sections[n + 1].level > section.level:
                continue  # a heading over headings: a part of the document, no term
            question = title = clean_heading(section.title)
            at_list = _list_at(doc, section)
            if asking is not None and answering is not None and found and at_list == 0:
                outcome = _read_record(doc, section, asking, answering, drafts, diagnostics)
                if outcome is not None:
                    claims.update(claim(head.first, head.last, outcome))
                    for i in body:
                        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
                    continue
            if at_list:  # a lone image over the list: the image is asked about, the list answers
                image = doc.blocks[body[0]]
                question += "\n\n" + _without_alt_text(" ".join(doc.lines[image.first : image.last]).strip())
            loc = doc.loc(head.first)
            answer = build_answer(doc, body[at_list or 0 :]) if body else None
            if answer is not None and answer.empty_reason is None and found and _all_empty(doc, body[at_list or 0]):
                answer = None
            if answer is None or answer.empty_reason is not None:
                reason = answer.empty_reason if answer is not None else "no answer"
                diagnostics.append(unanswered(loc, title, reason))
                outcome = "unanswered"
            else:
                context = tuple(clean_heading(p) for p in section.path)
                drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, topic_tags(section.path)))
                outcome = "card"
            claims.update(claim(head.first, head.last, outcome))
            for i in body:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))


def _read_record(
    doc: Document, section: Section, asking: str, answering: str, drafts: list[CardDraft], diagnostics: list[Diagnostic]
) -> str | None:
    """The card of an entry whose fields name what was asked and what answers it (`- **Asked:** …` over
    `- **Better answer:** …`): the asking field is the front, the answering field the back, the other fields
    (what I said, a score) no part of the card. An answering field that says it does not apply (`n/a — …`)
    makes no card. The claim's reason, or None when the entry has no asking text (then its title asks)."""
    texts = _field_texts(doc, section.body[0])
    question = texts.get(asking, "")
    if not question:
        return None
    loc = doc.loc(doc.blocks[section.block].first)
    answer = texts.get(answering, "")
    if _NOT_APPLICABLE.match(answer):
        return "skip:not-applicable"
    reason = empty_reason(answer) if answer.strip(_EMPTY_FIELD) else "no answer"
    if reason is not None:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
        return "unanswered"
    titled = section.title if any(c.isalpha() for c in section.title) else None  # `#### 3`: a number, no context
    context = tuple(clean_heading(p) for p in (*section.path, *([titled] if titled else [])))
    drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(section.path)))
    return "card"


def _field_texts(doc: Document, index: int) -> dict[str, str]:
    """The text of each field of the labelled list INDEX by its label (lower case), label and mark removed,
    continuation lines dedented."""
    block = doc.blocks[index]
    depth = doc.tokens[block.start].level + 1
    texts: dict[str, str] = {}
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != depth or token.map is None:
            continue
        first, last = token.map
        match = _LABEL_ITEM.match(doc.lines[first])
        if match is None:
            continue
        label = " ".join(match.group("label").lower().split())
        rest = [line.strip() for line in doc.lines[first + 1 : last]]
        texts.setdefault(label, "\n".join([doc.lines[first][match.end() :].strip(), *rest]).strip())
    return texts


def _only_a_placeholder(doc: Document, body: list[int]) -> bool:
    """True when BODY is a note to self where the entry will go (`> TODO — plan this …`, `(no plan yet)`)."""
    text = "\n".join(doc.lines[doc.blocks[body[0]].first : doc.blocks[body[-1]].last])
    return placeholder_reason(text) is not None


def _read_item_lines(
    doc: Document, taken: Mapping[int, str], drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """The drill's bold item lines, each right over its labelled list."""
    blocks, lines = doc.blocks, doc.lines
    items: list[tuple[int, tuple[str, ...]]] = []
    for after in blocks_of_kind(doc, "bullet_list"):  # (fewer than the paragraphs: walked for the line above)
        i = after - 1
        if i < 0 or blocks[i].kind != "paragraph" or blocks[i].last - blocks[i].first != 1:
            continue
        block = blocks[i]
        if not lines[block.first].lstrip().startswith(("**", "__")) or blocks[after].first > block.last + 1:
            continue  # not a bold line, or the list not right under it
        if _FIELD_LINE.match(lines[block.first].lstrip()) is not None:
            continue  # `**Scenario:** …`: a field of its own, over the others, not an item's line
        found = _block_labels(doc, i + 1)
        if (
            found
            and is_free(doc, taken, i)
            and is_free(doc, taken, i + 1)
            and claims.keys().isdisjoint(range(block.first, blocks[i + 1].last))
        ):
            items.append((i, found))
    if len(items) < _MIN_TERMS:
        return
    fields = _shared_fields([found for _, found in items])
    for i, found in items:
        if not fields or len(fields.intersection(found)) < min(2, len(set(found))):
            continue  # a list of other labels: not an item of this drill
        question = _item_question(lines[blocks[i].first].strip())
        loc = doc.loc(blocks[i].first)
        answer = build_answer(doc, [i + 1])
        if answer.empty_reason is not None or _all_empty(doc, i + 1):
            diagnostics.append(unanswered(loc, question, answer.empty_reason or "no answer"))
            outcome = "unanswered"
        else:
            path = heading_path(doc, i)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, topic_tags(path)))
            outcome = "card"
        claims.update(claim(blocks[i].first, blocks[i + 1].last, outcome))


def _shared_fields(found: list[tuple[str, ...]]) -> set[str]:
    """The labels that come back under most of the labelled lists (and `_MIN_TERMS` of them at least)."""
    labelled = [labels for labels in found if labels]
    if len(labelled) < _MIN_TERMS:
        return set()
    counts = Counter(label for labels in labelled for label in set(labels))
    return {label for label, count in counts.items() if count >= _MIN_TERMS and 2 * count > len(labelled)}


def _item_question(line: str) -> str:
    """The front of a bold item line: its text after a numbered bold label, or its bold text."""
    lead = _NUMBERED_LEAD.match(line)
    if lead is not None:
        return line[lead.end() :]
    whole = _ALL_BOLD.match(line)
    return whole.group("inner").strip() if whole is not None else line


def _without_alt_text(image: str) -> str:
    """A Markdown image line without its alt text."""
    return re.sub(r"!\[[^\]]*\]\(", "![](", image)


def _list_at(doc: Document, section: Section) -> int | None:
    """Where the section's labelled list stands in its body: 0 right under the heading, 1 after a lone image;
    None when its body opens otherwise."""
    body = section.body
    for at in (0, 1)[: len(body)]:
        block = doc.blocks[body[at]]
        if block.kind == "bullet_list" and _LABEL_ITEM.match(doc.lines[block.first]) is not None:
            return at if at == 0 or _lone_image(doc, body[0]) else None
        if block.kind != "paragraph":
            return None  # (the lone image is a paragraph: tested last, it is the rare case)
    return None


def _lone_image(doc: Document, index: int) -> bool:
    """True when block INDEX is a paragraph of one image and nothing else."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or "![" not in doc.lines[block.first]:
        return False
    inline = doc.tokens[block.start + 1]
    children = [c for c in inline.children or () if not (c.type == "text" and not c.content.strip()) and c.type != "softbreak"]
    return len(children) == 1 and children[0].type == "image"


def _all_empty(doc: Document, index: int) -> bool:
    """True when every field of the labelled list INDEX is empty, a dash or a placeholder."""
    block = doc.blocks[index]
    depth = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != depth or token.map is None:
            continue
        first, last = token.map
        match = _LABEL_ITEM.match(doc.lines[first])
        text = "\n".join([doc.lines[first][match.end() if match else 0 :], *doc.lines[first + 1 : last]]).strip()
        if text.strip(_EMPTY_FIELD) and placeholder_reason(text) is None:
            return False
    return True


def _list_labels(doc: Document, section: Section) -> tuple[str, ...]:
    """The labels (lower case) of the list that opens the section's body when every item of it opens with
    a bold label, else ()."""
    at = _list_at(doc, section)
    return () if at is None else _block_labels(doc, section.body[at])


def _block_labels(doc: Document, index: int) -> tuple[str, ...]:
    """The labels (lower case) of the bullet list INDEX when every item of it opens with a bold label, else ()."""
    block = doc.blocks[index]
    if block.kind != "bullet_list":
        return ()
    labels: list[str] = []
    depth = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != depth or token.map is None:
            continue
        match = _LABEL_ITEM.match(doc.lines[token.map[0]])
        if match is None:
            return ()
        labels.append(" ".join(match.group("label").lower().split()))
    return tuple(labels)
