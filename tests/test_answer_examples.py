"""The answer-example rule: past-paper question paragraphs answered by a `解答例：` paragraph."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

DATABASE = """\
# 午後問題ノート

## 令和3年 問6 データベース

### 設問1
(1) 表Aの主キーを答えよ。

**解答例：** 社員番号

（2）正規化が必要な理由を20字以内で述べよ。

**解答例**：更新時の不整合を防ぐため

- 自分の答え：重複を減らすため

### 設問2
トランザクションの原子性とは何か。

正解：すべて実行されるか、まったく実行されないかのどちらかになる性質

### 設問3
デッドロックの回避策を一つ挙げよ。

（あとで解く）

### 設問4
ロールバックを説明せよ。

---

## 感想

解答：と書いた段落がひとつだけでは問題にならない。
"""


def test_question_paragraphs_take_the_labelled_answer() -> None:
    cards, unanswered = cards_and_unanswered(DATABASE)
    rule = [(q, a) for _, name, q, a in cards if name == "answer-example"]
    assert rule[0] == ("表Aの主キーを答えよ。", "社員番号")
    assert rule[1][0] == "正規化が必要な理由を20字以内で述べよ。"
    assert rule[1][1].startswith("更新時の不整合を防ぐため")
    assert rule[2] == ("トランザクションの原子性とは何か。", "すべて実行されるか、まったく実行されないかのどちらかになる性質")
    assert len(rule) == 3
    messages = [message for _, message in unanswered]
    assert any("デッドロック" in m for m in messages)
    assert any("ロールバック" in m for m in messages)


def test_one_label_is_no_item() -> None:
    text = "# メモ\n\nこの問題は難しい。\n\n解答：あとで確認する。\n\n次の段落。\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "answer-example"]
    assert not unanswered


BRACKETED = """\
### 問1
水素2 molと酸素1 molが反応したときに生じる水の物質量を求めよ。

**【解答】**

| 物質 | 物質量 |
|---|---:|
| 水 | 2 mol |

**【解説】** 係数比は 2 : 1 : 2。

### 問2
炭素12 gを完全燃焼させたときの二酸化炭素の質量を求めよ。

【解答】 44 g

### 問3
メタン16 gの燃焼熱を求めよ。

**【解答】**

（あとで計算する）

### 問4
プロパン1 molの燃焼に必要な酸素の物質量を求めよ。

**【解答】**

| 物質 | 物質量 |
|---|---:|
| 酸素 | |

途中まで。TODO
"""


def test_a_label_in_lenticular_brackets_needs_no_colon() -> None:
    cards, unanswered = cards_and_unanswered(BRACKETED)
    assert [(rule, q) for _line, rule, q, _a in cards] == [
        ("answer-example", "水素2 molと酸素1 molが反応したときに生じる水の物質量を求めよ。"),
        ("answer-example", "炭素12 gを完全燃焼させたときの二酸化炭素の質量を求めよ。"),
    ]
    assert cards[0][3].startswith("| 物質 | 物質量 |") and "【解答】" not in cards[0][3]
    assert cards[1][3] == "44 g"
    assert [message.split(" (")[0] for _line, message in unanswered] == [
        "メタン16 gの燃焼熱を求めよ。",
        "プロパン1 molの燃焼に必要な酸素の物質量を求めよ。",
    ]
