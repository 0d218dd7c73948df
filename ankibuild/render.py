"""Rendering: a draft's Markdown to the HTML of each side, sanitised, with its plain-text question."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from markdown_it.token import Token

from .extract.document import plain_text
from .markdown import make_parser, parser_for
from .media import MissingImage
from .records import CardDraft, Diagnostic, Loc
from .sanitize import sanitize_html
from .shortcodes import emojize
from .token_html import render_tokens

ImageHook = Callable[[str, Loc], "str | MissingImage | None"]


@dataclass(frozen=True, slots=True)
class Rendered:
    """The HTML of one draft."""

    question_text: str
    """The question without markup."""
    question_html: str
    """Front HTML."""
    answer_html: str
    """Back HTML."""
    context_html: str
    """The heading path, escaped."""
    diagnostics: tuple[Diagnostic, ...]
    """What rendering removed or could not do."""


def render_draft(
    draft: CardDraft,
    resolve_image: ImageHook | None = None,
    tokens: Sequence[Token] | None = None,
    line_breaks: str = "auto",
    question_inline: Token | None = None,
    index: InlineIndex | None = None,
) -> Rendered:
    """Render both sides of a draft. `resolve_image(src, loc)` maps each image address (Markdown or raw
    HTML) to its packaged name (None: keep it, "": drop it, `MissingImage`: a placeholder). With the
    document's `tokens`, an answer that is a run of whole blocks is rendered from them instead of being
    parsed a second time. LINE_BREAKS says which of a paragraph's single line breaks are kept
    (`keep_line_breaks`). QUESTION_INLINE: the document's first inline token on the question's line
    (`inline_tokens_by_line`), used instead of parsing the question again when it holds the same text
    (`_same_inline`). INDEX: the `inline_index` of `tokens`, whose facts spare looking for line breaks and
    raw HTML in an answer taken from a document that has none."""
    md = make_parser()
    env: dict[str, object] = {"cloze": draft.note_type == "cloze", "resolve_image": resolve_image, "loc": draft.loc}
    # A one-line question is inline text: rendering it inline skips the block parser. When its spacing
    # is already normal, that one inline parse also gives the plain text (parsing never reads `env`).
    question = draft.question.strip()
    folded = " ".join(question.split())
    inline: list[Token] | None
    if question_inline is not None and _same_inline(question_inline, question):
        inline = [question_inline]
    else:
        inline = parser_for(question).parseInline(question, env) if "\n" not in question else None
    question_tokens = inline if inline is not None else parser_for(question).parse(question, env)
    question_html = render_tokens(md, keep_line_breaks(question_tokens, line_breaks), env)
    if inline is None:
        question_html = _unwrap_paragraph(question_html)
    breaks_possible = raw_possible = True
    if tokens is not None and draft.answer_tokens:
        if index is not None:  # the answer's tokens are some of the document's: they hold what it holds, at most
            breaks_possible, raw_possible = index.line_breaks, index.raw_html
        ranges = draft.answer_tokens
        # Runs that follow on from each other (most answers: one run, or a lead paragraph, a list and a
        # closing line) are one slice; runs with gaps between them are gathered token by token.
        start, end = ranges[0][0], ranges[-1][1]
        contiguous = all(ranges[n][1] == ranges[n + 1][0] for n in range(len(ranges) - 1))
        answer_tokens = tokens[start:end] if contiguous else [t for a, b in ranges for t in tokens[a:b]]
    else:
        answer_tokens = parser_for(draft.answer).parse(draft.answer, env) if draft.answer else []
    if breaks_possible:
        answer_tokens = keep_line_breaks(answer_tokens, line_breaks)
    if index is None or index.callouts:
        answer_tokens = callout_boxes(answer_tokens)
    answer_html = render_tokens(md, answer_tokens, env) if answer_tokens else ""
    diagnostics: list[Diagnostic] = []
    question_html = _sanitised(question_html, _raw_html(question_tokens), draft, diagnostics)
    answer_html = _sanitised(answer_html, raw_possible and _raw_html(answer_tokens), draft, diagnostics)
    text_tokens = inline if inline is not None and folded == question else parser_for(folded).parseInline(folded, {})
    question_text = emojize(plain_text(text_tokens[0] if text_tokens else None) or folded)
    context_html = _context_html(draft.context)
    return Rendered(question_text, question_html.strip(), answer_html.strip(), context_html, tuple(diagnostics))


@functools.lru_cache(maxsize=1024)
def _context_html(context: tuple[str, ...]) -> str:
    """The heading path as HTML: the same for every question of a section, so it is made once for them."""
    return html.escape(emojize(" › ".join(context)))


def inline_tokens_by_line(tokens: Sequence[Token]) -> dict[int, Token]:
    """The first inline token starting on each (0-based) line of a document: a heading's text, say."""
    return inline_index(tokens).by_line


@dataclass(frozen=True, slots=True)
class InlineIndex:
    """What `render_draft` reads of a document's tokens, found in one pass over them (`inline_index`)."""

    by_line: dict[int, Token]
    """The first inline token starting on each (0-based) line: a heading's text, say."""
    line_breaks: bool
    """Whether some inline token's text holds a line break: only such a token can hold a softbreak
    (`keep_line_breaks`)."""
    raw_html: bool
    """Whether the tokens hold HTML the notes wrote (`_raw_html` of them all)."""
    callouts: bool = True
    """Whether some inline token's text starts with `[!`, as a callout's first line does (`callout_boxes`)."""


def inline_index(tokens: Sequence[Token]) -> InlineIndex:
    """The `InlineIndex` of a document's TOKENS."""
    by_line: dict[int, Token] = {}
    line_breaks = raw_html = callouts = False
    for token in tokens:
        kind = token.type
        if kind == "inline":
            if token.map is not None and token.map[0] not in by_line:
                by_line[token.map[0]] = token
            content = token.content
            if not callouts and content.startswith("[!"):
                callouts = True
            if not line_breaks and "\n" in content:
                line_breaks = True
            # as `_raw_html`: an html_inline child holds a `<` of its inline token's text
            if not raw_html and "<" in content and any(child.type == "html_inline" for child in token.children or ()):
                raw_html = True
        elif kind == "html_block" or (token.children and not raw_html and _raw_html((token,))):
            raw_html = True
    return InlineIndex(by_line, line_breaks, raw_html, callouts)


def _same_inline(token: Token, question: str) -> bool:
    """Whether the document's inline TOKEN has exactly the children `parseInline(question)` would give.

    Its children come from the same inline rules run over the same text (`token.content`), and parsing
    the document first normalised it as `parseInline` would (no CR, no NUL left); the parser the document
    used lacks only rules whose marks its text, so also the question, does not hold. What else differs
    is the environment the rules read: the document's holds its link reference definitions and
    footnotes, which only `[` can call on (`[text][ref]`, `[^1]`, `^[…]`), and link and image tokens
    are what rendering rewrites in place (image addresses), so questions holding `[` are parsed anew.
    After the inline rules, the only core rule that changes children without a `[` left in the text is
    the task-list rule: it cuts `[ ]` off a list item's text, which then starts with a space (no
    question, being stripped, equals it), and puts a checkbox first, which is checked for as well. A
    question on several lines is a paragraph, parsed as a block: it is not taken from here either."""
    if token.content != question or "[" in question or "\n" in question:
        return False
    first = token.children[0] if token.children else None
    return first is None or first.type != "html_inline" or question.startswith("<")


def _sanitised(markup: str, raw_html: bool, draft: CardDraft, diagnostics: list[Diagnostic]) -> str:
    clean, removed = sanitize_html(markup, generated=not raw_html)
    for what in removed:
        diagnostics.append(Diagnostic(draft.loc, "warning", "unsafe-html", f"removed {what}"))
    return clean


def _raw_html(tokens: Sequence[Token]) -> bool:
    """Whether the notes wrote HTML of their own in these tokens (its nesting is then the author's)."""
    for token in tokens:
        if token.type == "html_block":
            return True
        # an html_inline child holds a `<` of its inline token's source text: most hold none
        if token.children and "<" in token.content and any(child.type == "html_inline" for child in token.children):
            return True
    return False


def _unwrap_paragraph(markup: str) -> str:
    """A one-paragraph question renders without its `<p>`, so it sits inline in the card."""
    stripped = markup.strip()
    if stripped.startswith("<p>") and stripped.endswith("</p>") and stripped.count("<p>") == 1:
        return stripped[3:-4]
    return stripped


SHORT_LINE = 60
"""A line this long or shorter is short: wrapped prose fills its lines to 70–100 characters."""
_LABEL = re.compile(r"[*_]*[^\W\d_][^:\n]{0,30}?[*_]*:(?:[*_]*)(?:\s|$)")
"""A label line starts with a few words and a colon: `Pros:`, `What: …`, `**Time complexity**: O(n)`."""
_SENTENCE_END = re.compile(r"[.!?:;…)\]](?:[*_`\"'”’]*)$")


def keep_line_breaks(tokens: Sequence[Token], mode: str) -> Sequence[Token]:
    """TOKENS with the single line breaks of some paragraphs kept (`<br>`), as the setting `line_breaks`
    says: `never` (CommonMark joins the lines), `always`, or `auto`: where the paragraph is written line by
    line (`written_line_by_line`). The document's tokens are shared, so changed ones are copies."""
    if mode == "never":
        return tokens
    changed: list[Token] | None = None
    for n, token in enumerate(tokens):
        children = token.children
        # A softbreak child is made only by the `newline` rule, at a line break of the token's text: a
        # text without one (most of them) has none, without a look at each child.
        if not children or "\n" not in token.content or token.type != "inline" or not any(c.type == "softbreak" for c in children):
            continue
        if mode == "auto" and not written_line_by_line(token.content):
            continue
        if changed is None:
            changed = list(tokens)
        changed[n] = token.copy(children=[_hard_break(c) if c.type == "softbreak" else c for c in children])
    return tokens if changed is None else changed


_CALLOUT_HEAD = re.compile(r"\[!(?P<kind>[A-Za-z][\w-]{0,30})\][+-]?(?:[ \t]+|(?=\n)|$)")
"""A callout's first line: GitHub's alerts (`[!NOTE]`, `[!TIP]`, `[!WARNING]` …), Obsidian's callouts
(`[!question] Title`, folded `[!faq]-`, foldable `[!tip]+`)."""


def callout_boxes(tokens: Sequence[Token]) -> Sequence[Token]:
    """TOKENS with every block quote that opens with a callout line (`> [!TIP]`, `> [!note] Title`) made the
    box an MkDocs admonition renders (`<div class="admonition tip">`, its title in a paragraph of class
    `admonition-title`, the kind's name when the line gives none), so a GitHub alert or Obsidian callout in
    an answer is shown as one, not as a quote starting with `[!TIP]`. The document's tokens are shared, so
    the box's tokens are new ones."""
    out: list[Token] | None = None
    closes: list[int] = []  # levels of the quotes turned into boxes, still open
    n = 0
    while n < len(tokens):
        token = tokens[n]
        kind = token.type
        head = None
        if kind == "blockquote_open" and n + 3 < len(tokens) and tokens[n + 1].type == "paragraph_open":
            head = _CALLOUT_HEAD.match(tokens[n + 2].content) if tokens[n + 2].type == "inline" else None
        if head is not None:
            if out is None:
                out = list(tokens[:n])
            closes.append(token.level)
            out.append(_box_token(token, "div_open", 1, {"class": f"admonition {head['kind'].lower()}"}))
            title, body = _callout_title(tokens[n + 1], tokens[n + 2], head)
            out.extend(title)
            if body is None:
                n += 4  # the first paragraph was the callout's line alone: its paragraph_close goes too
                continue
            out.extend(body)
            n += 3
            continue
        if out is not None:
            if kind == "blockquote_close" and closes and token.level == closes[-1]:
                closes.pop()
                out.append(_box_token(token, "div_close", -1, {}))
            else:
                out.append(token)
        n += 1
    return tokens if out is None else out


def _box_token(like: Token, kind: str, nesting: Literal[1, -1], attrs: dict[str, str | int | float]) -> Token:
    return Token(kind, "div", nesting, attrs=attrs, map=like.map, level=like.level, block=True)


def _callout_title(paragraph: Token, inline: Token, head: re.Match[str]) -> tuple[list[Token], list[Token] | None]:
    """The title paragraph of a callout box, and the opening of the callout's first paragraph with what
    follows its first line (None when the paragraph holds that line alone): the tokens that replace the
    quote's paragraph_open and inline."""
    children = list(inline.children or ())
    first_break = next((n for n, child in enumerate(children) if child.type in ("softbreak", "hardbreak")), len(children))
    title_children = children[:first_break]
    if title_children and title_children[0].type == "text":
        rest = title_children[0].content[head.end() :]
        title_children[0] = title_children[0].copy(content=rest)
        if not rest:
            title_children = title_children[1:]
    if not title_children:
        name = head["kind"].replace("-", " ").replace("_", " ")
        title_children = [Token("text", "", 0, content=name[:1].upper() + name[1:].lower())]
    title_text = "".join(child.content for child in title_children)
    title = [
        paragraph.copy(attrs={"class": "admonition-title"}),
        inline.copy(content=title_text, children=title_children),
        Token("paragraph_close", "p", -1, level=paragraph.level, block=True),
    ]
    body_children = children[first_break + 1 :]
    if not body_children:
        return title, None
    body_text = inline.content.split("\n", 1)[1] if "\n" in inline.content else ""
    return title, [paragraph, inline.copy(content=body_text, children=body_children)]


def _hard_break(softbreak: Token) -> Token:
    return softbreak.copy(type="hardbreak", tag="br")


def written_line_by_line(text: str) -> bool:
    """Whether a paragraph's source lines are meant as lines: every line ends where its thought ends (a
    sentence's end, a label line such as `Pros:` on either side, or a short line followed by one starting
    anew), and the paragraph has a label line or only short lines. Wrapped prose, whose lines stop
    mid-sentence, and long sentences one per line ("semantic line breaks") are joined as CommonMark does."""
    lines = [line.strip() for line in text.split("\n")]
    if len(lines) < 2 or not all(lines):
        return False
    labels = [bool(_LABEL.match(line)) for line in lines]
    for n in range(len(lines) - 1):
        line, after = lines[n], lines[n + 1]
        if labels[n] or labels[n + 1] or _SENTENCE_END.search(line):
            continue
        if len(line) <= SHORT_LINE and not after[0].islower():
            continue
        return False
    return any(labels) or all(len(line) <= SHORT_LINE for line in lines[:-1])
