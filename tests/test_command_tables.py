"""The command-table rule: two-column cheat-sheet tables, one card per row (task on the front)."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text

GIT = """\
# Git cheat sheet

## Undoing things

| Goal | Command |
|------|---------|
| Undo the last commit, keep the changes | `git reset --soft HEAD~1` |
| Discard changes in one file | `git restore <file>` |
| Edit the last commit message | |

## Vim

| Action | Shortcut |
|---|---|
| Save and quit | `:wq` |
| Delete the current line | `dd` |
"""


def test_each_row_of_a_task_command_table_is_a_card() -> None:
    extraction, _ = extract_text(GIT)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("command-table", "Undo the last commit, keep the changes", "`git reset --soft HEAD~1`"),
        ("command-table", "Discard changes in one file", "`git restore <file>`"),
        ("command-table", "Save and quit", "`:wq`"),
        ("command-table", "Delete the current line", "`dd`"),
    ]
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Edit the last commit message"]
    assert extraction.drafts[0].context == ("Undoing things",)


def test_a_table_of_code_states_and_their_causes_is_carded_by_its_shape() -> None:
    text = (
        "# HTTP notes\n\n## Errors\n\n| Status | Usual cause |\n|---|---|\n"
        "| `401` reply | the token is missing or expired |\n"
        "| `EADDRINUSE` | another process already listens on the port |\n"
        "| `ETIMEDOUT` | a firewall drops the packets silently |\n"
    )
    assert [(q, a) for _, q, a in _cards(text)] == [
        ("`401` reply", "the token is missing or expired"),
        ("`EADDRINUSE`", "another process already listens on the port"),
        ("`ETIMEDOUT`", "a firewall drops the packets silently"),
    ]


def test_a_description_then_code_table_without_header_words_needs_commands() -> None:
    text = (
        "# Docker\n\n## Everyday\n\n| Was | Befehl ausführen |\n|---|---|\n"
        "| Alle Container anzeigen | `docker ps -a` |\n"
        "| Ein Image bauen | `docker build -t app .` |\n"
        "| Logs verfolgen | `docker logs -f app` |\n"
    )
    assert len([c for c in _cards(text) if c[0] == "command-table"]) == 3


def test_tables_of_settings_values_and_comparisons_are_not_cards() -> None:
    settings = (
        "# Server\n\n## Limits\n\n| Setting | Value |\n|---|---|\n"
        "| Max connections at once | `100` |\n| Idle timeout in seconds | `30` |\n| Keep alive enabled | `true` |\n"
    )
    compare = (
        "# Langs\n\n## Syntax\n\n| Python | Go |\n|---|---|\n"
        "| `def f():` | `func f() {}` |\n| `x = 1` | `x := 1` |\n| `None` | `nil` |\n"
    )
    three = (
        "# Tools\n\n## Git\n\n| Task | Command | Notes |\n|---|---|---|\n"
        "| Show log | `git log` | long |\n| Show diff | `git diff` | short |\n"
    )
    for text in (settings, compare, three):
        assert not [c for c in _cards(text) if c[0] == "command-table"], text


def test_a_command_description_table_stays_a_glossary() -> None:
    text = (
        "# Shell\n\n## Files\n\n| Command | Description |\n|---|---|\n"
        "| `ls -la` | list every file with details |\n| `du -sh .` | size of the current folder |\n"
        "| `df -h` | free space on each disk |\n"
    )
    assert {c[0] for c in _cards(text)} == {"glossary"}


def test_the_heading_over_a_cheat_sheet_table_is_no_topic_card() -> None:
    text = (
        GIT
        + "\n## Branches\n\nI always forget these:\n\n```bash\ngit branch -vv\n```\n\n"
        + (
            "| Task | Command |\n|---|---|\n| Delete a merged branch | `git branch -d x` |\n| Rename the branch | `git branch -m y` |\n"
        )
    )
    questions = [q for _, q, _ in _cards(text)]
    assert "Branches" not in questions and "Undoing things" not in questions
    assert "Delete a merged branch" in questions


def test_a_schema_table_of_names_and_their_fields_is_no_set_of_cards() -> None:
    text = (
        "# Library app\n\n## Data model\n\n| entity | fields |\n|---|---|\n"
        "| `Book` | isbn, title, author_id, published_on |\n| `Author` | id, name |\n"
        "| `Loan` | `id`, `book_isbn`, `member_id`, `due_on` |\n"
    )
    assert [c for c in _cards(text) if c[0] == "command-table"] == []
