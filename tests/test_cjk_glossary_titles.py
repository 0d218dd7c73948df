"""Chinese and Japanese glossary section titles (`一、名词解释`, `（二）基本概念`, `名詞解釋`, `用語集`): the
`**术语**：定义` paragraphs under them are one card per term; a document title that merely lists a glossary
among other parts does not turn its sections into terms."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_BIOLOGY = (
    "# 生物学 第三章 细胞代谢\n\n"
    "## 一、名词解释\n\n"
    "**光合作用**：绿色植物利用光能，把二氧化碳和水合成有机物并释放氧气的过程。\n\n"
    "**细胞呼吸**：细胞内有机物氧化分解、释放能量的过程。\n\n"
    "## 二、简答\n\n"
    "今天先整理到这里。\n"
)

_HISTORY = (
    "# 中國近代史 筆記\n\n"
    "### （二）基本概念\n\n"
    "**洋務運動**：清政府內部以「自強」「求富」為口號的近代化運動。\n"
    "**戊戌變法**：1898 年維新派推動的政治改革，歷時百日。\n"
)


def test_cjk_glossary_sections_give_one_card_per_term() -> None:
    cards, _ = cards_and_unanswered(_BIOLOGY)
    glossary = [(c[2], c[3]) for c in cards if c[1] == "glossary"]
    assert glossary == [
        ("光合作用", "绿色植物利用光能，把二氧化碳和水合成有机物并释放氧气的过程。"),
        ("细胞呼吸", "细胞内有机物氧化分解、释放能量的过程。"),
    ]
    cards, _ = cards_and_unanswered(_HISTORY)
    assert [c[2] for c in cards if c[1] == "glossary"] == ["洋務運動", "戊戌變法"]


def test_a_title_listing_a_glossary_among_parts_makes_no_terms() -> None:
    text = (
        "# 第二章 经济学原理 错题 & 名词解释\n\n"
        "## 供给曲线\n\n供给量随价格上升而增加。\n\n"
        "## 需求曲线\n\n需求量随价格上升而减少。\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "glossary"]
    # outside a glossary section a bold label with a colon is a statement, not a term
    cards, _ = cards_and_unanswered("# 笔记\n\n## 复习\n\n**注意**：考试带计算器。\n")
    assert not [c for c in cards if c[1] == "glossary"]
