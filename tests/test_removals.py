"""Removed notes are kept in the lockfile and sent, tagged `ankibuild::removed`, in every package for
`keep_removed_days`: a removal reaches Anki whichever later package the user imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from ankibuild.config import load_config
from ankibuild.lock import read_lock
from ankibuild.plan import DAY, REMOVED_TAG
from ankibuild.records import AnkiBuildError
from tests.anki_support import fresh_collection, import_apkg, notes_by_guid
from tests.helpers import write_tree
from tests.test_updates import build, package_notes

NOTES = "# Stats\n\n## What is bias?\nB.\n\n## What is variance?\nV.\n\n## What is power?\nP.\n"
EPOCH = 1_700_000_000


def _questions(package: Path, *, removed: bool) -> set[str]:
    return {fields.split("\x1f")[0] for _, _, fields, tags in package_notes(package) if (REMOVED_TAG in tags) == removed}


@pytest.mark.anki
def test_a_removal_reaches_anki_through_a_later_package(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES})
    note = project / "source" / "a.md"
    package = project / "output" / "source.apkg"
    build(project, EPOCH)
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 3
        note.write_text(NOTES.replace("## What is power?\nP.\n", ""))
        assert "the package carries 1 removed note tagged ankibuild::removed (each is sent for 60 days" in build(project, EPOCH + 100)
        # This package is never imported; the user edits another answer and imports the next one.
        note.write_text(NOTES.replace("## What is power?\nP.\n", "").replace("V.", "Spread around the mean."))
        output = build(project, EPOCH + 200)
        assert "1 updated" in output and "0 removed" in output and "carries 1 removed note" in output
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated) == (0, 2)  # the edited note and the removed one
        tagged = {n.fields["Question"] for n in notes_by_guid(col).values() if REMOVED_TAG in n.tags}
        assert tagged == {"What is power?"}

        # Imported again, the removed note is not touched (it keeps its mod) ...
        assert import_apkg(col, package).updated == 0
        # ... but a note the user deleted within the period comes back, tagged: the documented trade-off.
        power = next(n.note_id for n in notes_by_guid(col).values() if n.fields["Question"] == "What is power?")
        col.remove_notes([power])  # type: ignore[list-item]
        assert import_apkg(col, package).new == 1

    # After the period, no file changed: the memo does not replay, the package stops carrying it, and the
    # lockfile still remembers it (a question put back gets its note back).
    output = build(project, EPOCH + 100 + 60 * DAY)
    assert "carries" not in output
    assert _questions(package, removed=True) == set()  # the package was written again, not replayed
    entries = read_lock(project / "ankibuild.lock").entries.values()
    assert [(e.question, e.state, e.mod) for e in entries if e.state == "removed"] == [("What is power?", "removed", EPOCH + 100)]


def test_no_op_rebuild_replayed_by_the_memo_still_reports_the_carried_removals(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES})
    build(project, EPOCH)
    (project / "source" / "a.md").write_text(NOTES.replace("## What is power?\nP.\n", ""))
    build(project, EPOCH + 100)
    output = build(project, EPOCH + 200)
    assert "up to date" in output and "carries 1 removed note" in output
    assert _questions(project / "output" / "source.apkg", removed=True) == {"What is power?"}


def test_keep_removed_days_zero_sends_a_removal_only_once(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": "keep_removed_days = 0\n", "source/a.md": NOTES})
    package = project / "output" / "source.apkg"
    build(project, EPOCH)
    (project / "source" / "a.md").write_text(NOTES.replace("## What is power?\nP.\n", ""))
    assert "carries 1 removed note tagged ankibuild::removed (sent by this build only" in build(project, EPOCH + 100)
    assert _questions(package, removed=True) == {"What is power?"}
    (project / "source" / "a.md").write_text(NOTES.replace("## What is power?\nP.\n", "").replace("V.", "Spread."))
    output = build(project, EPOCH + 200)
    assert "carries" not in output and _questions(package, removed=True) == set()


def test_retention_counts_from_the_removal_not_from_the_last_build(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": "keep_removed_days = 3\n", "source/a.md": NOTES})
    package = project / "output" / "source.apkg"
    build(project, EPOCH)
    (project / "source" / "a.md").write_text(NOTES.replace("## What is bias?\nB.\n\n", ""))
    build(project, EPOCH + DAY)
    (project / "source" / "a.md").write_text(NOTES.replace("## What is bias?\nB.\n\n", "").replace("## What is power?\nP.\n", ""))
    build(project, EPOCH + 2 * DAY)
    assert _questions(package, removed=True) == {"What is bias?", "What is power?"}
    build(project, EPOCH + 4 * DAY - 1)  # bias removed 3 days ago less a second: still sent
    assert _questions(package, removed=True) == {"What is bias?", "What is power?"}
    build(project, EPOCH + 4 * DAY)
    assert _questions(package, removed=True) == {"What is power?"}
    build(project, EPOCH + 5 * DAY)
    assert _questions(package, removed=True) == set()


@pytest.mark.parametrize("value", ["-1", '"60"', "true", "1.5"])
def test_keep_removed_days_must_be_a_whole_number(tmp_path: Path, value: str) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": f"keep_removed_days = {value}\n", "source/a.md": NOTES})
    with pytest.raises(AnkiBuildError, match="keep_removed_days must be a whole number of days"):
        load_config(project / "source", project / "output")
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")])
    assert result.exit_code == 1 and "ankibuild.toml: keep_removed_days" in result.output


def test_keep_removed_days_defaults_to_sixty(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES})
    assert load_config(project / "source", project / "output").keep_removed_days == 60
