"""Configuration: [tool.ankibuild], ankibuild.toml, front matter overrides, unknown keys."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ankibuild.cli import main
from tests.helpers import write_tree


def cards(project: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["cards", str(project / "source"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_pyproject_settings_and_front_matter_overrides(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "pyproject.toml": '[tool.ankibuild]\nroot_deck = "Exam"\ntag_prefix = "exam::"\nexclude = ["drafts/*"]\n',
            "source/a.md": "---\ntitle: Alpha Notes\ntags: [stats, core::basics]\n---\n# Ignored H1\n\n## What is A?\nA.\n",
            "source/b.md": "---\ndeck: Custom::Sub\n---\n## What is B?\nB.\n",
            "source/drafts/c.md": "## What is C?\nC.\n",
        },
    )
    found = {c["question_text"]: c for c in cards(project)}
    assert set(found) == {"What is A?", "What is B?"}
    assert found["What is A?"]["deck"] == "Exam::Alpha Notes"
    assert set(found["What is A?"]["tags"]) == {"exam::stats", "exam::core::basics"}
    assert found["What is B?"]["deck"] == "Exam::Custom::Sub"


def test_deck_per_folder(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "ankibuild.toml": 'root_deck = "R"\ndeck_per = "folder"\n',
            "source/top.md": "## What is T?\nT.\n",
            "source/stats/tests/t.md": "## What is U?\nU.\n",
        },
    )
    decks = {c["question_text"]: c["deck"] for c in cards(project)}
    assert decks == {"What is T?": "R", "What is U?": "R::stats::tests"}


def test_unknown_key_is_an_error_naming_it(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'root_dek = "x"\n', "source/a.md": "## What is A?\nA.\n"})
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "o")])
    assert result.exit_code == 1
    assert "ankibuild.toml: unknown configuration key 'root_dek'" in result.output


def test_conventions_can_be_turned_off(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {"ankibuild.toml": 'conventions = ["heading"]\n', "source/a.md": "## What is A?\nA.\n\nWhat is bare?\nBare answer.\n"},
    )
    assert [c["question_text"] for c in cards(project)] == ["What is A?"]


def test_unknown_convention_is_an_error(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'conventions = ["headings"]\n', "source/a.md": "## What is A?\nA.\n"})
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "o")])
    assert result.exit_code == 1 and "unknown convention 'headings'" in result.output


def test_malformed_tool_table_is_an_error(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": "tool = 5\n", "source/a.md": "## What is A?\nA.\n"})
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "o")])
    assert result.exit_code == 1 and "must be a table" in result.output and "Traceback" not in result.output


def test_front_matter_values_of_other_types_are_used_or_reported(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "ankibuild.toml": 'root_deck = "R"\n',
            "source/a.md": "---\ntitle: 2024\ntags: [7, stats, [nested]]\n---\n## What is A?\nA.\n",
            "source/b.md": "---\ndeck: [not, text]\ntags: 12\n---\n# B notes\n\n## What is B?\nB.\n",
        },
    )
    found = {c["question_text"]: c for c in cards(project)}
    assert found["What is A?"]["deck"] == "R::2024"  # a number is taken as written
    assert set(found["What is A?"]["tags"]) == {"7", "stats"}
    assert found["What is B?"]["deck"] == "R::B notes" and found["What is B?"]["tags"] == ["12"]
    result = CliRunner().invoke(main, ["check", str(project / "source")])
    assert "a.md:1: warning: front-matter: front matter 'tags' holds a list; only text tags are used" in result.output
    assert "b.md:1: warning: front-matter: front matter 'deck' should be text, not a list; ignored" in result.output


def test_the_qa_table_convention_can_be_chosen(tmp_path: Path) -> None:
    table = "| Question | Answer |\n|---|---|\n| What is A? | The first letter. |\n"
    project = write_tree(
        tmp_path / "p", {"ankibuild.toml": 'conventions = ["qa-table"]\n', "source/a.md": "## What is B?\nB.\n\n" + table}
    )
    assert [c["question_text"] for c in cards(project)] == ["What is A?"]
