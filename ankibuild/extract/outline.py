"""What the headings say: cleaned titles, the heading path above a block, topic tags, and whether a heading
asks. Shared by every rule that gives a card its context and topic."""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Document, Section
from .questions import clean_question, is_comparison, is_question, tag_slug

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
    A heading asks with a `?` or a command word (questions.is_question), or by naming a comparison
    (`Bagging vs Boosting`, `Difference between X and Y`: questions.is_comparison)."""
    known = doc.derived.setdefault("heading_question", {})  # asked by the heading, topic and bold rules
    if section.block not in known:
        inline = doc.inline(doc.blocks[section.block])
        source = inline.content if inline is not None else section.title
        question, companies = clean_question(source)
        plain = question if source == section.title else clean_question(section.title)[0]
        known[section.block] = (question, companies) if is_question(plain) or is_comparison(plain) else None
    found: tuple[str, tuple[str, ...]] | None = known[section.block]
    return found
