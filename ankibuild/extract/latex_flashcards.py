"""Cards written as LaTeX `flashcard` environments (the `flashcards` document class) kept in a Markdown file,
which pandoc passes through to LaTeX as raw blocks:

    \\begin{flashcard}[Definition]{Ionic bond}
    A bond formed by the electrostatic attraction between ions of opposite charge,
    e.g.\\ $\\mathrm{Na^+}$ and $\\mathrm{Cl^-}$.
    \\end{flashcard}

    \\begin{flashcard}[Question]{Why is $\\Delta G < 0$ for a spontaneous reaction?}
    % TODO
    \\end{flashcard}

The environment's braced argument is the front (balanced braces, so math such as `\\frac{1}{n}` stays in
it), its body up to `\\end{flashcard}` the back; the bracketed kind (`[Definition]`, `[Theorem]`) is the
card's heading in print and stays off the card. LaTeX comments (`% …`) are left out, and the text outside
math reads as Markdown: `\\emph{…}` / `\\textit{…}` as emphasis, `\\textbf{…}` as bold, `\\texttt{…}` as
code, `--` and `---` as dashes, `~` as a space; math stays math. A body that is empty, only comments or a
placeholder leaves its question `unanswered`. The headings over the cards are their context, never topics,
and the prose between the environments (notes to self that pandoc prints nowhere on the cards) is left to
the other rules. An environment inside a code block, or never closed before a heading, is left alone. Read
where two environments or more stand, one at least answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import EXPLICIT_CARDED_LINES, Document, free_blocks, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "latex-flashcard"

_BEGIN = re.compile(r"^[ \t]*\\begin\{flashcard\}[ \t]*(?:\[[^\]\n]*\][ \t]*)?")
_END = "\\end{flashcard}"
# A LaTeX comment: an unescaped `%` to the end of its line.
_COMMENT = re.compile(r"(?<!\\)%.*$")
# Math spans, left as they are: `$$…$$`, `$…$`, `\(…\)`, `\[…\]`.
_MATH = re.compile(r"(\$\$.+?\$\$|(?<!\\)\$[^$]+?(?<!\\)\$|\\\(.+?\\\)|\\\[.+?\\\])", re.S)
_TEXT_COMMANDS = (
    (re.compile(r"\\(?:emph|textit|textsl)\{([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\texttt\{([^{}]*)\}"), r"`\1`"),
    (re.compile(r"---"), "—"),
    (re.compile(r"--"), "–"),
    (re.compile(r"(?<!\\)~"), " "),
)
_LIST = re.compile(r"^\\(?:begin|(?P<end>end))\{(?P<kind>itemize|enumerate)\}$")
_ITEM = re.compile(r"^\\item(?![a-zA-Z])(?:\[[^\]]*\])?[ \t]*(?P<text>.*)$")
_MIN_CARDS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the document's `flashcard` environments (see the module docstring)."""
    if not text_holds(doc, "\\begin{flashcard}"):
        return RuleResult()  # no flashcard environment: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    block_of = {
        n: index
        for index in free_blocks(doc, taken)
        if blocks[index].kind not in ("fence", "code_block", "heading")
        for n in range(blocks[index].first, blocks[index].last)
    }
    cards: list[tuple[int, int, str, str]] = []
    n = 0
    while n < len(lines):
        found = _BEGIN.match(lines[n]) if n in block_of else None
        card = _card_at(lines, block_of, n, found.end()) if found else None
        if card is None:
            n += 1
            continue
        cards.append(card)
        n = card[1]
    if len(cards) < _MIN_CARDS or not any(back and empty_reason(back) is None for _, _, _, back in cards):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for first, last, front, back in cards:
        reason = "no answer" if not back else empty_reason(back)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), front, reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        path = heading_path(doc, block_of[first])
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(first), CONVENTION, front, back, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
        carded.update(range(first, last))
    if carded:
        doc.derived[EXPLICIT_CARDED_LINES] = doc.derived.get(EXPLICIT_CARDED_LINES, frozenset()) | frozenset(carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _card_at(lines: Sequence[str], block_of: Mapping[int, int], first: int, start: int) -> tuple[int, int, str, str] | None:
    """The environment opening on line FIRST, its argument at column START: (first line, line after its end,
    front, back), or None when it has no braced argument or no end before a line of another block kind."""
    n, column = first, start
    depth = 0
    front: list[str] = []
    while True:  # the braced argument, over several lines if need be
        line = lines[n]
        i = column
        if depth == 0:
            while i < len(line) and line[i] in " \t":
                i += 1
            if i >= len(line) or line[i] != "{":
                return None  # no front argument: not a card
            depth, i = 1, i + 1
        while i < len(line) and depth:
            char = line[i]
            if char == "\\":
                front.append(line[i : i + 2])
                i += 2
                continue
            depth += {"{": 1, "}": -1}.get(char, 0)
            if depth:
                front.append(char)
            i += 1
        if not depth:
            break
        front.append(" ")
        n, column = n + 1, 0
        if n >= len(lines) or n not in block_of:
            return None
    body: list[str] = []
    rest = lines[n][i:]
    while True:
        end = rest.find(_END)
        if end != -1:
            body.append(rest[:end])
            break
        body.append(rest)
        n += 1
        if n >= len(lines) or (lines[n].strip() and n not in block_of):
            return None  # never closed before a heading, a fence or another rule's lines
        rest = lines[n]
    return first, n + 1, _markdown(" ".join("".join(front).split())), _markdown(_uncommented(body))


def _uncommented(body: list[str]) -> str:
    """The body as Markdown lines, read as TeX reads them: LaTeX comments dropped (with a line that was only
    a comment), the lines of a paragraph joined into one (a line opening with `+` or `-` continues the
    sentence, it opens no list), an `itemize` or `enumerate` list's `\\item`s as a Markdown list."""
    paragraphs: list[list[str]] = [[]]
    marker = "- "
    for line in body:
        text = _COMMENT.sub("", line).strip()
        if not text:
            if not line.strip() and paragraphs[-1]:
                paragraphs.append([])  # a blank line ends the paragraph; a comment line does not
            continue
        if m := _LIST.match(text):
            marker = "1. " if m.group("kind") == "enumerate" else "- "
            if m.group("end") and paragraphs[-1]:
                paragraphs.append([])
            continue
        if m := _ITEM.match(text):
            paragraphs[-1].append("\n" + marker + m.group("text"))
            continue
        paragraphs[-1].append(text)
    joined = (" ".join(p).replace(" \n", "\n").strip() for p in paragraphs if p)
    return "\n\n".join(joined)


def _markdown(text: str) -> str:
    """TEXT with its LaTeX text commands, dashes and ties outside math read as Markdown."""
    parts = _MATH.split(text)
    for k in range(0, len(parts), 2):  # the even parts lie outside math
        for pattern, replacement in _TEXT_COMMANDS:
            parts[k] = pattern.sub(replacement, parts[k])
    return "".join(parts)
