"""Cards held in the attributes of an HTML element: review prompts embedded in a page (Orbit, flip-card
web components), the question in one attribute and the answer in another.

    <orbit-reviewarea color="green">
      <orbit-prompt
        question="What does &quot;idempotent&quot; mean for an HTTP method?"
        answer="Repeating the request leaves the server in the same state as sending it once.">
      </orbit-prompt>
    </orbit-reviewarea>

An opening tag, in an HTML block, whose attributes name the two sides of a card: the front `question`,
`front` or `prompt` (also with a `data-` prefix), the back `answer`, `back` or `response`. The attribute
values are the sides, their character references decoded (`&quot;`, `&amp;`, `&#39;`); Markdown and TeX
inside them stay as written. An element of the same name with an empty back, one that is a placeholder, or
no back attribute at all is reported `unanswered`. The element's lines, to its closing tag, are claimed,
and the wrapper tags around the prompts of the block (`<orbit-reviewarea>`) with them when the block holds
nothing but tags. Context is the heading path.

Static-site generators hold the same prompts in a template tag instead, one paragraph each, its attributes
spread over several lines: a Liquid include (Jekyll: `{% include qa.html q="…" a="…" %}`) or a Hugo
shortcode written without a closer (`{{< flashcard front="…" back="…" >}}`). There the short names `q` and
`a` name the sides too; the include's file or the shortcode's name plays the element's name, so includes
of another file (`{% include note.html content="…?" %}`) are never prompts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, free_blocks_of, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "prompt-element"

_SIDE = lazy_pattern(r"""\s(?:data-)?(?:answer|back|response)\s*=\s*["']""", re.I)
"""A back attribute (with its quote): the mark of the convention, looked for before any tag is read."""
_TAG = lazy_pattern(r"""<([A-Za-z][\w-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>""", re.S)
_ATTRIBUTE = lazy_pattern(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""", re.S)
_ANY_TAG = lazy_pattern(r"<[^<>]*>", re.S)
_FRONT_NAMES = frozenset({"question", "front", "prompt"})
_BACK_NAMES = frozenset({"answer", "back", "response"})
_TEMPLATE_TAG = lazy_pattern(
    r"""\{%-?\s*include(?:_relative)?\s+(?P<file>[^\s%"']+)(?P<attrs>(?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'%]+))*)\s*-?%\}"""
    r"""|\{\{[<%]-?\s*(?P<name>[A-Za-z][\w./-]*)(?P<args>(?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>%]+))*)\s*/?-?[>%]\}\}""",
    re.S,
)
"""A Liquid include or a Hugo shortcode with its named attributes, over several lines or one."""
_TEMPLATE_OPENINGS = ("{%", "{{<", "{{%")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from elements whose attributes hold a question and its answer (see the module docstring)."""
    found: list[tuple[int, list[tuple[str, int, int, str | None, str]]]] = []
    if "html_block" in block_kinds(doc):
        indices = [i for i in free_blocks_of(doc, taken, ("html_block",)) if _SIDE.search(doc.block_text(i))]
        found.extend((i, _prompts(doc, i)) for i in indices)
    if any(text_holds(doc, opening) for opening in ("{%", "{{")):
        for index in free_blocks_of(doc, taken, ("paragraph",)):
            if doc.lines[doc.blocks[index].first].lstrip().startswith(_TEMPLATE_OPENINGS):
                found.append((index, _template_prompts(doc, index)))
    if not found:
        return RuleResult()  # no HTML block and no template tag: nearly every document
    names = {name for _, prompts in found for name, _, _, back, _ in prompts if back is not None}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, prompts in found:
        block = doc.blocks[index]
        used: set[int] = set()
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for name, first, last, back, front in prompts:
            if name not in names:
                continue
            used.update(range(first, last))
            answer = back or ""
            reason = empty_reason(answer)
            if back is None or reason is not None:
                diagnostics.append(unanswered(doc.loc(first), front, reason or "no answer"))
                claims.update(claim(first, last, "unanswered"))
                continue
            drafts.append(CardDraft(doc.loc(first), CONVENTION, front, answer, context, topic_tags(path)))
            claims.update(claim(first, last, "card"))
        rest = [n for n in range(block.first, block.last) if n not in used]
        if used and not _ANY_TAG.sub("", "\n".join(doc.lines[n] for n in rest)).strip():
            claims.update(dict.fromkeys(rest, "skip:markup"))  # the wrapper tags around the prompts
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _prompts(doc: Document, index: int) -> list[tuple[str, int, int, str | None, str]]:
    """The block's elements that carry a front attribute: the element's name, its first line, the line after
    its closing tag (or its opening tag), its back (None without a back attribute) and its front."""
    block = doc.blocks[index]
    text = doc.text(block.first, block.last)
    found: list[tuple[str, int, int, str | None, str]] = []
    for tag in _TAG.finditer(text):
        front: str | None = None
        back: str | None = None
        for attribute in _ATTRIBUTE.finditer(tag.group(2)):
            key = attribute.group(1).lower().removeprefix("data-")
            value = next((v for v in attribute.group(2, 3, 4) if v is not None), "")
            if key in _FRONT_NAMES and front is None:
                front = html.unescape(value).strip()
            elif key in _BACK_NAMES and back is None:
                back = html.unescape(value).strip()
        if not front:
            continue
        name = tag.group(1).lower()
        end = tag.end()
        closing = re.compile(rf"\s*</{re.escape(name)}\s*>", re.I).match(text, end)
        if closing is not None:
            end = closing.end()
        first = block.first + text.count("\n", 0, tag.start())
        last = block.first + text.count("\n", 0, end) + 1
        question = " ".join(front.split()) if "\n" not in front.strip() else front
        found.append((name, first, last, back, question))
    return found


def _template_prompts(doc: Document, index: int) -> list[tuple[str, int, int, str | None, str]]:
    """The paragraph's template tags that carry a front attribute, as `_prompts` gives elements."""
    block = doc.blocks[index]
    text = doc.text(block.first, block.last)
    found: list[tuple[str, int, int, str | None, str]] = []
    for tag in _TEMPLATE_TAG.finditer(text):
        front: str | None = None
        back: str | None = None
        for attribute in _ATTRIBUTE.finditer(tag.group("attrs") or tag.group("args") or ""):
            key = attribute.group(1).lower().removeprefix("data-")
            value = next((v for v in attribute.group(2, 3, 4) if v is not None), "")
            if (key in _FRONT_NAMES or key == "q") and front is None:
                front = html.unescape(value).strip()
            elif (key in _BACK_NAMES or key == "a") and back is None:
                back = html.unescape(value).strip()
        if not front:
            continue
        name = (tag.group("file") or tag.group("name")).lower()
        first = block.first + text.count("\n", 0, tag.start())
        last = block.first + text.count("\n", 0, tag.end()) + 1
        question = " ".join(front.split()) if "\n" not in front.strip() else front
        found.append((name, first, last, back, question))
    return found
