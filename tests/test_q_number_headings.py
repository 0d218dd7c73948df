"""Interview headings numbered `Q2 …` (a capital Q, a number, a space, no punctuation) lose the number as
`Q2:` does, and a Chinese "fill in later" note (`（還沒想好，先跳過）`, `待補`, `之后再补`) alone under a
question is a placeholder, not an answer."""

from __future__ import annotations

from ankibuild.extract.questions import clean_question
from tests.helpers import cards_and_unanswered


def test_q_number_space_prefix_leaves_the_question() -> None:
    assert clean_question("Q2 為什麼選擇本所？")[0] == "為什麼選擇本所?"
    assert clean_question("Q12 What is a mutex?")[0] == "What is a mutex?"
    assert clean_question("Q3 프로세스와 스레드의 차이는?")[0] == "프로세스와 스레드의 차이는?"


def test_a_quarter_and_a_year_keep_their_q() -> None:
    assert clean_question("Q1 2024 results")[0] == "Q1 2024 results"
    assert clean_question("Qt signals and slots")[0] == "Qt signals and slots"


def test_q_number_headings_with_chinese_placeholders() -> None:
    cards, unanswered = cards_and_unanswered(
        "# 面试准备\n\n## 专业题\n\n"
        "### Q1 什么是进程？\n\n进程是资源分配的基本单位。\n\n"
        "### Q2 TCP 为什么要三次握手？\n\n（还没想好，之后再补）\n\n"
        "### Q3 How does a hash map resolve collisions?\n\nBy chaining or by open addressing.\n\n"
        "### Q4 什麼是快取？\n\n*待補*\n"
    )
    assert [c[2] for c in cards] == ["什么是进程?", "How does a hash map resolve collisions?"]
    assert [line for line, _ in unanswered] == [9, 17]


def test_an_answer_that_mentions_skipping_is_kept() -> None:
    cards, unanswered = cards_and_unanswered(
        "# 演算法\n\n### Q1 什麼是 early return？\n\n"
        "當條件不成立時先跳過後面的程式碼直接回傳，可以減少巢狀的 if，讓主要流程更容易閱讀與維護。\n"
    )
    assert [c[2] for c in cards] == ["什麼是 early return?"]
    assert unanswered == []
