"""The packages we build, imported into real Anki collections with the official backend."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from tests.anki_support import (
    answer_all_cards,
    card_schedule,
    deck_names,
    fresh_collection,
    import_apkg,
    notes_by_guid,
    revlog_count,
)
from tests.helpers import ROOT, write_tree

pytestmark = pytest.mark.anki


def build(project: Path, epoch: int, *args: str) -> None:
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output"), *args], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output


def cards_json(project: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["cards", str(project / "source"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "source", project / "source")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    build(project, 1_700_000_000)
    return project


def test_seed_package_imports_into_real_anki(seed_project: Path, tmp_path: Path) -> None:
    cards = cards_json(seed_project)
    package = seed_project / "output" / "ml-interview-prep.apkg"
    with fresh_collection(tmp_path / "col") as col:
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated, summary.conflicting, summary.duplicate) == (len(cards), 0, 0, 0)
        notes = notes_by_guid(col)
        assert set(notes) == {c["guid"] for c in cards}
        assert col.card_count() == len(cards)
        assert deck_names(col) - {"Default"} >= {c["deck"] for c in cards}
        for card in cards:
            note = notes[card["guid"]]
            assert note.notetype == "ankibuild Basic"
            assert note.fields["Question"] == card["question_html"]
            assert note.fields["Answer"] == card["answer_html"]
            assert note.tags == tuple(sorted(card["tags"], key=str.lower)) or set(note.tags) == set(card["tags"])
            assert note.deck_names == (card["deck"],)
            assert note.fields["Source"].startswith(card["source"])


def test_seed_deck_names_and_tags(seed_project: Path) -> None:
    cards = cards_json(seed_project)
    ml = [c for c in cards if c["source"] == "machine-learning-interview-questions.md"]
    assert len(ml) == 49
    assert {c["deck"] for c in ml} == {"ML Interview Prep::Machine Learning Interview Questions"}
    first = ml[0]
    assert first["question_text"] == "What is the Bias-Variance Tradeoff in Machine Learning?"
    assert {"difficulty::medium", "topic::model_evaluation", "asked_by::google", "asked_by::amazon"} <= set(first["tags"])
    assert not any(" " in t for c in cards for t in c["tags"])


def test_rebuild_after_editing_an_answer_updates_in_place(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "ankibuild.toml": 'root_deck = "Round Trip"\n',
            "source/stats.md": "# Stats\n\n## What is a p-value?\n\nThe chance of data this extreme under H0.\n\n## What is power?\n\n1 - beta.\n",
            "source/ml.md": "# ML\n\n## What is bias?\n\nError from wrong assumptions.\n",
        },
    )
    build(project, 1_700_000_000)
    package = project / "output" / "round-trip.apkg"
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 3
        answered = answer_all_cards(col, "good")
        assert answered == 3
        before_notes = notes_by_guid(col)
        before_schedule = card_schedule(col)
        before_revlog = revlog_count(col)

        stats = project / "source" / "stats.md"
        stats.write_text(stats.read_text().replace("1 - beta.", "The probability of rejecting a false H0: $1-\\beta$."))
        build(project, 1_700_000_000)  # same second as the first build: mod must still move forward
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated, summary.conflicting) == (0, 1, 0)
        after = notes_by_guid(col)
        assert {g: n.note_id for g, n in after.items()} == {g: n.note_id for g, n in before_notes.items()}
        assert revlog_count(col) == before_revlog == 3
        assert card_schedule(col) == before_schedule
        changed = [g for g in after if after[g].fields["Answer"] != before_notes[g].fields["Answer"]]
        assert len(changed) == 1 and r"\(1-\beta\)" in after[changed[0]].fields["Answer"]
        assert col.note_count() == 3


def test_noop_rebuild_updates_nothing(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is X?\n\nX is x.\n"})
    build(project, 1_700_000_000)
    package = project / "output" / "source.apkg"
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 1
        build(project, 1_700_000_500)
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated) == (0, 0)
