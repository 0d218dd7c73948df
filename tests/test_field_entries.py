"""The field-entry rule: headings over bullet lists of bracketed fields (`- 【用法】…`) are entries, the title on
the front, the fields on the back, when the fields recur across sibling headings."""

from __future__ import annotations

from tests.helpers import extract_text

DRUGS = """\
# 药理学 · 抗菌药

## 青霉素类

### 1. 青霉素G（苄青霉素）

- 【作用机制】抑制细菌细胞壁合成。
- 【临床应用】溶血性链球菌感染、梅毒。
- 【不良反应】过敏反应，严重者过敏性休克。

> 注意：用药前必须皮试。

### 2. 阿莫西林

- 【作用机制】同青霉素G，抗菌谱更广。
- 【临床应用】呼吸道、泌尿道感染。

### 3. 氨苄西林

（待补充）
"""


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


def test_headings_over_bracketed_fields_are_entries() -> None:
    cards, unanswered = _outcome(DRUGS)
    assert [(rule, front) for rule, front, _ in cards] == [
        ("field-entry", "青霉素G（苄青霉素）"),
        ("field-entry", "阿莫西林"),
    ]
    assert cards[0][2].startswith("- 【作用机制】抑制细菌细胞壁合成。")
    assert cards[0][2].endswith("> 注意：用药前必须皮试。")
    assert len(unanswered) == 1 and "氨苄西林" in unanswered[0]


def test_a_single_field_list_is_no_entry() -> None:
    text = "# 笔记\n\n## 麻黄汤\n\n- 【组成】麻黄、桂枝\n- 【功用】发汗解表\n\n## 其他\n\n（待补充）\n"
    cards, unanswered = _outcome(text)
    assert not [c for c in cards if c[0] == "field-entry"]
    assert not unanswered


def test_fields_that_do_not_recur_make_no_entries() -> None:
    text = "# 周记\n\n## 周一\n\n- 【天气】晴\n- 【心情】好\n\n## 周二\n\n- 【地点】图书馆\n- 【收获】读完一章\n"
    cards, _ = _outcome(text)
    assert not [c for c in cards if c[0] == "field-entry"]
