"""`ankibuild sync` against real collections, with the official backend (the `anki` package)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from ankibuild.cli import main
from ankibuild.ids import BASIC_MODEL_ID
from tests.anki_support import answer_all_cards, card_schedule, notes_by_guid, revlog_count, steady_day
from tests.helpers import ROOT, write_tree

pytestmark = pytest.mark.anki

MOVED_DECK = "ML Interview Prep::Moved Section"
NEW_QUESTION = "What is a freshly added sync question?"


def run(project: Path, collection: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["sync", str(project / "source"), "--collection", str(collection), *args])


def cards_json(project: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["cards", str(project / "source"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def new_collection(folder: Path) -> Path:
    """An empty collection, closed (sync refuses a collection that another program holds open)."""
    from anki.collection import Collection

    folder.mkdir(parents=True)
    path = folder / "collection.anki2"
    col = Collection(str(path))
    steady_day(col)
    col.close()
    return path


@contextmanager
def opened(path: Path) -> Iterator[Any]:
    from anki.collection import Collection

    col = Collection(str(path))
    try:
        yield col
    finally:
        col.close()


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a sync could change, read with plain sqlite from the closed collection file."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: sorted(db.execute(f"select * from {t}").fetchall(), key=repr) for t in ("notes", "cards", "revlog", "config", "decks", "notetypes", "fields", "templates")}
    finally:
        db.close()


def sections(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Heading line index → (level, end index) of its section, fences skipped."""
    heads: list[tuple[int, int]] = []
    fence = ""
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            mark = stripped[:3]
            fence = "" if fence == mark else (fence or mark)
            continue
        if not fence and (m := re.match(r"(#{1,6}) ", line)):
            heads.append((i, len(m.group(1))))
    out = {}
    for n, (i, level) in enumerate(heads):
        end = next((j for j, lv in heads[n + 1 :] if lv <= level), len(lines))
        out[i] = (level, end)
    return out


def pick_campaign(project: Path) -> tuple[Path, dict[str, dict[str, Any]]]:
    """Five level-3 heading questions of one seed document, far apart: A (tagged in Anki, answer edited),
    B (reworded), C (moved to a new file), D (removed), E (fixed in Anki and edited in the Markdown)."""
    cards = cards_json(project)
    counts: dict[str, int] = {}
    for c in cards:
        counts[c["question_text"]] = counts.get(c["question_text"], 0) + 1
    by_file: dict[str, list[dict[str, Any]]] = {}
    for c in cards:
        if c["convention"] == "heading" and c["part"] is None and counts[c["question_text"]] == 1:
            by_file.setdefault(c["source"], []).append(c)
    name, candidates = max(by_file.items(), key=lambda kv: (len(kv[1]), kv[0]))
    path = project / "source" / name
    lines = path.read_text(encoding="utf-8").split("\n")
    spans = sections(lines)
    level3 = [c for c in candidates if spans.get(c["line"] - 1, (0, 0))[0] == 3]
    b = next(c for c in level3 if c["question_text"].startswith("What is "))
    rest = [c for c in level3 if c is not b]
    assert len(rest) >= 8, "the seeds changed: not enough heading questions to run the campaign"
    return path, {"A": rest[1], "B": b, "C": rest[3], "D": rest[5], "E": rest[7]}


def edit_campaign(path: Path, picks: dict[str, dict[str, Any]]) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    spans = sections(lines)
    heading = {k: lines[c["line"] - 1] for k, c in picks.items()}
    start_c = picks["C"]["line"] - 1
    moved = lines[start_c : spans[start_c][1]]
    start_d = picks["D"]["line"] - 1
    drop = set(range(start_c, spans[start_c][1])) | set(range(start_d, spans[start_d][1]))
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if line == heading["B"]:
            line = line.replace("What is ", "What exactly is ", 1)
        out.append(line)
        if line == heading["A"]:
            out += ["", "A sentence added to this answer in the Markdown after reviewing.", ""]
        if line == heading["E"]:
            out += ["", "A sentence added to the Markdown where the user also fixed the card in Anki.", ""]
    path.write_text("\n".join(out), encoding="utf-8")
    extra = ["# Moved Section", "", *moved, "", f"### {NEW_QUESTION}", "", "An answer written for the new question.", ""]
    (path.parent / "moved-section.md").write_text("\n".join(extra), encoding="utf-8")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    project = tmp_path / "seeds"
    shutil.copytree(ROOT / "source", project / "source")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def test_sync_campaign_on_the_seeds(seeds: Path, tmp_path: Path) -> None:
    collection = new_collection(tmp_path / "profile")
    started = time.monotonic()
    first = run(seeds, collection)
    first_seconds = time.monotonic() - started
    assert first.exit_code == 0, first.output
    cards = cards_json(seeds)
    assert f"{len(cards)} added, 0 updated" in first.output
    backups = list((collection.parent / "backups").glob("backup-*.colpkg"))
    assert len(backups) == 1 and f"backup: {backups[0]}" in first.output
    path, picks = pick_campaign(seeds)
    guid = {k: c["guid"] for k, c in picks.items()}
    with opened(collection) as col:
        notes = notes_by_guid(col)
        assert set(notes) == {c["guid"] for c in cards} and col.card_count() == len(cards)
        for c in cards:
            assert notes[c["guid"]].fields["Question"] == c["question_html"]
            assert notes[c["guid"]].deck_names == (c["deck"],)
            assert notes[c["guid"]].notetype == ("ankibuild Basic" if c["note_type"] == "basic" else "ankibuild Cloze")
        assert answer_all_cards(col, "good") == col.card_count()
        col.tags.bulk_add([notes[guid["A"]].note_id], "my_own_tag")
        fixed = col.get_note(notes[guid["E"]].note_id)
        fixed["Answer"] = "<p>Fixed in Anki by the user.</p>" + fixed["Answer"]
        col.update_note(fixed)
        before = notes_by_guid(col)
        schedule = card_schedule(col)
        reviews = revlog_count(col)
        moved_card = before[guid["C"]].card_ids[0]
        moved_reviews = col.db.scalar("select count() from revlog where cid = ?", moved_card)
        removed_reviews = col.db.scalar("select count() from revlog where cid = ?", before[guid["D"]].card_ids[0])
    assert reviews == len(cards)

    edit_campaign(path, picks)
    after_cards = {c["guid"]: c for c in cards_json(seeds)}
    assert guid["D"] not in after_cards and all(guid[k] in after_cards for k in "ABCE")
    assert after_cards[guid["C"]]["deck"] == MOVED_DECK
    [added_guid] = [g for g, c in after_cards.items() if c["question_text"] == NEW_QUESTION]
    lockfile = seeds / "ankibuild.lock"
    lock_before = lockfile.read_bytes()
    db_before = snapshot(collection)

    dry = run(seeds, collection, "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert f"add        {after_cards[added_guid]['source']}:{after_cards[added_guid]['line']}" in dry.output
    assert re.search(rf"move .*: {re.escape(picks['C']['deck'])} → {re.escape(MOVED_DECK)}", dry.output)
    a = after_cards[guid["A"]]
    assert f"update     {a['source']}:{a['line']}  {a['question_text']} (fields" in dry.output
    assert "1 added" in dry.output and "1 tagged ankibuild::removed" in dry.output and "nothing written" in dry.output
    assert snapshot(collection) == db_before and lockfile.read_bytes() == lock_before

    started = time.monotonic()
    second = run(seeds, collection)
    second_seconds = time.monotonic() - started
    assert second.exit_code == 0, second.output
    e = after_cards[guid["E"]]
    assert f"{e['source']}:{e['line']}: edited in Anki since the last sync; kept" in second.output
    with opened(collection) as col:
        after = notes_by_guid(col)
        assert revlog_count(col) == reviews
        assert {cid: s for cid, s in card_schedule(col).items() if cid in schedule} == schedule
        assert set(after) - set(before) == {added_guid} and col.note_count() == len(before) + 1
        assert [n.deck_names for n in after.values() if n.guid == added_guid] == [(MOVED_DECK,)]
        # the moved card: same card, new deck, its history with it
        assert after[guid["C"]].card_ids == (moved_card,) and after[guid["C"]].deck_names == (MOVED_DECK,)
        assert col.db.scalar("select count() from revlog where cid = ?", moved_card) == moved_reviews >= 1
        # the reworded question on its old note
        assert after[guid["B"]].note_id == before[guid["B"]].note_id
        assert after[guid["B"]].fields["Question"] == after_cards[guid["B"]]["question_html"] != before[guid["B"]].fields["Question"]
        # the answer edited in the Markdown, the user's own tag kept
        assert "A sentence added to this answer" in after[guid["A"]].fields["Answer"]
        assert "my_own_tag" in after[guid["A"]].tags and set(after_cards[guid["A"]]["tags"]) <= set(after[guid["A"]].tags)
        # the removed question tagged, its card and history kept
        assert "ankibuild::removed" in after[guid["D"]].tags and after[guid["D"]].fields == before[guid["D"]].fields
        # the note fixed in Anki kept as the user left it
        assert after[guid["E"]].fields == before[guid["E"]].fields
        # a note is written only when its fields or tags change: nothing else moved its mod
        for g, old in before.items():
            if (after[g].fields, after[g].tags) == (old.fields, old.tags):
                assert after[g].mod == old.mod, g
        written = sum(1 for g, old in before.items() if after[g].mod != old.mod)
        assert len({n.fields["Question"] for n in after.values()}) == len(after)  # no duplicate

    db_after = snapshot(collection)
    third = run(seeds, collection)
    assert third.exit_code == 0 and "is up to date: nothing written" in third.output, third.output
    assert f"{e['source']}:{e['line']}: edited in Anki since the last sync; kept" in third.output  # still listed
    assert snapshot(collection) == db_after
    assert len(list((collection.parent / "backups").glob("backup-*.colpkg"))) == 2  # no backup when nothing is written

    overwrite = run(seeds, collection, "--overwrite-anki-edits")
    assert overwrite.exit_code == 0 and "edited in Anki" not in overwrite.output, overwrite.output
    deleting = run(seeds, collection, "--delete-removed")
    assert deleting.exit_code == 0, deleting.output
    assert f"deleting 1 removed note(s): 1 card(s) and their history of {removed_reviews} review entries go with them" in deleting.output
    with opened(collection) as col:
        final = notes_by_guid(col)
        assert "Fixed in Anki" not in final[guid["E"]].fields["Answer"]
        assert "A sentence added to the Markdown where" in final[guid["E"]].fields["Answer"]
        assert guid["D"] not in final and set(final) == set(after) - {guid["D"]}
    print(
        f"\nsync campaign figures: {len(cards)} notes synced into a fresh collection in {first_seconds:.2f} s; "
        f"{reviews} cards answered; after the edits {written} notes written in {second_seconds:.2f} s, "
        f"1 added, revlog {reviews} → {revlog_count_of(collection)} entries (one note deleted at the end)"
    )


def revlog_count_of(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("select count() from revlog").fetchone()[0])
    finally:
        db.close()


SMALL = {
    "ankibuild.toml": 'root_deck = "Prep"\n',
    "source/stats.md": "# Statistics\n\n### What is a p-value?\nThe probability of data this extreme under the null.\n\n### What is power?\nThe chance to reject a false null.\n",
}


def test_sync_while_the_collection_is_open_elsewhere_exits_1_and_changes_nothing(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection).exit_code == 0
    (project / "source" / "stats.md").write_text(SMALL["source/stats.md"] + "\n### What is a z-test?\nA test with a known variance.\n")
    lock_before = (project / "ankibuild.lock").read_bytes()
    db_before = snapshot(collection)
    holder = "import anki.collection, sys\ncol = anki.collection.Collection(sys.argv[1])\ncol.note_count()\nprint('ready', flush=True)\nsys.stdin.readline()\ncol.close()\n"
    process = subprocess.Popen([sys.executable, "-c", holder, str(collection)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        result = run(project, collection)
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.close()
        process.wait(timeout=60)
    assert result.exit_code == 1
    assert "close Anki (or switch profile) and run sync again" in result.output
    assert snapshot(collection) == db_before and (project / "ankibuild.lock").read_bytes() == lock_before
    assert len(list((collection.parent / "backups").iterdir())) == 1  # only the first sync's


def test_two_syncs_within_one_second_keep_both_backups(tmp_path: Path) -> None:
    """Anki names a backup by the second and replaces a file of that name: the backup a sync prints must
    survive a second sync, however quickly it follows. An earlier backup named for this second and the next
    one is there first, so that the first sync meets a taken name on any machine, loaded or not."""
    from ankibuild.sync import BACKUP_NAME

    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    folder = collection.parent / "backups"
    folder.mkdir()
    now = time.time()
    earlier = {folder / time.strftime(BACKUP_NAME, time.localtime(now + s)): f"earlier backup {s}".encode() for s in (0, 1)}
    for path, data in earlier.items():
        path.write_bytes(data)
    first = run(project, collection)
    assert first.exit_code == 0, first.output
    (project / "source" / "stats.md").write_text(SMALL["source/stats.md"] + "\n### What is a z-test?\nA test with a known variance.\n")
    second = run(project, collection)
    assert second.exit_code == 0, second.output
    assert all(path.read_bytes() == data for path, data in earlier.items())
    printed = [Path(m) for r in (first, second) for m in re.findall(r"^backup: (.*)$", r.output, re.M)]
    assert len(printed) == 2 and printed[0] != printed[1] and not set(printed) & set(earlier)
    assert sorted(folder.glob("backup-*.colpkg")) == sorted([*earlier, *printed])
    assert printed[0].read_bytes() != printed[1].read_bytes()  # two states of the collection
    with opened(collection) as col:
        assert col.note_count() == 3


def test_the_backup_wait_ends_at_the_next_second_with_a_free_name(tmp_path: Path) -> None:
    from ankibuild.sync import BACKUP_NAME, _wait_for_a_free_backup_name

    start = float(int(time.time())) + 0.999  # a backup already named for this second, one millisecond before its end
    (tmp_path / time.strftime(BACKUP_NAME, time.localtime(start))).write_bytes(b"x")
    now = [start]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    _wait_for_a_free_backup_name(tmp_path, lambda: now[0], sleep)
    assert len(slept) == 1 and int(now[0]) == int(start) + 1
    slept.clear()
    _wait_for_a_free_backup_name(tmp_path, lambda: now[0], sleep)  # the name of this second is free: no wait
    assert slept == []
    for second in range(int(now[0]), int(now[0]) + 10):  # names taken for longer than the bound (a clock set back)
        (tmp_path / time.strftime(BACKUP_NAME, time.localtime(second))).write_bytes(b"x")
    _wait_for_a_free_backup_name(tmp_path, lambda: now[0], sleep)
    assert len(slept) == 5


@pytest.mark.parametrize("method", ["update_notes", "set_config"])
def test_an_interrupted_sync_leaves_the_collection_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    from anki.collection import Collection

    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection).exit_code == 0
    text = SMALL["source/stats.md"].replace("under the null.", "under the null hypothesis.") + "\n### What is a z-test?\nA test with a known variance.\n"
    (project / "source" / "stats.md").write_text(text)
    lock_before = (project / "ankibuild.lock").read_bytes()
    db_before = snapshot(collection)

    def interrupt(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    # Ctrl-C arrives after the new note was added inside the transaction
    monkeypatch.setattr(Collection, method, interrupt)
    result = run(project, collection)
    assert result.exit_code == 130, result.output
    assert snapshot(collection) == db_before and (project / "ankibuild.lock").read_bytes() == lock_before
    monkeypatch.undo()
    again = run(project, collection)
    assert again.exit_code == 0 and "1 added, 1 updated" in again.output, again.output


def test_imported_notes_are_taken_over_without_a_write(tmp_path: Path) -> None:
    """Someone who imported packages switches to sync: the notes are matched by GUID, nothing is rewritten,
    and the next Markdown edit reaches them."""
    from tests.anki_support import import_apkg

    project = write_tree(tmp_path / "p", SMALL)
    build = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "out")])
    assert build.exit_code == 0, build.output
    collection = new_collection(tmp_path / "profile")
    with opened(collection) as col:
        assert import_apkg(col, project / "out" / "prep.apkg").new == 2
        col.tags.bulk_add(list(col.find_notes("")), "mine")
    db_before = snapshot(collection)
    first = run(project, collection)
    assert first.exit_code == 0 and "notes already up to date" in first.output, first.output
    after = snapshot(collection)
    assert after["notes"] == db_before["notes"] and after["cards"] == db_before["cards"]
    (project / "source" / "stats.md").write_text(SMALL["source/stats.md"].replace("The chance", "The probability"))
    second = run(project, collection)
    assert second.exit_code == 0 and "0 added, 1 updated" in second.output, second.output
    with opened(collection) as col:
        answers = {n.fields["Answer"]: n.tags for n in notes_by_guid(col).values()}
    assert any("The probability to reject" in a and "mine" in tags for a, tags in answers.items())


def test_media_added_and_the_users_files_never_overwritten(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    files: dict[str, str | bytes] = {
        **SMALL,
        "source/img.md": "# Images\n\n### What does the chart show?\n![chart](chart.png)\n\n### What does the plot show?\n![plot](plot.png)\n",
        "source/chart.png": png,
        "source/plot.png": png + b"plot",
    }
    project = write_tree(tmp_path / "p", files)
    names = sorted(set(re.findall(r'src="([^"]+)"', " ".join(c["answer_html"] for c in cards_json(project)))))
    assert len(names) == 2
    collection = new_collection(tmp_path / "profile")
    media = collection.parent / "collection.media"
    media.mkdir(exist_ok=True)
    (media / names[1]).write_bytes(b"the user's own file")
    dry = run(project, collection, "--dry-run")
    assert dry.exit_code == 0 and f"media      {names[0]}" in dry.output and f"media      {names[1]}" not in dry.output, dry.output
    assert sorted(p.name for p in media.iterdir()) == [names[1]]
    result = run(project, collection)
    assert result.exit_code == 0, result.output
    assert "1 media file(s) added" in result.output and f"{names[1]}: warning: media:" in result.output
    assert {(media / n).read_bytes() for n in names} == {png if (media / names[0]).read_bytes() == png else png + b"plot", b"the user's own file"}


def test_other_notes_are_never_touched_and_a_foreign_schema_is_refused(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection).exit_code == 0
    with opened(collection) as col:
        stock = col.new_note(col.models.by_name("Basic"))
        stock["Front"], stock["Back"] = "What is a p-value?", "The user's own card."
        col.add_note(stock, col.decks.id("Prep::Statistics"))
        ours = col.new_note(col.models.get(BASIC_MODEL_ID))
        ours.guid = "not-known-to-the-lockfile"
        ours["Question"] = "A note of our type the lockfile does not know"
        col.add_note(ours, col.decks.id("Prep::Statistics"))
        foreign = {stock.id, ours.id}
    rows = [r for r in snapshot(collection)["notes"] if r[0] in foreign]
    (project / "source" / "stats.md").write_text("# Statistics\n\n### What is a p-value?\nEdited.\n")
    result = run(project, collection, "--delete-removed")
    assert result.exit_code == 0 and "1 updated" in result.output and "deleting 1 removed note(s)" in result.output, result.output
    assert [r for r in snapshot(collection)["notes"] if r[0] in foreign] == rows

    with opened(collection) as col:
        notetype = col.models.get(BASIC_MODEL_ID)
        notetype["flds"][2]["name"] = "Renamed"
        col.models.update_dict(notetype)
    db_before = snapshot(collection)
    (project / "source" / "stats.md").write_text("# Statistics\n\n### What is a p-value?\nEdited again.\n")
    refused = run(project, collection)
    assert refused.exit_code == 1 and "has another schema" in refused.output, refused.output
    assert snapshot(collection) == db_before


def test_without_the_anki_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    monkeypatch.setitem(sys.modules, "anki", None)  # `import anki` now fails as if it were not installed
    result = run(project, collection)
    assert result.exit_code == 2
    assert "ankibuild sync needs the official anki package: pip install 'ankibuild[anki]'" in result.output
    # build never needs it: a fresh interpreter where importing anki fails builds the package
    code = "import sys; sys.modules['anki'] = None\nfrom ankibuild.cli import main\nmain()"
    built = subprocess.run([sys.executable, "-c", code, "build", str(project / "source"), "-o", str(project / "out")], capture_output=True, text=True, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    assert (project / "out" / "prep.apkg").is_file()


def test_profiles_from_anki_base(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    base = tmp_path / "Anki2"
    new_collection(base / "User 1")
    runner = CliRunner()
    one = runner.invoke(main, ["sync", str(project / "source")], env={"ANKI_BASE": str(base)})
    assert one.exit_code == 0 and f"synced into {base / 'User 1' / 'collection.anki2'}" in one.output, one.output
    assert (base / "User 1" / "backups").is_dir()
    new_collection(base / "Work")
    several = runner.invoke(main, ["sync", str(project / "source")], env={"ANKI_BASE": str(base)})
    assert several.exit_code == 2 and "choose one with --profile" in several.output, several.output
    named = runner.invoke(main, ["sync", str(project / "source"), "--profile", "Work"], env={"ANKI_BASE": str(base)})
    assert named.exit_code == 0 and "2 added" in named.output, named.output


def test_strict_fails_on_warnings_but_not_on_moves_sync_makes(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection, "--strict").exit_code == 0
    (project / "source" / "stats.md").write_text("---\ndeck: Elsewhere\n---\n" + SMALL["source/stats.md"])
    moved = run(project, collection, "--strict")
    assert moved.exit_code == 0 and "2 moved to another deck" in moved.output and "Change Deck" not in moved.output, moved.output
    (project / "source" / "stats.md").write_text(SMALL["source/stats.md"] + "\n### What is a duplicate?\nOne.\n\n### What is a duplicate?\nTwo.\n")
    db_before = snapshot(collection)
    failed = run(project, collection, "--strict")
    assert failed.exit_code == 1 and "warning: duplicate" in failed.output and "nothing was written" in failed.output, failed.output
    assert snapshot(collection) == db_before


def test_one_sync_is_one_undo_step(tmp_path: Path) -> None:
    """Every write of a sync is one step of Anki's undo queue: undoing it restores every note, card and
    the record (the note types, created once before the first step, stay)."""
    from ankibuild.build import plan_build
    from ankibuild.config import load_config
    from ankibuild.sync import SyncOptions, apply_sync, prepare_sync, session

    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection).exit_code == 0
    db_before = snapshot(collection)
    text = SMALL["source/stats.md"].replace("under the null.", "under the null hypothesis.").replace("The chance", "The probability")
    (project / "source" / "stats.md").write_text("---\ndeck: Tests\n---\n" + text + "\n### What is a z-test?\nA test with a known variance.\n")
    config = load_config(project / "source", Path("output"))
    with session(collection) as col:
        prepared = prepare_sync(col, plan_build(config), config, SyncOptions())
        assert (len(prepared.plan.added), len(prepared.plan.updated), len(prepared.plan.moved)) == (1, 2, 2)
        result = apply_sync(col, prepared, config, collection, notify=lambda line: None)
        assert col.note_count() == 3 and result.stored == 3 and result.backup is not None
        assert col.undo_status().undo == "ankibuild sync"
        col.undo()
        assert col.undo_status().undo != "ankibuild sync"
    after = snapshot(collection)
    for table in ("notes", "cards", "revlog"):
        assert after[table] == db_before[table], table
    assert [r for r in after["config"] if r[0] == "ankibuild.sync"] == [r for r in db_before["config"] if r[0] == "ankibuild.sync"]


def test_cloze_notes_and_note_type_looks(tmp_path: Path) -> None:
    from ankibuild.ids import CLOZE_MODEL_ID
    from ankibuild.notetypes import CLOZE

    files: dict[str, str | bytes] = {**SMALL, "source/geo.md": "# Geography\n\n{{c1::Paris}} is the capital of France.\n"}
    project = write_tree(tmp_path / "p", files)
    collection = new_collection(tmp_path / "profile")
    with opened(collection) as col:
        col.db.execute("update col set ls = scm + 1")  # as if synced with AnkiWeb since its last schema change
    first = run(project, collection)
    assert first.exit_code == 0 and "3 added" in first.output, first.output
    with opened(collection) as col:
        assert not col.schema_changed()  # creating the note types asks AnkiWeb for no full sync
        [cloze] = [n for n in notes_by_guid(col).values() if n.notetype == "ankibuild Cloze"]
        assert len(cloze.card_ids) == 1
        notetype = col.models.get(CLOZE_MODEL_ID)
        assert notetype is not None and notetype["css"] == CLOZE.css
        notetype["css"] = ".card { color: red; }"  # an older ankibuild's look
        col.models.update_dict(notetype)
    (project / "source" / "geo.md").write_text("# Geography\n\n{{c1::Paris}} is the capital of {{c2::France}}.\n")
    second = run(project, collection, "-v")
    assert second.exit_code == 0 and "note type  ankibuild Cloze" in second.output and "1 updated" in second.output, second.output
    with opened(collection) as col:
        after = notes_by_guid(col)[cloze.guid]
        assert after.note_id == cloze.note_id and len(after.card_ids) == 2 and after.card_ids[0] == cloze.card_ids[0]
        assert col.models.get(CLOZE_MODEL_ID)["css"] == CLOZE.css  # type: ignore[index]
        assert not col.schema_changed()


def test_cards_in_a_filtered_deck_count_as_in_their_own_deck(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", SMALL)
    collection = new_collection(tmp_path / "profile")
    assert run(project, collection).exit_code == 0
    with opened(collection) as col:
        deck = col.sched.get_or_create_filtered_deck(0)
        deck.name = "Cram"
        deck.config.search_terms[0].search = '"deck:Prep::Statistics"'
        col.sched.add_or_update_filtered_deck(deck)
        assert {n.deck_names for n in notes_by_guid(col).values()} == {("Cram",)}
    again = run(project, collection)
    assert again.exit_code == 0 and "is up to date" in again.output, again.output
    (project / "source" / "stats.md").write_text("---\ndeck: Elsewhere\n---\n" + SMALL["source/stats.md"])
    moved = run(project, collection, "-v")
    assert moved.exit_code == 0 and "Prep::Statistics → Prep::Elsewhere" in moved.output, moved.output
    with opened(collection) as col:
        assert {n.deck_names for n in notes_by_guid(col).values()} == {("Prep::Elsewhere",)}


def test_first_sync_after_imports_updates_untouched_notes_and_keeps_edited_ones(tmp_path: Path) -> None:
    """A note still as the last package left it (its `mod` is that build's) takes the Markdown's change; a
    note edited in Anki since the import cannot be told from an older import, and is kept and listed."""
    from tests.anki_support import import_apkg

    project = write_tree(tmp_path / "p", SMALL)
    built = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "out")], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert built.exit_code == 0, built.output
    collection = new_collection(tmp_path / "profile")
    with opened(collection) as col:
        assert import_apkg(col, project / "out" / "prep.apkg").new == 2
        notes = {n.fields["Question"]: n for n in notes_by_guid(col).values()}
        assert {n.mod for n in notes.values()} == {1_700_000_000}  # an import keeps the package's mod
        power = col.get_note(notes["What is power?"].note_id)
        power["Answer"] = "<p>Fixed in Anki.</p>"
        col.update_note(power)
    edited = SMALL["source/stats.md"].replace("this extreme", "at least this extreme").replace("The chance", "The probability")
    (project / "source" / "stats.md").write_text(edited)
    result = run(project, collection)
    assert result.exit_code == 0 and "0 added, 1 updated" in result.output, result.output
    assert "stats.md:6: edited in Anki since the last sync; kept" in result.output
    with opened(collection) as col:
        answers = {n.fields["Question"]: n.fields["Answer"] for n in notes_by_guid(col).values()}
    assert "at least this extreme" in answers["What is a p-value?"] and answers["What is power?"] == "<p>Fixed in Anki.</p>"


def test_many_decks_are_still_one_undo_step(tmp_path: Path) -> None:
    """Anki keeps 30 undo steps and every deck made is one: a sync creating (and moving cards into) 40 decks
    is still one step, and undoing it leaves the collection as it was."""
    files: dict[str, str | bytes] = {"ankibuild.toml": 'root_deck = "Prep"\n'}
    for n in range(40):
        files[f"source/topic-{n:02}.md"] = f"# Topic {n:02}\n\n### What is item {n}?\nItem {n} is a number.\n"
    project = write_tree(tmp_path / "p", files)
    collection = new_collection(tmp_path / "profile")
    first = run(project, collection)
    assert first.exit_code == 0 and "40 added" in first.output, first.output
    for n in range(40):
        (project / "source" / f"topic-{n:02}.md").write_text(f"---\ndeck: Moved {n:02}\n---\n# Topic {n:02}\n\n### What is item {n}?\nItem {n} is a number.\n")
    db_before = snapshot(collection)
    from ankibuild.build import plan_build
    from ankibuild.config import load_config
    from ankibuild.sync import SyncOptions, apply_sync, prepare_sync, session

    config = load_config(project / "source", Path("output"))
    with session(collection) as col:
        prepared = prepare_sync(col, plan_build(config), config, SyncOptions())
        apply_sync(col, prepared, config, collection, notify=lambda line: None)
        assert {n.deck_names for n in notes_by_guid(col).values()} == {(f"Prep::Moved {n:02}",) for n in range(40)}
        assert col.undo_status().undo == "ankibuild sync"
        col.undo()
    after = snapshot(collection)
    assert after["cards"] == db_before["cards"] and after["notes"] == db_before["notes"]


def test_the_record_round_trips_compactly() -> None:
    from ankibuild.sync import record_json, records_from_json
    from ankibuild.syncplan import SyncedState

    records = {
        "ab1": SyncedState("aaaaaaaaaaaa", "aaaaaaaaaaaa", "Prep::A", ("topic::x", "difficulty::easy")),
        "ab2": SyncedState("bbbbbbbbbbbb", "cccccccccccc", "Prep::A", ()),
        "ab3": SyncedState("", "", "Prep::B", ("ankibuild::removed",), True),
    }
    value = json.loads(json.dumps(record_json(records)))  # as the collection's configuration keeps it
    assert records_from_json(value) == records
    assert value["decks"] == ["Prep::A", "Prep::B"] and value["notes"]["ab1"][1] is None
    assert records_from_json({"v": 99}) == {} and records_from_json(None) == {}
