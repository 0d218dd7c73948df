"""Glossary tables headed in Japanese, Chinese and Korean (`| 用語 | 意味 |`, `| 術語 | 說明 |`, `| 용어 | 설명 |`)."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards


def test_a_glossary_table_with_cjk_headers_gives_one_card_per_row() -> None:
    text = """\
# 网络笔记

## 术语

| 術語 | 說明 |
|------|------|
| DNS | 把域名解析为 IP 地址 |
| NAT | 地址转换 |

## 용어

| 용어 | 설명 |
|------|------|
| 캐시 | 자주 쓰는 데이터를 가까이 두는 저장소 |
"""
    cards = [(c[1], c[2]) for c in _cards(text) if c[0] == "glossary"]
    assert cards == [("DNS", "把域名解析为 IP 地址"), ("NAT", "地址转换"), ("캐시", "자주 쓰는 데이터를 가까이 두는 저장소")]


def test_a_japanese_term_meaning_table_gives_one_card_per_row() -> None:
    text = "# 経済メモ\n\n## 用語\n\n| 用語 | 意味 |\n|---|---|\n| GDP | 国内総生産 |\n| CPI | 消費者物価指数 |\n"
    assert [(c[1], c[2]) for c in _cards(text) if c[0] == "glossary"] == [("GDP", "国内総生産"), ("CPI", "消費者物価指数")]
