"""Terms defined in running prose and marked with HTML's defining-instance element, `<dfn>`.

    The number that identifies an interface on a network is called its <dfn>IP address</dfn>. A
    <dfn title="Address Resolution Protocol">ARP</dfn> request finds the MAC address for an IP address.

1. **A term** is the text of a `<dfn>` element (`<dfn>`, `<dfn title="…">`, `<dfn id="…">`) in a free
   paragraph: it is the front.
2. **Its definition** is the sentence that holds it (the paragraph cut at `.`, `!` or `?` before a capital
   or another term, not after an initial), the element's tags dropped and the term in bold; a `title` spells out an abbreviation
   and follows the term in brackets. A paragraph may define several terms, each by its own sentence.
3. **Unanswered**: a sentence that is only the term, or the term and a placeholder (`<dfn>Subnet</dfn> —
   TODO`).
4. Read where two `<dfn>` terms or more are found; the heading path is the cards' context.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "inline-definition"

_DFN = lazy_pattern(
    r"<dfn(?P<attrs>(?:\s+[\w-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*)\s*>(?P<term>.*?)</dfn\s*>", re.I | re.S
)
_TITLE = lazy_pattern(r"""\btitle\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.I)
# Where a sentence ends: `.`, `!`, `?` or `…` and spaces, before a capital letter or the next term.
_SENTENCE_END = lazy_pattern(r"[.!?…][\"'”»)]*\s+(?=<dfn|[*_]*(?P<letter>[^\W\d_]))")
_TAGS = lazy_pattern(r"</?[A-Za-z][^<>]*>")
_BARE = lazy_pattern(r"^[\W_]*$")
_MIN_TERMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `<dfn>` terms and the sentences that define them."""
    if "paragraph" not in block_kinds(doc) or not text_holds(doc, "<dfn"):
        return RuleResult()  # no defining element: nearly every document
    found: list[tuple[int, re.Match[str]]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and is_free(doc, taken, index):
            found.extend((index, match) for match in _DFN.finditer(doc.block_text(index)))
    if len(found) < _MIN_TERMS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    answered: set[int] = set()
    for index, match in found:
        block = doc.blocks[index]
        text = doc.block_text(index)
        term = " ".join(html.unescape(_TAGS.sub("", match["term"])).split())
        if not term:
            continue
        start, end = _sentence(text, match.start(), match.end())
        title = _TITLE.search(match["attrs"] or "")
        spelled = next((v for v in (title.group("dq", "sq") if title else ()) if v), "")
        shown = f"**{term}**" + (f" ({html.unescape(spelled).strip()})" if spelled.strip() else "")
        sentence = text[start : match.start()] + shown + text[match.end() : end]
        sentence = " ".join(_DFN.sub(lambda m: m["term"], sentence).split())
        rest = (text[start : match.start()] + text[match.end() : end]).strip()
        loc = doc.loc(block.first + text.count("\n", 0, match.start()))
        path = heading_path(doc, index)
        if _BARE.match(rest) or empty_reason(rest.strip(" \t—–-:")) is not None:
            diagnostics.append(unanswered(loc, term, "no definition"))
            if index not in answered:
                claims.update(claim(block.first, block.last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, term, sentence, context, topic_tags(path)))
        claims.update(claim(block.first, block.last, "card"))
        answered.add(index)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of TEXT that holds the span START…END."""
    first, last = 0, len(text)
    for stop in _SENTENCE_END.finditer(text):
        if stop["letter"] is not None and not stop["letter"].isupper():
            continue  # an abbreviation's point (`e.g. the`), not a sentence's end
        at = stop.start()
        if at >= 1 and text[at - 1].isalpha() and (at < 2 or not text[at - 2].isalpha()):
            continue  # an initial's point (`z. B.`, `J. S. Bach`)
        if stop.end() <= start:
            first = stop.end()
        elif stop.start() >= end:
            last = stop.start() + 1
            break
    return first, last
