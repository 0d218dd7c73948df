"""In a list of numbered exercise headings (`#### 1. …`, `#### 2. …`), an exercise whose only answer is a
code block of imports (`import pandas as pd`) is a card: the imports are what it asks for. Elsewhere a code
block of imports only is still a list of libraries to load, not a card."""

from __future__ import annotations

from tests.helpers import extract_text

_DRILLS = (
    "# Pandas drills\n\n"
    "#### 1. Load the pandas library under its usual short name\n\n```python\nimport pandas as pd\n```\n\n"
    "#### 2. Build a frame of two columns from a dict\n\n```python\ndf = pd.DataFrame({'a': [1, 2], 'b': [3, 4]})\n```\n\n"
    "#### 3. Select the rows where column a exceeds 1\n\n```python\ndf[df.a > 1]\n```\n\n"
    "#### 4. Count the missing values of each column\n\n```python\ndf.isna().sum()\n```\n"
)


def test_an_import_fence_answers_a_numbered_exercise() -> None:
    extraction, _ = extract_text(_DRILLS)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert len(cards) == 4
    front = next(q for q in cards if "pandas library" in q)
    assert "import pandas as pd" in cards[front]


def test_an_import_fence_under_an_unnumbered_heading_stays_skipped() -> None:
    text = _DRILLS.replace("#### 1. Load the pandas library under its usual short name", "#### Setup")
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if "import pandas" in d.answer]
