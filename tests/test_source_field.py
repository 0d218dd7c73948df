"""The Source field names the file and the heading path, never the line, and a note's `mod` changes exactly
when what Anki stores of it changes: checked through an edit campaign against the real Anki backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankibuild.records import Card, Loc, source_field
from tests.anki_support import add_tag, fresh_collection, import_apkg, notes_by_guid
from tests.helpers import write_tree
from tests.test_updates import build, package_notes

STATS = """# Statistics

## Basics

### What is a p-value?
The probability of data at least this extreme if the null hypothesis holds.

### What is statistical power?
The probability of rejecting a false null hypothesis.

### Intervals

#### What is a confidence interval?
A range that covers the true parameter in 95% of repeated samples.

## Tests

### When do you use a t-test?
To compare means of small samples with unknown variance.

### When do you use a chi-squared test?
To compare observed and expected counts.
"""
ML = """# Machine Learning

## Fitting

### What is overfitting?
Fitting the noise of the training data.

### What is regularization?
A penalty on model complexity added to the loss.

## Trees

### What is a decision tree?
A model that splits the data by one feature at a time.
"""


def test_source_field_is_file_and_heading_path_without_line() -> None:
    assert source_field(Loc("stats.md", 12), "Basics › Intervals") == "stats.md › Basics › Intervals"
    assert source_field(Loc("dump.md", 40, "inner/a.md"), "Top") == "dump.md[inner/a.md] › Top"
    assert source_field(Loc("a.md", 3), "") == "a.md"
    # The Context field is HTML-escaped; the Source is text (escaped once, when packaged).
    assert source_field(Loc("a.md", 3), "Q&amp;A › &lt;b&gt;") == "a.md › Q&A › <b>"
    card = Card(Loc("a.md", 9), "D", "basic", "heading", "Q?", "Q?", "<p>A</p>", "One › Two", (), "abc")
    assert card.source == "a.md › One › Two" and ":9" not in card.source


def _campaign_step(col: object, package: Path, previous: dict[str, tuple[int, str, str]]) -> tuple[dict[str, tuple[int, str, str]], dict[str, int]]:
    """Compare the package with the collection before importing it, import it, and check Anki now holds
    exactly the package's fields. Returns the package's notes and the figures of the step."""
    in_anki = {g: n for g, n in notes_by_guid(col).items()}  # type: ignore[arg-type]
    notes = {guid: (mod, fields, tags) for guid, mod, fields, tags in package_notes(package)}
    stale = changed = kept = 0
    for guid, (mod, fields, tags) in notes.items():
        note = in_anki.get(guid)
        if note is None:
            continue
        differs = fields.split("\x1f") != list(note.fields.values())
        if differs:
            changed += 1
            stale += mod <= note.mod  # Anki would skip it and keep the old fields
        elif guid in previous and previous[guid][1:] == (fields, tags):
            kept += 1
            assert mod == previous[guid][0], f"identical note {guid} got a new mod"
    summary = import_apkg(col, package)  # type: ignore[arg-type]
    after = notes_by_guid(col)  # type: ignore[arg-type]
    for guid, (_, fields, _) in notes.items():
        assert list(after[guid].fields.values()) == fields.split("\x1f"), f"Anki kept stale fields of {guid}"
    return notes, {"changed": changed, "stale": stale, "kept": kept, "updated": summary.updated, "new": summary.new}


@pytest.mark.anki
def test_edit_campaign_every_changed_note_has_a_newer_mod_and_identical_notes_keep_theirs(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'root_deck = "Prep"\n', "source/stats.md": STATS, "source/ml.md": ML})
    src = project / "source"
    package = project / "output" / "prep.apkg"
    epoch = 1_700_000_000
    build(project, epoch)
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 8
        notes = {guid: (mod, fields, tags) for guid, mod, fields, tags in package_notes(package)}
        sources = {fields.split("\x1f")[0]: fields.split("\x1f")[3] for _, fields, _ in notes.values()}
        assert sources["What is a confidence interval?"] == "stats.md › Basics › Intervals"
        mine = next(n.note_id for n in notes_by_guid(col).values() if n.fields["Question"] == "What is a decision tree?")
        add_tag(col, [mine], "my_own_tag")  # a user's tag on a note no step changes

        stats, ml = STATS, ML
        steps = [
            # (edit, notes whose fields change)
            ("edit above every question", lambda: (STATS.replace("# Statistics\n", "# Statistics\n\nA long introduction.\n\nOver several lines.\n"), ML), 0),
            ("move a section", lambda: (_swap_sections(stats), ml), 0),
            ("move a question to another section", lambda: (_move_question(stats), ml), 1),
            ("rename a section", lambda: (stats, ml.replace("## Fitting", "## Model fitting")), 2),
            ("edit one answer", lambda: (stats.replace("counts.", "counts in categories."), ml), 1),
        ]
        figures: dict[str, dict[str, int]] = {}
        for name, edit, expected in steps:
            stats, ml = edit()
            (src / "stats.md").write_text(stats)
            (src / "ml.md").write_text(ml)
            epoch += 100
            build(project, epoch)
            notes, figures[name] = _campaign_step(col, package, notes)
            assert figures[name]["stale"] == 0, (name, figures[name])
            assert figures[name]["changed"] == figures[name]["updated"] == expected, (name, figures[name])
            assert figures[name]["kept"] == 8 - expected, (name, figures[name])
        assert "my_own_tag" in next(n for n in notes_by_guid(col).values() if n.note_id == mine).tags


def _swap_sections(stats: str) -> str:
    basics, tests = stats.split("## Tests")
    return basics.replace("## Basics", "## Tests" + tests.rstrip("\n") + "\n\n## Basics")


def _move_question(stats: str) -> str:
    question = "### What is statistical power?\nThe probability of rejecting a false null hypothesis.\n\n"
    assert question in stats
    return stats.replace(question, "").replace("## Basics", question + "## Basics")  # from Basics to Tests
