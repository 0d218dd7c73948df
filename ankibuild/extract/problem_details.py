"""Problem details: a troubleshooting run of `<details>` blocks whose summaries state problems, the fix
inside each.

    ## Troubleshooting

    <details>
    <summary>The build hangs at "Resolving dependencies"</summary>

    Clear the cache with `tool cache clean` and retry.

    </details>

    <details>
    <summary>Port 8080 already in use</summary>
    …

- **A run** is two or more top-level `<details>` regions one after the other in the same section (only blank
  lines between them), none taken by an earlier rule. It runs before the `details` rule, which would read these summaries as group
  titles; a summary that asks (questions.is_question) is left to it.
- **A problem summary** states something in words (two words or more, at most 20) and is not an answer
  label (`Answer`, `Solution`, `Show answer`: collapsibles.is_answer_summary), a hint, or furniture: a table
  of contents, a changelog, release notes, a version (`v1.2.0`), an example, output, a screenshot, code.
- **The card**: the summary is the front, the body (nested `<details>` included) the back. A body that is
  empty, a placeholder or only links is no card. Every region of the run must hold a problem summary and
  an answer, else the run is left to the other rules (a run of `<details>` holding code samples, say).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft
from . import RuleResult, claim
from .answers import empty_reason
from .collapsibles import TAG, DetailsRegion, find_details, is_answer_summary
from .document import Document, block_at, lowered_text
from .outline import clean_heading, topic_tags
from .questions import is_question

CONVENTION = "problem-details"

_MIN_RUN = 2
_MAX_WORDS = 20
_FURNITURE = re.compile(
    r"\b(?:table\s+of\s+contents|contents|toc|changelog|change\s+log|release\s+notes|history|hints?|tips?|"
    r"examples?|output|screenshots?|code|source|spoiler|more|details|expand|click|show|full|raw|logs?|"
    r"answers?|solutions?|explanation)\b|^\W*v?\d+(?:\.\d+)+",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a troubleshooting run of `<details>` blocks."""
    if _tag_opens(doc.source.text) < _MIN_RUN or lowered_text(doc).count("<details") < _MIN_RUN:
        return RuleResult()
    regions = [r for r in find_details(doc) if taken.keys().isdisjoint(range(r.first, r.last))]
    drafts: list[CardDraft] = []
    claims: dict[int, str] = {}
    for run in _runs(doc, regions):
        cards = [_card(doc, region) for region in run]
        if any(card is None for card in cards):
            continue
        for region, card in zip(run, cards, strict=True):
            if card is not None:
                drafts.append(card)
                claims.update(claim(region.first, region.last, "card"))
    return RuleResult(tuple(drafts), (), claims)


def _tag_opens(text: str) -> int:
    """How many times `<d` or `<D` stands in a text: at least as many as `<details` in its lower case (only
    `d` and `D` lower to `d`, and `str.lower` keeps every other character's place but İ's, which it
    makes two characters, neither a letter of `details`), found without lowering the whole text."""
    # Counted from one `<` to the next (`<` is rare in prose; `str.find` of one character is a `memchr`),
    # not by two counts over the whole text.
    found = 0
    at = text.find("<")
    while at != -1:
        found += text.startswith(("d", "D"), at + 1)
        at = text.find("<", at + 1)
    return found


def _runs(doc: Document, regions: list[DetailsRegion]) -> list[list[DetailsRegion]]:
    """Regions that follow one another with only blank lines between them, two or more."""
    runs: list[list[DetailsRegion]] = []
    current: list[DetailsRegion] = []
    for region in regions:
        if current and all(not doc.lines[n].strip() for n in range(current[-1].last, region.first)):
            current.append(region)
            continue
        if len(current) >= _MIN_RUN:
            runs.append(current)
        current = [region]
    if len(current) >= _MIN_RUN:
        runs.append(current)
    return runs


def _summary(region: DetailsRegion) -> str | None:
    """The summary as plain text when it states a problem, else None."""
    if region.summary is None or is_answer_summary(region.summary):
        return None
    text = " ".join(TAG.sub(" ", region.summary).split())
    words = text.split()
    if not 2 <= len(words) <= _MAX_WORDS or len(_WORD.findall(text)) < 2 or is_question(text):
        return None
    if _FURNITURE.search(text):
        return None
    return text


def _card(doc: Document, region: DetailsRegion) -> CardDraft | None:
    front = _summary(region)
    if front is None:
        return None
    back = region.body.strip("\n")
    if not back.strip() or empty_reason(back) is not None:
        return None
    index = block_at(doc, region.first)
    section = doc.section_of_block(index) if index is not None else None
    path: tuple[str, ...] = ()
    if section is not None and not (section.level == 1 and section.title == doc.title):
        path = section.path + (section.title,)
    return CardDraft(doc.loc(region.first), CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path))
