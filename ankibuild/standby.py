"""A forked child that parses note files for the build, so that the build's own process does other work
meanwhile (load the cache, read the lockfile, check what changed).

The child loads the parser, the rules and the highlighter first, then waits for the files to parse. A build
that already knows its files hands them over at once; a rebuild forks the child before it even reads the
notes to see what changed (`standby`), so that loading the parser overlaps that work too. The child only
ever saves time: when it fails in any way, its files are parsed in the build's process, with the same outcome
or error. Imported by the command line before it knows whether anything changed: it imports nothing heavy.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: `fork_early` forks before anything else is loaded
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from typing import Any

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
                import select

                from . import regex_cache

                regex_cache.install()  # (a child forked early does it here, while its parent does the same)
                from . import process  # the parser, rules and highlighter, loaded while the build works
                from .cache import BuildCache

                if warm and not select.select([inbox_read], [], [], 0)[0]:
                    process.warm_up()  # (not when the files came already: then the workers warm up, side by side)
                with open(inbox_read, "rb") as inbox:
                    sent = inbox.read()
                if not sent:
                    os._exit(1)  # closed without files: the build needed none
                config, files, workers = pickle.loads(sent)
                cache = BuildCache(config)
                if workers > 1:
                    _serve_pool(process, config, files, cache, workers, outbox_write)
                else:
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
        self.pooled = False
        """Sent its files with a pool of workers to spread them over (`send`), which are its own children."""
        if todo is not None:
            self.send(todo)

    def send(self, todo: Todo, config: BuildConfig | None = None, *, workers: int = 1) -> None:
        """Hand the child the files to parse, and the build's settings when it was forked without (once). With
        WORKERS above one the child forks a pool of that many from itself, already loaded, and sends each
        outcome back as it comes (`stream`); else it parses them itself and sends them all at once (`outcomes`)."""
        assert self.inbox is not None
        config = config or self.config
        assert config is not None
        import pickle

        self.pooled = workers > 1
        try:
            with open(self.inbox, "wb") as inbox:
                inbox.write(pickle.dumps((config, todo, workers), protocol=pickle.HIGHEST_PROTOCOL))
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

    def stream(self, count: int) -> Iterator[tuple[bytes, bytes | None]]:
        """The pickled outcomes with their digests of the COUNT files sent with a pool, in order, each as soon as
        it comes. Ends early when the child failed, which is then reaped at once (the caller parses the rest);
        after the last outcome the end mark is read before it is given, so that `complete` is True even when
        the caller asks for nothing more, and `close` reaps the child, which ends by itself."""
        import struct

        header = struct.Struct(_FRAME)
        for index in range(count):
            head = self.outbox.read(header.size)
            if len(head) < header.size:
                break  # the child is gone without its end mark
            size, digest_size = header.unpack(head)
            body = self.outbox.read(size + max(digest_size, 0)) if size >= 0 else b""
            if size < 0 or len(body) < size + max(digest_size, 0):
                break
            if index == count - 1:
                end = self.outbox.read(header.size)
                self.complete = len(end) == header.size and header.unpack(end)[0] == _END
            yield body[:size], (body[size:] if digest_size >= 0 else None)
        if not self.complete:
            self.close()  # a child killed alone (out of memory) leaves its workers running: they go with it

    complete = False
    """Every outcome `stream` was to give came, and the child marked the end."""

    def close(self) -> None:
        """Reap the child: one that sent every outcome ends by itself (its workers done); any other is
        killed first, with the workers of its pool."""
        if self.inbox is not None:
            os.close(self.inbox)
            self.inbox = None
        self.outbox.close()
        if self.pid is not None:
            if not self.complete:
                self._kill()
            os.waitpid(self.pid, 0)
            self.pid = None

    def _kill(self) -> None:
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)  # first: a dead child forks no more workers
        if self.pooled:
            # its workers, in the group it leads (a zombie still leads it); none when it never made its group
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGKILL)


def _start_worker(outbox: int, start: Any) -> None:  # pragma: no cover - runs in a worker
    """A pool worker lets go of its parent's pipe to the build: when the child dies, the build must see the
    pipe close, which it would not while a worker held it open."""
    os.close(outbox)
    start()


_FRAME = "<qq"
"""A streamed outcome's header: the pickled outcome's size and the digest's (-1: none)."""
_END = -1
"""The size that marks the end of the stream."""


def _serve_pool(
    process: Any, config: BuildConfig, files: Todo, cache: Any, workers: int, outbox_write: int
) -> None:  # pragma: no cover - runs in the child
    """In the child: parse FILES in a pool of WORKERS forked from this already-loaded process, and write each
    outcome to the parent as it comes, in order. The child leads a process group of its own, with its workers
    in it, so that the parent can kill them all at once (`Child.close`)."""
    import functools
    import multiprocessing
    import struct
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    os.setpgid(0, 0)  # (outside the `try`: until it succeeds, group 0 is the parent's)
    header = struct.Struct(_FRAME)
    start = functools.partial(_start_worker, outbox_write, process.start_worker)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"), initializer=start)
    try:
        with open(outbox_write, "wb") as outbox:
            chunk = max(1, len(files) // (workers * 32))
            rels, paths = [r for r, _ in files], [p for _, p in files]
            for pickled, digest in pool.map(
                process.read_and_process_pickled, rels, paths, repeat(config), repeat(cache), chunksize=chunk
            ):
                outbox.write(header.pack(len(pickled), -1 if digest is None else len(digest)))
                outbox.write(pickled)
                if digest is not None:
                    outbox.write(digest)
                outbox.flush()
            outbox.write(header.pack(_END, 0))
    except BaseException:
        os.killpg(0, signal.SIGKILL)  # the workers with it, at once: a failed pool leaves nothing running
        raise
    pool.shutdown()


_EARLY: list[Child] = []
"""The child `fork_early` forked, until `standby` hands it out."""


def fork_early(argv: Sequence[str]) -> None:
    """Fork the parsing child first thing when the command is `ankibuild build`, before the command line is
    even loaded: then loading the parser overlaps the command line's start-up as well. `standby` hands it
    out, or kills it when the build needs none; `close_early` kills it when the command never got there."""
    if len(argv) > 1 and argv[1] == "build" and not {"-h", "--help"} & set(argv) and can_fork():
        _EARLY.append(Child(None))


def close_early() -> None:
    """Kill the early child if no build took it (a usage error, a missing folder, a no-op rebuild)."""
    while _EARLY:
        _EARLY.pop().close()


def spare(child: Child) -> None:
    """Keep CHILD, already loaded, for the pool of a full build (`take_spare`) when it was sent no files yet;
    else close it. `close_early` closes it when no build takes it."""
    if child.inbox is not None and child.pid is not None:
        _EARLY.append(child)
    else:
        child.close()


def take_spare() -> Child | None:
    """A child already loaded and sent no files yet (forked early, or for a rebuild that turned out full),
    to lead a full build's pool of workers; None when there is none."""
    return _EARLY.pop() if _EARLY else None


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
            spare(early)  # a full build may still use it
        return None
    if early is not None:
        early.config = config  # handed over with its files
        return early
    return Child(config)


SNAPSHOT = "snapshot.pickle"
"""What a build leaves for the next rebuild, in the package's private folder (`incremental`)."""
FORK_MIN_LOCK_BYTES = 512 * 1024
"""A lockfile this large (about 1,500 notes) takes a rebuild longer to read than forking a child costs."""
