"""Command pages in the tldr-pages layout, kept as drills: a task bullet, the command on the line after it.

    # tar

    > Archiving utility.
    > More information: <https://www.gnu.org/software/tar>.

    - Create an archive from files:

    `tar cf {{target.tar}} {{file1 file2}}`

A bullet list of one item on one line, ending with a colon, followed (after one blank line) by a paragraph
that is one code span, is a card: the item's text without the colon is the front, the
command the back (a code span kept as code, `{{placeholders}}` as written). The headings over it (the
command's name) are its context, never cards, and the quoted summary under such a heading
(`> Archiving utility.`, `> More information: …`) is the page's description: skipped. A task bullet followed
by no command (a rule, a heading, another task, the end), or by a placeholder (`` `# TODO …` ``), is
`unanswered`. Read where two tasks or more are answered so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, free_blocks, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "tldr-page"

_TASK = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(?P<task>\S.*?[^:\s])[ \t]*[:：]$")
_COMMAND = re.compile(r"^(?P<ticks>`+)(?!`)(?P<code>.*?[^`])(?P=ticks)$")
_ENDS = frozenset({"hr", "heading"})
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the task bullets and the commands under them (see the module docstring)."""
    if not (text_holds(doc, ":\n\n`") or text_holds(doc, "：\n\n`")) or "bullet_list" not in block_kinds(doc):
        return RuleResult()  # no task line over a line of code: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    free = free_blocks(doc, taken)
    found: list[tuple[int, str, int | None]] = []  # (task block, task, command block or None)
    for n, index in enumerate(free):
        block = blocks[index]
        if block.kind != "bullet_list":
            continue
        opening = _TASK.match(lines[block.first])
        if not opening or list(list_items(doc, block)) != [(block.first, block.first + 1)]:
            continue
        after = free[n + 1] if n + 1 < len(free) else None
        command = None
        if (
            after is not None
            and after == index + 1
            and blocks[after].first == block.first + 2
            and not lines[block.first + 1]
            and lines[blocks[after].first].startswith("`")
            and _is_command(doc, blocks[after].kind, blocks[after].first, blocks[after].last)
        ):
            command = after
        elif after is not None and after == index + 1 and blocks[after].kind not in _ENDS | {"bullet_list"}:
            continue  # a list item introducing prose: no task of a page
        found.append((index, opening.group("task"), command))
    answered = [(i, t, c) for i, t, c in found if c is not None and empty_reason(_back(doc, c)) is None]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    sections: set[int] = set()
    for index, task, command in found:
        block = blocks[index]
        path = heading_path(doc, index)
        section = doc.section_of_block(index)
        if section is not None:
            sections.add(section.block)
        last = blocks[command].last if command is not None else block.last
        back = _back(doc, command) if command is not None else ""
        reason = empty_reason(back) if back else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(block.first), task, reason))
            claims.update(claim(block.first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(block.first), CONVENTION, task, back, context, topic_tags(path)))
        claims.update(claim(block.first, last, "card"))
    # The page's summary: the quote right under a heading over its tasks.
    for heading in sections:
        summary = heading + 1
        if summary < len(blocks) and blocks[summary].kind == "blockquote" and summary in free:
            claims.update(claim(blocks[summary].first, blocks[summary].last, "skip:notes"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_command(doc: Document, kind: str, first: int, last: int) -> bool:
    """Whether the block is a one-line paragraph that is one code span (a fence under a bullet is an example
    of a prose point, as in any guide)."""
    return kind == "paragraph" and last - first == 1 and _COMMAND.match(doc.lines[first].strip()) is not None


def _back(doc: Document, index: int) -> str:
    """The command as written: the code span."""
    block = doc.blocks[index]
    text = "\n".join(doc.lines[block.first : block.last]).strip()
    if block.kind == "paragraph" and (m := _COMMAND.match(text)):
        code = m.group("code").strip()
        if empty_reason(code) is not None:
            return code  # a placeholder in backticks (`# TODO …`) is still one
    return text
