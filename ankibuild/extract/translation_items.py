"""Translation exercises: a sentence to translate, in italics, over a line labelled as its translation.

    **a)** *Hostibus victīs mīlitēs in castra rediērunt.*
    Übersetzung: When the enemies had been defeated, the soldiers returned to the camp.

    **b)** *Carpe diem.*
    Translation: ???

gives a card for the first (the sentence on the front, the translation on the back) and reports the second
unanswered. The shape: a paragraph whose first line is one italic sentence (`*…*` or `_…_`), after an
optional item mark (`**a)**`, `b.`, `**3.**`, `(c)`), and whose next line opens with the word for
"translation" and a colon: `Translation`, `Übersetzung`, `Traduction`, `Traducción`, `Traduzione`,
`Tradução`, `Vertaling`, `Перевод`, `Переклад`, `Tłumaczenie`, `Překlad`, `Prijevod`, `Çeviri`,
`Översättning`, `Oversættelse`, `Oversettelse`, `Käännös`, `Fordítás`, `Traducere`, `翻译`, `翻訳`, `번역`
(bold or not). A translation left as `???`, `…` or a note to self is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, free_blocks_of, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "translation-item"

_LABEL_WORDS = (
    "translation",
    "übersetzung",
    "traduction",
    "traducción",
    "traduzione",
    "tradução",
    "vertaling",
    "перевод",
    "переклад",
    "tłumaczenie",
    "překlad",
    "prijevod",
    "çeviri",
    "översättning",
    "oversættelse",
    "oversettelse",
    "käännös",
    "fordítás",
    "traducere",
    "翻译",
    "翻訳",
    "번역",
)
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)?(?:"
    + "|".join(_LABEL_WORDS)
    + r")[ \t]*(?(b)(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])|[:：])[ \t]*",
    re.I,
)
# `**a)** *Sentence.*`, `3. _Sentence._`, `*Sentence.*`: an optional item mark, then one italic sentence.
_SENTENCE = lazy_pattern(
    r"^[ \t]{0,3}(?:(?P<m>\*\*|__)?(?:\(?[a-z]\)|[a-z]\.|\d{1,3}[.)])(?(m)(?P=m))[ \t]+)?"
    r"(?P<e>\*|_)(?!(?P=e))(?P<s>[^*_\n]*[^\W_][^*_\n]*?)(?P=e)[ \t]*(?:\\|<br\s*/?>)?[ \t]*$"
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from italic sentences over a translation line."""
    if not a_line_opens_with(doc, _LABEL_WORDS):
        return RuleResult()  # no line opens with the word for "translation": nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    lines = doc.lines
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = doc.blocks[index]
        if block.last - block.first < 2:
            continue
        label = _LABEL.match(lines[block.first + 1])
        sentence = _SENTENCE.match(lines[block.first]) if label is not None else None
        if label is None or sentence is None:
            continue
        question = sentence["s"].strip()
        answer = "\n".join([lines[block.first + 1][label.end() :].strip(), *lines[block.first + 2 : block.last]]).strip()
        loc = doc.loc(block.first)
        reason = "no answer" if not answer else empty_reason(answer)
        span = range(block.first, block.last)
        if reason:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(dict.fromkeys(span, "unanswered"))
            continue
        path = heading_path(doc, index)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(dict.fromkeys(span, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
