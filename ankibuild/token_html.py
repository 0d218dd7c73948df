"""A token stream's HTML exactly as markdown-it's renderer writes it, with less work per token.

markdown-it's `RendererHTML.render` looks every token up in its rule table and calls a method for it,
with the whole token list and its index, even for the closing `</p>` of a paragraph; an answer is a few
hundred such tokens. `render_tokens` writes the token types answers are mostly made of (text, line
breaks, inline code, and every tag the default `renderToken` writes: paragraphs, lists, emphasis, links,
tables …) in one loop, and hands every other token to the renderer's own rule, so it is the renderer's
output, character for character. A type is written here only while the renderer's rule for it is the
one this module copies (checked at each call), so a rule added or replaced is called as such.
A test compares both on the notes in source/, the fixtures, the corpus and random Markdown.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

from .markdown import _render_text
from .shortcodes import emojize

__all__ = ["render_tokens"]

_COPIED: dict[str, Callable[..., str]] = {
    "text": _render_text,
    "softbreak": RendererHTML.softbreak,
    "hardbreak": RendererHTML.hardbreak,
    "code_inline": RendererHTML.code_inline,
}
"""The rules `render_tokens` writes itself, as the functions they must still be for it to do so."""


def render_tokens(md: MarkdownIt, tokens: Sequence[Token], env: MutableMapping[str, Any]) -> str:
    """`md.renderer.render(tokens, md.options, env)`."""
    renderer = md.renderer
    if not isinstance(renderer, RendererHTML):
        return str(renderer.render(tokens, md.options, env))  # a renderer of another kind: its own loop
    copied = _copied_rules(renderer.rules)
    plain = getattr(renderer.renderToken, "__func__", None) is RendererHTML.renderToken
    # markdown-it's `list_item_open` (version 4) is `renderToken` and then a task item's checkbox
    stock_item = getattr(RendererHTML, "list_item_open", None)
    items = plain and stock_item is not None and getattr(renderer.rules.get("list_item_open"), "__func__", None) is stock_item
    return _render(renderer, tokens, md.options, env, copied, plain, items)


def _copied_rules(rules: dict[str, Any]) -> frozenset[str]:
    """The token types whose rule in RULES is still the one `_COPIED` names (all of them, nearly always)."""
    for kind, function in _COPIED.items():
        if getattr(rules.get(kind), "__func__", None) is not function:
            return frozenset(k for k, f in _COPIED.items() if getattr(rules.get(k), "__func__", None) is f)
    return _ALL_COPIED


_ALL_COPIED = frozenset(_COPIED)


def _render(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    options: Any,
    env: MutableMapping[str, Any],
    copied: frozenset[str],
    plain: bool,
    items: bool,
) -> str:
    """`renderer.render`, and for an inline token's children `renderer.renderInline`, which is the same loop
    (children are never `inline` tokens themselves). COPIED: the rules written here; PLAIN: whether tags
    are written here as `renderToken` writes them; ITEMS: whether list items are written here as
    markdown-it's `list_item_open` writes them."""
    rules = renderer.rules
    xhtml = options["xhtmlOut"]
    line_break = "<br />\n" if xhtml else "<br>\n"
    out: list[str] = []
    append = out.append
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "inline":
            children = token.children
            if children and len(children) == 1 and children[0].type == "text" and "text" in copied:
                # One text child (a plain paragraph, list item or cell: nearly half of them) is written as the
                # `text` branch below writes it, without a call of this loop for the children.
                content = children[0].content
                if ":" in content:
                    content = emojize(content)
                if "&" in content or "<" in content or ">" in content or '"' in content:
                    content = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                append(content)
            elif children:
                append(_render(renderer, children, options, env, copied, plain, items))
        elif kind in copied:
            if kind == "text":
                # `_render_text`: emoji shortcodes, then markdown-it's `escapeHtml`
                content = token.content
                if ":" in content:
                    content = emojize(content)
                # four tests for the characters to escape cost less than four replacements that find none
                if "&" in content or "<" in content or ">" in content or '"' in content:
                    content = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                append(content)
            elif kind == "softbreak":
                append(line_break if options.breaks else "\n")
            elif kind == "hardbreak":
                append(line_break)
            else:  # code_inline
                content = token.content
                if "&" in content or "<" in content or ">" in content or '"' in content:
                    content = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                append("<code" + (renderer.renderAttrs(token) if token.attrs else "") + ">" + content + "</code>")
        elif kind in rules and not (items and kind == "list_item_open"):
            append(rules[kind](tokens, i, options, env))
        elif not plain:
            append(renderer.renderToken(tokens, i, options, env))
        else:
            if not token.hidden:  # a tight list's paragraph writes nothing
                # `RendererHTML.renderToken`: the tag of a token no rule renders (`<p>`, `</li>`, `<a href="…">` …)
                nesting = token.nesting
                block = token.block
                # a block tag opening after a hidden paragraph starts on a line of its own
                tag = "\n<" if block and nesting != -1 and i and tokens[i - 1].hidden else "<"
                if nesting == -1:
                    tag += "/"
                tag += token.tag
                if token.attrs:
                    tag += renderer.renderAttrs(token)
                if nesting == 0 and xhtml:
                    tag += " /"
                # a line break after a block tag, but not inside a block holding inline content, nor
                # between an opening and its closing tag
                after = tokens[i + 1] if block and nesting == 1 and i + 1 < len(tokens) else None
                if block and (after is None or not (after.type == "inline" or after.hidden or (after.nesting == -1 and after.tag == token.tag))):
                    append(tag + ">\n")
                else:
                    append(tag + ">")
            if kind == "list_item_open" and token.meta and "checked" in token.meta:
                # `RendererHTML.list_item_open`: a task list item's checkbox after its tag
                checked = ' checked=""' if token.meta["checked"] else ""
                disabled = "" if options.get("tasklists_editable", False) else ' disabled=""'
                append(f'<input class="task-list-item-checkbox"{disabled} type="checkbox"{checked}> ')
    return "".join(out)
