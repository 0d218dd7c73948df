"""The answer-table rule: two-column tables whose header names the second column as the answer."""

from __future__ import annotations

from tests.helpers import extract_text

PHARM = """\
# Pharmakologie – Spickzettel

## Antidote und Notfallmittel

| Klinische Situation | Lösung |
|---|---|
| Anaphylaxie mit Blutdruckabfall | Adrenalin i.m. |
| Opioid-Überdosis mit Atemdepression | Naloxon |
| Heparin-Überdosis mit Blutung | Protamin |
| Paracetamol-Vergiftung nach 8 Stunden | |
"""

CHOICE = """\
# Picking a data structure

| When you need … | → |
|---|---|
| constant-time lookup by key | hash map |
| ordered keys and range queries | balanced BST |
| the smallest item again and again | binary heap |

## Tools

| Tool | Use |
|---|---|
| grep | Search text in files for a pattern, line by line |
| sed | Edit a stream of text with substitutions |
"""

DATA = """\
# History notes

| Year | Event |
|---|---|
| 1789 | The storming of the Bastille starts the revolution |
| 1815 | Napoleon is defeated at Waterloo |

| Feature | Answer |
|---|---|
| `--force` | overwrites |
| `--dry-run` | prints only |

## Overfitting

| Problem | Solutions |
|---|---|
| **High bias** | Add features, weaken the regularisation, use a bigger model |
| **High variance** | Gather more data, regularise, use a smaller model or an ensemble |

| Exercise | Answer |
|---|---|
| Merge two sorted lists | [merge.py](merge.py) |
| Reverse a linked list | [reverse.py](reverse.py) |
"""


def test_each_row_of_a_situation_answer_table_is_a_card() -> None:
    extraction, _ = extract_text(PHARM)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("answer-table", "Anaphylaxie mit Blutdruckabfall", "Adrenalin i.m."),
        ("answer-table", "Opioid-Überdosis mit Atemdepression", "Naloxon"),
        ("answer-table", "Heparin-Überdosis mit Blutung", "Protamin"),
    ]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Paracetamol-Vergiftung nach 8 Stunden"]
    assert extraction.drafts[0].context == ("Antidote und Notfallmittel",)


def test_an_arrow_header_answers_but_a_tool_use_table_describes() -> None:
    extraction, _ = extract_text(CHOICE)
    cards = [(d.question, d.answer) for d in extraction.drafts if d.convention == "answer-table"]
    assert cards == [
        ("constant-time lookup by key", "hash map"),
        ("ordered keys and range queries", "balanced BST"),
        ("the smallest item again and again", "binary heap"),
    ]


def test_data_tables_and_code_columns_are_no_answer_tables() -> None:
    extraction, _ = extract_text(DATA)
    assert not [d for d in extraction.drafts if d.convention == "answer-table"]
