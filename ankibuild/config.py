"""Build configuration: the frozen `BuildConfig`, read from flags and `[tool.ankibuild]`.

Configuration lives beside the source folder, in `ankibuild.toml` (top-level keys) or in the
`[tool.ankibuild]` table of a `pyproject.toml`. Unknown keys are errors, so a typo never goes unnoticed.

Every source folder in one parent shares that configuration, and by default one `ankibuild.lock`. A
lockfile records the folder it belongs to, so a second folder cannot silently take it over: it is given its
own through the `lockfiles` table (folder name → path), e.g. `lockfiles = { notes-b = "notes-b.lock" }`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .records import AnkiBuildError, Loc

KNOWN_KEYS = frozenset(
    {"root_deck", "deck_per", "tag_prefix", "conventions", "include", "exclude", "lockfiles", "keep_removed_days", "line_breaks", "unanswered"}
)
LINE_BREAKS = ("auto", "always", "never")
"""How a paragraph's single line breaks render: kept where it is written line by line, always kept, never."""
UNANSWERED = ("report", "card")
"""What becomes of a question without an answer: reported only, or also a card saying so."""
DEFAULT_LOCK_NAME = "ankibuild.lock"
KEEP_REMOVED_DAYS = 60
"""How long a removed note is sent, tagged `ankibuild::removed`, in every package (see `keep_removed_days`)."""


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
    keep_removed_days: int = KEEP_REMOVED_DAYS
    """Days a removed note is sent, tagged `ankibuild::removed`, in every package; 0: only by the build that
    notices the removal."""
    line_breaks: str = "auto"
    """`auto`: keep a paragraph's line breaks where it is written line by line; `always`; `never` (CommonMark)."""
    unanswered: str = "report"
    """`report`: questions without an answer are only reported; `card`: each also becomes a card saying so."""

    @property
    def lock_path(self) -> Path:
        """The lockfile that keeps note identities across builds."""
        return self.lockfile or self.source.resolve().parent / DEFAULT_LOCK_NAME

    @property
    def source_name(self) -> str:
        """The source folder's name, as the lockfile records its owner (the same in every clone)."""
        return self.source.resolve().name

    @property
    def lock_owner(self) -> str | None:
        """The folder the lockfile must belong to, or None when another lockfile was chosen explicitly. Only
        the default `ankibuild.lock` is shared by every folder in a parent (even when named explicitly), so
        only it is checked."""
        default = self.source.resolve().parent / DEFAULT_LOCK_NAME
        if self.lockfile and self.lockfile.resolve() != default:
            return None
        return self.source_name

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
    for key, choices in (("line_breaks", LINE_BREAKS), ("unanswered", UNANSWERED)):
        if key in settings:
            if settings[key] not in choices:
                raise AnkiBuildError(f"{key} must be one of {', '.join(repr(c) for c in choices)}", where)
            values[key] = settings[key]
    if "tag_prefix" in settings:
        values["tag_prefix"] = _check_str(settings["tag_prefix"], "tag_prefix", where)
    if "keep_removed_days" in settings:
        days = settings["keep_removed_days"]
        if not isinstance(days, int) or isinstance(days, bool) or days < 0:
            raise AnkiBuildError("keep_removed_days must be a whole number of days, 0 or more", where)
        values["keep_removed_days"] = days
    for key in ("conventions", "include", "exclude"):
        if key in settings:
            values[key] = _check_str_list(settings[key], key, where)
    if "lockfiles" in settings:
        lockfiles = _check_lockfiles(settings["lockfiles"], source.resolve().parent, where)
        if source.resolve().name in lockfiles:
            values["lockfile"] = lockfiles[source.resolve().name]
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
    import tomllib  # only when there is a configuration file: most builds have none

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


def _check_lockfiles(value: Any, folder: Path, where: Loc | None) -> dict[str, Path]:
    """The `lockfiles` table: source folder name → lockfile path, relative to the configuration's folder.
    A name that is no folder there, or two folders given one file, would defeat the table's purpose."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()):
        raise AnkiBuildError('lockfiles must be a table of folder name = "lockfile path"', where)
    paths: dict[str, Path] = {}
    owners: dict[Path, str] = {}
    for name, target in sorted(value.items()):
        if not (folder / name).is_dir():
            raise AnkiBuildError(f"lockfiles names {name!r}, which is not a folder beside the configuration", where)
        path = folder / target.strip()
        if path.resolve() in owners:
            raise AnkiBuildError(f"lockfiles gives {owners[path.resolve()]!r} and {name!r} the same lockfile; each folder needs its own", where)
        owners[path.resolve()] = name
        paths[name] = path
    return paths
