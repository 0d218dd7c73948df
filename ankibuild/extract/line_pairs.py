"""One-line pairs: rapid-review lists written one card per line, the prompt and its answer on either side of
a separator.

    Cardiac output formula ? CO = SV × HR
    Which heart sound is heard in dilated CHF? ? S3
    - Mid-systolic click → mitral valve prolapse
    1. The stack is shared by threads. → **False**, each thread has its own.

Two separators count, spaced on both sides and outside code and math: a lone `?` (after the prompt, or after
the prompt's own `?`: `…CHF? ? S3`) and an arrow (`→`, `⟶`, `➔`, `➜`, `⇒`, `⟹`, and typed `->`, `=>`). The first
separator of the line splits it; the prompt is the card's front (with its ` ?`, as the author asks), the
rest its back. A line whose answer is
missing (`Murmur that increases with Valsalva → ?`, `Earliest change in MI ?` with nothing after the `?`)
is reported `unanswered`.

A quiz post may write its lines `question? = answer` (`३. … कुन हो? = रारा ताल`): an `=` right after the
question's own mark separates, and an item number in another script's digits, which Markdown reads as no
list, is left off the front. In a document with such a card list, the post's own question under a bold label
(`🧠 **Question of the day:** …?`), in a paragraph with no `=`, is `unanswered`: its answer is left to the
comments.

A true/false item may also give its verdict after a dash (`1. Whales are fish. — **False**, they are
mammals.`): a dash separates when a verdict word follows it (`True`/`False`, `Verdadero`/`Falso`,
`Vrai`/`Faux`, `Wahr`/`Falsch`, `Vero`/`Falso`, `Waar`/`Onwaar`, `Верно`/`Неверно`, `对`/`错` …) and ends
the line or is followed by punctuation (`The result - true or not - stands.` is prose).

A separator alone proves nothing (`renin → angiotensin I → angiotensin II` in a sentence, a French
`Pourquoi ? Parce que …`), so the shape must make the block a card list: a top-level paragraph whose
lines, a top-level list whose one-line items, or a block quote, callout or admonition whose lines are such
pairs (its title line framing them), at least two of them answered after a single separator, and every
line or item but one in five shaped so. Only then does a line with several arrows
(`Nitrates → ↑ NO → ↑ cGMP`) count as well, split at its first arrow, and only when such chains are fewer
than the plain pairs. A prompt that is only bold (`**Digoxin** → …`: the glossary rule's bullets), or a bold
term defined before the arrow (`**Accrual** = expense not yet paid → liability`: the arrow is part of the
definition), or only
code (`` `old_name` → `new_name` ``, a rename map) does not count, nor one ending in `:` or holding a
`label: text` (`Use arrow functions: x => x + 1`), nor code typed without backticks around a typed arrow
(`(a, b) => a + b`), nor a value turning
into another (`Upgraded Node 16 → 18`, ``Renamed `cfg` → `config` ``: a number, version or code span on both
sides of the arrow). Outside a card list, an item that asks before its arrow (`- Which enzyme unwinds DNA? →
helicase`) is a card of its own, but not under a title saying its items are still to work out (`### Things
to look up`): there the question is a reminder and the note after it no answer (the `unsolved-list` rule's).
The other items of such a list, each one line asking without an arrow (`- Why is PUT idempotent? *(to look
up)*`), are its questions still waiting: `unanswered`, the note after the question dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_text, lazy_pattern, mask_code_and_math
from .outline import clean_heading, heading_path, is_review_title, topic_tags
from .questions import asked_question, is_decision_checklist

CONVENTION = "line-pair"

_ARROWS = ("→", "⟶", "➔", "➜", "⇒", "⟹", "->", "=>")
_SEPARATOR = lazy_pattern(r"(?<=\S)[ \t]+(?P<sep>\?|→|⟶|➔|➜|⇒|⟹|->|=>)(?:[ \t]+(?=\S)|[ \t]*$)")
# `Largest lake? = Rara`: an equals sign right after the prompt's own question mark (a post's quiz lines).
_ASKED_EQUALS = lazy_pattern(r"(?<=[?？؟])[ \t]+(?P<sep>=)(?:[ \t]+(?=\S)|[ \t]*$)")
_ASKED_EQUALS_MARKS = ("? =", "？ =", "؟ =")
# `३. `, `٣) `: an item number in digits of another script, which Markdown does not read as a list marker.
_SCRIPT_NUMBER = lazy_pattern(r"^(?![0-9])\d{1,3}[.)।][ \t]+(?=\S)")
_ARROW = lazy_pattern(r"(?<=\S)[ \t]+(?:→|⟶|➔|➜|⇒|⟹|->|=>)(?=[ \t]|$)")
# A true/false verdict after a dash (`The sun is a star. — **True**.`): the dash separates only there.
_VERDICTS = (
    r"(?:\*\*|__|\*|_)?(?i:true|false|verdadero|falso|vrai|faux|wahr|falsch|richtig|vero|verdadeiro|waar|onwaar"
    r"|juist|onjuist|верно|неверно|правда|ложь|正确|错误|对|错|正しい|誤り)(?:\*\*|__|\*|_)?[ \t]*(?:[.,:;!(（，。]|$)"
)
_VERDICT_DASH = lazy_pattern(r"(?<=\S)[ \t]+[—–-][ \t]+(?=" + _VERDICTS + ")")
_VERDICT_MARKS = tuple(re.compile(dash + r"[ \t]+" + _VERDICTS, re.M) for dash in "—–-")
"""The cheap test for a verdict anywhere in a document, one pattern per dash: `[—–-][ \t]+…` split so that
each opens with a literal character, which the regex engine skips to with a fast scan (it tries a class
such as `[—–-]` at every character). Some of them matches exactly where `[—–-][ \t]+…` does."""
_NO_ANSWER = lazy_pattern(r"^(?:\?+|…|\.\.\.|_+|tbd|todo)?$", re.I)
_ONLY_BOLD = lazy_pattern(r"^(?:\*\*|__)[^*_]+(?:\*\*|__)$")
_CALLOUT_HEAD = lazy_pattern(r"^\[![\w-]+\][+-]?(?:[ \t].*)?$")
# A typed arrow in code: after a parameter list or a lone short name, or before a body in braces.
_CODE_ARROW = lazy_pattern(r"(?:\)|(?:^|[\s(,])[a-z_]\w?) (?:->|=>) |(?:->|=>) [{(\[]$")
_LETTER = lazy_pattern(r"[^\W\d_]")
_VALUE = lazy_pattern(r"^(?:`[^`]+`|v?\d[\w.-]*)$")
"""A number, version or code span: `Node 16 → 18`, `` `cfg` → `config` `` change a value, they ask nothing."""
_MAX_PROMPT = 250


@dataclass(frozen=True, slots=True)
class _Row:
    """One line of a paragraph, or one list item, read as a pair."""

    first: int
    """Its first source line."""
    last: int
    """The line after its last line."""
    prompt: str
    """The text before the separator ('' when the row is no pair)."""
    answer: str
    """The text after it ('' when the answer is missing)."""
    chain: bool
    """True when several arrows follow one another (`a → b → c`)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from paragraphs and lists made of `prompt ? answer` and `prompt → answer` lines."""
    # `_blocks` reads only the free blocks of `_KINDS` holding a separator: looked for in those alone (a
    # separator in the whole text is one in some line, and the text of a line is the same in both).
    if not _holds_separator(free_text(doc, taken, _KINDS)):
        return RuleResult()  # none of the separators in a free block: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    equals = False  # a card list of `question? = answer` lines: a quiz post
    for index, rows in _blocks(doc, taken):
        pairs = [row for row in rows if row.prompt]
        single = [row for row in pairs if not row.chain]
        answered = sum(1 for row in single if row.answer)
        chains = len(pairs) - len(single)
        block = doc.blocks[index]
        lone = answered < 2 or chains > len(single) or len(rows) - len(pairs) > len(rows) // 5
        if lone:
            pairs = _asked_arrows(doc, block.kind, rows)  # not a card list: only its `Question? → answer` items
            if pairs and _under_review_title(doc, index):
                continue  # `## Things to look up`: its questions are reminders, the note after one no answer
            if not pairs:
                continue
            pairs += _asked_siblings(doc, rows, pairs)
        elif block.kind in ("blockquote", "admonition") and all(row.first != block.first for row in rows):
            claims[block.first] = "card"  # the title line (`> [!tip] Capitals`, `!!! note`) frames its cards
        if not lone and any(mark in doc.text(block.first, block.last) for mark in _ASKED_EQUALS_MARKS):
            equals = True
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        tags = topic_tags(path)
        for row in pairs:
            loc = doc.loc(row.first)
            reason = empty_reason(row.answer) if row.answer else "no answer"
            if reason:
                diagnostics.append(unanswered(loc, row.prompt, reason))
                claims.update(claim(row.first, row.last, "unanswered"))
            else:
                drafts.append(CardDraft(loc, CONVENTION, row.prompt, row.answer, context, tags))
                claims.update(claim(row.first, row.last, "card"))
    if equals:
        for block in doc.blocks:
            free = taken.keys().isdisjoint(range(block.first, block.last))
            if block.kind == "paragraph" and free and block.first not in claims:
                asked = _LABELLED_ASK.match(doc.lines[block.first])
                rest = doc.text(block.first + 1, block.last)
                if asked is not None and "=" not in rest and "?" not in rest:
                    diagnostics.append(unanswered(doc.loc(block.first), asked.group("q"), "no answer"))
                    claims.update(claim(block.first, block.last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


# `🧠 **Question of the day:** …?`: a post's own question under a bold label, the answer left to the comments.
_LABELLED_ASK = lazy_pattern(r"^[^\w*_\n]{0,8}(?:\*\*|__)[^*_\n]{1,40}?[:：](?:\*\*|__)[ \t]*(?P<q>[^=\n]*?\S[?？])[ \t]*$")


def _blocks(doc: Document, taken: Mapping[int, str]) -> Iterator[tuple[int, list[_Row]]]:
    """The free top-level paragraphs (one row a line) and lists (one row an item) holding a separator."""
    for index, block in enumerate(doc.blocks):
        if block.kind not in _KINDS:
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        if not _holds_separator(doc.text(block.first, block.last)):
            continue
        if block.kind == "paragraph":
            lines = range(block.first, block.last)
            yield index, [_row(n, n + 1, doc.lines[n].strip()) for n in lines if doc.lines[n].strip()]
        elif block.kind in ("blockquote", "admonition"):
            yield index, list(_box_rows(doc, block.start, block.end))
        else:
            yield index, list(_items(doc, block.start, block.end))


_KINDS = ("paragraph", "bullet_list", "ordered_list", "blockquote", "admonition")


def _box_rows(doc: Document, start: int, end: int) -> Iterator[_Row]:
    """One row per line of the paragraphs in a block quote, callout or admonition (a callout's `[!tip]
    Title` line aside); anything else in it (a list, code, a nested box) is no pair."""
    tokens = doc.tokens
    depth = 0
    for n in range(start + 1, end - 1):
        token = tokens[n]
        if token.type == "paragraph_open" and depth == 0 and token.map and tokens[n + 1].type == "inline":
            first, last = token.map
            lines = tokens[n + 1].content.split("\n")
            if len(lines) != last - first:
                yield _Row(first, last, "", "", False)  # lines do not map one to one (a lazy continuation)
            else:
                for offset, line in enumerate(lines):
                    if not (offset == 0 and n == start + 1 and _CALLOUT_HEAD.match(line)) and line.strip():
                        yield _row(first + offset, first + offset + 1, line.strip())
        elif depth == 0 and token.nesting == 1 and token.type not in ("paragraph_open", "admonition_title_open") and token.map:
            yield _Row(token.map[0], token.map[1], "", "", False)
        depth += token.nesting if n > start else 0


def _holds_separator(text: str) -> bool:
    """Whether a text holds a separator this rule reads: a spaced `?`, an arrow, a dash before a verdict."""
    return (
        " ?" in text
        or any(mark in text for mark in _ASKED_EQUALS_MARKS)
        or any(arrow in text for arrow in _ARROWS)
        or any(mark.search(text) for mark in _VERDICT_MARKS)
    )


def _items(doc: Document, start: int, end: int) -> Iterator[_Row]:
    """One row per top-level item: its text when the item is a single line, else no pair."""
    tokens = doc.tokens
    depth = 0
    for n in range(start, end):
        token = tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map:
            first, last = token.map
            inline = tokens[n + 2] if n + 2 < end and tokens[n + 1].type == "paragraph_open" else None
            single = inline is not None and inline.type == "inline" and "\n" not in inline.content
            closes = n + 4 < end and tokens[n + 4].type == "list_item_close"
            if single and closes and inline is not None:
                yield _row(first, first + 1, inline.content.strip())
            else:
                yield _Row(first, last, "", "", False)
        depth += token.nesting


def _row(first: int, last: int, text: str) -> _Row:
    """A line read as `prompt ? answer` or `prompt → answer` (no pair: an empty prompt)."""
    none = _Row(first, last, "", "", False)
    masked = mask_code_and_math(text)
    found = _SEPARATOR.search(masked)
    if "=" in masked and (equals := _ASKED_EQUALS.search(masked)) and (found is None or equals.start() < found.start()):
        found = equals
        if (number := _SCRIPT_NUMBER.match(text)) is not None:
            text, masked = text[number.end() :], masked[number.end() :]
            found = _ASKED_EQUALS.search(masked)
    verdict = _VERDICT_DASH.search(masked) if "-" in masked or "—" in masked or "–" in masked else None
    if verdict is not None and (found is None or verdict.start() < found.start()):
        return _Row(first, last, text[: verdict.start()].strip(), text[verdict.end() :].strip(), False)
    if found is None:
        return none
    prompt, answer = text[: found.start()].strip(), text[found.end() :].strip()
    shown = masked[: found.start()].strip()
    if not _LETTER.search(shown) or len(prompt) > _MAX_PROMPT or prompt.endswith((":", "：")) or _ONLY_BOLD.match(prompt):
        return none
    if _defines_a_term(shown):
        return none  # `**Accrual** = expense not yet paid → liability`: the arrow is part of a definition
    if ": " in shown:
        return none  # `Use arrow functions: x => x + 1`: a sentence introducing something, not a prompt
    if _inside_brackets(shown):
        return none  # `Ich gehe in die Stadt. (wohin? → Akk.)`: a note in brackets, not a separator
    if found.group("sep") in ("->", "=>") and _CODE_ARROW.search(shown + " " + found.group("sep") + " " + answer[:1]):
        return none  # `(a, b) => a + b`, `x -> x * 2`: code written without backticks
    later = masked[found.end() :]
    if found.group("sep") == "?":
        again = _SEPARATOR.search(later)
        if again is not None and again.group("sep") == "?":
            return none  # `a ? b ? c`: which `?` separates is anyone's guess
        if not prompt.endswith(("?", "？")):
            prompt += " ?"  # the front asks as written (`Qu'est-ce qu'un noyau ?`, `Antidote for X ?`)
        chain = False
    else:
        chain = _ARROW.search(later) is not None
        if _VALUE.match(answer) and _VALUE.match(prompt.split()[-1]):
            return none  # a value changing into another (an upgrade, a rename), not a prompt and its answer
    if _NO_ANSWER.match(answer):
        answer = ""
    return _Row(first, last, prompt, answer, chain)


# `**Accrual** = expense …`, `__Osmosis__ — water moving …`, `**Cache:** …`: a bold term, then `=`, `:` or a
# dash and its definition.
_TERM_DEFINITION = lazy_pattern(r"^(?:\*\*|__)[^*_\n]+?[:：]?(?:\*\*|__)[ \t]*(?:=|:|：|—|–)[ \t]*\S")


def _defines_a_term(prompt: str) -> bool:
    """True when a prompt opens with a bold term followed by `=`, `:` or a dash: the item is a term and its
    definition, keyed on the term (the glossary's), and an arrow inside the definition belongs to it
    (`**Prepayment** = expense paid in advance → asset`), it separates no answer."""
    return prompt.startswith(("**", "__")) and _TERM_DEFINITION.match(prompt) is not None


_ASKED_ARROW = re.compile(r"[?？؟][*_]*[ \t]+(?:→|⟶|➔|➜|⇒|⟹|->|=>)[ \t]+\S")


def _asked_arrows(doc: Document, kind: str, rows: list[_Row]) -> list[_Row]:
    """The one-line list items of a list that is no card list which still ask and answer on their own: a
    prompt ending in its `?` right before the arrow (`- Which enzyme unwinds DNA? → helicase`). The `?`
    proves the prompt asks, where an arrow alone may be a cause and its effect."""
    if kind not in ("bullet_list", "ordered_list"):
        return []
    if all(not any(doc.lines[n].strip() for n in range(row.first + 1, row.last)) for row in rows) and is_decision_checklist([doc.lines[row.first] for row in rows]):
        return []  # a checklist's steps, each arrow leading to the next one
    return [
        row
        for row in rows
        if row.prompt and row.answer and not row.chain and _ASKED_ARROW.search(mask_code_and_math(doc.lines[row.first]))
    ]


_MARKER = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+")


def _asked_siblings(doc: Document, rows: list[_Row], asked: list[_Row]) -> list[_Row]:
    """The other items of a list whose `Question? → answer` items became cards, when every one of them is a
    line that asks without an arrow (`- Why is PUT idempotent? *(to look up)*`): questions of the same list
    still waiting for their answer, as rows without one (the note after the question dropped). None when any
    other item is something else: a list that also states is no list of questions."""
    rest = [row for row in rows if row not in asked]
    found = []
    for row in rest:
        question = "" if row.prompt or row.last - row.first != 1 else asked_question(_MARKER.sub("", doc.lines[row.first].strip(), count=1))
        if not question:
            return []
        found.append(_Row(row.first, row.last, question, "", False))
    return found


def _under_review_title(doc: Document, index: int) -> bool:
    """True when block INDEX stands in a section titled as still to work out (`outline.is_review_title`)."""
    section = doc.section_of_block(index)
    return section is not None and is_review_title(section.title)


def _inside_brackets(shown: str) -> bool:
    """True when the text before a separator leaves a bracket open: the separator is part of an aside
    (`Das Bild hängt an der Wand. (wo? → Dat.)`), the line is an example sentence with its note."""
    return shown.count("(") > shown.count(")") or shown.count("[") > shown.count("]")
