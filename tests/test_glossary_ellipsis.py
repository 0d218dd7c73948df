"""A glossary list may separate each bold term from its definition with an ellipsis (`- **Term** … text`),
as Japanese notes write it; a term with nothing after its ellipsis is reported unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

TERMS = """\
# 化学メモ

## 用語

- **モル** … 物質量の単位で、6.02×10²³個の粒子の集まり
- **触媒** … 反応速度を変えるが、それ自身は変化しない物質
- **酸化** … 電子を失う変化
- **還元** …
"""


def test_ellipsis_separates_a_term_from_its_definition() -> None:
    cards, unanswered = cards_and_unanswered(TERMS)
    glossary = [(q, a) for _, name, q, a in cards if name == "glossary"]
    assert glossary == [
        ("モル", "物質量の単位で、6.02×10²³個の粒子の集まり"),
        ("触媒", "反応速度を変えるが、それ自身は変化しない物質"),
        ("酸化", "電子を失う変化"),
    ]
    assert any("還元" in message for _, message in unanswered)


def test_an_ellipsis_inside_prose_items_makes_no_glossary() -> None:
    text = "# Plan\n\n## Steps\n\n- first we wait … then we go\n- nothing **here** … either\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "glossary"]
