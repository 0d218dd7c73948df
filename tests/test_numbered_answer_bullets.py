"""A numbered item answered by a nested bullet that opens with an answer label (`   - Answer: …`, in any
language of the shared label words) asks, whatever its wording: a command word the rules do not know
(`Erklären Sie …`, `ახსენით …`) included; an item of the same list without such a bullet is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GEORGIAN = """\
## ღია კითხვები

1. აღწერეთ ფოტოსინთეზის პროცესი.
   - პასუხი: მცენარე სინათლის ენერგიით ნახშირორჟანგისა და წყლისგან გლუკოზას ქმნის.
2. რა არის უჯრედის ბირთვი?
   - პასუხი: უჯრედის ნაწილი, სადაც დნმ ინახება.
3. შეადარეთ მიტოზი და მეიოზი.
"""

# Notes under a heading, not questions: a plain numbered list with a nested bullet that is no answer label.
NOTES = """\
## Packing list

1. Tent and pegs.
   - check the poles first
2. Stove and fuel.
"""


def test_items_answered_by_a_label_bullet_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(GEORGIAN)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (3, "numbered", "აღწერეთ ფოტოსინთეზის პროცესი."),
        (5, "numbered", "რა არის უჯრედის ბირთვი?"),
    ]
    assert cards[1][3].endswith("უჯრედის ნაწილი, სადაც დნმ ინახება.")
    assert [line for line, _ in unanswered] == [7]


def test_a_nested_bullet_without_a_label_makes_no_question() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    assert cards == []
    assert unanswered == []
