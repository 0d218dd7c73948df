"""Reversible cards (`front:::back`, `front` / `??` / `back`) are two Basic notes with distinct, stable
GUIDs: checked in real Anki collections through import, review, edit and re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from tests.anki_support import answer_all_cards, card_schedule, fresh_collection, import_apkg, notes_by_guid, revlog_count
from tests.helpers import write_tree

pytestmark = pytest.mark.anki

NOTES = """# Latin #flashcards

## Verbs

amare:::to love
videre::to see

Which case marks the direct object?
??
The accusative case.
"""


def _build(project: Path, epoch: int) -> list[dict[str, object]]:
    source = str(project / "source")
    result = CliRunner().invoke(main, ["build", source, "-o", str(project / "output")], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(main, ["cards", source, "--json"])
    assert listed.exit_code == 0, listed.output
    cards: list[dict[str, object]] = json.loads(listed.stdout)
    return cards


def test_reversible_cards_are_two_basic_notes_in_anki(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'root_deck = "Latin"\n', "source/latin.md": NOTES})
    cards = _build(project, 1_700_000_000)
    pairs = {(c["question_text"], c["answer_html"]) for c in cards}
    assert pairs == {
        ("amare", "<p>to love</p>"),
        ("to love", "<p>amare</p>"),
        ("videre", "<p>to see</p>"),
        ("Which case marks the direct object?", "<p>The accusative case.</p>"),
        ("The accusative case.", "<p>Which case marks the direct object?</p>"),
    }
    assert len({c["guid"] for c in cards}) == 5
    package = project / "output" / "latin.apkg"
    with fresh_collection(tmp_path / "col") as col:
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated, summary.conflicting, summary.duplicate) == (5, 0, 0, 0)
        notes = notes_by_guid(col)
        assert {n.notetype for n in notes.values()} == {"ankibuild Basic"}
        assert all(len(n.card_ids) == 1 for n in notes.values())
        by_question = {n.fields["Question"]: n for n in notes.values()}
        assert by_question["to love"].fields["Answer"] == "<p>amare</p>"
        assert answer_all_cards(col, "good") == 5
        schedule, history = card_schedule(col), revlog_count(col)

        # `::` made reversible: one note is added, the forward note and every review stay.
        latin = project / "source" / "latin.md"
        latin.write_text(latin.read_text().replace("videre::to see", "videre:::to see"))
        _build(project, 1_700_000_100)
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated, summary.conflicting) == (1, 0, 0)
        after = notes_by_guid(col)
        assert {g: n.note_id for g, n in notes.items()} == {g: after[g].note_id for g in notes}
        assert {n.fields["Question"] for n in after.values()} >= {"videre", "to see"}
        assert all(card_schedule(col)[card] == schedule[card] for card in schedule)
        assert revlog_count(col) == history

        # The back reworded: the forward note gets the new answer, the reverse note (whose question it is)
        # is re-found and updated in place; no note is added, no review lost.
        latin.write_text(latin.read_text().replace("The accusative case.", "The accusative case (accusativus)."))
        _build(project, 1_700_000_200)
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated, summary.conflicting) == (0, 2, 0)
        final = notes_by_guid(col)
        assert set(final) == set(after)
        assert {n.fields["Question"] for n in final.values()} >= {"The accusative case (accusativus)."}
        assert revlog_count(col) == history
        assert col.note_count() == 6
