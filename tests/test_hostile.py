"""Bad input: every case ends without a traceback, with a message naming the file (and line), and the
other files' cards still extracted."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import ankibuild.apkg as apkg
from ankibuild.cli import main
from tests.helpers import write_tree

GOOD = "# Good\n\n## What is a good question?\nOne that has an answer.\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def project_with(tmp_path: Path, name: str, content: str | bytes) -> Path:
    return write_tree(tmp_path / "p", {"source/good.md": GOOD, f"source/{name}": content})


def check_json(project: Path) -> dict:
    result = run("check", str(project / "source"), "--format", "json")
    assert "Traceback" not in result.output
    return json.loads(result.stdout)


def cards(project: Path) -> list[str]:
    result = run("cards", str(project / "source"), "--json")
    assert "Traceback" not in result.output
    return [c["question_text"] for c in json.loads(result.stdout)]


def diag(report: dict, kind: str) -> list[tuple[str, int, str]]:
    return [(d["source"], d["line"], d["severity"]) for d in report["diagnostics"] if d["kind"] == kind]


CASES = [
    ("invalid utf-8", "bad.md", b"## What is caf\xe9?\nA place for coffee.\n", "encoding", ("bad.md", 1, "warning")),
    ("binary", "bin.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", ("bin.md", 3, "warning")),
    ("empty", "empty.md", "", "empty", ("empty.md", 0, "warning")),
    ("broken yaml", "yaml.md", "---\ntitle: [unclosed\n---\n## What is Y?\nY.\n", "front-matter", ("yaml.md", 2, "warning")),
    ("unclosed fence", "fence.md", "## What is F?\n```python\nprint(1)\n", "unclosed-fence", ("fence.md", 2, "warning")),
    ("unclosed math", "math.md", "## What is M?\n$$\nx^2\n\nmore\n", "math", ("math.md", 2, "warning")),
]


@pytest.mark.parametrize(("name", "filename", "content", "kind", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_reported_and_others_still_carded(tmp_path: Path, name: str, filename: str, content: str | bytes, kind: str, expected: tuple) -> None:
    project = project_with(tmp_path, filename, content)
    report = check_json(project)
    assert expected in diag(report, kind)
    assert "What is a good question?" in cards(project)


def test_front_matter_only_gives_no_cards_and_no_error(tmp_path: Path) -> None:
    project = project_with(tmp_path, "fm.md", "---\ntitle: Only metadata\n---\n")
    report = check_json(project)
    assert report["errors"] == 0 and report["cards"] == 1


def test_deep_nesting_and_huge_lines_are_bounded(tmp_path: Path) -> None:
    deep_quote = ">" * 20_000 + " What is deep?\n"
    deep_list = "".join("  " * i + "- item\n" for i in range(3_000))
    huge = "word " * 1_000_000 + "\n"  # a 5 MB single line
    asking = "Why? " * 20_000 + "\n"  # a 100 KB line of questions and no arrow: once seconds per `?` in `arrow-answer`
    highlights = "A line with ==a highlight== in it.\n\n" * 5_000  # each paragraph once read its section again
    files = {"source/good.md": GOOD, "source/q.md": deep_quote, "source/l.md": deep_list, "source/h.md": huge, "source/w.md": asking}
    files["source/m.md"] = highlights
    files["source/b.md"] = "Why?\n\n" * 10_000  # bare questions: each card's claim once re-copied every claim before it
    project = write_tree(tmp_path / "p", files)
    report = check_json(project)
    assert report["errors"] == 0
    assert "What is a good question?" in cards(project)


def test_hostile_html_is_removed_with_warnings(tmp_path: Path) -> None:
    hostile = (
        "## What is XSS?\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
        "[click](javascript:alert(1)) and <a href=\"jav&#x61;script:alert(2)\">encoded</a>\n"
    )
    project = project_with(tmp_path, "x.md", hostile)
    result = run("cards", str(project / "source"), "--json")
    (card,) = [c for c in json.loads(result.stdout) if c["question_text"] == "What is XSS?"]
    html = card["answer_html"].lower()
    assert "<script" not in html and "onerror" not in html and 'href="javascript' not in html and "href=\"jav&#x61;" not in html
    report = check_json(project)
    # a raw <img> is resolved as a Markdown image is (`x` is not there: a placeholder and a warning)
    assert {d["kind"] for d in report["diagnostics"] if d["source"] == "x.md"} == {"unsafe-html", "missing-image"}


def test_same_question_twice_names_both_places(tmp_path: Path) -> None:
    project = project_with(tmp_path, "dup.md", "## What is a good question?\nAgain.\n\n## What is a good question?\nThrice.\n")
    report = check_json(project)
    messages = [d["message"] for d in report["diagnostics"] if d["kind"] == "duplicate"]
    assert messages == ["same question as dup.md:1; only the first is kept: 'What is a good question?'"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/good.md": GOOD, "out": "not a folder"})
    result = run("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert "out" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_output_folder(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/good.md": GOOD})
    out = project / "out"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = run("build", str(project / "source"), "-o", str(out))
        assert result.exit_code == 1 and "Traceback" not in result.output and "ermission" in result.output
    finally:
        out.chmod(stat.S_IRWXU)


def test_read_only_output_folder_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores permission bits, so the failure is simulated where the package is created."""
    project = write_tree(tmp_path / "p", {"source/good.md": GOOD})

    def refuse(*args: object, **kwargs: object) -> tuple[int, Path]:
        raise PermissionError(13, "Permission denied", str(project / "out"))

    monkeypatch.setattr(apkg, "_create_temporary", refuse)
    result = run("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 1
    assert "Permission denied" in result.output and "Traceback" not in result.output


def test_interrupted_build_leaves_no_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", {"source/good.md": GOOD})
    out = project / "out"
    assert run("build", str(project / "source"), "-o", str(out)).exit_code == 0
    before = (out / "source.apkg").read_bytes()
    (project / "source" / "good.md").write_text(GOOD + "\n## What is new?\nNew.\n")

    real_add_media = apkg._add_media

    def interrupt(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_add_media(*args, **kwargs)  # the collection is in the package file; then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(apkg, "_add_media", interrupt)
    result = run("build", str(project / "source"), "-o", str(out))
    assert result.exit_code == 130 and "interrupted" in result.output
    assert (out / "source.apkg").read_bytes() == before  # the old package, whole
    assert sorted(p.name for p in out.iterdir()) == ["source.apkg"]  # no temporary left behind
    assert "What is new" not in (project / "ankibuild.lock").read_text()  # the lockfile did not move on


def test_missing_source_folder(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nothing"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "does not exist" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file(tmp_path: Path) -> None:
    project = project_with(tmp_path, "secret.md", GOOD)
    (project / "source" / "secret.md").chmod(0)
    report = check_json(project)
    assert ("secret.md", 0, "error") in diag(report, "unreadable")


def test_pathological_inputs_stay_linear() -> None:
    """Resource bounds without timing: the work for 2n pathological openers is about twice that for n.
    Measured in parser steps (calls into the inline math rule's closer search), not seconds."""
    import ankibuild.mathtex as mathtex
    from ankibuild.markdown import make_parser

    def steps(text: str) -> int:
        mathtex._closer_index.cache_clear()
        calls = 0
        real = mathtex._closer_index.__wrapped__

        def counting(src: str, closer: str) -> list[int]:
            nonlocal calls
            calls += 1
            return real(src, closer)

        wrapped = mathtex.lru_cache(maxsize=16)(counting)
        original = mathtex._closer_index
        mathtex._closer_index = wrapped
        try:
            make_parser().parse(text, {})
        finally:
            mathtex._closer_index = original
        return calls

    # the closer index is built once per paragraph, however many unclosed openers it holds
    few, many = steps("\\[ a " * 2000), steps("\\[ a " * 4000)
    assert few == many <= 3


def test_null_byte_image_path_and_symlink_loop(tmp_path: Path) -> None:
    project = project_with(tmp_path, "img.md", "## What is shown?\n\n![x](a%00b.png)\n")
    (project / "source" / "l1.md").symlink_to("l2.md")
    (project / "source" / "l2.md").symlink_to("l1.md")
    report = check_json(project)
    assert ("img.md", 3, "error") in diag(report, "image")
    assert "What is a good question?" in cards(project)


def test_fence_closed_inside_a_blockquote_at_the_end_is_not_unclosed(tmp_path: Path) -> None:
    project = project_with(tmp_path, "q.md", "## What is x?\n\n> ```python\n> x = 1\n> ```\n")
    assert diag(check_json(project), "unclosed-fence") == []
