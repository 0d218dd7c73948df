"""The unsolved-list rule: the items of a list under a heading saying no answers follow are reported
unanswered, one by one, also when each sets its data out before it asks."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_unanswered

KINEMATICS = """\
# Mechanics

## Worked examples

A stone falls for 2 s: it falls 19.6 m.

## Extra practice (no solutions posted)

1. A ball is thrown up at 12 m/s. Find the greatest height it reaches.
2. A car brakes from 20 m/s in 4 s. Compute its deceleration.
3. Two masses hang over a pulley. Determine the tension in the string.
"""


def test_each_item_is_reported_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(KINEMATICS)
    assert [m for _, m in unanswered] == [
        "A ball is thrown up at 12 m/s. Find the greatest height it reaches.",
        "A car brakes from 20 m/s in 4 s. Compute its deceleration.",
        "Two masses hang over a pulley. Determine the tension in the string.",
    ]
    assert not any(q.startswith("Extra practice") for _, _, q, _ in cards)


def test_other_languages_say_it_too() -> None:
    text = (
        "# Chimie\n\n## Exercices (sans corrigé)\n\n- Une solution contient 0,1 mol de NaCl. Calculez sa concentration.\n"
        "- Le pH vaut 3. Déterminez la concentration en ions H3O+.\n"
    )
    _, unanswered = cards_and_unanswered(text)
    assert len(unanswered) == 2


def test_a_list_of_facts_under_such_a_title_is_not_reported() -> None:
    text = "# Notes\n\n## Lecture 4 (no solutions posted yet)\n\n- The exam is on Friday.\n- Bring a calculator.\n- Room B12.\n"
    _, unanswered = cards_and_unanswered(text)
    assert unanswered == []


def test_a_list_under_another_title_is_left_alone() -> None:
    text = (
        "# Notes\n\n## Practice\n\n1. A ball is thrown up at 12 m/s. Find its height.\n2. A car brakes. Find its deceleration.\n"
    )
    _, unanswered = cards_and_unanswered(text)
    assert not any("Find its height" in m for _, m in unanswered)


def test_the_questions_of_a_list_to_review_are_reported() -> None:
    text = (
        "# Networking\n\n## Subnets\n\nA /24 holds 256 addresses.\n\n## To review\n\n"
        "- NAT vs PAT — keep mixing these up\n- VLAN tagging on trunk ports\n- When is a /31 allowed?\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [m for _, m in unanswered] == ["When is a /31 allowed?"]
    assert not any(q.startswith("To review") for _, _, q, _ in cards)


def test_a_list_to_review_without_questions_is_left_alone() -> None:
    text = "# Networking\n\n## Open questions\n\n- NAT vs PAT\n- ARP broadcasts\n"
    _, unanswered = cards_and_unanswered(text)
    assert unanswered == []


def test_a_note_after_the_question_mark_is_dropped() -> None:
    text = "# Notes\n\n## Still unclear\n\n- Does caffeine cross the placenta? check with the tutor\n- Lab report format\n"
    _, unanswered = cards_and_unanswered(text)
    assert [m for _, m in unanswered] == ["Does caffeine cross the placenta?"]


@pytest.mark.parametrize(
    ("title", "items"),
    [
        ("## Behavioural (to prep)", ["Tell me about a deadline you missed.", "Describe a conflict in your team."]),
        ("## Questions orales (à préparer)", ["Expliquez le rôle du ribosome.", "Décrivez la mitose."]),
        ("## Fragen zum Vorbereiten", ["Erklären Sie die Osmose.", "Beschreiben Sie die Meiose."]),
    ],
)
def test_a_list_to_prepare_is_reported_item_by_item(title: str, items: list[str]) -> None:
    text = "# Prep\n\n## Warm-up\n\nSome notes.\n\n" + title + "\n\n" + "".join(f"- {i}\n" for i in items)
    _, unanswered = cards_and_unanswered(text)
    assert [m for _, m in unanswered] == items


def test_reminders_to_prepare_are_not_reported() -> None:
    text = "# Trip\n\n## Things to prepare\n\n- Passport and tickets.\n- Charger for the laptop.\n- Cash for the taxi.\n"
    _, unanswered = cards_and_unanswered(text)
    assert unanswered == []


@pytest.mark.parametrize(
    ("title", "question"),
    [
        ("## To write next week", "Why does ice float on water?"),
        ("## Cartes à écrire", "Pourquoi le ciel est-il bleu ?"),
        ("## Noch zu schreiben", "Warum ist Meerwasser salzig?"),
    ],
)
def test_the_questions_of_a_checklist_of_cards_to_write_are_reported(title: str, question: str) -> None:
    text = (
        "# Physics deck\n\n## Density\n\nIce is less dense than water.\n\n" + title + "\n\n"
        "- [ ] Something on *buoyancy* – Ana\n- [ ] " + question + "\n- [x] Unit conversions (kg/m³)\n"
    )
    _, unanswered = cards_and_unanswered(text)
    assert [m for _, m in unanswered] == [question]


def test_a_checklist_under_another_title_is_left_alone() -> None:
    text = "# Lab\n\n## Before submitting\n\n- [ ] Does every query run?\n- [x] Zip the files\n"
    _, unanswered = cards_and_unanswered(text)
    assert unanswered == []
