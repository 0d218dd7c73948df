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
