"""The obsidian-comment rule: questions answered in the `%% … %%` comment after them, which Obsidian hides
in its reading view."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

FRENCH = """\
# Géographie du Canada

> Les réponses sont dans les commentaires `%% … %%`.

## Provinces

- Quelle est la capitale du Manitoba ? %% Winnipeg %%
- Combien y a-t-il de provinces ? %% 10 (et 3 territoires) %%
- Quel fleuve relie les Grands Lacs à l'Atlantique ? %% %%
- Quelle est la plus grande province ? %% TODO vérifier %%
- %% demander la carte à Léa %%

## Climat

Pourquoi l'hiver est-il plus doux à Vancouver qu'à Winnipeg ?
%%
L'influence de l'océan Pacifique : le climat maritime modère les températures.
%%

C'est tout pour aujourd'hui. %% déplacer ce paragraphe dans le journal %%
"""

JAPANESE = """\
## 江戸時代

江戸幕府を開いたのは誰か？
%%
徳川家康（1603年）。
%%

鎖国が終わったきっかけは何か？

%%
ペリー来航（1853年）と日米和親条約。
%%
"""


def test_questions_before_a_comment_are_answered_by_it() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("obsidian-comment", "Quelle est la capitale du Manitoba ?", "Winnipeg"),
        ("obsidian-comment", "Combien y a-t-il de provinces ?", "10 (et 3 territoires)"),
        (
            "obsidian-comment",
            "Pourquoi l'hiver est-il plus doux à Vancouver qu'à Winnipeg ?",
            "L'influence de l'océan Pacifique : le climat maritime modère les températures.",
        ),
    ]
    assert [m for _, m in unanswered] == [
        "Quel fleuve relie les Grands Lacs à l'Atlantique ?",
        "Quelle est la plus grande province ? (placeholder)",
    ]


def test_a_comment_block_may_open_its_own_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(JAPANESE)  # the full-width `？` shows as `?`, as everywhere
    assert [(q, a) for _, _, q, a in cards] == [
        ("江戸幕府を開いたのは誰か?", "徳川家康（1603年）。"),
        ("鎖国が終わったきっかけは何か?", "ペリー来航（1853年）と日米和親条約。"),
    ]
    assert unanswered == []


def test_notes_to_self_in_comments_make_no_cards() -> None:
    text = """\
Heute: Kapitel 4 gelesen. %% Zusammenfassung nachholen %%

- Was ist ein Vektorraum? (siehe Skript)
- %% Übungsblatt 3 abgeben %%

Wie lange noch bis zur Klausur? %% drei Wochen %%
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "obsidian-comment" for _, rule, _, _ in cards)  # one answered question is no convention
