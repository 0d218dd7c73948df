"""The keyed-row rule: questions keyed in a table's first column, answered further down by paragraphs opening
with the same key in bold; rows without an answer are unanswered, tables of data are left alone."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, drafted_cards

# A Portuguese class brainstorm on the water cycle, one question rewritten from a closed one.
_BRAINSTORM = """\
# Ciclo da água — perguntas da turma

## Nossas perguntas

| N° | Pergunta | Tipo |
|---|---|:---:|
| P1 | Por que a chuva é doce se o mar é salgado? | aberta |
| P2 | A água evapora só com sol? | fechada |
| P3 | Quanto tempo uma gota fica na atmosfera? | aberta |
| P4 | Onde fica a maior parte da água doce? | aberta |

- P2 → **P2b**: *Como a água evapora sem sol?* ⭐

## O que descobrimos

**P1.** O sal não evapora: o vapor leva só a água.

**P3.** Cerca de nove dias, em média.

**P2b.** O vento e o ar seco também levam a água da superfície.

> ⚠️ P4: ainda vamos pesquisar.
"""


def test_keyed_rows_are_answered_by_keyed_paragraphs() -> None:
    cards, unanswered = cards_and_unanswered(_BRAINSTORM)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("keyed-row", "Por que a chuva é doce se o mar é salgado?", "O sal não evapora: o vapor leva só a água."),
        ("keyed-row", "Quanto tempo uma gota fica na atmosfera?", "Cerca de nove dias, em média."),
        ("keyed-row", "Como a água evapora sem sol?", "O vento e o ar seco também levam a água da superfície."),
    ]
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "A água evapora só com sol?",
        "Onde fica a maior parte da água doce?",
    ]


# Vietnamese research notes: a key alone on its line over a list that answers it.
_LOG = """\
## Câu hỏi

| Mã | Câu hỏi |
|---|---|
| C1 | Vì sao lá cây có màu xanh? |
| C2 | Cây hô hấp vào lúc nào? |

## Trả lời

**C1**

- Vì có diệp lục.
- Diệp lục hấp thụ ánh sáng đỏ và xanh lam.

**C2.** Cả ngày lẫn đêm.
"""


def test_a_key_alone_on_its_line_takes_the_blocks_under_it() -> None:
    cards, unanswered = cards_and_unanswered(_LOG)
    assert [(c[2], c[3]) for c in cards] == [
        ("Vì sao lá cây có màu xanh?", "- Vì có diệp lục.\n- Diệp lục hấp thụ ánh sáng đỏ và xanh lam."),
        ("Cây hô hấp vào lúc nào?", "Cả ngày lẫn đêm."),
    ]
    assert unanswered == []


def test_a_numbered_table_of_data_is_left_alone() -> None:
    page = """\
## Planetas

| # | Planeta |
|---|---|
| 1 | Mercúrio |
| 2 | Vênus |

**1.** Mercúrio é o mais próximo do Sol.

**2.** Vênus é o mais quente.
"""
    assert all(convention != "keyed-row" for convention, _, _ in drafted_cards(page))
