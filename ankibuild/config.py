"""Build configuration: the frozen `BuildConfig`, read from flags and `[tool.ankibuild]`.

Configuration lives beside the source folder, in `ankibuild.toml` (top-level keys) or in the
`[tool.ankibuild]` table of a `pyproject.toml`. Unknown keys are errors, so a typo never goes unnoticed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .records import AnkiBuildError, Loc

KNOWN_KEYS = frozenset({"root_deck", "deck_per", "tag_prefix", "conventions", "include", "exclude"})


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """Everything a build needs to know, fixed before it starts."""

    source: Path
    """The folder of notes."""
    output: Path
    """The folder the package is written to."""
    root_deck: str
    """Name of the deck holding one subdeck per document."""
    strict: bool = False
    """Turn warnings into errors."""
    timestamp: float | None = None
    """Build time used for changed notes; None means now. Injected by tests for determinism."""
    deck_per: str = "file"
    """`file`: one deck per document; `folder`: one deck per folder."""
    tag_prefix: str = ""
    """Prefix put before every tag the build derives (e.g. `ml::`)."""
    conventions: tuple[str, ...] | None = None
    """Extraction rules to run, by name; None runs them all."""
    include: tuple[str, ...] = ("**/*.md", "**/*.markdown", "**/*.txt")
    """Glob patterns of files to read, relative to the source folder."""
    exclude: tuple[str, ...] = ()
    """Glob patterns of files to skip."""
    lockfile: Path | None = None
    """Where the lockfile lives; None means `ankibuild.lock` beside the source folder."""

    @property
    def lock_path(self) -> Path:
        """The lockfile that keeps note identities across builds."""
        return self.lockfile or self.source.resolve().parent / "ankibuild.lock"

    @property
    def package_name(self) -> str:
        """File name of the package: the root deck as a slug, never `collection.apkg`."""
        return package_file_name(self.root_deck)


def package_file_name(root_deck: str) -> str:
    """`ML Interview Prep` → `ml-interview-prep.apkg`. Anki treats `collection.apkg` and `backup-*.apkg`
    as a whole-collection restore, so those names get a suffix."""
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in root_deck).strip("-")
    slug = "-".join(part for part in slug.split("-") if part) or "deck"
    if slug == "collection" or slug.startswith("backup"):
        slug += "-deck"
    return slug + ".apkg"


def load_config(source: Path, output: Path, **overrides: Any) -> BuildConfig:
    """Read `ankibuild.toml` or `pyproject.toml` beside SOURCE and combine it with command-line values."""
    settings, where = _read_settings(source.resolve().parent)
    unknown = sorted(set(settings) - KNOWN_KEYS)
    if unknown:
        raise AnkiBuildError(f"unknown configuration key {unknown[0]!r} in [tool.ankibuild]", where)
    root = settings.get("root_deck") or _folder_name(source)
    config = BuildConfig(source=source, output=output, root_deck=_check_str(root, "root_deck", where))
    values: dict[str, Any] = {}
    if "deck_per" in settings:
        if settings["deck_per"] not in ("file", "folder"):
            raise AnkiBuildError("deck_per must be 'file' or 'folder'", where)
        values["deck_per"] = settings["deck_per"]
    if "tag_prefix" in settings:
        values["tag_prefix"] = _check_str(settings["tag_prefix"], "tag_prefix", where)
    for key in ("conventions", "include", "exclude"):
        if key in settings:
            values[key] = _check_str_list(settings[key], key, where)
    if "conventions" in values:
        from .extract import rule_chain

        known = {name for name, _ in rule_chain()}
        unknown_rules = sorted(set(values["conventions"]) - known)
        if unknown_rules:
            raise AnkiBuildError(f"unknown convention {unknown_rules[0]!r}; known: {', '.join(sorted(known))}", where)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(config, **values)


def _read_settings(folder: Path) -> tuple[dict[str, Any], Loc | None]:
    own = folder / "ankibuild.toml"
    if own.is_file():
        data = _read_toml(own)
        table = data.get("tool", {}).get("ankibuild", data) if isinstance(data.get("tool", {}), dict) else None
        if not isinstance(table, dict):
            raise AnkiBuildError("[tool.ankibuild] must be a table", Loc(own.name))
        return dict(table), Loc(own.name)
    project = folder / "pyproject.toml"
    if project.is_file():
        data = _read_toml(project)
        tool = data.get("tool", {})
        table = tool.get("ankibuild", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise AnkiBuildError("[tool.ankibuild] must be a table", Loc(project.name))
        return dict(table), Loc(project.name)
    return {}, None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnkiBuildError(f"cannot read configuration: {exc}", Loc(path.name)) from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or 0
        raise AnkiBuildError(f"invalid TOML: {exc}", Loc(path.name, line)) from None


def _folder_name(source: Path) -> str:
    name = source.resolve().name
    return name.replace("_", " ").replace("-", " ").strip().title() or "Notes"


def _check_str(value: Any, key: str, where: Loc | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise AnkiBuildError(f"{key} must be a non-empty string", where)
    return value.strip()


def _check_str_list(value: Any, key: str, where: Loc | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnkiBuildError(f"{key} must be a list of strings", where)
    return tuple(value)
