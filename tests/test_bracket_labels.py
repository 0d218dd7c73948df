"""The bracket-label rule: question headings answered under a `【答案】`-style label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, drafted_cards

CHEMISTRY = """\
# 高中化学 简答题

## 第一单元 物质的量

### 1. 简述摩尔质量与相对分子质量的关系。

【参考答案】

摩尔质量以 g/mol 为单位时，数值上等于相对分子质量。

### 2. 说明气体摩尔体积的适用条件。

【答案】只适用于气体；标准状况下约为 22.4 L/mol。

### 3. 分析反应 2Na + Cl₂ = 2NaCl 中的氧化剂。

【解析】

- Cl₂ 得电子，是氧化剂
- Na 失电子，是还原剂

[返回顶部](#top)

### 4. 简述化学平衡的特征。

（待补充）

### 5. 为什么催化剂不改变平衡？

（上课再问老师）

## 第二单元 附录

| 物质 | 摩尔质量 |
| --- | --- |
| H₂O | 18 |
"""

JAPANESE = """\
# 日本史 論述対策

### 問1 鎌倉幕府の成立過程を説明せよ。

**【解答】** 1180年の挙兵から1192年の征夷大将軍任命まで段階的に成立した。

### 問2 享保の改革の内容を述べよ。

【答え】

上げ米、足高の制、目安箱の設置など。
"""


def test_headings_with_a_bracket_label_are_cards_without_the_label() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    found = {(rule, q.split("\n\n")[0]): a for _, rule, q, a in cards}
    assert found[("bracket-label", "简述摩尔质量与相对分子质量的关系。")] == "摩尔质量以 g/mol 为单位时，数值上等于相对分子质量。"
    assert found[("bracket-label", "说明气体摩尔体积的适用条件。")] == "只适用于气体；标准状况下约为 22.4 L/mol。"
    oxidiser = found[("bracket-label", "分析反应 2Na + Cl₂ = 2NaCl 中的氧化剂。")]
    assert "【" not in oxidiser and "Cl₂ 得电子" in oxidiser and "返回顶部" not in oxidiser
    questions = [q for _, _, q, _ in cards]
    assert not any("单元" in q or "物质" in q for q in questions)  # chapter headings and the table are no cards
    assert len(cards) == 3
    assert len(unanswered) == 2
    assert "简述化学平衡的特征。" in unanswered[0][1] and "为什么催化剂不改变平衡？" in unanswered[1][1]


def test_japanese_labels_and_numbers() -> None:
    cards = drafted_cards(JAPANESE)
    assert (
        "bracket-label",
        "鎌倉幕府の成立過程を説明せよ。",
        "1180年の挙兵から1192年の征夷大将軍任命まで段階的に成立した。",
    ) in cards
    assert ("bracket-label", "享保の改革の内容を述べよ。", "上げ米、足高の制、目安箱の設置など。") in cards


def test_a_bracket_that_is_no_answer_label_makes_no_card() -> None:
    text = "# 笔记\n\n### 1. 光合作用\n\n【重点】叶绿体中进行。\n\n### 2. 呼吸作用\n\n【重点】线粒体中进行。\n"
    assert not any(rule == "bracket-label" for rule, _, _ in drafted_cards(text))


def test_a_topic_heading_over_a_problem_statement_is_left_to_other_rules() -> None:
    text = """\
# 数据结构 综合题

### 1. 哈夫曼树

给定权值 {2, 3, 5, 7}，求带权路径长度。

【答】WPL = 2×3 + 3×3 + 5×2 + 7×1 = 32。

### 2. 简述栈与队列的区别。

【答案】栈后进先出，队列先进先出。
"""
    cards = drafted_cards(text)
    assert not any(rule == "bracket-label" and q.startswith("哈夫曼树") for rule, q, _ in cards)
    assert ("bracket-label", "简述栈与队列的区别。", "栈后进先出，队列先进先出。") in cards


def test_back_to_top_lines_in_chinese_japanese_and_korean() -> None:
    from ankibuild.extract.questions import is_back_to_top

    for line in ("[⬆ 返回目录](#目录)", "**[回到顶部](#top)**", "[目次へ戻る](#toc)", "[맨 위로](#top)"):
        assert is_back_to_top(line), line
    for line in ("[返回](#x)", "[目录](#x)", "[顶部结构](#x)"):
        assert not is_back_to_top(line), line
