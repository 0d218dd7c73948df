"""Two floor measurements over a corpus folder, the yardsticks for ankibuild's own build time.

- `read_and_hash`: walk, read and sha256 every file; no build can be faster than touching its input.
- `straight_script`: the simplest correct single-process script on ankibuild's stack (markdown-it-py,
  Pygments, genanki) with none of ankibuild's extraction logic: split at `###` headings, render,
  highlight, package one .apkg. Our full cold build should take at most 0.6× its time.

Both return seconds of work measured inside the process (imports excluded). The runner calls them in a
fresh subprocess through this module's command line, which prints one JSON object:

    python -m bench.floors read-hash CORPUS
    python -m bench.floors straight CORPUS OUT.apkg
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Fixed ids so repeated runs write equivalent packages; the values mean nothing.
_MODEL_ID = 1_607_392_319
_DECK_ID_BASE = 2_059_400_110


def _markdown_files(folder: Path) -> list[Path]:
    """Every `.md` file under `folder`, in a stable order."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(Path(root) / name for name in sorted(files) if name.endswith(".md"))
    return found


def read_and_hash(folder: Path) -> float:
    """Seconds to walk `folder`, read every file's bytes and sha256 each one."""
    started = time.perf_counter()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            hashlib.sha256(Path(root, name).read_bytes()).digest()
    return time.perf_counter() - started


def straight_script(folder: Path, out: Path) -> float:
    """Seconds to turn every `.md` file under `folder` into one .apkg at `out`, the naive way.

    One parser for all files; a note per `###` heading (question = the heading's inline text, answer =
    the rendered tokens up to the next heading of any level); fences highlighted by Pygments with CSS
    classes through markdown-it's `highlight` option; one genanki Deck per file.
    """
    # Imported here, outside the timed part, so the read+hash floor's process does not pay for them.
    import genanki
    from markdown_it import MarkdownIt
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    started = time.perf_counter()
    formatter = HtmlFormatter(nowrap=True)  # markdown-it wraps the result in <pre><code>

    def highlight_fence(code: str, lang: str, _attrs: str) -> str:
        if not lang:
            return ""  # markdown-it escapes the code itself
        try:
            lexer = get_lexer_by_name(lang)
        except ClassNotFound:
            return ""
        return highlight(code, lexer, formatter)

    md = MarkdownIt("commonmark", {"highlight": highlight_fence}).enable("table")
    model = genanki.Model(
        _MODEL_ID,
        "Straight script Q/A",
        fields=[{"name": "Question"}, {"name": "Answer"}],
        templates=[{
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}",
        }],
        css=formatter.get_style_defs("pre > code"),
    )
    decks = []
    for index, path in enumerate(_markdown_files(folder)):
        deck = genanki.Deck(_DECK_ID_BASE + index, "::".join(path.relative_to(folder).with_suffix("").parts))
        env: dict[str, object] = {}
        tokens = md.parse(path.read_text(encoding="utf-8"), env)
        for question, answer in _split_notes(md, tokens, env):
            deck.add_note(genanki.Note(model=model, fields=[question, answer], guid=genanki.guid_for(question)))
        decks.append(deck)
    out.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(decks).write_to_file(str(out))
    return time.perf_counter() - started


def _split_notes(md: MarkdownIt, tokens: list[Token], env: dict[str, object]) -> list[tuple[str, str]]:
    """(question, answer HTML) for each `###` heading in a token stream."""
    notes: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open" and token.tag == "h3":
            question = tokens[index + 1].content
            start = index + 3  # heading_open, inline, heading_close
            end = start
            while end < len(tokens) and tokens[end].type != "heading_open":
                end += 1
            answer = md.renderer.render(tokens[start:end], md.options, env)
            notes.append((question, answer))
            index = end
        else:
            index += 1
    return notes


def main(argv: list[str] | None = None) -> int:
    """Command line: run one floor and print `{"seconds": …}` as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.floors", description="Run one floor measurement.")
    sub = parser.add_subparsers(dest="floor", required=True)
    sub.add_parser("read-hash").add_argument("corpus", type=Path)
    straight = sub.add_parser("straight")
    straight.add_argument("corpus", type=Path)
    straight.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    seconds = read_and_hash(args.corpus) if args.floor == "read-hash" else straight_script(args.corpus, args.out)
    print(json.dumps({"seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
