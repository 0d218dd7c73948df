"""Bold term lists left over: a bullet list whose every item reads `**Term**: definition` is a glossary.

    ### XSS
    - **Reflected**: the payload comes in the request and goes back in the response.
    - **Stored**: the payload is saved on the server and reaches every visitor.

gives the cards `Reflected` and `Stored`. The glossary rule leaves such a list to the topic rule when its
section holds other content (code, a question): in a handbook it is part of that topic's explanation. This
rule runs after the topic rule and only sees what it left: outside a handbook, nothing else would card the
terms. So, for a free top-level bullet list:

- every item, and at least two, opens with a bold term followed by a colon, inside or outside the bold
  (`**Term**: …`, `**Term:** …`, `__Term__ : …`);
- a term is a name: at most six words, no `?`, no link, no account's handle (`**@ana_r:**` opens a copied
  comment), not an aside or a property of something else
  (`Note`, `Example`, `Pros`, `Step 2` …), not an instruction (`**Avoid** …` lists advise);
- a list introduced by a lead-in ending with `:` (`Three cases:`) enumerates that lead-in's cases and is
  left alone, and so is a list whose terms are mostly numbers (`**16-18 correct**: excellent`: a scale).

The item's text after the colon, and its continuation lines and nested blocks, is the definition; a term
with nothing after its colon is reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import RuleResult, is_free
from .answers import dedent, list_entry_cards
from .document import EXPLICIT_CARD_FILE, Document, list_items
from .glossary import names_a_poster

CONVENTION = "term-list"

_ITEM = re.compile(
    r"^(?P<indent>\s*[-*+]\s+)(?P<b>\*\*|__)(?P<term>(?:(?!(?P=b))[^\n])+?)\s*(?P<inner>[:：])?\s*(?P=b)\s*(?P<outer>[:：])?(?P<rest>.*)$"
)
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|https?://")
# fmt: off
# Labels of an aside or of a property of something else: such a list describes, it does not define.
_NOT_TERMS = frozenset({
    "note", "notes", "tip", "tips", "warning", "caution", "important", "example", "examples", "e g", "eg",
    "pros", "cons", "pro", "con", "advantages", "disadvantages", "benefits", "drawbacks", "limitations",
    "input", "inputs", "output", "outputs", "answer", "question", "solution", "result", "goal", "why", "how",
    "what", "when", "where", "who", "time", "space", "time complexity", "space complexity", "complexity",
    "summary", "tldr", "source", "sources", "link", "links", "see also", "status", "date", "tags", "author",
    "situation", "task", "action", "avoid", "do", "don't", "dont", "never", "always",
})
# fmt: on
_ORDINAL = re.compile(r"^(?:step|phase|stage|part|day|week|round|option|case|example|tip|rule|q|a)\s*#?\d+[a-z]?$", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the bold term lists no earlier rule took."""
    if doc.derived.get(EXPLICIT_CARD_FILE) or ("**" not in doc.source.text and "__" not in doc.source.text):
        return RuleResult()  # the cheap precheck: no bold, no bold terms
    lists = (i for i, b in enumerate(doc.blocks) if b.kind == "bullet_list" and is_free(doc, taken, i) and not _lead_in(doc, i))
    cards = list_entry_cards(doc, CONVENTION, lists, _entries)
    return RuleResult(tuple(cards.drafts), tuple(cards.diagnostics), cards.claims)


def _entries(doc: Document, index: int) -> list[tuple[int, int, str, str]] | None:
    """(first line, last line, term, definition) of each item, or None unless every item is a bold term."""
    spans = list(list_items(doc, doc.blocks[index]))
    if len(spans) < 2:
        return None
    entries: list[tuple[int, int, str, str]] = []
    for first, last in spans:
        match = _ITEM.match(doc.lines[first])
        if match is None or bool(match.group("inner")) == bool(match.group("outer")):
            return None  # not a bold term, or a colon on both sides (`**Term:**:`), or none
        term = match.group("term").strip()
        if not _is_term(term):
            return None
        width = len(match.group("indent"))
        more = [line[width:] if not line[:width].strip() else line for line in doc.lines[first + 1 : last]]
        rest = match.group("rest").strip()
        definition = "\n".join([rest, *more]).strip("\n") if rest else dedent(more)
        entries.append((first, last, term, definition))
    if 2 * sum(1 for _, _, term, _ in entries if any(ch.isdigit() for ch in term)) > len(entries):
        return None  # `**16-18 correct**: excellent`, `**Below 10**: …`: a scale or a rubric, not terms
    return entries


def _is_term(term: str) -> bool:
    words = re.findall(r"[\w'’-]+", term.casefold())
    if not words or len(words) > 6 or "?" in term or _LINK.search(term) or names_a_poster(term):
        return False  # `**@ana_r:**`: who wrote a comment, not a term
    label = " ".join(re.sub(r"[^\w\s']", " ", term.casefold()).split())
    return label not in _NOT_TERMS and words[0] not in _NOT_TERMS and not _ORDINAL.match(label)


def _lead_in(doc: Document, index: int) -> bool:
    """Whether a paragraph ending with `:` introduces the list (`Three cases:`): its items are those cases."""
    if index == 0 or doc.blocks[index - 1].kind != "paragraph":
        return False
    return doc.block_text(index - 1).strip().rstrip("*_ ").endswith((":", "："))
