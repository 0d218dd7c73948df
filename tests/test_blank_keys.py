"""The blank-key rule: fill-in-the-blank items with keyed blanks `（　①　）` answered by one key block after the
list; the instruction above is context; an item whose key has no word is unanswered."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


JAPANESE = """\
# 日本史 まとめ

## 穴埋め

次の（　）に当てはまる語を答えよ。

1. 鎌倉幕府を開いたのは（　①　）である。
2. 1600 年の戦いは（　②　）の戦いである。
3. 江戸幕府の初代将軍は（　③　）である。

<details><summary>解答</summary>

① 源頼朝
② 関ヶ原
③

</details>
"""


def test_each_keyed_item_is_a_card_answered_by_its_key() -> None:
    cards, unanswered = _outcome(JAPANESE)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        ("blank-key", "鎌倉幕府を開いたのは（　①　）である。", "① 源頼朝"),
        ("blank-key", "1600 年の戦いは（　②　）の戦いである。", "② 関ヶ原"),
    ]
    assert cards[0][3] == ("穴埋め",)
    assert len(unanswered) == 1 and "江戸幕府" in unanswered[0]
    assert not [c for c in cards if "当てはまる" in c[1]]


ENGLISH = """\
# Biology cloze

Fill in the blanks.

- The powerhouse of the cell is the ( 1 ).
- Plants make sugar in the ( 2 ).

(1) mitochondrion
(2) chloroplast
"""


def test_english_numbered_keys_in_a_paragraph() -> None:
    cards, _ = _outcome(ENGLISH)
    assert [(c[1], c[2]) for c in cards] == [
        ("The powerhouse of the cell is the ( 1 ).", "1 mitochondrion"),
        ("Plants make sugar in the ( 2 ).", "2 chloroplast"),
    ]


PLAIN_LIST = """\
# Maths

- f(x) grows faster than g(x).
- h(x) is bounded.

(a) see chapter 2
"""


def test_function_calls_are_no_blanks() -> None:
    cards, _ = _outcome(PLAIN_LIST)
    assert not [c for c in cards if c[0] == "blank-key"]
