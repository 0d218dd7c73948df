"""The output-item rule: a bold number alone on its line, a code fence under it and a labelled output line
after the fence ("what does this print" drills)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

PYTHON_DRILLS = """\
# Python quirks

## Output drills

**1.**

```python
print([] == False)
```

Output: `False`

**2)**

```python
x = [1, 2]
y = x
y.append(3)
print(x)
```

**Ausgabe:** `[1, 2, 3]` — beide Namen zeigen auf dieselbe Liste.

**3.**

```python
print(0.1 + 0.2 == 0.3)
```

Output: TODO

**4.**

```python
print(round(2.5))
```

## Next section
"""


def test_bold_numbered_code_with_output_lines() -> None:
    cards, unanswered = cards_and_unanswered(PYTHON_DRILLS)
    assert [(line, rule) for line, rule, _, _ in cards] == [(5, "output-item"), (13, "output-item")]
    assert cards[0][2] == "```python\nprint([] == False)\n```"
    assert cards[0][3] == "`False`"
    assert cards[1][3].startswith("`[1, 2, 3]`")
    assert [line for line, _ in unanswered] == [24, 32]


def test_a_bold_numbered_listing_without_outputs_is_no_drill() -> None:
    text = "# Setup\n\n**1.**\n\n```sh\npip install x\n```\n\nThen run it.\n\n**2.**\n\n```sh\nx --help\n```\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "output-item"]
    assert unanswered == []


def test_a_franco_arabic_answer_label_and_later_note() -> None:
    text = "# JS\n\n**1.**\n\n```js\nconsole.log(typeof NaN);\n```\n\nEl output: `number`\n\n**2.**\n\n```js\n[] + {}\n```\n\nEl gawab: lessa hakteb-ha 🙏\n"
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, a) for line, _, _, a in cards] == [(3, "`number`")]
    assert [line for line, _ in unanswered] == [11]
