"""Anki's media scanner must find no file in our note types' CSS (it reads `_…)` on a line as `url(_file)`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankibuild.notetypes import NOTE_TYPES
from tests.anki_support import fresh_collection, import_apkg
from tests.helpers import write_tree
from tests.test_updates import build


@pytest.mark.anki
def test_static_media_scan_of_both_note_types_finds_nothing(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "# A\n\n## What is x?\nX.\n\nThe answer is {{c1::42}}.\n"})
    build(project, 1_700_000_000)
    with fresh_collection(tmp_path / "col") as col:
        import_apkg(col, project / "output" / "source.apkg")
        ours = {t.name for t in NOTE_TYPES.values()}
        found = {m.name: col.media.extract_static_media_files(m.id) for m in col.models.all_names_and_ids() if m.name in ours}
        assert found == {name: [] for name in ours}
        assert all(col.models.get(m.id)["css"] == next(t.css for t in NOTE_TYPES.values() if t.name == m.name) for m in col.models.all_names_and_ids() if m.name in ours)

        # The scanner does misread the shape our CSS used to have: this test can fail.
        basic = col.models.by_name("Basic")
        assert basic is not None
        basic["css"] = ".night_mode .admonition { background: rgba(56, 139, 253, 0.12); }"
        col.models.update_dict(basic)
        assert col.media.extract_static_media_files(basic["id"]) == ["_mode .admonition { background: rgba(56, 139, 253, 0.12"]
