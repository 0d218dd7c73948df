"""Issue-form write-ups: each item a heading whose sub-headings are the fields of a form (a digest of
GitHub issues opened with an issue form, a survey export):

    ## #12 [Question]: Closures
    **State:** open · **Labels:** `js`

    ### Question
    What is a closure?

    ### Answer
    A function together with the variables of the scope it was made in.

    ### Difficulty
    Junior

The same layout serves apy's card files (`# Note` items, a `tags: …` line under each, over `## Front` and
`## Back`, or a cloze note's `## Text` and `## Back Extra`) and R Markdown tabsets (`## Q1 {.tabset}` over
`### Question` and `### Solution` tabs): each item is split into sub-headings named by their role.

A heading titled only as a question label (`Question`, `Frage`, `Pregunta`, `Вопрос`, `问题` …, or Anki's
field names `Front` and `Text`) holds the question in its body; the first sibling heading after it (same
level, same parent) titled only as an answer or solution label (`Answer`, `Solution`, `Antwort`, `Lösung`,
`Respuesta`, `Ответ`, `答案` …, or `Back`, `Back Extra`) holds the answer in its body. The question is the
field's first paragraph, with the code or formula after it kept on the front. The item's heading is only a
label: the card's context, never its front; a `tags: a b` line under it gives the card its tags; the other
fields (`Difficulty`, `Source`) are no part of the card. A question field holding cloze deletions
(`{{c1::…}}`) makes a Cloze note whose extra is the answer field, empty or not. An empty field (`_No
response_`, as GitHub fills one, or any placeholder) leaves the question `unanswered`. Where items are read
so, a sibling item that has fields but no question field (a discussion filed beside the questions) is
skipped. Read only where two question fields or more are paired with an answer field, one at least
answered. Runs before the explicit rule, which would read a cloze field's text without its extra.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, Section
from .outline import clean_heading, topic_tags
from .questions import clean_question, is_answer_field, is_asking_field, is_question

# A field titled as the question or the answer in any language the field lists know (`questions.is_asking_field`,
# `questions.is_answer_field`: `Question`, `Issue`, `Asked` / `Answer`, `Solution`, `Resolution`, `Better answer` …),
# or by the plain names of Anki's fields (`Front`, `Text` / `Back`, `Back Extra`, as apy's card files title them; a
# marker such as freeCodeCamp's `--text--` names a part of its own quiz format, not a field).
_ANKI_FRONT = re.compile(r"^[ \t]*(?:front|text)[ \t]*$", re.I)
_ANKI_BACK = re.compile(r"^[ \t]*(?:back(?:[ \t]+extra)?|extra)[ \t]*$", re.I)
# `- ` alone, or with a note: a one-item list whose item is the field's whole text.
_LIST_MARK = re.compile(r"^[ \t]*[-*+][ \t]*(?=\S|$)")
# `_No response_`: the value GitHub writes into a form field left empty.
_NO_RESPONSE = re.compile(r"^[ \t]*(?P<e>\*\*|__|\*|_)no response(?P=e)[ \t]*$", re.I)
# `tags: python oop`: an apy note's tags, a line of its own under the note's heading.
_TAGS_LINE = re.compile(r"^[ \t]*tags[ \t]*:[ \t]*(?P<tags>\S.*)$", re.I)
_CLOZE = re.compile(r"\{\{c\d+::")
_MIN_PAIRS = 2
_MIN_LEGEND_ROWS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question and answer fields under each item heading."""
    if not _repeats_titles(doc):
        return RuleResult()  # form fields repeat their titles: nearly every document has no two alike
    sections = doc.sections
    pairs: list[tuple[int, int]] = []
    for n, section in enumerate(sections):
        if section.level < 2 or len(section.title) > 40 or not _is_question_field(section.title):
            continue
        for m in range(n + 1, len(sections)):
            later = sections[m]
            if later.level < section.level or (later.level == section.level and later.parent != section.parent):
                break
            if later.level == section.level and _is_answer_field(later.title):
                pairs.append((n, m))
                break
    if len(pairs) < _MIN_PAIRS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, m in pairs:
        asking, answering = sections[n], sections[m]
        blocks = (asking.block, *asking.body, answering.block, *answering.body)
        if any(_taken(doc, taken, i) for i in blocks):
            continue
        question = _question(doc, asking)
        if not question:
            continue
        answer = _body(doc, answering)
        reason = "placeholder" if _NO_RESPONSE.match(answer) else empty_reason(answer)
        if reason is None and (only := _only_item(doc, answering)) is not None:
            answer, reason = only, empty_reason(only)  # `- Label the port …`: one item, the field's text
        loc = doc.loc(doc.blocks[asking.body[0] if asking.body else asking.block].first)
        path = asking.path
        context = tuple(clean_heading(p) for p in path)
        tags = (*_item_tags(doc, taken, asking), *topic_tags(path))
        if _CLOZE.search(question) is not None:
            # A cloze note's text asks by its deletions; its extra (`Back Extra`) may stay empty.
            drafts.append(CardDraft(loc, "form-field", question, answer if reason is None else "", context, tags, "cloze"))
            reason = None
        elif reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
        else:
            drafts.append(CardDraft(loc, "form-field", question, answer, context, tags))
        for i in blocks:
            block = doc.blocks[i]
            claims.update(claim(block.first, block.last, "unanswered" if reason else "card"))
        if asking.parent is not None:  # the item's heading and the line of metadata under it
            item = sections[asking.parent]
            for i in (item.block, *item.body):
                block = doc.blocks[i]
                if not _taken(doc, taken, i):
                    claims.update({k: "card" for k in range(block.first, block.last) if k not in claims})
    if not drafts:
        return RuleResult()
    _claim_other_fields(doc, taken, pairs, claims)
    items = {sections[n].parent for n, _ in pairs}
    _skip_other_items(doc, taken, items, claims)
    _skip_legend(doc, taken, _siblings(doc, items), claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_question_field(title: str) -> bool:
    return is_asking_field(title) or _ANKI_FRONT.match(title) is not None


def _is_answer_field(title: str) -> bool:
    return is_answer_field(title) or _ANKI_BACK.match(title) is not None


def _claim_other_fields(doc: Document, taken: Mapping[int, str], pairs: list[tuple[int, int]], claims: dict[int, str]) -> None:
    """The other fields of each item read (`### Root Cause`, `### Difficulty`: sub-headings under the item's
    heading that neither ask nor answer), claimed with the card: they are about the item, no topic of their own."""
    sections = doc.sections
    for n, m in pairs:
        item = sections[n].parent
        if item is None:
            continue
        for k in range(item + 1, len(sections)):
            field = sections[k]
            if field.level <= sections[item].level:
                break
            if k in (n, m) or is_question(field.title):
                continue
            for i in (field.block, *field.body):
                if not _taken(doc, taken, i):
                    block = doc.blocks[i]
                    claims.update({line: "card" for line in range(block.first, block.last) if line not in claims})


def _only_item(doc: Document, section: Section) -> str | None:
    """The text of the one item of the list that is a field's whole body (`- After changing …`), without its
    mark, or None when the body is something else."""
    body = [i for i in section.body if doc.blocks[i].kind != "hr"]
    if len(body) != 1 or doc.blocks[body[0]].kind != "bullet_list":
        return None
    block = doc.blocks[body[0]]
    depth = doc.tokens[block.start].level + 1
    if sum(1 for t in doc.tokens[block.start : block.end] if t.type == "list_item_open" and t.level == depth) != 1:
        return None
    lines = doc.lines[block.first : block.last]
    mark = _LIST_MARK.match(lines[0])
    if mark is None:
        return None
    rest = [line[mark.end() :] if line.startswith(" " * mark.end()) else line.lstrip() for line in lines[1:]]
    return "\n".join([lines[0][mark.end() :], *rest]).strip()


def _repeats_titles(doc: Document) -> bool:
    """True when two section titles or more are written again (a question and an answer field per item)."""
    sections = doc.sections
    return len(sections) >= 2 * _MIN_PAIRS and len({s.title for s in sections}) <= len(sections) - _MIN_PAIRS


def _taken(doc: Document, taken: Mapping[int, str], index: int) -> bool:
    block = doc.blocks[index]
    return not taken.keys().isdisjoint(range(block.first, block.last))


def _body(doc: Document, section: Section) -> str:
    """The Markdown of a field's body, up to the next heading."""
    if not section.body:
        return ""
    first, last = doc.blocks[section.body[0]].first, doc.blocks[section.body[-1]].last
    return doc.text(first, last).strip()


def _question(doc: Document, section: Section) -> str:
    """The question field's Markdown: its opening paragraph as one cleaned line, then the blocks after it as
    written (the code or formula the question shows)."""
    body = [i for i in section.body if doc.blocks[i].kind != "hr"]
    if not body:
        return ""
    head = body[0]
    if doc.blocks[head].kind != "paragraph":
        item = _only_item(doc, section)
        return " ".join(item.split()) if item else _body(doc, section)
    question, _ = clean_question(" ".join(doc.block_text(head).split()))
    rest = [doc.block_text(i).strip() for i in body[1:]]
    return "\n\n".join(part for part in (question, *rest) if part)


def _item_tags(doc: Document, taken: Mapping[int, str], field: Section) -> tuple[str, ...]:
    """The tags of the item holding FIELD from a `tags: a b` line in the item's own body (an apy note's)."""
    if field.parent is None:
        return ()
    tags: list[str] = []
    for i in doc.sections[field.parent].body:
        if doc.blocks[i].kind != "paragraph" or _taken(doc, taken, i):
            continue
        for line in doc.block_text(i).splitlines():
            found = _TAGS_LINE.match(line)
            if found is not None:
                words = found.group("tags").replace(",", " ").split()
                tags.extend(slug for slug in (tag_slug(w.strip("`#*_")) for w in words) if slug)
    return tuple(dict.fromkeys(tags))


def _siblings(doc: Document, items: set[int | None]) -> list[int]:
    """The items read and their siblings: the sections at their level under the same parent."""
    sections = doc.sections
    levels = {sections[i].level for i in items if i is not None}
    parents = {sections[i].parent for i in items if i is not None}
    return [n for n, s in enumerate(sections) if s.level in levels and s.parent in parents]


def _skip_other_items(doc: Document, taken: Mapping[int, str], items: set[int | None], claims: dict[int, str]) -> None:
    """The siblings of the items read (same level, same parent) that hold fields but no question field and
    no heading that asks: filed beside the questions, they are none (a discussion, a proposal)."""
    sections = doc.sections
    levels = {sections[i].level for i in items if i is not None}
    parents = {sections[i].parent for i in items if i is not None}
    for n, section in enumerate(sections):
        if n in items or section.level not in levels or section.parent not in parents:
            continue
        fields = [s for s in sections[n + 1 :] if s.parent == n]
        if not fields or any(_is_question_field(f.title) or is_question(f.title) for f in fields):
            continue
        end = n + 1
        while end < len(sections) and sections[end].level > section.level:
            end += 1
        blocks = [i for s in sections[n:end] for i in (s.block, *s.body)]
        if any(_taken(doc, taken, i) for i in blocks):
            continue
        for i in blocks:
            block = doc.blocks[i]
            claims.update({k: "skip:form" for k in range(block.first, block.last) if k not in claims})


def _skip_legend(doc: Document, taken: Mapping[int, str], items: list[int], claims: dict[int, str]) -> None:
    """A table above the first item whose every first cell is a mark the items carry in the lines under
    their headings (a row `approved | answer reviewed` over items labelled `approved`): the page's
    legend of its own marks, not a glossary to learn."""
    if not items:
        return
    sections = doc.sections
    first = sections[min(items)].block
    carried = " ".join(doc.block_text(i) for n in items for i in sections[n].body)
    for index in range(first):
        block = doc.blocks[index]
        if block.kind != "table" or _taken(doc, taken, index):
            continue
        rows = [line.strip().strip("|").split("|") for line in doc.lines[block.first : block.last]][2:]
        keys = [row[0].strip() for row in rows if row and row[0].strip()]
        if len(keys) >= _MIN_LEGEND_ROWS and all(key in carried for key in keys):
            claims.update({k: "skip:form" for k in range(block.first, block.last) if k not in claims})
