"""Where Anki keeps its collections: the Anki2 folder of the platform and its profiles.

Anki desktop keeps one folder per profile in its base folder (`~/.local/share/Anki2` on Linux,
`~/Library/Application Support/Anki2` on macOS, `%APPDATA%\\Anki2` on Windows; the `ANKI_BASE` variable
overrides it, as in Anki), each holding `collection.anki2`, its `collection.media` folder and a `backups`
folder. This module only looks at folders; it never opens a collection.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .records import AnkiBuildError

COLLECTION_FILE = "collection.anki2"


class ProfileChoiceError(AnkiBuildError):
    """The profile to sync into is ambiguous or unknown: a usage error (the user must name one)."""


def anki_base(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """Anki's base folder on this platform, as Anki itself works it out."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if env.get("ANKI_BASE"):
        return Path(env["ANKI_BASE"]).expanduser()
    if platform.startswith("win"):
        return Path(env["APPDATA"]) / "Anki2" if env.get("APPDATA") else home / "AppData" / "Roaming" / "Anki2"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Anki2"
    data = env.get("XDG_DATA_HOME")
    return (Path(data) if data else home / ".local" / "share") / "Anki2"


def profiles(base: Path) -> list[str]:
    """Names of the profiles in BASE: its folders that hold a collection, sorted."""
    try:
        return sorted(p.name for p in base.iterdir() if (p / COLLECTION_FILE).is_file())
    except OSError:
        return []


def find_collection(collection: Path | None, profile: str | None, env: Mapping[str, str] | None = None) -> Path:
    """The collection file to sync into: COLLECTION when given, else PROFILE's in Anki's base folder, else
    the only profile there."""
    if collection is not None:
        if not collection.is_file():
            raise AnkiBuildError(f"no Anki collection at {collection}: name an existing collection.anki2 file")
        return collection
    base = anki_base(env)
    names = profiles(base)
    if profile is not None:
        path = base / profile / COLLECTION_FILE
        if not path.is_file():
            known = f"profiles there: {', '.join(names)}" if names else "no profile there holds a collection"
            raise ProfileChoiceError(f"no Anki profile {profile!r} in {base} ({known})")
        return path
    if not names:
        raise AnkiBuildError(f"no Anki profile found in {base}: open Anki once, set ANKI_BASE, or name the file with --collection")
    if len(names) > 1:
        raise ProfileChoiceError(f"{len(names)} Anki profiles in {base} ({', '.join(names)}): choose one with --profile NAME")
    return base / names[0] / COLLECTION_FILE
