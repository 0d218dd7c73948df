"""Practice-exam tasks under numbered task headings, each with its labelled solution:

    ### Task 4 — Mount an NFS share

    Mount `nfs.lab:/exports/home` at `/mnt/home`, persistently.

    **Solution**

    ```bash
    echo 'nfs.lab:/exports/home /mnt/home nfs defaults 0 0' >> /etc/fstab
    ```

A heading that numbers a task and names it (`Task 4 — Title`, `Task 4: Title`, `Task 12. Title`) is a card
when two such headings or more hold a solution label, and half of them at least (a write-up whose tasks
hold their own questions, `**Q1:** …`, is left to the other rules): its front is the title without the
`Task 4 —` label, with the statement below it (the blocks before the solution label); its back is what
follows the solution label (`**Solution**`, `**Solution:** …`, `**Answer:**`) up to the next heading or
rule. A task without a solution label, or whose solution is only a placeholder (`TODO`, an HTML comment)
or an italic note that it is still to be done (`_still need to practise this one_`), is unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "task-heading"

_TASK = lazy_pattern(r"^Task[ \t]+\d{1,3}[a-z]?[ \t]*(?:[—–:.]|-(?!\S))[ \t]*(?P<title>\S.*)$", re.I)
_SOLUTION = lazy_pattern(r"^(?P<b>\*\*|__)(?:Solution|Answer)[ \t]*:?[ \t]*(?P=b)[ \t]*:?[ \t]*(?P<rest>.*)$", re.I | re.S)
# `_still need to practise this one_`, `*I still have to redo this*`: one italic note of what is left to do.
_STILL_TO_DO = lazy_pattern(r"^(?P<m>[*_])(?:I[ \t]+)?(?:still[ \t]+)?(?:need|have|got)[ \t]+to[ \t]+\w[^\n]*(?P=m)$", re.I)
_MIN_TASKS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the numbered task headings (see the module docstring)."""
    if not a_line_opens_with(doc, ("task",)):
        return RuleResult()
    tasks = [(s, m.group("title").strip()) for s in doc.sections if (m := _TASK.match(s.title.strip())) is not None]
    blocks = doc.blocks
    solved = sum(1 for section, _ in tasks if any(_solution(doc, i) is not None for i in section.body))
    if solved < _MIN_TASKS or 2 * solved < len(tasks):
        return RuleResult()  # a write-up whose tasks hold their own questions (`**Q1:** …`), not solutions
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, title in tasks:
        heading = blocks[section.block]
        body = []
        for index in section.body:
            if blocks[index].kind == "hr":
                break
            body.append(index)
        if not all(taken.get(blocks[i].first) is None for i in body) or taken.get(heading.first) is not None:
            continue
        label = next((n for n, i in enumerate(body) if _solution(doc, i) is not None), None)
        loc = doc.loc(heading.first)
        last = blocks[body[-1]].last if body else heading.last
        path = heading_path(doc, section.block)
        statement = body[: label if label is not None else len(body)]
        if label is None or not statement:
            diagnostics.append(unanswered(loc, title, "no solution" if label is None else "no statement"))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        match = _solution(doc, body[label])
        assert match is not None
        rest = match.group("rest").strip()
        after = doc.text(blocks[body[label + 1]].first, last).strip() if label + 1 < len(body) else ""
        answer = "\n\n".join(part for part in (rest, after) if part)
        empty = empty_reason(answer) or ("still to do" if _STILL_TO_DO.match(answer) else None)
        if empty is not None:
            diagnostics.append(unanswered(loc, title, empty))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        front = title + "\n\n" + doc.text(blocks[statement[0]].first, blocks[statement[-1]].last).strip()
        context = tuple(clean_heading(p) for p in path[:-1])
        drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(path[:-1])))
        claims.update(claim(heading.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _solution(doc: Document, index: int) -> re.Match[str] | None:
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return None
    return _SOLUTION.match(doc.text(block.first, block.last))
