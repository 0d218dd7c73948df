"""A `<details>` summary written in a script without Latin letters: a label (`답 보기`, `答えを見る`) hides the
answer to the question above it, a summary that asks (`…是什么？`, `…;` in Greek, `…؟`) is the question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Chinese data structures and Greek physics: the summaries ask.
ASKING = """\
# 数据结构

<details>
<summary>栈和队列有什么区别？</summary>

栈是后进先出，队列是先进先出。

</details>

<details>
<summary>Τι είναι η ορμή;</summary>

Το γινόμενο της μάζας επί την ταχύτητα.

</details>
"""

# Korean networking and Japanese history: the summaries only label the answer of the heading above.
LABELLED = """\
# 복습

### TCP의 3-way handshake란?

<details>
<summary>답 보기</summary>

SYN, SYN-ACK, ACK 세 단계로 연결을 맺는 과정.

</details>

### 鎌倉幕府を開いたのは誰か？

<details>
<summary>答えを見る</summary>

源頼朝。

</details>
"""


def test_a_summary_that_asks_in_another_script_is_the_question() -> None:
    cards, unanswered = cards_and_unanswered(ASKING)
    found = {q: a for _, _, q, a in cards}
    assert found["栈和队列有什么区别?"] == "栈是后进先出，队列是先进先出。"
    assert found["Τι είναι η ορμή;"] == "Το γινόμενο της μάζας επί την ταχύτητα."
    assert unanswered == []


def test_a_label_in_another_script_still_hides_the_answer_of_the_question_above() -> None:
    cards, _ = cards_and_unanswered(LABELLED)
    found = {q: a for _, _, q, a in cards}
    assert found["TCP의 3-way handshake란?"] == "SYN, SYN-ACK, ACK 세 단계로 연결을 맺는 과정."
    assert found["鎌倉幕府を開いたのは誰か?"] == "源頼朝。"
    assert not any(q in ("답 보기", "答えを見る") for q in found)
