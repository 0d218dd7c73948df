"""What the commands print on the terminal besides their summaries: diagnostics, the progress line of a
long build, and the note that another build holds the source folder. Shared by `build`/`check`/`watch`
(cli.py) and `sync` (cli_sync.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import click

from .config import BuildConfig
from .records import Diagnostic


def waiting(config: BuildConfig) -> Callable[[str], None]:
    """What to print while waiting for another build of the same folder (`lock.build_turn`)."""

    def say(holder: str) -> None:
        click.echo(
            f"waiting for another build of {config.source} to finish ({holder}, sharing {config.lock_path.name})…", err=True
        )

    return say


class Progress:
    """A progress line on stderr for builds that last longer than about a second; silent otherwise."""

    DELAY = 1.0

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int, what: str) -> None:
        if time.monotonic() - self.start < self.DELAY and not self.shown:
            return
        self.shown = True
        width = 28
        filled = width * done // max(total, 1)
        name = what if len(what) <= 40 else "…" + what[-39:]
        click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}", nl=False, err=True)

    def close(self) -> None:
        if self.shown:
            click.echo("\r" + " " * 80 + "\r", nl=False, err=True)


def print_diagnostics(diagnostics: Iterable[Diagnostic], *, verbose: bool) -> None:
    """Errors and warnings always (and the note that a file's encoding was repaired); with VERBOSE also
    the unanswered, skipped and unclassified blocks, one by one (the summary counts them)."""
    for diag in diagnostics:
        if diag.severity == "info" and diag.kind not in ("encoding", "lockfile") and not verbose:
            continue
        prefix = {"error": "error: ", "warning": "warning: "}.get(diag.severity, "")
        click.echo(f"{diag.loc}: {prefix}{diag.kind}: {diag.message}", err=True)
