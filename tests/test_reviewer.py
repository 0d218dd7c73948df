"""Every seed card as Anki desktop's reviewer shows it, day and night, in headless Chromium.

Our preview page typesets formulas itself; this test uses Anki's own web assets instead. `pip download aqt
--no-deps` (the desktop app's wheel, the version of the installed `anki` backend; cached between runs) holds
`_aqt/data/web`: the reviewer's CSS, its script, MathJax and Anki's MathJax configuration, data files only.
The seed notes are built, imported into a real collection, and each card's answer (`card.answer()`, as
the reviewer gets it) is shown with the reviewer's own `_showAnswer` in a page laid out as
`aqt.webview.stdHtml` lays it out, served over HTTP as Anki's media server does (`/_anki/…` for the web
assets, media by name). No formula may fail (`mjx-merror`) and no `\\(` or `\\[` may be left untypeset.

Skips when Chromium or the aqt wheel is unavailable, except under CI=true, where it must run.
Screenshots of a few cards go to /tmp/reviewer-shots/ for a person to look at.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, SOURCE
from tests.test_preview import Browser, _chromium, launch

SHOTS = Path("/tmp/reviewer-shots")
WEB = "_aqt/data/web/"


def _fail_or_skip(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)


def _cache_dir() -> Path:
    """Where the aqt wheel is kept between runs: $ANKIBUILD_TEST_CACHE, else the user's cache folder."""
    if os.environ.get("ANKIBUILD_TEST_CACHE"):
        return Path(os.environ["ANKIBUILD_TEST_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ankibuild-tests"


def anki_web_assets(cache: Path) -> Path:
    """`_aqt/data/web` of the aqt wheel matching the installed anki, downloaded once and unpacked once.
    Both steps go through a temporary name and a rename, so an interrupted run never leaves half a cache."""
    from importlib.metadata import version

    wanted = version("anki")
    unpacked = cache / f"aqt-{wanted}-web"
    if (unpacked / "js" / "reviewer.js").is_file():
        return unpacked
    cache.mkdir(parents=True, exist_ok=True)
    wheels = sorted(cache.glob(f"aqt-{wanted}-*.whl"))
    if not wheels:
        download = cache / f".download-{os.getpid()}"
        shutil.rmtree(download, ignore_errors=True)
        command = [sys.executable, "-m", "pip", "download", f"aqt=={wanted}", "--no-deps", "--only-binary=:all:", "-d", str(download), "-q"]
        problem = ""
        for _ in range(2):  # one retry: an index hiccup should not skip the test
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
            except subprocess.TimeoutExpired:
                problem = "pip download timed out"
                continue
            if done.returncode == 0:
                break
            problem = ((done.stderr or done.stdout).strip().splitlines() or ["no output"])[-1]
        found = sorted(download.glob("aqt-*.whl")) if download.is_dir() else []
        if not found:
            shutil.rmtree(download, ignore_errors=True)
            _fail_or_skip(f"`pip download aqt=={wanted} --no-deps` gave no wheel ({problem})")
        os.replace(found[0], cache / found[0].name)
        shutil.rmtree(download, ignore_errors=True)
        wheels = [cache / found[0].name]
    partial = cache / f".unpack-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(wheels[0]) as wheel:
        for name in wheel.namelist():
            if name.startswith(WEB) and not name.endswith("/"):
                target = partial / name[len(WEB) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(wheel.read(name))
    try:
        os.replace(partial, unpacked)
    except OSError:  # another run unpacked it meanwhile
        shutil.rmtree(partial, ignore_errors=True)
    return unpacked


# `aqt.webview.AnkiWebView.standard_css` on Linux, at zoom 1, with Anki's canvas colours.
STANDARD_CSS = """
body { zoom: 1; background-color: var(--canvas); }
html { font-family: "DejaVu Sans", sans-serif; }
:root { --canvas: #f5f5f5 }
:root[class*=night-mode] { --canvas: #2c2c2c }
"""


def reviewer_page() -> str:
    """The reviewer's web view as `stdHtml` builds it: webview.css, the standard CSS, reviewer.css in the
    head; webview.js and reviewer.js at the start of the body; then the reviewer's body (`revHtml`). The
    host's `bridgeCommand` (Qt's channel to Python) is a no-op here."""
    return f"""<!doctype html>
<html class="" dir="ltr" data-bs-theme="light">
<head>
<meta charset="utf-8">
<link rel="stylesheet" type="text/css" href="/_anki/css/webview.css">
<style>{STANDARD_CSS}</style>
<link rel="stylesheet" type="text/css" href="/_anki/css/reviewer.css">
<script>window.bridgeCommand = function () {{}}; window.pycmd = window.bridgeCommand;</script>
</head>
<body class="card card1 isLin fancy">
<script src="/_anki/js/webview.js"></script>
<script src="/_anki/js/reviewer.js"></script>
<div id="_mark" hidden>&#x2605;</div>
<div id="_flag" hidden>&#x2691;</div>
<div id="qa" dir="auto"></div>
</body>
</html>
"""


SHOW_ALL = """async (cards, night) => {
  document.documentElement.className = night ? 'night-mode' : '';
  document.documentElement.dataset.bsTheme = night ? 'dark' : 'light';
  const qa = document.getElementById('qa');
  const failed = [];
  for (const [index, answer, ord] of cards) {
    const classes = `card card${ord + 1} isLin` + (night ? ' nightMode night_mode' : '') + ' fancy';
    _showAnswer(answer, classes);
    await new Promise(done => _queueAction(() => done()));  // after the reviewer's own update finished
    const errors = [...qa.querySelectorAll('mjx-merror')].map(e => e.getAttribute('data-mjx-error') || e.textContent);
    const left = [];
    const walker = document.createTreeWalker(qa, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('pre, code, style, script, mjx-container')) continue;
      if (/\\\\[(\\[]/.test(node.data)) left.push(node.data.slice(0, 80));
    }
    const typeset = qa.querySelectorAll('mjx-container').length;
    if (errors.length || left.length || document.body.className !== classes) failed.push({index, errors, left, body: document.body.className});
    if (typeset) window.__typeset = (window.__typeset || 0) + 1;
  }
  return {failed, typeset: window.__typeset || 0, mathjax: typeof MathJax !== 'undefined' && !!MathJax.version};
}"""


@pytest.fixture(scope="module")
def seed_answers(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path]:
    """Every seed card's answer as the real backend renders it (`card.answer()`, with media file names
    escaped as the reviewer does), and the collection's media folder."""
    pytest.importorskip("anki")
    from anki_support import fresh_collection, import_apkg

    from ankibuild.build import run_build
    from ankibuild.config import load_config

    work = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SOURCE, work / "source")
    shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")
    report = run_build(load_config(work / "source", work / "out", timestamp=1_700_000_000.0), use_cache=False)
    assert report.package and not report.errors
    answers = []
    media = work / "collection" / "collection.media"
    with fresh_collection(work / "collection") as col:
        import_apkg(col, Path(report.package))
        for card_id in sorted(col.find_cards("")):
            card = col.get_card(card_id)
            note = card.note()
            answer = col.media.escape_media_filenames(card.answer())
            answers.append({"question": note.fields[0], "answer": answer, "ord": card.ord, "guid": note.guid})
        media = Path(col.media.dir())
    assert len(answers) == len(report.cards) > 300
    return answers, media


@pytest.fixture(scope="module")
def reviewer_site(seed_answers: tuple[list[dict[str, Any]], Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Browser, str]]:
    """Chromium, and the reviewer page served over HTTP by `python -m http.server` (a separate process:
    the test process starts no thread while it forks Chromium)."""
    binary = _chromium()
    if binary is None:
        _fail_or_skip("Chromium is not installed (Debian package `chromium`): Anki's reviewer cannot be shown")
    assert binary is not None
    web = anki_web_assets(_cache_dir())
    _, media = seed_answers
    site = tmp_path_factory.mktemp("site")
    shutil.copytree(web, site / "_anki")
    for item in media.iterdir():
        shutil.copy(item, site / item.name)
    (site / "reviewer.html").write_text(reviewer_page(), encoding="utf-8")
    browser = launch(binary, tmp_path_factory.mktemp("chromium"))
    browser.TIMEOUT = 600.0  # typesetting every card is one evaluation; a guard against a hang, not a measure
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(site), "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        first = server.stdout.readline() if server.stdout else ""  # "Serving HTTP on 127.0.0.1 port 41234 (http://…/) ..."
        port = first.split(" port ")[1].split()[0]
        yield browser, f"http://127.0.0.1:{port}/reviewer.html"
    finally:
        server.terminate()
        server.wait(timeout=30)
        browser.close()


def _shot(browser: Browser, answer: str, ord_: int, night: bool, name: str) -> Path:
    classes = f"card card{ord_ + 1} isLin" + (" nightMode night_mode" if night else "") + " fancy"
    browser.eval(f"_showAnswer({json.dumps(answer)}, {json.dumps(classes)}); new Promise(done => _queueAction(() => done()))")
    SHOTS.mkdir(parents=True, exist_ok=True)
    return browser.screenshot(SHOTS / name, 900, max_height=2400)


@pytest.mark.anki
@pytest.mark.parametrize("night", [False, True], ids=["day", "night"])
def test_every_seed_answer_typesets_in_ankis_reviewer(
    reviewer_site: tuple[Browser, str], seed_answers: tuple[list[dict[str, Any]], Path], night: bool
) -> None:
    browser, url = reviewer_site
    answers, _ = seed_answers
    browser.events.clear()
    browser.load(url, 900, 800)
    cards = [[n, a["answer"], a["ord"]] for n, a in enumerate(answers)]
    # two canaries that must be caught: a formula MathJax cannot parse, and delimiters it never sees
    canaries = [[len(cards), "<p>\\(x^2^3\\)</p>", 0], [len(cards) + 1, "<p>\\(x</p><p>y\\)</p>", 0]]
    outcome = browser.eval(f"({SHOW_ALL})({json.dumps(cards + canaries)}, {json.dumps(night)})")
    assert outcome["mathjax"], "Anki's MathJax did not load"
    with_math = sum(1 for a in answers if "\\(" in html.unescape(a["answer"]) or "\\[" in html.unescape(a["answer"]))
    assert with_math > 20 and outcome["typeset"] >= with_math  # every card with a formula was typeset
    caught = [f for f in outcome["failed"] if f["index"] >= len(cards)]
    assert [(f["index"] - len(cards), bool(f["errors"]), bool(f["left"])) for f in caught] == [(0, True, False), (1, False, True)]
    failed = [(answers[f["index"]]["question"][:60], f["errors"], f["left"], f["body"]) for f in outcome["failed"] if f not in caught]
    assert failed == []
    # Anki's own page asks for a favicon it does not serve, and its MathJax loader warns that the packages
    # its configuration adds carry no version: both are the reviewer's, whatever the cards hold
    benign = ("/favicon.ico", "No version information available for component [tex]/")
    problems = [p for p in browser.problems() if "network request" not in p and not any(b in p for b in benign)]
    assert problems == []
    # a few cards for a person to look at: formulas, code and a table
    mode = "night" if night else "day"
    picks = {
        "math": next(a for a in answers if "\\[" in a["answer"]),
        "code": next(a for a in answers if '<pre class="code"' in a["answer"] and "\\(" in a["answer"]),
        "table": next(a for a in answers if "<table" in a["answer"]),
        "lines": next(a for a in answers if "Pros:<br>" in a["answer"]),  # written line by line (line_breaks)
    }
    for what, card in picks.items():
        shot = _shot(browser, card["answer"], card["ord"], night, f"{what}-{mode}.png")
        assert shot.stat().st_size > 5000
