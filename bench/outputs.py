"""Everything a build derives from some folders of notes, as lines of text: the check that a speed-up
changed no output.

    python -m bench.outputs FOLDER [FOLDER ...] > before.txt      # on the old code
    python -m bench.outputs FOLDER [FOLDER ...] > after.txt       # on the new code
    diff before.txt after.txt                                      # must be empty

Each folder is planned as a source folder (`plan_build`, no cache, nothing written), with a fixed build
time, and every card (each field, tags, deck, note type, GUID, key, content hash, answer sketch, media),
every diagnostic and every file report is printed, one JSON line each, in build order. The default
folders are the seeds (`source/`), the synthetic corpus and its holdouts (`tests/corpus`), the test
fixtures (`tests/fixtures`) and the real notes of `../shared/devset/files` when that folder exists; add a
bench corpus (`python -m bench.corpus`) for code, math and tables at scale. Paths under the repository
print as `<repo>/…`, so two checkouts of the code compare equal.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ankibuild.build import plan_build
from ankibuild.config import load_config

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (
    REPO_ROOT / "source",
    REPO_ROOT / "tests" / "corpus",
    REPO_ROOT / "tests" / "fixtures",
    REPO_ROOT.parent / "shared" / "devset" / "files",
)
BUILD_TIME = 1_700_000_000


def output_lines(folder: Path) -> Iterator[str]:
    """One JSON line per card, diagnostic and file report of a build of FOLDER."""
    with tempfile.TemporaryDirectory() as out:
        config = load_config(folder, Path(out), timestamp=BUILD_TIME)
        planned = plan_build(config, write=False, use_cache=False)
    report = planned.report
    for card in report.cards:
        yield json.dumps({"card": _plain(card)}, ensure_ascii=False, sort_keys=True)
    for diag in report.diagnostics:
        yield json.dumps({"diagnostic": _plain(diag)}, ensure_ascii=False, sort_keys=True)
    for file in report.files:
        yield json.dumps({"file": _plain(file)}, ensure_ascii=False, sort_keys=True)
    for entry in sorted(planned.plan.lock.values(), key=lambda e: e.guid):
        yield json.dumps({"lock": _plain(entry)}, ensure_ascii=False, sort_keys=True)
    yield json.dumps({"changes": report.changes, "decks": report.deck_counts}, ensure_ascii=False, sort_keys=True)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="source folders (default: the seeds, tests/corpus, the devset)")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    for folder in folders:
        where = folder.resolve()
        print(f"== {where.relative_to(REPO_ROOT) if where.is_relative_to(REPO_ROOT) else where.name}")
        for line in output_lines(folder):
            print(line.replace(str(REPO_ROOT), "<repo>"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
