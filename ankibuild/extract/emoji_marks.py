"""The emoji that mark questions and answers in posts (`❓ What …?` over `✅ …`): the marks, the text after
one, and the question a marked text asks. Shared by the emoji-post, emoji-item and thread-post rules."""

from __future__ import annotations

import re

from .questions import clean_question

ASK_MARKS = ("\u2753", "\u2754", "\U0001f914", "\U0001f64b")  # ❓ ❔ 🤔 🙋
"""The emoji that open a question."""
ANSWER_MARKS = ("\u2705", "\u2714", "\u2611", "\U0001f449", "\U0001f170", "\u27a1")  # ✅ ✔ ☑ 👉 🅰 ➡
"""The emoji that open an answer."""
# What may sit between the mark and the text: a variation selector, a zero-width joiner and a gender sign
# (`🙋‍♀️`), a skin tone, emphasis opened around the mark (`**❓ What …?**`).
AFTER_MARK = re.compile(r"^(?:[\ufe0f\u200d\u2640\u2642]|[\U0001f3fb-\U0001f3ff])*[ \t]*")
BEFORE_MARK = re.compile(r"^(?:\*\*|__|\*|_)?[ \t]*")
"""Emphasis opened before a mark (`**❓ What …?**`)."""
# `Q:`, `Q1.`, `Question 3:`, `Frage:`, `Pregunta:`, `Вопрос:`, `问：`: a label after the question emoji.
_QUESTION_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:q|question|frage|pregunta|domanda|pergunta|вопрос|питання|pytanie|问题?|問題?|질문)"
    r"[ \t]*\d*[ \t]*(?:\*\*|__)?[ \t]*[:.：)][ \t]*(?:\*\*|__)?[ \t]*",
    re.I,
)
# `**Question:**`, `**Recall**:`: a short bold label opening the text after an emoji.
BOLD_LABEL = re.compile(r"^(?:\*\*|__)[^\W\d_][^*_:：\n]{0,24}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[:：])[ \t]*")


def after_mark(text: str, marks: tuple[str, ...]) -> str | None:
    """The text after its opening emoji (emphasis before it aside) when that emoji is one of `marks`."""
    text = text.lstrip()
    opened = BEFORE_MARK.match(text)
    rest = text[opened.end() :] if opened else text
    for mark in marks:
        if rest.startswith(mark):
            after = rest[len(mark) :]
            return AFTER_MARK.sub("", after, count=1)
    return None


def question_of(source: str) -> str:
    """The question of a text that opens with a question emoji: the mark, a `Q:` label and emphasis around
    the whole question gone."""
    rest = after_mark(source, ASK_MARKS) or ""
    text = " ".join(rest.split())
    opened = source.lstrip()[:2]
    if opened in ("**", "__") and text.endswith(opened):
        text = text[:-2].strip()  # `**❓ What …?**`: the bold opened before the mark
    text = _QUESTION_LABEL.sub("", text, count=1)
    label = BOLD_LABEL.match(text)
    if label is not None and text[label.end() :].strip():
        text = text[label.end() :].strip()  # `❓ **Cwestiwn:** …`: the label of a method's first step, in any language
    for mark in ("**", "__"):
        if text.endswith(mark) and text.count(mark) % 2:
            text = text[:-2].strip()  # `**Q:** What …?**` or `**Q: What …?**`: the bold closed after the label
    for mark in ("**", "__"):
        if text.startswith(mark) and text.endswith(mark) and len(text) > 4 and mark not in text[2:-2]:
            text = text[2:-2].strip()
    question, _ = clean_question(text)
    return question
