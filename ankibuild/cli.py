"""The command line: Click commands, options → `BuildConfig`, errors → messages and exit codes.

Exit codes: 0 success (warnings allowed), 1 build errors, 2 usage errors, 130 interrupted.
Diagnostics go to stderr; data (JSON) to stdout.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .cli_output import Progress, print_diagnostics, waiting
from .config import BuildConfig, load_config
from .records import AnkiBuildError, BuildReport, FileReport

F = TypeVar("F", bound=Callable[..., Any])

SOURCE_ARG = click.argument("source", type=click.Path(path_type=Path, file_okay=False), default="source", required=False)
OUTPUT_OPT = click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="output", show_default=True, help="Folder the package is written to.")
STRICT_OPT = click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1, nothing written).")


def handle_errors(func: F) -> F:
    """Turn our errors into `path:line: message` and an exit code, never a traceback.

    The cyclic garbage collector is paused while a command runs: a build makes almost no reference
    cycles (a 1,000-note build leaves about 15 objects for it), but with tens of thousands of cards alive
    every collection walks all of them, which cost a tenth of a rebuild's time."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        except AnkiBuildError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing was written", err=True)
            sys.exit(130)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)
        finally:
            if collecting:
                gc.enable()

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ankibuild")
def main() -> None:
    """Turn a folder of Markdown study notes into Anki decks.

    Run `ankibuild build` in a folder holding `source/` to write `output/<deck>.apkg`, then import that
    file in Anki (File → Import). Rebuild and re-import after editing your notes: cards keep their history.
    """


def run() -> None:
    """The command line's entry point: `main`, with compiled regular expressions kept between runs
    (`regex_cache`: a rebuild after an edit would otherwise spend a fifth of its time compiling them)."""
    from . import regex_cache

    regex_cache.install()
    try:
        main()
    finally:
        regex_cache.save()


@main.command()
@SOURCE_ARG
@OUTPUT_OPT
@STRICT_OPT
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the unanswered, skipped and unclassified blocks one by one.")
@handle_errors
def build(source: Path, output: Path, strict: bool, quiet: bool, verbose: bool) -> None:
    """Build one .apkg holding every deck from the notes in SOURCE (default: source)."""
    config = load_config(source, output, strict=strict, timestamp=_source_date_epoch())
    report = _run(config, quiet=quiet)
    print_diagnostics(report.diagnostics, verbose=verbose)
    if not quiet:
        _print_summary(report, config)
    sys.exit(1 if report.errors else 0)


@main.command()
@SOURCE_ARG
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array on stdout (the contract for tools).")
@click.option("--duplicates", is_flag=True, help="List near-identical questions across files instead (never merged).")
@handle_errors
def cards(source: Path, as_json: bool, duplicates: bool) -> None:
    """List the cards extracted from SOURCE, without writing anything."""
    from .build import run_build

    config = load_config(source, Path("output"))
    report = run_build(config, write=False)
    if duplicates:
        from .similar import near_duplicates

        pairs = near_duplicates(report.cards)
        if as_json:
            click.echo(json.dumps([{"first": str(a.loc), "second": str(b.loc), "similarity": round(r, 3), "question": a.question_text, "other": b.question_text} for a, b, r in pairs], ensure_ascii=False, indent=2))
        else:
            for a, b, ratio in pairs:
                click.echo(f"{a.loc}: {a.question_text}\n{b.loc}: {b.question_text}\n  similarity {ratio:.0%}\n")
            click.echo(f"{len(pairs)} near-identical pairs", err=True)
        sys.exit(0)
    if as_json:
        click.echo(json.dumps([_card_json(c) for c in report.cards], ensure_ascii=False, indent=2))
    else:
        width = shutil.get_terminal_size((120, 24)).columns
        where = min(max((len(str(c.loc)) for c in report.cards), default=8), 44)
        deck = min(max((len(c.deck.split("::")[-1]) for c in report.cards), default=4), 28)
        click.echo(f"{'WHERE'.ljust(where)}  {'DECK'.ljust(deck)}  QUESTION")
        for card in report.cards:
            name = card.deck.split("::")[-1]
            name = name if len(name) <= deck else name[: deck - 1] + "…"
            room = max(20, width - where - deck - 4)
            question = card.question_text if len(card.question_text) <= room else card.question_text[: room - 1] + "…"
            loc = str(card.loc) if len(str(card.loc)) <= where else "…" + str(card.loc)[-(where - 1) :]
            click.echo(f"{loc.ljust(where)}  {name.ljust(deck)}  {question}")
        click.echo(f"{len(report.cards)} cards", err=True)
    print_diagnostics(report.errors, verbose=False)
    sys.exit(1 if report.errors else 0)


@main.command()
@SOURCE_ARG
@STRICT_OPT
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="json: one object for editors and CI.")
@click.option("-v", "--verbose", is_flag=True, help="Kept for symmetry with build: check always lists every block.")
@handle_errors
def check(source: Path, strict: bool, fmt: str, verbose: bool) -> None:
    """Report everything `build` would (errors, warnings, unanswered, unclassified, duplicates) without
    writing anything."""
    from .build import run_build

    config = load_config(source, Path("output"), strict=strict)
    report = run_build(config, write=False)
    if fmt == "json":
        click.echo(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
    else:
        print_diagnostics(report.diagnostics, verbose=True)
        click.echo(_one_line(report), err=True)
    sys.exit(1 if report.errors else 0)


@main.command()
@SOURCE_ARG
@OUTPUT_OPT
@STRICT_OPT
@click.option("--debounce", type=click.IntRange(50, 10_000), default=400, show_default=True, help="Milliseconds to wait for more saves before rebuilding.")
@handle_errors
def watch(source: Path, output: Path, strict: bool, debounce: int) -> None:
    """Build, then rebuild after every save in SOURCE until Ctrl-C."""
    import watchfiles

    from .build import run_build

    config = load_config(source, output, strict=strict)
    if not source.is_dir():
        raise AnkiBuildError(f"source folder {str(source)!r} does not exist")
    click.echo(f"watching {source} (Ctrl-C to stop)", err=True)
    # The first build runs once the watcher is listening (its first wake-up, 100 ms in), so a save made while
    # that build runs is seen and rebuilt, not lost between the build and the start of the watch.
    built = False
    try:
        for changes in watchfiles.watch(source, debounce=debounce, step=50, rust_timeout=100, yield_on_timeout=True):
            if changes or not built:
                _watch_round(run_build, config)
                built = True
    except KeyboardInterrupt:
        pass
    click.echo("stopped watching", err=True)


@main.command()
@SOURCE_ARG
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="output", show_default=True, help="Folder the preview is written to, as preview/index.html.")
@handle_errors
def preview(source: Path, output: Path) -> None:
    """Write OUTPUT/preview/index.html: every card as Anki shows it, in one page that works offline."""
    from .build import run_build
    from .preview import write_preview

    config = load_config(source, output)
    report = run_build(config, write=False)
    print_diagnostics(report.diagnostics, verbose=False)
    if report.errors:
        click.echo("build failed: no preview written", err=True)
        sys.exit(1)
    page = write_preview(report, output, title=config.root_deck)
    click.echo(f"wrote {page}: {len(report.cards)} cards; open it in a browser")


@main.command()
@SOURCE_ARG
@click.option("--collection", type=click.Path(path_type=Path, dir_okay=False), metavar="PATH", help="The collection file (collection.anki2) to write into.")
@click.option("--profile", metavar="NAME", help="The Anki profile to write into (needed when there are several).")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing (not even the lockfile).")
@click.option("--delete-removed", is_flag=True, help="Delete the notes of removed questions instead of tagging them.")
@click.option("--overwrite-anki-edits", is_flag=True, help="Let your notes win over fields edited in Anki since the last sync.")
@STRICT_OPT
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("-v", "--verbose", is_flag=True, help="Also list every note added, updated, moved or removed.")
@handle_errors
def sync(
    source: Path,
    collection: Path | None,
    profile: str | None,
    dry_run: bool,
    delete_removed: bool,
    overwrite_anki_edits: bool,
    strict: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Write the notes in SOURCE straight into your Anki collection (Anki must be closed).

    New questions are added, changed ones updated in place (review history kept, your own tags kept), cards
    of a document that moved deck are moved, removed questions tagged ankibuild::removed. Fields you edited
    in Anki are never overwritten unless --overwrite-anki-edits. Needs the anki package:
    pip install 'ankibuild[anki]'.
    """
    from .profiles import ProfileChoiceError, find_collection

    if collection is not None and profile is not None:
        raise click.UsageError("give --collection or --profile, not both")
    try:
        import anki  # noqa: F401
    except ImportError:
        click.echo("error: ankibuild sync needs the official anki package: pip install 'ankibuild[anki]'", err=True)
        sys.exit(2)
    try:
        path = find_collection(collection, profile)
    except ProfileChoiceError as exc:
        raise click.UsageError(str(exc)) from None
    from .cli_sync import run_sync_command

    sys.exit(run_sync_command(source, path, dry_run=dry_run, delete_removed=delete_removed, overwrite=overwrite_anki_edits, strict=strict, quiet=quiet, verbose=verbose))


def _watch_round(run_build: Callable[..., BuildReport], config: BuildConfig) -> None:
    """One rebuild with its one-line summary; errors are shown and watching goes on. The few cycles a
    build leaves are collected after it (the collector is paused while commands run)."""
    from .lock import build_turn

    try:
        with build_turn(config.lock_path, waiting(config)):
            report = run_build(config)
    except AnkiBuildError as exc:
        click.echo(f"error: {exc}", err=True)
        return
    except Exception as exc:  # noqa: BLE001 - one bad save (or a bug) must not end a long watch session
        click.echo(f"error: unexpected {type(exc).__name__}: {exc}", err=True)
        return
    finally:
        gc.collect()
    print_diagnostics([d for d in report.diagnostics if d.severity != "info"], verbose=False)
    click.echo(time.strftime("%H:%M:%S ") + _one_line(report), err=True)


def _one_line(report: BuildReport) -> str:
    changes = report.changes or {}
    changed = ", ".join(f"{changes[k]} {k}" for k in ("added", "updated", "removed") if changes.get(k))
    if report.package:
        state = f"{report.package} unchanged" if report.package_unchanged else f"wrote {report.package}"
    else:
        state = "failed: nothing written" if report.errors else "checked"
    return (
        f"{sum(report.deck_counts.values())} cards, {len(report.errors)} errors, {len(report.warnings)} warnings"
        + (f", {changed}" if changed else "")
        + f"; {state}"
    )


def _report_json(report: BuildReport) -> dict[str, Any]:
    return {
        "cards": len(report.cards),
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        "files": [
            {
                "source": f.loc.path,
                "part": f.loc.part,
                "deck": f.deck,
                "cards": f.cards,
                "unanswered": f.unanswered,
                "skipped": f.skipped,
                "unclassified": f.unclassified,
                "by_convention": dict(f.by_convention),
            }
            for f in report.files
        ],
        "diagnostics": [
            {"source": d.loc.path, "part": d.loc.part, "line": d.loc.line, "severity": d.severity, "kind": d.kind, "message": d.message}
            | ({"question": d.question} if d.question is not None else {})
            for d in report.diagnostics
        ],
    }


def _source_date_epoch() -> float | None:
    """The reproducible-builds convention: SOURCE_DATE_EPOCH fixes the build time."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise click.UsageError("SOURCE_DATE_EPOCH must be a whole number of seconds")
    return float(value)


def _run(config: BuildConfig, *, quiet: bool) -> BuildReport:
    from .lock import build_turn

    # Two builds of one folder (a watch and a build) take turns: the memo check included, so that a
    # build never replays a summary another one is about to make stale.
    with build_turn(config.lock_path, waiting(config)):
        return _run_alone(config, quiet=quiet)


def _run_alone(config: BuildConfig, *, quiet: bool) -> BuildReport:
    from .memo import recall
    from .standby import close_early, standby

    child = standby(config)  # loads the parser while the notes are read, for a rebuild that may need it
    try:
        replay, digests = recall(config)
        if replay is not None:
            return replay  # nothing changed since the last build: not even the parser is imported (here)
        from .build import run_build

        progress = None if quiet or not sys.stderr.isatty() else Progress()
        try:
            return run_build(config, progress=progress, digests=digests, child=child)
        finally:
            if progress:
                progress.close()
    finally:
        if child is not None:
            child.close()
        close_early()  # a child kept for a full build's pool that no build took


def _card_json(card: Any) -> dict[str, Any]:
    return {
        "source": card.loc.path,
        "part": card.loc.part,
        "line": card.loc.line,
        "deck": card.deck,
        "note_type": card.note_type,
        "convention": card.convention,
        "question_text": card.question_text,
        "question_html": card.question_html,
        "answer_html": card.answer_html,
        "context": card.context,
        "tags": list(card.tags),
        "guid": card.guid,
    }


def _print_summary(report: BuildReport, config: BuildConfig) -> None:
    """A summary that fits a screen: the decks that have cards, one line for the documents that made none,
    the counts, the warnings by kind and what changed."""
    rows: list[tuple[str, ...]] = [("Deck", "Cards", "Unanswered", "Skipped", "Unclassified")]
    decks: dict[str, list[int]] = {}
    names: dict[str, list[FileReport]] = {}
    for file in report.files:
        counts = decks.setdefault(file.deck, [0, 0, 0, 0])
        for n, value in enumerate((file.cards, file.unanswered, file.skipped, file.unclassified)):
            counts[n] += value
    kept = report.deck_counts
    empty = [0, 0, 0]
    for deck, counts in sorted(decks.items()):
        counts[0] = kept.get(deck, 0)
        if not counts[0]:
            names[deck.split("::", 1)[-1]] = [f for f in report.files if f.deck == deck]
            empty = [a + b for a, b in zip(empty, counts[1:], strict=True)]
            continue
        rows.append((deck.split("::", 1)[-1], *map(str, counts)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    widths[0] = min(widths[0], 56)
    for row in rows if len(rows) > 1 else ():
        name = row[0] if len(row[0]) <= widths[0] else row[0][: widths[0] - 1] + "…"
        click.echo("  ".join([name.ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]))
    if names:
        click.echo(
            f"{sum(map(len, names.values()))} documents without cards "
            f"({empty[0]} unanswered, {empty[1]} skipped, {empty[2]} unclassified): " + ", ".join(sorted(names))
        )
    warnings = len(report.warnings)
    unclassified = sum(f.unclassified for f in report.files)
    click.echo(
        f"{sum(kept.values())} cards in {len(kept)} decks; {sum(f.unanswered for f in report.files)} unanswered, "
        f"{sum(f.skipped for f in report.files)} skipped, {unclassified} unclassified (-v lists them all), "
        f"{warnings} warnings, {len(report.errors)} errors"
    )
    if report.warnings:
        kinds = Counter(d.kind for d in report.warnings)
        click.echo("warnings: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    if report.changes:
        c = report.changes
        moved = f", {c['moved']} moved to another deck" if c.get("moved") else ""
        click.echo(f"since the last build: {c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged, {c['removed']} removed{moved}")
        if c.get("carried_removed"):
            days = config.keep_removed_days
            period = f"each is sent for {days} days after its removal" if days else "sent by this build only (keep_removed_days = 0)"
            click.echo(
                f"the package carries {c['carried_removed']} removed note{'s' if c['carried_removed'] != 1 else ''} tagged ankibuild::removed ({period}): "
                "search  tag:ankibuild::removed  in the Anki Browser to delete them"
            )
    if report.package and report.package_unchanged:
        click.echo(f"{report.package} is up to date: nothing new since the last build")
    elif report.package:
        click.echo(f"wrote {report.package}: import it in Anki with File → Import (AnkiDroid/AnkiMobile: open the file)")
    elif report.errors:
        click.echo("build failed: nothing was written", err=True)
