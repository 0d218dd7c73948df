"""Where `sync` finds the collection: Anki's base folder per platform, ANKI_BASE, profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankibuild.profiles import ProfileChoiceError, anki_base, find_collection
from ankibuild.records import AnkiBuildError


def test_base_folder_per_platform() -> None:
    home = Path("/home/u")
    assert anki_base({}, "linux", home) == home / ".local/share/Anki2"
    assert anki_base({"XDG_DATA_HOME": "/data"}, "linux", home) == Path("/data/Anki2")
    assert anki_base({}, "darwin", home) == home / "Library/Application Support/Anki2"
    assert anki_base({"APPDATA": "C:/Users/u/AppData/Roaming"}, "win32", home) == Path("C:/Users/u/AppData/Roaming/Anki2")
    assert anki_base({"ANKI_BASE": "/elsewhere"}, "darwin", home) == Path("/elsewhere")


def profile(base: Path, name: str) -> Path:
    (base / name).mkdir(parents=True)
    path = base / name / "collection.anki2"
    path.write_bytes(b"")
    return path


def test_one_profile_is_used_several_need_a_name(tmp_path: Path) -> None:
    env = {"ANKI_BASE": str(tmp_path)}
    (tmp_path / "addons21").mkdir()  # folders without a collection are not profiles
    with pytest.raises(AnkiBuildError, match="no Anki profile found"):
        find_collection(None, None, env)
    first = profile(tmp_path, "User 1")
    assert find_collection(None, None, env) == first
    second = profile(tmp_path, "Work")
    with pytest.raises(ProfileChoiceError, match=r"2 Anki profiles .*\(User 1, Work\): choose one with --profile"):
        find_collection(None, None, env)
    assert find_collection(None, "Work", env) == second
    with pytest.raises(ProfileChoiceError, match="no Anki profile 'Nope'"):
        find_collection(None, "Nope", env)


def test_collection_names_the_file(tmp_path: Path) -> None:
    path = profile(tmp_path, "x")
    assert find_collection(path, None, {"ANKI_BASE": "/nowhere"}) == path
    with pytest.raises(AnkiBuildError, match="no Anki collection at"):
        find_collection(tmp_path / "missing.anki2", None, {})
