"""Question headings answered by the next heading, titled as the answer (org-drill exports, flashcard
outlines written one heading per side):

    ### What does the zeroth law state? :drill:
    ### Answer
    If two systems are each in equilibrium with a third, …

A heading with nothing under it (an org `:PROPERTIES:` … `:END:` drawer and HTML comments are metadata, not
content) followed at once by a heading that only labels an answer (`Answer`, `Solution`, `Back`, `Antwort`,
`Lösung`, `Respuesta`, `Réponse`, `Svar`, `Ответ`, `答案` …), of the same level or deeper, is a card: the
question heading is the front (its org tags and `TODO`/`DONE` keyword gone, see `document`), the answer
section with its sub-sections the back. The answer heading is never a card of its own. A heading that does
not ask (`Ideal gas law :drill:`) is a front too where the document pairs two headings or more so; an
answer section that is empty or a placeholder leaves its question `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, lazy_pattern, titles_may_hold
from .outline import clean_heading, heading_question, topic_tags

CONVENTION = "answer-heading"

# One answer, not a key: `Answers` / `Solutions` over many questions are other rules' (answer sections).
_ANSWER_TITLE = lazy_pattern(
    r"^\W*(?:answer|solution|back(?:[ \t]+side)?|antwort|l[öo]sung|respuesta|soluci[oó]n|r[ée]ponse|solution|"
    r"risposta|soluzione|resposta|solu[cç][aã]o|antwoord|oplossing|svar|vastaus|odpowied[zź]|rozwi[aą]zanie|"
    r"odpov[eě]ď|[řr]e[šs]en[ií]|ответ|решение|відповідь|cevap|çözüm|jawaban|đáp[ \t]+án|答案?|解答|回答|答え|정답|답변?|풀이)"
    r"\W*$",
    re.I,
)
# `:PROPERTIES:` … `:END:`: an org drawer, the item's metadata (`:ID:`, `:DRILL_LAST_INTERVAL:`).
_DRAWER = re.compile(r"^[ \t]*:[A-Z_]+:[ \t]*\n(?:.*\n)*?[ \t]*:END:[ \t]*$", re.I)
# A piece of each word `_ANSWER_TITLE` reads (`solu` of `solution`, `soluzione`, `solução`; `sung` of `Lösung`;
# `sen` and `šen` of `řešení`; `答` of `答案`, `解答`, `回答`): a title it matches holds one of them, and so does
# the heading it was cleaned from (`clean_heading` only takes a number off its start).
_ANSWER_TITLE_WORDS = (
    "answer", "solu", "back", "antwo", "sung", "respu", "ponse", "rispo", "respo", "oplossing", "svar", "vastaus",
    "odpowied", "rozwi", "odpov", "sen", "šen", "ответ", "решение", "відповідь", "cevap", "çözüm", "jawaban", "đáp",
    "答", "답", "풀이",
)  # fmt: skip
_MIN_PAIRS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings answered by the answer heading that follows them."""
    if not titles_may_hold(doc, _ANSWER_TITLE_WORDS):
        return RuleResult()  # no title holds a piece of an answer word: nearly every document
    sections = doc.sections
    answers = [n for n in range(1, len(sections)) if _ANSWER_TITLE.match(clean_heading(sections[n].title))]
    if not answers:
        return RuleResult()  # no heading titled as an answer: nearly every document
    pairs: list[tuple[int, int, list[int]]] = []
    for n in answers:
        asked, labelled = sections[n - 1], sections[n]
        if labelled.level < asked.level or (asked.level == 1 and asked.title == doc.title):
            continue
        if _ANSWER_TITLE.match(clean_heading(asked.title)) or doc.blocks[asked.block].first in taken:
            continue
        meta = [i for i in asked.body if is_free(doc, taken, i) and _is_metadata(doc, i)]
        if len(meta) != len(asked.body):
            continue  # a statement under the question: the solution-heading rule's problem
        pairs.append((n - 1, n, meta))
    if not pairs:
        return RuleResult()
    paired = len(pairs) >= _MIN_PAIRS
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for asked_index, answer_index, meta in pairs:
        asked = sections[asked_index]
        found = heading_question(doc, asked)
        if found is None and not paired:
            continue
        if found is not None and sections[answer_index].level > asked.level:
            continue  # `## What …?` over `### Answer`: the heading rule's, its answer keeping the label heading
        question = found[0] if found is not None else clean_heading(asked.title)
        blocks = _answer_blocks(doc, taken, answer_index)
        answer = build_answer(doc, blocks)
        head = doc.blocks[asked.block]
        loc = doc.loc(head.first)
        path = asked.path
        if answer.empty_reason is not None:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            outcome = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in path)
            tags = answer.tags + topic_tags(path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer.markdown, context, tags, answer_tokens=answer.tokens))
            outcome = "card"
        for i in [asked.block, *meta, sections[answer_index].block, *blocks]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_metadata(doc: Document, index: int) -> bool:
    """An org property drawer or an HTML comment: what a heading may hold and still ask nothing more."""
    block = doc.blocks[index]
    text = doc.block_text(index).strip()
    if block.kind == "html_block":
        return text.startswith("<!--") and text.endswith("-->")
    return block.kind == "paragraph" and text.startswith(":") and _DRAWER.match(text) is not None


def _answer_blocks(doc: Document, taken: Mapping[int, str], answer_index: int) -> list[int]:
    """The free blocks of the answer section and of its sub-sections."""
    answer = doc.sections[answer_index]
    blocks = list(answer.body)
    for later in range(answer_index + 1, len(doc.sections)):
        sub = doc.sections[later]
        if sub.level <= answer.level:
            break
        blocks.append(sub.block)
        blocks.extend(sub.body)
    return [i for i in blocks if is_free(doc, taken, i)]
