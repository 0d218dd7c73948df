"""Incremental updates: rebuild after any edit without losing review history (issue: incremental updates)."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from tests.anki_support import (
    add_tag,
    answer_all_cards,
    card_schedule,
    fresh_collection,
    import_apkg,
    notes_by_guid,
    revlog_count,
)
from tests.helpers import write_tree

STATS = """# Statistics

## Basics

### What is a p-value?
The probability of data at least this extreme if the null hypothesis holds.

### What is statistical power?
The probability of rejecting a false null hypothesis.

### What is a confidence interval?
A range that covers the true parameter in 95% of repeated samples.

## Tests

### When do you use a t-test?
To compare means of small samples with unknown variance.
"""
ML = """# Machine Learning

### What is overfitting?
Fitting the noise of the training data.

### What is regularization?
A penalty on model complexity added to the loss.
"""
DL = """# Deep Learning

### What is a ReLU?
The activation max(0, x).
"""


def build(project: Path, epoch: int) -> str:
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result.output


def package_notes(apkg: Path) -> list[tuple]:
    """(guid, mod, fields, tags) of every note in a package, sorted: compares content, not zip bytes."""
    with zipfile.ZipFile(apkg) as archive, open(apkg.with_suffix(".anki2"), "wb") as out:
        out.write(archive.read("collection.anki2"))
    db = sqlite3.connect(apkg.with_suffix(".anki2"))
    try:
        return sorted(db.execute("select guid, mod, flds, tags from notes").fetchall())
    finally:
        db.close()


def make_project(root: Path) -> Path:
    return write_tree(root, {"ankibuild.toml": 'root_deck = "Prep"\n', "source/stats.md": STATS, "source/ml.md": ML, "source/old-name.md": DL})


@pytest.mark.anki
def test_edits_keep_identity_history_and_scheduling(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    build(project, 1_700_000_000)
    package = project / "output" / "prep.apkg"
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 7
        assert answer_all_cards(col, "good") == 7
        before = notes_by_guid(col)
        schedule = card_schedule(col)
        reviews = revlog_count(col)

        src = project / "source"
        stats = STATS.replace("What is a p-value?", "What does a p-value mean?")  # reword
        stats = stats.replace("### What is a confidence interval?\nA range that covers the true parameter in 95% of repeated samples.\n\n", "")  # delete
        basics, tests = stats.split("## Tests")
        stats = basics.replace("## Basics", "## Tests" + tests + "\n## Basics")  # move a section
        (src / "stats.md").write_text(stats)
        ml = ML.replace("What is regularization?", "What is regularisation in ML?")  # reword
        ml = ml.replace("Fitting the noise of the training data.", "Learning the noise of the training set instead of the signal.")  # edit answer
        ml += "\n### What is early stopping?\nStopping training when validation loss rises.\n"  # add
        (src / "ml.md").write_text(ml)
        (src / "old-name.md").rename(src / "new-name.md")  # rename a file
        output = build(project, 1_700_000_000)
        assert "1 added" in output and "1 removed" in output

        summary = import_apkg(col, package)
        assert (summary.new, summary.conflicting) == (1, 0)
        after = notes_by_guid(col)
        assert col.note_count() == 8  # 7 kept (one of them tagged removed) + 1 new
        assert set(before) < set(after)
        assert all(after[g].note_id == before[g].note_id for g in before)
        assert revlog_count(col) == reviews == 7
        assert {cid: s for cid, s in card_schedule(col).items() if cid in schedule} == schedule
        questions = {n.fields["Question"]: n for n in after.values()}
        assert "What does a p-value mean?" in questions and "What is regularisation in ML?" in questions
        assert "Learning the noise" in questions["What is overfitting?"].fields["Answer"]
        removed = [n for n in after.values() if "ankibuild::removed" in n.tags]
        assert [n.fields["Question"] for n in removed] == ["What is a confidence interval?"]


@pytest.mark.anki
def test_noop_rebuild_updates_nothing_and_user_tags_survive(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    build(project, 1_700_000_000)
    package = project / "output" / "prep.apkg"
    with fresh_collection(tmp_path / "col") as col:
        import_apkg(col, package)
        note_id = next(iter(notes_by_guid(col).values())).note_id
        add_tag(col, [note_id], "my_own_tag")
        output = build(project, 1_800_000_000)
        assert "0 added, 0 updated, 7 unchanged, 0 removed" in output
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated) == (0, 0)
        tagged = [n for n in notes_by_guid(col).values() if n.note_id == note_id]
        assert "my_own_tag" in tagged[0].tags


def test_two_clones_build_identical_notes(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a")
    build(first, 1_700_000_000)
    second = tmp_path / "b"
    shutil.copytree(first, second, ignore=shutil.ignore_patterns("output"))
    build(second, 1_750_000_000)
    assert package_notes(first / "output" / "prep.apkg") == package_notes(second / "output" / "prep.apkg")
    assert (first / "ankibuild.lock").read_text() == (second / "ankibuild.lock").read_text()


def test_explicit_id_wins_over_rewording(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is X? <!-- id: x-1 -->\nX.\n\n## What is Y?\nY.\n"})
    build(project, 1_700_000_000)
    guids = {n[2].split("\x1f")[0]: n[0] for n in package_notes(project / "output" / "source.apkg")}
    (project / "source" / "a.md").write_text("## Why would anyone care about it? <!-- id: x-1 -->\nSomething else.\n\n## What is Y?\nY.\n")
    build(project, 1_700_000_001)
    after = {n[2].split("\x1f")[0]: n[0] for n in package_notes(project / "output" / "source.apkg")}
    assert after["Why would anyone care about it?"] == guids["What is X?"]


def test_corrupt_lockfile_is_a_clear_error(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is X?\nX.\n"})
    build(project, 1_700_000_000)
    lock = project / "ankibuild.lock"
    lock.write_text(lock.read_text() + "garbage line\n")
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")])
    assert result.exit_code == 1
    assert "ankibuild.lock:" in result.output and "corrupt lockfile" in result.output and "delete it" in result.output


def test_schema_change_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is X?\nX.\n"})
    build(project, 1_700_000_000)
    lock = project / "ankibuild.lock"
    lock.write_text(lock.read_text().replace("# note type schema 1731954401 ", "# note type schema 1731954401 0"))
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")])
    assert result.exit_code == 1 and "schema of note type 1731954401 changed" in result.output


def test_cache_skips_unchanged_files_and_never_changes_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ankibuild.process as process_module

    project = make_project(tmp_path / "p")
    build(project, 1_700_000_000)
    package = project / "output" / "prep.apkg"
    first = package_notes(package)
    calls: list[str] = []
    real = process_module.process_document
    monkeypatch.setattr(process_module, "process_document", lambda source, config: calls.append(source.path) or real(source, config))
    (project / "source" / "ml.md").write_text(ML + "\n### What is a GRU?\nA gated recurrent unit.\n")
    build(project, 1_700_000_100)
    assert calls == ["ml.md"]  # only the edited file was parsed again
    shutil.rmtree(project / ".ankibuild-cache")
    (project / "source" / "ml.md").write_text(ML)
    build(project, 1_700_000_200)
    without_cache = package_notes(package)
    assert len(calls) == 4  # every file parsed again after the cache was deleted
    # Same notes as the first build, except that the GRU question came and went (kept, tagged removed).
    assert [n for n in without_cache if "ankibuild::removed" not in n[3]] == first


def test_noop_rebuild_is_replayed_without_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ankibuild.build as build_module

    project = make_project(tmp_path / "p")
    build(project, 1_700_000_000)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline ran for a no-op rebuild")

    monkeypatch.setattr(build_module, "run_build", refuse)
    output = build(project, 1_700_000_100)
    assert "7 cards in 3 decks" in output and "is up to date" in output
    # Any input change makes it build again: a note, the package, the lockfile.
    for change in (
        lambda: (project / "source" / "ml.md").write_text(ML + "\n"),
        lambda: (project / "output" / "prep.apkg").unlink(),
        lambda: (project / "ankibuild.lock").write_text((project / "ankibuild.lock").read_text() + "\n"),
    ):
        monkeypatch.undo()
        build(project, 1_700_000_200)
        monkeypatch.setattr(build_module, "run_build", refuse)
        change()
        result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")])
        assert result.exit_code == 1 and "the pipeline ran" in repr(result.exception)


def test_a_question_put_back_gets_its_old_note_back(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is power?\nP.\n\n## What is bias?\nB.\n"})
    build(project, 1_700_000_000)
    first = {n[2].split("\x1f")[0]: n[0] for n in package_notes(project / "output" / "source.apkg")}
    (project / "source" / "a.md").write_text("## What is bias?\nB.\n")
    build(project, 1_700_000_100)
    (project / "source" / "a.md").write_text("## What is power?\nP.\n\n## What is bias?\nB.\n")
    build(project, 1_700_000_200)
    notes = package_notes(project / "output" / "source.apkg")
    again = {n[2].split("\x1f")[0]: n[0] for n in notes}
    assert again == first
    assert not any("ankibuild::removed" in n[3] for n in notes)
