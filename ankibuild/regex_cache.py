"""Compiled regular expressions kept between runs, the way Python keeps compiled modules.

A build compiles about 500 regular expressions (the extraction rules', markdown-it's, the Pygments lexers'):
about 0.09 s in every process, which is a fifth of a rebuild after one edit. Compiling is a pure function of
the pattern, the flags and the interpreter: `re`'s compiler parses the pattern into a list of opcodes and
ends with one call, `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`. This module
records the arguments of that call, exactly as `re` made it, in a file under the user's cache folder; in
later runs a pattern found there is made by the same call with the same arguments, without the parse.

- Only CPython 3.11 to 3.13 are served: their `re._compiler.compile` ends in that one call (checked at
  install). Elsewhere, and for a debugging compile, everything compiles as usual.
- The file is named after the exact interpreter build and the engine's magic number, so recorded opcodes
  never meet an engine they were not made for; it carries a checksum, and a file that does not match it
  (or cannot be read) is ignored: the cache can only ever save time, never change a pattern.
- Only the command line installs it (`install`), never a library import, so a program that imports
  ankibuild keeps its own `re` untouched.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

_SERVED = {(3, 11), (3, 12), (3, 13)}
FILE_PREFIX = "regex-"
_HEADER = b"ankibuild-regex-1\n"
MAX_ENTRIES = 2000
"""A build compiles about 650 patterns; a file that grew past this (the patterns of several older versions,
or patterns made from data by some library) starts again from the ones this process compiled. Every build's
parent reads the whole file before it parses anything: 3,400 entries take it 25 ms, 650 take it 6 ms."""

Recorded = tuple[int, list[int], int, dict[Any, int], tuple[Any, ...]]
"""What `_sre.compile` was given besides the pattern: flags, opcodes, groups, groupindex, indexgroup."""

_state: _Cache | None = None


def cache_folder(env: dict[str, str] | None = None) -> Path:
    """`$ANKIBUILD_CACHE_HOME` when set, else `$XDG_CACHE_HOME/ankibuild` (by default `~/.cache/ankibuild`);
    `%LOCALAPPDATA%\\ankibuild` on Windows."""
    env = dict(os.environ) if env is None else env
    if env.get("ANKIBUILD_CACHE_HOME"):
        return Path(env["ANKIBUILD_CACHE_HOME"])
    if sys.platform == "win32" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "ankibuild"
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ankibuild"


def install(folder: Path | None = None) -> bool:
    """Serve `re`'s compiles from the recorded file in FOLDER (default `cache_folder()`) and record the new
    ones; True when installed. Installing twice is harmless. ANKIBUILD_NO_REGEX_CACHE=1 turns it off."""
    global _state
    if _state is not None:
        return True
    engine = None if os.environ.get("ANKIBUILD_NO_REGEX_CACHE") else _engine()
    if engine is None:
        return False
    try:
        folder = folder if folder is not None else cache_folder()
    except (OSError, RuntimeError):  # no home folder to find
        return False
    _compiler, _sre = engine
    _state = _Cache(folder / f"{FILE_PREFIX}{_interpreter_tag(_sre)}.marshal", _compiler, _sre)
    _compiler.compile = _state.compile
    return True


def uninstall() -> None:
    """Give `re` its own compiler back (tests)."""
    global _state
    if _state is not None:
        _state.compiler.compile = _state.original
        _state = None


def save() -> None:
    """Add the patterns this process compiled afresh to the file (a no-op when there are none). Called at
    the end of a command, and by each worker process when its files are done: a forked worker never runs
    the exit handlers of the process it was forked from."""
    if _state is not None:
        _state.save()


def _engine() -> tuple[Any, Any] | None:
    """`re`'s compiler module and the `_sre` engine (neither has type stubs), when this interpreter is one
    the cache serves; else None."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in _SERVED:
        return None
    try:
        compiler, sre = importlib.import_module("re._compiler"), importlib.import_module("_sre")
    except ImportError:
        return None
    # The shape this module relies on: `_compiler.compile` looks `_sre` up as a module global when it runs.
    shaped = (
        getattr(compiler, "_sre", None) is sre
        and callable(getattr(compiler, "compile", None))
        and callable(getattr(sre, "compile", None))
    )
    return (compiler, sre) if shaped else None


def _served() -> bool:
    return _engine() is not None


def _interpreter_tag(sre: Any) -> str:
    """Which interpreter build and engine recorded opcodes belong to."""
    build = f"{sys.version}\0{sys.hexversion}\0{sre.MAGIC}\0{sre.CODESIZE}\0{sys.maxunicode}"
    return f"{sys.version_info[0]}{sys.version_info[1]}-{hashlib.sha256(build.encode()).hexdigest()[:16]}"


class _Recorder:
    """Stands in for the `_sre` module while one pattern compiles: passes every call through and keeps the
    arguments `compile` was given."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre
        self.calls: list[tuple[Any, ...]] = []

    def compile(self, *args: Any) -> Any:
        self.calls.append(args)
        return self._sre.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)


class _Cache:
    def __init__(self, path: Path, compiler: Any, sre: Any) -> None:
        self.path, self.compiler, self.sre = path, compiler, sre
        self.original: Callable[..., Any] = compiler.compile
        self.known: dict[tuple[str | bytes, int], Recorded] = _read(path)
        self.new: dict[tuple[str | bytes, int], Recorded] = {}
        self.lock = threading.Lock()
        self.debug = int(getattr(sys.modules["re"], "DEBUG", 128))

    def compile(self, p: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`, from the recorded call when there is one."""
        if not isinstance(p, str | bytes) or flags & self.debug:
            return self.original(p, flags)
        key = (p, int(flags))
        known = self.known.get(key)
        if known is not None:
            return self.sre.compile(p, *known)
        with self.lock:  # one compile at a time swaps the module global, so no other thread's call is recorded
            recorder = _Recorder(self.sre)
            self.compiler._sre = recorder
            try:
                compiled = self.original(p, flags)
            finally:
                self.compiler._sre = self.sre
        if len(recorder.calls) == 1 and recorder.calls[0][0] is p:
            _, final_flags, code, groups, groupindex, indexgroup = recorder.calls[0]
            recorded = (int(final_flags), [int(op) for op in code], int(groups), dict(groupindex), tuple(indexgroup))
            self.known[key] = self.new[key] = recorded
        return compiled

    def save(self) -> None:
        if not self.new:
            return
        merged = _read(self.path)  # another process may have added its own since this one started
        if len(merged) + len(self.new) > MAX_ENTRIES:
            merged = {}
        merged.update(self.new)
        self.new = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            body = marshal.dumps(merged)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(_HEADER + hashlib.sha256(body).digest() + body)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            pass  # a cache that cannot be written costs time, nothing else


def _read(path: Path) -> dict[tuple[str | bytes, int], Recorded]:
    """The recorded calls in PATH; empty when it is missing, damaged or not ours."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    body = data[len(_HEADER) + 32 :]
    if not data.startswith(_HEADER) or hashlib.sha256(body).digest() != data[len(_HEADER) : len(_HEADER) + 32]:
        return {}
    try:
        loaded = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
