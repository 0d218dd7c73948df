"""The command line end to end: exit codes, streams, help, check, watch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ankibuild import __version__
from ankibuild.cli import main
from tests.helpers import write_tree

GOOD = "# Notes\n\n## What is A?\nA is the first letter.\n"


def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), env=env)


def test_help_and_version() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("build", "cards", "check", "watch"):
        assert command in result.output
    assert invoke("--version").output.strip() == f"ankibuild, version {__version__}"
    for command in ("build", "cards", "check", "watch"):
        assert invoke(command, "--help").exit_code == 0


def test_exit_codes(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD, "source/b.md": "## What is B?\nB costs $$5.\n"})
    out = str(project / "out")
    assert invoke("build", str(project / "source"), "-o", out).exit_code == 0  # warnings allowed
    strict = invoke("build", str(project / "source"), "-o", str(project / "strict"), "--strict")
    assert strict.exit_code == 1 and "b.md:2: error: math:" in strict.output
    assert not (project / "strict").exists()
    assert invoke("build", str(tmp_path / "missing")).exit_code == 1
    assert invoke("build", "--no-such-option").exit_code == 2
    assert invoke("frobnicate").exit_code == 2


def test_missing_source_folder_message(tmp_path: Path) -> None:
    result = invoke("build", str(tmp_path / "nope"), "-o", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_json_goes_to_stdout_and_diagnostics_to_stderr(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD + "\n## What is empty?\n"})
    result = CliRunner().invoke(main, ["cards", str(project / "source"), "--json"])
    data = json.loads(result.stdout)
    assert [c["question_text"] for c in data] == ["What is A?"]
    assert set(data[0]) >= {"source", "part", "line", "deck", "note_type", "question_text", "question_html", "answer_html", "tags", "guid"}
    check = CliRunner().invoke(main, ["check", str(project / "source"), "--format", "json"])
    report = json.loads(check.stdout)
    assert report["cards"] == 1
    assert [(d["line"], d["kind"], d["question"]) for d in report["diagnostics"]] == [(6, "unanswered", "What is empty?")]
    text = CliRunner().invoke(main, ["check", str(project / "source")])
    assert "a.md:6: unanswered: What is empty?\n" in text.stderr  # the question alone: one question, one line
    assert text.stdout == ""


def test_build_summary(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD})
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert "1 cards in 1 decks" in result.output
    assert "File → Import" in result.output
    assert (project / "out" / "source.apkg").is_file()
    assert invoke("build", str(project / "source"), "-o", str(project / "out"), "-q").output == ""


def test_watch_rebuilds_after_a_save_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD})
    package = project / "out" / "source.apkg"
    lock = project / "ankibuild.lock"
    # A shell starts background jobs with SIGINT ignored, and a child inherits that: give the watcher
    # the disposition a terminal's foreground job has (a Python handler becomes SIG_DFL across exec).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ankibuild", "watch", str(project / "source"), "-o", str(project / "out"), "--debounce", "100"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    lines: list[str] = []
    assert proc.stderr is not None
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stderr.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        assert _wait_for(lambda: package.exists() and lock.exists(), 60), "first build did not happen"
        # no pause: the watcher listens before its first build, so a save right after that build is seen
        (project / "source" / "a.md").write_text(GOOD + "\n## What is B?\nB.\n")
        assert _wait_for(lambda: "What is B" in lock.read_text(), 60), "no rebuild after the save"
        # the summary line is printed once the rebuild is over, a moment after the lockfile is written
        assert _wait_for(lambda: sum("cards," in line for line in lines) >= 2, 60), "".join(lines)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        reader.join(timeout=30)
    err = "".join(lines)
    assert proc.returncode == 0, err
    assert "stopped watching" in err and "Traceback" not in err


def _wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_near_duplicates_across_files_are_listed_not_merged(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "source/a.md": "## What is transfer learning?\nReusing a model.\n\n## What is a kernel?\nA similarity.\n",
            "source/b.md": "## What is Transfer Learning?\nReuse of weights.\n\n## Why do GPUs help?\nParallelism.\n",
        },
    )
    result = CliRunner().invoke(main, ["cards", str(project / "source"), "--duplicates", "--json"])
    pairs = json.loads(result.stdout)
    assert [(p["first"], p["second"]) for p in pairs] == [("a.md:1", "b.md:1")]
    cards = json.loads(CliRunner().invoke(main, ["cards", str(project / "source"), "--json"]).stdout)
    assert len(cards) == 4  # both kept: different decks, never merged silently


def test_one_explicit_id_on_two_questions_is_an_error_naming_both(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is A? <!-- id: same -->\nA.\n\n## What is B? <!-- id: same -->\nB.\n"})
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 1
    assert "a.md:4: error: identity: same note identity as a.md:1" in result.output
    assert not (project / "out").exists()


def test_summary_counts_warnings_by_kind(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD + "\n## What is A?\nAgain.\n\n## What is M?\n$$x\n\ny\n"})
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert "warnings: 1 duplicate, 1 math" in result.output


def test_preview_command_writes_one_self_contained_page(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": GOOD + "\n## What is $x^2$?\nA square: $$x^2$$\n"})
    result = invoke("preview", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 0, result.output
    page = (project / "out" / "preview" / "index.html").read_text()
    assert "What is A?" in page and "<math" in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert not (project / "out" / "source.apkg").exists()  # a preview writes no package


def test_the_garbage_collector_is_paused_only_while_a_command_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import ankibuild.build as build_module

    project = write_tree(tmp_path / "p", {"source/a.md": "## What is bias?\nB.\n"})
    seen: list[bool] = []
    real = build_module.run_build

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "run_build", spy)
    assert gc.isenabled()
    result = CliRunner().invoke(main, ["check", str(project / "source")])
    assert result.exit_code == 0, result.output
    assert seen == [False] and gc.isenabled()
    failing = CliRunner().invoke(main, ["check", str(tmp_path / "missing")])
    assert failing.exit_code != 0 and gc.isenabled()  # restored after an error too
