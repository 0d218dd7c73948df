"""Problems answered under a solution sub-heading (`## 7. Title`, statement, `### Solution`) are cards; a
placeholder solution or a numbered problem without any leaves the problem unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

SQL = """# SQL practice log

Notes from the practice site. Difficulty: Easy / Medium / Hard.

## 176. Second Highest Salary

**Medium** · [link](https://example.org/176)

Return the second highest distinct salary from `Employee`, or `NULL` when there is none.

### Solution

Skip the top value with `OFFSET`:

```sql
SELECT (SELECT DISTINCT salary FROM Employee ORDER BY salary DESC LIMIT 1 OFFSET 1) AS second;
```

### Complexity

One sort of the salaries.

## 181. Employees Earning More Than Their Managers

Easy

Find the employees who earn more than their managers.

### My solution

A self-join on `managerId`.

## 185. Department Top Three Salaries

Hard

Find the employees who earn one of the top three salaries of their department.

### Solution

> TODO: window functions version

## 197. Rising Temperature

Find the dates whose temperature is higher than the day before.

<!-- solve this one later -->

## Lessons

Most of these reduce to a self-join or a window function, which I now reach for first.
"""


def _extract(text: str) -> tuple[list[tuple[int, str, str, tuple[str, ...], tuple[str, ...]]], list[str]]:
    extraction, _ = extract_text(text)
    cards = [(d.loc.line, d.question, d.answer, d.context, d.tags) for d in extraction.drafts]
    return cards, [f"{d.loc.line}: {d.message}" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_the_statement_is_the_front_and_the_solution_sections_the_back() -> None:
    cards, _ = _extract(SQL)
    line, question, answer, context, tags = cards[0]
    assert line == 5
    assert question == "Return the second highest distinct salary from `Employee`, or `NULL` when there is none."
    assert answer.startswith("Skip the top value with `OFFSET`:") and answer.endswith("One sort of the salaries.")
    assert "### Complexity" in answer
    assert context == ("Second Highest Salary",)
    assert "difficulty::medium" in tags
    assert cards[1][1:3] == ("Find the employees who earn more than their managers.", "A self-join on `managerId`.")
    assert len(cards) == 2  # `Lessons` is prose, not a problem


def test_placeholder_solutions_and_unsolved_problems_are_unanswered() -> None:
    _, unanswered = _extract(SQL)
    assert unanswered == [
        "33: Find the employees who earn one of the top three salaries of their department. (placeholder)",
        "43: Find the dates whose temperature is higher than the day before.",
    ]


def test_a_heading_that_asks_keeps_its_answer_heading() -> None:
    text = "# Biology\n\n## What does the ribosome do?\n\n### Answer\n\nIt translates mRNA into protein.\n"
    cards, _ = _extract(text)
    assert [(c[1], c[2]) for c in cards] == [("What does the ribosome do?", "### Answer\n\nIt translates mRNA into protein.")]


def test_a_problem_without_statement_is_asked_by_its_title() -> None:
    text = "# Geometry\n\n## Pythagoras for a 3-4 triangle\n\n### Lösung\n\nDie Hypotenuse ist 5.\n"
    cards, _ = _extract(text)
    assert [(c[1], c[2]) for c in cards] == [("Pythagoras for a 3-4 triangle", "Die Hypotenuse ist 5.")]


def test_an_answers_heading_over_question_headings_or_under_a_quiz_is_no_problem() -> None:
    text = """# Optics

## Lenses

A lens bends light by refraction.

### Answers

#### What is a focal length?

The distance at which parallel rays meet.

## Quiz

- What is refraction?
- What is dispersion?

### Answers

1. Bending of light between media.
2. Splitting of light by wavelength.
"""
    cards, _ = _extract(text)
    assert "A lens bends light by refraction." not in [c[1] for c in cards]
    assert not any(c[1].startswith("- What is refraction?") for c in cards)


def test_a_question_heading_after_the_solution_is_its_own_card() -> None:
    text = """# Graphs

## 1. Shortest path

Find the shortest path from `s` in a weighted graph.

### Solution

Dijkstra with a binary heap.

### Why does Dijkstra fail with negative edges?

A settled node could still get cheaper later.
"""
    cards, _ = _extract(text)
    assert [(c[1], c[2]) for c in cards] == [
        ("Find the shortest path from `s` in a weighted graph.", "Dijkstra with a binary heap."),
        ("Why does Dijkstra fail with negative edges?", "A settled node could still get cheaper later."),
    ]
