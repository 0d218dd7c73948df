"""Answer keys: a numbered list of review questions, answered by the numbered list of a later section
titled as the key.

    ## Review questions
    1. Where does glycolysis take place?
    2. Explain chemiosmosis.

    ## Answer key
    1. In the cytoplasm.
    2. H⁺ flows back through ATP synthase …

gives one card per question, its answer the key's item with the same number. The key is the first numbered
list of a section whose title names it (`Answer key`, `Answers`, `Solutions`, `Key`, `Lösungen`,
`Respuestas`, `Soluciones`, `Réponses`, `Corrigé`, `Risposte`, `Gabarito`, `Ответы`, `Đáp án`, `答案`,
`解答`, `정답` …, numbering and emoji aside); the questions are the nearest numbered list before that section
whose items mostly ask (a `?` or a command word) and whose numbers are, for the most part, the key's. A
question whose number the key lacks, or whose key item is empty or a placeholder, is reported `unanswered`.
Runs before the `numbered` rule, which would otherwise report such questions one by one.

The key may also be a numbered list right under a paragraph that is only a bold label naming it, in the
questions' own section (`**Answers:**`, `**Ответы:**`, `**Жауаптары:**`, `**Javoblar:**`): the questions are then
the nearest numbered list before that label, matched by number as above. Or it is folded away: a `<details>`
block in the questions' own section that holds one numbered list and nothing else, every number of which is a
question's (`<summary>Solutions — Topic 2</summary>` over `5. …` `6. …` after questions 5–8, past the table
they work on). The summary's words are never read (a hint or a question summary is another rule's): the
fold hides the key, and its numbers prove it the key of these questions. Where two sections or more are keyed
so, a sibling section whose numbered list has no key (numbered on from the key before it: `13.` after `12.`)
is `unanswered`, item by item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, remark_or_empty_reason, unanswered
from .collapsibles import DetailsRegion, find_details, is_hint
from .document import Document, block_at, has_free_blocks, lazy_pattern, may_open_a_line, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .question_lists import item_text, ordered_items
from .questions import KEY_TITLE, clean_question, is_question

CONVENTION = "answer-key"

_KEY_TITLE = KEY_TITLE
_DRESS = lazy_pattern(r"^[\W\d_]*")
_MIN_QUESTIONS = 2
# `**Challenge:** …`, `**Bonus**: …`: a bold label opening a paragraph, and the same label in the key.
_BOLD_LABEL = lazy_pattern(r"^\s*(?:\*\*|__)([^*_\n:：]{1,30}?)(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])\s*(?=\S)")
_PLAIN_LABEL = lazy_pattern(r"^\s*(?:\*\*|__)?([^*_\n:：]{1,30}?)(?:\*\*|__)?[:：](?:\*\*|__)?\s*")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing a numbered question list with the numbered answer key below it."""
    if not has_free_blocks(doc, taken, ("ordered_list",)):
        return RuleResult()  # a key is a free numbered list: late in the chain most documents have none left
    found = _titled_keys(doc, taken)
    for keys in (_labelled_keys, _folded_keys):
        more = keys(doc, {**taken, **found.claims})
        if more.claims:
            found = RuleResult(found.drafts + more.drafts, found.diagnostics + more.diagnostics, {**found.claims, **more.claims})
    return found


def _titled_keys(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing a numbered question list with the numbered list of a later section titled as the key."""
    keys = [n for n, section in enumerate(doc.sections) if _KEY_TITLE.match(_DRESS.sub("", section.title))]
    if not keys:
        return RuleResult()  # no section titled as an answer key: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    used: set[int] = set()
    floor = -1  # the questions of a key lie after the previous key: each block is scanned once at most
    for n in keys:
        section = doc.sections[n]
        key = next((i for i in section.body if doc.blocks[i].kind == "ordered_list" and is_free(doc, taken, i)), None)
        if key is None:
            continue
        answers = {number: span for number, span in ordered_items(doc, key)}
        asked = _question_list(doc, taken, section.block, answers, used, floor)
        floor = section.block
        if asked is None:
            continue
        index, questions = asked
        used.add(index)
        _card_keyed(doc, index, questions, answers, _keyed_reason, (), drafts, diagnostics, claims)
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for line, question, answer, lines in _labelled_extras(doc, taken, index, section.block, section.body):
            reason = _keyed_reason(answer)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), question, reason))
            else:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
            for first, last in lines:
                claims.update(claim(first, last, "unanswered" if reason else "card"))
        head, listed = doc.blocks[section.block], doc.blocks[key]
        claims.update(claim(head.first, head.last, "card"))
        claims.update(claim(listed.first, listed.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _folded_keys(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing a numbered question list with the numbered list a `<details>` block after it holds, in
    the same section."""
    regions = find_details(doc)  # found once for the rules that ask; none without a `<d`
    if not regions:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    used: set[int] = set()
    keyed: list[tuple[int, int, int]] = []  # each keyed question list: its index, first and last numbers
    floor = -1
    for region in regions:
        key = _folded_list(doc, taken, region)
        if key is None:
            continue
        opener = key - 1
        section = doc.section_of_block(opener)
        start = max(floor, section.block if section is not None else -1)
        answers = dict(ordered_items(doc, key))
        asked = _question_list(doc, taken, opener, answers, used, start)
        floor = key + 1
        if asked is None or not set(answers) <= {number for number, _ in asked[1]}:
            continue  # a key names only the questions it answers
        listed, questions = asked
        used.add(listed)
        # `— *(to fill in after lecture 6)*` keeps its place in the key
        _card_keyed(doc, listed, questions, answers, remark_or_empty_reason, (opener, key, key + 1), drafts, diagnostics, claims)
        keyed.append((listed, questions[0][0], questions[-1][0]))
    if len(keyed) >= _MIN_FOLDED:
        for first, last, question in _keyless_questions(doc, {**taken, **claims}, keyed):
            diagnostics.append(unanswered(doc.loc(first), question, "no answer"))
            claims.update(claim(first, last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_MIN_FOLDED = 2
"""Sections keyed by folded keys that show a sheet's sections are written so."""


def _keyless_questions(
    doc: Document, taken: Mapping[int, str], keyed: Sequence[tuple[int, int, int]]
) -> list[tuple[int, int, str]]:
    """The questions of a sibling section of the keyed ones (same level, same parent) that holds a free
    numbered list and no key: numbered on from the keyed list before it (`13.` after a key ending at `12.`),
    or from the number each keyed list starts at. (first line, line after, question) for each of its items."""
    sections = {doc.section_of_block(listed) for listed, _, _ in keyed}
    if None in sections or len({(s.level, s.parent) for s in sections if s is not None}) != 1:
        return []
    model = next(s for s in sections if s is not None)
    starts = {start for _, start, _ in keyed}
    found: list[tuple[int, int, str]] = []
    for section in doc.sections:
        if section in sections or section.level != model.level or section.parent != model.parent:
            continue
        listed = next((i for i in section.body if doc.blocks[i].kind == "ordered_list"), None)
        before = [end for index, _, end in keyed if index < section.block]
        if listed is None or not before or not is_free(doc, taken, listed):
            continue
        items = ordered_items(doc, listed)
        if not items or (items[0][0] != before[-1] + 1 and starts != {items[0][0]}):
            continue
        for _, (first, last) in items:
            found.append((first, last, clean_question(" ".join(item_text(doc, first, last).split()))[0]))
    return found


def _folded_list(doc: Document, taken: Mapping[int, str], region: DetailsRegion) -> int | None:
    """The index of the free numbered list that a `<details>` block holds alone, between its opening block
    (the tag and its summary) and its closing tag; None for any other details, or one titled as a hint."""
    if region.children or is_hint(region):
        return None
    opener = block_at(doc, region.first)
    if opener is None or opener + 2 >= len(doc.blocks):
        return None
    key, closer = doc.blocks[opener + 1], doc.blocks[opener + 2]
    if doc.blocks[opener].kind != "html_block" or key.kind != "ordered_list" or closer.kind != "html_block":
        return None
    if closer.first != region.last - 1 or closer.last != region.last or not is_free(doc, taken, opener + 1):
        return None
    # The tags may be claimed already, as the details rule claims a group's tags; never as a card.
    if any(taken.get(line, "skip:details") != "skip:details" for line in (region.first, region.last - 1)):
        return None
    return opener + 1


def _question_list(
    doc: Document,
    taken: Mapping[int, str],
    before: int,
    answers: Mapping[int, tuple[int, int]],
    used: set[int],
    floor: int,
) -> tuple[int, list[tuple[int, tuple[int, int]]]] | None:
    """The nearest free numbered list before block `before` whose items mostly ask and whose numbers are
    mostly the key's: its index and numbered items."""
    for index in range(before - 1, floor, -1):
        block = doc.blocks[index]
        if block.kind != "ordered_list" or index in used or not is_free(doc, taken, index):
            continue
        items = ordered_items(doc, index)
        if len(items) < _MIN_QUESTIONS:
            continue
        asking = sum(1 for _, (first, last) in items if is_question(" ".join(item_text(doc, first, last).split())))
        keyed = sum(1 for number, _ in items if number in answers)
        if 2 * asking > len(items) and 2 * keyed > len(items):
            return index, items
        return None  # the nearest numbered list is not the key's questions: none further up is
    return None


def _labelled_extras(
    doc: Document, taken: Mapping[int, str], index: int, key_head: int, key_body: tuple[int, ...]
) -> list[tuple[int, str, str, list[tuple[int, int]]]]:
    """Labelled tasks right after the question list (`**Challenge:** Predict …`) that the key answers under
    the same label (`Challenge: …`): (line, question, answer, line spans to claim). The key's label is what
    proves the paragraph a question."""
    found: list[tuple[int, str, str, list[tuple[int, int]]]] = []
    for i in range(index + 1, key_head):
        block = doc.blocks[i]
        if block.kind != "paragraph" or not is_free(doc, taken, i):
            break
        match = _BOLD_LABEL.match(doc.lines[block.first])
        if match is None:
            break
        label = match.group(1).strip().casefold()
        question = " ".join(doc.block_text(i)[match.end() :].split())
        answered = next((k for k in key_body if _key_label(doc, k) == label and is_free(doc, taken, k)), None)
        if answered is None or not question:
            continue
        key_block = doc.blocks[answered]
        head = _PLAIN_LABEL.match(doc.lines[key_block.first])
        answer = doc.block_text(answered)[head.end() if head else 0 :].strip()
        found.append((block.first, question, answer, [(block.first, block.last), (key_block.first, key_block.last)]))
    return found


def _key_label(doc: Document, index: int) -> str | None:
    """The label opening a paragraph of the key section (`Challenge:`, `**Bonus:**`), lower-cased."""
    block = doc.blocks[index]
    if block.kind != "paragraph":
        return None
    match = _PLAIN_LABEL.match(doc.lines[block.first])
    return match.group(1).strip().casefold() if match else None


# What the labels that name a key open with (`**Answers:**`, `**Answer key:**`, `**Жауаптары:**`): the first
# word of every title `questions.KEY_TITLE` knows starts with one of these. The cheap test, on the lines' first
# words (`document.may_open_a_line`).
_KEY_WORD_STARTS = (
    "answer", "solu", "key", "model", "lösung", "antw", "respu", "clave", "répons", "corrig", "rispost",
    "respost", "gabarito", "oplossing", "ответ", "решени", "відповід", "odpowied", "cevap", "đáp", "lời",
    "jawab", "kunci", "答", "参考", "解答", "正解", "정답", "해답", "답안", "жауап", "javob", "atsakym", "yanıt",
    "ateb", "erantzun", "उत्तर", "উত্তর", "ಉತ್ತರ", "පිළිතුර",
)  # fmt: skip
# A bold label alone on its line right over a numbered list: `**Answers:**` / `1. …`.
_KEY_LABEL_OVER_LIST = lazy_pattern(
    r"^[ \t]{0,3}(?:\*\*|__)[^*_\n:：]{1,30}(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])[ \t]*\n[ \t]{0,3}\d{1,3}[.)]", re.M
)
_KEY_LABEL = lazy_pattern(r"^[ \t]{0,3}(?:\*\*|__)(?P<title>[^*_\n:：]{1,30}?)(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])[ \t]*$")


def _labelled_keys(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing a numbered question list with the numbered list under a bold label naming the key."""
    if not may_open_a_line(doc, _KEY_WORD_STARTS) or not search_lines(_KEY_LABEL_OVER_LIST, doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    used: set[int] = set()
    floor = -1
    for index, block in enumerate(doc.blocks[:-1]):
        if block.kind != "paragraph" or block.last - block.first != 1:
            continue
        label = _KEY_LABEL.match(doc.lines[block.first])
        key = index + 1
        if label is None or not _KEY_TITLE.fullmatch(label.group("title").strip()) or doc.blocks[key].kind != "ordered_list":
            continue
        if not is_free(doc, taken, index) or not is_free(doc, taken, key):
            continue
        answers = dict(ordered_items(doc, key))
        asked = _question_list(doc, taken, index, answers, used, floor)
        floor = index
        if asked is None:
            continue
        listed, questions = asked
        used.add(listed)
        _card_keyed(doc, listed, questions, answers, _keyed_reason, (index, key), drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _keyed_reason(answer: str) -> str | None:
    return empty_reason(answer) if answer.strip() else "no answer"


def _card_keyed(
    doc: Document,
    listed: int,
    questions: Sequence[tuple[int, tuple[int, int]]],
    answers: Mapping[int, tuple[int, int]],
    reason_of: Callable[[str], str | None],
    parts: Sequence[int],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """Card each numbered question of the list LISTED by its entry in ANSWERS (unanswered where REASON_OF
    finds the entry empty), and claim the list and the key's blocks PARTS."""
    path = heading_path(doc, listed)
    context = tuple(clean_heading(p) for p in path)
    for number, (first, last) in questions:
        question, _ = clean_question(" ".join(item_text(doc, first, last).split()))
        span = answers.get(number)
        answer = item_text(doc, *span) if span else ""
        reason = reason_of(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
        else:
            drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(first, last, "unanswered" if reason else "card"))
    for part in (listed, *parts):
        claims.update({line: "card" for line in range(doc.blocks[part].first, doc.blocks[part].last) if line not in claims})
