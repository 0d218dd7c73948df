"""A task label over a code block, answered in the paragraph after the code by an answer label, full or
abbreviated (`**Task:** What does this print?`, a fence, `Ans. 3`): the code joins the question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTES = """\
# Interview prep

## Practical

**Task:** What does this print?

```python
print(0.1 + 0.2 == 0.3)
```

Ans. `False`: binary floating point cannot hold 0.1 exactly.

**Zadanie:** Co wypisze ten kod?

```js
console.log(typeof null)
```

Odp. `"object"`, historyczny błąd języka.

**Task:** Reverse a string without a library call.
"""


def test_the_code_joins_the_task_and_the_labelled_paragraph_answers_it() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    # Another rule may read the English task already; the abbreviated Polish label is this rule's.
    assert cards[1][1] == "task-label"
    assert [(line, question, answer) for line, _, question, answer in cards] == [
        (
            5,
            "What does this print?\n\n```python\nprint(0.1 + 0.2 == 0.3)\n```",
            "`False`: binary floating point cannot hold 0.1 exactly.",
        ),
        (
            13,
            "Co wypisze ten kod?\n\n```js\nconsole.log(typeof null)\n```",
            '`"object"`, historyczny błąd języka.',
        ),
    ]
    assert [line for line, _ in unanswered] == [21]


def test_code_after_a_task_without_an_answer_label_is_no_card() -> None:
    text = "# Lab\n\n**Task:** Run the script.\n\n```sh\n./run.sh\n```\n\nIt prints a summary.\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "task-label"]
