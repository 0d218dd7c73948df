"""Questions answered in a titled callout of a kramdown site (Jekyll, Just the Docs):

    What does status code `304 Not Modified` tell the client to do?
    {: .fs-5 }

    {: .note-title }
    > Answer
    >
    > Use its cached copy: the resource has not changed.

A question paragraph (it ends with `?` or reads as a question or a command; a kramdown attribute line
`{: .fs-5 }` under it styles it) followed by a callout whose attribute line names a titled class
(`{: .note-title }`, `{: .tip-title }`): the callout's first line is its title (`Answer`), a label, and the
rest of it the answer. Attribute lines are markup, never text of either side.

In a document with two such answered questions or more, a question paragraph styled the same way (an
attribute line under it) that no titled callout answers is reported `unanswered`, with the notes that follow
it under an attribute line (`{: .warning }` over `Answer in answers.txt.`), which only say where the answer
goes.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered, unquote
from .document import Document, lazy_pattern, mark_followed_by
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "attribute-callout"

_ATTRIBUTES = lazy_pattern(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$")
"""A kramdown attribute line: `{: .fs-5 }`, `{: .note-title }`, `{:toc}`."""
_TITLED = lazy_pattern(r"^[ \t]*\{:[^{}\n]*\.[\w-]+-title\b[^{}\n]*\}[ \t]*$")
"""The attribute line of a callout whose first line is its title."""
_TITLE_MAX = 40
_MIN_ANSWERED = 2


def _may_hold_attributes(doc: Document) -> bool:
    """False only when no `{:` opens an attribute list (`mark_followed_by`, shared with the rules that read `{`)."""
    return mark_followed_by(doc, "{", (":",))


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the questions that titled callouts answer (see the module docstring)."""
    if not _may_hold_attributes(doc):
        return RuleResult()
    blocks = doc.blocks
    found: list[tuple[int, str, str | None, list[int]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        lines = doc.lines[block.first : block.last]
        styled = [line for line in lines if _ATTRIBUTES.match(line)]
        if len(styled) == len(lines):
            continue  # an attribute line alone: markup
        question = " ".join(" ".join(line for line in lines if not _ATTRIBUTES.match(line)).split())
        if not (question.endswith(("?", "？")) or is_question(question)):
            continue
        answer, used = _titled_answer(doc, taken, index + 1)
        if answer is not None:
            found.append((index, question, answer, [index, *used]))
        elif styled:
            found.append((index, question, None, [index, *_notes(doc, taken, index + 1)]))
    if sum(answer is not None for _, _, answer, _ in found) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question, answer, used in found:
        loc = doc.loc(blocks[index].first)
        if answer is None:
            diagnostics.append(unanswered(loc, question, "no answer"))
            outcome = "unanswered"
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
            outcome = "card"
        for i in used:
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _titled_answer(doc: Document, taken: Mapping[int, str], at: int) -> tuple[str | None, list[int]]:
    """The answer of the titled callout at block AT (its attribute line in a paragraph of its own or on the
    quote's first line), its title dropped, and the blocks it takes; (None, []) when there is none."""
    blocks = doc.blocks
    used: list[int] = []
    if at < len(blocks) and blocks[at].kind == "paragraph" and is_free(doc, taken, at):
        lines = doc.lines[blocks[at].first : blocks[at].last]
        if not all(_TITLED.match(line) for line in lines):
            return None, []
        used.append(at)
        at += 1
    if at >= len(blocks) or blocks[at].kind != "blockquote" or not is_free(doc, taken, at):
        return None, []
    body = unquote(doc.block_text(at)).strip("\n").split("\n")
    if not used:
        if not body or not _TITLED.match(body[0]):
            return None, []
        body = body[1:]
    title = body[0].strip() if body else ""
    if not title or len(title) > _TITLE_MAX or title.endswith((".", "?", "!")):
        return None, []
    rest = "\n".join(line for line in body[1:] if not _ATTRIBUTES.match(line)).strip("\n")
    if not rest.strip():
        return None, []
    return rest, [*used, at]


def _notes(doc: Document, taken: Mapping[int, str], at: int) -> list[int]:
    """The blocks from AT that open with an attribute line (`{: .warning }` over a note), with the quote an
    attribute paragraph of its own styles: what follows an unanswered question and is no answer."""
    blocks = doc.blocks
    used: list[int] = []
    while at < len(blocks) and blocks[at].kind in ("paragraph", "blockquote") and is_free(doc, taken, at):
        if not _ATTRIBUTES.match(doc.lines[blocks[at].first]):
            break
        used.append(at)
        alone = blocks[at].last - blocks[at].first == 1
        at += 1
        if alone and at < len(blocks) and blocks[at].kind == "blockquote" and is_free(doc, taken, at):
            used.append(at)
            at += 1
    return used
