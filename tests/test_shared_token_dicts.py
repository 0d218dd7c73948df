"""Tokens that open nothing share one empty `attrs` and one empty `meta` (`parsing._SHARED_EMPTY`): nothing
writes into them, so every document's outcome is the one it has when each token has dicts of its own, and
the shared dicts are still empty after it; if something did write into them, the document is made again."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.token import Token

from ankibuild import parsing
from ankibuild.config import BuildConfig
from ankibuild.parsing import fresh_token_dicts, shared_empty_untouched
from ankibuild.process import _document_result, process_document
from ankibuild.records import SourceFile
from ankibuild.sources import parse_source_bytes

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "source", ROOT / "tests" / "fixtures", ROOT / "tests" / "corpus"]
CONFIG = BuildConfig(Path("."), Path("."), "Deck")


def _documents() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in folder.rglob("*.md"))


def _sources(path: Path) -> list[SourceFile]:
    """The documents of a file, as a build reads them (a flattened dump unflattened, its encoding repaired)."""
    return parse_source_bytes(path.read_bytes(), str(path.relative_to(ROOT)))[0]


def test_every_document_leaves_the_shared_dicts_empty_and_is_the_same_with_fresh_ones() -> None:
    paths = _documents()
    assert len(paths) > 300
    for path in paths:
        for source in _sources(path):
            # `_document_result`, not `process_document`: that one would clear what was written
            shared = _document_result(source, CONFIG)
            assert parsing._SHARED_EMPTY is not None and parsing._SHARED_EMPTY == ({}, {}), path
            if ROOT / "tests" / "corpus" in path.parents:
                continue  # the corpus is large: that nothing wrote into the shared dicts is what matters
            with fresh_token_dicts():
                fresh = _document_result(source, CONFIG)
            assert shared == fresh, path


def test_tokens_that_open_nothing_share_the_dicts_and_opening_ones_do_not() -> None:
    from ankibuild.markdown import parser_for

    text = "# Title\n\nSome *text* and `code`.\n\n- [ ] a task\n- b\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n"
    tokens = parser_for(text).parse(text, {})
    assert parsing._SHARED_EMPTY is not None
    attrs, meta = parsing._SHARED_EMPTY
    every = [t for token in tokens for t in [token, *(token.children or [])]]
    assert any(t.attrs is attrs for t in every)
    # emphasis turns text tokens into `em_open` …: only tokens pushed as opening ones have dicts of their own
    pushed_opening = [t for t in every if t.nesting == 1 and t.type not in ("em_open", "strong_open", "s_open")]
    assert {t.type for t in pushed_opening} >= {"heading_open", "bullet_list_open", "list_item_open", "table_open", "th_open"}
    assert all(t.attrs is not attrs and t.meta is not meta for t in pushed_opening)


def test_a_write_into_the_shared_dicts_makes_the_document_again(monkeypatch: pytest.MonkeyPatch) -> None:
    source = SourceFile("a.md", None, "# Notes\n\n## What is a cell?\n\nThe *unit* of life.\n", "0")
    expected = process_document(source, CONFIG)
    original = parsing.LeanStateBlock.push
    written: list[Token] = []

    def push(self: parsing.LeanStateBlock, ttype: str, tag: str, nesting: int) -> Token:
        token = original(self, ttype, tag, nesting)
        if ttype == "paragraph_close" and parsing._SHARED_EMPTY is not None:
            token.attrs["class"] = "oops"  # a rule that writes into a token it did not give dicts
            written.append(token)
        return token

    monkeypatch.setattr(parsing.LeanStateBlock, "push", push)
    assert process_document(source, CONFIG) == expected
    assert written and shared_empty_untouched()
