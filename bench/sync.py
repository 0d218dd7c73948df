"""Time `ankibuild sync` on a generated corpus: into a fresh collection, a no-op sync, one answer edited.

    python -m bench.sync --notes 10000

Each step runs `ankibuild sync` in its own process and reports wall and CPU seconds (start-up and imports included), against a collection in
a temporary folder; the corpus is generated there (bench/corpus.py). Needs the anki package.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate_corpus


def _sync(source: Path, collection: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the process and its pool workers) of one sync. On a shared,
    loaded machine the CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ankibuild", "sync", str(source), "--collection", str(collection), "-q"], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    import anki.collection

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "notes"
        files = generate_corpus(source, args.notes)
        (root / "profile").mkdir()
        collection = root / "profile" / "collection.anki2"
        anki.collection.Collection(str(collection)).close()
        rows = [("into a fresh collection", *_sync(source, collection)), ("nothing changed", *_sync(source, collection))]
        text = files[len(files) // 2].read_text(encoding="utf-8")
        cut = text.index("\n\n", text.index("\n### ")) + 2  # the first answer's first paragraph
        files[len(files) // 2].write_text(text[:cut] + "An edited sentence.\n\n" + text[cut:], encoding="utf-8")
        rows.append(("one answer edited", *_sync(source, collection)))
        for what, wall, cpu in rows:
            print(f"{args.notes} notes, {what}: {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
