"""The cache key knows the version of everything that shapes the output: an upgrade never serves stale HTML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import ankibuild.cache
import ankibuild.process as process_module
from ankibuild.cache import OUTPUT_LIBRARIES, BuildCache, code_fingerprint
from ankibuild.cli import main
from ankibuild.config import BuildConfig
from tests.helpers import write_tree

SHAPING = ("ankibuild", "markdown-it-py", "mdit-py-plugins", "pygments", "nh3", "latex2mathml")


@pytest.fixture
def versions(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Installed versions the fingerprint sees, by canonical name; the test changes them."""
    installed = {ankibuild.cache._canonical(name): "1.0" for name in OUTPUT_LIBRARIES}
    monkeypatch.setattr(ankibuild.cache, "installed_versions", lambda: dict(installed))
    code_fingerprint.cache_clear()
    yield installed
    code_fingerprint.cache_clear()


def test_every_library_that_shapes_the_output_is_in_the_key() -> None:
    assert set(SHAPING) <= set(OUTPUT_LIBRARIES)


@pytest.mark.parametrize("library", SHAPING)
def test_an_upgrade_changes_the_cache_key(library: str, versions: dict[str, str], tmp_path: Path) -> None:
    config = BuildConfig(tmp_path / "notes", tmp_path / "out", "R")
    before = BuildCache(config).key("a.md", b"digest")
    versions[ankibuild.cache._canonical(library)] = "2.0"
    code_fingerprint.cache_clear()
    assert BuildCache(config).key("a.md", b"digest") != before


def test_an_upgrade_renders_cached_files_again(versions: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is bias?\nB.\n"})
    args = ["build", str(project / "source"), "-o", str(project / "output")]
    assert CliRunner().invoke(main, args).exit_code == 0
    parsed: list[str] = []
    real = process_module.process_document
    monkeypatch.setattr(process_module, "process_document", lambda source, config: parsed.append(source.path) or real(source, config))
    (project / "ankibuild.lock").touch()  # not a no-op: the memo must not answer (it knows the code too)
    (project / "output" / "source.apkg").unlink()
    assert CliRunner().invoke(main, args).exit_code == 0
    assert parsed == []  # same versions: the file came from the cache
    versions["nh3"] = "9.9"
    code_fingerprint.cache_clear()
    (project / "output" / "source.apkg").unlink()
    assert CliRunner().invoke(main, args).exit_code == 0
    assert parsed == ["a.md"]  # upgraded sanitiser: rendered again
