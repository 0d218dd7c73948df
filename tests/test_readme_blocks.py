"""The readme-block rule: a page of ReadMe's legacy editor, its callout blocks titled with questions."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

PAGE = """\
---
title: "Faturamento — Perguntas frequentes"
---
[block:api-header]
{
  "title": "Cobrança"
}
[/block]

[block:callout]
{
  "type": "info",
  "title": "Quando o cartão é cobrado?",
  "body": "No **primeiro dia** de cada período."
}
[/block]

[block:callout]
{
  "type": "warning",
  "title": "Atenção!",
  "body": "Notas fiscais levam até 48 h."
}
[/block]

[block:code]
{
  "codes": [{"code": "curl -X GET /invoices", "language": "shell"}]
}
[/block]

[block:callout]
{
  "type": "success",
  "title": "Posso trocar de plano no meio do mês?",
  "body": "Sim, a diferença é cobrada *pro rata*."
}
[/block]

[block:callout]
{
  "type": "info",
  "title": "Aceitam boleto?",
  "body": ""
}
[/block]

[block:callout]
{
  "type": "info",
  "title": "Há desconto anual?",
  "body": "TBD"
}
[/block]

[block:callout]
{
  "type": "danger",
  "title": "Ainda com dúvidas?",
  "body": "Abra um chamado com o id da fatura."
}
[/block]
"""


def test_callouts_titled_with_questions_are_cards() -> None:
    cards, missing = cards_and_unanswered(PAGE)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("readme-block", "Quando o cartão é cobrado?", "No **primeiro dia** de cada período."),
        ("readme-block", "Posso trocar de plano no meio do mês?", "Sim, a diferença é cobrada *pro rata*."),
    ]
    assert [message.split(" (")[0] for _, message in missing] == ["Aceitam boleto?", "Há desconto anual?"]


def test_api_headers_head_the_callouts_after_them() -> None:
    extraction, _ = extract_text(PAGE.replace('"Cobrança"', '"Planos"'))
    assert extraction.drafts and all(d.context[-1:] == ("Planos",) for d in extraction.drafts)


def test_a_page_of_notices_only_stays_untouched() -> None:
    text = """\
[block:callout]
{
  "type": "info",
  "title": "Uwaga",
  "body": "Klucze API wygasają po 90 dniach."
}
[/block]

[block:callout]
{
  "type": "warning",
  "title": "Czy to bezpieczne?",
  "body": "Nie udostępniaj klucza."
}
[/block]
"""
    cards, missing = cards_and_unanswered(text)
    assert all(rule != "readme-block" for _, rule, _, _ in cards)
    assert not missing
