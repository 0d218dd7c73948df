"""Walking the source folder: which files are notes, in which order, and what is reported instead of read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ankibuild.sources
from ankibuild.config import BuildConfig
from ankibuild.records import AnkiBuildError
from ankibuild.sources import list_sources
from tests.helpers import write_tree


def walk(source: Path, **settings: object) -> tuple[list[str], list[tuple[str, str, str]]]:
    files, problems = list_sources(BuildConfig(source, source.parent / "out", "R", **settings))  # type: ignore[arg-type]
    for rel, path in files:
        assert path == source / rel
    return [rel for rel, _ in files], [(d.loc.path, d.kind, d.message) for d in problems]


def test_order_is_by_path_parts_and_hidden_entries_are_never_read(tmp_path: Path) -> None:
    source = write_tree(tmp_path / "source", {
        "b.md": "x", "a-b/z.md": "x", "a/z.md": "x", "a/b/c.md": "x", "a.md": "x", "A.md": "x",
        "notes.txt": "x", "deep/er/est.markdown": "x", "image.png": "x", "README": "x",
        ".hidden.md": "x", ".git/objects/x.md": "x", "a/.cache/y.md": "x",
    })
    # Paths sort by their parts, not as strings: `a/…` comes before `a-b/…` although "-" < "/".
    assert walk(source) == (
        ["A.md", "a/b/c.md", "a/z.md", "a-b/z.md", "a.md", "b.md", "deep/er/est.markdown", "notes.txt"], [])


def test_include_and_exclude_patterns(tmp_path: Path) -> None:
    source = write_tree(tmp_path / "source", {"top.md": "x", "drafts/d.md": "x", "keep/k.md": "x", "keep/k.txt": "x"})
    assert walk(source, include=("**/*.md",), exclude=("drafts/*",)) == (["keep/k.md", "top.md"], [])


def test_links_inside_are_read_links_outside_or_broken_are_reported(tmp_path: Path) -> None:
    source = write_tree(tmp_path / "source", {"real.md": "x", "folder/in.md": "x"})
    write_tree(tmp_path / "elsewhere", {"secret.md": "x"})
    (source / "alias.md").symlink_to("real.md")
    (source / "linked-folder").symlink_to("folder")  # a link to a folder inside: not followed, not reported
    (source / "escape.md").symlink_to(tmp_path / "elsewhere" / "secret.md")
    (source / "escape-folder").symlink_to(tmp_path / "elsewhere")
    (source / "broken.md").symlink_to("missing.md")
    files, problems = walk(source, include=("**/*",))
    assert files == ["alias.md", "folder/in.md", "real.md"]
    assert [(path, kind) for path, kind, _ in problems] == [
        ("broken.md", "outside"), ("escape-folder", "outside"), ("escape.md", "outside")]
    assert "broken or loops" in problems[0][2] and "points outside" in problems[2][2]


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_tree(tmp_path / "source", {"a.md": "x", "locked/inner/x.md": "x", "open/o.md": "x"})
    scandir = os.scandir

    def refusing(path: str) -> object:
        if Path(path) == source / "locked":
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(ankibuild.sources.os, "scandir", refusing)
    files, problems = walk(source)
    assert files == ["a.md", "open/o.md"]
    assert problems == [("locked", "unreadable", "cannot list folder: Permission denied; its notes are not read")]
    monkeypatch.setattr(ankibuild.sources.os, "scandir", lambda path: refusing(str(source / "locked")))
    with pytest.raises(AnkiBuildError, match="cannot list source folder .*: Permission denied"):
        walk(source)
