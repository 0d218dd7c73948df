"""A heading in the first person (`Things I learned`, `My takeaways`) gathers reflections: it is no topic."""

from __future__ import annotations

from tests.helpers import extract_text

HANDBOOK = """\
# SQL handbook

## Window functions

`ROW_NUMBER()` numbers rows within a partition:

```sql
SELECT name, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY pay) FROM staff;
```

## Common table expressions

A `WITH` clause names a subquery for the statement that follows:

```sql
WITH big AS (SELECT * FROM orders WHERE total > 100) SELECT count(*) FROM big;
```

## Indexes

| Kind | Use |
|---|---|
| B-tree | ranges and equality |
| Hash | equality only |

## What I got wrong this week

I kept writing `HAVING` where `WHERE` belongs:

```sql
SELECT dept FROM staff WHERE pay > 10 GROUP BY dept;
```

## My takeaways

Filter before grouping; it is cheaper.
"""


def test_first_person_headings_are_no_topics() -> None:
    extraction, _ = extract_text(HANDBOOK)
    fronts = [d.question for d in extraction.drafts]
    assert "Window functions" in fronts and "Common table expressions" in fronts
    assert not any("I got wrong" in f or "takeaways" in f for f in fronts)


LOG_WITH_ASIDE = """\
# Journal de garde — cardiologie

## Semaine 2

| Question | Réponse |
|---|---|
| Quel est le premier traitement d'un SCA ST+ ? | La reperfusion en urgence (angioplastie). |
| Quelle est la cible de LDL après un infarctus ? | Moins de 0,55 g/L. |

## Qu'est-ce qui a coincé cette semaine ?

Franchement, je bloque encore sur les ECG : je relis mon cahier chaque soir.
"""

NOTES_WITH_ONE_QUESTION = """\
# Netzwerke

## Schichten

Das OSI-Modell hat sieben Schichten.

## Was macht ARP?

ARP ordnet einer IPv4-Adresse die MAC-Adresse im lokalen Netz zu.
"""


def test_the_one_question_heading_answered_in_the_first_person_is_the_writers_aside() -> None:
    extraction, _ = extract_text(LOG_WITH_ASIDE)
    assert not [d for d in extraction.drafts if d.convention == "heading"]
    assert [d.question for d in extraction.drafts] == [
        "Quel est le premier traitement d'un SCA ST+ ?",
        "Quelle est la cible de LDL après un infarctus ?",
    ]
    assert any(d.kind == "skipped" and "writer's aside" in d.message for d in extraction.diagnostics)


def test_a_lone_question_heading_answered_impersonally_stays_a_card() -> None:
    extraction, _ = extract_text(NOTES_WITH_ONE_QUESTION)
    assert [(d.convention, d.question) for d in extraction.drafts if d.convention == "heading"] == [("heading", "Was macht ARP?")]


# Numbered question headings one level down; the writer's own question heading among the topic headings, in
# Ukrainian (the pronoun in the heading only) and in Polish.
NUMBERED_SERIES = """\
# {title}

## {aside}

{reason}

## Мережі

#### 1. Що робить ARP?

Зіставляє IPv4-адресу з MAC-адресою в локальній мережі.

#### 2. Чим TCP відрізняється від UDP?

TCP гарантує доставку й порядок, UDP — ні.

## Bazy danych

#### 3. Czym jest indeks?

Struktura, która przyspiesza wyszukiwanie wierszy.

#### 4. Co to jest transakcja?

Grupa operacji wykonywanych atomowo.
"""

UKRAINIAN_ASIDE = NUMBERED_SERIES.format(
    title="Питання до співбесіди",
    aside="Навіщо я це збираю?",
    reason="Після кожної співбесіди забуваю ті самі речі, тож краще записати.",
)
POLISH_ASIDE = NUMBERED_SERIES.format(
    title="Pytania rekrutacyjne",
    aside="Po co mi ta lista?",
    reason="Bo po trzeciej rozmowie zrozumiałem, że moja pamięć ciągle zawodzi.",
)
# The same page asking its own unnumbered question at the topic level, answered impersonally: a card.
TOPIC_QUESTION = NUMBERED_SERIES.format(
    title="Pytania rekrutacyjne",
    aside="Czym różni się IPv4 od IPv6?",
    reason="IPv6 ma 128-bitowe adresy, IPv4 — 32-bitowe.",
)


def test_a_first_person_question_heading_outside_the_numbered_series_is_the_writers_aside() -> None:
    for text in (UKRAINIAN_ASIDE, POLISH_ASIDE):
        extraction, _ = extract_text(text)
        headings = [d.question for d in extraction.drafts if d.convention == "heading"]
        assert len(headings) == 4
        assert not any(q.startswith(("Навіщо", "Po co")) for q in headings)
        assert any(d.kind == "skipped" and "writer's aside" in d.message for d in extraction.diagnostics)


def test_an_impersonal_question_heading_outside_the_numbered_series_stays_a_card() -> None:
    extraction, _ = extract_text(TOPIC_QUESTION)
    headings = [d.question for d in extraction.drafts if d.convention == "heading"]
    assert "Czym różni się IPv4 od IPv6?" in headings
    assert len(headings) == 5
