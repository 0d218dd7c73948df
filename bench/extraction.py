"""Extraction quality: score ankibuild's cards and `unanswered` diagnostics against hand-made golden lists.

    python -m bench.extraction [--corpus DIR] [--devset DIR] [--details] [--linearity]

The corpus (`tests/corpus/`) holds synthetic notes, each `<name>.md` with `<name>.truth.json` beside it:
`{"questions": [{"q", "answered", "aliases", "optional"}]}`. The devset (`shared/devset/` beside the
repository, when it exists) is read in place from its `files/` and `truth.json`; it is never copied.

Matching: questions are normalised (NFKC, tags removed, lower case, every run of non-alphanumerics → one
space) and compared with difflib's ratio against `q` and its aliases; a pair counts at 0.85 or more. Cards
and items are paired one to one, greedily by descending ratio, and a card only claims the item(s) it
resembles most. Then the `unanswered` diagnostics (with a line) are paired the same way with the items
no card took.

- precision = matched required items / (matched + false cards); a card matching an optional item, or in a
  capped devset file a `beyond_cap` text, is neither;
- recall (answered) = matched answered required items / answered required items;
- accounted = required items that are a card or an `unanswered` diagnostic / required items.

`--linearity` times a build (parse, extract, render; nothing written) of a generated 12,000-line README
of 500 `1. ### question` items, and of the same repeated 2 and 4 times.
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ankibuild.build import run_build
from ankibuild.config import load_config

THRESHOLD = 0.85
REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
_TAG = re.compile(r"</?[A-Za-z!][^<>]*>")
_REASON = re.compile(r"\s+\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")


@dataclass(frozen=True, slots=True)
class Item:
    """One golden question."""

    q: str
    """The question as written, decoration removed."""
    answered: bool
    """Whether the file answers it."""
    aliases: tuple[str, ...] = ()
    """Other acceptable fronts."""
    optional: bool = False
    """A card for it is neither rewarded nor penalised."""


@dataclass(frozen=True, slots=True)
class Truth:
    """The golden list of one file."""

    items: tuple[Item, ...]
    """Its questions."""
    beyond_cap: tuple[str, ...] = ()
    """Texts past the cap of a capped file: cards matching them are ignored."""


@dataclass(frozen=True, slots=True)
class Found:
    """What ankibuild made of one file."""

    cards: tuple[str, ...]
    """The cards' question texts."""
    unanswered: tuple[str, ...]
    """The question texts of `unanswered` diagnostics that have a line."""


@dataclass(frozen=True, slots=True)
class Score:
    """One file's counts, and what went wrong."""

    cards: int
    """Cards made from the file."""
    required: int
    """Golden questions that are not optional."""
    answered: int
    """Required questions the file answers."""
    matched: int
    """Required questions a card matched."""
    matched_answered: int
    """Answered required questions a card matched."""
    false: int
    """Cards that match no item."""
    accounted: int
    """Required questions that are a card or an unanswered diagnostic."""
    missed: tuple[str, ...]
    """Answered required questions no card matched (`reported` in the details when an unanswered
    diagnostic names them, `missed` otherwise)."""
    lost: tuple[str, ...]
    """Required questions neither a card nor an unanswered diagnostic."""
    false_cards: tuple[str, ...]
    """Cards that match no item."""


def normalise(text: str) -> str:
    """NFKC, tags removed, lower case, every run of non-alphanumerics → one space."""
    text = html.unescape(_TAG.sub(" ", unicodedata.normalize("NFKC", text or "")))
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def diagnostic_question(message: str, question: str | None = None) -> str:
    """The question an `unanswered` diagnostic names: its `question` field, else the message without its
    trailing ` (reason)`."""
    return question if question else _REASON.sub("", message)


def pair(fronts: Sequence[str], groups: Sequence[Sequence[str]], threshold: float = THRESHOLD) -> dict[int, int]:
    """Front index → group index, one to one, greedily by descending ratio; a front only claims the
    group(s) it resembles most, so a duplicate cannot fall through to a similar sibling."""
    matchers = [[difflib.SequenceMatcher(None, "", n, autojunk=False) for n in map(normalise, g) if n] for g in groups]
    candidates: list[tuple[float, int, int]] = []
    for fi, front in enumerate(map(normalise, fronts)):
        if not front:
            continue
        scores = [(_best(ms, front, threshold), gi) for gi, ms in enumerate(matchers)]
        top = max((r for r, _ in scores), default=0.0)
        if top >= threshold:
            candidates += [(r, fi, gi) for r, gi in scores if r >= top - 1e-9]
    taken: dict[int, int] = {}
    used: set[int] = set()
    for _, fi, gi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if fi not in taken and gi not in used:
            taken[fi] = gi
            used.add(gi)
    return taken


def _best(matchers: Iterable[difflib.SequenceMatcher[str]], front: str, threshold: float) -> float:
    best = 0.0
    for m in matchers:
        m.set_seq1(front)
        if m.real_quick_ratio() >= threshold and m.quick_ratio() >= threshold:
            best = max(best, m.ratio())
    return best


def score(truth: Truth, found: Found) -> Score:
    """Score one file."""
    items = truth.items
    groups = [(it.q, *it.aliases) for it in items]
    by_card = pair(found.cards, groups)
    carded = set(by_card.values())
    rest = [i for i in range(len(items)) if i not in carded]
    by_diag = pair(found.unanswered, [groups[i] for i in rest])
    reported = {rest[gi] for gi in by_diag.values()}
    beyond = [(b,) for b in truth.beyond_cap]
    prefixes = [n + " " for n in map(normalise, truth.beyond_cap) if len(n.split()) >= 4]
    false_cards = tuple(
        c for ci, c in enumerate(found.cards)
        if ci not in by_card and not (beyond and (pair([c], beyond) or normalise(c).startswith(tuple(prefixes))))
    )
    required = [i for i, it in enumerate(items) if not it.optional]
    answered = [i for i in required if items[i].answered]
    return Score(
        cards=len(found.cards),
        required=len(required),
        answered=len(answered),
        matched=sum(i in carded for i in required),
        matched_answered=sum(i in carded for i in answered),
        false=len(false_cards),
        accounted=sum(i in carded or i in reported for i in required),
        missed=tuple(items[i].q for i in answered if i not in carded),
        lost=tuple(items[i].q for i in required if i not in carded and i not in reported),
        false_cards=false_cards,
    )


def extract_folder(folder: Path, names: Iterable[str]) -> dict[str, Found]:
    """Run ankibuild (no cache, nothing written) over the named files of FOLDER."""
    names = sorted(names)
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(folder, Path(tmp) / "output", include=tuple(re.sub(r"([*?[])", r"[\1]", n) for n in names))
        report = run_build(config, write=False, use_cache=False)
    cards: dict[str, list[str]] = {n: [] for n in names}
    unanswered: dict[str, list[str]] = {n: [] for n in names}
    for card in report.cards:
        cards.setdefault(Path(card.loc.path).name, []).append(card.question_text)
    for d in report.diagnostics:
        if d.kind == "unanswered" and d.loc.line is not None:
            unanswered.setdefault(Path(d.loc.path).name, []).append(diagnostic_question(d.message, getattr(d, "question", None)))
    return {n: Found(tuple(cards[n]), tuple(unanswered[n])) for n in names}


def _item(raw: dict[str, object]) -> Item:
    aliases = raw.get("aliases") or ()
    return Item(str(raw["q"]), bool(raw["answered"]), tuple(map(str, aliases)) if isinstance(aliases, list) else (), bool(raw.get("optional")))


def corpus_truths(corpus: Path) -> dict[str, Truth]:
    """`<name>.md` → its golden list, for every `<name>.truth.json` in CORPUS."""
    truths = {}
    for path in sorted(corpus.glob("*.truth.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        truths[path.name.removesuffix(".truth.json") + ".md"] = Truth(tuple(_item(q) for q in raw["questions"]))
    return truths


def devset_truths(devset: Path) -> dict[str, Truth]:
    """File name → golden list, read in place from the devset's `truth.json`."""
    files = json.loads((devset / "truth.json").read_text(encoding="utf-8"))["files"]
    return {
        name: Truth(tuple(_item(q) for q in entry["questions"]), tuple(entry.get("beyond_cap") or ()) if entry.get("capped") else ())
        for name, entry in files.items()
    }


def _ratio(n: int, d: int) -> str:
    return f"{n / d:6.3f}" if d else "   n/a"


def print_table(title: str, scores: dict[str, Score], *, details: bool) -> None:
    """Per-file rows, the pooled total, and with `details` what was missed, lost or invented."""
    width = min(max((len(n) for n in scores), default=4), 56)
    print(f"\n{title}\n{'file':{width}s} cards  req  ans   TP   FP   prec  rec_a  accnt")
    total = Score(0, 0, 0, 0, 0, 0, 0, (), (), ())
    for name, s in scores.items():
        label = name if len(name) <= width else name[: width - 1] + "…"
        print(f"{label:{width}s} {s.cards:5d} {s.required:4d} {s.answered:4d} {s.matched:4d} {s.false:4d} "
              f"{_ratio(s.matched, s.matched + s.false)} {_ratio(s.matched_answered, s.answered)} {_ratio(s.accounted, s.required)}")
        total = Score(*(getattr(total, f.name) + getattr(s, f.name) for f in fields(Score)))
    print(f"{'ALL':{width}s} {total.cards:5d} {total.required:4d} {total.answered:4d} {total.matched:4d} {total.false:4d} "
          f"{_ratio(total.matched, total.matched + total.false)} {_ratio(total.matched_answered, total.answered)} {_ratio(total.accounted, total.required)}")
    if details:
        for name, s in scores.items():
            if s.missed or s.lost or s.false_cards:
                print(f"\n== {name}")
                lines = [("missed" if q in s.lost else "reported", q) for q in s.missed]
                lines += [("lost", q) for q in s.lost if q not in s.missed] + [("false", q) for q in s.false_cards]
                for what, text in lines:
                    print(f"  {what:8s} {' '.join(text.split())[:150]}")


def linearity(sizes: Sequence[int] = (1, 2, 4)) -> None:
    """Build time of a generated README of 500 `1. ### question` items (about 12,000 lines) × each size."""
    with tempfile.TemporaryDirectory() as tmp:  # warm up: imports and parser set-up are not extraction
        (Path(tmp) / "src").mkdir()
        (Path(tmp) / "src" / "README.md").write_text(big_readme(5), encoding="utf-8")
        run_build(load_config(Path(tmp) / "src", Path(tmp) / "out"), write=False, use_cache=False)
    for size in sizes:
        text = big_readme(500 * size)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "src").mkdir()
            (Path(tmp) / "src" / "README.md").write_text(text, encoding="utf-8")
            config = load_config(Path(tmp) / "src", Path(tmp) / "out")
            start = time.perf_counter()
            report = run_build(config, write=False, use_cache=False)
            seconds = time.perf_counter() - start
        print(f"{size}x: {text.count(chr(10)):6d} lines, {len(report.cards):5d} cards, {seconds:6.2f} s, {seconds / size:6.2f} s per 1x")


def big_readme(questions: int) -> str:
    """A README of QUESTIONS numbered `### question` items after a TOC table, about 24 lines each."""
    toc = [f"| {n} | [What is concept {n}?](#what-is-concept-{n}) |" for n in range(1, questions + 1)]
    lines = ["# Interview questions", "", "| # | Question |", "|---|---|", *toc, ""]
    for n in range(1, questions + 1):
        lines += [
            f"{n}. ### What is concept {n}?", "",
            f"    Concept {n} is the idea that item {n} follows from item {n - 1} by one small step,",
            "    which this answer explains over a few wrapped lines of ordinary prose.", "",
            "    1. **First:** the setup is read.", "    2. **Second:** the result is checked.", "",
            "    ```python", f"    def concept_{n}(x):", f"        return x + {n}", "    ```", "",
            "    | input | output |", "    |---|---|", f"    | 1 | {n + 1} |", "",
            "    #### Note", "", f"    Remember concept {n} when the steps are small.", "",
            "    **[⬆ Back to Top](#interview-questions)**", "",
        ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    devsets = [p / "shared" / "devset" for p in REPO.parents if (p / "shared" / "devset" / "truth.json").is_file()]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--devset", type=Path, default=devsets[0] if devsets else None)
    ap.add_argument("--details", action="store_true", help="list per file: answered questions without a card (missed, or reported as unanswered), unanswered ones not reported (lost), false cards")
    ap.add_argument("--linearity", action="store_true", help="also time 1x, 2x, 4x a generated 12,000-line README")
    args = ap.parse_args(argv)
    truths = corpus_truths(args.corpus)
    found = extract_folder(args.corpus, truths)
    print_table(f"corpus {args.corpus}", {n: score(t, found[n]) for n, t in truths.items()}, details=args.details)
    if args.devset is not None and not (args.devset / "truth.json").is_file():
        print(f"\nno devset at {args.devset}: skipped")
    elif args.devset is not None:
        truths = devset_truths(args.devset)
        found = extract_folder(args.devset / "files", truths)
        print_table(f"devset {args.devset}", {n: score(t, found[n]) for n, t in truths.items()}, details=args.details)
    if args.linearity:
        print("\nlinearity (build without writing: parse, extract, render)")
        linearity()


if __name__ == "__main__":
    main()
