"""Benchmark runner: generate (or reuse) corpora, time every measurement in fresh subprocesses, print tables.

    python -m bench.run --sizes 1000,10000 --runs 5

A measurement is a function `(corpus, work_dir) -> dict[str, Outcome]`: it may run several steps (cold
build, no-op rebuild, …) and returns one `Sample` per step, or `Skipped` with a reason. `work_dir` is a
fresh empty folder for that call; the corpus itself must not be modified (copy it first). To add one,
write such a function and append it to `MEASUREMENTS`; the table gains a row per step.

Each step runs in its own subprocess, so timings include interpreter start-up and imports, the way a
user's command would, and peak RSS is that process's own (`os.wait4` rusage, which also covers any
children it waited for, as a maximum, not a sum). Files are read once before timing, so every figure
is with a warm page cache.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.ankdown import ENV_VAR, convert_corpus, find_ankdown
from bench.corpus import GENERATOR_VERSION, corpus_stats, generate_corpus
from bench.floors import read_and_hash

REPO_ROOT = Path(__file__).resolve().parent.parent

READ_HASH = "read+hash floor"
STRAIGHT = "straight-script floor"
ANKDOWN = "ankdown --highlight"
FLOORS = (READ_HASH, STRAIGHT)
COLD, NO_OP, EDIT = "ankibuild cold", "ankibuild no-op rebuild", "ankibuild 1-answer edit"
BARS = ((COLD, ANKDOWN, 0.6), (EDIT, COLD, 0.12), (NO_OP, COLD, 0.05))
"""(step, reference step, bar): each step's time as a share of its reference's, measured in one run."""


@dataclass(frozen=True, slots=True)
class Sample:
    """One timed step of one run."""

    wall_s: float
    """Wall-clock seconds of the subprocess, start-up included."""
    inner_s: float | None
    """Seconds the step reported for its own work (imports excluded), when it reports one."""
    max_rss_kib: int
    """Peak resident set size of the subprocess, in KiB."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A step that could not be measured, and why."""

    reason: str
    """Shown under the table."""


Outcome = Sample | Skipped
Measurement = Callable[[Path, Path], dict[str, Outcome]]


@dataclass(frozen=True, slots=True)
class Corpus:
    """A generated corpus on disk."""

    path: Path
    """Folder holding the Markdown files."""
    notes: int
    """Number of notes (`###` questions)."""
    files: int
    """Number of Markdown files."""
    bytes: int
    """Total size of the files."""
    generate_s: float
    """Seconds the generator took when the corpus was made."""
    reused: bool
    """Whether this run found it in the cache instead of generating it."""


# -- running a step ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Completed:
    sample: Sample
    returncode: int
    stdout: str
    stderr: str


def run_step(argv: Sequence[str | os.PathLike[str]], cwd: Path | None = None) -> _Completed:
    """Run `argv` in a fresh process (in `cwd`, by default the repository root); time it and read its
    peak RSS from the kernel's rusage."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    # Output goes to files, not pipes: reaping the child with wait4 (to get its rusage) must not race
    # with draining a pipe.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen([os.fspath(a) for a in argv], cwd=cwd or REPO_ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen the child is already reaped
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    inner = None
    if proc.returncode == 0 and stdout.strip().startswith("{"):
        try:
            inner = float(json.loads(stdout.strip().splitlines()[-1])["seconds"])
        except (ValueError, KeyError, IndexError):
            inner = None
    sample = Sample(wall_s=wall, inner_s=inner, max_rss_kib=usage.ru_maxrss)  # KiB on Linux
    return _Completed(sample, proc.returncode, stdout, stderr)


def _outcome(done: _Completed, what: str) -> Outcome:
    if done.returncode == 0:
        return done.sample
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    return Skipped(f"{what} failed with exit {done.returncode}: {tail}")


# -- measurements -----------------------------------------------------------------------------------


def measure_read_and_hash(corpus: Path, work_dir: Path) -> dict[str, Outcome]:
    """The read+hash floor in a fresh process."""
    done = run_step([sys.executable, "-m", "bench.floors", "read-hash", corpus])
    return {READ_HASH: _outcome(done, READ_HASH)}


def measure_straight_script(corpus: Path, work_dir: Path) -> dict[str, Outcome]:
    """The straight-script floor in a fresh process, writing its .apkg into `work_dir`."""
    done = run_step([sys.executable, "-m", "bench.floors", "straight", corpus, work_dir / "straight.apkg"])
    return {STRAIGHT: _outcome(done, STRAIGHT)}


def _ankibuild_runnable() -> bool:
    """Whether `python -m ankibuild` can run from this checkout."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    try:
        return importlib.util.find_spec("ankibuild.__main__") is not None
    except ImportError:
        return False


def edit_one_answer(source: Path) -> Path:
    """Append a word to the first prose line of the first answer in the first file; return that file.

    Only an answer changes, never a question, so a build should update exactly one note.
    """
    first = min(source.rglob("*.md"))
    lines = first.read_text(encoding="utf-8").split("\n")
    in_answer = False
    for index, line in enumerate(lines):
        if line.startswith("#"):
            in_answer = line.startswith("### ")
        elif in_answer and line[:1].isalpha():
            lines[index] = line + " Edited for the benchmark."
            first.write_text("\n".join(lines), encoding="utf-8")
            return first
    raise ValueError(f"no answer prose found in {first}")


def measure_ankibuild(corpus: Path, work_dir: Path) -> dict[str, Outcome]:
    """Our build through its command line: cold, no-op rebuild, rebuild after one answer edit.

    Builds a private copy of the corpus (so lockfiles or edits never touch the cached one) into
    `work_dir/out`. Reports every step as skipped while `python -m ankibuild` is not runnable.
    """
    steps = (COLD, NO_OP, EDIT)
    if not _ankibuild_runnable():
        return {step: Skipped("ankibuild: `python -m ankibuild` is not importable yet") for step in steps}
    source, out = work_dir / "source", work_dir / "out"
    shutil.copytree(corpus, source)
    argv: list[str | os.PathLike[str]] = [sys.executable, "-m", "ankibuild", "build", source, "-o", out]
    results: dict[str, Outcome] = {}
    for step in steps:
        if step == steps[2]:
            edit_one_answer(source)
        outcome = _outcome(run_step(argv), step)
        results[step] = outcome
        if isinstance(outcome, Skipped):  # later steps depend on this one
            for later in steps[len(results):]:
                results[later] = Skipped(f"{later}: not run because an earlier step failed")
            break
    return results


ANKDOWN_EXECUTABLE: Path | None = None
"""The ankdown to compare against (`--ankdown`, else `$ANKIBUILD_BENCH_ANKDOWN`, else PATH); None skips it."""


def ankdown_corpus(corpus: Path) -> Path:
    """The corpus in ankdown's format (`bench.ankdown`), converted once and kept beside it; the marker
    file is written last, so an interrupted conversion is redone."""
    dest = corpus.with_name(corpus.name + "-ankdown")
    marker = corpus.with_name(corpus.name + "-ankdown.done")
    if not (marker.exists() and dest.is_dir()):
        if dest.exists():
            shutil.rmtree(dest)
        cards = convert_corpus(corpus, dest)
        marker.write_text(f"{cards}\n", encoding="utf-8")
    return dest


def measure_ankdown(corpus: Path, work_dir: Path) -> dict[str, Outcome]:
    """`ankdown --highlight` (a peer tool, from its own venv) building the same notes into one .apkg."""
    if ANKDOWN_EXECUTABLE is None:
        return {ANKDOWN: Skipped(f"ankdown: not found (give --ankdown PATH or set {ENV_VAR})")}
    source = ankdown_corpus(corpus)
    done = run_step([ANKDOWN_EXECUTABLE, "-r", source, "-p", work_dir / "ankdown.apkg", "--highlight"], cwd=work_dir)
    return {ANKDOWN: _outcome(done, ANKDOWN)}


PACKAGING_DECKS = (1, 1000)
"""Deck counts the packaging steps spread the corpus's number of notes over."""
PACKAGING = tuple(f"{writer} package, {decks:,} deck{'s' if decks > 1 else ''}" for writer in ("ankibuild", "genanki") for decks in PACKAGING_DECKS)
"""Steps that time one writer alone ("inner s"): no ratio to the build floors is printed for them."""


def measure_packaging(corpus: Path, work_dir: Path) -> dict[str, Outcome]:
    """Packaging alone (`bench.packaging`): as many synthetic notes as the corpus has, over 1 and over
    1,000 decks, written by ankibuild's writer and by genanki's `Package`."""
    notes = corpus_stats(sorted(corpus.rglob("*.md"))).notes
    results: dict[str, Outcome] = {}
    steps = iter(PACKAGING)
    for writer in ("ankibuild", "genanki"):
        for decks in PACKAGING_DECKS:
            step = next(steps)
            done = run_step([sys.executable, "-m", "bench.packaging", writer, str(notes), str(decks), work_dir / f"{writer}-{decks}.apkg"])
            results[step] = _outcome(done, step)
    return results


MEASUREMENTS: list[Measurement] = [measure_read_and_hash, measure_straight_script, measure_ankibuild, measure_ankdown, measure_packaging]
"""Run in this order in every run (round): the rounds interleave the tools, so a drift in the machine's
speed touches them all alike."""
NAMED_MEASUREMENTS = {
    "floors": (measure_read_and_hash, measure_straight_script),
    "ankibuild": (measure_ankibuild,),
    "ankdown": (measure_ankdown,),
    "packaging": (measure_packaging,),
}
"""What `--only` selects from."""


# -- corpora ----------------------------------------------------------------------------------------


def default_cache_dir() -> Path:
    """Where corpora are kept between runs."""
    return Path(tempfile.gettempdir()) / "ankibuild-bench"


def ensure_corpus(cache_dir: Path, notes: int, seed: int, notes_per_file: int) -> Corpus:
    """The corpus for these arguments, generated unless the cache already holds a finished one."""
    name = f"notes{notes}-seed{seed}-per{notes_per_file}-v{GENERATOR_VERSION}"
    path, manifest = cache_dir / name, cache_dir / f"{name}.json"
    # The manifest sits beside the corpus, not in it, so the floors never read it, and is written
    # last, so an interrupted generation is redone rather than reused.
    if manifest.exists() and path.is_dir():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return Corpus(path, data["notes"], data["files"], data["bytes"], data["generate_s"], reused=True)
    if path.exists():
        shutil.rmtree(path)
    started = time.perf_counter()
    paths = generate_corpus(path, notes, seed=seed, notes_per_file=notes_per_file)
    generate_s = time.perf_counter() - started
    stats = corpus_stats(paths)
    manifest.write_text(json.dumps({"notes": stats.notes, "files": stats.files, "bytes": stats.bytes,
                                    "generate_s": generate_s}), encoding="utf-8")
    return Corpus(path, stats.notes, stats.files, stats.bytes, generate_s, reused=False)


def compile_bytecode() -> None:
    """Write the `.pyc` files of ankibuild and of the floors, as `pip install` does for an installed package
    and as Python does on a first run, so no step pays for compiling source (which every run would when
    `PYTHONDONTWRITEBYTECODE` is set, as in some sandboxes and containers)."""
    import compileall

    for package in ("ankibuild", "bench"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1)


# -- running and reporting --------------------------------------------------------------------------


def run_size(corpus: Corpus, runs: int, measurements: Sequence[Measurement]) -> dict[str, list[Outcome]]:
    """All outcomes per step, `runs` times over, each call with a fresh work folder."""
    read_and_hash(corpus.path)  # warm the page cache so the first run is not the odd one out
    outcomes: dict[str, list[Outcome]] = {}
    for _ in range(runs):
        for measure in measurements:
            with tempfile.TemporaryDirectory(prefix="ankibuild-bench-") as work:
                for step, outcome in measure(corpus.path, Path(work)).items():
                    outcomes.setdefault(step, []).append(outcome)
    return outcomes


def format_table(corpus: Corpus, outcomes: dict[str, list[Outcome]]) -> str:
    """One size's results: medians, peak RSS, throughput and ratios to both floors."""
    medians: dict[str, float] = {}
    for step, results in outcomes.items():
        samples = [r for r in results if isinstance(r, Sample)]
        if samples and len(samples) == len(results):
            medians[step] = statistics.median(s.wall_s for s in samples)
    header = ("step", "median s", "min s", "inner s", "peak RSS MiB", "notes/s", "×ankdown", "×straight", "×read+hash")
    rows: list[tuple[str, ...]] = []
    reasons: list[str] = []
    for step, results in outcomes.items():
        if step not in medians:
            rows.append((step,) + ("n/a",) * (len(header) - 1))
            reasons.extend(r.reason for r in results if isinstance(r, Skipped) and r.reason not in reasons)
            continue
        samples = [r for r in results if isinstance(r, Sample)]
        inner = [s.inner_s for s in samples if s.inner_s is not None]
        median = medians[step]
        rows.append((
            step,
            f"{median:.3f}",
            f"{min(s.wall_s for s in samples):.3f}",
            f"{statistics.median(inner):.3f}" if inner else "-",
            f"{max(s.max_rss_kib for s in samples) / 1024:.0f}",
            f"{corpus.notes / median:,.0f}",
            _ratio(median, medians.get(ANKDOWN)) if step not in (*FLOORS, *PACKAGING, ANKDOWN) else "-",
            _ratio(median, medians.get(STRAIGHT)) if step not in (*FLOORS, *PACKAGING) else "-",
            _ratio(median, medians.get(READ_HASH)) if step not in (*FLOORS, *PACKAGING) else "-",
        ))
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    lines = [
        f"== {corpus.notes:,} notes, {corpus.files} files, {corpus.bytes / 2**20:.1f} MiB "
        f"(generated in {corpus.generate_s:.2f} s{', reused from cache' if corpus.reused else ''}) ==",
        "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths, strict=True))),
    ]
    lines.extend(
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    )
    lines.extend(f"  n/a: {reason}" for reason in reasons)
    lines.extend(format_bars(outcomes))
    return "\n".join(lines)


def round_ratios(outcomes: dict[str, list[Outcome]], step: str, reference: str) -> list[float]:
    """STEP's time over REFERENCE's, round by round (both measured in the same round, so close in time);
    rounds where either was skipped are left out."""
    pairs = zip(outcomes.get(step, []), outcomes.get(reference, []), strict=False)
    return [a.wall_s / b.wall_s for a, b in pairs if isinstance(a, Sample) and isinstance(b, Sample) and b.wall_s > 0]


def format_bars(outcomes: dict[str, list[Outcome]]) -> list[str]:
    """The issue's bars: the median of the round-by-round ratios with their range, against each bar."""
    lines = ["  bars (targets set for 10,000 notes; median of per-round ratios [min–max]):"]
    for step, reference, bar in BARS:
        ratios = round_ratios(outcomes, step, reference)
        if not ratios:
            lines.append(f"    {step} / {reference}: n/a (≤ {bar:.2f})")
            continue
        median = statistics.median(ratios)
        verdict = "met" if median <= bar else "NOT met"
        lines.append(
            f"    {step} / {reference}: {median:.3f} [{min(ratios):.3f}–{max(ratios):.3f}] "
            f"over {len(ratios)} rounds (≤ {bar:.2f}: {verdict})"
        )
    return lines


def _ratio(value: float, floor: float | None) -> str:
    return f"{value / floor:.2f}" if floor else "n/a"


def main(argv: list[str] | None = None) -> int:
    """Command line: benchmark each size and print one table per size."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description="Benchmark ankibuild against floors.")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated note counts (default 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--notes-per-file", type=int, default=50)
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir())
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    parser.add_argument("--ankdown", help=f"ankdown executable to compare against (default: ${ENV_VAR}, then PATH)")
    parser.add_argument("--only", default=",".join(NAMED_MEASUREMENTS), help="comma-separated measurements to run, "
                        f"from {', '.join(NAMED_MEASUREMENTS)} (default all)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    if unknown := [name for name in chosen if name not in NAMED_MEASUREMENTS]:
        parser.error(f"--only: unknown measurement {', '.join(unknown)}")
    measurements = [m for m in MEASUREMENTS if any(m in NAMED_MEASUREMENTS[name] for name in chosen)]
    global ANKDOWN_EXECUTABLE
    ANKDOWN_EXECUTABLE = find_ankdown(args.ankdown)
    if args.ankdown and ANKDOWN_EXECUTABLE is None:
        parser.error(f"--ankdown: {args.ankdown} is not an executable file")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    record: list[dict[str, object]] = []
    compile_bytecode()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, runs={args.runs}, seed={args.seed}, "
          f"ankdown={ANKDOWN_EXECUTABLE or 'not found'}", flush=True)
    for size in sizes:
        corpus = ensure_corpus(args.cache_dir, size, args.seed, args.notes_per_file)
        outcomes = run_size(corpus, args.runs, measurements)
        print(format_table(corpus, outcomes), flush=True)
        record.append({
            "corpus": {**asdict(corpus), "path": str(corpus.path)},
            "steps": {step: [asdict(r) for r in results] for step, results in outcomes.items()},
        })
    if args.json:
        args.json.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
