"""Answers in a site or notebook tool's typed boxes (the `typed-box` rule): Hexo NexT notes, Bootstrap alerts
as Jupyter exports them, MDX callouts."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

GERMAN_HEXO = """\
---
title: Chemie — Wiederholung zur Klausur
---

Hier sammle ich Aufgaben aus alten Klausuren.

{% note info %}
**Zur Klausur:** 90 Minuten, Taschenrechner erlaubt.
{% endnote %}

## Stöchiometrie

### Aufgabe 1 (Klausur 2020)

Berechnen Sie die molare Masse von $H_2SO_4$.

{% note success %}
**Lösung:** $2 \\cdot 1 + 32 + 4 \\cdot 16 = 98$ g/mol.
{% endnote %}

### Aufgabe 2 (Übung 3)

Wie viel Mol sind 36 g Wasser?

{% note success no-icon %}
**Lösung:** $36 / 18 = 2$ mol.
{% endnote %}

### Aufgabe 3 (Klausur 2021)

Stellen Sie die Reaktionsgleichung der Knallgasreaktion auf.

{% note warning %}
Lösung fehlt noch — in der Übung fragen.
{% endnote %}

## Säuren

### Aufgabe 4 (Klausur 2022)

Bestimmen Sie den pH-Wert einer 0,01-molaren Salzsäure.

{% note success %}
**Lösung:** pH = 2.
{% endnote %}

---

{% note danger %}
Fehler gefunden? Schreib mir eine Mail!
{% endnote %}
"""


def test_hexo_notes_of_the_answering_type_answer_the_exercise_statements() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_HEXO)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("typed-box", "Berechnen Sie die molare Masse von $H_2SO_4$.", "$2 \\cdot 1 + 32 + 4 \\cdot 16 = 98$ g/mol."),
        ("typed-box", "Wie viel Mol sind 36 g Wasser?", "$36 / 18 = 2$ mol."),
        ("typed-box", "Bestimmen Sie den pH-Wert einer 0,01-molaren Salzsäure.", "pH = 2."),
    ]
    assert [message for _, message in unanswered] == [
        "Stellen Sie die Reaktionsgleichung der Knallgasreaktion auf. (answer box cautions)"
    ]


def test_the_headings_are_the_context_of_a_statement_card() -> None:
    extraction, _ = extract_text(GERMAN_HEXO)
    assert extraction.drafts[0].context == ("Stöchiometrie", "Aufgabe 1 (Klausur 2020)")


PORTUGUESE_NOTEBOOK = """\
# Lista 3: Estatística com `pandas`

<div class="alert alert-block alert-info">
<b>Instruções:</b> Resolva nas células vazias e rode tudo antes de entregar.
</div>

## 1. Média e mediana

<div class="alert alert-block alert-warning">
<b>Exercício 1:</b> Qual é a diferença entre média e mediana?
</div>

<div class="alert alert-block alert-success">
<b>Resposta:</b> A mediana é o valor central da amostra ordenada; a média é a soma dividida por $n$.
</div>

<div class="alert alert-block alert-warning">
<b>Exercício 2:</b> Calcule a média da coluna <code>idade</code>.
</div>

<div class="alert alert-block alert-success">
<b>Resposta:</b>

```python
df["idade"].mean()
```

    41.3
</div>

<div class="alert alert-block alert-warning">
<b>Exercício 3:</b> Encontre os outliers da coluna <code>renda</code>.
</div>

```python
# TODO
```

## 2. Correlação

<div class="alert alert-block alert-warning">
<b>Exercício 4 (extra):</b> Quando preferir Spearman a Pearson?
</div>

<div class="alert alert-block alert-success">
<b>Resposta:</b>
</div>

---

<div class="alert alert-block alert-danger">
<b>Dúvidas?</b> Use o fórum da disciplina.
</div>
"""


def test_a_task_box_is_answered_by_the_answer_box_after_it() -> None:
    cards, unanswered = cards_and_unanswered(PORTUGUESE_NOTEBOOK)
    assert [(question, answer) for _, _, question, answer in cards] == [
        (
            "Qual é a diferença entre média e mediana?",
            "A mediana é o valor central da amostra ordenada; a média é a soma dividida por $n$.",
        ),
        ("Calcule a média da coluna <code>idade</code>.", '```python\ndf["idade"].mean()\n```\n\n    41.3'),
    ]
    assert [message for _, message in unanswered] == [
        "Encontre os outliers da coluna <code>renda</code>.",
        "Quando preferir Spearman a Pearson?",
    ]
    fronts = " ".join(question for _, _, question, _ in cards)
    assert "Instruções" not in fronts and "Dúvidas" not in fronts


JAPANESE_NEXTRA = """\
---
title: フロントエンド面接メモ
---

import { Callout } from 'nextra/components'

# フロントエンド面接メモ

自分用のメモです。

<Callout type="warning">
  公式資料ではありません。
</Callout>

## JavaScript

### クロージャとは何ですか？

<Callout type="info" emoji="💡">
  関数とその関数が定義されたスコープの組み合わせ。
</Callout>

### `let` と `var` の違いは？

<Callout type="info">
  `let` はブロックスコープ、`var` は関数スコープ。
</Callout>

### イベントループを説明してください。

<Callout type="error" emoji="🚧">
  まだ書いていない。
</Callout>

### Pitfalls

<Callout type="warning">
  `==` より `===` を使うこと。
</Callout>

## 質問はありますか？

Slack の #frontend チャンネルへどうぞ。
"""


def test_mdx_callouts_answer_their_headings_and_an_error_callout_leaves_one_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(JAPANESE_NEXTRA)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("typed-box", "クロージャとは何ですか?", "関数とその関数が定義されたスコープの組み合わせ。"),
        ("typed-box", "`let` と `var` の違いは?", "`let` はブロックスコープ、`var` は関数スコープ。"),
    ]
    assert [message for _, message in unanswered] == ["イベントループを説明してください。 (answer box cautions)"]


def test_the_closing_question_heading_of_the_page_is_skipped_not_carded() -> None:
    extraction, _ = extract_text(JAPANESE_NEXTRA)
    assert all("質問" not in d.question for d in extraction.drafts)
    assert any(d.kind == "skipped" and "closing" in d.message for d in extraction.diagnostics)


def test_a_heading_card_keeps_only_the_headings_above_it_as_context() -> None:
    extraction, _ = extract_text(JAPANESE_NEXTRA)
    assert extraction.drafts[0].context == ("JavaScript",)


def test_a_lone_box_or_one_pair_of_boxes_is_no_layout() -> None:
    lone = "## Polimery\n\nCzym jest polimer?\n\n{% note success %}\nDługi łańcuch merów.\n{% endnote %}\n"
    pair = (
        '<div class="alert alert-info">Uwaga: zadanie domowe do piątku.</div>\n\n'
        '<div class="alert alert-success">Powodzenia!</div>\n'
    )
    for text in (lone, pair):
        cards, unanswered = cards_and_unanswered(text)
        assert all(rule != "typed-box" for _, rule, _, _ in cards)
        assert not any("box cautions" in message for _, message in unanswered)


def test_ordinary_alerts_that_answer_nothing_are_left_alone() -> None:
    text = """\
# Polimery

<div class="alert alert-info">Materiały do wykładu 3.</div>

## Czym jest polimer?

Długi łańcuch powtarzających się merów.

<div class="alert alert-warning">Nie mylić z monomerem!</div>

## Jak powstaje PVC?

Przez polimeryzację chlorku winylu.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "typed-box" for _, rule, _, _ in cards)
    assert not unanswered
