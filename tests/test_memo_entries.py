"""The memo-entry rule: memo-app exports, one memo under a heading that is only its timestamp, the question
on the memo's first line and the answer under it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ENGLISH = """\
# Memo export · #biology

---

### 2023-11-02 08:15:10

#biology/cells

What does the mitochondrion do?
It makes most of the cell's ATP by oxidative phosphorylation.

---

### 2023-11-02 19:40:55

#diary

Long day at the lab, the centrifuge broke again.

---

### 2023-11-03 07:02:31

#biology/cells #todo

Why do red blood cells have no nucleus?

---

### 2023-11-04 12:30:00

#biology/genetics

Mitosis vs meiosis
- mitosis: two identical diploid cells
- meiosis: four haploid cells, crossing over
"""

GERMAN = """\
## 2024/1/15 9:05

#chemie

Was ist ein Katalysator?
Ein Stoff, der die Aktivierungsenergie senkt und dabei nicht verbraucht wird.

## 2024/1/16 18:20

#chemie

Warum leitet Salzwasser Strom?

```text
NaCl -> Na+ + Cl-
```

## 2024/1/17 21:00

Heute nur wiederholt.

## 2024/1/18 07:45

#chemie #offen

Wie funktioniert eine Brennstoffzelle?
"""

SPANISH_DIARY = """\
## 2024-02-01

¿Qué aprendí hoy?
Nada nuevo.

## 2024-02-02

¿Y mañana?
Repasar.

## 2024-02-03

¿Y el viernes?
Descansar.
"""


def test_first_line_asks_and_the_rest_answers() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("memo-entry", "What does the mitochondrion do?", "It makes most of the cell's ATP by oxidative phosphorylation."),
        (
            "memo-entry",
            "Mitosis vs meiosis",
            "- mitosis: two identical diploid cells\n- meiosis: four haploid cells, crossing over",
        ),
    ]
    assert [message for _line, message in unanswered] == ["Why do red blood cells have no nucleus?"]


def test_answer_blocks_follow_and_a_question_alone_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Was ist ein Katalysator?", "Ein Stoff, der die Aktivierungsenergie senkt und dabei nicht verbraucht wird."),
        ("Warum leitet Salzwasser Strom?", "```text\nNaCl -> Na+ + Cl-\n```"),
    ]
    assert [message for _line, message in unanswered] == ["Wie funktioniert eine Brennstoffzelle?"]


def test_date_headings_without_a_time_are_no_memos() -> None:
    cards, _unanswered = cards_and_unanswered(SPANISH_DIARY)
    assert all(rule != "memo-entry" for _line, rule, _q, _a in cards)
