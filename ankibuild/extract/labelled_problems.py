"""Labelled problems: a numbered bold label opening a fact pattern that ends with a question, answered by the
next paragraph opening with an answer label.

    **Case 2.** A patient on warfarin starts a course of rifampicin. Two weeks later the INR is 1.1. Why?

    *Explanation:* Rifampicin induces CYP2C9 and speeds up the breakdown of warfarin.

gives one card: the paragraph after its label on the front (the whole fact pattern: the question needs it),
the answer paragraph without its label on the back, with the blocks after it (`*Why not the others:* …`, a
list, code) up to the next labelled problem, heading, rule or comment.

**What counts.** A free paragraph opening with a bold label made of a word and a number (`**Hypo 1.**`,
`**Scenario 4.**`, `**Problem 3:**`, `__Fall 2.__`), its text asking in one of its sentences
(questions.is_question), followed by a paragraph opening with an emphasised answer label (`*Analysis:*`,
`*Answer:*`, `**Solution:**`, `**Discussion:**`, `*Explanation.*`; `Réponse`, `Lösung`, `Respuesta`,
`Resposta`, `Soluzione`, `Antwoord`, `Svar`, `Odpowiedź`, `Ответ`, `Đáp án`, `答案`, `解析` …). A document
needs two such answered problems at least. Then a problem of the same label word (`Hypo`) whose answer label
is left empty, or that has no answer paragraph at all, is reported unanswered when it asks; one that asks
nothing (`**Hypo 4.** Same as Hypo 1, but …`) is a card when it is answered. A case book writes the answer label on the line under the problem, in the same paragraph
(`**SITUATION 3:** …` over `**RULING:** …` and `**COMMENT:** …`): the lines above the label are the front,
the rest of the paragraph the back; three such problems of one label word are read though they narrate
rather than ask. Read before the answer-paragraph
and bold-question rules, so that the problems of a section are cards of their own, not one answer running on
under the section's first problem.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import answer_run_end, block_card, empty_reason
from .document import Document, free_blocks_of, lazy_pattern, may_open_emphasised
from .questions import is_question

CONVENTION = "labelled-problem"

# `**Hypo 1.** …`, `**Scenario 4:** …`, `**Case 2**. …`: a word (or two) and a number, in bold, then the text.
_PROBLEM = lazy_pattern(
    r"^(?P<b>\*\*|__)(?P<word>[^\W\d_][^\W\d_'’-]{0,24}(?:[ \t][^\W\d_]{1,24})?)[ \t]+(?:#|№|No\.?[ \t]?)?"
    r"(?P<number>\d{1,3}[a-z]?)[ \t]*[.:)]?(?P=b)[ \t]*[.:—–-]?[ \t]+(?P<rest>\S.*)$",
    re.S,
)
# The answer labels, as they are written: in lower case, capitalised or in capitals (`Analysis`, `SOLUTION`).
_LABELS = (
    "answer", "answers", "ans", "solution", "solutions", "analysis", "discussion", "explanation", "resolution",
    "response", "ruling", "suggested answer", "suggested solution", "model answer", "sample answer", "short answer",
    "my answer", "our answer", "réponse", "reponse", "corrigé", "correction", "lösung", "losung", "antwort",
    "analyse", "respuesta", "solución", "solucion", "análisis", "resposta", "solução", "análise", "risposta",
    "soluzione", "analisi", "antwoord", "oplossing", "svar", "lösning", "løsning", "odpowiedź", "odp.", "rozwiązanie",
    "ответ", "решение", "разбор", "đáp án", "lời giải", "giải", "答案", "解答", "解析", "回答", "答", "정답",
    "풀이", "해설", "jawaban", "cevap", "çözüm", "vastaus", "ratkaisu", "απάντηση", "λύση",
)  # fmt: skip
_VARIANTS = sorted({v for w in _LABELS for v in (w, w.capitalize(), w.title(), w.upper())}, key=len, reverse=True)
_ANSWER_WORDS = "|".join(re.escape(v) for v in _VARIANTS)
# Their first words as the precheck finds them (`document.may_open_emphasised`), as written and lowered.
_HEADS = frozenset(variant.split()[0].lower() for variant in _VARIANTS)


# `*Analysis:*`, `**Solution:**`, `*Answer*:`, `**Discussion.**`: the label alone in its emphasis, a colon or
# full stop inside or right after it, then the answer (or nothing: a label left to fill in).
_ANSWER = lazy_pattern(
    rf"^(?P<m>\*\*|__|\*|_)(?:{_ANSWER_WORDS})[ \t]*(?:(?:[:：.](?P=m))|(?:(?P=m)[ \t]*[:：.]))[ \t]*(?P<rest>.*)$",
    re.S,
)
_SENTENCE_END = re.compile(r"(?<=[.!?。？！])\s+")
_MIN_ANSWERED = 2
# Problems answered in their own paragraph need not ask (a case book's situations narrate): three at least.
_MIN_INLINE = 3


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from labelled problems answered by a labelled paragraph (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if not may_open_emphasised(doc, _HEADS):
        return RuleResult()  # no line opens with an emphasised answer label: the pair is required
    blocks = doc.blocks
    lines = doc.lines
    # (block index, label word, question, asks, answer match or None, line where the item ends, line where
    # the answer label stands when it is in the problem's own paragraph, else -1)
    items: list[tuple[int, str, str, bool, re.Match[str] | None, int, int]] = []
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = blocks[index]
        if not lines[block.first].startswith(("**", "__")):
            continue
        problem = _PROBLEM.match(doc.text(block.first, block.last))
        if problem is None:
            continue
        question = " ".join(problem.group("rest").split())
        after = index + 1
        answer = None
        end = block.last
        at = _answer_line(doc, block.first, block.last)
        if at >= 0:
            answer = _ANSWER.match(doc.text(at, block.last))
            opening = _PROBLEM.match(doc.text(block.first, at))
            question = " ".join(opening.group("rest").split()) if opening is not None else question
            end = _answer_end(doc, taken, after)
        elif after < len(blocks) and blocks[after].kind == "paragraph":
            following = blocks[after]
            if taken.keys().isdisjoint(range(following.first, following.last)):
                answer = _ANSWER.match(doc.text(following.first, following.last))
                if answer is not None:
                    end = _answer_end(doc, taken, after + 1)
        items.append((index, problem.group("word").casefold(), question, _asks(question), answer, end, at))
    words = {word for _, word, _, asks, answer, _, _ in items if asks and answer is not None}
    inline = Counter(word for _, word, _, _, answer, _, at in items if answer is not None and at >= 0)
    words |= {word for word, count in inline.items() if count >= _MIN_INLINE}
    if sum(1 for _, word, _, _, answer, _, _ in items if answer is not None and word in words) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    made = (drafts, diagnostics, claims)
    for index, word, question, asks, answer, end, at in items:
        if word not in words:
            continue
        if answer is None:
            if asks:
                block_card(doc, CONVENTION, index, end, question, "", "no answer", made)
            continue
        if at >= 0:
            first, last = at, doc.blocks[index].last
        else:
            first, last = doc.blocks[index + 1].first, doc.blocks[index + 1].last
        rest = answer.group("rest").strip()
        more = doc.text(last, end).strip()
        body = "\n\n".join(part for part in (rest, more) if part)
        block_card(doc, CONVENTION, index, max(end, first + 1), question, body, empty_reason(body), made)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _asks(text: str) -> bool:
    """True when the text, or one of its sentences after the first, asks or commands (`is_question`)."""
    return is_question(text) or any(is_question(part) for part in _SENTENCE_END.split(text)[1:])


def _answer_line(doc: Document, first: int, last: int) -> int:
    """The line of the problem's paragraph (lines FIRST to LAST) after its first that opens with an answer
    label, or -1: a case book writes its ruling on the line under the case, no blank line between."""
    for line in range(first + 1, last):
        if doc.lines[line].startswith(("*", "_")) and _ANSWER.match(doc.lines[line]) is not None:
            return line
    return -1


def _answer_end(doc: Document, taken: Mapping[int, str], start: int) -> int:
    """The line after the answer whose labelled paragraph is block `start - 1`: the blocks from START on join
    it up to the next heading, rule, comment, claimed block or labelled problem."""
    return answer_run_end(doc, taken, start, lambda block: _PROBLEM.match(doc.text(block.first, block.last)) is not None)
