"""Rendering: a draft's Markdown to the HTML of each side, sanitised, with its plain-text question."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from .extract.document import plain_text
from .markdown import make_parser, parser_for
from .media import MissingImage
from .records import CardDraft, Diagnostic, Loc
from .sanitize import sanitize_html
from .shortcodes import emojize

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


def render_draft(draft: CardDraft, resolve_image: ImageHook | None = None, tokens: Sequence[Token] | None = None) -> Rendered:
    """Render both sides of a draft. `resolve_image(src, loc)` maps each image address (Markdown or raw
    HTML) to its packaged name (None: keep it, "": drop it, `MissingImage`: a placeholder). With the document's `tokens`, an answer that is a run of whole
    blocks is rendered from them instead of being parsed a second time."""
    md = make_parser()
    env: dict[str, object] = {"cloze": draft.note_type == "cloze", "resolve_image": resolve_image, "loc": draft.loc}
    # A one-line question is inline text: rendering it inline skips the block parser. When its spacing
    # is already normal, that one inline parse also gives the plain text (parsing never reads `env`).
    question = draft.question.strip()
    folded = " ".join(question.split())
    inline = parser_for(question).parseInline(question, env) if "\n" not in question else None
    question_tokens = inline if inline is not None else parser_for(question).parse(question, env)
    question_html = md.renderer.render(question_tokens, md.options, env)
    if inline is None:
        question_html = _unwrap_paragraph(question_html)
    if tokens is not None and draft.answer_tokens:
        answer_tokens = [t for a, b in draft.answer_tokens for t in tokens[a:b]]
    else:
        answer_tokens = parser_for(draft.answer).parse(draft.answer, env) if draft.answer else []
    answer_html = md.renderer.render(answer_tokens, md.options, env) if answer_tokens else ""
    diagnostics: list[Diagnostic] = []
    question_html = _sanitised(question_html, question_tokens, draft, diagnostics)
    answer_html = _sanitised(answer_html, answer_tokens, draft, diagnostics)
    text_tokens = inline if inline is not None and folded == question else parser_for(folded).parseInline(folded, {})
    question_text = emojize(plain_text(text_tokens[0] if text_tokens else None) or folded)
    context_html = html.escape(emojize(" › ".join(draft.context)))
    return Rendered(question_text, question_html.strip(), answer_html.strip(), context_html, tuple(diagnostics))


def _sanitised(markup: str, tokens: Sequence[Token], draft: CardDraft, diagnostics: list[Diagnostic]) -> str:
    clean, removed = sanitize_html(markup, generated=not _raw_html(tokens))
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
