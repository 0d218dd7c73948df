"""Papers written with LaTeX's `exam` document class (kept in a Markdown file, as pandoc renders it):

    \\question[2] What is the SI unit of force?
    \\begin{solution}
    The newton, $1\\ \\text{N} = 1\\ \\text{kg m/s}^2$.
    \\end{solution}

    \\question Which gas makes up most of the air?
    \\begin{choices}
      \\choice oxygen
      \\CorrectChoice nitrogen
    \\end{choices}

A `\\question` (also `\\bonusquestion`, `\\titledquestion{…}`), `\\part`, `\\subpart` or `\\subsubpart`
line, its points in brackets dropped, asks the text after the command (with the lines continuing it); the
`\\begin{solution}` … `\\end{solution}` environment under it (or `solutionorbox`, `solutionorlines` …,
its space in brackets dropped) is the back, LaTeX comment lines (`% …`) left out, and so are the options the
class marks right (`\\CorrectChoice`) in its `choices`, `oneparchoices` or `checkboxes`. A question made of
parts is no card itself (its parts are, with its text as their context); an item with no solution and no marked option, or with an empty
or placeholder solution, is `unanswered`. The lines of the environments around the items
(`\\begin{questions}`, `\\begin{parts}`) are markup. Read where two items or more are answered; the headings
over them are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, dedent, free_blocks, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "exam-class"

_ITEM = re.compile(
    r"^[ \t]*\\(?:(?P<level>question|bonusquestion|part|bonuspart|subpart|bonussubpart|subsubpart|bonussubsubpart)"
    r"|titledquestion\{[^}]*\})(?![a-zA-Z])(?:[ \t]*\[[^\]]*\])?[ \t]*(?P<text>.*?)[ \t]*$"
)
_LEVELS = {"question": 0, "part": 1, "subpart": 2, "subsubpart": 3}
_SOLUTION = re.compile(r"^[ \t]*\\begin\{(solution\w*)\}(?:\[[^\]]*\])?[ \t]*(?P<text>.*?)[ \t]*$")
_CHOICE = re.compile(r"^[ \t]*\\(?P<kind>CorrectChoice|choice)(?![a-zA-Z])[ \t]*(?P<text>.*?)[ \t]*$")
_COMMAND_LINE = re.compile(r"^[ \t]*\\[a-zA-Z]")
_ENVIRONMENT = re.compile(
    r"^[ \t]*\\(?:begin|end)\{(?:questions|(?:sub)*parts|(?:onepar)?choices|(?:onepar)?checkboxes)\}[ \t]*$"
)
_COMMENT = re.compile(r"^[ \t]*%")
_MIN_ANSWERED = 2


@dataclass(slots=True)
class _Item:
    line: int
    level: int
    text: list[str]
    last: int
    solution: list[str] | None = None
    correct: list[str] = field(default_factory=list)
    choices: int = 0
    parent: bool = False
    stems: tuple[str, ...] = ()


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the exam class's items and their solutions (see the module docstring)."""
    if not (text_holds(doc, "\\begin{solution") or text_holds(doc, "\\CorrectChoice")):
        return RuleResult()  # no solution environment and no marked option: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    free = [i for i in free_blocks(doc, taken) if blocks[i].kind not in ("fence", "code_block", "heading")]
    items: list[_Item] = []
    markup: list[int] = []
    solution: list[str] | None = None
    for index in free:
        block = blocks[index]
        for n in range(block.first, block.last):
            line = lines[n]
            if solution is not None:
                if line.strip().startswith("\\end{solution"):
                    solution = None
                    items[-1].last = n + 1
                elif not _COMMENT.match(line):
                    solution.append(line)
                continue
            if m := _ITEM.match(line):
                level = _LEVELS.get((m.group("level") or "question").removeprefix("bonus"), 0)
                stems: tuple[str, ...] = ()
                for earlier in reversed(items):
                    if earlier.level < level:
                        earlier.parent = True
                        stems = (*earlier.stems, _front(earlier))
                        break
                items.append(_Item(n, level, [m.group("text")] if m.group("text") else [], n + 1, stems=stems))
            elif items and (m := _SOLUTION.match(line)):
                solution = items[-1].solution = [m.group("text")] if m.group("text") else []
                items[-1].last = n + 1
            elif items and (m := _CHOICE.match(line)):
                items[-1].choices += 1
                if m.group("kind") != "choice":
                    items[-1].correct.append(m.group("text"))
                items[-1].last = n + 1
            elif items and line.strip() and not _COMMAND_LINE.match(line) and items[-1].last == n and not (
                items[-1].solution is not None or items[-1].choices
            ):
                items[-1].text.append(line.strip())  # the question goes on
                items[-1].last = n + 1
            elif _ENVIRONMENT.match(line):
                markup.append(n)
    answered = [item for item in items if not item.parent and _back(item)]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = dict.fromkeys(markup, "skip:markup")
    block_of = {n: index for index in free for n in range(blocks[index].first, blocks[index].last)}
    for item in items:
        front = _front(item)
        if item.parent or not front:
            claims.update(claim(item.line, item.last, "skip:markup"))
            continue
        path = heading_path(doc, block_of[item.line])
        back = _back(item)
        reason = "no answer" if not back else empty_reason(back)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(item.line), front, reason))
            claims.update(claim(item.line, item.last, "unanswered"))
            continue
        context = (*(clean_heading(p) for p in path), *(stem for stem in item.stems if stem))
        drafts.append(CardDraft(doc.loc(item.line), CONVENTION, front, back, context, topic_tags(path)))
        claims.update(claim(item.line, item.last, "card"))
    # The blank lines and environment lines between the items belong to the paper too.
    first, last = items[0].line, max(item.last for item in items)
    for index in free:
        block = blocks[index]
        if first <= block.first and block.last <= last + 1:
            claims.update({n: "skip:markup" for n in range(block.first, block.last) if n not in claims})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front(item: _Item) -> str:
    """The item's text on one line."""
    return " ".join(" ".join(item.text).split())


def _back(item: _Item) -> str:
    """The options marked right, one a line, then the solution's body."""
    correct = [" ".join(c.split()) for c in item.correct if c.strip()]
    parts = ["\n".join(f"- {c}" for c in correct) if len(correct) > 1 else "".join(correct)]
    if item.solution is not None:
        parts.append(dedent(item.solution).strip())
    return "\n\n".join(p for p in parts if p)
