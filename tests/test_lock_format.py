"""The lockfile's rows: any text survives a write and a read, and plain rows are the columns joined by tabs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ankibuild.lock import LockEntry, read_lock, write_lock

TEXT = st.text(alphabet=st.sampled_from("ab \t\n\r\\tnr\u00e9\u2028"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, TEXT, TEXT, st.sampled_from(["active", "removed"]), st.integers(0, 2**40)), max_size=5))
def test_any_text_survives_a_round_trip(rows: list[tuple[str, str, str, str, str, int]]) -> None:
    entries = {
        f"g{index}{key}": LockEntry(key, f"g{index}{key}", mod, "c0ffee", state, deck, answer, question)
        for index, (key, deck, answer, question, state, mod) in enumerate(rows)
    }
    with tempfile.TemporaryDirectory() as folder:
        lock = Path(folder) / "ankibuild.lock"
        write_lock(lock, entries, {"1": "abc"}, source="notes")
        back = read_lock(lock, owner="notes")
    assert back.entries == entries and back.schemas == {"1": "abc"}


def test_rows_are_tab_separated_and_escaped_only_where_needed(tmp_path: Path) -> None:
    plain = LockEntry("notes::what is x", "Gx1", 1700000000, "c0ffee", "active", "Root::Notes", "00ff", "What is x?")
    odd = LockEntry("notes::a\tb", "Gx2", 1700000001, "beef", "removed", "Root::Notes", "", "A\tb\\c\nd\re?")
    lock = tmp_path / "ankibuild.lock"
    write_lock(lock, {plain.guid: plain, odd.guid: odd}, {})
    rows = lock.read_text(encoding="utf-8").split("\n")[-3:]
    assert rows == [
        "Gx2\t1700000001\tbeef\tremoved\tRoot::Notes\t\tnotes::a\\tb\tA\\tb\\\\c\\nd\\re?",
        "Gx1\t1700000000\tc0ffee\tactive\tRoot::Notes\t00ff\tnotes::what is x\tWhat is x?",
        "",
    ]
