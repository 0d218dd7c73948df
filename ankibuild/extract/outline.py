"""What the headings say: cleaned titles, the heading path above a block, topic tags, whether a heading
asks and whether a section title says its items are still to work out. Shared by every rule that gives a card
its context and topic."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..normalise import tag_slug
from ..records import CardDraft
from .document import Document, Section, lazy_pattern, without_heading_attributes, without_org_marks
from .questions import asks_by_label_or_request, clean_question, is_comparison, is_question, whole_link_text

_HEADING_NUMBER = re.compile(r"^\s*(?:(?:section|chapter|part|unit|module)\s+\d+[.:]?\s*[—–:-]?\s*|\d+(?:\.\d+)*[.)]?\s+)", re.I)


@lru_cache(maxsize=4096)
def clean_heading(title: str) -> str:
    """`Section 2 — Statistics & Probability` → `Statistics & Probability`; `5.1.1 Vectors` → `Vectors`."""
    return _HEADING_NUMBER.sub("", title).strip() or title.strip()


@lru_cache(maxsize=4096)  # every card of a section asks for the same path's tags
def topic_tags(path: tuple[str, ...]) -> tuple[str, ...]:
    """`topic::statistics_probability::hypothesis_testing` from a heading path (document title excluded)."""
    slugs = [tag_slug(clean_heading(p)) for p in path]
    slugs = [s for s in slugs if s]
    return ("topic::" + "::".join(slugs),) if slugs else ()


def heading_path(doc: Document, index: int) -> tuple[str, ...]:
    """Titles of the sections above block `index`, outermost first, the document title left out: the
    context of a card found in that block, and (through `topic_tags`) its topic."""
    section = doc.section_of_block(index)
    if section is None or (section.level == 1 and section.title == doc.title):
        return ()  # a top-level title has nothing above it
    return section.path + (section.title,)


def heading_question(doc: Document, section: Section) -> tuple[str, tuple[str, ...]] | None:
    """The cleaned question of a heading and the companies in its suffix, or None when it asks nothing.
    A heading asks with a `?` or a command word (questions.is_question), a question label or a request
    (`Q1. …`, `… 설명해주세요.`: questions.asks_by_label_or_request), or by naming a comparison
    (`Bagging vs Boosting`, `Difference between X and Y`: questions.is_comparison)."""
    known = doc.derived.setdefault("heading_question", {})  # asked by the heading, topic and bold rules
    if section.block not in known:
        inline = doc.inline(doc.blocks[section.block])
        source = without_heading_attributes(without_org_marks(inline.content)) if inline is not None else section.title
        question, companies = clean_question(source)
        if not question and "](" in source:
            question, companies = _linked_question(source, question, companies)
        plain = question if source == section.title else clean_question(section.title)[0]
        asks = is_question(plain) or is_comparison(plain) or asks_by_label_or_request(section.title)
        known[section.block] = (question, companies) if asks else None
    found: tuple[str, tuple[str, ...]] | None = known[section.block]
    return found


def _linked_question(source: str, question: str, companies: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The question of a heading that is only a link to its thread (`[How do I undo a commit?](https://…) 🔁`):
    the link's text, where `clean_question` strips a trailing link as the question's source and leaves nothing."""
    text = whole_link_text(source)
    return clean_question(text) if text else (question, companies)


def card_headings(doc: Document, drafts: Sequence[CardDraft]) -> frozenset[int]:
    """Indices of the sections whose heading is itself a question: a heading that asks (carded or
    unanswered), or the front of a card another rule made from the heading (a numbered entry, a glossary
    term). A topic card's heading names a topic and is not one of them."""
    heads = {doc.blocks[s.block].first: n for n, s in enumerate(doc.sections)}
    # `heading_question` of each heading, read straight from the table it keeps (the heading rule has filled
    # it already, one call per heading spared); asked only of a heading not in it yet.
    known = doc.derived.get("heading_question", {})
    found = {
        n for n, s in enumerate(doc.sections) if (known[s.block] if s.block in known else heading_question(doc, s)) is not None
    }
    found.update(heads[d.loc.line - 1] for d in drafts if d.convention != "topic" and d.loc.line - 1 in heads)
    return frozenset(found)


def without_card_headings(doc: Document, drafts: Sequence[CardDraft]) -> list[CardDraft]:
    """The drafts with every heading that is itself a question (`card_headings`) taken out of their
    context and topic tags: a question is never the topic of the questions below it."""
    if not doc.sections:
        return list(drafts)
    asking = card_headings(doc, drafts)
    if not asking:
        return list(drafts)
    starts = [doc.blocks[s.block].first for s in doc.sections]
    # Whether a section or one above it asks (a parent comes before its children): most cards have no
    # asking heading above their own, and keep their context and tags.
    asks_above: list[bool] = []
    for n, heading in enumerate(doc.sections):
        asks_above.append(n in asking or (heading.parent is not None and asks_above[heading.parent]))
    out: list[CardDraft] = []
    for draft in drafts:
        line = draft.loc.line - 1
        n = bisect_right(starts, line) - 1
        section = doc.sections[n] if n >= 0 else None
        if section is not None and starts[n] == line:
            n = _parent(doc, n)  # the heading's own card: its context starts at its parent
        if n < 0 or not asks_above[n]:
            out.append(draft)
            continue
        titles: set[str] = set()
        while n >= 0:
            if n in asking:
                titles.add(clean_heading(doc.sections[n].title))
            n = _parent(doc, n)
        out.append(_drop_titles(draft, titles) if titles else draft)
    return out


def head_key(title: str, level: int) -> tuple[int, str] | None:
    """`## Exercise 6` → (2, `exercise`): the level and label word of a numbered heading; None for a heading
    without a number (`## Exercise tips` is no sibling exercise)."""
    words = title.split()
    if len(words) < 2 or not any(ch.isdigit() for ch in title):
        return None
    return level, words[0].lower()


def _parent(doc: Document, n: int) -> int:
    parent = doc.sections[n].parent
    return -1 if parent is None else parent


def _drop_titles(draft: CardDraft, titles: set[str]) -> CardDraft:
    slugs = {tag_slug(t) for t in titles}
    context = tuple(c for c in draft.context if clean_heading(c) not in titles)
    tags: list[str] = []
    for tag in draft.tags:
        if tag.startswith("topic::"):
            kept = [part for part in tag.split("::")[1:] if part not in slugs]
            if not kept:
                continue
            tag = "topic::" + "::".join(kept)
        tags.append(tag)
    return replace(draft, context=context, tags=tuple(dict.fromkeys(tags)))


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{4}}|{_WEEKDAY})"
)
_COUNTER = r"(?:day|week|session|sprint|entry|log|month)\s*#?\d+(?:\s*(?:/|of)\s*\d+)?"
_LOG_PIECE = re.compile(rf"^(?:{_DATE}|{_COUNTER})$", re.I)
_LOG_SEPARATORS = re.compile(r"\s*(?:[—–:|()\[\],]|\s-\s)\s*")
_LOG_MARKUP = re.compile(r"[*_`~#]+")
# What a log heading keeps of a title: letters and digits, spaces, and the punctuation of dates and
# separators. Once `_` is gone (`_LOG_MARKUP`), `\w` is exactly `str.isalnum` and `\s` is `str.isspace`.
_NOT_LOG_TEXT = re.compile(r"[^\w\s—–\-:|()\[\],/.#]+")
_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=4096)
def is_log_heading(title: str) -> bool:
    """A heading that is only a date or a day/week/session counter (`Day 2 — 03/01/2024`, `2024-01-05`,
    `Week 3`, `Monday, 5 March 2024`): an entry of a journal, whose body is that day's notes, not a topic."""
    text = _NOT_LOG_TEXT.sub("", _LOG_MARKUP.sub(" ", title))
    pieces = [p.strip(" .") for p in _LOG_SEPARATORS.split(text.strip()) if p.strip(" .")]
    # Every piece a date, a counter or a year (most titles fail on their first piece), and not only years.
    if not all(_LOG_PIECE.match(p) or _YEAR.fullmatch(p) for p in pieces):
        return False
    years = sum(1 for p in pieces if _YEAR.fullmatch(p))  # `March 5, 2024`: a year after a comma
    return len(pieces) > years


# A section title saying what it lists is still to work out: `To review`, `Open questions`, `Questions to ask`,
# `Still unclear`, `To write` (cards still to write), `À revoir`, `Offene Fragen`, `Por repasar`, `Da rivedere`,
# `待复习` (`titles_may_hold` tests the words below). The unsolved-list rule reports only the items that ask:
# such a list mixes questions with reminders.
_TO_REVIEW = lazy_pattern(
    r"\bto\s+(?:review|revisit|ask|look\s+up|write)\b|\breview\s+later\b|\bopen\s+questions\b|\bquestions\s+to\s+ask\b"
    r"|\bstill\s+unclear\b|\bto[ -]?do\b|[àa]\s+revoir\b|\bquestions\s+ouvertes\b|\boffene\s+fragen\b|\bzu\s+kl[äa]ren\b"
    r"|[àa]\s+[ée]crire\b|\bzu\s+schreiben\b|\bpor\s+escribir\b|\bda\s+scrivere\b"
    r"|\bpor\s+repasar\b|\bpreguntas\s+abiertas\b|\bda\s+rivedere\b|\bdomande\s+aperte\b|\ba\s+rever\b|\b(?:estudar|study)\s+(?:depois|later)\b|待复习|待復習|要復習",
    re.I,
)
REVIEW_WORDS = (
    "review", "revisit", "look", "open", "ask", "unclear", "todo", "to do", "to-do", "revoir", "ouvertes", "offene", "klären", "klaren", "repasar",
    "abiertas", "rivedere", "aperte", "rever", "estudar", "study", "待复习", "待復習", "要復習", "write", "crire", "schreiben",
    "escribir", "scrivere",
)  # fmt: skip
_REVIEW_WORDS_FOUND = re.compile("|".join(map(re.escape, REVIEW_WORDS)))


def is_review_title(title: str) -> bool:
    """True for a section title saying its items are still to work out (`Things to look up`, `To review`,
    `Open questions`, `À revoir` …): a question in its list is a reminder, whatever note follows it."""
    return _REVIEW_WORDS_FOUND.search(title.lower()) is not None and _TO_REVIEW.search(title) is not None
