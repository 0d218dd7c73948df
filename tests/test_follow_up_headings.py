"""A follow-up label as a heading over a list of questions, each answered by the sub-bullets nested under it;
a bare `Q.` label before a heading's question."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

ENGLISH = """\
# Networking interview notes

## TCP

### Q. What does the three-way handshake do?

It synchronises sequence numbers: SYN, SYN-ACK, ACK.

#### ➕ Follow-up questions

- Why not a two-way handshake?
  - The server could not tell a stale SYN from a fresh one.
- What is a SYN flood?
  - Half-open connections that exhaust the backlog.
- How do SYN cookies help?
  - (TBD)

## UDP

### Q. When is UDP preferred?

For latency-sensitive traffic such as games and voice.
"""

JAPANESE = """\
# 面接対策

## インデックス

### Q. B-treeインデックスの利点は？

範囲検索に強い。

#### 深掘り質問

- ハッシュインデックスとの違いは？
  - ハッシュは等価検索のみ。
- 複合インデックスの列順が重要なのはなぜですか？
  - 左端から順に使われるため。
"""


def test_a_follow_up_heading_asks_each_bullet_and_its_sub_bullet_answers() -> None:
    extraction, _ = extract_text(ENGLISH)
    cards = [(d.convention, d.question) for d in extraction.drafts]
    assert cards == [
        ("heading", "What does the three-way handshake do?"),
        ("follow-up", "Why not a two-way handshake?"),
        ("follow-up", "What is a SYN flood?"),
        ("heading", "When is UDP preferred?"),
    ]
    first = extraction.drafts[0]
    assert "SYN flood" not in first.answer  # the follow-ups leave the answer above them
    assert "stale SYN" in extraction.drafts[1].answer
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["How do SYN cookies help?"]


def test_a_follow_up_heading_in_japanese() -> None:
    extraction, _ = extract_text(JAPANESE)
    follow = [d.question for d in extraction.drafts if d.convention == "follow-up"]
    assert follow == ["ハッシュインデックスとの違いは？", "複合インデックスの列順が重要なのはなぜですか？"]


@pytest.mark.parametrize("heading", ["#### Further reading", "#### Follow-up questions"])
def test_a_follow_up_heading_over_a_list_that_does_not_ask_makes_nothing(heading: str) -> None:
    text = f"# Notes\n\n## Caching\n\nCaches keep hot data close.\n\n{heading}\n\n- The CDN chapter of the handbook\n- Our wiki page on Redis\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "follow-up"]
