"""The statement-heading rule: `### 問1　statement` true/false headings judged by the `**正解：〇**` line under
them; placeholders are unanswered; numbered headings without answer lines are no cards."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


DRILL = """\
# 基本情報 直前チェック

## 〇×問題

### 問1　`TCP` はコネクション型のプロトコルである。

**正解：〇**

### 問2　IPv6 のアドレス長は 64 ビットである。

**正解：×**
解説：128 ビット。

### 問3　DNS は UDP のみを使う。

（後で確認）

### 問4　HTTP は状態を持たない。

答え：〇
"""


def test_statements_judged_by_an_answer_line_become_cards() -> None:
    cards, unanswered = _outcome(DRILL)
    assert [c[1] for c in cards] == [
        "`TCP` はコネクション型のプロトコルである。",
        "IPv6 のアドレス長は 64 ビットである。",
        "HTTP は状態を持たない。",
    ]
    assert [c[0] for c in cards[:2]] == ["statement-heading", "statement-heading"]
    assert "〇" in cards[2][2]  # an unbolded `答え：〇` line: the rules before this one already read it
    assert "×" in cards[1][2] and "128 ビット" in cards[1][2]
    assert cards[0][3] == ("〇×問題",)
    assert len(unanswered) == 1 and "DNS は UDP のみを使う。" in unanswered[0]


ENGLISH = """\
# Networking true or false

## Q1. Switches work at layer 2.

**Answer:** True

## Q2. A hub filters frames by MAC address.

**Answer:** False — a hub repeats every frame to every port.
"""


def test_english_true_false_headings() -> None:
    # The heading rule, which runs first, already reads `**Answer:**` bodies: the same cards either way.
    cards, _ = _outcome(ENGLISH)
    assert [(c[1], c[2]) for c in cards] == [
        ("Switches work at layer 2.", "True"),
        ("A hub filters frames by MAC address.", "False — a hub repeats every frame to every port."),
    ]


CHAPTERS = """\
# Course

## Question 1 background

Some text.

## Question 2 background

More text.
"""


def test_numbered_headings_without_answer_lines_are_no_cards() -> None:
    cards, unanswered = _outcome(CHAPTERS)
    assert not [c for c in cards if c[0] == "statement-heading"]
    assert not unanswered
