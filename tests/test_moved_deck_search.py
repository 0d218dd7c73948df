"""The Browser search the build prints for a moved deck selects that deck's cards, not its subdecks'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.anki_support import fresh_collection, import_apkg
from tests.helpers import write_tree
from tests.test_updates import build

STATS = "---\ndeck: Stats_2024\n---\n# S\n\n## What is bias?\nB.\n\n## What is variance?\nV.\n"
SUB = "---\ndeck: Stats_2024::Tests\n---\n# T\n\n## When do you use a t-test?\nSmall samples.\n"


@pytest.mark.anki
def test_printed_search_selects_the_old_deck_without_its_subdecks(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'root_deck = "Prep"\n', "source/stats.md": STATS, "source/sub.md": SUB})
    package = project / "output" / "prep.apkg"
    build(project, 1_700_000_000)
    with fresh_collection(tmp_path / "col") as col:
        import_apkg(col, package)
        (project / "source" / "stats.md").write_text(STATS.replace("deck: Stats_2024", "deck: Statistics"))
        output = build(project, 1_700_000_100)
        found = re.search(r"moved from deck 'Prep::Stats_2024'; .* search  (.+?)  then Cards → Change Deck to 'Prep::Statistics'", output)
        assert found, output
        import_apkg(col, package)
        selected = {col.get_card(cid).note()["Question"] for cid in col.find_cards(found.group(1))}
        assert selected == {"What is bias?", "What is variance?"}  # not the t-test of Prep::Stats_2024::Tests
        assert {col.get_card(cid).note()["Question"] for cid in col.find_cards('"deck:Prep::Stats_2024"')} == selected | {"When do you use a t-test?"}
