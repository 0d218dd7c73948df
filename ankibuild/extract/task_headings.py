"""Practice tasks under numbered headings, each with its solution:

    ### Task 4 — Mount an NFS share

    Mount `nfs.lab:/exports/home` at `/mnt/home`, persistently.

    **Solution**

    ```bash
    echo 'nfs.lab:/exports/home /mnt/home nfs defaults 0 0' >> /etc/fstab
    ```

A heading that numbers a task and names it (`Task 4 — Title`, `Task 4: Title`, `Task 12. Title`, also
`Aufgabe 2 —`, `Tarea 3:`, `Latihan 1:` …) is a card when two such headings or more hold a solution label, and half of
them at least (a write-up whose tasks hold their own questions, `**Q1:** …`, is left to the other rules):
its front is the title without the `Task 4 —` label, with the statement below it (the blocks before the
solution label); its back is what follows the solution label (`**Solution**`, `**Solution:** …`,
`**Answer:**`, `**Lösung:**` …) up to the next heading or rule. A heading whose title carries the task
label after its own number (`### Drill 3 — Task: match …`) states the task itself: the task is the front,
and the blocks before the solution label (the examples it is tested on) open the back. A title that is a
sentence (it ends with `?`, `.`, `!`) states the task itself: no statement needs to follow.

Course platforms number exercises the same way (`### Exercise 1.2 — Sorting rows  `100 XP``, the badges
after the title left off) and state the task under an instructions label (`**Instructions**`): there the
blocks under that label, up to the next bold label, are the front; the text above the label sets the scene
and opens the back, and a hint under its own label (`**Hint**`) is left off the card. A multiple-choice
exercise with no solution label is answered by the ticked option of its task list (`- [x] …` among
`- [ ] …`): the question over the options is the front, the option and the feedback after it the back.

A Colab notebook hides each solution in a code cell shown as a form, collapsed to its title:

    ### Task 2: Write `period(a)` for a semi-major axis in AU.

    ```python
    # your code here
    def period(a):
        pass
    ```

    ```python
    #@title Solution (double-click to reveal) { display-mode: "form" }
    def period(a):
        return a ** 1.5
    ```

A cell whose first line is a form title naming a solution (`#@title Solution …`, `#@title Lösung`,
`#@title Solusi`) is the solution label: the back is the cell without that line, with what follows it (the
printed output); a cell before it that does no work (the one handed out for the attempt) stays off the
front. A heading at the tasks' level between the first task and the last that is no task and holds no
solution (a reflection between two exercises) is skipped, not a question of its own.

A task without a solution label, or whose solution is only a placeholder (`TODO`, a cell of `# TODO: …`, an
HTML comment) or an italic note that it is still to be done (`_still need to practise this one_`), is
unanswered. A list above the first task whose items open with the task label and the solution label
(`* **Task** = what the pattern must do`) is the legend of the format: skipped, no glossary.

Exercise notebooks number their tasks with bare headings (`# 1.`, `## 5b.`, an emoji of difficulty after
the number allowed) and answer each with the code cell after its statement:

    # 2.

    We added logging to `count`. Modify it so that it prints `1 item` for one item.

    ```python
    def count(items): ...
    ```

The task is the last sentence of the statement's last paragraph (with the list it introduces, a closing
aside in brackets left off): the front; the statement's other sentences set the scene and open the back,
followed by the code cell and what comes after it (its output, a check, a shown solution) up to the next
heading or rule. A task whose cells (the fences of the first one's language) hold no work, only a
signature, placeholders (`pass`, `____`, `# your code here`) and calls, or whose section holds a to-do
note (`TODO: …`), is unanswered. Read where two numbered tasks or more are answered so and two ask or
order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import remark_or_empty_reason, unanswered
from .document import Block, Document, Section, block_kinds, dedent, lazy_pattern, list_items, titles_may_hold, titles_search
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question, starts_with_imperative

CONVENTION = "task-heading"

_TASK_WORDS = (
    "exercise", "task", "aufgabe", "tarea", "tâche", "tache", "compito", "tarefa", "latihan", "задание", "задача", "任务", "任務", "課題",
)  # fmt: skip
_TASK_LABEL = r"(?:Exercise|Task|Aufgabe|Tarea|T[âa]che|Compito|Tarefa|Latihan|Задание|Задача|任务|任務|課題)"
_NUMBER = r"\d{1,3}(?:\.\d{1,3})?[a-z]?[ \t]*(?:[—–:.]|-(?!\S))[ \t]*"
_TASK = lazy_pattern(r"^" + _TASK_LABEL + r"[ \t]+" + _NUMBER + r"(?P<title>\S.*)$", re.I)
# `Drill 3 — Task: match …`, `Übung 2 – Aufgabe: …`: a numbered heading whose title is labelled as the task.
_LABELLED_TASK = lazy_pattern(
    r"^[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?[ \t]+" + _NUMBER + _TASK_LABEL + r"[ \t]*[:：][ \t]*(?P<title>\S.*)$", re.I
)
_HEADING_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$")
_SOLUTION_WORDS = (
    r"(?:Solution|Answer|Lösung|Antwort|Solución|Respuesta|Réponse|Solução|Resposta|Soluzione|Risposta|Solusi|Jawaban|"
    r"Решение|Ответ|解答|答案)"
)
_SOLUTION = lazy_pattern(
    r"^(?P<b>\*\*|__)" + _SOLUTION_WORDS + r"[ \t]*[:：]?[ \t]*(?P=b)[ \t]*[:：]?[ \t]*(?P<rest>.*)$",
    re.I | re.S,
)
# `_still need to practise this one_`, `*I still have to redo this*`: one italic note of what is left to do.
_STILL_TO_DO = lazy_pattern(r"^(?P<m>[*_])(?:I[ \t]+)?(?:still[ \t]+)?(?:need|have|got)[ \t]+to[ \t]+\w[^\n]*(?P=m)$", re.I)
# `#@title Solution (double-click to reveal) { display-mode: "form" }`: the first line of a code cell that
# Colab shows as a form, collapsed to its title, a solution hidden under it.
_FORM_SOLUTION = lazy_pattern(r"^[ \t]*#[ \t]*@title[ \t]+[*_]*" + _SOLUTION_WORDS + r"\b", re.I)
# `Why does the loss diverge?`, `Write a function that … .`: a title that is a sentence states the task itself.
_SENTENCE_TITLE = re.compile(r"[.?!？。！][*_`)\]]*$")
_MIN_TASKS = 2
# `` `100 XP` ``, `` `10 pts` ``, `*(multiple choice)*`: what a course platform shows beside an exercise's title,
# its points and its kind, no part of the title.
_TITLE_BADGES = re.compile(r"(?:[ \t]+(?:`\d{1,5}[ \t]*[^\W\d_]{1,6}`|(?P<m>[*_])\([^()\n]{1,40}\)(?P=m)))+[ \t]*$")
# `**Instructions**`, `**Anweisungen:**`: a paragraph that is only the label of an exercise's instructions,
# which state the task (the text above them sets the scene).
_INSTRUCTIONS = lazy_pattern(
    r"^(?P<b>\*\*|__)[ \t]*(?:Instructions?|Anweisungen|Anleitung|Instrucciones|Consignes?|Istruzioni|Instruções|"
    r"Instrucoes|Инструкции|Інструкції|Instrukcje|Instruksi|Petunjuk|Talimatlar|说明|說明|指示)[ \t]*[:：]?[ \t]*(?P=b)[ \t]*[:：]?[ \t]*$",
    re.I,
)
# `**Hint**`, `**Tipp:**`: a paragraph that is only a short bold label (one to three words) closing the instructions.
_BOLD_LABEL_ONLY = lazy_pattern(r"^(?P<b>\*\*|__)[ \t]*[^\W\d_][^*_\n]{0,30}?[ \t]*[:：]?[ \t]*(?P=b)[ \t]*[:：]?[ \t]*$")
# `- [x] …`, `* [X] …`: a ticked option of a task list.
_TICKED = re.compile(r"^[ \t]*[-*+][ \t]+\[[xX]\][ \t]+(?P<option>\S.*)$")
_UNTICKED = re.compile(r"^[ \t]*[-*+][ \t]+\[ \][ \t]+\S")
# A list item's first word, after its mark and any emphasis (`* **Task** = …`).
_ITEM_HEAD = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+[*_`]*(\w+)")
_TASK_HEAD = re.compile(_TASK_LABEL, re.I)
_SOLUTION_HEAD = re.compile(_SOLUTION_WORDS, re.I)

# `1.`, `5b.`, `3)` alone as a heading's title (an emoji of difficulty after it is decoration).
_BARE_NUMBER = re.compile(r"\d{1,3}[a-z]?[.)]?")
# A title opening with such a number alone (before a space or its end): where `_bare_number` can hold.
_BARE_TITLE = re.compile(r"^\s*\d{1,3}[a-z]?[.)]?(?: |$)", re.M)
_NO_WORD = re.compile(r"[^\w]*")
# Sentence ends: `.`, `?`, `!` before a space and a capital, a bracket, a quote or an emphasis mark.
_SENTENCE_END = re.compile(r"(?<=[.?!])(?:[ \t]+|[ \t]*\n[ \t]*)(?=[A-ZÀ-ÖØ-ÞА-Я(¿¡\"'“*_`])")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
# `(You may know it as "xor".)`: an aside closing a paragraph, a sentence of its own in brackets.
_CLOSING_ASIDE = re.compile(r"[ \t]*\n?[ \t]*\([^()]*[.?!]\)[ \t]*$")
# A code cell's lines that do no work: comments, placeholders, a signature, lone calls (`q1.check()`).
_IDLE_LINE = re.compile(
    r"^[ \t]*(?:(?:#|//|--|%).*|pass\b.*|\.\.\.|…|_{2,}|[{}]|"
    r"(?:def|function|func|fn|sub|proc)\b.*[:{(][ \t]*|[\w.]+\([^()]*\)[ \t]*;?)[ \t]*$"
)
_BLANK_TO_FILL = "___"
# `TODO: beat 42% first`, `FIXME …`: the writer's note that the task is not done.
_TO_DO_NOTE = re.compile(r"^[ \t]*[*_]*(?:TODO|FIXME|TBD)\b")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the numbered task headings (see the module docstring)."""
    if not _may_hold_tasks(doc):
        return RuleResult()
    named = _named_tasks(doc, taken)
    if named.drafts or named.diagnostics:
        return named
    return _numbered_cells(doc, taken)


def _may_hold_tasks(doc: Document) -> bool:
    """False only when no heading can be a task heading: none names a task label, and none is a bare
    number in a document holding code cells."""
    if titles_may_hold(doc, _TASK_WORDS):
        return True
    return (
        "fence" in block_kinds(doc)
        and titles_search(doc, _BARE_TITLE)
        and any(_bare_number(section.title) for section in doc.sections)
    )


def _named_tasks(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    tasks: list[tuple[Section, str, bool]] = []
    for section in doc.sections:
        title = section.title.strip()
        if (m := _TASK.match(title)) is not None:
            tasks.append((section, _without_badges(doc, section, m.group("title").strip()), False))
            continue
        source = _HEADING_MARKS.sub("", doc.lines[doc.blocks[section.block].first]).strip()
        if (m := _LABELLED_TASK.match(source)) is not None:
            tasks.append((section, m.group("title").strip(), True))
    if not tasks:
        return RuleResult()
    blocks = doc.blocks
    solved = sum(1 for section, _, _ in tasks if any(_solution(doc, i) is not None or _ticked(doc, i) for i in section.body))
    if solved < _MIN_TASKS or 2 * solved < len(tasks):
        return RuleResult()  # a write-up whose tasks hold their own questions (`**Q1:** …`), not solutions
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in range(tasks[0][0].block):
        if blocks[index].kind == "bullet_list" and taken.get(blocks[index].first) is None and _legend(doc, blocks[index]):
            claims.update(claim(blocks[index].first, blocks[index].last, "skip:task-legend"))
    for section, title, states_task in tasks:
        heading = blocks[section.block]
        body = _body(doc, section)
        if not all(taken.get(blocks[i].first) is None for i in body) or taken.get(heading.first) is not None:
            continue
        label = next((n for n, i in enumerate(body) if _solution(doc, i) is not None), None)
        choice = next((n for n, i in enumerate(body) if _ticked(doc, i)), None) if label is None else None
        loc = doc.loc(heading.first)
        last = blocks[body[-1]].last if body else heading.last
        path = heading_path(doc, section.block)
        statement = body[: label if label is not None else choice if choice is not None else len(body)]
        instructions = _instructions(doc, statement)
        asked = title if instructions is None else instructions[0]
        if (label is None and choice is None) or not (statement or states_task or _SENTENCE_TITLE.search(title)):
            diagnostics.append(unanswered(loc, asked, "no solution" if label is None else "no statement"))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        if choice is not None:
            rest = "\n".join(_ticked(doc, body[choice]))
            start = choice
        else:
            assert label is not None
            rest = _solution(doc, body[label]) or ""
            start = label
        after = doc.text(blocks[body[start + 1]].first, last).strip() if start + 1 < len(body) else ""
        answer = "\n\n".join(part for part in (rest, after) if part)
        empty = remark_or_empty_reason(answer) or ("still to do" if _STILL_TO_DO.match(answer) else None)
        if empty is not None:
            diagnostics.append(unanswered(loc, asked, empty))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        if instructions is not None:
            # The instructions state the task: the front; the scene set above them opens the back, and a hint
            # between them and the solution stays off the card.
            task, scene = instructions
            answer = "\n\n".join(part for part in (scene, answer) if part)
            drafts.append(CardDraft(loc, CONVENTION, task, answer, tuple(clean_heading(p) for p in path), topic_tags(path[:-1])))
            claims.update(claim(heading.first, last, "card"))
            continue
        # The empty cell handed out for the work (`def f(x): pass` under `# your code here`) is no part of
        # the task when the solution is a cell of its own.
        if label is not None and blocks[body[label]].kind == "fence":
            statement = [i for i in statement if not _empty_cell(doc, i)]
        stated = doc.text(blocks[statement[0]].first, blocks[statement[-1]].last).strip() if statement else ""
        if states_task:
            front, answer = title, "\n\n".join(part for part in (stated, answer) if part)
        elif choice is not None and stated:
            # A multiple-choice exercise: the question over the options is the front, its title the context.
            drafts.append(
                CardDraft(loc, CONVENTION, stated, answer, tuple(clean_heading(p) for p in path), topic_tags(path[:-1]))
            )
            claims.update(claim(heading.first, last, "card"))
            continue
        else:
            front = title + "\n\n" + stated if stated else title
        context = tuple(clean_heading(p) for p in path[:-1])
        drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(path[:-1])))
        claims.update(claim(heading.first, last, "card"))
    claims.update(_asides(doc, taken, [section for section, _, _ in tasks]))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asides(doc: Document, taken: Mapping[int, str], tasks: list[Section]) -> dict[int, str]:
    """The sections between the first task and the last at the tasks' own level that are no task and hold
    no solution (a reflection, a note between two exercises): skipped, not read as questions of their own."""
    levels = {section.level for section in tasks}
    first, last = tasks[0].block, tasks[-1].block
    numbered = {section.block for section in tasks}
    blocks = doc.blocks
    claims: dict[int, str] = {}
    for section in doc.sections:
        if not first < section.block < last or section.block in numbered or section.level not in levels:
            continue
        body = _body(doc, section)
        heading = blocks[section.block]
        if taken.get(heading.first) is not None or any(taken.get(blocks[i].first) is not None for i in body):
            continue
        if any(_solution(doc, i) is not None for i in body):
            continue
        claims.update(claim(heading.first, blocks[body[-1]].last if body else heading.last, "skip:between-tasks"))
    return claims


def _legend(doc: Document, block: Block) -> bool:
    """True when the list's items open with both a task label and a solution label (`* **Task** = …`,
    `- *Lösung*: …`): it explains how the tasks below are written."""
    heads = {m.group(1).lower() for first, _ in list_items(doc, block) if (m := _ITEM_HEAD.match(doc.lines[first]))}
    return any(_TASK_HEAD.fullmatch(h) for h in heads) and any(_SOLUTION_HEAD.fullmatch(h) for h in heads)


def _body(doc: Document, section: Section) -> list[int]:
    """The section's blocks up to its first rule."""
    body = []
    for index in section.body:
        if doc.blocks[index].kind == "hr":
            break
        body.append(index)
    return body


def _solution(doc: Document, index: int) -> str | None:
    """The answer a solution label opens with (what follows `**Solution:**` on its paragraph, or the code
    cell under a Colab form title `#@title Solution …`, that line left off), or None when the block is no
    solution label."""
    block = doc.blocks[index]
    if block.kind == "fence":
        if block.last - block.first < 3 or not _FORM_SOLUTION.match(doc.lines[block.first + 1]):
            return None
        return (doc.lines[block.first] + "\n" + doc.text(block.first + 2, block.last)).strip()
    if block.kind != "paragraph":
        return None
    match = _SOLUTION.match(doc.text(block.first, block.last))
    return match.group("rest").strip() if match is not None else None


def _without_badges(doc: Document, section: Section, title: str) -> str:
    """A task's title without the badges its heading shows after it (`_TITLE_BADGES`: `` `100 XP` ``,
    `*(multiple choice)*`), which the heading's plain title keeps as text."""
    source = doc.lines[doc.blocks[section.block].first]
    if "`" not in source and "(" not in source:
        return title
    badges = _TITLE_BADGES.search(_HEADING_MARKS.sub("", source))
    if badges is None:
        return title
    plain = " ".join(re.sub(r"[`*_]", "", badges.group()).split())
    words = " ".join(title.split())
    return words[: -len(plain)].strip() if plain and words.endswith(plain) else title


def _instructions(doc: Document, statement: list[int]) -> tuple[str, str] | None:
    """The task an exercise's instructions label states (the blocks under `**Instructions**` up to the next
    bold label, a `**Hint**`) and the scene set above the label; None when no block of the statement is that
    label or nothing follows it."""
    blocks = doc.blocks
    lead = next(
        (n for n, i in enumerate(statement) if blocks[i].kind == "paragraph" and _INSTRUCTIONS.match(doc.block_text(i))), None
    )
    if lead is None:
        return None
    task: list[int] = []
    for index in statement[lead + 1 :]:
        if blocks[index].kind == "paragraph" and _BOLD_LABEL_ONLY.match(doc.block_text(index)):
            break
        task.append(index)
    if not task:
        return None
    text = dedent(doc.lines[blocks[task[0]].first : blocks[task[-1]].last]).strip()
    if len(task) == 1 and blocks[task[0]].kind == "bullet_list" and len(list(list_items(doc, blocks[task[0]]))) == 1:
        text = text.lstrip("-*+ \t")  # one instruction: its text, not a list of one item
    scene = doc.text(blocks[statement[0]].first, blocks[statement[lead - 1]].last).strip() if lead else ""
    return text, scene


def _ticked(doc: Document, index: int) -> list[str]:
    """The ticked options of a task list of choices (`- [x] …` among `- [ ] …`), or [] for another block."""
    block = doc.blocks[index]
    if block.kind != "bullet_list":
        return []
    items = list(list_items(doc, block))
    ticked = [m.group("option").strip() for first, _ in items if (m := _TICKED.match(doc.lines[first]))]
    if not ticked or len(items) < 2 or not all(_TICKED.match(doc.lines[f]) or _UNTICKED.match(doc.lines[f]) for f, _ in items):
        return []
    return ticked if len(ticked) == 1 else [f"- {option}" for option in ticked]


def _empty_cell(doc: Document, index: int) -> bool:
    """True when the block is a code cell that does no work (comments, placeholders, a signature)."""
    block = doc.blocks[index]
    if block.kind != "fence":
        return False
    code = doc.lines[block.first + 1 : block.last - 1]
    return all(not line.strip() or _IDLE_LINE.match(line) or _BLANK_TO_FILL in line for line in code)


def _bare_number(title: str) -> bool:
    """`1.`, `5b.`, `3. 🌶️`: a title that is only a number, decoration aside."""
    number, _, rest = title.strip().partition(" ")
    return _BARE_NUMBER.fullmatch(number) is not None and _NO_WORD.fullmatch(rest) is not None


def _numbered_cells(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare numbered headings answered by the code cell after their statement."""
    blocks = doc.blocks
    found: list[tuple[Section, list[int], int, str, str]] = []
    for section in doc.sections:
        if not _bare_number(section.title):
            continue
        body = _body(doc, section)
        cell = next((n for n, i in enumerate(body) if blocks[i].kind == "fence"), None)
        if cell is None or not body or any(taken.get(blocks[i].first) is not None for i in body):
            continue
        split = _task_of(doc, body[:cell])
        if split is not None:
            found.append((section, body, cell, *split))
    answered = [f for f in found if _answered(doc, f[1][f[2] :])]
    asking = sum(1 for f in found if is_question(f[3]) or starts_with_imperative(f[3]))
    if len(answered) < _MIN_TASKS or asking < _MIN_TASKS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, body, cell, task, scene in found:
        heading = blocks[section.block]
        loc = doc.loc(heading.first)
        last = blocks[body[-1]].last
        if not _answered(doc, body[cell:]):
            diagnostics.append(unanswered(loc, task, "still to do"))
            claims.update(claim(heading.first, last, "unanswered"))
            continue
        solution = doc.text(blocks[body[cell]].first, last).strip()
        answer = scene + "\n\n" + solution if scene else solution
        path = heading_path(doc, section.block)
        context = tuple(clean_heading(p) for p in path[:-1])
        drafts.append(CardDraft(loc, CONVENTION, task, answer, context, topic_tags(path[:-1])))
        claims.update(claim(heading.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _task_of(doc: Document, statement: list[int]) -> tuple[str, str] | None:
    """The task of a statement (the last sentence of its last paragraph, with the list that paragraph
    introduces) and the rest of it (the scene), or None when it holds no paragraph."""
    blocks = doc.blocks
    lead = next((n for n in range(len(statement) - 1, -1, -1) if blocks[statement[n]].kind == "paragraph"), None)
    if lead is None:
        return None
    paragraph = doc.block_text(statement[lead])
    tail = ""
    if (
        lead + 1 < len(statement)
        and blocks[statement[lead + 1]].kind in ("bullet_list", "ordered_list")
        and paragraph.rstrip().endswith(":")
    ):
        tail = doc.block_text(statement[lead + 1])
    text = _CLOSING_ASIDE.sub("", paragraph) if paragraph.rstrip().endswith(")") else paragraph
    masked = _CODE_SPAN.sub(lambda m: "x" * len(m.group(0)), text)
    starts = [m.end() for m in _SENTENCE_END.finditer(masked)]
    cut = starts[-1] if starts and starts[-1] < len(text.rstrip()) else 0
    task = text[cut:].strip() + ("\n" + tail if tail else "")
    before = [doc.block_text(i) for i in statement[:lead]]
    if cut:
        before.append(text[:cut].strip())
    return task, "\n\n".join(before)


def _answered(doc: Document, part: list[int]) -> bool:
    """True when a code cell of the part (a fence in the first fence's language) does work and no to-do
    note stands among its paragraphs."""
    blocks = doc.blocks
    fences = [i for i in part if blocks[i].kind == "fence"]
    info = doc.lines[blocks[fences[0]].first].strip().lstrip("`~").strip()
    works = False
    for index in part:
        block = blocks[index]
        if block.kind == "paragraph" and _TO_DO_NOTE.match(doc.lines[block.first]):
            return False
        if block.kind != "fence" or doc.lines[block.first].strip().lstrip("`~").strip() != info:
            continue
        code = doc.lines[block.first + 1 : block.last - 1]
        if any(_BLANK_TO_FILL in line for line in code):
            continue
        works = works or any(line.strip() and not _IDLE_LINE.match(line) for line in code)
    return works
