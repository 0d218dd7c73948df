"""Worked problems under a heading that only numbers them (`### Задача 1`, read by the numbered-problem rule;
`### 1-ші есеп`, a number in its ordinal form before the word, read by the label-heading rule): the statement
is the front, the working written out under its labels (`**Дано:**` / `**Найти:**`, `**Решение:**`,
`**Ответ:**`) the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# A Russian kinematics page: data, solution and answer under labels; a problem left for later; a footer.
RUSSIAN = """\
# Кинематика — задачи

### Задача 1

Тело падает с высоты 45 м. Сколько времени длится падение?

**Дано:** $h = 45$ м; $g = 10$ м/с²
**Найти:** $t$ — ?

**Решение:**
$t = \\sqrt{2h/g} = 3$ с.

**Ответ:** 3 с.

### Задача 2

Какова масса тела весом 50 Н?

**Ответ:** 5 кг.

### Задача 3

Найдите путь за 4 с при ускорении 2 м/с².

**Решение:** *(позже)*

---

Вопросы пишите в чат.
"""

# Kazakh problems under ordinal headings: data, solution and answer labels; an answer left blank.
KAZAKH = """\
# Механика — есептер

### 1-ші есеп

Дене 20 м биіктіктен құлайды. Құлау уақытын табыңыз.

**Берілгені:** $h = 20$ м

**Шешуі:** $t = \\sqrt{2h/g} = 2$ с.

**Жауабы:** 2 с.

### 2-ші есеп

Массасы 4 кг денеге 8 Н күш әсер етеді. Үдеуін табыңыз.

**Шешуі:** $a = F/m = 2$ м/с².

### 3-ші есеп

Жылдамдығы 10 м/с дененің 5 с ішіндегі жолын табыңыз.

**Жауабы:** ___
"""

# German problems under `Aufgabe N`, the data labelled `Gegeben` / `Gesucht`.
GERMAN = """\
# Physik — Übungen

### Aufgabe 1

Ein Zug fährt 90 km in 1,5 h. Berechnen Sie seine Geschwindigkeit.

**Gegeben:** $s = 90$ km, $t = 1{,}5$ h

**Lösung:** $v = s/t = 60$ km/h.

### Aufgabe 2

Ein Körper der Masse 3 kg erfährt die Kraft 12 N. Berechnen Sie die Beschleunigung.

**Lösung:** $a = F/m = 4$ m/s².
"""

# Headings opening with a number and two words, over prose: no exercise.
PROSE = """\
# Notes

### 3 key ideas

Caching trades memory for time. **Note:** invalidation is the hard part.

### 2 open points

We still need to pick a database.
"""


def test_the_statement_is_the_front_and_the_working_the_back() -> None:
    cards, unanswered = cards_and_unanswered(RUSSIAN)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Тело падает с высоты 45 м. Сколько времени длится падение?"] == (
        "numbered-problem",
        "**Дано:** $h = 45$ м; $g = 10$ м/с²\n**Найти:** $t$ — ?\n\n**Решение:**\n$t = \\sqrt{2h/g} = 3$ с.\n\n"
        "**Ответ:** 3 с.",
    )
    assert found["Какова масса тела весом 50 Н?"] == ("numbered-problem", "**Ответ:** 5 кг.")
    assert [m.split(" (")[0] for _, m in unanswered] == ["Найдите путь за 4 с при ускорении 2 м/с²."]
    assert not any("Вопросы" in a for _, _, _, a in cards)  # the footer after the rule is no answer


def test_ordinal_headings_over_the_working_are_exercises() -> None:
    cards, unanswered = cards_and_unanswered(KAZAKH)
    found = {q: (rule, a) for _, rule, q, a in cards}
    # `Жауабы:` is a shared answer label, which the details rule reads first: the working before it opens the back.
    assert found["Дене 20 м биіктіктен құлайды. Құлау уақытын табыңыз."][1].startswith(
        "**Берілгені:** $h = 20$ м\n\n**Шешуі:** $t = \\sqrt{2h/g} = 2$ с.\n\n"
    )
    assert found["Массасы 4 кг денеге 8 Н күш әсер етеді. Үдеуін табыңыз."] == ("label-heading", "$a = F/m = 2$ м/с².")
    assert [m.split(" (")[0] for _, m in unanswered] == ["Жылдамдығы 10 м/с дененің 5 с ішіндегі жолын табыңыз."]


def test_data_labels_in_german_open_the_back() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    found = {q: a for _, _, q, a in cards}
    assert found["Ein Zug fährt 90 km in 1,5 h. Berechnen Sie seine Geschwindigkeit."] == (
        "**Gegeben:** $s = 90$ km, $t = 1{,}5$ h\n\n**Lösung:** $v = s/t = 60$ km/h."
    )
    assert found["Ein Körper der Masse 3 kg erfährt die Kraft 12 N. Berechnen Sie die Beschleunigung."] == "**Lösung:** $a = F/m = 4$ m/s²."
    assert unanswered == []


def test_numbered_headings_over_prose_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(PROSE)
    assert all(rule != "label-heading" for _, rule, _, _ in cards)
    assert unanswered == []
