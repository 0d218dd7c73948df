"""Compiled regular expressions kept between runs (`ankibuild.regex_cache`): a pattern made from the recorded
call is the pattern `re` makes, and a damaged or foreign file is ignored."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ankibuild import regex_cache

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not regex_cache._served(), reason="this interpreter is not served by the cache")

SAMPLES = [
    "",
    "**Q1:** What is a B-tree?\n> A balanced tree.\n",
    "### What is $x^2$?\n\n```python\ndef f(x):\n    return x ** 2  # square\n```\n",
    "Front: Ångström — ½ café ΣΠ 問題 答え\nBack: `code` <b>bold</b> [link](https://example.org)\n",
    "- [ ] TODO 1. (a) [2 marks] | term | definition |\n| --- | --- |\n",
]


def _record(folder: Path, script: str) -> dict:
    """Run SCRIPT in a fresh interpreter with the cache installed in FOLDER, and return what it recorded."""
    env = {k: v for k, v in os.environ.items() if k != "ANKIBUILD_NO_REGEX_CACHE"}
    code = f"from ankibuild import regex_cache\nfrom pathlib import Path\nassert regex_cache.install(Path({str(folder)!r}))\n{script}\nregex_cache.save()\n"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=env)
    [path] = folder.glob(f"{regex_cache.FILE_PREFIX}*.marshal")
    return regex_cache._read(path)


def _same(p: str | bytes, flags: int, made: re.Pattern, texts: list[str]) -> None:
    expected = re.compile(p, flags)
    assert (made.pattern, made.flags, made.groups, dict(made.groupindex)) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        dict(expected.groupindex),
    )
    for text in texts:
        subject: str | bytes = text.encode() if isinstance(p, bytes) else text
        assert [m.span() for m in made.finditer(subject)] == [m.span() for m in expected.finditer(subject)], (p, text)
        hash_mark = b"#" if isinstance(p, bytes) else "#"
        assert made.sub(hash_mark, subject) == expected.sub(hash_mark, subject)


def test_every_pattern_a_build_compiles_is_made_exactly_as_re_makes_it(tmp_path: Path) -> None:
    """A build of the seeds and the fixtures compiles the rules', the parser's and the lexers' patterns:
    each one, made again from its recorded call, has the same flags, groups and matches as `re`'s own."""
    script = (
        "from ankibuild.config import load_config\nfrom ankibuild.build import plan_build\n"
        "for folder in ('source', 'tests/fixtures'):\n"
        "    plan_build(load_config(Path(folder), Path(" + repr(str(tmp_path / "out")) + ")), use_cache=False)\n"
    )
    recorded = _record(tmp_path / "cache", script)
    assert len(recorded) > 300  # the rules alone hold hundreds
    import _sre

    texts = SAMPLES + [p.read_text(encoding="utf-8", errors="replace")[:3000] for p in sorted((REPO / "source").glob("*.md"))]
    for (p, flags), (final_flags, code, groups, groupindex, indexgroup) in recorded.items():
        _same(p, flags, _sre.compile(p, final_flags, code, groups, groupindex, indexgroup), texts)


def test_installed_cache_records_then_serves_the_same_patterns(tmp_path: Path) -> None:
    patterns = [(r"(?P<word>\w+)\s*[:：]", 0), (r"^[ \t]*(?:\*\*|__)?(?i:question|answer)\b", re.M), (rb"\x00(?P<n>\d+)", 0)]
    try:
        assert regex_cache.install(tmp_path)
        re.purge()
        first = [re.compile(p, f) for p, f in patterns]  # recorded
        regex_cache.save()
        regex_cache.uninstall()
        assert regex_cache.install(tmp_path)
        assert regex_cache._state is not None and all((p, int(f)) in regex_cache._state.known for p, f in patterns)
        re.purge()
        second = [re.compile(p, f) for p, f in patterns]  # served from the file
    finally:
        regex_cache.uninstall()
        re.purge()
    for made_now in (first, second):
        for (p, f), made in zip(patterns, made_now, strict=True):
            _same(p, int(f), made, SAMPLES)


def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    pattern = r"(?P<a>x)y+"
    try:
        assert regex_cache.install(tmp_path)
        re.purge()
        re.compile(pattern)
        regex_cache.save()
    finally:
        regex_cache.uninstall()
        re.purge()
    [path] = tmp_path.glob("*.marshal")
    data = bytearray(path.read_bytes())
    assert regex_cache._read(path)
    data[-3] ^= 0x01  # one flipped bit in the recorded opcodes
    path.write_bytes(bytes(data))
    assert regex_cache._read(path) == {}
    path.write_bytes(b"not ours at all")
    assert regex_cache._read(path) == {}


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ANKIBUILD_NO_REGEX_CACHE", "1")
    assert regex_cache.install(tmp_path) is False
    assert regex_cache._state is None


def test_cache_folder_follows_the_platform_conventions(tmp_path: Path) -> None:
    assert regex_cache.cache_folder({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "ankibuild"
    assert regex_cache.cache_folder({"HOME": str(tmp_path)}).name == "ankibuild"
    assert regex_cache.cache_folder({"ANKIBUILD_CACHE_HOME": str(tmp_path), "XDG_CACHE_HOME": "/elsewhere"}) == tmp_path


def test_the_command_line_installs_it_and_a_library_import_does_not(tmp_path: Path) -> None:
    env = dict(os.environ, ANKIBUILD_CACHE_HOME=str(tmp_path / "ankibuild"))
    env.pop("ANKIBUILD_NO_REGEX_CACHE", None)
    probe = "import re, ankibuild.build; from re import _compiler; print(_compiler.compile.__module__)"
    out = subprocess.run([sys.executable, "-c", probe], check=True, cwd=REPO, env=env, capture_output=True, text=True).stdout
    assert out.strip() == "re._compiler"
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("### What is a heap?\n\nA tree with the heap property.\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "ankibuild", "build", str(notes), "-o", str(tmp_path / "out"), "-q"],
        check=True,
        cwd=REPO,
        env=env,
        capture_output=True,
    )
    assert list((tmp_path / "ankibuild").glob("regex-*.marshal"))


def test_a_file_past_its_bound_starts_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 2)
    try:
        for pattern in (r"a+b", r"c+d", r"e+f"):
            assert regex_cache.install(tmp_path)
            re.purge()
            re.compile(pattern)
            regex_cache.save()
            regex_cache.uninstall()
    finally:
        regex_cache.uninstall()
        re.purge()
    [path] = tmp_path.glob("*.marshal")
    assert set(regex_cache._read(path)) == {(r"e+f", 0)}  # two fit; the third would pass the bound
