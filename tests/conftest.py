"""Shared pytest configuration for the ankibuild test suite."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_USER_CACHE = tempfile.mkdtemp(prefix="ankibuild-test-user-cache-")


def pytest_configure(config: pytest.Config) -> None:
    """Register the project's markers so `--strict-markers` accepts them, and give the command lines the
    tests start a user cache folder of the suite's own (`regex_cache` writes there, never in the user's)."""
    os.environ["ANKIBUILD_CACHE_HOME"] = _USER_CACHE
    config.addinivalue_line(
        "markers",
        "anki: drives the real Anki backend (the `anki` package); deselect with -m 'not anki'",
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_USER_CACHE, ignore_errors=True)
