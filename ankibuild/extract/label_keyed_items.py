"""Exam items under a bold question label, keyed in a quote: the question word of the notes' language and
a number in bold, a dash and the stem, the options (if any) in the next paragraph, then a blockquote that
opens with the answer key, as exam review notes copy past papers:

    **Question 04** — What is the maximum term of a lease under the 1925 Act?

    a) 21 years
    b) 99 years
    c) 999 years

    > **Key: C**
    > s. 149, read with the schedule.

1. **The stem** is a free paragraph opening with a bold label made of a question word and a number
   (`**Questão 01**`, `**Pregunta 3:**`, `**Domanda 12**`, `**Frage 2.**`, `**Soru 5**`), then a dash,
   a colon or nothing, then the stem.
2. **The options**, when there are any, are the next paragraph (or the stem paragraph's own lines after the
   first), made only of option lines lettered in order from A or a (`a) …`, `(B) …`, `C. …`).
3. **The key** is the blockquote right after (HTML comments between are left out) whose first line opens
   with an answer or answer-key label (`Answer`, `Respuesta`, `Risposta`, `Antwort`, the words
   `questions.ANSWER_LABEL_WORDS` knows, and the key titles of `questions.KEY_TITLE`: `Key`, `Gabarito`,
   `Lösung`, `Solución` …), plain or in bold, its colon inside or outside the bold, and the letter of the
   key inside it too (`> **Gabarito: B**`, `> **Key:** text`, `> Respuesta: text`).

The front is the stem; the back the options and the key with its label, or, for a stem without options, the
key without its label. A document needs two keyed items: then a key that is empty or only a placeholder
(`> Key: ??? (check)`) and a stem that asks with no key after it are reported `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, unanswered, unquote
from .document import Document, block_kinds, lazy_pattern, may_open_a_line, next_block_past_comments
from .questions import ANSWER_LABEL_WORDS, KEY_TITLE, is_question

CONVENTION = "label-keyed-item"

# The question words a stem label opens with, in full (`**Q3.**`, a bold number, is the quoted-key rule's).
_QUESTION_WORDS = (
    r"(?:questão|questao|question|pregunta|cuestión|cuestion|domanda|quesito|frage|pergunta|vraag"
    r"|soru|вопрос|питання|pytanie|otázka|kysymys|kérdés|spørgsmål|spørsmål|fråga|fraga|câu|soal|soalan)"
)
# The cheap test: a line whose first word starts with a question word (`**Questão 01**`).
_QUESTION_WORD_STARTS = (
    "quest", "pregunta", "cuesti", "domanda", "quesito", "frage", "pergunta", "vraag", "soru",
    "вопрос", "питання", "pytanie", "otázka", "kysymys", "kérdés", "spørgsm", "fråga", "fraga", "câu", "soal",
)  # fmt: skip
_STEM = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)" + _QUESTION_WORDS + r"[ \t]*(?:n[º°o.][ \t]*|[#№][ \t]*)?\d{1,3}[a-z]?[.:)]?(?P=b)"
    r"[ \t]*(?:[—–\-:.][ \t]*)?(?P<stem>\S.*)$",
    re.I,
)
# A heading that only labels the item: `Questão 3`, `Question 12 – (2019 paper)`, `Frage 2: [Altklausur]`.
_LABEL_HEADING = lazy_pattern(
    _QUESTION_WORDS + r"[ \t]*(?:n[º°o.][ \t]*|[#№][ \t]*)?\d{1,3}[a-z]?[.:)]?(?:[ \t]*[—–\-:][ \t]*)?(?:[(\[][^()\[\]]*[)\]])?[ \t]*$",
    re.I,
)
_OPTION = lazy_pattern(r"^\(?([A-Fa-f])[.)][ \t]*\S")
# The singular key words `questions.KEY_TITLE` (a section title, often plural) leaves out, and the "correct answer" labels.
_KEY_WORDS = (
    r"clave|chave|chiave|schlüssel|soluci[óo]n|solu[çc][ãa]o|soluzione|"
    r"(?:respuesta|resposta|risposta)[ \t]+corret?ct?a|r[ée]ponse[ \t]+correcte|correct[ \t]+answer"
)
_WORD = lazy_pattern(r"(?:" + _KEY_WORDS + "|" + ANSWER_LABEL_WORDS + r")(?!\w)", re.I)
_NUMBER = lazy_pattern(r"[ \t]*(?:\d{1,3}[a-z]?[ \t]*)?")
_MIN_KEYED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from stems under a bold question label, keyed in a quote (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    kinds = block_kinds(doc)
    if ("blockquote" not in kinds and "heading" not in kinds) or not may_open_a_line(doc, _QUESTION_WORD_STARTS):
        return RuleResult()
    items = [item for index in range(len(doc.blocks)) if (item := _item(doc, taken, index)) is not None]
    if sum(1 for *_, key in items if key is not None) < _MIN_KEYED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, stem, options, key in items:
        titled = doc.blocks[index].kind == "heading"  # the label heading over the stem paragraph
        if key is None:
            if is_question(stem):
                last = doc.blocks[index + 1 if titled else index].last
                diagnostics.append(unanswered(doc.loc(doc.blocks[index].first), stem, "no answer"))
                claims.update(dict.fromkeys(range(doc.blocks[index].first, last), "unanswered"))
            continue
        key_text = unquote(doc.block_text(key)).strip()
        end = doc.blocks[key].last
        remark = next_block_past_comments(doc, key)
        # `**Gabarito:** B` over `> 💬 why`: the remark explains the key
        if doc.blocks[key].kind == "paragraph" and remark < len(doc.blocks) and doc.blocks[remark].kind == "blockquote" and is_free(doc, taken, remark):
            key_text += "\n\n" + doc.block_text(remark).strip()
            end = doc.blocks[remark].last
        parsed = _key(key_text)
        assert parsed is not None  # `_item` checked it
        answer = parsed.strip()
        reason = empty_reason(answer) if answer else "no answer"
        if reason == "only options":
            reason = None  # `> Key: (a) … ; (b) …`: a labelled key that enumerates its points answers
        back = options + "\n\n" + key_text if options else answer
        if titled:  # the card sits at the label heading; its context is the headings above that one
            block_card(doc, CONVENTION, index + 1, end, stem, back, reason, (drafts, diagnostics, claims), doc.blocks[index].first)
        else:
            block_card(doc, CONVENTION, index, end, stem, back, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, taken: Mapping[int, str], index: int) -> tuple[int, str, str, int | None] | None:
    """(stem block, stem, options, key block or None) of the item whose stem is block `index`, or None."""
    blocks = doc.blocks
    block = blocks[index]
    if block.kind not in ("paragraph", "heading") or not is_free(doc, taken, index):
        return None
    if block.kind == "heading":
        # `### Questão 3 – (ENEM 2021)`: a heading that is only the label (and the item's source in brackets),
        # over the stem paragraph.
        inline = doc.inline(block)
        if inline is None or _LABEL_HEADING.match(inline.content.strip()) is None:
            return None
        first = index + 1
        if first >= len(blocks) or blocks[first].kind != "paragraph" or not is_free(doc, taken, first):
            return None
        lines = [line.strip() for line in doc.lines[blocks[first].first : blocks[first].last]]
        if _OPTION.match(lines[0]):
            return None
        head, lines = lines[0], lines[1:]
    else:
        match = _STEM.match(doc.lines[block.first])
        if match is None:
            return None
        first = index
        head = match.group("stem").strip()
        lines = [line.strip() for line in doc.lines[block.first + 1 : block.last]]
    opening = next((n for n, line in enumerate(lines) if _OPTION.match(line)), len(lines))
    stem = " ".join([head, *lines[:opening]])
    options = ""
    if opening < len(lines):
        if not _lettered_in_order(lines[opening:]):
            return None
        options = "\n".join(lines[opening:])
    after = next_block_past_comments(doc, first)
    if not options and after < len(blocks) and blocks[after].kind == "paragraph":
        candidate = [line.strip() for line in doc.lines[blocks[after].first : blocks[after].last]]
        if _lettered_in_order(candidate):
            options = "\n".join(candidate)
            after = next_block_past_comments(doc, after)
    if after >= len(blocks) or blocks[after].kind not in ("blockquote", "paragraph"):
        return index, stem, options, None
    if blocks[after].kind == "paragraph" and (block.kind != "heading" or not doc.lines[blocks[after].first].lstrip().startswith(("**", "__"))):
        return index, stem, options, None  # a key in the open is read under a label heading only, in bold
    if _key(unquote(doc.block_text(after)).strip()) is None:
        return index, stem, options, None
    if not taken.keys().isdisjoint(range(block.first, blocks[after].last)):
        return None
    return index, stem, options, after


def _key(text: str) -> str | None:
    """The answer of a key quote's content `text` (its label removed, a key letter in the bold kept in bold),
    or None when it does not open with an answer or answer-key label."""
    bold = text[:2] if text[:2] in ("**", "__") else ""
    rest = text[len(bold) :]
    word = _WORD.match(rest)
    title = KEY_TITLE.match(rest)
    ends = [m.end() for m in (word, title) if m is not None]
    if not ends:
        return None
    rest = rest[max(ends) :]
    rest = rest[_NUMBER.match(rest).end() :]  # type: ignore[union-attr]
    if bold and rest.startswith(bold):
        rest = rest[2:].lstrip(" \t")  # `**Key**: …`
        bold = ""
    if rest[:1] not in (":", "："):
        return None
    rest = rest[1:].lstrip(" \t")
    if not bold:
        return rest
    if rest.startswith(bold):
        return rest[2:]  # `**Key:** …`
    close = rest.find(bold)
    inner = rest[:close] if close > 0 else ""
    if not inner or "\n" in inner:
        return None
    return bold + inner.strip() + bold + rest[close + 2 :]  # `**Key: C** — …`, `**Key: B**` / explanation


def _lettered_in_order(lines: Sequence[str]) -> bool:
    """True for lines made only of options lettered in order from A (or a), two at least."""
    letters: list[str] = []
    for line in lines:
        match = _OPTION.match(line)
        if match is None:
            return False
        letters.append(match.group(1))
    expected = "ABCDEF" if letters and letters[0].isupper() else "abcdef"
    return len(letters) >= 2 and "".join(letters) == expected[: len(letters)]

