"""Answer keys folded away: a `<details>` block in the questions' own section that holds only a numbered list
keyed by the questions' numbers (the `answer-key` rule), and the keyless sibling section after such keys."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SHEET = """\
# Chemie 9 — Übungsblatt

## Thema 1: Säuren

1. Was ist eine Säure nach Brønsted?
2. Berechne den pH-Wert einer 0,01-molaren Salzsäure.

<details>
<summary>Lösungen — Thema 1</summary>

1. Ein Protonendonator.
2. pH = 2.

</details>

## Thema 2: Redox

3. Was wird bei einer Oxidation abgegeben?
4. Welche Oxidationszahl hat Sauerstoff in Wasser?
5. Nenne ein Beispiel für eine Komproportionierung.

| Stoff | Oxidationszahl |
|-------|----------------|
| O₂    | 0              |

<details>
<summary>Lösungen — Thema 2</summary>

3. Elektronen.
4. −II.
5. — *(kommt nach der nächsten Stunde)*

</details>

## Thema 3: Salze

6. Wie entsteht Natriumchlorid aus den Elementen?

*Die Lösungen folgen nächste Woche.*
"""


def test_questions_take_the_item_of_their_number_in_the_folded_key() -> None:
    cards, unanswered = cards_and_unanswered(SHEET)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Was ist eine Säure nach Brønsted?", "Ein Protonendonator."),
        ("Berechne den pH-Wert einer 0,01-molaren Salzsäure.", "pH = 2."),
        ("Was wird bei einer Oxidation abgegeben?", "Elektronen."),
        ("Welche Oxidationszahl hat Sauerstoff in Wasser?", "−II."),
    ]
    assert {rule for _, rule, _, _ in cards} == {"answer-key"}


def test_a_remark_in_the_key_and_a_keyless_sibling_section_are_unanswered() -> None:
    _, unanswered = cards_and_unanswered(SHEET)
    assert [q.split(" (")[0] for _, q in unanswered] == [
        "Nenne ein Beispiel für eine Komproportionierung.",
        "Wie entsteht Natriumchlorid aus den Elementen?",
    ]


PORTUGUES = """\
# Geografia — revisão

## Rios

1. Qual é o rio mais extenso do Brasil?
2. Onde nasce o rio São Francisco?

<details>
<summary>Gabarito</summary>

1. O Amazonas.
2. Na Serra da Canastra, em Minas Gerais.

</details>
"""


def test_the_summary_words_are_not_read() -> None:
    cards, _ = cards_and_unanswered(PORTUGUES.replace("Gabarito", "Clique aqui"))
    assert [(q, a) for _, _, q, a in cards] == [
        ("Qual é o rio mais extenso do Brasil?", "O Amazonas."),
        ("Onde nasce o rio São Francisco?", "Na Serra da Canastra, em Minas Gerais."),
    ]


def test_a_folded_list_with_numbers_the_questions_lack_is_no_key() -> None:
    text = PORTUGUES.replace("2. Na Serra", "3. Na Serra")
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "answer-key" for _, rule, _, _ in cards)


def test_folded_hints_are_no_key() -> None:
    text = PORTUGUES.replace("Gabarito", "Dica")
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "answer-key" for _, rule, _, _ in cards)
