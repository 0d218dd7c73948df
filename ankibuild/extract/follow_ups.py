"""Follow-up questions: a labelled question after another question's answer, with its own answer.

    #### How does a CDN cache pages?
    Edge servers keep copies close to users …

    **Follow-up:** What happens when the origin is down?

    > Edges serve stale copies while they retry (`stale-if-error`).

The label (`Follow-up:`, `Follow up question:`, `Bonus:`, `Extra question:`, `Interviewer follow-up:`, and
in other languages `Nachfrage:`, `Pregunta de seguimiento:`, `Question de suivi :`, `面试官追问：`, `追加質問：`,
`후속 질문:` …; bold or plain, after an emoji or not) opens a paragraph, or the first paragraph of a block
quote, and the text after it asks (a `?`, or a command word for a follow-up label; a bonus or extra label
needs the `?` and a question or command word: `**Bonus:** the CLI also prints JSON` is an aside). The answer
is the rest of its paragraph or quote, else the blocks after it up to the next follow-up, heading or rule,
or a paragraph that opens the next item (a numbered label in bold, `**Q7:** …`, `**Exercise 4.2** …`, or a
bold question). Each follow-up is a card of its own and leaves the answer of the question above it (this
rule runs before the heading and details rules; a follow-up inside a `<details>` answer is left to the
details rule); one with nothing before the next follow-up, labelled aside or heading is reported
unanswered. A label alone on its line over a list (`**Follow-up questions:**` + `- How …?` items) asks each
item: what is nested under an item answers it, else it is unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, read_box, unanswered, unquote
from .collapsibles import find_details
from .document import Block, Document, dedent, lazy_pattern, may_open_a_line, search_at_words
from .outline import clean_heading, heading_path, topic_tags
from .questions import asks_in_other_script, asks_in_paragraph, is_question, starts_like_question

CONVENTION = "follow-up"

# Labels that always introduce a question asked after another one.
_FOLLOW_UP_WORDS = (
    r"(?:(?:interviewer(?:['’]s)?|possible|likely|common|typical|optional)\s+)?follow[- ]?ups?(?:\s+(?:questions?|q))?"
    r"|additional\s+questions?|further\s+questions?"
    r"|nachfragen?|zusatzfragen?|folgefragen?|vertiefungsfragen?"
    r"|preguntas?\s+de\s+seguimiento|seguimiento|preguntas?\s+adicional(?:es)?"
    r"|questions?\s+de\s+suivi|relance|questions?\s+subsidiaires?"
    r"|domande?\s+di\s+approfondimento|approfondimento"
    r"|perguntas?\s+de\s+acompanhamento|perguntas?\s+adiciona(?:l|is)"
    r"|дополнительн(?:ый|ые)\s+вопрос(?:ы)?|уточняющ(?:ий|ие)\s+вопрос(?:ы)?"
    r"|(?:面试官)?追问|继续追问|延伸问题|延伸問題|拓展问题|扩展问题|追加質問|深掘り(?:質問)?|후속\s*질문|추가\s*질문|꼬리\s*질문"
)
# Labels that introduce a question only when what follows has a question mark.
_BONUS_WORDS = (
    r"bonus(?:\s+questions?)?|extra(?:\s+questions?)?|bonusfragen?|pregunta\s+extra|questions?\s+bonus"
    r"|domanda\s+(?:bonus|extra)|pergunta\s+(?:b[oô]nus|extra)|附加题|加分题"
)
_LABEL = lazy_pattern(
    r"^[ \t]*(?:[^\w\s*_<>\[`(]{1,4}[ \t]*)?"  # an emoji or a mark before it: `💡`, `➕`, `🔁`
    r"(?P<m>\*\*|__|\*|_)?[ \t]*(?:[^\w\s*_<>\[`(]{1,4}[ \t]*)?"
    rf"(?:(?P<follow>{_FOLLOW_UP_WORDS})|(?P<bonus>{_BONUS_WORDS}))(?:[ \t]*#?\d+)?"
    r"(?(m)[ \t]*(?:[:：.][ \t]*(?P=m)|(?P=m)[ \t]*[:：.]?|[:：])|[ \t]*[:：])[ \t]*",
    re.I,
)
_PRECHECK = lazy_pattern(
    r"follow[- ]?up|additional\s+question|further\s+question|bonus|extra|nachfrage|zusatzfrage|folgefrage|"
    r"vertiefungsfrage|seguimiento|adicional|suivi|relance|subsidiaire|approfondimento|acompanhamento|"
    r"дополнительн|уточняющ|追问|延伸|拓展|扩展|追加|深掘り|후속|추가|꼬리|附加|加分",
    re.I,
)
# Every match of `_PRECHECK` starts with one of these (`document.search_at_words`).
# fmt: off
_PRECHECK_STARTS = (
    "follow", "additional", "further", "bonus", "extra", "nachfrage", "zusatzfrage", "folgefrage", "vertiefungsfrage",
    "seguimiento", "adicional", "suivi", "relance", "subsidiaire", "approfondimento", "acompanhamento",
    "дополнительн", "уточняющ", "追问", "延伸", "拓展", "扩展", "追加", "深掘り", "후속", "추가", "꼬리", "附加", "加分",
)
# The words a match of `_LABEL` opens with, before it only characters that are neither letters nor digits
# (indentation, an emoji, emphasis; a quote's `>`, which `unquote` removes): the first word of a line of the
# document starts with one of these wherever the rule finds a label (`document.may_open_a_line`).
_LABEL_STARTS = (
    "interviewer", "possible", "likely", "common", "typical", "optional", "follow", "additional", "further",
    "nachfrage", "zusatzfrage", "folgefrage", "vertiefungsfrage", "pregunta", "seguimiento", "question", "relance",
    "domand", "approfondimento", "pergunta", "дополнительн", "уточняющ", "面试官", "追问", "继续追问", "延伸", "拓展",
    "扩展", "追加", "深掘り", "후속", "추가", "꼬리", "bonus", "extra", "附加", "加分",
)
# fmt: on
# `**Exercise 4.2**`, `**Q7:**`, `__Problem 3.__`: a numbered label in bold opens an item of its own.
_NUMBERED_LABEL = lazy_pattern(r"^[ \t]*(?:\*\*|__)[^\W\d_]{1,20}[ \t]*#?\d+(?:\.\d+)*[a-z]?[ \t]*[.:)：]?[ \t]*(?:\*\*|__)")
_QUESTION_END = lazy_pattern(r"[?？؟][*_]*\s*$")
_WRAPPED = lazy_pattern(r"^(\*\*|__|\*|_)(?P<inner>.+?)\1$", re.S)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from labelled follow-up questions."""
    # Only a paragraph or quote whose first line `_LABEL` matches starts a follow-up: without a line opening
    # with a label's first word, or without a label's words anywhere, the rule finds nothing.
    if not (may_open_a_line(doc, _LABEL_STARTS) and search_at_words(doc, _PRECHECK, _PRECHECK_STARTS)):
        return RuleResult()  # no label anywhere: most documents
    seen = dict(taken)
    starts = {
        index: found
        for index, block in enumerate(doc.blocks)
        if block.kind in ("paragraph", "blockquote") and is_free(doc, seen, index) and (found := _follow_up(doc, index))
    }
    starts.update(_follow_up_headings(doc, seen))
    if starts and "<details" in doc.source.text.lower():
        inside = {n for region in find_details(doc) for n in range(region.first, region.last)}
        starts = {i: found for i, found in starts.items() if doc.blocks[i].first not in inside}  # the details rule's
    if not starts:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in [i for i, (question, lead) in starts.items() if not question]:
        _listed(doc, seen, index, drafts, diagnostics, claims)
    for index, (question, lead) in starts.items():
        if not question:
            continue
        block = doc.blocks[index]
        used = [index]
        answer = lead
        tokens: tuple[tuple[int, int], ...] = ()
        tags: tuple[str, ...] = ()
        if not answer.strip():
            following = _answer_blocks(doc, seen, index, starts)
            built = build_answer(doc, following)
            answer, tags, tokens = built.markdown, built.tags, built.tokens
            used.extend(built.claimed)
        reason = empty_reason(answer)
        loc = doc.loc(block.first)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
        else:
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, tags + topic_tags(path), answer_tokens=tokens))
        for i in used:
            lines = claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered" if reason else "card")
            claims.update(lines)
            seen.update(lines)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _follow_up(doc: Document, index: int) -> tuple[str, str] | None:
    """(question, answer Markdown in the same paragraph or quote) for a block that opens with a follow-up
    label and asks, else None."""
    block = doc.blocks[index]
    if block.kind == "blockquote":
        if read_box(doc, doc.tokens[block.start]) is not None:
            return None  # a callout: the box rules read it
        inner = unquote(doc.text(block.first, block.last)).split("\n")
    else:
        inner = list(doc.lines[block.first : block.last])
    match = _LABEL.match(inner[0])
    if match is None:
        return None
    head: list[str] = [inner[0][match.end() :]]
    rest = inner[1:]
    # The question runs to the line that ends with a question mark, or to the end of its paragraph.
    while not _QUESTION_END.search(head[-1]) and rest and rest[0].strip():
        head.append(rest.pop(0))
    question = _unwrap(" ".join(" ".join(head).split()), match.group("m"))
    if not question:
        # `**Follow-up questions:**` over a list of them: ('', '') marks it for `_listed`.
        following = _list_after(doc, index)
        listed = block.kind == "paragraph" and len(inner) == 1 and following is not None
        return ("", "") if listed and following is not None and _all_items_ask(doc, following) else None
    asks = bool(_QUESTION_END.search(question))
    if not asks and (match.group("bonus") or not (is_question(question) or asks_in_other_script(question))):
        return None
    if match.group("bonus") and not (starts_like_question(question.lstrip("*_ ")) or asks_in_other_script(question)):
        return None  # `**Extra:** Want more? See the blog.`: a bonus label asks with a question word
    return question, dedent(rest).strip("\n")


# `#### 🔁 꼬리 질문`, `### Follow-up questions`, `#### 追问：`: a heading that is only a follow-up label.
_HEADING_LABEL = lazy_pattern(rf"^[^\w\s]{{0,4}}[ \t]*(?:{_FOLLOW_UP_WORDS})(?:[ \t]*#?\d+)?[ \t]*[:：]?[ \t]*$", re.I)


def _follow_up_headings(doc: Document, seen: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """A follow-up label as a heading over a list whose items all ask (`#### 🔁 꼬리 질문` + `- Why …?` items,
    each answered by what is nested under it): ('', '') marks it for `_listed`, as a label paragraph is."""
    found: dict[int, tuple[str, str]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "heading" or not is_free(doc, seen, index):
            continue
        inline = doc.inline(block)
        title = inline.content.strip() if inline is not None else ""
        if not title or not _HEADING_LABEL.match(title):
            continue
        following = _list_after(doc, index)
        if following is not None and is_free(doc, seen, index + 1) and _all_items_ask(doc, following):
            found[index] = ("", "")
    return found


def _unwrap(text: str, mark: str | None) -> str:
    """The question without the emphasis around it (`**RR 级别下能完全避免幻读吗？**`), or without the closing
    mark of a label that opened inside it (`**Follow-up: why?**`)."""
    if mark and text.endswith(mark) and mark not in text[: -len(mark)]:
        text = text[: -len(mark)].strip()
    wrapped = _WRAPPED.match(text)
    return wrapped.group("inner").strip() if wrapped else text.strip()


def _answer_blocks(doc: Document, seen: Mapping[int, str], index: int, starts: Mapping[int, object]) -> list[int]:
    """The free blocks after a follow-up up to the next follow-up, heading or rule."""
    found: list[int] = []
    for later in range(index + 1, len(doc.blocks)):
        block = doc.blocks[later]
        if later in starts or block.kind in ("heading", "hr") or not is_free(doc, seen, later):
            break
        if block.kind == "paragraph" and _LABEL.match(doc.lines[block.first]):
            break  # `**Bonus:** …` without a question: an aside of its own, not this answer
        if block.kind == "paragraph" and (_NUMBERED_LABEL.match(doc.lines[block.first]) or asks_in_paragraph(doc, block)):
            break  # `**Exercise 4.2** …`, `**Q7:** …?`, `**What is …?**`: the next item starts
        found.append(later)
    return found


def _list_after(doc: Document, index: int) -> Block | None:
    """The list right after block `index`, else None."""
    after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    return after if after is not None and after.kind in ("bullet_list", "ordered_list") else None


def _items(doc: Document, block: Block) -> list[tuple[int, str, str]]:
    """(first line, question Markdown, answer Markdown) of each top-level item of a list: the item's first
    paragraph asks, what is nested under it answers."""
    found: list[tuple[int, str, str]] = []
    tokens = doc.tokens
    for n in range(block.start, block.end):
        token = tokens[n]
        if token.type != "list_item_open" or token.level != 1 or token.map is None:
            continue
        first, last = token.map
        head = tokens[n + 2] if n + 2 < block.end and tokens[n + 1].type == "paragraph_open" else None
        paragraph = tokens[n + 1].map
        if head is None or head.type != "inline" or paragraph is None:
            found.append((first, "", ""))
            continue
        end = paragraph[1]
        found.append((first, " ".join(head.content.split()), dedent(doc.lines[end:last]).strip("\n")))
    return found


def _all_items_ask(doc: Document, block: Block) -> bool:
    items = _items(doc, block)
    return bool(items) and all(q and (_QUESTION_END.search(q) or is_question(q) or asks_in_other_script(q)) for _, q, _ in items)


def _listed(
    doc: Document,
    seen: dict[int, str],
    index: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """`**Follow-up questions:**` over a list of questions: each item a card with what is nested under it,
    else unanswered."""
    label, block = doc.blocks[index], doc.blocks[index + 1]
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    reasons: list[str] = []
    for line, question, answer in _items(doc, block):
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(line), question, reason))
        else:
            drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
        reasons.append("unanswered" if reason else "card")
    reason = "card" if "card" in reasons else "unanswered"
    for first, last in ((label.first, label.last), (block.first, block.last)):
        lines = claim(first, last, reason)
        claims.update(lines)
        seen.update(lines)
