"""Packaging alone, by number of decks: ankibuild's writer against genanki's own `Package`.

genanki rewrites the collection's decks JSON once per deck it writes, so its packaging time grows with
the square of the deck count; ankibuild writes that JSON once. Both writers get the same notes (an
HTML question and an answer of about 900 characters, like a rendered benchmark note) spread evenly
over DECKS decks, and only the writing is timed:

    python -m bench.packaging ankibuild NOTES DECKS OUT.apkg     # prints {"seconds": …}
    python -m bench.packaging genanki NOTES DECKS OUT.apkg
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

_MODEL_ID = 1_607_392_320
_DECK_ID_BASE = 2_059_400_110
_TIMESTAMP = 1_700_000_000
WRITERS = ("ankibuild", "genanki")


def _answer(index: int) -> str:
    """An answer the size of a rendered benchmark note: prose, a list and a highlighted line."""
    return (
        f"<p>Answer {index}: a <strong>short</strong> paragraph with <code>inline_code({index})</code> and a "
        "formula \\(x^2 + y^2\\), long enough to weigh what a real answer weighs in the collection.</p>"
        "<ul><li>first point, stated plainly</li><li>second point, with a little more detail</li></ul>"
        f'<pre class="code"><code class="language-python"><span class="k">def</span> <span class="nf">f{index}</span>'
        '<span class="p">(</span><span class="n">x</span><span class="p">):</span> <span class="k">return</span> '
        '<span class="n">x</span> <span class="o">*</span> <span class="mi">2</span></code></pre>'
        "<p>A closing sentence that says when to use it and when not to, as answers often do.</p>"
    )


def _deck_name(index: int, decks: int) -> str:
    return f"Bench::Area {index % decks:04d}"


def write_with_ankibuild(notes: int, decks: int, out: Path) -> float:
    """Seconds for ankibuild's `write_package` to write NOTES notes over DECKS decks."""
    from ankibuild.apkg import PackagedNote, write_package
    from ankibuild.records import Card, Loc

    items = [
        PackagedNote(
            Card(Loc(f"area-{i % decks}.md", 1 + i), _deck_name(i, decks), "basic", "heading", f"What is item {i}?",
                 f"What is item {i}?", _answer(i), "Topic", ("bench",), f"guid-{i:08d}"),
            _TIMESTAMP,
        )
        for i in range(notes)
    ]  # fmt: skip
    started = time.perf_counter()
    write_package(out, items, [], _TIMESTAMP)
    return time.perf_counter() - started


def write_with_genanki(notes: int, decks: int, out: Path) -> float:
    """Seconds for genanki's `Package.write_to_file` to write the same notes over DECKS decks."""
    import genanki

    model = genanki.Model(
        _MODEL_ID, "Bench basic", fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    )  # fmt: skip
    by_deck = [genanki.Deck(_DECK_ID_BASE + d, _deck_name(d, decks)) for d in range(decks)]
    for i in range(notes):
        note = genanki.Note(model=model, fields=[f"What is item {i}?", _answer(i)], guid=f"guid-{i:08d}")
        by_deck[i % decks].add_note(note)
    started = time.perf_counter()
    genanki.Package(by_deck).write_to_file(str(out), timestamp=_TIMESTAMP)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.packaging", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("writer", choices=WRITERS)
    parser.add_argument("notes", type=int)
    parser.add_argument("decks", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.notes < 1 or args.decks < 1:
        parser.error("notes and decks must be at least 1")
    write = write_with_ankibuild if args.writer == "ankibuild" else write_with_genanki
    print(json.dumps({"seconds": write(args.notes, args.decks, args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
