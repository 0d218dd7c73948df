"""Multiple-choice items written in paragraphs of their own: the bold-numbered stem, the options (`A.` … or
`a)` …, one a line or spread over one line with wide gaps), then the key (`【答案】B`, `答案：`,
`✅ **Respuesta correcta: c)**`, `Solución:`). An item with no options but a blank to fill in and a key is a
card too; a key that names no option is a placeholder."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_CHEMISTRY = (
    "# 高中化学 错题本\n\n## 一、选择题\n\n"
    "**1.** 下列物质中，属于电解质的是（ ）。\n\n"
    "A. 铜\nB. 蔗糖\nC. 氯化钠\nD. 酒精\n\n"
    "【答案】C\n【解析】电解质是在水溶液或熔融状态下能导电的化合物。\n\n"
    "**2.** ⭐ 常温下，pH 等于 7 的溶液呈（ ）。\n\n"
    "A. 酸性　　B. 中性　　C. 碱性　　D. 无法判断\n\n"
    "答案：B\n\n"
    "**3.** 1 mol 水分子中含有的氢原子数为（ ）个。\n\n"
    "【答】2 NA\n\n"
    "**4.** 下列反应属于置换反应的是（ ）。\n\n"
    "A. 中和反应\nB. 铁与硫酸铜溶液反应\nC. 燃烧\nD. 分解反应\n\n"
    "【答案】待补充\n"
)

_GEOGRAPHY = (
    "# Oposiciones — Geografía\n\n### Test\n\n"
    "**1.** El río más largo de la Península Ibérica es:\n\n"
    "a) El Ebro.\nb) El Tajo.\nc) El Duero.\nd) El Guadalquivir.\n\n"
    "✅ **Respuesta correcta: b)** (1.007 km)\n\n"
    "**2.** ¿Qué comunidad autónoma tiene más provincias?\n\n"
    "a) Andalucía.\nb) Castilla y León.\nc) Cataluña.\n\n"
    "<!-- comprobar -->\n"
    "Solución: b)\n\n"
    "**3.** La capital de Extremadura es:\n\n"
    "a) Cáceres.\nb) Badajoz.\nc) Mérida.\n\n"
    "❓ Respuesta: pendiente de confirmar\n"
)


def test_chinese_items_in_paragraphs_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(_CHEMISTRY)
    items = [(c[2], c[3]) for c in cards if c[1] == "choice-item"]
    assert [front for front, _ in items] == [
        "下列物质中，属于电解质的是（ ）。",
        "⭐ 常温下，pH 等于 7 的溶液呈（ ）。",
        "1 mol 水分子中含有的氢原子数为（ ）个。",
    ]
    assert items[0][1].startswith("A. 铜\nB. 蔗糖") and items[0][1].endswith("能导电的化合物。")
    assert "【答案】C" in items[0][1]
    assert items[1][1].endswith("答案：B")
    assert items[2][1] == "【答】2 NA"
    assert ["下列反应属于置换反应的是" in text for _, text in unanswered] == [True]
    # the section heading is no topic card of its own
    assert "一、选择题" not in [c[2] for c in cards]


def test_spanish_items_with_lettered_options_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(_GEOGRAPHY)
    items = [(c[2], c[3]) for c in cards if c[1] == "choice-item"]
    assert [front for front, _ in items] == [
        "El río más largo de la Península Ibérica es:",
        "¿Qué comunidad autónoma tiene más provincias?",
    ]
    assert items[0][1].endswith("✅ **Respuesta correcta: b)** (1.007 km)")
    assert items[1][1].endswith("Solución: b)")
    assert [text for _, text in unanswered] == ["La capital de Extremadura es: (the key names no option)"]


def test_numbered_paragraphs_without_a_key_are_no_items() -> None:
    for text in (
        "# Notas\n\n**1.** Preparar la solicitud:\n\na) el DNI\nb) el título\n\nDespués, entregarla.\n",
        "# 笔记\n\n**1.** 第一步是准备材料（ ）。\n\n然后提交申请。\n",
        "# Notes\n\n**1.** Mix the flour:\n\nAnswer: slowly.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "choice-item"], text
