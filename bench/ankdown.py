"""The corpus in ankdown's card format, so `ankdown --highlight` builds the same notes as ankibuild.

ankdown (PyPI, a peer tool; never a dependency of this project: install it in a separate venv) reads
cards as `front`, a line `%`, `back`, a line `---`. Our corpus asks its questions as `###` headings, so
each one becomes a card: the heading's text as the front, the Markdown up to the next heading of any
level as the back (the note boundaries of the straight-script floor). Titles, topic headings and the
prose under them are not notes in either tool and are left out. Folders are kept: ankdown names a deck
after the folder a file is in.

    python -m bench.ankdown convert CORPUS DEST     # write the converted copy
    python -m bench.ankdown find                    # print the ankdown executable found, or nothing

The benchmark finds ankdown through `--ankdown PATH` or the `ANKIBUILD_BENCH_ANKDOWN` environment
variable (then `ankdown` on PATH); without one, its row is skipped.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

ENV_VAR = "ANKIBUILD_BENCH_ANKDOWN"
"""Path of the ankdown executable to compare against."""

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")


def find_ankdown(explicit: str | None = None) -> Path | None:
    """The ankdown executable: `explicit`, else `$ANKIBUILD_BENCH_ANKDOWN`, else `ankdown` on PATH; None
    when none of them names an executable file."""
    for candidate in (explicit, os.environ.get(ENV_VAR), shutil.which("ankdown")):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def to_ankdown_cards(text: str) -> list[tuple[str, str]]:
    """(front, back) Markdown for each `###` question of one corpus file; headings inside code fences
    are code, not headings."""
    cards: list[tuple[str, str]] = []
    front: str | None = None
    back: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) and not line.strip().strip(fence[0]):
                fence = None
            back.append(line)
            continue
        if opened:
            fence = opened.group(1)
        heading = _HEADING.match(line) if fence is None else None
        if heading:
            if front is not None:
                cards.append((front, "\n".join(back).strip("\n")))
            front = (heading.group(2) or "").strip() if len(heading.group(1)) == 3 else None
            back = []
        elif front is not None:
            back.append(line)
    if front is not None:
        cards.append((front, "\n".join(back).strip("\n")))
    return cards


def ankdown_text(cards: list[tuple[str, str]]) -> str:
    """Cards written the way ankdown reads them. A back with a line ankdown would take as a separator
    (`%` or `---` alone) cannot be written faithfully and is refused."""
    parts: list[str] = []
    for front, back in cards:
        for side in (front, back):
            if any(line.strip() in ("%", "---") for line in side.split("\n")):
                raise ValueError(f"a card holds an ankdown separator line: {front!r}")
        parts.append(f"{front}\n%\n{back}\n---\n")
    return "".join(parts)


def convert_corpus(corpus: Path, dest: Path) -> int:
    """Write every `.md` file of `corpus` under `dest` in ankdown's format; return the number of cards."""
    total = 0
    for path in sorted(corpus.rglob("*.md")):
        cards = to_ankdown_cards(path.read_text(encoding="utf-8"))
        target = dest / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(ankdown_text(cards), encoding="utf-8")
        total += len(cards)
    return total


def main(argv: list[str] | None = None) -> int:
    """Command line: `convert CORPUS DEST` or `find`."""
    parser = argparse.ArgumentParser(prog="python -m bench.ankdown")
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="write the corpus in ankdown's format")
    convert.add_argument("corpus", type=Path)
    convert.add_argument("dest", type=Path)
    find = commands.add_parser("find", help="print the ankdown executable found")
    find.add_argument("--ankdown")
    args = parser.parse_args(argv)
    if args.command == "convert":
        print(f"{convert_corpus(args.corpus, args.dest)} cards -> {args.dest}")
        return 0
    found = find_ankdown(args.ankdown)
    if found:
        print(found)
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
