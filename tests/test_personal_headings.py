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
