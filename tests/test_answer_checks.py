"""`empty_reason` decides early for long answers; it must say what its definition says for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.extract.answers import _PLACEHOLDER, _URL_LINE, empty_reason


def reference(markdown: str) -> str | None:
    lines = [line for line in markdown.splitlines() if line.strip() and not line.strip().startswith("```")]
    if not lines:
        return "no answer"
    if "```" in markdown and all(line.strip() in CODE_NOTES for line in lines):
        return "placeholder"  # a code cell left to fill in
    if len(lines) == 1 and _PLACEHOLDER.match(lines[0]):
        return "placeholder"
    if all(_URL_LINE.match(line) for line in lines):
        return "only links"
    return None


CODE_NOTES = {"TODO", "tbd.", "..."}
LINES = ["", "   ", "```python", "``` ", "TODO", "tbd.", "...", "https://x.org", "- https://a.b/c", "[doc](https://d)",
         "<https://e.f>", "An answer.", "x = 1", "* [t](u) more", "no answer"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=6))
def test_empty_reason_follows_its_definition(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert empty_reason(text) == reference(text)
