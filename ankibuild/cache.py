"""The build cache: what one source file produced, keyed by its bytes, the source folder, the configuration,
the code and the versions of the libraries that shape the output.

Unchanged files are not re-parsed or re-rendered. The cache only ever saves time: any problem reading it
is a miss, and deleting it never changes the output.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import BuildConfig
from .media import probes_unchanged
from .records import FileOutcome

CACHE_DIR = ".ankibuild-cache"
OUTPUT_LIBRARIES = ("ankibuild", "markdown-it-py", "mdit-py-plugins", "pygments", "nh3", "genanki", "latex2mathml")
"""Distributions whose upgrade can change the cards or the package, so must not reuse old results (ankibuild's
own version too, besides its source: an installed release may ship data files the source hash misses)."""


def library_versions() -> tuple[tuple[str, str], ...]:
    """The Python version and each output library's version (`none` when it is not installed)."""
    installed = installed_versions()
    found = [("python", f"{platform.python_implementation()} {platform.python_version()}")]
    found.extend((name, installed.get(_canonical(name), "none")) for name in OUTPUT_LIBRARIES)
    return tuple(found)


def installed_versions() -> dict[str, str]:
    """The version of every distribution installed on `sys.path`, by canonical name, read from the names of
    their `*.dist-info` / `*.egg-info` folders (the first on the path wins, as for imports).

    What `importlib.metadata.version` answers, without its import and per-name path scans: together about
    20 ms, a fifth of a no-op rebuild, which needs these versions to know the code has not changed.
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, _, kind = name.rpartition(".")
            if kind not in ("dist-info", "egg-info") or "-" not in stem:
                continue
            project, _, rest = stem.partition("-")
            found.setdefault(_canonical(project), rest.partition("-")[0])
    return found


def _canonical(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503): case and runs of `-_.` do not matter."""
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of everything that turns notes into cards, computed once per process: ankibuild's own source
    and the versions of Python and of the libraries it renders and packages with. A changed extractor, an
    upgraded markdown-it-py or Pygments must not reuse old results (the cache, the memo, the package stamp)."""
    digest = hashlib.sha256()
    digest.update(repr(library_versions()).encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def package_key(package: Path) -> str:
    """A key of the package file by its resolved path: of its stamp in the cache, and of its private folder."""
    return hashlib.sha256(f"package-stamp\x1f{package.resolve()}".encode()).hexdigest()


def package_folder(folder: Path, package: Path) -> Path:
    """The package's private folder in the cache FOLDER: its kept collection, and what a rebuild starts from."""
    return folder / "packages" / package_key(package)[:16]


def file_digest(raw: bytes) -> bytes:
    """The sha256 digest of a note file's bytes: what the cache and the build memo know a file by."""
    return hashlib.sha256(raw).digest()


class BuildCache:
    """Pickled per-file results under `.ankibuild-cache/` beside the source folder."""

    def __init__(self, config: BuildConfig) -> None:
        self.folder = config.source.resolve().parent / CACHE_DIR
        # Folders side by side share the cache folder; the same relative path in two of them (and images
        # resolved against each) must never answer for the other.
        source = str(config.source.resolve())
        settings = (source, config.root_deck, config.tag_prefix, config.deck_per, config.conventions, config.line_breaks, config.unanswered, code_fingerprint())
        self.salt = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]

    def key(self, rel: str, digest: bytes) -> str:
        """The cache key of one file at one path, from the sha256 digest of its bytes (`file_digest`)."""
        return hashlib.sha256(self.salt.encode() + rel.encode() + b"\0" + digest).hexdigest()

    def size(self, key: str) -> int | None:
        """The size in bytes of the stored value, or None when there is none (a stored value may still turn
        out unreadable: only `get` tells)."""
        try:
            return os.stat(self.folder / key[:2] / key).st_size
        except OSError:
            return None

    def get(self, key: str) -> Any | None:
        """The stored value, or None (missing, unreadable, or from another version)."""
        try:
            with open(self.folder / key[:2] / key, "rb") as handle:
                return pickle.load(handle)
        except Exception:  # noqa: BLE001 - a damaged cache entry is just a miss
            return None

    def put(self, key: str, value: Any) -> None:
        """Store a value; failures are ignored (the cache is an optimisation)."""
        self.put_pickled(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, pickled: bytes) -> None:
        """Store a value already pickled."""
        target = self.folder / key[:2] / key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{key}.{os.getpid()}.tmp")
            with open(tmp, "wb") as handle:
                handle.write(pickled)
            os.replace(tmp, target)
        except OSError:
            pass

    def outcome(self, rel: str, digest: bytes) -> FileOutcome | None:
        """The stored outcome of the file REL with that digest, when every file (image) its documents looked
        at is as it was then; else None."""
        hit = self.get(self.key(rel, digest))
        if hit is not None and all(probes_unchanged(result.probes) for result in hit[0]):
            return hit  # type: ignore[no-any-return]
        return None
