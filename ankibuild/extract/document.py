"""The parsed document the extraction rules read: blocks with line ranges, and the heading tree."""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from markdown_it.token import Token

from ..records import Loc, SourceFile
from ..shortcodes import is_shortcode

STRUCTURAL = frozenset({"heading", "hr", "front_matter"})
"""Block kinds that shape a document but never hold card content themselves."""
EXPLICIT_CARDED_LINES = "explicit-carded-lines"
"""`Document.derived` key: the source lines the explicit rule turned into cards (the topic rule leaves the
sections holding them alone: their headings are the cards' context)."""
EXPLICIT_CARD_FILE = "explicit-card-file"
"""`Document.derived` key: True for a note tagged for a flashcard plugin (`#flashcards`), whose headings are
context and tags, never topic cards."""
SECTION_ANSWERED = "section-answered-questions"
"""`Document.derived` key: how many questions stand outside question headings: those the answer-section rule
paired with a later answers section, those of a front matter question list and those of a series of bold
questions numbered under one label (`**EQ1. …?**`, the bold-question rule's) (the topic rule weighs them
as question sections: a problem set's background, an FAQ page's prose, is no handbook)."""
SLIDE_ANSWERS = "slide-answers"
"""`Document.derived` key: True when the slide rule paired question slides with answer slides (the deck asks
on its question slides: a slide titled `Sync vs async followers` is a topic, not a comparison to explain)."""
KEYED_PARTS_ANSWERED = "keyed-parts-answered"
"""`Document.derived` key: how many exercise parts the keyed-part rule carded (a sheet whose exercises are
answered by key: the trailing-exercise rule reads a last list of questions without answers there)."""
QUESTIONS_SO_FAR = "questions-so-far"
"""`Document.derived` key: how many questions the rules run so far carded or reported (read by the heading
rule: the rules before it are the conventions that mark their questions explicitly, so where they hold most
of a document's questions, its few question headings are the writer's asides)."""
TAB_ANSWERED_LEVELS = "tab-answered-levels"
"""`Document.derived` key: the levels of the headings the content-tab rule read as questions answered by the
tab group under them (DocFX `# [Short answer](#tab/short)` tabs): the level the page asks at, its other
levels the sections' (read by the heading rule)."""
ASKED_ELSEWHERE_MIN = 8
"""Questions asked in other conventions that make them the document's own (a question bank, not a transcript
with a few student questions beside its question headings) …"""
ASKED_ELSEWHERE_SHARE = 4
"""… when they are this many times as many as the questions a fallback convention would add (else both ask)."""


def asked_elsewhere(doc: Document, own: int, more: int = 0) -> bool:
    """True when the rules run so far (the explicitly marked conventions, for a rule late in the chain), with
    MORE questions found outside them, asked the document's questions: OWN questions of a fallback convention
    beside them (a question heading, a `Label:` paragraph under a title naming terminology) are asides."""
    elsewhere = doc.derived.get(QUESTIONS_SO_FAR, 0) + more
    return elsewhere >= ASKED_ELSEWHERE_MIN and elsewhere >= ASKED_ELSEWHERE_SHARE * own


QUESTION_TABLES = "question-tables"
"""`Document.derived` key: the indices of the top-level tables the qa-table rule read as questions and
answers, one card per row, and of the other blocks read as such rows (a pandoc table's paragraphs, a fence
or list of dot-leader lines): the topic rule counts their sections as question sections, their headings are
the cards' context, never topics."""


@dataclass(frozen=True, slots=True)
class Block:
    """A top-level block of the token stream."""

    kind: str
    """Token type without `_open`: `paragraph`, `bullet_list`, `ordered_list`, `fence`, `table`, `admonition`…"""
    start: int
    """Index of its first token."""
    end: int
    """Index after its last token."""
    first: int
    """First source line, 0-based."""
    last: int
    """Line after its last line, 0-based."""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and what follows it up to the next heading of any level."""

    level: int
    """1 for `#`, 2 for `##` …"""
    title: str
    """The heading as plain text."""
    block: int
    """Index of the heading block."""
    body: tuple[int, ...]
    """Indices of the blocks between this heading and the next one."""
    parent: int | None
    """Index of the enclosing section."""
    path: tuple[str, ...]
    """Titles of the enclosing sections below the document title, outermost first."""


@dataclass(frozen=True, slots=True)
class Document:
    """One parsed document."""

    source: SourceFile
    """Where it came from."""
    tokens: Sequence[Token]
    """The flat markdown-it token stream."""
    lines: tuple[str, ...]
    """The source lines."""
    blocks: tuple[Block, ...]
    """Top-level blocks in order."""
    sections: tuple[Section, ...]
    """Every heading, in order."""
    title: str
    """Deck title: front matter `title`, else the first H1, else the file name."""
    meta: dict[str, Any]
    """Front matter (empty when there is none or it is broken)."""
    derived: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    """What rules work out about the document and several of them ask (e.g. which headings ask), by key."""

    def loc(self, line: int) -> Loc:
        """Location of a 0-based line."""
        return Loc(self.source.path, line + 1, self.source.part)

    def text(self, first: int, last: int) -> str:
        """Source lines `first` to `last` (exclusive), joined."""
        return "\n".join(self.lines[first:last])

    def block_text(self, index: int) -> str:
        """Source of one block."""
        block = self.blocks[index]
        return self.text(block.first, block.last)

    def inline(self, block: Block) -> Token | None:
        """The inline token of a paragraph or heading block."""
        for token in self.tokens[block.start : block.end]:
            if token.type == "inline":
                return token
        return None

    def section_of_block(self, index: int) -> Section | None:
        """The section whose body holds a block."""
        heads = self.derived.get("section_heads")
        if heads is None:
            heads = self.derived["section_heads"] = [section.block for section in self.sections]
        found = bisect_right(heads, index) - 1  # the last section whose heading is at or before the block
        return self.sections[found] if found >= 0 else None


def build_document(source: SourceFile, tokens: Sequence[Token], meta: dict[str, Any]) -> Document:
    """Group the tokens into blocks and sections."""
    lines = tuple(source.text.split("\n"))
    blocks = _blocks(tokens, len(lines))
    sections = _sections(tokens, blocks)
    title = _title(meta, sections, source)
    return Document(source, tokens, lines, blocks, sections, title, meta)


def plain_text(inline: Token | None) -> str:
    """The text of an inline token without markup: what a person reads."""
    if inline is None:
        return ""
    parts: list[str] = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "html_inline":
            parts.append(_image_text(child.content) if child.content[:4].lower() == "<img" else "")
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type.startswith("math"):
            parts.append(f"${child.content}$")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


# `alt="…"` or `title="…"` in an `<img>` tag, quoted either way.
_IMAGE_ATTRIBUTE = re.compile(r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _image_text(tag: str) -> str:
    """What an HTML `<img>` tag reads as: its alt text, else its title (a formula image's LaTeX, `title="\\frac{1}{6}"`),
    as a Markdown image reads as its alt text; '' when it has neither."""
    found = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _IMAGE_ATTRIBUTE.finditer(tag)}
    text = (found.get("alt") or found.get("title") or "").strip()
    return html.unescape(text) if "&" in text else text


def _blocks(tokens: Sequence[Token], line_count: int) -> tuple[Block, ...]:
    blocks: list[Block] = []
    depth = 0
    start = 0
    for index, token in enumerate(tokens):
        if depth == 0:
            start = index
        depth += token.nesting
        if depth == 0 and token.level == 0:
            opener = tokens[start]
            kind = opener.type.removesuffix("_open")
            first, last = opener.map or (blocks[-1].last if blocks else 0, blocks[-1].last if blocks else 0)
            blocks.append(Block(kind, start, index + 1, first, min(last, line_count)))
    return tuple(blocks)


def _sections(tokens: Sequence[Token], blocks: tuple[Block, ...]) -> tuple[Section, ...]:
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    sections: list[Section] = []
    stack: list[int] = []
    for n, block_index in enumerate(heads):
        block = blocks[block_index]
        level = int(tokens[block.start].tag[1])
        inline = tokens[block.start + 1]
        title = without_heading_attributes(without_org_marks(without_trailing_tags(plain_text(inline))))
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        # The titles of the enclosing sections below level 1: the parent's own path, and the parent's title
        # (the sections under the parent in the stack are the parent's ancestors, its path).
        path: tuple[str, ...] = ()
        if parent is not None:
            above = sections[parent]
            path = above.path + (above.title,) if above.level > 1 else above.path
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        sections.append(Section(level, title, block_index, tuple(range(block_index + 1, end)), parent, path))
        stack.append(len(sections) - 1)
    return tuple(sections)


def _title(meta: dict[str, Any], sections: tuple[Section, ...], source: SourceFile) -> str:
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    for section in sections:
        if section.level == 1 and section.title:
            return section.title
    return source.name


class _LazyPattern:
    """A regular expression compiled on first use: `lazy_pattern`."""

    # What a compiled pattern offers; on first use each is copied onto this object, so that later calls find
    # it directly (no `__getattr__`), at the cost of a compiled pattern's own method lookup.
    _ATTRIBUTES = (
        "search",
        "match",
        "fullmatch",
        "sub",
        "subn",
        "split",
        "findall",
        "finditer",
        "scanner",
        "flags",
        "groups",
        "groupindex",
    )

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.pattern, self._flags)
        for attribute in self._ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, compiled when first used rather than when its module is imported.

    For the patterns of the rules that most documents skip (their precheck fails): compiling a pattern
    costs more than most of the searches it makes, and each worker process imports every rule. The object
    answers every method and attribute of the compiled pattern (`search`, `sub`, `pattern`, `flags` …) with
    the compiled pattern's own, so matching is `re`'s exactly; it only is no `re.Pattern` instance (pass
    it to no `re.sub(pattern, …)`-style function, call its methods)."""
    return cast(re.Pattern[str], _LazyPattern(source, flags))


# Both start with a literal character, the lookbehind that limits it placed after it (`` `(?<!``)`` is
# "a backtick not after a backtick"): a pattern that opens with a lookbehind cannot skip ahead to its
# first character, and these run over every paragraph.
_CODE_SPAN = re.compile(r"(`(?<!``)`*)(?!`).+?(?<!`)\1(?!`)", re.S)


_MATH = re.compile(
    r"\$\$.+?\$\$|\\\[.+?\\\]|\\\(.+?\\\)|\$(?<![\\$\w]\$)(?![\s$])[^$]+?(?<![\s\\])\$(?![\d$])",
    re.S,
)


def mask_code_and_math(text: str) -> str:
    """The text with code spans and TeX formulas blanked (newlines kept, same length), so that syntax found
    in the result is outside them."""

    if "`" not in text and "$" not in text and "\\" not in text:
        return text  # nothing to blank: most paragraphs

    return _MATH.sub(_blank, _CODE_SPAN.sub(_blank, text))


def _blank(match: re.Match[str]) -> str:
    """The match as NUL characters, its newlines kept."""
    found = match.group(0)
    if "\n" not in found:
        return "\0" * len(found)
    return "\n".join("\0" * len(line) for line in found.split("\n"))


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when an ASCII text holds none of the `words` (lower-case ASCII) in any case: a quick
    necessary condition of a case-insensitive pattern every match of which holds one of the words. On
    ASCII text `re.I` matches a letter exactly when `str.lower` makes it the pattern's letter; beyond
    ASCII it also folds letters `str.lower` leaves apart (`ſ` is an `s`, the Kelvin sign a `k`), so
    there the answer is always True and the pattern decides."""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, words))


# The characters `re.I` matches with a letter that `str.lower` does not map to it (Python's `re._casefix`:
# dotless ı and long ſ with i and s, µ with μ, final ς with σ, the Greek symbol forms, the Cyrillic
# variant letters ᲀ–ᲈ, the `ſt`/`st` ligatures …), İ (the one letter `str.lower` turns into two) and the Kelvin
# sign. Where a text holds none of those that fold onto a letter of a word, a case-insensitive literal
# matches exactly where `str.lower` of the text holds the word, at the same index.
_FOLDS_APART = "\u0130\u212a\u00b5\u0131\u017f\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
_LOWERED = "lowered-text"


@cache
def _folding_apart(words: tuple[str, ...]) -> tuple[str, ...]:
    """The characters of `_FOLDS_APART` that `re.I` folds onto a letter of WORDS, and İ (whose lower case
    is two characters long, so shifts every index after it)."""
    letters = set("".join(words))
    return tuple(c for c in _FOLDS_APART if c == "\u0130" or not letters.isdisjoint(c.upper().lower()))


def lowered_text(doc: Document) -> str:
    """The document's text in lower case, computed once."""
    known = doc.derived.get(_LOWERED)
    if known is None:
        known = doc.derived[_LOWERED] = doc.source.text.lower()
    return known  # type: ignore[no-any-return]


def may_mention(doc: Document, words: tuple[str, ...]) -> bool:
    """False only when the document's text holds none of WORDS (lower case) in any case: a quick necessary
    condition of a case-insensitive pattern every match of which holds one of the words, whatever the
    script (`may_hold` is the same test for a short ASCII text)."""
    text = doc.source.text
    if any(map(text.__contains__, _folding_apart(words))):
        return True  # only the pattern can tell
    return any(map(lowered_text(doc).__contains__, words))


def search_at_words(doc: Document, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """`pattern.search(text)` for a case-insensitive PATTERN every match of which STARTS with one of WORDS
    (lower case): the pattern is tried only where one of the words starts, not at every character (a
    pattern opening with an alternation of words has no literal prefix for the regex engine to skip to)."""
    text = doc.source.text
    if any(map(text.__contains__, _folding_apart(words))):
        return pattern.search(text) is not None
    lowered = lowered_text(doc)
    for word in words:
        start = lowered.find(word)
        while start != -1:
            if pattern.match(text, start):
                return True
            start = lowered.find(word, start + 1)
    return False


@cache
def _after_line_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """PATTERN behind a line break: `\\n(?:PATTERN)`, same flags, same groups."""
    return re.compile("\n(?:" + pattern.pattern + ")", pattern.flags)


def search_lines(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text) is not None` for a MULTILINE PATTERN every match of which starts at the start
    of a line (each of its branches opens with `^`), found faster.

    Such a pattern matches at 0 or right after a `\\n` (where a MULTILINE `^` holds). `\\n(?:PATTERN)`
    matches exactly where a match of PATTERN follows a line break, and, opening with a literal character,
    lets the regex engine skip from line break to line break with a fast character scan, where the search
    for PATTERN itself tries every character of the text (a `^` is no literal to skip to)."""
    if not pattern.flags & re.M:
        raise ValueError("search_lines needs a MULTILINE pattern")
    return pattern.match(text) is not None or _after_line_break(pattern).search(text) is not None


def line_starts_holding(doc: Document, marks: str) -> tuple[int, ...]:
    """The offsets in the document's text of the starts of the lines that hold one of MARKS (characters,
    none of them a line break), in order, computed once per document."""
    key = ("line-starts-holding", marks)
    known = doc.derived.get(key)
    if known is None:
        text = doc.source.text
        starts: set[int] = set()
        for mark in marks:
            found = text.find(mark)
            while found != -1:
                starts.add(text.rfind("\n", 0, found) + 1)
                end = text.find("\n", found)
                found = -1 if end == -1 else text.find(mark, end)  # the next line holding the mark
        known = doc.derived[key] = tuple(sorted(starts))
    return known  # type: ignore[no-any-return]


def search_lines_holding(doc: Document, pattern: re.Pattern[str], marks: str) -> bool:
    """`pattern.search(doc.source.text) is not None` for a MULTILINE PATTERN every match of which starts at
    the start of a line (each branch opens with `^`) and holds one of MARKS on that first line: PATTERN is
    tried only at the starts of the lines holding a mark (`line_starts_holding`, shared by the rules that
    ask for the same marks), not at every character. (`match` at an offset keeps a MULTILINE `^` holding
    there, the offset being a line start of the whole text.)"""
    if not pattern.flags & re.M:
        raise ValueError("search_lines_holding needs a MULTILINE pattern")
    text = doc.source.text
    return any(pattern.match(text, start) is not None for start in line_starts_holding(doc, marks))


# A line's first run of letters and digits, after whatever else opens it: indentation, quote and list marks,
# emphasis, emoji (`_` is a word character, but marks emphasis here).
_LINE_HEAD = re.compile(r"\n[^\w\n]*(?:_[^\w\n]*)*([^\W_]+)")
_LINE_HEADS = "line-heads"


def line_heads(doc: Document) -> str:
    """The first word (run of letters and digits) of every line of the document, in lower case, each after
    a line break: `"\\nfollow\\nwhat\\n…"`, computed once."""
    known = doc.derived.get(_LINE_HEADS)
    if known is None:
        heads = _LINE_HEAD.findall("\n" + doc.source.text)
        known = doc.derived[_LINE_HEADS] = ("\n" + "\n".join(heads)).lower() if heads else ""
    return known  # type: ignore[no-any-return]


def may_open_a_line(doc: Document, words: tuple[str, ...]) -> bool:
    """False only when no line of the document opens, after characters that are neither letters nor
    digits (or `_`), with a word that starts with one of WORDS (lower case) in any case: a quick necessary
    condition of a case-insensitive pattern that matches only at a line start where, before one of the
    words, it allows only such characters. A handful of short searches in the lines' first words, not in
    the whole text. (Where the text holds a character that `re.I` folds otherwise than `str.lower` onto a
    letter of the words, the answer is True and the pattern decides, as in `may_mention`.)"""
    text = doc.source.text
    if any(map(text.__contains__, _folding_apart(words))):
        return True
    heads = line_heads(doc)
    return any(("\n" + word) in heads for word in words)


def word_set(spec: str) -> frozenset[str]:
    """The words of a `|`-separated list (header names, labels), as a set."""
    return frozenset(spec.split("|"))


def table_cells(doc: Document, block: Block) -> tuple[list[Token], list[tuple[int, list[Token]]]]:
    """A table block's header cells (their inline tokens) and, per body row, its source line (0-based)
    and its cells' inline tokens: what every rule that reads tables starts from."""
    tokens = doc.tokens[block.start : block.end]
    header: list[Token] = []
    rows: list[tuple[int, list[Token]]] = []
    in_head = False
    for n, token in enumerate(tokens):
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open" and not in_head:
            rows.append(((token.map or (block.first, block.first))[0], []))
        elif token.type == "inline" and n and tokens[n - 1].type in ("th_open", "td_open") and (in_head or rows):
            (header if in_head else rows[-1][1]).append(token)
    return header, rows


def block_at(doc: Document, line: int) -> int | None:
    """Index of the top-level block holding a source line, None for a line between blocks."""
    firsts = doc.derived.get("block_firsts")
    if firsts is None:
        firsts = doc.derived["block_firsts"] = [block.first for block in doc.blocks]
    index = bisect_right(firsts, line) - 1  # the last block starting at or before the line
    while index >= 0 and doc.blocks[index].first == firsts[index]:
        block = doc.blocks[index]
        if block.first <= line < block.last:
            return index
        if index == 0 or firsts[index - 1] != block.first:
            return None
        index -= 1  # an empty block shares its first line with the one before it
    return None


def dedent(lines: Iterable[str]) -> str:
    """Remove the common indentation of lines (blank lines ignored)."""
    items = list(lines)
    widths = [len(line) - len(line.lstrip(" ")) for line in items if line.strip()]
    cut = min(widths, default=0)
    return "\n".join(line[cut:] for line in items).strip("\n")


_TRAILING_TAGS = re.compile(r"(?:\s+#[^\W\d_][\w/-]*)+\s*$")


def without_trailing_tags(title: str) -> str:
    """A heading's title without the Obsidian tags that end it (`Networking #flashcards/net` →
    `Networking`): tags sort notes, they are no part of a deck name or a card's context. A title made only
    of tags, or `C#`, keeps its text."""
    if "#" not in title:
        return title
    stripped = _TRAILING_TAGS.sub("", title)
    return stripped if stripped.strip() else title


# `## Validators :id=validators`, `## Changelog :docsify-ignore`: docsify's heading attributes, at the end.
_DOCSIFY_ATTRIBUTES = re.compile(r"(?:[ \t]+:(?:id=[^\s:]+|docsify-ignore(?:-all)?))+[ \t]*$")
# `### 2. What is a tokenizer?[[what-is-a-tokenizer]]`: the Hugging Face doc-builder's heading id, glued to the
# title's last character (an Obsidian link at the end of a title, `## See [[Graph theory]]`, stands apart).
_ANCHOR_ID = re.compile(r"(?<=\S)\[\[[\w.:-]+\]\][ \t]*$")
# `## Q1 {.tabset .tabset-pills}`, `## Intro {#intro .unnumbered}`, `## Appendix {-}`: a Pandoc (R Markdown,
# Quarto) or kramdown attribute list after the title, apart from it: ids, classes and `key=value` pairs.
_ATTRIBUTE = r"(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"]*\"|[^\s}\"]+))"
_ATTRIBUTE_LIST = re.compile(r"(?<=\S)[ \t]+\{:?[ \t]*" + _ATTRIBUTE + r"(?:[ \t]+" + _ATTRIBUTE + r")*[ \t]*\}[ \t]*$")


def without_heading_attributes(title: str) -> str:
    """A heading's title without the attributes a documentation tool reads after it (docsify's `:id=why`
    names its anchor, `:docsify-ignore` keeps it out of the sidebar; the doc-builder's `[[why]]` is its id;
    Pandoc's `{#why .tabset}` gives its id and classes): they place or style the heading, they are no part
    of its text."""
    stripped = title
    if ":id=" in stripped or ":docsify-" in stripped:
        stripped = _DOCSIFY_ATTRIBUTES.sub("", stripped)
    if stripped.rstrip().endswith("]]"):
        stripped = _ANCHOR_ID.sub("", stripped)
    if stripped.rstrip().endswith("}"):
        stripped = _ATTRIBUTE_LIST.sub("", stripped)
    return stripped if stripped.strip() else title


# `What is entropy? :drill:`, `Carnot cycle :thermo:exam:`: org-mode tags after a heading's title.
_ORG_TAGS = re.compile(r"[ \t]+:(?:[\w@#%]+:)+[ \t]*$")
# `TODO Why …?`, `DONE [#A] Ideal gas law`: an org task keyword (and priority) before a heading's title.
_ORG_KEYWORD = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|CANCELL?ED)[ \t]+(?:\[#[A-Z0-9]\][ \t]+)?(?=\S)")
_ORG_KEYWORDS = ("TODO ", "DONE ", "NEXT ", "WAITING ", "CANCELED ", "CANCELLED ")


def without_org_marks(title: str) -> str:
    """A heading's title without the org-mode marks an export leaves on it: the tags that end it (`:drill:`,
    `:tag1:tag2:`, but not a GitHub emoji shortcode such as `:pill:`) and the task keyword that opens it
    (`TODO`, `DONE`): they file the item, they are no part of what it asks. A title made only of such marks
    keeps its text."""
    stripped = title
    if stripped.endswith(":") and ":" in stripped[:-1] and (tags := _ORG_TAGS.search(stripped)) is not None:
        names = tags.group().strip().strip(":").split(":")
        if not any(is_shortcode(f":{name}:") for name in names):  # `## Medicine :pill:`: an emoji, not a tag
            stripped = stripped[: tags.start()]
    if stripped.startswith(_ORG_KEYWORDS):
        stripped = _ORG_KEYWORD.sub("", stripped)
    return stripped if stripped.strip() else title


# sp-late: the blocks no rule claimed yet, shared by the rules late in the chain -------------------------------

_FREE_BLOCKS = "free-blocks"


def free_blocks(doc: Document, taken: Mapping[int, str]) -> tuple[int, ...]:
    """The indices of the blocks none of whose lines is in TAKEN (`is_free`), in order.

    Late in the chain nearly every block is claimed, and the rules there find nothing in most documents:
    one walk over the blocks serves them all. The chain only ever adds claims to its `taken` (a rule gets it
    read-only), so the answer is kept with that very mapping and its size: while the size is the same, so is
    its content; when it has grown, the blocks free now are among those free before. Another mapping (a
    rule's own copy) is answered afresh."""
    known = doc.derived.get(_FREE_BLOCKS)
    if known is not None and known[0] is taken:
        if known[1] == len(taken):
            return known[2]  # type: ignore[no-any-return]
        candidates: Iterable[int] = known[2]
    else:
        candidates = range(len(doc.blocks))
    blocks = doc.blocks
    free = tuple(
        i
        for i in candidates
        if (block := blocks[i]).first >= block.last
        or (block.first not in taken and taken.keys().isdisjoint(range(block.first, block.last)))
    )
    doc.derived[_FREE_BLOCKS] = (taken, len(taken), free)
    return free


def has_free_blocks(doc: Document, taken: Mapping[int, str], kinds: Collection[str]) -> bool:
    """True when some block of one of KINDS has no line in TAKEN: a rule that only ever reads such blocks
    (its trigger blocks) has nothing to do otherwise."""
    blocks = doc.blocks
    return any(blocks[i].kind in kinds for i in free_blocks(doc, taken))


def free_blocks_of(doc: Document, taken: Mapping[int, str], kinds: Collection[str]) -> list[int]:
    """The indices of the free blocks (`free_blocks`) of one of KINDS, in order."""
    blocks = doc.blocks
    return [i for i in free_blocks(doc, taken) if blocks[i].kind in kinds]


def free_text(doc: Document, taken: Mapping[int, str], kinds: Collection[str]) -> str:
    """The source of the free blocks (`free_blocks`) of one of KINDS, joined by line breaks: where a rule
    that only reads such blocks looks for its marks, a few lines late in the chain, not the whole text."""
    blocks = doc.blocks
    return "\n".join(doc.text(blocks[i].first, blocks[i].last) for i in free_blocks_of(doc, taken, kinds))


# sp-mid: a rare character as the handle of a search.
_TAIL = 8
"""How many characters after a mark `mark_tails` keeps: the longest tail `mark_followed_by` can ask for."""


def mark_tails(doc: Document, mark: str) -> tuple[str, ...]:
    """What follows each MARK (one character) in the document's text, up to `_TAIL` characters, sorted and
    without repeats, computed once per document by jumping from one MARK to the next (`str.find` of one
    character is a C `memchr`)."""
    key = ("mark-tails", mark)
    known = doc.derived.get(key)
    if known is None:
        text = doc.source.text
        tails: set[str] = set()
        at = text.find(mark)
        while at != -1:
            tails.add(text[at + 1 : at + 1 + _TAIL])
            at = text.find(mark, at + 1)
        known = doc.derived[key] = tuple(sorted(tails))
    return known  # type: ignore[no-any-return]


def mark_followed_by(doc: Document, mark: str, tails: tuple[str, ...]) -> bool:
    """`any(mark + tail in doc.source.text for tail in tails)` for a one-character MARK and TAILS of at most
    `_TAIL` characters, answered from `mark_tails`: one pass over the marks of a document, shared by the rules
    that ask about the same mark, instead of one substring search of the whole text per tail and rule (the
    marks of most conventions, `<`, `{`, `=`, are rare in prose)."""
    found = mark_tails(doc, mark)
    for tail in tails:
        if len(tail) > _TAIL:
            raise ValueError(f"mark_followed_by reads at most {_TAIL} characters after the mark")
        # The strings that start with TAIL sort together, the first of them where TAIL would be inserted.
        at = bisect_left(found, tail)
        if at < len(found) and found[at].startswith(tail):
            return True
    return False


# A line that opens, after spaces and tabs, with `(`, `*`, `_`, a digit or an ASCII letter that no other ASCII
# letter follows (`a)`, `**Q3.**`, `(ii)`, `B.`, `R:`): its first 12 characters from there.
_OPENING = re.compile(r"\n[ \t]*((?:[(*_\d]|[A-Za-z](?![A-Za-z]))[^\n]{0,11})")
_OPENINGS = "marked-line-openings"


def marked_line_openings(doc: Document) -> str:
    """The first 12 characters, after its spaces and tabs, of every line of the document that opens with `(`,
    `*`, `_`, a digit or an ASCII letter no other ASCII letter follows (`(a) Name`, `**Q3.** What`, `B. 42`),
    each after a line break, computed once: where the numbered, lettered and bold labels that open a line
    stand, a short text to search instead of the whole (few lines of prose open so)."""
    known = doc.derived.get(_OPENINGS)
    if known is None:
        found = _OPENING.findall("\n" + doc.source.text)
        known = doc.derived[_OPENINGS] = "\n" + "\n".join(found) if found else ""
    return known  # type: ignore[no-any-return]


def may_open_a_line_with(doc: Document, opening: re.Pattern[str]) -> bool:
    """False only when no line of the document opens, after spaces and tabs, with what the MULTILINE pattern
    OPENING matches at the start of a line of `marked_line_openings`: a quick necessary condition of a
    pattern that matches only at a line start, after spaces and tabs, where OPENING matches first. Every
    match of OPENING must start with `(`, `*`, `_`, a digit or an ASCII letter that no other ASCII letter
    follows (no character folds onto an ASCII letter under `re.I` but those `_folding_apart` names: OPENING
    names none of their letters), and end within 12 characters or at a line end (where an opening is cut)."""
    return search_lines(opening, marked_line_openings(doc))


# sp-early: a substring test for the rules' prechecks.
@cache
def _first_character_first(needle: str) -> re.Pattern[str]:
    """NEEDLE as a pattern of its first character and a lookahead holding the rest."""
    return re.compile(re.escape(needle[0]) + "(?=" + re.escape(needle[1:]) + ")")


def holds(text: str, needle: str) -> bool:
    """`needle in text`, found about twice as fast for a NEEDLE of two characters or more: the regex engine
    skips from one occurrence of the needle's first character to the next in a tight loop and looks at
    the rest only there, where `str`'s own search steps through the text by at most the needle's length
    plus one (a match of `first(?=rest)` at an offset is an occurrence of the needle there, and the
    reverse)."""
    return _first_character_first(needle).search(text) is not None


def text_holds(doc: Document, needle: str) -> bool:
    """`needle in doc.source.text`, found once per document (`holds`): several rules ask for the same mark
    (`::` opens the explicit, inline-field, fenced-div and Logseq property syntaxes)."""
    key = ("text-holds", needle)
    known = doc.derived.get(key)
    if known is None:
        if needle[:1] in _TAILED_MARKS and 1 < len(needle) <= _TAIL + 1:
            known = mark_followed_by(doc, needle[0], (needle[1:],))
        else:
            known = holds(doc.source.text, needle)
        doc.derived[key] = known
    return known  # type: ignore[no-any-return]


_TAILED_MARKS = ("<", "{", "=")
"""The marks whose tails (`mark_tails`) the chain gathers in every document (the shortcode rule asks after
each): a needle opening with one is answered from them, not by another search of the whole text."""


def closing_mark(text: str, start: int, opening: str, closing: str) -> int | None:
    r"""Where the OPENING mark just before START is closed by its CLOSING mark in TEXT (`[`/`]`, `{`/`}`), the
    marks between balanced and a backslash escaping the character after it (`\[`, `\{`); None when it
    never closes."""
    depth = 1
    n = start
    while n < len(text):
        ch = text[n]
        if ch == "\\":
            n += 2
            continue
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return n
        n += 1
    return None


# A code fence's opening line: three backticks or tildes or more, indented three spaces at most.
CODE_FENCE = re.compile(r"^ {0,3}(?P<marks>`{3,}|~{3,})")


def fence_step(fence: str, line: str) -> tuple[str, bool]:
    """One step of a walk over a text's lines that looks for marks outside code: given the marks of the code
    fence open before LINE (FENCE, "" outside any), the marks of the fence open after it, and whether LINE
    is code (a fence's opening, content or closing line). A fence closes on a line of its own mark, as many
    of them or more, and nothing else."""
    if fence:
        stripped = line.strip()
        return ("" if stripped.startswith(fence) and not stripped.strip(fence[0]) else fence), True
    if ("`" in line or "~" in line) and (opening := CODE_FENCE.match(line)) is not None:
        return opening.group("marks"), True
    return "", False


def block_kinds(doc: Document) -> frozenset[str]:
    """The kinds of the document's top-level blocks (`paragraph`, `hr`, `table` …), gathered once: a rule
    that reads only blocks of a kind the document lacks finds nothing."""
    known = doc.derived.get("block-kinds")
    if known is None:
        known = doc.derived["block-kinds"] = frozenset(block.kind for block in doc.blocks)
    return known  # type: ignore[no-any-return]


def blocks_of_kind(doc: Document, kind: str) -> tuple[int, ...]:
    """The indices of the document's top-level blocks of KIND (`fence`, `table` …), in order, gathered once
    per kind: a rule that reads only fences walks the document's few fences, not all its blocks."""
    key = ("blocks-of-kind", kind)
    known = doc.derived.get(key)
    if known is None:
        known = doc.derived[key] = (
            tuple(i for i, block in enumerate(doc.blocks) if block.kind == kind) if kind in block_kinds(doc) else ()
        )
    return known  # type: ignore[no-any-return]


def a_line_opens_with(doc: Document, words: tuple[str, ...]) -> bool:
    """False only when no line's first word (`line_heads`: its first run of letters and digits, after
    characters that are neither) is one of WORDS (lower case, each such a run), in any case: the test of
    `may_open_a_line` for a pattern that allows no letter or digit right after the word (a label before its
    colon), which a longer word opening a line (`frontier` for `front`) does not pass."""
    text = doc.source.text
    if any(map(text.__contains__, _folding_apart(words))):
        return True  # only the pattern can tell
    known = doc.derived.get(_HEAD_SET)
    if known is None:
        known = doc.derived[_HEAD_SET] = frozenset(line_heads(doc).split("\n"))
    return not known.isdisjoint(words)


_HEAD_SET = "line-head-set"


# sp2-extract: a word test on the headings' titles alone -------------------------------------------------------
_TITLES = "lowered-titles"


def _titles(doc: Document) -> tuple[str, str]:
    """The section titles, one a line, as written and lowered: joined once per document."""
    known = doc.derived.get(_TITLES)
    if known is None:
        titles = "\n".join(section.title for section in doc.sections)
        known = doc.derived[_TITLES] = (titles, titles.lower())
    return known  # type: ignore[no-any-return]


def titles_search(doc: Document, pattern: re.Pattern[str]) -> bool:
    """`any(pattern.search(section.title) for section in doc.sections)` for a MULTILINE PATTERN that matches
    within one title (no line break): one search of the joined titles (`titles_may_hold`'s, shared)."""
    return pattern.search(_titles(doc)[0]) is not None


def titles_may_hold(doc: Document, words: tuple[str, ...]) -> bool:
    """False only when no section title holds one of WORDS (lower case) in any case: a quick necessary
    condition of a case-insensitive pattern matched against a title, or against a part of it (a title
    without its number or leading marks), every match of which holds one of the words (the test of
    `may_mention`, on the titles' short text instead of the whole document). The titles are joined and
    lowered once per document."""
    titles, lowered = _titles(doc)
    if any(map(titles.__contains__, _folding_apart(words))):
        return True  # only the pattern can tell
    return any(map(lowered.__contains__, words))


def list_items(doc: Document, block: Block) -> Iterator[tuple[int, int]]:
    """Line spans of a list block's own items (not its nested lists' items), trailing blank lines dropped."""
    level = doc.tokens[block.start].level + 1
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map:
            first, last = token.map
            while last > first + 1 and not doc.lines[last - 1].strip():
                last -= 1
            yield first, last


# The words that open emphasised lines --------------------------------------------------------------------
# `**Answer:**`, `*Analysis:*`, `__Faux__`: emphasis marks right before a letter where a line opens.
_EMPHASISED_OPENING = re.compile(r"^(?:\*\*|__|\*|_)([^\W\d_]+)", re.M)
_EMPHASISED_WORDS = "emphasised-line-words"
# `marked_line_openings` keeps 12 characters of a line: after `*` or `**`, a word this long may be cut.
_CUT_WORD = 10


def emphasised_line_words(doc: Document) -> frozenset[str]:
    """The first word (run of letters), in lower case, of every line that opens, after its spaces and tabs,
    with emphasis marks right before a letter (`**Answer:** …` → `answer`), read once from
    `marked_line_openings` (a long word may be cut there: its first ten characters or so)."""
    known = doc.derived.get(_EMPHASISED_WORDS)
    if known is None:
        openings = marked_line_openings(doc)
        found = _EMPHASISED_OPENING.findall(openings) if "*" in openings or "_" in openings else ()
        known = doc.derived[_EMPHASISED_WORDS] = frozenset(word.lower() for word in found)
    return known  # type: ignore[no-any-return]


def may_open_emphasised(doc: Document, words: frozenset[str]) -> bool:
    """False only when no line opens with emphasis marks right before one of WORDS (each a run of letters,
    given as `str.lower` writes it): the quick necessary condition of a pattern that matches only there,
    after spaces and tabs, and no letter right after the word. A set test on `emphasised_line_words`; a word
    cut there counts when one of WORDS starts with it."""
    found = emphasised_line_words(doc)
    if not found:
        return False
    if not found.isdisjoint(words):
        return True
    return any(len(cut) >= _CUT_WORD and any(word.startswith(cut) for word in words) for cut in found)


def next_block_past_comments(doc: Document, index: int) -> int:
    """The next block after `index` that is not an HTML comment (`len(doc.blocks)` when none is left)."""
    index += 1
    while index < len(doc.blocks) and doc.blocks[index].kind == "html_block":
        if not doc.block_text(index).strip().startswith("<!--"):
            break
        index += 1
    return index
