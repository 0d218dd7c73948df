"""Tests for ankibuild.dump: recognising repository dumps and splitting them, flattened or not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.dump import FLATTENED_MESSAGE, DumpPart, PartProblem, looks_like_dump, unflatten_dump

FIXTURES = Path(__file__).parent / "fixtures" / "dump"
SOURCE = Path(__file__).resolve().parent.parent / "source"
SEED = SOURCE / "mle-interview-questions-repo.md"
RULE = "-" * 80


def inner_lines(name: str) -> list[str]:
    """The lines of a fixture file as a dumper numbers them."""
    return (FIXTURES / "repo" / name).read_text(encoding="utf-8").splitlines()


def squeeze(line: str) -> str:
    """A line as it reads after flattening squeezed every run of white space to one space."""
    return re.sub(r"\s+", " ", line).strip()


def flat_dump(files: dict[str, list[str]]) -> str:
    """A flattened dump written the way the real one is: one line, single spaces."""
    parts = []
    for path, lines in files.items():
        numbered = " ".join(f"{k} | {line}" if line else f"{k} |" for k, line in enumerate(lines, 1))
        parts.append(f"/{path}: {RULE} {numbered} {RULE}".replace("  ", " "))
    return "├── tree listing " + " ".join(parts)


def line_dump(files: dict[str, list[str]]) -> str:
    """A dump that kept its newlines, numbers padded to the widest."""
    out = ["├── tree listing\n\n"]
    for path, lines in files.items():
        width = len(str(len(lines)))
        out.append(f"/{path}:\n{RULE}\n")
        out.extend(f"{str(k).rjust(width)} | {line}\n" for k, line in enumerate(lines, 1))
        out.append(f"{RULE}\n\n")
    return "".join(out)


def lines_of(part: DumpPart) -> list[str]:
    return part.text.split("\n")


# --- looks_like_dump ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lines.md", "flattened.md"])
def test_fixture_dumps_are_dumps(name: str) -> None:
    assert looks_like_dump((FIXTURES / name).read_text(encoding="utf-8"))


def test_the_real_seed_is_a_dump() -> None:
    assert looks_like_dump(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "# Notes\n\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n",
        "1 | first\n2 | second\n",
        "/usr/local/bin:\n---\n\n1 | not a dump\n",
        "See /path/to/file.md: it is fine.\n\n" + RULE + "\n\ntext\n",
        "/notes.md:\n" + RULE + "\nno numbers here\n" + RULE + "\n",
        "/notes.md: " + RULE + " 2 | starts at two " + RULE,
        "",
    ],
)
def test_ordinary_markdown_is_not_a_dump(text: str) -> None:
    assert not looks_like_dump(text)


@pytest.mark.parametrize(
    "name",
    [
        "ds-ai-ml-interview-handbook.md",
        "machine-learning-interview-questions.md",
        "amazon-breadth-and-depth.md",
        "guide-to-ml-interviews.md",
    ],
)
def test_the_other_seed_files_are_not_dumps(name: str) -> None:
    assert not looks_like_dump((SOURCE / name).read_text(encoding="utf-8"))


# --- the fixture dumps ------------------------------------------------------------------------------------


def test_dump_with_newlines_gives_the_files_back_exactly() -> None:
    result = unflatten_dump((FIXTURES / "lines.md").read_text(encoding="utf-8"))
    assert [part.path for part in result.parts] == ["README.md", "study/notes.md", "study/tables.md"]
    for part in result.parts:
        assert not part.flattened
        assert lines_of(part) == inner_lines(part.path.rsplit("/", 1)[-1])
    # Indentation survived, so no `flattened` warning; the Python file is skipped.
    assert result.problems == (PartProblem("tools/tool.py", 0, "info", "skipped", "not a Markdown file"),)


def test_flattened_dump_gives_the_squeezed_lines_back() -> None:
    result = unflatten_dump((FIXTURES / "flattened.md").read_text(encoding="utf-8"))
    assert [part.path for part in result.parts] == ["README.md", "study/notes.md", "study/tables.md"]
    for part in result.parts:
        assert part.flattened
        assert lines_of(part) == [squeeze(line) for line in inner_lines(part.path.rsplit("/", 1)[-1])]
    assert result.problems == (
        PartProblem("study/notes.md", 0, "warning", "flattened", FLATTENED_MESSAGE),
        PartProblem("study/tables.md", 0, "warning", "flattened", FLATTENED_MESSAGE),
        PartProblem("tools/tool.py", 0, "info", "skipped", "not a Markdown file"),
    )


def test_flattened_tables_with_cells_equal_to_line_numbers() -> None:
    result = unflatten_dump((FIXTURES / "flattened.md").read_text(encoding="utf-8"))
    tables = lines_of(result.parts[2])
    assert tables[4:9] == ["| 6 | 36 |", "| 7 | 6 |", "| 7 | 49 |", "| 9 | 8 |", "| 10 | 100 |"]
    assert tables[10:13] == ["| 12 | 13 |", "|---|---|", "| 14 | 15 |"]
    assert tables[16:] == ["```bash", "tail -n 19 | sort | head -n 20 | uniq", "```"]


def test_empty_last_line_is_kept_and_the_closing_rule_is_not() -> None:
    for name in ("lines.md", "flattened.md"):
        readme = unflatten_dump((FIXTURES / name).read_text(encoding="utf-8")).parts[0]
        assert lines_of(readme) == ["# Repo", "", "See notes.md and tables.md.", ""]


# --- synthetic dumps ---------------------------------------------------------------------------------------

AMBIGUOUS = {
    "table row in the line before": ["# T", "| 3 | 4 |", "b", "c", "d"],
    "table of squares": [
        "# T",
        "",
        "| x | y |",
        "|---|---|",
        "| 1 | 2 |",
        "| 2 | 4 |",
        "| 3 | 6 |",
        "| 4 | 8 |",
        "| 5 | 10 |",
        "end",
    ],
    "cell inside the line before": ["a", "| a | 3 | b |", "| c | d |", "x"],
    "cell inside its own line": ["a", "| a | b |", "| c | 3 | d |", "x"],
    "last cell of the line before": ["a", "| a | b | 3 |", "| c | d |", "x"],
    "first cell of the line before": ["a", "| 3 | b |", "| c | d |", "x"],
    "last cell of its own line": ["a", "| a | b |", "| c | d | 3 |", "| e | f |"],
    "shell pipe": ["head -n 3 | sort", "x 2 | y", "z"],
    "numbers and pipes everywhere": ["1 | 2 | 3", "2 | 3", "3 |"],
    "pipeline in code before the end": ["x", "```sh", "seq 3 | sort", "```"],
    "pipeline naming the next line": ["x", "```sh", "seq 4 | sort", "```"],
}


@pytest.mark.parametrize("lines", AMBIGUOUS.values(), ids=AMBIGUOUS.keys())
def test_false_markers_in_content_are_resolved(lines: list[str]) -> None:
    result = unflatten_dump(flat_dump({"a.md": lines}))
    assert lines_of(result.parts[0]) == lines
    assert all(p.kind == "flattened" for p in result.problems)


@pytest.mark.parametrize("lines", AMBIGUOUS.values(), ids=AMBIGUOUS.keys())
def test_dump_with_newlines_is_never_ambiguous(lines: list[str]) -> None:
    result = unflatten_dump(line_dump({"a.md": lines}))
    assert lines_of(result.parts[0]) == lines
    assert result.problems == ()


def test_a_long_table_of_small_numbers_is_split_right() -> None:
    lines = ["| 1 | 2 | 3 | 4 |"] * 400
    assert lines_of(unflatten_dump(flat_dump({"a.md": lines})).parts[0]) == lines


def test_flattened_numbering_break_keeps_the_rest_in_the_last_line() -> None:
    text = f"/a.md: {RULE} 1 | a 2 | b 4 | c 5 | d {RULE} /b.md: {RULE} 1 | fine {RULE}"
    result = unflatten_dump(text)
    assert [lines_of(p) for p in result.parts] == [["a", "b 4 | c 5 | d"], ["fine"]]
    assert result.problems == (
        PartProblem(
            "a.md",
            2,
            "warning",
            "numbering",
            "line numbering breaks after line 2 (expected 3, found 4); the rest is kept in line 2",
        ),
    )


def test_numbering_break_with_newlines_keeps_the_rest_after_the_last_good_line() -> None:
    text = f"/a.md:\n{RULE}\n1 | a\n2 | b\n4 | c\nstray\n5 | d\n{RULE}\n"
    result = unflatten_dump(text)
    assert result.parts[0].text == "a\nb\n4 | c\nstray\n5 | d"
    assert [(p.part, p.line, p.severity, p.kind) for p in result.problems] == [("a.md", 2, "warning", "numbering")]
    assert "expected 3, found line numbered 4" in result.problems[0].message


def test_a_part_not_starting_at_one_is_kept_whole_and_reported() -> None:
    text = f"/a.md: {RULE} 1 | x {RULE} /b.md: {RULE} 2 | y 3 | z {RULE}"
    result = unflatten_dump(text)
    assert [(p.path, p.text) for p in result.parts] == [("a.md", "x"), ("b.md", "2 | y 3 | z")]
    assert [(p.part, p.line, p.kind) for p in result.problems] == [("b.md", 1, "numbering")]


def test_missing_closing_rule_is_reported() -> None:
    result = unflatten_dump(f"/a.md: {RULE} 1 | x 2 | y")
    assert lines_of(result.parts[0]) == ["x", "y"]
    assert [(p.line, p.kind) for p in result.problems] == [(2, "truncated")]


def test_a_last_line_of_dashes_is_content() -> None:
    lines = ["Title", RULE]
    for dump in (flat_dump({"a.md": lines}), line_dump({"a.md": lines})):
        assert lines_of(unflatten_dump(dump).parts[0]) == lines


def test_empty_inner_file() -> None:
    result = unflatten_dump(f"/empty.md:\n{RULE}\n{RULE}\n/b.md:\n{RULE}\n1 | b\n{RULE}\n")
    assert [(p.path, p.text) for p in result.parts] == [("empty.md", ""), ("b.md", "b")]


def test_only_markdown_and_text_parts_are_returned() -> None:
    files = {"A.MD": ["a"], "b.markdown": ["b"], "c.txt": ["c"], "d.py": ["print(1)"], "e.json": ["{}"], "f.md.bak": ["f"]}
    result = unflatten_dump(flat_dump(files))
    assert [p.path for p in result.parts] == ["A.MD", "b.markdown", "c.txt"]
    assert [(p.part, p.severity, p.kind, p.message) for p in result.problems] == [
        (name, "info", "skipped", "not a Markdown file") for name in ("d.py", "e.json", "f.md.bak")
    ]


def test_flattened_warning_only_for_parts_with_code_or_lists() -> None:
    files = {
        "prose.md": ["# Title", "", "Just prose."],
        "list.md": ["- item"],
        "code.md": ["~~~", "x", "~~~"],
        "num.md": ["1. one"],
    }
    result = unflatten_dump(flat_dump(files))
    assert [(p.part, p.line, p.kind) for p in result.problems] == [
        ("list.md", 0, "flattened"),
        ("code.md", 0, "flattened"),
        ("num.md", 0, "flattened"),
    ]


def test_paths_with_spaces_when_newlines_are_kept() -> None:
    result = unflatten_dump(line_dump({"My Notes/week 1.md": ["hello"]}))
    assert [(p.path, p.text) for p in result.parts] == [("My Notes/week 1.md", "hello")]


def test_flattened_dump_that_kept_its_spaces_keeps_indentation() -> None:
    lines = ["- a", "    - nested", "", "```py", "def f():", "    return 1", "```"]
    text = line_dump({"a.md": lines}).replace("\n", " ")
    part = unflatten_dump(text).parts[0]
    assert part.flattened
    assert lines_of(part) == lines


LINE = st.text(alphabet="abc XYZ|#*-`>.,()", max_size=25).map(squeeze)
LINE_WITH_SPACES = st.text(alphabet="abc 0123456789|#*-`>.,()\t", max_size=25)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=30))
def test_flattened_round_trip(lines: list[str]) -> None:
    assert lines_of(unflatten_dump(flat_dump({"a.md": lines})).parts[0]) == lines


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(LINE_WITH_SPACES, min_size=1, max_size=30))
def test_round_trip_with_newlines_is_exact(lines: list[str]) -> None:
    assert lines_of(unflatten_dump(line_dump({"a.md": lines})).parts[0]) == lines


# --- the real seed ------------------------------------------------------------------------------------------

SEED_LINE_COUNTS = {
    "Chips_Machine_Learning_Interviews_Book/chapter5.md": 54,
    "Chips_Machine_Learning_Interviews_Book/chapter6.md": 5,
    "Chips_Machine_Learning_Interviews_Book/chapter7.md": 242,
    "Chips_Machine_Learning_Interviews_Book/chapter8.md": 1,
    "Chips_Machine_Learning_Interviews_Book/ml-interviews-book.md": 9,
    "MLE_Interview_QnA/AgenticAIQnA.md": 24,
    "MLE_Interview_QnA/DataScienceQnA.md": 822,
    "MLE_Interview_QnA/PythonQnA.md": 494,
    "MLE_Interview_QnA/case_study_company_A.md": 141,
    "README.md": 12,
}
"""Counted independently: split the seed on ` <80 dashes> `, then find `k |` markers one by one."""


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[DumpPart], tuple[PartProblem, ...]]:
    text = SEED.read_text(encoding="utf-8")
    result = unflatten_dump(text)
    return text, list(result.parts), result.problems


def test_seed_parts_and_line_counts(seed: tuple[str, list[DumpPart], tuple[PartProblem, ...]]) -> None:
    _, parts, _ = seed
    assert {p.path: len(lines_of(p)) for p in parts} == SEED_LINE_COUNTS
    assert list(SEED_LINE_COUNTS) == [p.path for p in parts]
    assert all(p.flattened for p in parts)


def test_seed_first_lines(seed: tuple[str, list[DumpPart], tuple[PartProblem, ...]]) -> None:
    _, parts, _ = seed
    chapter5 = lines_of(parts[0])
    assert chapter5[0] == "## 5 Math"
    assert chapter5[5].startswith("1. [E] What’s the geometric interpretation")
    assert chapter5[-1] == "### 5.2.1 Probability"
    assert lines_of(parts[1]) == ["## Chapter 6. Computer Science", "", "###", "", ""]
    assert lines_of(parts[3]) == ["## Chapter 8. Machine learning algorithms"]
    assert lines_of(parts[-1])[0] == "# MLE Interview Questions"
    assert not any(RULE in p.text for p in parts)


def test_seed_problems_are_only_flattening_warnings(seed: tuple[str, list[DumpPart], tuple[PartProblem, ...]]) -> None:
    _, parts, problems = seed
    assert {p.kind for p in problems} == {"flattened"}
    # chapter6 and chapter8 hold neither code nor lists.
    assert [p.part for p in problems] == [
        p.path
        for p in parts
        if p.path
        not in ("Chips_Machine_Learning_Interviews_Book/chapter6.md", "Chips_Machine_Learning_Interviews_Book/chapter8.md")
    ]


def test_seed_round_trip_loses_no_text(seed: tuple[str, list[DumpPart], tuple[PartProblem, ...]]) -> None:
    """Numbering the lines again gives back each part's body in the seed, character for character."""
    text, parts, _ = seed
    pieces = text.split(f" {RULE} ")
    bodies = pieces[1::2]
    bodies[-1] = bodies[-1].removesuffix(f" {RULE}")
    assert len(bodies) == len(parts)
    for part, body in zip(parts, bodies, strict=True):
        renumbered = " ".join(f"{k} | {line}" if line else f"{k} |" for k, line in enumerate(lines_of(part), 1))
        assert renumbered == body
