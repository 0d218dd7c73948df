"""Exercise lists: an answer made only of the problem's own data (its `Input:` block and its desired
output) is no answer, and a difficulty level after the question (`(L1)`) is no part of it."""

from __future__ import annotations

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered


def test_given_data_and_desired_output_alone_are_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(
        "# SQL drills\n\n"
        "**1. How to rank employees by salary within each department? (L2)**\n\n"
        "```sql\nSELECT name, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) FROM emp;\n```\n\n"
        "**2. How to find duplicate emails?**\n\nLevel: L1\n\n"
        "Input:\n```text\na@x.org\nb@x.org\na@x.org\n```\n\nExpected output: `a@x.org`\n\n"
        "**3. How to get the second highest salary?**\n\n"
        "Return one number for the table `emp`.\n\n**Desired Output:** `9000`\n"
    )
    assert [(c[0], c[2]) for c in cards] == [(3, "How to rank employees by salary within each department?")]
    assert [(line, message) for line, message in unanswered] == [
        (9, "How to find duplicate emails? (only the problem)"),
        (22, "How to get the second highest salary? (only the problem)"),
    ]


def test_a_solution_beside_the_expected_output_is_an_answer() -> None:
    assert empty_reason("Input:\n```python\nx = [3, 1]\n```\n\nDesired output: `[1, 3]`\n\n```python\nsorted(x)\n```") is None
    assert empty_reason("Expected output: 42\n\n" + "Because the loop adds every odd number below thirteen. " * 6) is None
    assert empty_reason("```python\nprint(sum(range(10)))\n```\n\nOutput:\n```\n45\n```") is None
