"""A lockfile with merge conflict markers is resolved as yarn resolves `yarn.lock`: both sides are read, their
entries united (the newer `mod` wins for one GUID), the clean lockfile is written and the build says so."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from ankibuild.lock import LockEntry, read_lock, write_lock
from ankibuild.plan import REMOVED_TAG
from ankibuild.records import AnkiBuildError
from tests.anki_support import fresh_collection, import_apkg, notes_by_guid
from tests.helpers import write_tree
from tests.test_updates import build, package_notes

NOTES = "# Stats\n\n## What is bias?\nThe old bias answer.\n\n## What is variance?\nThe old variance answer.\n"
EPOCH = 1_700_000_000


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", *args]
    return subprocess.run(command, cwd=cwd, check=check, capture_output=True, text=True)


@pytest.mark.anki
def test_two_machines_merge_their_lockfiles_without_losing_a_guid(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "first", {".gitignore": "output/\n.ankibuild-cache/\n", "source/a.md": NOTES})
    build(first, EPOCH)
    git(first, "init", "-q")
    git(first, "add", "-A")
    git(first, "commit", "-qm", "notes")
    second = tmp_path / "second"
    git(tmp_path, "clone", "-q", str(first), str(second))

    # Each machine edits one answer of the same file (and the second adds a file), builds and commits.
    (first / "source" / "a.md").write_text(NOTES.replace("The old bias answer.", "Bias, edited on the first machine."))
    build(first, EPOCH + 100)
    git(first, "commit", "-qam", "edit bias")
    (second / "source" / "a.md").write_text(NOTES.replace("The old variance answer.", "Variance, edited on the second machine."))
    (second / "source" / "b.md").write_text("# More\n\n## What is a tensor?\nAn array.\n")
    build(second, EPOCH + 200)
    git(second, "add", "-A")
    git(second, "commit", "-qm", "edit variance")
    sides = [read_lock(first / "ankibuild.lock").entries, read_lock(second / "ankibuild.lock").entries]
    before_merge = first / "output" / "source.apkg"
    with fresh_collection(tmp_path / "col") as col:
        import_apkg(col, before_merge)  # the first machine's package reached Anki before the merge

        git(first, "pull", "-q", "--no-rebase", str(second), "main", check=False)
        lock = first / "ankibuild.lock"
        assert "<<<<<<<" in lock.read_text()  # the lockfile conflicted ...
        assert "<<<<<<<" not in (first / "source" / "a.md").read_text()  # ... the notes merged cleanly
        output = build(first, EPOCH + 300)
        assert "ankibuild.lock: lockfile: resolved 1 merge conflict in the lockfile" in output and "wrote the clean lockfile" in output
        assert "0 added, 0 updated, 3 unchanged, 0 removed" in output  # both sides' changes were already built
        text = lock.read_text()
        assert not any(line.startswith(("<<<<<<<", "=======", ">>>>>>>")) for line in text.splitlines())
        merged = read_lock(lock).entries
        assert merged.keys() == sides[0].keys() | sides[1].keys()  # no GUID lost
        by_question = {e.question: e for e in merged.values()}
        assert by_question["What is bias?"] == next(e for e in sides[0].values() if e.question == "What is bias?")
        assert by_question["What is variance?"] == next(e for e in sides[1].values() if e.question == "What is variance?")

        summary = import_apkg(col, first / "output" / "source.apkg")
        assert (summary.new, summary.updated, summary.duplicate) == (1, 1, 1)  # the tensor, variance, bias
        answers = {n.fields["Question"]: n.fields["Answer"] for n in notes_by_guid(col).values()}
        assert answers == {
            "What is bias?": "<p>Bias, edited on the first machine.</p>",
            "What is variance?": "<p>Variance, edited on the second machine.</p>",
            "What is a tensor?": "<p>An array.</p>",
        }
        git(first, "commit", "-qam", "merge")  # the resolved lockfile commits like any other


def entry(guid: str, mod: int, key: str = "a.md::what is x", content: str = "c1", state: str = "active") -> LockEntry:
    return LockEntry(key, guid, mod, content, state, "Root::A", "", key.rsplit("::", 1)[-1])


def conflicted(path: Path, common: list[LockEntry], ours: list[LockEntry], theirs: list[LockEntry], *, base: list[LockEntry] | None = None) -> Path:
    """A lockfile as git leaves it after a conflict: the common rows, then one conflicted region."""
    def rows(entries: list[LockEntry]) -> list[str]:
        write_lock(path, {e.guid: e for e in entries}, {"1": "s"}, source="notes")
        return [line for line in path.read_text().splitlines(keepends=True) if not line.startswith("#")]

    write_lock(path, {e.guid: e for e in common}, {"1": "s"}, source="notes")
    head = [line for line in path.read_text().splitlines(keepends=True) if line.startswith("#")]
    region = ["<<<<<<< HEAD\n", *rows(ours)]
    if base is not None:
        region += ["||||||| merged common ancestors\n", *rows(base)]
    region += ["=======\n", *rows(theirs), ">>>>>>> other\n"]
    path.write_text("".join(head + rows(common) + region))
    return path


@pytest.mark.parametrize("diff3", [False, True])
def test_union_of_both_sides_newer_mod_wins(tmp_path: Path, diff3: bool) -> None:
    common = [entry("g0", 10, "a.md::common")]
    ours = [entry("g1", 20, content="mine"), entry("g2", 10, "a.md::only ours")]
    theirs = [entry("g1", 30, content="theirs"), entry("g3", 10, "a.md::only theirs")]
    lock = read_lock(conflicted(tmp_path / "x.lock", common, ours, theirs, base=[entry("g1", 5, content="old")] if diff3 else None))
    assert sorted(lock.entries) == ["g0", "g1", "g2", "g3"]
    assert lock.entries["g1"].content == "theirs"  # the newer change
    assert lock.source == "notes" and lock.schemas == {"1": "s"}
    assert lock.merge is not None and (lock.merge.conflicts, lock.merge.ours, lock.merge.theirs, lock.merge.newer) == (1, 1, 1, 1)
    # the other way round, the newer side still wins
    swapped = read_lock(conflicted(tmp_path / "y.lock", common, theirs, ours))
    assert swapped.entries["g1"].content == "theirs"


def test_a_clean_lockfile_reports_no_merge(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    write_lock(path, {"g1": entry("g1", 1)}, {})
    assert read_lock(path).merge is None


@pytest.mark.parametrize(
    ("damage", "message", "line"),
    [
        (lambda t: t.replace(">>>>>>> other\n", ""), "merge conflict opened but never closed", 0),
        (lambda t: t.replace("=======\n", ""), "misplaced merge conflict marker '>>>>>>>'", 9),
        (lambda t: t + "=======\n", "misplaced merge conflict marker '======='", 11),
        (lambda t: t.replace("<<<<<<< HEAD\n", "<<<<<<< HEAD\ngarbage line\n"), "corrupt lockfile line", 7),
        (lambda t: t.replace("=======\n", "=======\nab\tx\n"), "corrupt lockfile line", 9),
    ],
)
def test_other_damage_in_a_conflicted_lockfile_stays_an_error(tmp_path: Path, damage: object, message: str, line: int) -> None:
    path = conflicted(tmp_path / "x.lock", [entry("g0", 1, "a.md::c")], [entry("g1", 2)], [entry("g2", 3, "a.md::y")])
    path.write_text(damage(path.read_text()))  # type: ignore[operator]
    with pytest.raises(AnkiBuildError) as caught:
        read_lock(path)
    assert message in caught.value.message and "restore it from version control" in caught.value.message
    assert caught.value.loc is not None and caught.value.loc.line == line


def test_the_two_sides_must_agree_on_the_source_folder(tmp_path: Path) -> None:
    path = conflicted(tmp_path / "x.lock", [], [entry("g1", 2)], [entry("g2", 3, "a.md::y")])
    path.write_text(path.read_text().replace("# source: notes\n", "<<<<<<< HEAD\n# source: notes\n=======\n# source: other\n>>>>>>> b\n", 1))
    with pytest.raises(AnkiBuildError, match="different source folders"):
        read_lock(path)


def test_one_question_with_two_guids_keeps_both_notes_and_warns(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is x?\nX.\n"})
    build(project, EPOCH)
    lock = project / "ankibuild.lock"
    (mine,) = read_lock(lock).entries.values()
    other = LockEntry(mine.key, "abfromtheothermachine", mine.mod + 50, "other", "active", mine.deck, mine.answer, mine.question)
    conflicted(lock, [], [mine], [other])
    lock.write_text(lock.read_text().replace("# source: notes\n", "# source: source\n"))
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")], env={"SOURCE_DATE_EPOCH": str(EPOCH + 100)})
    assert result.exit_code == 0, result.output
    assert "resolved 1 merge conflict" in result.output
    assert f"the lockfile holds 2 notes for 'What is x?' (merged from two builds): note abfromtheothermachine keeps it, {mine.guid} is sent tagged" in result.output
    after = read_lock(lock).entries
    assert {g: e.state for g, e in after.items()} == {"abfromtheothermachine": "active", mine.guid: "removed"}
    notes = {guid: tags for guid, _, _, tags in package_notes(project / "output" / "source.apkg")}
    assert REMOVED_TAG in notes[mine.guid] and REMOVED_TAG not in notes["abfromtheothermachine"]
    # Only the build that resolves the merge warns.
    again = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")], env={"SOURCE_DATE_EPOCH": str(EPOCH + 200)})
    assert again.exit_code == 0 and "holds 2 notes" not in again.output and "merge conflict" not in again.output


def test_check_reports_the_conflict_without_writing(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is x?\nX.\n"})
    build(project, EPOCH)
    lock = project / "ankibuild.lock"
    (mine,) = read_lock(lock).entries.values()
    conflicted(lock, [], [mine], [LockEntry(mine.key, mine.guid, mine.mod + 1, "newer", "active", mine.deck, "", mine.question)])
    lock.write_text(lock.read_text().replace("# source: notes\n", "# source: source\n"))
    before = lock.read_text()
    result = CliRunner().invoke(main, ["check", str(project / "source")])
    assert result.exit_code == 0 and "`ankibuild build` writes the clean lockfile" in result.output
    assert lock.read_text() == before
