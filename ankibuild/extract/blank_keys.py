"""Keyed blanks: a list of fill-in-the-blank sentences whose blanks carry keys (`（　①　）`, `( 2 )`), answered
together by one key block after the list that gives each key its word.

    以下の（　）に入る語句を答えよ。

    1. カーネルモジュールの一覧を表示するコマンドは（　①　）である。
    2. ランレベル 3 に相当するターゲットは（　②　）である。

    <details><summary>解答</summary>

    ① `lsmod`
    ② `multi-user.target`

    </details>

1. **The list** is a free top-level list, two items or more, each holding a keyed blank: a bracket holding only
   a key (a circled number `①`–`⑳`, a number or a letter, spaces around it, full-width ones too).
2. **The key block** follows the list (only an instruction-free gap of HTML between): a `<details>` block, up to
   its `</details>`, or a paragraph, made of lines that open with a key (`① lsmod`, `(2): multi-user.target`).
   Each item is a card: its sentence on the front, the words of its keys on the back. An item whose keys have
   no word is `unanswered`.
3. **Blanks keyed by number.** A numbered list whose every item holds an empty blank (`（　　　）`, `( )`,
   `____`), two items or more, answered by the paragraph right after it when that paragraph opens with an
   answer-key label (`**解答**`, `**Answers:**`, `Key:`, the titles `questions.KEY_TITLE` knows) over entries
   `number. word` set apart by spaces (`**解答**　1. 大化の改新　2. 大宝律令`): item N is a card answered by entry
   N; an item the key leaves out, or whose entry is a placeholder (`？？（要確認）`), is `unanswered`.
4. **The instruction** right above the list (one short paragraph: `以下の（　）に入る語句を答えよ。`, `Fill in
   the blanks.`) is its context, not a card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, next_block_past_comments
from .outline import clean_heading, heading_path, topic_tags
from .questions import KEY_TITLE

CONVENTION = "blank-key"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# `（　①　）`, `( 2 )`, `[ a ]`, `【③】`: a blank holding only its key (a number or letter with spaces
# around it, so that `f(x)` and `[1]` are no blanks).
_BLANK = lazy_pattern(
    rf"[（(\[【](?:[ \t\u3000_]*(?P<key>[{_CIRCLED}])[ \t\u3000_]*|[ \t\u3000_]+(?P<other>\d{{1,2}}|[a-zA-Z])[ \t\u3000_]+)[)）\]】]"
)
# `① lsmod`, `(2): target`, `- ③ $$`: a line of the key block.
_KEY_LINE = lazy_pattern(
    rf"^[ \t]*(?:[-*+][ \t]+)?(?:(?P<c>[{_CIRCLED}])|[（(\[【][ \t]*(?P<k>\d{{1,2}}|[a-zA-Z])[ \t]*[)）\]】])[ \t]*[:：.、]?[ \t\u3000]*(?P<text>.*)$"
)
_PRECHECK = lazy_pattern(rf"[（(\[【][ \t\u3000_]*[{_CIRCLED}][ \t\u3000_]*[)）\]】]|[（(][ \t\u3000]+\d{{1,2}}[ \t\u3000]+[)）]")
# `( `, `(\t` or `(\u3000`, in one scan that skips from `(` to `(` (three `in` tests step through the text).
_SPACED_PARENTHESIS = lazy_pattern(r"\((?=[ \t\u3000])")
_INSTRUCTION_MAX = 80
# An empty blank: `（　　　）`, `( )`, `____`, `＿＿`.
_EMPTY_BLANK = lazy_pattern(r"[（(][ \t\u3000]+[)）]|_{3,}|＿{2,}")
_EMPTY_PRECHECK = lazy_pattern(r"[（(][ \t\u3000]+[)）]")
# The label opening a key paragraph: `**解答**`, `**Answers:**`, `Key:` (its title word checked by `KEY_TITLE`).
_KEY_LABEL = lazy_pattern(r"^[ \t]*(?P<b>\*\*|__)?(?P<title>[^*_:：\n]{1,30}?)[ \t]*[:：]?[ \t]*(?(b)(?P=b))[ \t]*[:：]?[ \t\u3000]*")
# An entry of such a key: `1. word`, `2) word`, `3．word`, after the label or a space.
_ENTRY = lazy_pattern(r"(?:^|(?<=[ \t\u3000]))(\d{1,3})[.)．、][ \t\u3000]*(?=\S)")


def _may_hold_blanks(text: str) -> bool:
    """False only when TEXT holds no keyed blank (`_PRECHECK`): a blank with a circled key holds a circled
    number, one with a plain key opens with a bracket and a space. Searching for those characters first is a
    fast scan; the pattern, opening with a character class, is tried at every character."""
    if "（" not in text and not any(map(text.__contains__, _CIRCLED)) and _SPACED_PARENTHESIS.search(text) is None:
        return False
    return _PRECHECK.search(text) is not None or _EMPTY_PRECHECK.search(text) is not None


def _item_texts(doc: Document, index: int, numbers: list[str] | None = None) -> list[tuple[int, str]] | None:
    """(line, text) of each item of a list, or None when it is nested or not a list; NUMBERS, when given,
    receives each item's number (`info` of an ordered list's item, "" in a bullet list)."""
    block = doc.blocks[index]
    if block.kind not in ("ordered_list", "bullet_list"):
        return None
    items: list[tuple[int, str]] = []
    depth = 0
    for n in range(block.start, block.end):
        token = doc.tokens[n]
        if token.type == "list_item_open" and depth == 1 and token.map is not None:
            inline = doc.tokens[n + 2] if doc.tokens[n + 1].type == "paragraph_open" else None
            items.append((token.map[0], inline.content.strip() if inline is not None else ""))
            if numbers is not None:
                numbers.append(token.info)
        if token.type in ("bullet_list_open", "ordered_list_open") and depth >= 1:
            return None
        depth += token.nesting
    return items


def _keys_block(doc: Document, taken: Mapping[int, str], after: int) -> tuple[dict[str, str], int] | None:
    """The words of the key block after block index `after` - 1, and the line after it, or None."""
    if after >= len(doc.blocks) or not is_free(doc, taken, after):
        return None
    block = doc.blocks[after]
    if block.kind == "html_block" and "<details" in doc.lines[block.first].lower():
        end = next((n for n in range(block.first, len(doc.lines)) if "</details>" in doc.lines[n].lower()), None)
        if end is None:
            return None
        lines = range(block.first, end + 1)
        last = end + 1
    elif block.kind == "paragraph":
        lines = range(block.first, block.last)
        last = block.last
    else:
        return None
    words: dict[str, str] = {}
    for n in lines:
        line = re.sub(r"</?(?:details|summary)[^>]*>.*?(?:</summary>)?", "", doc.lines[n], flags=re.I).strip()
        match = _KEY_LINE.match(line)
        if match is not None:
            key = match.group("c") or match.group("k")
            words[key] = match.group("text").strip()
    return (words, last) if words else None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from keyed blanks answered by a key block after their list (see the module docstring)."""
    if not _may_hold_blanks(doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("ordered_list", "bullet_list") or not is_free(doc, taken, index):
            continue
        items = _item_texts(doc, index)
        if not items or len(items) < 2:
            continue
        keyed = [(line, text, [m.group("key") or m.group("other") for m in _BLANK.finditer(text)]) for line, text in items]
        if not all(keys for _, _, keys in keyed):
            _numbered_blanks(doc, taken, index, (drafts, diagnostics, claims))
            continue
        found = _keys_block(doc, taken, index + 1)
        if found is None:
            continue
        words, last = found
        if not any(key in words for _, _, keys in keyed for key in keys):
            continue
        section = doc.section_of_block(index)
        path: tuple[str, ...] = ()
        if section is not None and not (section.level == 1 and section.title == doc.title):
            path = section.path + (section.title,)
        context = tuple(clean_heading(p) for p in path)
        for line, text, keys in keyed:
            answers = [f"{key} {words[key]}" for key in keys if words.get(key)]
            if len(answers) < len(keys):
                diagnostics.append(unanswered(doc.loc(line), text, "no answer"))
                continue
            drafts.append(CardDraft(doc.loc(line), CONVENTION, text, "\n\n".join(answers), context, topic_tags(path)))
        claims.update(claim(block.first, last, "card"))
        before = index - 1
        if before >= 0 and doc.blocks[before].kind == "paragraph" and is_free(doc, taken, before):
            lead = doc.block_text(before).strip()
            if "\n" not in lead and len(lead) <= _INSTRUCTION_MAX:
                claims.update(claim(doc.blocks[before].first, doc.blocks[before].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _numbered_blanks(doc: Document, taken: Mapping[int, str], index: int, made: tuple[list[CardDraft], list[Diagnostic], dict[int, str]]) -> None:
    """Cards of a numbered list of empty blanks answered by number in the key paragraph right after it
    (point 3 of the module docstring), added to MADE (drafts, diagnostics, claims)."""
    drafts, diagnostics, claims = made
    numbers: list[str] = []
    items = _item_texts(doc, index, numbers)
    if not items or len(items) < 2 or not all(numbers) or not all(_EMPTY_BLANK.search(text) for _, text in items):
        return
    after = next_block_past_comments(doc, index)
    if after >= len(doc.blocks) or doc.blocks[after].kind != "paragraph" or not is_free(doc, taken, after):
        return
    entries = _numbered_key(doc.block_text(after).strip())
    if entries is None or not any(number in entries for number in numbers):
        return
    block = doc.blocks[index]
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    for (line, text), number in zip(items, numbers, strict=True):
        word = entries.get(number, "")
        reason = (empty_reason(word) or _unknown(word)) if word else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(line), text, reason))
            continue
        drafts.append(CardDraft(doc.loc(line), CONVENTION, text, word, context, topic_tags(path)))
    claims.update(claim(block.first, doc.blocks[after].last, "card"))


def _numbered_key(text: str) -> dict[str, str] | None:
    """The entries of a key paragraph (`**解答**　1. word　2. word`) by number, or None when it does not open
    with an answer-key label followed by entries."""
    label = _KEY_LABEL.match(text)
    if label is None or KEY_TITLE.match(label.group("title").strip()) is None:
        return None
    rest = text[label.end() :]
    marks = list(_ENTRY.finditer(rest))
    if not marks or marks[0].start() != 0:
        return None
    entries: dict[str, str] = {}
    for at, mark in enumerate(marks):
        end = marks[at + 1].start() if at + 1 < len(marks) else len(rest)
        entries[str(int(mark.group(1)))] = " ".join(rest[mark.end() : end].split())
    return entries


def _unknown(word: str) -> str | None:
    """`placeholder` for an entry of question marks (`？？`, with an aside after them: `？？（要確認）`)."""
    return "placeholder" if re.match(r"^[?？]{2,}", word) else None
