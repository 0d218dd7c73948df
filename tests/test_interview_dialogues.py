"""The interview-dialogue rule: an interviewer's question answered by the candidate's reply."""

from __future__ import annotations

from tests.helpers import extract_text

ENGLISH = """\
# Mock interview: databases

## Round two

**Interviewer:** What is an index, and when does it hurt?

**Me:** A sorted structure over columns that speeds up reads; it slows down writes.

- every insert updates it
- it takes disk space

**Interviewer:** Good, let's move on.

**Interviewer:** How would you shard a users table?

**Candidate:** I didn't know.

**Interviewer (Sam):** What does VACUUM do in PostgreSQL?
"""

JAPANESE = """\
# 模擬面接

**面接官**：TCPとUDPの違いは何ですか？

**私**：TCPはコネクション型で到達を保証し、UDPはコネクションレスで速い。

**면접관**: 인덱스를 쓰면 안 되는 경우는?

**나**: 값의 종류가 적은 컬럼이나 쓰기가 잦은 테이블에서는 오히려 느려집니다.
"""

DIALOGUE_WITHOUT_INTERVIEWER = """\
# Chat log

**Alice:** Do you have the slides?

**Bob:** Yes, on the shared drive.
"""


def test_each_interviewer_question_with_the_candidates_reply_is_a_card() -> None:
    extraction, _ = extract_text(ENGLISH)
    cards = [(d.convention, d.question) for d in extraction.drafts]
    assert cards == [("interview-dialogue", "What is an index, and when does it hurt?")]
    answer = extraction.drafts[0].answer
    assert answer.startswith("A sorted structure") and "- it takes disk space" in answer
    assert "**Me:**" not in answer
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["How would you shard a users table?", "What does VACUUM do in PostgreSQL?"]


def test_japanese_and_korean_interview_labels() -> None:
    extraction, _ = extract_text(JAPANESE)
    assert [(d.question, d.answer[:3]) for d in extraction.drafts] == [
        ("TCPとUDPの違いは何ですか？", "TCP"),
        ("인덱스를 쓰면 안 되는 경우는?", "값의 "),
    ]


def test_a_dialogue_without_an_interviewer_is_no_interview() -> None:
    extraction, _ = extract_text(DIALOGUE_WITHOUT_INTERVIEWER)
    assert not [d for d in extraction.drafts if d.convention == "interview-dialogue"]
