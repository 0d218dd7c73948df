"""Tagged outline bullets: the flashcards of outliners (Logseq, and pages written the same way).

    title:: Immunology
    - ## Innate immunity
        - Which cells release histamine? #card
              card-last-interval:: 4.1
                - Mast cells and basophils
        - Complement: the membrane attack complex is {{cloze C5b-C9}} #card

An outliner's page is one bullet outline: headings are bullets (`- ## Section`), children are indented
(tabs or spaces). A bullet tagged `#card`, `#flashcard(s)`, `[[card]]` or `#[[card]]` (or by a `tags:: card`
property line under it) asks its text (the tag removed); its answer is its nested bullets, as a list. A tagged bullet with no child is `unanswered`; one
holding a Logseq cloze (`{{cloze text}}`) is a cloze note, its children the extra. In an outline with two
tagged bullets or more (a page of cards), an untagged bullet ending in `?` asks too: with nested bullets it
is a card, without any an `unanswered` question. The outliner's property lines (`collapsed:: true`,
`card-last-interval:: 4`, `id:: …`) and bare block references (`((uuid))`) are dropped everywhere; the
properties at the top of the page (`title::`, `tags::`) are metadata. Context is the heading bullets (and
headings) above. A bullet holding `::` is left to the explicit rule (`front::back`).

Note apps with a flashcard add-on (Neuracache over Bear, Evernote or plain Markdown) tag a line instead of a
bullet: a paragraph line that ends with the tag asks its text, the lines right under it up to the blank line
(or the next tagged line) are its answer; a tagged line with a blank line under it is `unanswered`.

    What is osmosis? #flashcard
    Water moving across a membrane toward the higher solute concentration.

Read where two lines or more end with the tag; a tag inside a sentence (`every line tagged #flashcard goes
to the deck`) is a note about the tag, never a card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic, NoteType
from . import RuleResult
from .answers import empty_reason, unanswered
from .bullets import PROPERTY, Bullet, bullet_outline, subtree
from .document import Document, block_at, blocks_of_kind, dedent, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "bullet-card"

_TAG = re.compile(r"(?<!\S)(?:#(?:cards?|flashcards?)|#?\[\[(?:cards?|flashcards?)\]\])(?=\s|$)", re.I)
_BLOCK_REF = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\(\([0-9a-f-]{8,}\)\)[ \t]*$")
_CARD_PROPERTY = re.compile(r"^[ \t]*tags::[^\n]*?(?<![\w-])\[{0,2}(?:cards?|flashcards?)\]{0,2}(?![\w-])", re.I | re.M)
_LOGSEQ_CLOZE = re.compile(r"\{\{cloze[ \t]+(.+?)\}\}")
_HEADING = re.compile(r"^#{1,6}[ \t]+")
_MIN_TAGGED = 2


# The marks of `may_hold_card_tags`, in any case of their ASCII letters: what `str.lower` of a text holds
# exactly where the text holds them so (the only characters beyond ASCII that `str.lower` turns into ASCII
# letters are the Kelvin sign, into `k`, and İ, into `i` and a dot, and none of those letters is in the
# marks). Each opens with a literal the search skips to, where `str.lower` of the text would make a copy.
_CARD_MARKS = (re.compile(r"#(?:card|flashcard)", re.I | re.A), re.compile(r"\[(?=\[(?:card|flashcard))", re.I | re.A))
_PROPERTY_MARK = re.compile(r":(?<=tags:)(?=:)", re.I | re.A)


def may_hold_card_tags(text: str, colons: bool = True) -> bool:
    """Cheap precheck: the text holds a card tag somewhere (`#card`, `#flashcard`, `[[card]]`, a
    `tags:: card` block property). COLONS is False when the caller knows the text holds no `::`."""
    marked = any(mark.search(text) for mark in _CARD_MARKS)
    property_marked = colons and _PROPERTY_MARK.search(text) is not None
    return (marked and bool(_TAG.search(text))) or (property_marked and bool(_CARD_PROPERTY.search(text)))


def _tagged_by_property(lines: tuple[str, ...], node: Bullet) -> bool:
    """True when the property lines right under the bullet hold `tags:: card` (Logseq's other way to tag)."""
    for line in lines[node.first + 1 : node.end]:
        if not PROPERTY.match(line):
            return False
        if _CARD_PROPERTY.match(line):
            return True
    return False


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the tagged bullets of an outline (see the module docstring)."""
    if not may_hold_card_tags(doc.source.text, text_holds(doc, "::")):  # `::` asked once for several rules
        return RuleResult()  # no card tag: nearly every document
    lines_read = _tagged_lines(doc, taken)
    nodes = bullet_outline(doc.lines)
    tagged = {
        id(n) for n in nodes if (_TAG.search(n.text) and "::" not in _TAG.sub("", n.text)) or _tagged_by_property(doc.lines, n)
    }
    if not tagged:
        return lines_read
    page_of_cards = len(tagged) >= _MIN_TAGGED
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for node in nodes:
        if any(n in taken or n in claims for n in range(node.first, max(node.end, node.first + 1))):
            continue
        is_tagged = id(node) in tagged
        question = " ".join(_TAG.sub(" ", node.text).split())
        if not is_tagged:
            if not page_of_cards or _HEADING.match(question) or not question.endswith(("?", "？")):
                continue
            if any("::" in n.text or id(n) in tagged for n in subtree(node)):
                continue  # a pair of the explicit rule, or tagged bullets below: those are the cards
        if not question:
            continue
        answer = _answer(doc.lines, node)
        cloze = _to_cloze(question) if is_tagged else None
        path = _path(doc, node)
        if cloze is not None:
            drafts.append(_draft(doc, node, cloze, answer, path, "cloze"))
        elif empty_reason(answer) is None:
            drafts.append(_draft(doc, node, question, answer, path, "basic"))
        elif is_tagged and _mentions_tag(node.text, question):
            continue  # `Everything tagged #card goes to review`: a note about the tag, not a card
        else:
            diagnostics.append(unanswered(doc.loc(node.first), question, "no answer"))
            claims.update(dict.fromkeys(range(node.first, max(node.end, node.first + 1)), "unanswered"))
            continue
        claims.update(dict.fromkeys(range(node.first, node.end), "card"))
    if page_of_cards:
        _claim_properties(doc, nodes, taken, claims)
    if lines_read.claims:
        drafts.extend(lines_read.drafts)
        diagnostics.extend(lines_read.diagnostics)
        claims.update(lines_read.claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _tagged_lines(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paragraph lines ending with a card tag (the module docstring's note apps)."""
    starts: list[int] = []
    for index in blocks_of_kind(doc, "paragraph"):
        block = doc.blocks[index]
        starts.extend(n for n in range(block.first, block.last) if n not in taken and _ends_with_tag(doc.lines[n]))
    if len(starts) < _MIN_TAGGED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    chosen = set(starts)
    for start in starts:
        question = " ".join(_TAG.sub(" ", doc.lines[start]).split())
        end = start + 1
        while end < len(doc.lines) and doc.lines[end].strip() and end not in chosen and end not in taken:
            end += 1
        answer = dedent(doc.lines[start + 1 : end]).strip() if end > start + 1 else ""
        loc = doc.loc(start)
        at = block_at(doc, start)
        path = heading_path(doc, at) if at is not None else ()
        reason = empty_reason(answer) if answer else "no answer"
        if not question:
            continue
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(dict.fromkeys(range(start, end), "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(range(start, end), "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _ends_with_tag(line: str) -> bool:
    """True when a line ends with a card tag that follows some text (`What is osmosis? #flashcard`)."""
    stripped = line.rstrip()
    match = _TAG.search(stripped)
    while match is not None and match.end() != len(stripped):
        match = _TAG.search(stripped, match.end())
    return match is not None and bool(stripped[: match.start()].strip()) and "::" not in stripped


def _mentions_tag(text: str, question: str) -> bool:
    """True when the tag stands inside a sentence that does not ask: the bullet speaks of the tag."""
    ends = [match.end() for match in _TAG.finditer(text)]
    return bool(ends) and bool(text[ends[-1] :].strip()) and not question.endswith(("?", "？"))


def _answer(lines: tuple[str, ...], node: Bullet) -> str:
    """The bullet's nested lines as Markdown, dedented, without property lines and block references."""
    kept = [line for line in lines[node.first + 1 : node.end] if not PROPERTY.match(line) and not _BLOCK_REF.match(line)]
    if not any(line.strip() for line in kept):
        return ""
    return dedent(line.expandtabs(4) for line in kept).strip()


def _to_cloze(question: str) -> str | None:
    if "{{cloze" not in question:
        return None
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{{{{c{count}::{match.group(1).strip()}}}}}"

    cloze = _LOGSEQ_CLOZE.sub(number, question)
    return cloze if count else None


def _path(doc: Document, node: Bullet) -> tuple[str, ...]:
    """The headings above the bullet: the document's, then its heading bullets'."""
    index = block_at(doc, node.first)
    path = heading_path(doc, index) if index is not None else ()
    bullets: list[str] = []
    parent = node.parent
    while parent is not None:
        if _HEADING.match(parent.text):
            bullets.append(_HEADING.sub("", parent.text).strip())
        parent = parent.parent
    return path + tuple(reversed(bullets))


def _draft(doc: Document, node: Bullet, question: str, answer: str, path: tuple[str, ...], kind: str) -> CardDraft:
    context = tuple(clean_heading(p) for p in path)
    note_type: NoteType = "cloze" if kind == "cloze" else "basic"
    return CardDraft(doc.loc(node.first), CONVENTION, question, answer, context, topic_tags(path), note_type)


def _claim_properties(doc: Document, nodes: list[Bullet], taken: Mapping[int, str], claims: dict[int, str]) -> None:
    """The outliner's page properties (`title:: …`, `tags:: …` before the first bullet) and the property
    lines right under a bullet (`collapsed:: true`): metadata, never `key:: value` cards."""
    starts = [0] + [node.first + 1 for node in nodes]
    for start in starts:
        for n in range(start, len(doc.lines)):
            line = doc.lines[n]
            if not line.strip() and start == 0:
                continue
            if not PROPERTY.match(line) or n in taken:
                break
            claims.setdefault(n, "meta")
