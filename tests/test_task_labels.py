"""Oral-exam topics: a task label (`**Task:**`, `**Aufgabe:**`, `**Úkol:**`, `**Feladat:**` …) answered by
the outline or answer label after it (`**Outline:**`, `**Gliederung:**`, `**Osnova:**` …) and the blocks
that follow, up to the next heading, rule or labelled paragraph; a task followed only by an HTML comment
and a note to self is unanswered. Also: dates lists under a dates label, and italic glossary terms under a
glossary label of another language."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Geschichte — mündliche Prüfung

## Thema 1 — Die Französische Revolution

**Aufgabe:** Erläutern Sie die Ursachen der Französischen Revolution!

**Gliederung:**
- Finanzkrise der Krone
- Einberufung der Generalstände 1789

**Begriffe:**
- *Ancien Régime* – die Gesellschaftsordnung vor 1789.
- *Dritter Stand* – Bürger und Bauern ohne Privilegien.

---

## Thema 2 — Der Wiener Kongress

**Aufgabe 2:** Beschreiben Sie die Ziele des Wiener Kongresses!

<!-- noch offen -->

*Lösung folgt*
"""


def test_a_task_answered_by_its_outline_and_a_task_left_to_write() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(line, rule, question, answer) for line, rule, question, answer in cards if rule == "task-label"] == [
        (
            5,
            "task-label",
            "Erläutern Sie die Ursachen der Französischen Revolution!",
            "- Finanzkrise der Krone\n- Einberufung der Generalstände 1789",
        )
    ]
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [
        (19, "Beschreiben Sie die Ziele des Wiener Kongresses!")
    ]


def test_an_outline_with_text_on_its_label_line() -> None:
    text = "# Physics\n\n## Topic 4\n\n**Task 4:** Explain Newton's third law!\n\n**Outline:** action and reaction.\n\n1. equal forces\n2. opposite directions\n\n**Formulas:**\n\n$$F_{12} = -F_{21}$$\n"
    cards, _ = cards_and_unanswered(text)
    assert cards[0][1:] == (
        "task-label",
        "Explain Newton's third law!",
        "action and reaction.\n\n1. equal forces\n2. opposite directions",
    )


def test_czech_task_and_hungarian_placeholder() -> None:
    text = "# Dějepis\n\n## 3. otázka\n\n**Úkol:** Popište příčiny první světové války!\n\n**Osnova:**\n- atentát v Sarajevu\n- spojenecké systémy\n\n## 4. tétel\n\n**Feladat:** Mutassa be a török hódoltságot!\n\n*Kidolgozás folyamatban…*\n"
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2]) for c in cards] == [("task-label", "Popište příčiny první světové války!")]
    assert [line for line, _ in unanswered] == [13]


def test_a_task_without_an_outline_label_is_left_to_the_other_rules() -> None:
    text = "# Notes\n\n## Homework\n\n**Task:** read chapter 3 before Monday.\n\nThe library closes at six.\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "task-label"] and not unanswered


DATES = """\
# Modern history

## The revolution of 1789

**Key dates:**
- 14 July 1789 – storming of the Bastille
- 4 August 1789 – abolition of feudal privileges
- 1791. September 3. – the first constitution

**Jahreszahlen:**
- 1815: Wiener Kongress
- 1848: Märzrevolution
"""


def test_date_lists_under_a_dates_label() -> None:
    cards, _ = cards_and_unanswered(DATES)
    assert [(line, rule, question, answer) for line, rule, question, answer in cards] == [
        (6, "date-list", "14 July 1789", "storming of the Bastille"),
        (7, "date-list", "4 August 1789", "abolition of feudal privileges"),
        (8, "date-list", "1791. September 3.", "the first constitution"),
        (11, "date-list", "1815", "Wiener Kongress"),
        (12, "date-list", "1848", "Märzrevolution"),
    ]


def test_a_dates_label_over_a_list_of_other_things_makes_no_date_cards() -> None:
    text = "# Trip\n\n**Dates:**\n- book the hotel early\n- check the train times\n- pack the passports\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "date-list"]


def test_a_list_of_dates_without_a_dates_label_is_no_date_list() -> None:
    text = "# Changelog\n\n**Releases:**\n- 2021 – first release\n- 2022 – second release\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "date-list"]


def test_italic_terms_under_a_hungarian_glossary_label() -> None:
    text = "# Biológia\n\n## Sejt\n\n**Fogalmak:**\n- *ozmózis* – a víz átjutása féligáteresztő hártyán.\n- *diffúzió* – anyagok kiegyenlítődése koncentrációkülönbség miatt.\n"
    cards, _ = cards_and_unanswered(text)
    assert [(rule, question) for _, rule, question, _ in cards] == [("glossary", "*ozmózis*"), ("glossary", "*diffúzió*")]
