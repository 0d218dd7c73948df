"""The ankdown comparison: the corpus converted to ankdown's card format, and how the runner finds the
tool and turns paired rounds into the issue's ratios (no timing is asserted: speed is bench/'s job)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ankdown import ENV_VAR, ankdown_text, convert_corpus, find_ankdown, to_ankdown_cards  # noqa: E402
from bench.corpus import corpus_stats, generate_corpus  # noqa: E402
from bench.run import ANKDOWN, COLD, EDIT, NO_OP, Sample, Skipped, format_bars, round_ratios  # noqa: E402

NOTE = """# Title

Intro prose is no card.

## Topic

### What is a heap?

A tree with the **heap** property.

```python
# a comment, not a heading
### nor this
x = 1
```

### Explain `sift_down`

- swap with the larger child
- repeat

## Another topic

Topic prose ends the previous answer.
"""


def test_each_h3_question_becomes_a_card_with_its_answer() -> None:
    cards = to_ankdown_cards(NOTE)
    assert [front for front, _ in cards] == ["What is a heap?", "Explain `sift_down`"]
    heap, sift = (back for _, back in cards)
    assert heap.startswith("A tree with the **heap** property.")
    assert "### nor this" in heap and heap.endswith("```")  # fenced lines stay code
    assert sift == "- swap with the larger child\n- repeat"  # the H2 ends it; its prose is not taken


def test_cards_are_written_with_ankdowns_separators() -> None:
    text = ankdown_text([("Q1", "A1"), ("Q2", "line\nline")])
    assert text == "Q1\n%\nA1\n---\nQ2\n%\nline\nline\n---\n"


def test_a_back_holding_a_separator_line_is_refused() -> None:
    with pytest.raises(ValueError, match="separator"):
        ankdown_text([("Q", "before\n---\nafter")])


def test_converted_corpus_holds_every_note(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path / "corpus", 30, seed=3, notes_per_file=8)
    cards = convert_corpus(tmp_path / "corpus", tmp_path / "ankdown")
    assert cards == corpus_stats(paths).notes == 30
    written = sorted(p.relative_to(tmp_path / "ankdown") for p in (tmp_path / "ankdown").rglob("*.md"))
    assert written == sorted(p.relative_to(tmp_path / "corpus") for p in paths)  # same folders: same decks
    total = sum(p.read_text(encoding="utf-8").count("\n%\n") for p in (tmp_path / "ankdown").rglob("*.md"))
    assert total == 30


def _executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_ankdown_is_found_by_option_then_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert find_ankdown() is None
    from_env = _executable(tmp_path / "env-ankdown")
    monkeypatch.setenv(ENV_VAR, str(from_env))
    assert find_ankdown() == from_env
    explicit = _executable(tmp_path / "my-ankdown")
    assert find_ankdown(str(explicit)) == explicit
    (tmp_path / "not-executable").write_text("", encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "not-executable"))
    assert find_ankdown() is None
    assert os.environ[ENV_VAR]  # the variable is read, not consumed


def test_bars_are_ratios_of_steps_in_the_same_round() -> None:
    def runs(*walls: float) -> list[Sample | Skipped]:
        return [Sample(w, None, 1) for w in walls]

    outcomes: dict[str, list[Sample | Skipped]] = {
        COLD: runs(2.0, 4.0, 3.0),
        ANKDOWN: runs(4.0, 5.0, 6.0),
        NO_OP: runs(0.1, 0.1, 0.3),
        EDIT: [Sample(0.2, None, 1), Skipped("failed"), Sample(0.6, None, 1)],
    }
    assert round_ratios(outcomes, COLD, ANKDOWN) == pytest.approx([0.5, 0.8, 0.5])
    assert round_ratios(outcomes, EDIT, COLD) == pytest.approx([0.1, 0.2])  # the skipped round is left out
    bars = "\n".join(format_bars(outcomes))
    assert f"{COLD} / {ANKDOWN}: 0.500 [0.500–0.800] over 3 rounds (≤ 0.60: met)" in bars
    assert f"{NO_OP} / {COLD}: 0.050 [0.025–0.100] over 3 rounds (≤ 0.05: met)" in bars
    assert f"{EDIT} / {COLD}: 0.150 [0.100–0.200] over 2 rounds (≤ 0.12: NOT met)" in bars
