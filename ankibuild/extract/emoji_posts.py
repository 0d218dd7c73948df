"""Emoji-marked Q&A posts (a channel's daily question collected into a page):

    ❓ **What does `typeof null` return?**

    ✅ `"object"`: a historical bug kept for compatibility.

    💡 `null == undefined` is `true`.

    ---

A paragraph that opens with a question emoji (`❓`, `❔`, `🤔`, `🙋`, a `Q:` label after it allowed) asks;
a code block right under it is part of the question (the code it asks about). A later line of that paragraph
opening with an answer emoji starts its answer (no blank line between them); else the next paragraph opening
with an answer emoji (`✅`, `✔️`, `☑️`, `👉`, `🅰️`, `➡️`, or `💡`/`📝` followed by an answer label such as
`Answer:`) is the answer, with the code blocks, lists and tables right under it. A question labelled in
bold after its emoji (`❓ **Question:** …`, as study methods that pair steps write it) is answered by the
next paragraph when that opens with an emoji and a bold label of its own (`🗣️ **Recall:** …`, `📖 **Réponse :** …`):
the label pair marks the question and its reply whatever the words (the question's own label, in any
language, leaves its front). When that reply is a step with its points under it and the paragraph after them
opens with an answer emoji (`❓ **Question:** …`, `📚 **Evidence:**` over a list, `✅ **Conclusion:** …`, as
question–evidence–conclusion revision writes it), the conclusion is the answer: the back shows the step and
the conclusion, labels kept, and a conclusion that is only a note to self (`TODO`, `_[to finish — …]_`)
leaves the question unanswered whatever the evidence. A tip after the answer (a
paragraph opening with another emoji: `💡 …`, `⚠️ …`) belongs to the post but not to the answer. A question
followed by anything else (`⏳ answer coming tomorrow…`, a rule, the next question) is `unanswered`. Read
only where two question paragraphs or more are marked so and at least one of them is answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document
from .emoji_marks import AFTER_MARK, ANSWER_MARKS, ASK_MARKS, BEFORE_MARK, BOLD_LABEL, after_mark, question_of
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, is_question, strip_answer_label

# `💡 Answer: …`, `📝 A: …`: a tip or note emoji labelled as the answer.
_LABELLED_MARKS = ("\U0001f4a1", "\U0001f4dd", "\U0001f4ac")  # 💡 📝 💬
_CONTINUES_ANSWER = frozenset({"fence", "code_block", "bullet_list", "ordered_list", "table", "blockquote"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question-emoji paragraphs answered by answer-emoji paragraphs."""
    text = doc.source.text
    if not any(mark in text for mark in ASK_MARKS):
        return RuleResult()  # no question emoji: nearly every document
    blocks = doc.blocks
    asking = [i for i, b in enumerate(blocks) if b.kind == "paragraph" and _marked(doc, i, ASK_MARKS) is not None]
    answered = any(_answer_text(doc, i) is not None for i, b in enumerate(blocks) if b.kind == "paragraph") or any(
        _labelled_reply(doc, i) is not None for i in asking
    )
    if len(asking) < 2 or not (answered or any(_split_post(doc, i)[1] is not None for i in asking)):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in asking:
        if not is_free(doc, taken, index):
            continue
        question = _question(doc, index)
        if not question:
            continue
        shown: list[int] = []
        n = index + 1
        answer_parts: list[str] = []
        span = [index]
        said = _split_post(doc, index)[1]
        stepped = False  # answered by a labelled reply, which may be a step towards a conclusion
        if said is None:
            while n < len(blocks) and blocks[n].kind in ("fence", "code_block") and is_free(doc, taken, n):
                shown.append(n)
                n += 1
            span.extend(shown)
            said = _answer_text(doc, n) if n < len(blocks) and is_free(doc, taken, n) else None
            if said is None and n == index + 1 and n < len(blocks) and is_free(doc, taken, n):
                said = _labelled_reply(doc, index)
                stepped = said is not None
            if said is not None:
                span.append(n)
                n += 1
        if said is not None:
            answer_parts.append(said)
            while n < len(blocks) and is_free(doc, taken, n) and _continues(doc, n):
                answer_parts.append(doc.block_text(n).strip())
                span.append(n)
                n += 1
        concluded = _conclusion(doc, taken, n) if stepped else None
        if concluded is not None:
            # `📚 **Evidence:**` and its points, then `✅ **Conclusion:** …`: steps towards the answer, which
            # the answer-emoji paragraph gives; the back shows both, labels kept.
            answer_parts[0] = _step_text(doc, index + 1)
            said = concluded[1]
            answer_parts.append(concluded[0])
            span.append(n)
            n += 1
        elif n < len(blocks) and blocks[n].kind == "paragraph" and is_free(doc, taken, n) and _opens_with_emoji(doc, n):
            if _marked(doc, n, ASK_MARKS) is None:
                span.append(n)  # `⏳ answer coming tomorrow…`: the post's stand-in for an answer
            n += 1
        # Tips after the answer (`💡 …`): the post's, not the answer's.
        while (
            said is not None
            and n < len(blocks)
            and blocks[n].kind == "paragraph"
            and is_free(doc, taken, n)
            and _opens_with_emoji(doc, n)
            and _marked(doc, n, ASK_MARKS) is None
            and _answer_text(doc, n) is None
        ):
            span.append(n)
            n += 1
        answer = "\n\n".join(p for p in answer_parts if p)
        reason = empty_reason(answer) if said is not None else "no answer"
        if concluded is not None:
            reason = empty_reason(concluded[1]) or ("placeholder" if _BRACKETED_NOTE.match(concluded[1]) else None)
        loc = doc.loc(blocks[index].first)
        if reason is not None:
            if said is None and not is_question(question):
                continue  # a marked line that asks nothing and is not answered: leave it
            diagnostics.append(unanswered(loc, question, reason))
            outcome = "unanswered"
        else:
            front = question
            if shown:
                code = "\n\n".join(doc.block_text(i).strip() for i in shown)
                front = f"{question}\n\n{code}"
            path = heading_path(doc, index)
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, "emoji-post", front, answer, context, topic_tags(path)))
            outcome = "card"
        for i in span:
            claims.update(claim(blocks[i].first, blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _marked(doc: Document, index: int, marks: tuple[str, ...]) -> str | None:
    """The paragraph's text after its opening emoji when that emoji is one of `marks`, else None."""
    return after_mark(doc.block_text(index), marks)


def _opens_with_emoji(doc: Document, index: int) -> bool:
    """True for a paragraph whose first character (emphasis aside) is a pictograph: `⏳ …`, `💡 …`."""
    text = doc.block_text(index).lstrip()
    opened = BEFORE_MARK.match(text)
    rest = text[opened.end() :] if opened else text
    if not rest or rest[0].isascii():
        return False
    code = ord(rest[0])
    return 0x2190 <= code <= 0x2BFF or code >= 0x1F000


def _question(doc: Document, index: int) -> str:
    """The asked text: the mark, a `Q:` label and emphasis around the whole question gone (an answer on the
    paragraph's later lines, `_split_post`, left out)."""
    return question_of(_split_post(doc, index)[0])


def _split_post(doc: Document, index: int) -> tuple[str, str | None]:
    """A question paragraph and the answer on its later lines, when one of them opens with an answer emoji
    (`❓ What …?` over `✅ …` with no blank line between): (question source, answer or None)."""
    text = doc.block_text(index)
    lines = text.split("\n")
    for n in range(1, len(lines)):
        said = _answer_of(lines[n])
        if said is not None:
            return "\n".join(lines[:n]), "\n".join([said, *lines[n + 1 :]]).strip()
    return text, None


def _answer_text(doc: Document, index: int) -> str | None:
    """The answer a paragraph gives after its answer emoji (and label), or None when it opens otherwise."""
    if doc.blocks[index].kind != "paragraph":
        return None
    return _answer_of(doc.block_text(index))


def _answer_of(text: str) -> str | None:
    said = after_mark(text, ANSWER_MARKS)
    if said is None:
        labelled = after_mark(text, _LABELLED_MARKS)
        if labelled is None or not ANSWER_LABEL.match(labelled):
            return None
        said = labelled
    return strip_answer_label(said.strip()).strip()


# `_[to finish — need more evidence]_`: a note in brackets and emphasis standing where the conclusion goes.
_BRACKETED_NOTE = re.compile(r"^(?P<e>\*\*|\*|_)[(\[（][^()\[\]（）\n]*\S\s+\S+\s+\S[^()\[\]（）\n]*[)\]）](?P=e)$")


def _step_text(doc: Document, index: int) -> str:
    """A step paragraph without its opening emoji (`📚 **Evidence:**` → `**Evidence:**`)."""
    text = doc.block_text(index).strip()
    return AFTER_MARK.sub("", text[1:], count=1).strip()


def _conclusion(doc: Document, taken: Mapping[int, str], index: int) -> tuple[str, str] | None:
    """After a labelled step and its points (`📚 **Evidence:**` over a list), the answer-emoji paragraph that
    concludes (`✅ **Conclusion:** …`): (its text without the emoji, what it says after its label); None
    when the next block is none."""
    if index >= len(doc.blocks) or not is_free(doc, taken, index) or _answer_text(doc, index) is None:
        return None
    shown = after_mark(doc.block_text(index), ANSWER_MARKS)
    if shown is None:
        return None
    shown = shown.strip()
    label = BOLD_LABEL.match(shown)
    return shown, (shown[label.end() :] if label else shown).strip()


def _continues(doc: Document, index: int) -> bool:
    """True for a block that goes on with the answer above: code, a list, a table, a quote, or a lead-in
    paragraph ending with `:` right over one of those."""
    block = doc.blocks[index]
    if block.kind in _CONTINUES_ANSWER:
        return True
    if block.kind != "paragraph" or _opens_with_emoji(doc, index) or not doc.block_text(index).rstrip().endswith(":"):
        return False
    after = index + 1
    return after < len(doc.blocks) and doc.blocks[after].kind in _CONTINUES_ANSWER


def _labelled_reply(doc: Document, index: int) -> str | None:
    """The reply to question paragraph INDEX when the question carries a bold label after its emoji
    (`❓ **Question:** …`) and the next paragraph opens with an emoji and a bold label too (`🗣️ **Recall:** …`):
    the text after that label (empty when the writer left it blank), else None."""
    asked = _marked(doc, index, ASK_MARKS)
    following = index + 1
    if asked is None or not BOLD_LABEL.match(asked) or following >= len(doc.blocks):
        return None
    if doc.blocks[following].kind != "paragraph" or not _opens_with_emoji(doc, following):
        return None
    if _marked(doc, following, ASK_MARKS) is not None:
        return None
    text = doc.block_text(following).lstrip()
    after = AFTER_MARK.sub("", text[1:], count=1)
    label = BOLD_LABEL.match(after)
    return None if label is None else after[label.end() :].strip()
