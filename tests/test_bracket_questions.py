"""The bracket-question rule: exam items labelled `【问题N】` (or `【問N】`, `【题目】`) answered under them."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NETWORKS = """\
# 网络工程师 下午题

## 试题一 路由

【说明】某单位网络拓扑如下，请回答问题。

**【问题1】**（4分）
OSPF 属于哪一类路由协议？

**参考答案：**
- 链路状态路由协议

**【问题2】**(3 分) 简述 RIP 的最大跳数。

参考答案：15 跳，16 跳表示不可达。

**【问题3】** 写出查看路由表的命令。

```bash
show ip route
```

**【问题4】** 为什么要划分 VLAN？

> TODO：待查

---

正文里提到【问题】这个词不算题目。
"""


def test_bracket_items_take_the_answer_under_them() -> None:
    cards, unanswered = cards_and_unanswered(NETWORKS)
    rule = [(line, q, a) for line, name, q, a in cards if name == "bracket-question"]
    assert [q for _, q, _ in rule] == ["OSPF 属于哪一类路由协议？", "简述 RIP 的最大跳数。", "写出查看路由表的命令。"]
    assert rule[0][2] == "- 链路状态路由协议"
    assert rule[1][2] == "15 跳，16 跳表示不可达。"
    assert "show ip route" in rule[2][2]
    assert [message for _, message in unanswered if "VLAN" in message]
    assert not any("说明" in q or "单位网络" in q for _, q, _ in rule)


JAPANESE = """\
# 基本情報 午後

**【問1】**［5点］
TCP と UDP の違いを述べよ。

**【解答】** TCP はコネクション型、UDP はコネクションレス型。

**【問2】** DNS の役割を説明せよ。

正解：ドメイン名と IP アドレスを対応付ける。
"""


def test_japanese_items_and_their_score_are_read() -> None:
    cards, _ = cards_and_unanswered(JAPANESE)
    rule = [(q, a) for _, name, q, a in cards if name == "bracket-question"]
    assert rule == [
        ("TCP と UDP の違いを述べよ。", "TCP はコネクション型、UDP はコネクションレス型。"),
        ("DNS の役割を説明せよ。", "ドメイン名と IP アドレスを対応付ける。"),
    ]


def test_a_single_item_or_an_item_over_a_statement_is_no_card() -> None:
    single = "# 笔记\n\n**【问题1】** 什么是进程？\n\n参考答案：运行中的程序。\n"
    cards, _ = cards_and_unanswered(single)
    assert not [c for c in cards if c[1] == "bracket-question"]
    statement = (
        "# 笔记\n\n**【试题1】** 某公司的系统\n\n【说明】公司有三台服务器。\n\n"
        "**【试题2】** 某医院的系统\n\n【说明】医院有两台服务器。\n"
    )
    cards, unanswered = cards_and_unanswered(statement)
    assert not [c for c in cards if c[1] == "bracket-question"]
    assert not [m for _, m in unanswered if "某" in m]


def test_an_answer_line_inside_the_item_paragraph_is_the_back() -> None:
    text = (
        "# 操作系统\n\n**【问题1】** 什么是死锁？\n参考答案：两个以上进程互相等待对方的资源。\n\n"
        "**【问题2】**（5分）\n进程和线程有什么区别？\n**参考答案：** 进程是资源分配单位，线程是调度单位。\n"
    )
    cards, _ = cards_and_unanswered(text)
    rule = [(q, a) for _, name, q, a in cards if name == "bracket-question"]
    assert rule == [
        ("什么是死锁？", "两个以上进程互相等待对方的资源。"),
        ("进程和线程有什么区别？", "进程是资源分配单位，线程是调度单位。"),
    ]
