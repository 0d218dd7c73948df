"""The text of `ankibuild sync`: part of the command line layer (the command itself is in cli.py).

Runs the build's planning, then the sync against the open collection, and turns both into lines for the
user: problems and notes kept as edited in Anki on stderr, the plan and the summary on stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click

from .cli_output import Progress, print_diagnostics, waiting
from .config import BuildConfig, load_config
from .lock import build_turn
from .records import MediaFile
from .syncplan import NoteChange, SyncPlan


def run_sync_command(
    source: Path, path: Path, *, dry_run: bool, delete_removed: bool, overwrite: bool, strict: bool, quiet: bool, verbose: bool
) -> int:
    """Sync SOURCE into the collection at PATH; returns the exit code."""
    from .sync import session

    config = load_config(source, Path("output"))
    # A collection Anki holds is refused before the build's work. It is not kept open during the build: a
    # large build forks worker processes, which should not inherit the backend's threads.
    with session(path):
        pass
    # Sync takes its turn with builds of the same folder: both write the lockfile.
    with build_turn(config.lock_path, waiting(config)):
        return _plan_and_sync(config, path, dry_run=dry_run, delete_removed=delete_removed, overwrite=overwrite, strict=strict, quiet=quiet, verbose=verbose)


def _plan_and_sync(
    config: BuildConfig, path: Path, *, dry_run: bool, delete_removed: bool, overwrite: bool, strict: bool, quiet: bool, verbose: bool
) -> int:
    from .build import plan_build
    from .sync import PreparedSync, SyncOptions, apply_sync, prepare_sync, session

    progress = None if quiet or not sys.stderr.isatty() else Progress()
    try:
        planned = plan_build(config, write=not dry_run, progress=progress)
    finally:
        if progress:
            progress.close()
    # The build's advice for moved notes (Change Deck in the Browser) is what sync does itself.
    diagnostics = [d for d in planned.report.diagnostics if d.kind != "deck-moved"]
    print_diagnostics(diagnostics, verbose=verbose)
    if any(d.severity == "error" or (strict and d.severity == "warning") for d in diagnostics):
        click.echo("sync failed: nothing was written", err=True)
        return 1
    with session(path) as col:
        prepared: PreparedSync = prepare_sync(col, planned, config, SyncOptions(dry_run, delete_removed, overwrite))
        plan = prepared.plan
        print_diagnostics(prepared.diagnostics, verbose=False)
        if strict and any(d.severity != "info" for d in prepared.diagnostics):
            click.echo("sync failed (--strict): nothing was written", err=True)
            return 1
        _print_kept(plan.kept)
        if dry_run:
            for line in plan_lines(plan, prepared.media, prepared.notetypes):
                click.echo(line)
            click.echo(f"dry run: would sync into {path}: {_counts(plan, len(prepared.media), len(prepared.notetypes))}; nothing written" if prepared.writes else f"dry run: {path} is up to date; nothing to write")
            return 0
        if verbose:
            for line in plan_lines(plan, prepared.media, prepared.notetypes):
                click.echo(line)
        result = apply_sync(col, prepared, config, path, notify=click.echo)
    if not prepared.writes:
        if not quiet:
            click.echo(f"{path} is up to date: nothing written")
        return 0
    if not quiet:
        if plan.note_changes or prepared.media or prepared.notetypes:
            click.echo(f"synced into {path}: {_counts(plan, len(prepared.media), len(prepared.notetypes))}")
        else:
            click.echo(f"{path}: notes already up to date; recorded what ankibuild wrote, for later syncs")
        if result.backup:
            click.echo("undo: close Anki and restore the backup above (File → Switch Profile… → Open Backup)")
    return 0


def _print_kept(kept: Iterable[NoteChange]) -> None:
    kept = list(kept)
    for change in kept:
        click.echo(f"{change.loc}: edited in Anki since the last sync; kept", err=True)
    if kept:
        click.echo(f"{len(kept)} note(s) edited in Anki kept as they are; sync --overwrite-anki-edits lets your notes win", err=True)


def _counts(plan: SyncPlan, media: int, notetypes: int) -> str:
    parts = [f"{notetypes} note type(s) created or brought up to date"] if notetypes else []
    parts += [
        f"{len(plan.added)} added",
        f"{len(plan.updated)} updated",
        f"{len(plan.moved)} moved to another deck",
        f"{len(plan.removed)} tagged ankibuild::removed",
    ]
    if plan.deleted:
        parts.append(f"{len(plan.deleted)} deleted")
    parts.append(f"{media} media file(s) added")
    if plan.kept:
        parts.append(f"{len(plan.kept)} kept as edited in Anki")
    return ", ".join(parts)


def plan_lines(plan: SyncPlan, media: Iterable[MediaFile], notetypes: Iterable[str]) -> list[str]:
    """One line per change, for --dry-run and -v."""
    lines = [f"note type  {name}: create or update templates and styling" for name in notetypes]
    lines += [f"add        {c.loc}  {c.deck}: {c.question}" for c in plan.added]
    for c in plan.updated:
        what = " and ".join(w for w, on in (("fields", c.fields is not None), ("tags", c.tags is not None)) if on)
        lines.append(f"update     {c.loc}  {c.question} ({what})")
    lines += [f"move       {c.loc}  {c.question}: {c.old_deck} → {c.deck}" for c in plan.moved]
    lines += [f"removed    {c.loc}  {c.question}: tag ankibuild::removed" for c in plan.removed]
    lines += [f"delete     {c.loc}  {c.question} ({len(c.card_ids)} card(s), {c.reviews} review entries)" for c in plan.deleted]
    lines += [f"media      {m.name}  ({m.path})" for m in media]
    return lines
