"""A forked child that parses note files for the build, so that the build's own process does other work
meanwhile (load the cache, read the lockfile, check what changed).

The child loads the parser, the rules and the highlighter first, then waits for the files to parse. A build
that already knows its files hands them over at once; a rebuild forks the child before it even reads the
notes to see what changed (`standby`), so that loading the parser overlaps that work too. The child only
ever saves time: when it fails in any way, its files are parsed in the build's process, with the same outcome
or error. Imported by the command line before it knows whether anything changed: it imports nothing heavy.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
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
    pickled outcomes with their digests (`build._read_and_process_pickled`), in order."""

    def __init__(self, config: BuildConfig, todo: Todo | None = None) -> None:
        inbox_read, inbox_write = os.pipe()
        outbox_read, outbox_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child's coverage is not collected
            code = 1
            try:
                os.close(inbox_write)
                os.close(outbox_read)
                from . import process  # noqa: F401 - the parser, rules and highlighter, loaded while the build works
                from .build import _read_and_process_pickled
                from .cache import BuildCache

                with open(inbox_read, "rb") as inbox:
                    sent = inbox.read()
                files: Todo = pickle.loads(sent) if sent else []
                cache = BuildCache(config)
                outcomes = [_read_and_process_pickled(rel, path, config, cache) for rel, path in files]
                with open(outbox_write, "wb") as outbox:
                    outbox.write(pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL))
                code = 0
            finally:
                os._exit(code)  # never the parent's clean-up: no atexit handlers, no flushing of its buffers
        os.close(inbox_read)
        os.close(outbox_write)
        self.pid: int | None = pid
        self.inbox: int | None = inbox_write
        self.outbox = open(outbox_read, "rb")  # noqa: SIM115 - closed by `outcomes` or `close`
        if todo is not None:
            self.send(todo)

    def send(self, todo: Todo) -> None:
        """Hand the child the files to parse (once)."""
        assert self.inbox is not None
        try:
            with open(self.inbox, "wb") as inbox:
                inbox.write(pickle.dumps(todo, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # the child is gone: `outcomes` says it failed
        self.inbox = None

    def outcomes(self) -> list[tuple[bytes, bytes | None]] | None:
        """The files' pickled outcomes with their digests, in order; None when the child failed."""
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


def standby(config: BuildConfig) -> Child | None:
    """A child for a rebuild that may need few files parsed: forked before the notes are read, when the last
    build left what a rebuild starts from (see `incremental`) and the lockfile is large enough that waiting
    for the parser would show. None otherwise; the caller closes it (a rebuild with nothing to do kills it)."""
    from .cache import CACHE_DIR, package_folder

    if not can_fork():
        return None
    try:
        if config.lock_path.stat().st_size < FORK_MIN_LOCK_BYTES:
            return None
        package = config.output / config.package_name
        if not (package_folder(config.source.resolve().parent / CACHE_DIR, package) / SNAPSHOT).is_file():
            return None
    except OSError:
        return None
    return Child(config)


SNAPSHOT = "snapshot.pickle"
"""What a build leaves for the next rebuild, in the package's private folder (`incremental`)."""
FORK_MIN_LOCK_BYTES = 512 * 1024
"""A lockfile this large (about 1,500 notes) takes a rebuild longer to read than forking a child costs."""
