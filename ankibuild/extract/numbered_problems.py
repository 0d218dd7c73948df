"""Past papers: a heading that only numbers a problem, its statement, then a labelled answer.

    #### 問4

    IPv4 で、サブネットマスクが 255.255.255.192 のとき、…はどれか。

    - ア　30
    - イ　62

    **正解：イ**

    > 解説：ホスト部は 6 ビット …

A heading that is only a number with a problem word (`問4`, `第4問`, `Problem 4`, `Q4`, `Aufgabe 4`,
`문제 4`) gives no question of its own: the statement under it (its paragraphs and formulas) is the front;
the back is its choice list, then the blocks from the answer line (`**正解：イ**`, `Answer: B`,
`**Lösung:** …`) to the next heading (the explanation too), so the answer's letter reads beside its
options; the heading is context. A solution written out before the answer line (the problem's data under
`**Дано:**` / `**Given:**`, a `**Решение:**` or `**Solution:**` label) opens the back with it; a rule after
the answer ends it, and a solution label over a note to self with no answer line is `unanswered`. When the section holds no
answer line and only an HTML comment after the statement (`<!-- answer: check later -->`), the
statement is `unanswered`; so is one whose answer line holds only a note to self (`**Correct Answer:** ???`,
`*(redo this one)*`), whatever follows it.

The number may also stand as a paragraph wholly in bold instead of a heading (`**PREGUNTA N.° 4**`,
`**Problem 7**`), as question banks write it between `---` rules: the item runs from it to the next such
label, heading or rule. A worked solution under its label (`*Resolución:*`, `Solution:`) goes on the back
with the key (`**Rpta.: B**`), and options spaced on one line (`A) 17  B) 19  C) 21`) join the choices. Where
two labelled items or more are keyed, one whose key is empty or a dash (`**Rpta.: —**`), or that has no key
line at all (only a solution label over a note to self), is `unanswered`.

Exam dumps qualify the number with the part of the paper (`### Question #31 · Topic 1`). A statement table
ticked in two verdict columns (`| Statement | Yes | No |` over `☑` / `☐`, see `ticked_tables.checked_rows`)
gives one card per row: the row's statement on the front, the ticked column's name and the answer line with
its explanation on the back, the instruction above the table in the context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, options_only, placeholder_reason, sheet_data_label, unanswered
from .document import Document
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question
from .ticked_tables import checked_rows

_NUMBER_ONLY = re.compile(
    r"^(?:(?:問題?|第|题|題|문제|문항|problem|question|q|exercise|task|aufgabe|frage|ejercicio|pregunta|exercice|"
    r"esercizio|domanda|exerc[íi]cio|quest[ãa]o|задача|вопрос|zadanie|pytanie)[ \t]*(?:no\.?|nr\.?|#|№|n\.?[ \t]*[°º])?[ \t]*"
    r"\d+[a-z]?[ \t]*(?:問|题|題|번)?|\d+[ \t]*(?:問|番))[ \t]*[.:)：]?"
    # `Question #31 · Topic 1`: the part of the paper the problem comes from, after a middle dot or a bar.
    r"(?:[ \t]*[·•|][ \t]*[^\W\d_]{1,20}[ \t]*\d{1,3})?$",
    re.I,
)
_KEY_WORDS = (
    r"正解|答え|解答|答案|正确答案|正確答案|정답|답|answer|correct\s+answer|correct\s+option|"
    r"key|l[öo]sung|(?:richtige\s+)?antwort|respuesta(?:\s+correcta)?|rpta\.?|r[ée]ponse(?:\s+correcte)?|risposta(?:\s+corretta)?|"
    r"resposta(?:\s+corret[ao])?|(?:правильный\s+)?ответ|(?:poprawna\s+)?odpowied[źz]|(?:doğru\s+)?cevap"
)
_ANSWER_LINE = re.compile(
    r"^[ \t]*(?:\*\*|__)?[ \t]*(?:" + _KEY_WORDS + r")[ \t]*(?:\*\*|__)?[ \t]*[:：]",
    re.I,
)
# A worked solution's label, in a labelled item only (`*Resolución:*`, `**Solution:**`): it opens the back too.
_SOLUTION_LINE = re.compile(
    r"^[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?:resoluci[óo]n|soluci[óo]n|solution|l[öo]sungsweg|r[ée]solution|решение|чишү)[ \t]*[:：]",
    re.I,
)
_MARK = re.compile(
    r"(?:正解|答え|解答|答案|정답|answer|l[öo]sung|antwort|respuesta|rpta|r[ée]ponse|risposta|resposta|ответ|odpowied|cevap)",
    re.I,
)
# A paragraph wholly in bold that only numbers an item: `**PREGUNTA N.° 4**`, `__Problem 7.__`.
_BOLD_LABEL = re.compile(r"^[ \t]*(\*\*|__)(?P<label>[^*_\n]{1,30}?)\1[ \t]*$")
_STATEMENT_KINDS = frozenset({"paragraph", "bullet_list", "ordered_list", "math_block", "table", "fence", "code_block"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from number-only problem headings with a statement and a labelled answer."""
    # Only a section titled by a problem number can give anything: looked for first, as most documents have
    # none and their titles are short to test, while the answer marks are searched in the whole text.
    numbered = [
        (section.block, list(section.body), section.path + (section.title,))
        for section in doc.sections
        if _numbered(section.title)
    ]
    labelled = _labelled_items(doc, taken)
    if not numbered and not labelled or _MARK.search(doc.source.text) is None and "<!--" not in doc.source.text:
        return RuleResult()
    keyed = sum(1 for _, body, _ in labelled if any(_opens_with_answer(doc, i) for i in body))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for head, body, path in [*numbered, *labelled]:
        by_label = doc.blocks[head].kind == "paragraph"
        if by_label and keyed < 2:
            continue  # one keyed label is no question bank: another rule's shape
        if not body or not all(is_free(doc, taken, i) for i in (head, *body)):
            continue
        opens = _opens_with_working if not by_label else _opens_with_answer_or_solution
        answer_at = next((n for n, i in enumerate(body) if opens(doc, i)), None)
        statement = body if answer_at is None else body[:answer_at]
        if not statement or doc.blocks[statement[0]].kind != "paragraph":
            continue
        comments = [i for i in statement if doc.blocks[i].kind == "html_block"]
        if any(not doc.block_text(i).lstrip().startswith("<!--") for i in comments):
            continue  # `<details>` or other HTML: another rule's shape
        statement = [i for i in statement if doc.blocks[i].kind != "html_block"]
        if not all(doc.blocks[i].kind in _STATEMENT_KINDS for i in statement):
            continue
        # The choice list (ア…エ, A…D) goes on the back above the answer: the letter there reads with them,
        # and the front stays the statement that asks.
        choices = [
            i
            for i in statement[1:]
            if doc.blocks[i].kind in ("bullet_list", "ordered_list") or by_label and _spaced_options(doc, i)
        ]
        hints = _hints_in(doc, statement)
        front = "\n\n".join(doc.block_text(i).strip("\n") for i in statement if i not in choices and i not in hints)
        context = tuple(clean_heading(p) for p in path) + tuple(_hint_context(doc.block_text(i)) for i in hints)
        loc = doc.loc(doc.blocks[statement[0]].first)
        ticked = next(
            ((i, rows) for i in statement if doc.blocks[i].kind == "table" and (rows := checked_rows(doc, doc.blocks[i]))), None
        )
        if ticked is not None:
            # Statements ticked true or false in a table (`| Statement | Yes | No |`): a card per row, the
            # instruction above the table its context, the answer line and explanation under each verdict.
            table, rows = ticked
            instruction = tuple(" ".join(doc.block_text(i).split()) for i in statement if i != table and i not in choices)
            after = [] if answer_at is None else _without_closing_rules(doc, body[answer_at:])
            explanation = "\n\n".join(doc.block_text(i).strip("\n") for i in after if doc.blocks[i].kind != "html_block")
            for line, row, verdict in rows:
                question = clean_question(row)[0]
                if not verdict:
                    diagnostics.append(unanswered(doc.loc(line), question, "no answer"))
                    continue
                back = "\n\n".join(part for part in (f"**{verdict}**", explanation) if part)
                drafts.append(
                    CardDraft(doc.loc(line), "numbered-problem", question, back, context + instruction, topic_tags(path))
                )
            heading = doc.blocks[head]
            claims.update(claim(heading.first, doc.blocks[body[-1]].last, "card"))
            for line, _, verdict in rows:
                if not verdict:
                    claims.update(claim(line, line + 1, "unanswered"))
            continue
        if answer_at is None:
            if not comments:
                continue  # no answer line: another rule's shape
            diagnostics.append(unanswered(loc, " ".join(doc.block_text(statement[0]).split()), "answer only in a comment"))
            outcome = "unanswered"
        else:
            answer_blocks = _without_closing_rules(doc, body[answer_at:])
            if not by_label and any(doc.blocks[i].kind == "hr" for i in answer_blocks):
                # `---` under the working: what follows (a page footer) is no part of the answer.
                answer_blocks = answer_blocks[: next(n for n, i in enumerate(answer_blocks) if doc.blocks[i].kind == "hr")]
            back = "\n\n".join(doc.block_text(i).strip("\n") for i in answer_blocks if doc.blocks[i].kind != "html_block")
            reason = empty_reason(back) or _empty_after_label(back) or _placeholder_after_label(back)
            if not by_label and reason is None and not any(_opens_with_answer(doc, i) for i in answer_blocks):
                # Working with no answer line: unanswered when its solution label holds a note to self, else
                # another rule's shape (a solution labelled as the answer, `*Solución:* …`).
                reason = _placeholder_after_label(back, _SOLUTION_LINE)
                if reason is None:
                    continue
            if by_label and reason is None:
                reason = _unkeyed(doc, body[answer_at:])
            back = "\n\n".join([*(doc.block_text(i).strip("\n") for i in choices), back])
            if reason is not None:
                diagnostics.append(unanswered(loc, " ".join(doc.block_text(statement[0]).split()), reason))
                outcome = "unanswered"
            else:
                drafts.append(CardDraft(loc, "numbered-problem", front, back, context, topic_tags(path)))
                outcome = "card"
        heading = doc.blocks[head]
        claims.update(claim(heading.first, doc.blocks[body[-1]].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _without_closing_rules(doc: Document, blocks: list[int]) -> list[int]:
    """BLOCKS without the rules (`---`) that close them: a separator between entries is no answer."""
    end = len(blocks)
    while end > 1 and doc.blocks[blocks[end - 1]].kind == "hr":
        end -= 1
    return blocks[:end]


def _numbered(title: str) -> bool:
    """Whether a section title is only a problem number (`問4`, `Problem 4`, `Q4.`)."""
    title = title.strip()
    return len(title) <= 32 and _NUMBER_ONLY.match(title) is not None


def _labelled_items(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, list[int], tuple[str, ...]]]:
    """The items opened by a bold paragraph that only numbers them (`**PREGUNTA N.° 4**`): the label's block,
    the blocks after it up to the next label, heading or rule, and the cards' context (the headings above
    and the label)."""
    items: list[tuple[int, list[int], tuple[str, ...]]] = []
    current: tuple[int, list[int], tuple[str, ...]] | None = None
    for index, block in enumerate(doc.blocks):
        label = _item_label(doc, index)
        if label is not None or block.kind in ("heading", "hr"):
            if current is not None:
                items.append(current)
            current = None
            if label is not None and is_free(doc, taken, index):
                current = (index, [], (*heading_path(doc, index), label))
        elif current is not None:
            current[1].append(index)
    if current is not None:
        items.append(current)
    return items


def _item_label(doc: Document, index: int) -> str | None:
    """The label of a one-line paragraph wholly in bold that only numbers an item, else None."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or block.last - block.first != 1:
        return None
    line = doc.lines[block.first]
    if not line.lstrip().startswith(("**", "__")):
        return None
    match = _BOLD_LABEL.match(line)
    if match is None or not _numbered(match.group("label")):
        return None
    return match.group("label").strip()


def _opens_with_answer_or_solution(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    return _opens_with_answer(doc, index) or (
        block.kind == "paragraph" and _SOLUTION_LINE.match(doc.lines[block.first]) is not None
    )


def _opens_with_working(doc: Document, index: int) -> bool:
    """The block opens the back under a problem heading: the answer line, or the written-out working before
    it, whose first step is the problem's data (`**Given:**`, `**Gegeben:**`, `**Дано:**`) or a solution label."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return False
    line = doc.lines[block.first]
    return _ANSWER_LINE.match(line) is not None or _SOLUTION_LINE.match(line) is not None or sheet_data_label(line)


def _spaced_options(doc: Document, index: int) -> bool:
    """A paragraph made only of a question's options (`A) 17  B) 19  C) 21`, or one a line)."""
    return doc.blocks[index].kind == "paragraph" and options_only(doc.block_text(index))


# What a key says when it is not given yet: nothing, or a dash (`**Rpta.: —**`).
_NO_KEY = re.compile(r"^[\s*_\-–—?¿.…]*$")


def _unkeyed(doc: Document, blocks: list[int]) -> str | None:
    """`no answer` for a labelled item's back with no key line, or whose key line gives nothing but a dash."""
    keys = [i for i in blocks if _opens_with_answer(doc, i)]
    if not keys:
        return "no answer"
    text = doc.block_text(keys[0]).strip()
    match = _ANSWER_LINE.match(text)
    assert match is not None
    return "no answer" if _NO_KEY.match(text[match.end() :]) else None


def _opens_with_answer(doc: Document, index: int) -> bool:
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return False
    return _ANSWER_LINE.match(doc.lines[block.first]) is not None


# `**Hint:** …`, `*Tip.* …`, `Hint 2: …`: a paragraph that helps with the problem; neither question nor answer.
_HINT = re.compile(r"^[ \t]*(?P<b>\*\*|__|\*|_|)(?:hints?|tips?|clues?)(?:[ \t]*\d+)?[ \t]*(?:[:.](?P=b)|(?P=b)[ \t]*[:.])", re.I)


def _hints_in(doc: Document, statement: list[int]) -> list[int]:
    """The hint paragraphs after the first block of a statement (`**Hint:** R² is scored between 0 and 1.`):
    they go to the card's context, not to its front."""
    return [i for i in statement[1:] if doc.blocks[i].kind == "paragraph" and _HINT.match(doc.lines[doc.blocks[i].first])]


def _hint_context(text: str) -> str:
    """A hint paragraph as one context line, its label without emphasis: `Hint: R² is scored …`."""
    match = _HINT.match(text)
    assert match is not None
    label = match.group(0).replace("*", "").replace("_", "").strip()
    return " ".join(f"{label} {text[match.end() :]}".split())


# `*(page wouldn't load — redo this one)*`: an emphasised note in parentheses where the answer goes.
_NOTE = re.compile(r"^(?P<e>\*\*|__|[*_])[ \t]*[(（][^()（）\n]+[)）][ \t]*(?P=e)$")


def _placeholder_after_label(back: str, label: re.Pattern[str] = _ANSWER_LINE) -> str | None:
    """`placeholder` when what follows the answer label (or the solution LABEL) on its line is a note to self
    (`???`, `TODO`, `*(redo this one)*`), whatever explanation comes after it: the writer has not settled the
    answer."""
    match = label.match(back)
    if match is None:
        return None
    line = back[match.end() :].split("\n", 1)[0]
    rest = line.strip().removeprefix("**").removeprefix("__").strip()
    if not rest:
        return None
    if _NOTE.match(rest):
        return "placeholder"
    return "placeholder" if placeholder_reason(rest) is not None or empty_reason(rest) == "placeholder" else None


def _empty_after_label(back: str) -> str | None:
    """`no answer` when nothing but the answer label is written (`**Answer:**` with only a comment under it)."""
    match = _ANSWER_LINE.match(back)
    if match is None:
        return None
    rest = back[match.end() :].strip().strip("*_").strip()
    return "no answer" if not rest else None
