"""The block-id-question rule: a paragraph that asks, closed by an Obsidian block ID, answered by the blocks under it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

# Czech and Portuguese questions closed by block IDs, highlights in the answers.
PAGE = """\
# Geologie — otázky ke zkoušce

Odpovědi jsou zkrácené, ==klíčové pojmy== jsou zvýrazněné.

## Horniny

Co je vyvřelá hornina? ^q1

Hornina vzniklá ==utuhnutím magmatu==.

O que é uma rocha metamórfica? ^q2

Uma rocha transformada por ==calor e pressão==:
1. ==gnaisse==
2. ==xisto==

Por que estudamos geologia?

Só uma pergunta retórica da primeira aula.

Vysvětli vznik krasu. ^q3

%% doplnit podle skript %%

## Minerály

Jaká je tvrdost křemene? ^q4

7 na Mohsově stupnici.
"""


def test_block_id_questions_are_cards_answered_by_the_blocks_under_them() -> None:
    cards, unanswered = cards_and_unanswered(PAGE)
    assert [(c[1], c[2]) for c in cards] == [
        ("block-id-question", "Co je vyvřelá hornina?"),
        ("block-id-question", "O que é uma rocha metamórfica?"),
        ("block-id-question", "Jaká je tvrdost křemene?"),
    ]
    assert cards[0][3] == "Hornina vzniklá ==utuhnutím magmatu==."
    assert cards[1][3].endswith("2. ==xisto==")  # the list is part of the answer
    assert [message for _line, message in unanswered] == ["Vysvětli vznik krasu."]


def test_highlights_are_emphasis_and_an_unmarked_question_is_skipped() -> None:
    extraction, diagnostics = extract_text(PAGE)
    assert all(d.note_type == "basic" for d in extraction.drafts)  # no cloze from the preamble's highlight
    assert not any("retórica" in d.answer or "Por que" in d.question for d in extraction.drafts)
    assert not any(d.kind == "unanswered" and "Por que" in d.message for d in diagnostics)


def test_a_paragraph_given_an_id_to_be_linked_is_no_card() -> None:
    text = """\
# Reading notes

The treaty was signed in 1648. ^treaty

Which treaty ended the war? ^q1

Westphalia.

Some thoughts on sovereignty follow.
"""
    extraction, _diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "block-id-question"]


# A drawing's text elements in Swahili and Polish: question and answer boxes paired by their IDs, out of order.
DRAWING = """\
# Excalidraw Data

## Text Elements
Jiografia ya Afrika ^Kx81mQpa

Maeneo ^Tb2wEr0c

❓ Mlima mrefu zaidi Afrika ni upi? ^q01gora

❓ Jaka jest najdłuższa rzeka Afryki? ^q02rzek

👉 Nil ^a02rzek

👉 Kilimanjaro ^a01gora

❓ Ziwa kubwa zaidi Afrika ni lipi? ^q03ziwa

👉 ^a03ziwa

❓ Ile krajów leży w Afryce? ^q04kraj

## Embedded Files
"""


def test_drawing_boxes_pair_questions_and_answers_by_their_ids() -> None:
    found, reports = cards_and_unanswered(DRAWING)
    cards = [(q, a) for _, _, q, a in found]
    unanswered = [m.split(" (")[0] for _, m in reports]
    assert cards == [
        ("Mlima mrefu zaidi Afrika ni upi?", "Kilimanjaro"),
        ("Jaka jest najdłuższa rzeka Afryki?", "Nil"),
    ]
    assert unanswered == ["Ziwa kubwa zaidi Afrika ni lipi?", "Ile krajów leży w Afryce?"]


def test_ids_without_partners_keep_the_reading_order() -> None:
    # Two IDs differing in their first letter once only: no pairing, the blocks under a question answer it.
    page = "Co to jest ląd? ^q1\n\nCzęść powierzchni nad wodą.\n\nNini maana ya bahari? ^x9\n\nMaji mengi ya chumvi.\n"
    found, _ = cards_and_unanswered(page)
    assert [(q, a) for _, _, q, a in found] == [
        ("Co to jest ląd?", "Część powierzchni nad wodą."),
        ("Nini maana ya bahari?", "Maji mengi ya chumvi."),
    ]
