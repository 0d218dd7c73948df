"""A short Chinese, Cantonese or Japanese note that the answer will be written or looked up later, after
its reason (`（時間切れなので後で書きます🙇）`, `呢題我計錯咗，遲啲睇返 textbook`), is a placeholder, as is the
Swahili "not finished yet" (`sijakamilisha`); an answer that mentions "next time" or "later" and goes on
is kept."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered


@pytest.mark.parametrize(
    "body",
    [
        "（時間がなかったので後で書きます🙇）",
        "あとで調べる",
        "今度追記します",
        "呢題我計錯咗，遲啲睇返 textbook 🙃",
        "（未做，下次補）",
        "稍後再寫",
        "这题不会，改天再查",
        "_(sijakamilisha — nitaongeza baadaye)_",
        "Sijaandika bado.",
    ],
)
def test_a_promise_to_write_it_later_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


@pytest.mark.parametrize(
    "body",
    [
        "下次看到這個錯誤時，先重啟服務。",
        "先寫入日誌，之後寫入磁碟。",
        "後で書き込まれる値を先に読むと古い値が返る。",
        "Sijui ni kwa nini, lakini jibu ni 42.",
    ],
)
def test_an_answer_that_mentions_later_stays_one(body: str) -> None:
    assert empty_reason(body) is None


def test_a_zenn_details_answer_to_write_later_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Rust クイズ\n\n## Q1. 所有権とは？\n\n:::details 答え\n値の持ち主は一つだけという規則。\n:::\n\n"
        "## Q2. ライフタイム注釈は何のため？\n\n:::details 答え\n（まだまとめてないので後で書きます）\n:::\n"
    )
    assert [c[2] for c in cards] == ["所有権とは?"]
    assert [line for line, _ in unanswered] == [9]
