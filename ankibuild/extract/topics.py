"""Topic notes: in a handbook, a heading that names a topic and explains it below is a card.

    ## Statistics & Probability
    ### Hypothesis Testing
    **Process**:
    1. State H₀ and H₁ …
    | Test | Use case |

gives the card `Hypothesis Testing` (context `Statistics & Probability`) whose back is the whole body: every
block up to the next heading of the same or a higher level. This is the last content rule of the chain, so
it only sees what the question rules left free; it never asks, it names.

**What a topic is.** A *leaf* heading (no sub-headings), or a heading whose sub-headings are all leaves whose
titles are facets of it rather than topics of their own (`Example`, `Pros and cons`, `Formula`, `In Python:`;
any title ending in `:` is a label): the facets are part of its body. When sub-headings are topics, each is a
card of its own and the parent is a container; a container's own text becomes an overview card only when it
is structured (a table, code, a diagram, a list of explanations), never for a lead-in paragraph. A generic
title (a facet word such as `Types` or `Example`) standing as its own card is prefixed by its parent:
`Cross-Validation › Types`.

**What the body must hold.** Something that explains: a table, a code block or diagram, math, an admonition,
a quote, a definition list, a list whose items explain (`Term: what it is`, sentences), a bold-labelled
statement (`**Concept**: …`), or prose. Not cards: bodies made only of sub-headings or `---`; outlines (a list
of short names to study); links; a code block of imports only (a list of libraries to load is not knowledge;
it is claimed as `skip:imports` so the report says so); a body that asks questions (two or more question
lines: a question list for the question rules, answered or not); a table of questions and answers (the
qa-table rule's: the section is a question section, its heading the cards' context); tables of contents
and document furniture (`License`, `Installation`, `References` …), and a section whose opening quote says
it is not examined (`kein Abfragestoff`, `not on the exam`); headings in the first person (`Things I learned`,
`My takeaways`: the writer's reflections); question headings, which belong to the heading rule.

**Which documents are handbooks.** The decision is made per document, from the shape of its topic sections
(the candidates above, counted before any card is made):

- at least three topic sections are *structured* (their body has one of the explaining blocks other than
  plain prose), and
- structured sections are at least half of the topic sections that have a body (outlines, link lists and
  prose-only sections do not dominate), and
- structured sections are at least as many as question sections (question headings, sections whose body
  asks questions or was already taken by a question rule): in a Q&A document the odd topic section is a
  reference table or a "questions asked at X" list, not a topic.

A guide (personal prose about a process, link lists, outlines of what to study) fails the first two tests; a
question bank fails the last. In a handbook, prose-only topic sections are cards too. Outside a handbook
nothing is carded; prose paragraphs of sections no rule touched are claimed as `skip:prose` only when the
document's prose is clearly a guide's (some of it speaks in the first person or about the document itself:
`I found…`, `This repo…`); any other text stays unclassified, the safe default.

Tags are the topic path above the card (`headings.topic_tags`), as for heading questions, plus tags of a
metadata line at the top of the body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..records import CardDraft
from . import RuleResult, claim, is_free
from .answers import build_answer
from .document import (
    EXPLICIT_CARD_FILE,
    EXPLICIT_CARDED_LINES,
    QUESTION_TABLES,
    SECTION_ANSWERED,
    Block,
    Document,
    free_blocks,
    table_cells,
)
from .outline import clean_heading, heading_question, is_log_heading, topic_tags
from .questions import clean_question, is_question, starts_like_question, take_difficulty

CONVENTION = "topic"

_TOC_TITLE = re.compile(r"^\s*(table of contents|contents|toc|index|outline)\s*$", re.I)
# fmt: off
# Headings that organise a document rather than teach: never topics, whatever their body holds.
_FURNITURE = frozenset({
    "table of contents", "contents", "toc", "index", "outline", "about", "about me", "about this guide", "preface",
    "foreword", "acknowledgements", "acknowledgments", "credits", "license", "licence", "contributing",
    "contributors", "authors", "author", "contact", "changelog", "change log", "installation", "install", "setup",
    "getting started", "usage", "how to use", "how to use this guide", "prerequisites", "requirements",
    "references", "resources", "further reading", "see also", "links", "useful links", "bibliography", "sources",
    "disclaimer", "support", "todo", "to do"
})
# Sub-heading titles that name a facet of the heading above rather than a topic of their own.
_FACETS = frozenset({
    "example", "examples", "types", "type", "kinds", "variants", "variations", "pros", "cons", "pros and cons",
    "pros & cons", "advantages", "disadvantages", "advantages and disadvantages", "limitations", "drawbacks",
    "benefits", "use cases", "applications", "when to use", "when to use it", "how it works", "intuition",
    "formula", "formulas", "equation", "equations", "math", "code", "implementation", "in python", "python",
    "usage", "notes", "note", "key points", "key ideas", "summary", "overview", "definition", "properties", "steps",
    "algorithm", "complexity", "details", "explanation", "comparison", "tips", "pitfalls", "common pitfalls",
    "key differences", "differences", "interpretation", "assumptions", "hyperparameters", "parameters", "motivation",
    "idea", "concept", "key concepts", "why it matters"
})
# fmt: on
# A course page's organising headings: what the session covers and with what, not a topic of it.
# Also the parts of a session's recap, one or two such names a title (`Materi`, `Live code`, `PR / tugas`,
# `Hausaufgaben`, `Devoirs`, `Tarea`): what was shown and what is to hand in, in several languages; an aside
# in brackets may follow (`Homework (due Friday)`).
_SESSION_PART = (
    r"(?:materials?|materi(?:ał[ya]?|ales?)?|slides|folien|diapositivas|schedule|agenda|timetable|objectives"
    r"|homework(?:\s+submission)?|assignments?|hausaufgaben?|devoirs?|deberes|tareas?|compiti|lição\s+de\s+casa"
    r"|tugas|pr|live[\s-]?cod(?:e|ing)|live[\s-]?demo)"
)
_COURSE_FURNITURE = re.compile(
    r"^\W*(?:(?:intended\s+)?learning\s+(?:outcomes?|objectives?|goals?|aims?)\b.*|(?:course\s+|session\s+)?"
    + _SESSION_PART + r"(?:\s*[/&+,]\s*" + _SESSION_PART + r")?(?:\s*\([^()\n]{1,40}\))?\W*)$",
    re.I,
)
_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<?https?://\S+>?")
_MARKUP = re.compile(r"[*_`~]+")
_TITLE_WORDS = re.compile(r"[\w&]+")
_LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_LABELLED = re.compile(r"^(.{1,60}?)\s*(?::|：|\s[-–—]\s)\s*(\S.*)$")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)[^*_]+?(?:\*\*|__)\s*:?")
_SENTENCE_END = re.compile(r"[.!:]$")
_IMPORT = re.compile(
    r"^(?:(?:from\s+\S+\s+)?import\s+\S.*|(?:const|let|var)\s+\S+\s*=\s*require\(.+\)\s*;?|"
    r"(?:library|require)\(.+\)|#\s*include\s*[<\"].+[>\"]|using\s+[\w.]+\s*;|use\s+[\w:]+.*;)$"
)
_COMMENT = re.compile(r"^(?:#|//|--|%)")
# "I" only as a capital: the pronoun, not a roman numeral or a variable in lower case.
_FIRST_PERSON = re.compile(
    r"\bI(?:['’](?:m|ve|d|ll))?\b|(?i:\b(?:my|me|mine)\b|\bthis\s+(?:\w+\s+){0,2}"
    r"(?:repo|repository|guide|document|post|article|page|book|handbook|collection|list|cheat ?sheet)\b)"
)
_PROSE_MIN_WORDS = 8

STRUCTURED = frozenset({"rich", "labelled"})
"""Block classes that make a section a structured note (see `block_class`)."""


@dataclass(frozen=True, slots=True)
class Topic:
    """A candidate topic: a heading and the free blocks of its body."""

    section: int
    """Index of its section in `doc.sections`."""
    heads: tuple[int, ...]
    """Heading blocks it accounts for: its own, then those of facet sub-headings."""
    blocks: tuple[int, ...]
    """The free blocks of its body in order (facet sub-headings included)."""
    kind: str
    """`structured`, `prose`, `outline`, `imports`, `questions`, `taken` (body already claimed), `reference`
    (body only a table an earlier rule carded row by row), `leftover` (prose or an outline beside the larger part
    of the body other rules carded: counted as prose, never carded) or `empty`."""
    overview: bool
    """True for the own text of a heading whose sub-headings are topics of their own."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Topic cards from a handbook-style document; `skip:prose` claims for a guide's prose otherwise."""
    if doc.derived.get(EXPLICIT_CARD_FILE):
        return RuleResult()  # in a file of explicit cards the headings are their context and tags
    if not _may_be_handbook(doc, taken):
        return RuleResult(claims=_guide_prose(doc, taken))
    topics, questions = find_topics(doc, taken)
    if not is_handbook(topics, questions + doc.derived.get(SECTION_ANSWERED, 0)):
        return RuleResult(claims=_guide_prose(doc, taken))
    drafts: list[CardDraft] = []
    claims: dict[int, str] = {}
    for topic in topics:
        if topic.kind == "imports" and not _numbered_exercise(doc, topic.section):
            for i in topic.blocks:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:imports"))
            continue
        if topic.kind not in ("structured", "prose", "imports") or (topic.overview and topic.kind != "structured"):
            continue
        section = doc.sections[topic.section]
        answer = build_answer(doc, topic.blocks)
        if answer.empty_reason:
            continue
        head = doc.blocks[section.block]
        context = tuple(clean_heading(p) for p in section.path)
        tags = answer.tags + tuple(t for t in topic_tags(section.path) if t not in answer.tags)
        drafts.append(
            CardDraft(
                doc.loc(head.first),
                CONVENTION,
                topic_front(doc, topic.section),
                answer.markdown,
                context,
                tags,
                answer_tokens=answer.tokens,
            )
        )
        for i in topic.heads + tuple(answer.claimed):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    return RuleResult(tuple(drafts), (), claims)


def find_topics(doc: Document, taken: Mapping[int, str]) -> tuple[list[Topic], int]:
    """The document's candidate topics and the number of question headings beside them."""
    topics: list[Topic] = []
    questions = 0
    merged: set[int] = set()
    children_of: dict[int, list[int]] = {}  # a parent always comes before its children
    for n, section in enumerate(doc.sections):
        if section.parent is not None:
            children_of.setdefault(section.parent, []).append(n)
    for index, section in enumerate(doc.sections):
        if index in merged or _outside_topics(doc, index):
            continue
        if heading_question(doc, section) is not None:
            questions += 1
            continue
        if doc.blocks[section.block].first in taken:
            continue
        children = children_of.get(index, [])
        if not children:
            topics.append(_topic(doc, taken, index, (section.block,), section.body, overview=False))
        elif _facets_only(doc, children):
            merged.update(children)
            heads = (section.block,) + tuple(doc.sections[c].block for c in children)
            blocks = section.body + tuple(i for c in children for i in (doc.sections[c].block, *doc.sections[c].body))
            topics.append(_topic(doc, taken, index, heads, blocks, overview=False))
        elif section.body:
            topics.append(_topic(doc, taken, index, (section.block,), section.body, overview=True))
    return _series_as_structured(doc, topics), questions


def _series_as_structured(doc: Document, topics: list[Topic]) -> list[Topic]:
    """A prose topic in a series of three sibling sections or more whose titles differ in one word only
    (`Newton's first law`, `Newton's second law`, `Newton's third law`), the others structured: a statement
    of the series, as much a topic as its siblings with their formula or example."""
    prose = [t for t in topics if t.kind == "prose" and not t.overview]
    if not prose:
        return topics
    by_index = {t.section: t for t in topics}
    siblings: dict[tuple[int | None, int], list[int]] = {}
    for i, other in enumerate(doc.sections):
        siblings.setdefault((other.parent, other.level), []).append(i)
    result = list(topics)
    for n, topic in enumerate(result):
        if topic.kind != "prose" or topic.overview:
            continue
        section = doc.sections[topic.section]
        words = section.title.split()
        group = siblings[(section.parent, section.level)]
        series = [i for i in group if _one_word_apart(words, doc.sections[i].title.split())]
        kinds = [by_index[i].kind for i in series if i in by_index]
        if len(series) >= 2 and kinds.count("structured") >= 2 and 2 * kinds.count("structured") > len(series):
            result[n] = replace(topic, kind="structured")
    return result


def _one_word_apart(words: Sequence[str], others: Sequence[str]) -> bool:
    return len(words) == len(others) >= 2 and sum(1 for a, b in zip(words, others, strict=True) if a != b) == 1


def _may_be_handbook(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when `find_topics` cannot give a handbook (`is_handbook`): a handbook has at least three
    structured topics and no more question headings than those. Each topic is a section of its own whose
    heading neither asks nor is taken, so there are at most as many structured topics as such sections
    (`possible`); and every heading that asks counts as a question unless it is outside topics (a facet
    merged into its parent never asks). So a question bank is decided by counting its questions only
    until they outnumber the possible topics, without reading every heading and body."""
    possible = sum(1 for s in doc.sections if heading_question(doc, s) is None and doc.blocks[s.block].first not in taken)
    if possible < 3:
        return False
    questions = 0
    for index, section in enumerate(doc.sections):
        if heading_question(doc, section) is not None and not _outside_topics(doc, index):
            questions += 1
            if questions > possible:
                return False
    return True


def is_handbook(topics: Sequence[Topic], question_headings: int) -> bool:
    """The document-level decision described in the module docstring."""
    counted = [t for t in topics if not t.overview]
    # A reference table carded row by row still shows a structured note, as it did before its rows were taken.
    structured = sum(1 for t in counted if t.kind in ("structured", "reference"))
    bodied = sum(1 for t in counted if t.kind in ("structured", "reference", "prose", "outline", "imports", "leftover"))
    questions = question_headings + sum(1 for t in counted if t.kind in ("questions", "taken"))
    return structured >= 3 and 2 * structured >= bodied and structured >= questions


def topic_front(doc: Document, index: int) -> str:
    """The front of a topic card: the heading (numbering and a trailing colon removed), prefixed by its
    parent when the title is a generic facet word that means nothing alone."""
    section = doc.sections[index]
    inline = doc.inline(doc.blocks[section.block])
    title = clean_heading((inline.content if inline is not None else section.title).strip().rstrip("#").strip())
    title = title.rstrip(":：").strip() or title
    if is_facet(section.title) and section.parent is not None:
        return f"{clean_heading(doc.sections[section.parent].title)} › {title}"
    return title


def is_facet(title: str) -> bool:
    """True for a heading that names a facet of its parent (`Example`, `Pros & Cons:`) or is a label."""
    text = _MARKUP.sub("", title).strip()
    if text.endswith((":", "：")):
        return True
    text = re.sub(r"\([^)]*\)", "", clean_heading(text)).strip(" :.-—–").casefold()
    return " ".join(_TITLE_WORDS.findall(text)) in _FACETS


def block_class(doc: Document, block: Block) -> str:
    """What a block brings to a topic body: `rich` (table, code, diagram, math, quote, admonition,
    definition list, a list that explains), `labelled` (`**Concept**: …`), `prose`, `label` (a short lead-in
    ending in `:`), `stub` (a few words), `outline`, `links`, `imports` or `neutral`."""
    kind = block.kind
    text = doc.text(block.first, block.last)
    if kind in ("hr", "heading", "front_matter", "footnote_block") or not text.strip():
        return "neutral"
    if kind == "html_block":
        return "neutral" if text.lstrip().startswith("<!--") else "prose"
    if kind == "paragraph":
        return _paragraph_class(text)
    if kind in ("bullet_list", "ordered_list"):
        return _list_class(doc, block)
    if kind == "fence":
        return _code_class(doc.tokens[block.start].content)
    if kind == "code_block":
        lines = [line for line in text.splitlines() if line.strip()]
        if sum(1 for line in lines if _LIST_MARKER.match(line)) * 2 > len(lines):
            return "outline"  # an indented list, mistaken for code by the parser
        return _code_class(text)
    if kind == "table":
        rows = [line for line in text.splitlines()[2:] if line.strip()]
        linked = sum(1 for row in rows if _LINK.search(row))
        if rows and linked * 2 >= len(rows):
            return "links"
        return "outline" if _session_log(doc, block) else "rich"
    return "rich"


# `11/21`, `21.11.`, `2026-11-21`: a day's date in a table's first column.
_DAY_DATE = re.compile(r"^(?:\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?\.?|\d{4}-\d{1,2}-\d{1,2})$")
# The first header of such a table: `Date`, `Day`, `Datum`, `Fecha`, `Data`, `日付`, `日期`.
_DATE_HEADERS = frozenset({"date", "day", "datum", "tag", "fecha", "día", "dia", "data", "jour", "giorno", "日付", "日期", "날짜"})


def _session_log(doc: Document, block: Block) -> bool:
    """A table whose rows are dated days (`| Date | Anki new | Reviews |` over `| 11/21 | 15 | 48 |`): the
    writer's log of study sessions, kept like an outline, never a topic to learn."""
    header, rows = table_cells(doc, block)
    if not header or len(rows) < 2 or any(not cells for _, cells in rows):
        return False
    dates = [cells[0].content.strip() for _, cells in rows]
    if all(is_log_heading(d) for d in dates):
        return True
    return header[0].content.strip().casefold() in _DATE_HEADERS and all(_DAY_DATE.match(d) for d in dates)


def _paragraph_class(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if all(_LINK.search(line) and _words(_LINK.sub("", line)) <= 6 for line in lines):
        return "links"
    plain = _MARKUP.sub("", " ".join(lines)).strip()
    if _BOLD_LEAD.match(lines[0]):
        rest = _BOLD_LEAD.sub("", " ".join(lines), count=1).strip()
        if _words(rest) >= 2 and not (len(lines) == 1 and rest.endswith(":")):
            return "labelled"
    if len(lines) == 1 and plain.endswith((":", "：")) and _words(plain) <= 8:
        return "label"
    return "prose" if _words(_LINK.sub(" ", plain)) >= 6 or _SENTENCE_END.search(plain) else "stub"


def _list_class(doc: Document, block: Block) -> str:
    items = _item_texts(doc, block)
    if not items:
        return "neutral"
    if all(_LINK.search(item) and _words(_LINK.sub("", item)) <= 6 for item in items):
        return "links"
    explaining = sum(1 for item in items if _explains(item))
    return "rich" if explaining * 2 >= len(items) else "outline"


_TASK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\](?:\s|$)")


def _task_list(doc: Document, block: Block) -> bool:
    """A list whose every item opens with a check box (`- [ ] …`, `- [x] …`)."""
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    indent = len(doc.lines[block.first]) - len(doc.lines[block.first].lstrip())
    items = [
        line
        for line in doc.lines[block.first : block.last]
        if _LIST_MARKER.match(line) and len(line) - len(line.lstrip()) == indent
    ]
    return bool(items) and all(_TASK_ITEM.match(line) for line in items)


def _item_texts(doc: Document, block: Block) -> list[str]:
    """The first paragraph of each top-level item of a list."""
    level = doc.tokens[block.start].level + 1
    texts: list[str] = []
    tokens = doc.tokens[block.start : block.end]
    for n, token in enumerate(tokens):
        if token.type != "list_item_open" or token.level != level:
            continue
        inline = next((t for t in tokens[n + 1 :] if t.type == "inline" or t.type == "list_item_close"), None)
        texts.append(inline.content if inline is not None and inline.type == "inline" else "")
    return texts


def _explains(item: str) -> bool:
    """An item that says something (`Term: what it is`, a sentence) rather than naming topics
    (`Ensembles: Stacking and Blending`, `bias, variance, K-fold cross validation, …`)."""
    plain = _MARKUP.sub("", " ".join(item.split()))
    match = _LABELLED.match(plain)
    if match:
        said = _LINK.sub("", match.group(2))
        if _words(said) >= 3 and not _title_case(said):
            return True
    return _words(_LINK.sub("", plain)) >= 10 and not _enumeration(plain)


def _title_case(text: str) -> bool:
    """Every longer word capitalised: a name or a title, not a phrase that explains."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _enumeration(text: str) -> bool:
    """A run of short names separated by commas, `and`, `or`: a list of things to study."""
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+(?:and|or|&)\s+", text) if p.strip()]
    return len(parts) >= 3 and all(_words(p) <= 6 for p in parts)


def _code_class(code: str) -> str:
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    imports = [line for line in lines if _IMPORT.match(line)]
    rest = [line for line in lines if not _IMPORT.match(line) and not _COMMENT.match(line)]
    if imports and not rest:
        return "imports"
    return "rich" if lines else "neutral"


def _link_text(text: str) -> str:
    """Links replaced by their text (a bare URL by nothing): what a reader reads as words."""
    return _LINK.sub(lambda m: m.group(0).split("](")[0].lstrip("![") if "](" in m.group(0) else " ", text)


def _words(text: str) -> int:
    return len(re.findall(r"\w[\w'’-]*", text))


def _topic(
    doc: Document, taken: Mapping[int, str], index: int, heads: tuple[int, ...], body: Sequence[int], *, overview: bool
) -> Topic:
    # Like the heading rule, the body is every free block: a definition list an earlier rule carded in the
    # middle of a topic does not orphan the rest of it.
    free = tuple(i for i in body if is_free(doc, taken, i))
    kind = _topic_kind(doc, free)
    carded = doc.derived.get(EXPLICIT_CARDED_LINES, frozenset())
    if (kind == "empty" and len(free) < len(body)) or (carded and any(_holds(doc, i, carded) for i in body)):
        kind = "taken"  # a section of explicit cards: its heading is their context, not a topic
        if not carded and all(doc.blocks[i].kind == "table" for i in body if i not in free):
            kind = "reference"  # a table whose rows are term cards: neither a topic nor a question section
    elif any(taken.get(doc.blocks[i].first) == "unanswered" for i in body):
        kind = "questions"  # a list of questions to practise (reported one by one): a question section
    elif kind in ("structured", "prose", "outline") and _pairs_only(doc, free):
        kind = "taken"  # `- Tschüss = bye` lines: entries of their own (one-line rules), the heading their context
    elif kind in ("prose", "outline") and _mostly_claimed(doc, body, free):
        # `## Review questions` whose list other rules carded, then a closing tip: the heading is the cards'
        # context and the leftover line no topic; it still counts as the prose it is in `is_handbook`.
        kind = "leftover"
    if kind == "structured" and _beside_cards(doc, taken, body, free):
        kind = "leftover"
    if _holds_question_table(doc, body):
        kind = "questions"  # its rows are the cards; the heading is their context, whatever else it holds
    kind = _aside_kind(doc, index, free, kind, overview=overview)
    return Topic(index, heads, free, kind, overview)


def _aside_kind(doc: Document, index: int, free: Sequence[int], kind: str, *, overview: bool) -> str:
    """The kind of a section that reads as a topic but is the document's furniture or an aside:
    `outline` for the own text of a container that holds an in-page table of contents (the front page of
    the notes: an intro quote and the list of sections, not an overview to learn); `leftover` (prose, never
    carded) for a prose-only section titled with a date (`Class notes 11/14`, `Lecture — 3 Oct`: what was
    said in one session) or standing among numbered sibling sections of another kind (`## Notes on 1.2`
    between `## Exercise 1.4` and `## Exercise 1.11`: the author's remark between the exercises)."""
    if overview and kind == "structured" and any(_in_page_contents(doc, doc.blocks[i]) for i in free):
        return "outline"
    if kind in ("structured", "prose") and _not_for_the_exam(doc, free):
        return "leftover"
    if kind == "prose" and not overview:
        title = doc.sections[index].title
        if _dated(title) or _among_numbered_siblings(doc, index):
            return "leftover"
    return kind


# A note that a section is not examined: `kein Abfragestoff`, `nicht prüfungsrelevant`, `not examinable`,
# `not on the exam`, `no exam material`, `ne ulazi u ispit`, `hors programme`, `no entra en el examen`.
_NOT_EXAMINED = re.compile(
    r"\bkein(?:e)?\s+(?:abfrage|prüfungs)stoff\b|\bnicht\s+(?:prüfungs|klausur)relevant\b|\bnot\s+examinable\b"
    r"|\bnot\s+(?:on|in|for)\s+the\s+(?:exam|test|final)\b|\bno(?:t)?\s+exam\s+material\b|\bne\s+ulazi\s+u\s+ispit\b"
    r"|\bhors\s+programme\b|\bno\s+entra\s+en\s+el\s+examen\b",
    re.I,
)


def _not_for_the_exam(doc: Document, free: Sequence[int]) -> bool:
    """A section whose first block, a block quote, says it is not examined (`_NOT_EXAMINED`): a mnemonic or
    an aside the author keeps, not a topic to learn."""
    if not free or doc.blocks[free[0]].kind != "blockquote":
        return False
    return _NOT_EXAMINED.search(doc.block_text(free[0])) is not None


# A day and month at the end of a title after its words (`Class notes 11/14`, `Seminar 3.10.`, `Lecture —
# 2024-10-03`, `Notes, Oct 3`): the title dates a session.
_DATED_TITLE = re.compile(
    r"[\s,(—–-]\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?|\d{1,2}\.\d{1,2}\.(?:\d{4})?|"
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)\)?\s*$"
)


def _dated(title: str) -> bool:
    """True when a title ends with a day and month after its words (`Class notes 11/14`), not for a date alone
    (a journal heading, see `outline.is_log_heading`) nor a number in a name (`Chapter 3`)."""
    match = _DATED_TITLE.search(title)
    return match is not None and any(c.isalpha() for c in title[: match.start()])


# `Exercise 1.2`, `Problem 3`, `Übung 4a`, `練習 2`: a title that is a word and a number.
_NUMBERED_TITLE = re.compile(r"^\W*([^\W\d_]+)\s*\d+(?:\.\d+)*[a-z]?\W*$")


def _among_numbered_siblings(doc: Document, index: int) -> bool:
    """True when sibling sections before and after this one are numbered with a shared word (`Exercise 1.4`
    … `Exercise 1.11`) and this one's title is not."""
    section = doc.sections[index]
    spans = _numbered_spans(doc).get((section.parent, section.level), {})
    own = _NUMBERED_TITLE.match(section.title)
    word = own.group(1).casefold() if own else None
    return any(first < index < last for w, (first, last) in spans.items() if w != word)


def _numbered_spans(doc: Document) -> dict[tuple[int | None, int], dict[str, tuple[int, int]]]:
    """For each group of sibling sections (same parent and level), the first and last section numbered with
    each word (`exercise` → sections 3 and 11), worked out once per document."""
    found: dict[tuple[int | None, int], dict[str, tuple[int, int]]] | None = doc.derived.get(_NUMBERED_SPANS)
    if found is None:
        found = {}
        for n, section in enumerate(doc.sections):
            match = _NUMBERED_TITLE.match(section.title)
            if match:
                spans = found.setdefault((section.parent, section.level), {})
                word = match.group(1).casefold()
                spans[word] = (spans[word][0], n) if word in spans else (n, n)
        doc.derived[_NUMBERED_SPANS] = found
    return found


_NUMBERED_SPANS = "topic-numbered-spans"
_SECTION_TITLES = "topic-section-titles"


def _in_page_contents(doc: Document, block: Block) -> bool:
    """True for a list whose every item links to a heading of the page (`- [Osmosis](#osmosis)`) or is the
    title of one of its sections (`1. Osmosis`)."""
    if block.kind not in ("bullet_list", "ordered_list"):
        return False
    items = _item_texts(doc, block)
    if len(items) < 2:
        return False
    titles = doc.derived.get(_SECTION_TITLES)
    if titles is None:  # worked out once per document
        titles = doc.derived[_SECTION_TITLES] = {
            " ".join(_TITLE_WORDS.findall(clean_heading(s.title).casefold())) for s in doc.sections
        }
    return all("](#" in item or " ".join(_TITLE_WORDS.findall(clean_heading(item).casefold())) in titles for item in items)


_CARDS_BESIDE = 2


def _beside_cards(doc: Document, taken: Mapping[int, str], body: Sequence[int], free: Sequence[int]) -> bool:
    """Whether other rules made cards of two blocks or more of the body (`**P:** … **R:** …` pairs under
    the notes and commands of a section, `**SUID** — …` terms after a checklist): the section is those
    cards' context, and the code, tables and lists around them are notes that go with them, not a topic."""
    left = set(free)
    carded = 0
    for i in body:
        if i not in left and doc.blocks[i].kind not in ("hr", "html_block"):
            carded += _cards_in(doc, taken, doc.blocks[i])
    return carded >= _CARDS_BESIDE


def _cards_in(doc: Document, taken: Mapping[int, str], block: Block) -> int:
    """How many cards (or unanswered questions) other rules made of a block: one per question of a list they
    took item by item (`1. Who … ? ⇒ answer` lines: numbered items, or items that ask), else one when they
    took its first line (a list of `Term: meaning` cards inside a topic is one block of it)."""
    first = taken.get(block.first) in ("card", "unanswered")
    if not first or block.kind not in ("bullet_list", "ordered_list"):
        return int(first)
    level = doc.tokens[block.start].level + 1
    numbered = block.kind == "ordered_list"
    asked = 0
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map:
            line = token.map[0]
            if taken.get(line) in ("card", "unanswered") and (numbered or is_question(doc.lines[line])):
                asked += 1
    return max(asked, 1)


def _mostly_claimed(doc: Document, body: Sequence[int], free: Sequence[int]) -> bool:
    """Whether earlier rules took at least as many of the body's lines as its free blocks hold (hr and
    comments aside): the free rest is a lead-in or an aside around their cards."""
    left = set(free)
    claimed = sum(doc.blocks[i].last - doc.blocks[i].first for i in body if i not in left)
    rest = sum(doc.blocks[i].last - doc.blocks[i].first for i in free if block_class(doc, doc.blocks[i]) != "neutral")
    return claimed > 0 and claimed >= rest


# `word = meaning`, `prompt → answer`: an item that pairs a prompt with its answer on one line.
_PAIR_ITEM = re.compile(r"^\S[^\n]*?\s(?:=|→|->|⇒|=>)\s+\S")


def _pairs_only(doc: Document, blocks: Sequence[int]) -> bool:
    """A body made only of lists of one-line pairs (`- die Miete = rent`, `- break a leg → good luck`), a
    lead-in label aside: entries, which is what a vocabulary or a drill list is, not a topic explained."""
    lists = 0
    for i in blocks:
        block = doc.blocks[i]
        if block.kind in ("bullet_list", "ordered_list"):
            items = _item_texts(doc, block)
            pairs = sum(1 for item in items if _PAIR_ITEM.match(item.strip()))
            if pairs < 2 or 2 * pairs <= len(items):
                return False
            lists += 1
        elif block_class(doc, block) not in ("neutral", "label"):
            return False
    return lists > 0


def _holds_question_table(doc: Document, body: Sequence[int]) -> bool:
    """True when the body holds a table the qa-table rule read as questions and answers."""
    tables: frozenset[int] = doc.derived.get(QUESTION_TABLES, frozenset())
    return not tables.isdisjoint(body)


def _holds(doc: Document, index: int, lines: frozenset[int]) -> bool:
    block = doc.blocks[index]
    return not lines.isdisjoint(range(block.first, block.last))


def _topic_kind(doc: Document, blocks: Sequence[int]) -> str:
    if question_lines(doc, blocks) >= 2:
        return "questions"
    todo = {i for i in blocks if _task_list(doc, doc.blocks[i])}
    classes = {block_class(doc, doc.blocks[i]) for i in blocks if i not in todo}
    if todo and not classes & STRUCTURED:
        return "outline"  # the writer's to-do list (`- [ ] add chapter 4`), with a line or two around it
    if classes & STRUCTURED:
        return "structured"
    if "prose" in classes:
        return "prose"
    if "imports" in classes and not classes & {"outline", "links", "stub"}:
        return "imports"
    if classes & {"outline", "links", "stub", "label", "imports"}:
        return "outline"
    return "empty"


def question_lines(doc: Document, blocks: Sequence[int]) -> int:
    """How many lines of paragraphs, lists and quotes ask a question (`**Q1: What is …?**`, `2. [E] Why …?`)."""
    count = 0
    for i in blocks:
        block = doc.blocks[i]
        if block.kind == "table":
            count += _asking_rows(doc, block)
            continue
        if block.kind not in ("paragraph", "bullet_list", "ordered_list", "blockquote"):
            continue
        for n in range(block.first, block.last):
            text = _MARKUP.sub("", _LIST_MARKER.sub("", doc.lines[n])).strip()
            text, _ = take_difficulty(text)
            question, _ = clean_question(text)
            if question.endswith("?") and (starts_like_question(question) or _labelled_question(question)):
                count += 1
    return count


def _asking_rows(doc: Document, block: Block) -> int:
    """How many body rows of a table ask in their first worded cell (`| 3 | What is a Pod? | … |`,
    `| Deployment vs StatefulSet? | … |`): a table of questions, whoever cards it, is no topic's explanation."""
    count = 0
    for line in doc.lines[block.first + 2 : block.last]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        cell = next((c for c in cells if re.search(r"[^\W\d_]", c)), "")
        if _MARKUP.sub("", cell).rstrip().endswith(("?", "？")):
            count += 1
    return count


# `Q.`, `P:`, `F:`, `Q3.`: a one- or two-letter label before a line that ends with `?` says it asks, in any
# language (`P: Em que porta roda o SMB?`, `Q. Why was …?`), question word or not.
_QA_LABEL = re.compile(r"^[^\W\d_]{1,2}\d{0,3}\s?[.:：]\s+\S")


def _labelled_question(text: str) -> bool:
    """A line such as `Q. What was Article 48?` or `P: Qual porta …?` (its `?` checked by the caller)."""
    return bool(_QA_LABEL.match(text))


def _outside_topics(doc: Document, index: int) -> bool:
    """Headings that are never topics: the document title, empty or furniture titles, dates and day/week
    counters of a journal, anything inside a table of contents."""
    section = doc.sections[index]
    if section.level == 1 and section.title == doc.title:
        return True
    if not section.title.strip():
        return True
    if " ".join(_TITLE_WORDS.findall(clean_heading(section.title).casefold())) in _FURNITURE:
        return True
    if _COURSE_FURNITURE.match(clean_heading(section.title)):
        return True  # a course page's `## Learning outcomes of the day`, `## Material`: what to do, not what to know
    if is_log_heading(section.title):
        return True  # a journal entry (`### Day 2 — 03/01/2024`): that day's notes, not a study topic
    if _speaks_of_the_writer(section.title):
        return True  # `## Things I learned`, `## My takeaways`: the writer's reflections, not a topic
    parent = section.parent
    while parent is not None:
        if _TOC_TITLE.match(doc.sections[parent].title):
            return True
        parent = doc.sections[parent].parent
    return False


# `Things I learned`, `What I got wrong`, `My takeaways`, `Notes to me`, `Summary (mine)`: a title in the first person.
_FIRST_PERSON_TITLE = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\b|(?i:\b(?:my|me)\b|\(mine\))")


def _speaks_of_the_writer(title: str) -> bool:
    """True for a heading in the first person that asks nothing (`Things I learned`, `My takeaways`): it
    gathers the writer's reflections, it names no topic to learn."""
    text = clean_heading(title)
    return "?" not in text and _FIRST_PERSON_TITLE.search(text) is not None


def _facets_only(doc: Document, children: Sequence[int]) -> bool:
    """True when every sub-heading is a leaf naming a facet of its parent (so they are one topic)."""
    for child in children:
        section = doc.sections[child]
        has_children = child + 1 < len(doc.sections) and doc.sections[child + 1].parent == child
        if has_children or not is_facet(section.title) or heading_question(doc, section) is not None:
            return False
    return True


def _guide_prose(doc: Document, taken: Mapping[int, str]) -> dict[int, str]:
    """`skip:prose` claims for the prose of a guide: paragraphs of sections no rule touched, when some of the
    document's prose speaks in the first person or about the document itself."""
    free = set(free_blocks(doc, taken))
    candidates = [
        i
        for section in doc.sections
        if section.body and free.issuperset(section.body)
        for i in section.body
        if doc.blocks[i].kind == "paragraph"
    ]
    if not _may_speak_personally(doc, candidates):
        return {}  # no paragraph speaks in the first person: `personal` below would be 0
    paragraphs = [i for i in candidates if _clearly_prose(doc.block_text(i))]
    personal = sum(1 for i in paragraphs if _FIRST_PERSON.search(_link_text(doc.block_text(i))))
    if not personal or 3 * personal < len(paragraphs):
        return {}
    claims: dict[int, str] = {}
    for i in paragraphs:
        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:prose"))
    return claims


def _may_speak_personally(doc: Document, candidates: list[int]) -> bool:
    """False when none of the candidate paragraphs speaks in the first person (`_FIRST_PERSON`): then none of
    the prose paragraphs among them does, and a guide's prose is not told apart. Asked before the prose
    test, which every paragraph of a document passes or fails for nothing when none speaks so."""
    return any(_FIRST_PERSON.search(_link_text(doc.block_text(i))) for i in candidates)


def _clearly_prose(text: str) -> bool:
    plain = _MARKUP.sub("", _link_text(text)).strip()
    return _words(plain) >= _PROSE_MIN_WORDS and bool(_SENTENCE_END.search(plain))


# `#### 1. Import the numpy package under the name \`np\``: a heading numbering one item of a list of exercises.
_EXERCISE_NUMBER = re.compile(r"^\d{1,3}[.)][ \t]+\S")


def _numbered_exercise(doc: Document, index: int) -> bool:
    """True for a section numbered among at least two numbered siblings of its level (`#### 1. …`,
    `#### 2. …`, `#### 3. …`): an exercise list, where a code block of imports only is the exercise's
    answer, not a list of libraries to load."""
    section = doc.sections[index]
    if not _EXERCISE_NUMBER.match(section.title):
        return False
    siblings = 0
    for other in doc.sections:
        if other.parent == section.parent and other.level == section.level and _EXERCISE_NUMBER.match(other.title):
            siblings += 1
            if siblings >= 3:
                return True
    return False
