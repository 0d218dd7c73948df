"""Records cross process and cache boundaries by pickle: every one comes back equal, through its constructor."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field, fields
from pathlib import Path

import pytest

from ankibuild.config import BuildConfig
from ankibuild.process import process_file
from ankibuild.records import Card, Diagnostic, DocumentResult, FileReport, Loc, pickled_by_fields
from tests.helpers import SOURCE, write_tree


def every_record(value: object) -> list[object]:
    """`value` and every record reachable from it."""
    found: list[object] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif hasattr(item, "__dataclass_fields__"):
            found.append(item)
            stack.extend(getattr(item, f.name) for f in fields(item))  # type: ignore[arg-type]
    return found


def test_a_file_result_round_trips_through_each_records_constructor(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/handbook.md": (SOURCE / "ds-ai-ml-interview-handbook.md").read_bytes()})
    config = BuildConfig(project / "source", project / "out", "Root")
    outcome = process_file("handbook.md", (project / "source" / "handbook.md").read_bytes(), config, None)
    records = every_record(outcome)
    kinds = {type(r) for r in records}
    assert {DocumentResult, Card, Loc, FileReport, Diagnostic} <= kinds
    assert pickle.loads(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)) == outcome
    for record in records:
        constructor, args = record.__reduce__()
        assert constructor is type(record)
        assert args == tuple(getattr(record, f.name) for f in fields(record))  # type: ignore[arg-type]
        assert constructor(*args) == record


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Single:
    value: int


@dataclass(frozen=True, slots=True)
class Hidden:
    value: int
    cached: int = field(default=0, init=False)


def test_only_classes_built_from_positional_fields_can_be_pickled_this_way() -> None:
    assert Single.__reduce__(Single(3)) == (Single, (3,))  # one field: still a tuple of arguments
    assert pickle.loads(pickle.dumps(Single(3))) == Single(3)
    with pytest.raises(TypeError, match="positional"):
        pickled_by_fields(Hidden)
