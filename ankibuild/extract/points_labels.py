"""Quiz entries labelled with a number and their points: `**Question 4** (2 pts)` over the question.

    **Question 4** (2 pts)

    True or false: every AVL tree is a red-black tree. Justify.

    *Solution:* **True.** Colour each node by the parity of its height …

    ---

    **Question 5** (3 points)

    Consider the graph below.

    (a) Which edges does Kruskal add first?

Posted quizzes with solutions title each entry with a bold label and its points (`(2 pts)`, `(1 point)`,
`[3 marks]`); the points are never a question. The label paragraph holds only the label and the points, so
the question is the paragraph after it:

- when that paragraph asks (a `?`, a command, a question word, or a closing order such as `Explain.`,
  `Justify.`, `Show your work.`), it is the question and the blocks after it, up to the next label, heading or
  `---`, are the answer (its `Solution:` label dropped); nothing, or a placeholder (`Left as an exercise`), is
  `unanswered`;
- otherwise it is the stem of sub-questions (`(a) …?`, `(b) …?`) that other rules card: the label and the
  stem are context, never a card.

Graded notebooks write the question on the label's own line, after the points, and number it by section
(`**Question 2.1** (3 points). Write a function …`): that text is the question, the blocks after it the
answer, unless it is the stem of `(a)` … sub-questions. An answer that is only the cell handed out (`YOUR
ANSWER HERE`), or whose code still holds its `# YOUR CODE HERE` stub, is `unanswered`.

A label whose question an earlier rule already carded is claimed with it, so it is neither a card nor an
`unanswered` report. The rule runs only on documents with two such labels or more.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, code_left_to_fill, empty_reason, unanswered
from .document import Document, line_heads
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question, opens_with_question_word, starts_with_exercise

CONVENTION = "points-label"

_POINTS = r"[(\[][ \t]*\d{1,3}(?:[.,]\d)?[ \t]*(?:pts?|points?|marks?|punkte?|puntos?|pontos?|punti|balls?|баллов|балла|балл|分|점)\.?[ \t]*[)\]]"
_LABEL = re.compile(
    r"^[ \t]{0,3}(?P<b>\*\*|__)[ \t]*(?:question|q|problem|exercise|task|frage|aufgabe|pregunta|ejercicio|exercice|"
    r"questão|quest[ãa]o|domanda|esercizio|вопрос|задача|задание|问题|問題|题目|문제)[ \t]*[#№]?[ \t]*\d{1,3}(?:\.\d{1,3})?[a-z]?[ \t]*[.:)]?[ \t]*"
    r"(?:(?P=b)[ \t]*" + _POINTS + r"|" + _POINTS + r"[ \t]*(?P=b))[ \t]*(?:$|[.:][ \t]*$|[.:]?[ \t]+(?P<inline>\S.*)$)",
    re.I,
)
# `… must hold. Explain.`, `Justify your answer.`, `Show your work.`: a closing order makes a statement a question.
_CLOSING_ORDER = re.compile(
    r"(?:^|[.!:;)]\s+)(?:explain|justify|prove|discuss|show|argue|motivate|begründe|erkläre|begründen\s+sie|"
    r"erklären\s+sie|justifiez|expliquez|justifica|explica|justifique|explique|обоснуйте|объясните)\b[^.!?]{0,40}[.!]?[*_ \t]*$",
    re.I,
)
# `*Solution:*`, `**Lösung:**`, `_Solución_:`: the label that opens a posted solution.
_SOLUTION_LABEL = re.compile(
    r"^[ \t]*(?P<m>\*\*|__|[*_])[ \t]*(?:(?:sample\s+|model\s+)?solutions?|l[öo]sung|soluci[óo]n|solu[çc][ãa]o|soluzione|corrig[ée]|решение)"
    r"[ \t]*(?::[ \t]*(?P=m)|(?P=m)[ \t]*:)[ \t]*",
    re.I,
)
_MIN_LABELS = 2
_STOPS = frozenset({"heading", "hr"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards, `unanswered` reports and context claims for the points-labelled quiz entries."""
    text = doc.source.text
    if ("**" not in text and "__" not in text) or not _LABEL_HEAD.search(line_heads(doc)) or not _any_points(text):
        return RuleResult()  # the cheap precheck: no bold or no points anywhere, no points label
    labels: list[int] = []
    inline: dict[int, str] = {}  # label block -> the question written on the label's own line
    for i, block in enumerate(doc.blocks):
        if block.kind != "paragraph":
            continue
        match = _LABEL.match(doc.lines[block.first])
        if match is None:
            continue
        if match.group("inline") is not None:
            rest = doc.lines[block.first + 1 : block.last]
            inline[i] = "\n".join([match.group("inline"), *rest]).strip()
        elif block.last - block.first != 1:
            continue
        labels.append(i)
    if len(labels) < _MIN_LABELS:
        return RuleResult()
    label_set = frozenset(labels)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for label in labels:
        if not is_free(doc, taken, label):
            continue
        label_block = doc.blocks[label]
        after = label if label in inline else label + 1
        if after >= len(doc.blocks) or (after != label and (after in label_set or doc.blocks[after].kind in _STOPS)):
            continue
        if not is_free(doc, taken, after):
            if taken.get(doc.blocks[after].first) in ("card", "unanswered"):
                claims.update(claim(label_block.first, label_block.last, "context"))  # its question is carded
            continue
        stem = doc.blocks[after]
        if stem.kind != "paragraph":
            continue
        question_markdown = inline[label] if label in inline else doc.block_text(after).strip()
        question = " ".join(question_markdown.split())
        body: list[int] = []
        for following in range(after + 1, len(doc.blocks)):
            if following in label_set or doc.blocks[following].kind in _STOPS or not is_free(doc, taken, following):
                break
            body.append(following)
        if not _asks(question) and not (label in inline and not _opens_sub_questions(doc, body)):
            # The stem of sub-questions: the label and the stem, and its data up to the sub-questions, are context.
            claims.update(claim(label_block.first, stem.last, "context"))
            for following in body:
                if doc.blocks[following].kind == "paragraph":
                    break
                claims.update(claim(doc.blocks[following].first, doc.blocks[following].last, "context"))
            continue
        path = heading_path(doc, after)
        answer = build_answer(doc, body) if body else None
        markdown = _SOLUTION_LABEL.sub("", answer.markdown, count=1).lstrip() if answer is not None else ""
        reason = "no answer" if answer is None else empty_reason(markdown) or code_left_to_fill(markdown)
        last = doc.blocks[body[-1]].last if body else stem.last
        if reason or answer is None:
            diagnostics.append(unanswered(doc.loc(stem.first), question, reason))
            claims.update(claim(label_block.first, last, "unanswered"))
        else:
            context = tuple(clean_heading(p) for p in path)
            tags = (*topic_tags(path), *answer.tags)
            tokens = answer.tokens if markdown == answer.markdown else ()
            drafts.append(
                CardDraft(doc.loc(stem.first), CONVENTION, question_markdown, markdown, context, tags, answer_tokens=tokens)
            )
            claims.update(claim(label_block.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_ANY_POINTS = re.compile(_POINTS, re.I)
# The first word of a `_LABEL` line (`document.line_heads`: its first run of letters and digits, after the
# bold): a label word, with its number when no space parts them (`question`, `q4`, `问题3`, `aufgabe2b`).
_LABEL_HEAD = re.compile(
    r"\n(?:question|q|problem|exercise|task|frage|aufgabe|pregunta|ejercicio|exercice|questão|questao|domanda|"
    r"esercizio|вопрос|задача|задание|问题|問題|题目|문제)(?:\d{1,3}[a-z]?)?(?=\n|$)"
)


_SUB_QUESTION_KEY = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\([a-z]\)|[a-z]\))[ \t]", re.I)


def _opens_sub_questions(doc: Document, body: list[int]) -> bool:
    """Whether the blocks after a stem open with its sub-questions, keyed `(a)` or `a)`."""
    for index in body:
        if doc.blocks[index].kind in ("paragraph", "bullet_list", "ordered_list"):
            return _SUB_QUESTION_KEY.match(doc.lines[doc.blocks[index].first]) is not None
    return False


def _any_points(text: str) -> bool:
    return ("(" in text or "[" in text) and _ANY_POINTS.search(text) is not None


def _asks(question: str) -> bool:
    return (
        is_question(question)
        or "?" in question
        or "？" in question
        or opens_with_question_word(question)
        or starts_with_exercise(question)
        or _CLOSING_ORDER.search(question) is not None
    )
