"""Quiz items written as sections under marker headings, each heading's whole title the name of a part
between double dashes (the layout curriculum repositories keep their quiz sources in):

    ## --quiz--

    ### --question--

    #### --text--

    Which property turns an element into a flex container?

    #### --distractors--

    `flex: 1`

    ---

    `position: flex`

    #### --answer--

    `display: flex`

1. **A marker heading** is a heading whose whole title is a name between double dashes (`--text--`,
   `--answer--`, `--seed-contents--`, in any script). **An item** is a marker heading whose sub-headings
   right under it are all marker headings, two or more (its parts), with nothing of its own between it and
   its first part but HTML comments; items repeat: two or more share one name and level.
2. **The front** is the item's first part (the question's paragraphs, with its code or list); **the back**
   is the part named as an answer by the shared answer words (`--answer--`, `--antwort--`, `--відповідь--`,
   `--respuesta--`), without its `---` rules; a plural (`--answers--`) lists the options of a choice, never
   the answer, and an item whose first part is its answer asks nothing. The other parts (wrong options written
   between `---` rules, hints, feedback) are claimed with the card and stay off it: the card asks the
   question, not the multiple choice.
3. **Unanswered.** An answer part that is empty, a comment or a placeholder (`TODO`, `TODO — …`), or an item
   of the answered items' name and level with no answer part, is reported `unanswered`.
4. The marker headings around the items (`--quizzes--`, `--quiz--`) are the file's markup, and no marker
   title is ever a card's context or topic; the other marker sections (`--description--`) are left to the
   other rules.

Read where two items or more of one name and level are found and one of them at least is answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, Section, lazy_pattern, titles_may_hold
from .outline import clean_heading, topic_tags
from .questions import ANSWER_LABEL_WORDS

CONVENTION = "marker-section"

# `--text--`, `--seed-contents--`, `--відповідь--`: a part's name (letters and digits, inner dashes or
# underscores) between double dashes, the whole title.
_MARKER = lazy_pattern(r"^--(?P<name>[^\W_](?:[\w-]*[^\W_])?)--$")
# The marker's name with its inner dashes read as spaces, naming an answer: `answer`, `antwort`, `відповідь`
# (not `answers`: the options of a choice).
_ANSWER_NAME = lazy_pattern(r"^" + ANSWER_LABEL_WORDS + r"$", re.I)
_MIN_ITEMS = 2
_COMMENT = lazy_pattern(r"^\s*<!--.*-->\s*$", re.S)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from items of marker sections (see the module docstring)."""
    if not titles_may_hold(doc, ("--",)):
        return RuleResult()  # no title holds a double dash: nearly every document
    sections = doc.sections
    names = {n: m.group("name") for n, s in enumerate(sections) if (m := _MARKER.match(s.title.strip()))}
    if len(names) < 2 * _MIN_ITEMS:
        return RuleResult()
    groups: dict[tuple[int, str], list[tuple[int, list[int]]]] = {}
    for n, name in names.items():
        parts = _parts(doc, taken, n, names)
        if parts is not None:
            groups.setdefault((sections[n].level, name.lower()), []).append((n, parts))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for items in groups.values():
        keyed = [(n, parts, _answer_part(parts, names)) for n, parts in items]
        if len(items) < _MIN_ITEMS or all(answer is None for _, _, answer in keyed):
            continue
        for n, parts, answer_part in keyed:
            front_blocks = _content(doc, taken, parts[0])
            front = "\n\n".join(doc.block_text(i).strip("\n") for i in front_blocks if not _is_comment(doc, i))
            if not front.strip():
                continue  # an item that asks nothing: no card, no report
            loc = doc.loc(doc.blocks[front_blocks[0]].first)
            path = tuple(p for p in (*sections[n].path, sections[n].title) if not _MARKER.match(p.strip()))
            answer = build_answer(doc, _content(doc, taken, answer_part)) if answer_part is not None else None
            reason = "no answer" if answer is None else answer.empty_reason
            if answer is None or reason is not None:
                diagnostics.append(unanswered(loc, front, reason))
                outcome = "unanswered"
            else:
                context = tuple(clean_heading(p) for p in path)
                tags = answer.tags + topic_tags(path)
                drafts.append(CardDraft(loc, CONVENTION, front, answer.markdown, context, tags, answer_tokens=answer.tokens))
                outcome = "card"
            end = _section_end(doc, n)
            claims.update(claim(doc.blocks[sections[n].block].first, end, outcome))
            for above in _marker_ancestors(sections, n, names):
                head = doc.blocks[sections[above].block]
                claims.update(claim(head.first, head.last, "skip:markup"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _parts(doc: Document, taken: Mapping[int, str], n: int, names: Mapping[int, str]) -> list[int] | None:
    """The sections of the parts of the item at section N, or None when it is no item: its sub-headings
    right under it are not all marker headings, two at least, or the first names an answer, or it holds
    blocks of its own before them (HTML comments aside), or a line of it is claimed already."""
    sections = doc.sections
    item = sections[n]
    if any(not _is_comment(doc, i) for i in item.body):
        return None
    parts: list[int] = []
    for m in range(n + 1, len(sections)):
        if sections[m].level <= item.level:
            break
        if sections[m].parent != n:
            continue
        if m not in names:
            return None
        parts.append(m)
    if len(parts) < 2 or _names_an_answer(names[parts[0]]):
        return None
    head = doc.blocks[item.block]
    if not taken.keys().isdisjoint(range(head.first, _section_end(doc, n))):
        return None
    return parts


def _answer_part(parts: list[int], names: Mapping[int, str]) -> int | None:
    """The part named as an answer, never the first (the question's own); None when there is none."""
    for m in parts[1:]:
        if _names_an_answer(names[m]):
            return m
    return None


def _names_an_answer(name: str) -> bool:
    """True for a marker name that labels an answer (`answer`, `antwort`, `đáp-án`), inner dashes read as spaces."""
    return _ANSWER_NAME.match(name.replace("-", " ").replace("_", " ")) is not None


def _content(doc: Document, taken: Mapping[int, str], m: int) -> list[int]:
    """The free blocks of the part at section M and of its sub-sections, their headings included."""
    sections = doc.sections
    part = sections[m]
    blocks = list(part.body)
    for later in range(m + 1, len(sections)):
        if sections[later].level <= part.level:
            break
        blocks.append(sections[later].block)
        blocks.extend(sections[later].body)
    return [i for i in blocks if is_free(doc, taken, i) and doc.blocks[i].kind != "hr"]


def _section_end(doc: Document, n: int) -> int:
    """The line after the section N with its sub-sections: the next heading of its level or above, or the end."""
    sections = doc.sections
    for later in range(n + 1, len(sections)):
        if sections[later].level <= sections[n].level:
            return doc.blocks[sections[later].block].first
    return len(doc.lines)


def _marker_ancestors(sections: tuple[Section, ...], n: int, names: Mapping[int, str]) -> list[int]:
    """The marker sections enclosing section N (`--quizzes--`, `--quiz--`), innermost first."""
    found: list[int] = []
    parent = sections[n].parent
    while parent is not None and parent in names:
        found.append(parent)
        parent = sections[parent].parent
    return found


def _is_comment(doc: Document, index: int) -> bool:
    """True for an HTML comment block."""
    return doc.blocks[index].kind == "html_block" and _COMMENT.match(doc.block_text(index)) is not None
