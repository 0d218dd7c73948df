"""The code-arrow rule: quick-fire bullets with a code expression before an arrow and its result after it."""

from __future__ import annotations

from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer) for d in extraction.drafts]


def test_code_expressions_before_an_arrow_are_a_drill() -> None:
    text = """\
# Python gotchas

## Warm-up

- `0.1 + 0.2 == 0.3` → `False` (floating point)
- `[1] * 3` -> `[1, 1, 1]`
- `"a" * 0` ⇒ `''`
- What does `bool([])` give? → `False`
"""
    assert _cards(text) == [
        ("code-arrow", "`0.1 + 0.2 == 0.3`", "`False` (floating point)"),
        ("code-arrow", "`[1] * 3`", "`[1, 1, 1]`"),
        ("code-arrow", '`"a" * 0`', "`''`"),
        ("code-arrow", "What does `bool([])` give?", "`False`"),
    ]


def test_a_rename_map_of_names_is_no_drill() -> None:
    text = """\
# Changelog

## Renamed

- `old_name` → `new_name`
- `cfg` → `config`
- `get_user` → `fetch_user`
"""
    assert not [c for c in _cards(text) if c[0] == "code-arrow"]


def test_prose_items_in_the_list_make_it_no_drill() -> None:
    text = """\
# Notes

- `a + b` → `c`
- `x * y` → `z`
- renin → angiotensin I → angiotensin II
"""
    assert not [c for c in _cards(text) if c[0] == "code-arrow"]
