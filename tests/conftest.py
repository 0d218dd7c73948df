"""Shared pytest configuration for the ankibuild test suite."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register the project's markers so `--strict-markers` accepts them."""
    config.addinivalue_line(
        "markers",
        "anki: drives the real Anki backend (the `anki` package); deselect with -m 'not anki'",
    )
