"""A forked child that parses note files for the build, so that the build's own process does other work
meanwhile (load the cache, read the lockfile, check what changed).

The child loads the parser, the rules and the highlighter first, then waits for the files to parse. A build
that already knows its files hands them over at once; a rebuild forks the child before it even reads the
notes to see what changed (`standby`), so that loading the parser overlaps that work too. The child only
ever saves time: when it fails in any way, its files are parsed in the build's process, with the same outcome
or error. Imported by the command line before it knows whether anything changed: it imports nothing heavy.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: `fork_early` forks before anything else is loaded
    from collections.abc import Sequence
    from pathlib import Path

    from .config import BuildConfig

    Todo = list[tuple[str, Path]]
    """Files to parse: (path relative to the source folder, path)."""


def can_fork() -> bool:
    """Whether a child is worth forking, and safe to: there is a second core for it to run on, fork exists, and
    no other thread runs in this process (a forked child gets only the calling thread, and any lock another
    thread holds stays locked in it forever)."""
    import threading

    return (os.cpu_count() or 1) >= 2 and hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


class Child:
    """One forked process that parses the files it is sent (storing them in the cache) and sends back their
    pickled outcomes with their digests (`process.read_and_process_pickled`), in order."""

    def __init__(self, config: BuildConfig | None, todo: Todo | None = None) -> None:
        """Fork the child; with TODO, hand it its files at once. CONFIG may come later, with the files (a
        child forked before the command line was read); a child without files yet first loads what parsing
        a first document loads (`process.warm_up`)."""
        warm = todo is None
        inbox_read, inbox_write = os.pipe()
        outbox_read, outbox_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child's coverage is not collected
            code = 1
            try:
                os.close(inbox_write)
                os.close(outbox_read)
                gc.disable()  # as in the command it was forked from (`cli.handle_errors`)
                import pickle

                from . import regex_cache

                regex_cache.install()  # (a child forked early does it here, while its parent does the same)
                from . import process  # the parser, rules and highlighter, loaded while the build works
                from .cache import BuildCache

                if warm:
                    process.warm_up()
                with open(inbox_read, "rb") as inbox:
                    sent = inbox.read()
                if not sent:
                    os._exit(1)  # closed without files: the build needed none
                config, files = pickle.loads(sent)
                cache = BuildCache(config)
                outcomes = [process.read_and_process_pickled(rel, path, config, cache) for rel, path in files]
                with open(outbox_write, "wb") as outbox:
                    outbox.write(pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL))
                code = 0
            finally:
                os._exit(code)  # never the parent's clean-up: no atexit handlers, no flushing of its buffers
        os.close(inbox_read)
        os.close(outbox_write)
        self.pid: int | None = pid
        self.config = config
        self.inbox: int | None = inbox_write
        self.outbox = open(outbox_read, "rb")  # noqa: SIM115 - closed by `outcomes` or `close`
        if todo is not None:
            self.send(todo)

    def send(self, todo: Todo, config: BuildConfig | None = None) -> None:
        """Hand the child the files to parse, and the build's settings when it was forked without (once)."""
        assert self.inbox is not None
        config = config or self.config
        assert config is not None
        import pickle

        try:
            with open(self.inbox, "wb") as inbox:
                inbox.write(pickle.dumps((config, todo), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # the child is gone: `outcomes` says it failed
        self.inbox = None

    def outcomes(self) -> list[tuple[bytes, bytes | None]] | None:
        """The files' pickled outcomes with their digests, in order; None when the child failed."""
        import pickle

        with self.outbox:
            data = self.outbox.read()
        assert self.pid is not None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            outcomes = pickle.loads(data)
        except Exception:  # noqa: BLE001 - a truncated message is a failed child
            return None
        return outcomes  # type: ignore[no-any-return]

    def close(self) -> None:
        """Kill and reap the child if it still runs."""
        if self.inbox is not None:
            os.close(self.inbox)
            self.inbox = None
        self.outbox.close()
        if self.pid is not None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = None


_EARLY: list[Child] = []
"""The child `fork_early` forked, until `standby` hands it out."""


def fork_early(argv: Sequence[str]) -> None:
    """Fork the parsing child first thing when the command is `ankibuild build`, before the command line is
    even loaded: then loading the parser overlaps the command line's start-up as well. `standby` hands it
    out, or kills it when the build needs none; `close_early` kills it when the command never got there."""
    if len(argv) > 1 and argv[1] == "build" and not {"-h", "--help"} & set(argv) and can_fork():
        _EARLY.append(Child(None))


def close_early() -> None:
    """Kill the early child if no build took it (a usage error, a missing folder)."""
    while _EARLY:
        _EARLY.pop().close()


def standby(config: BuildConfig) -> Child | None:
    """A child for a rebuild that may need few files parsed: forked before the notes are read (or taken from
    `fork_early`), when the last build left what a rebuild starts from (see `incremental`) and the lockfile
    is large enough that waiting for the parser would show. None otherwise; the caller closes it (a rebuild
    with nothing to do kills it)."""
    from .cache import CACHE_DIR, package_folder

    early = _EARLY.pop() if _EARLY else None
    wanted = can_fork() or early is not None
    try:
        package = config.output / config.package_name
        wanted = (
            wanted
            and config.lock_path.stat().st_size >= FORK_MIN_LOCK_BYTES
            and (package_folder(config.source.resolve().parent / CACHE_DIR, package) / SNAPSHOT).is_file()
        )
    except OSError:
        wanted = False
    if not wanted:
        if early is not None:
            early.close()
        return None
    if early is not None:
        early.config = config  # handed over with its files
        return early
    return Child(config)


SNAPSHOT = "snapshot.pickle"
"""What a build leaves for the next rebuild, in the package's private folder (`incremental`)."""
FORK_MIN_LOCK_BYTES = 512 * 1024
"""A lockfile this large (about 1,500 notes) takes a rebuild longer to read than forking a child costs."""
