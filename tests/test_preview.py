"""The preview page: Anki's template subset, cloze cards, offline math, the page, and the page in Chromium.

The browser tests drive headless Chromium over the DevTools protocol on a pipe (`--remote-debugging-pipe`),
which needs nothing beyond the standard library: they collect console errors, uncaught exceptions and
network requests, evaluate the page's state, and take screenshots (kept in the test's tmp dir and copied
to /tmp/preview-shots/ for a person to look at). They skip when Chromium is missing, except under CI.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import re
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ankibuild.notetypes import BASIC, CLOZE
from ankibuild.preview import (
    cloze_numbers,
    render_cloze,
    render_faces,
    render_preview,
    render_template,
    tex_to_mathml,
    typeset_side,
    write_preview,
)
from ankibuild.records import BuildReport, Card, Loc

REPO = Path(__file__).resolve().parents[1]
SHOTS = Path("/tmp/preview-shots")


def make_card(question: str = "What is 2+2?", answer: str = "<p>4</p>", **overrides: Any) -> Card:
    values: dict[str, Any] = {
        "loc": Loc("notes/maths.md", 12),
        "deck": "Root::Maths",
        "note_type": "basic",
        "convention": "heading",
        "question_text": re.sub(r"<[^>]+>", "", question),
        "question_html": question,
        "answer_html": answer,
        "context": "Arithmetic › Sums",
        "tags": ("topic::arithmetic",),
        "guid": "ab0000000000000000000a",
    }
    values.update(overrides)
    return Card(**values)


# --- templates ------------------------------------------------------------------------------------


def test_template_fields_and_sections() -> None:
    template = "[{{Question}}]{{#Context}}<i>{{Context}}</i>{{/Context}}{{^Context}}none{{/Context}}"
    assert render_template(template, {"Question": "Q", "Context": "C"}) == "[Q]<i>C</i>"
    assert render_template(template, {"Question": "Q", "Context": ""}) == "[Q]none"
    # Anki counts a field holding only whitespace and line breaks as empty
    assert render_template(template, {"Question": "Q", "Context": " <br> "}) == "[Q]none"
    nested = "{{#A}}a{{#B}}<{{B}}>{{/B}}{{/A}}."
    assert [render_template(nested, {"A": a, "B": b}) for a, b in (("1", "2"), ("1", ""), ("", "2"))] == ["a<2>.", "a.", "."]


def test_template_front_side_unknown_field_and_text_filter() -> None:
    fields = {"Question": "<b>Q</b>", "FrontSide": "FRONT"}
    assert render_template("{{FrontSide}}<hr>{{text:Question}}", fields) == "FRONT<hr>Q"
    assert render_template("{{Nope}}", fields) == "{unknown field Nope}"
    with pytest.raises(ValueError):
        render_template("{{#Question}}open", fields)


def test_basic_card_uses_the_note_type_templates() -> None:
    (faces,) = render_faces(make_card())
    assert faces.ordinal == 1
    assert faces.front_html == '<div class="ab-question">What is 2+2?</div>\n<div class="ab-context">Arithmetic › Sums</div>'
    assert '<div class="ab-answer"><p>4</p></div>' in faces.back_html
    assert '<hr id="answer">' in faces.back_html and "notes/maths.md › Arithmetic › Sums</div>" in faces.back_html
    assert "{{" not in faces.front_html + faces.back_html
    (no_context,) = render_faces(make_card(context=""))
    assert "ab-context" not in no_context.front_html


def test_cloze_front_hides_and_back_highlights_per_card() -> None:
    text = "{{c1::Paris}} is the capital of {{c2::France::country}}."
    assert cloze_numbers(text) == (1, 2)
    assert render_cloze(text, 1, "front") == (
        '<span class="cloze" data-cloze="Paris" data-ordinal="1">[...]</span> is the capital of '
        '<span class="cloze-inactive" data-ordinal="2">France</span>.'
    )
    assert render_cloze(text, 2, "front").endswith('<span class="cloze" data-cloze="France" data-ordinal="2">[country]</span>.')
    assert render_cloze(text, 2, "back").endswith('<span class="cloze" data-ordinal="2">France</span>.')
    assert render_cloze(text, 3, "front") == ""
    assert render_cloze("a {{c1::b", 1, "front") == ""  # unclosed: no deletion, no card


def test_cloze_note_gives_one_card_per_number() -> None:
    card = make_card("{{c1::A}} and {{c2::B}}", "<p>extra</p>", note_type="cloze")
    faces = render_faces(card)
    assert [f.ordinal for f in faces] == [1, 2]
    assert "[...]" in faces[0].front_html and ">B</span>" in faces[0].front_html
    assert '<div class="ab-answer"><p>extra</p></div>' in faces[1].back_html
    assert CLOZE.templates[0][0] == "Cloze" and BASIC.templates[0][0] == "Card 1"


# --- math -------------------------------------------------------------------------------------------


def test_tex_to_mathml_converts_and_escapes() -> None:
    mathml = tex_to_mathml(r"\frac{a}{b} + \mathbb{R}", display=True)
    assert mathml is not None
    assert mathml.startswith('<math display="block">') and "<mfrac>" in mathml and "\u211d" in mathml
    text = tex_to_mathml(r"\text{a < b}", display=False)
    assert text is not None and "a\u00a0&lt;\u00a0b" in text  # latex2mathml's own output leaves `<` raw
    aligned = tex_to_mathml(r"\begin{align}a&=b\end{align}", display=True)
    assert aligned is not None and "<mtable" in aligned and "(1)" not in aligned  # MathJax in Anki numbers nothing


@pytest.mark.parametrize("tex", [r"x^", r"\unknowncommand{x}", r"\frac{a}{b} \notacommand"])
def test_tex_to_mathml_refuses_what_it_cannot_convert(tex: str) -> None:
    assert tex_to_mathml(tex, display=False) is None


def test_typeset_side_converts_text_math_but_not_code() -> None:
    side = (
        '<p>Loss <span class="math inline">\\(a &lt; b\\)</span> and</p>'
        '<div class="math display">\\[\\sum_i x_i\\]</div>'
        "<pre><code>print('\\(kept\\)')</code></pre><p>bad <span>\\(x^\\)</span></p>"
    )
    out, failed = typeset_side(side)
    assert failed == 1
    assert out.count("<math") == 2 and '<math display="block">' in out
    assert "<mo>&lt;</mo>" in out
    assert "<code>print('\\(kept\\)')</code>" in out
    assert '<span class="pv-math-error"' in out and ">x^</span>" in out
    assert "\\(a" not in out


def test_typeset_side_inlines_local_images_and_drops_remote_ones() -> None:
    out, _ = typeset_side(
        '<img src="ab-1.png" alt="x"><img src="https://example.org/a.png" alt="remote">',
        {"ab-1.png": "data:image/png;base64,AA=="},
    )
    assert '<img src="data:image/png;base64,AA==" alt="x">' in out
    assert "example.org" not in out.replace('title="https://example.org/a.png"', "")
    assert '<img src="https' not in out and "remote image" in out


# --- the page ---------------------------------------------------------------------------------------


def test_page_is_self_contained_and_lists_every_card(tmp_path: Path) -> None:
    cards = (
        make_card(),
        make_card(
            "Why <code>\\(x\\)</code>?",
            '<p><span class="math inline">\\(x^2\\)</span></p>',
            guid="ab1",
            deck="Root::Other",
            tags=("a::b", "c"),
        ),
    )
    path = write_preview(BuildReport(cards, (), ()), tmp_path, title="My <Deck>")
    assert path == tmp_path / "preview" / "index.html"
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|link|iframe)[^>]*\s(?:src|href)=", page)
    assert "http:" not in page and "https:" not in page and "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count('<article class="pv-item"') == 2
    assert 'data-guid="ab1"' in page and "My &lt;Deck&gt;" in page
    assert '<option value="Root::Other" title="Root::Other">Other (1)</option>' in page
    # a parent tag is offered too, as Anki's browser matches it on its children
    assert '<option value="a">a (1)</option>' in page and '<option value="a::b">a::b (1)</option>' in page
    assert '<div class="card card1 pv-face">' in page and BASIC.css.strip()[:40] in page
    assert page.count("<math") == 1 and "<code>\\(x\\)</code>" in page


def test_page_counts_formulas_that_failed() -> None:
    page = render_preview([make_card(answer='<p><span class="math inline">\\(x^\\)</span></p>')], title="T")
    assert "1 card has formulas that could not be typeset offline" in page


# --- the real notes, in Chromium ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    from ankibuild.build import run_build
    from ankibuild.config import load_config

    source = REPO / "source"
    if not source.is_dir():
        pytest.skip(f"the real notes are not here ({source})")
    config = load_config(source, tmp_path_factory.mktemp("out"))
    return run_build(config, write=False, use_cache=False)


def _has_math_code_and_table(card: Card) -> bool:
    return all(mark in card.answer_html for mark in ('class="math', '<pre class="code"', "<table"))


@pytest.fixture(scope="module")
def seed_card(real_report: BuildReport) -> Card:
    """The L1/L2 regularisation card, or (if the notes change) any card with math, code and a table."""
    rich = [c for c in real_report.cards if _has_math_code_and_table(c)]
    assert rich, "no card of the real notes has math, code and a table together"
    return next((c for c in rich if "Lasso" in c.question_text), rich[0])


def test_real_notes_render_with_every_formula_typeset(real_report: BuildReport) -> None:
    page = render_preview(real_report.cards, title="Real")
    assert page.count('<article class="pv-item"') == len(real_report.cards) > 0
    assert "could not be typeset" not in page
    # outside code, no MathJax delimiter is left for a reader to see
    text = re.sub(r"<(pre|code)\b.*?</\1>", "", page, flags=re.S)
    text = re.sub(r"<script>.*?</script>", "", text, flags=re.S)
    assert "\\(" not in html.unescape(re.sub(r"<[^>]+>", "", text))
    assert page.count("<math") >= sum(
        c.answer_html.count('class="math') + c.question_html.count('class="math') for c in real_report.cards
    )


@pytest.mark.anki
def test_faces_match_what_anki_renders(real_report: BuildReport, tmp_path: Path) -> None:
    """The real backend renders the packaged notes; the preview must produce the same HTML for every card."""
    pytest.importorskip("anki")
    from anki_support import fresh_collection, import_apkg

    from ankibuild.apkg import PackagedNote, write_package

    cards = (
        *real_report.cards,
        make_card("{{c1::Paris}} is in {{c2::France::country}}, {{c1::too}}", "<p>extra</p>", note_type="cloze", guid="abcloze1"),
        make_card("{{c1::A}} alone", "", note_type="cloze", guid="abcloze2", context=""),
    )
    write_package(tmp_path / "deck.apkg", [PackagedNote(c, 1_700_000_000) for c in cards], [], 1_700_000_000)
    ours = {(c.guid, f.ordinal): f for c in cards for f in render_faces(c)}
    theirs = {}
    with fresh_collection(tmp_path / "collection") as col:
        import_apkg(col, tmp_path / "deck.apkg")
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            rendered = card.render_output(reload=True)
            theirs[(card.note().guid, card.ord + 1)] = (rendered.question_text, rendered.answer_text)
    assert set(theirs) == set(ours)  # the same cards, cloze numbers included
    assert ("abcloze1", 2) in theirs
    for key, (front, back) in theirs.items():
        assert (ours[key].front_html, ours[key].back_html) == (front, back), key


def _chromium() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe: NUL-separated JSON on fds 3 and 4."""

    TIMEOUT = 60.0  # a guard against a hung browser, not a measurement

    def __init__(self, binary: str, profile: Path, log: Path) -> None:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # above 10 first, so that moving them onto 3 and 4 in the child cannot clobber one another
        high = [os.dup2(fd, 20 + n, inheritable=False) for n, fd in enumerate((to_browser_r, from_browser_w))]
        for fd in (to_browser_r, from_browser_w):
            os.close(fd)

        def wire() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.log = log.open("wb")
        # preexec_fn is safe here: the test process runs no other threads while it forks
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
            pass_fds=(3, 4),
            preexec_fn=wire,
            start_new_session=True,  # its own process group: a hung browser is killed with its helpers
        )
        for fd in high:
            os.close(fd)
        self.writer, self.reader = to_browser_w, from_browser_r
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = True, timeout: float | None = None
    ) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.writer, json.dumps(message).encode() + b"\0")
        reply = self._until(lambda m: m.get("id") == self.next_id, method, timeout)
        if "error" in reply:
            raise AssertionError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def _until(self, wanted: Any, what: str, timeout: float | None = None) -> dict[str, Any]:
        timeout = self.TIMEOUT if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return dict(message)
                if "method" in message:
                    self.events.append(message)
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.reader], [], [], max(left, 0))
            if not ready:
                raise AssertionError(f"Chromium did not answer {what} in {timeout:.0f}s")
            chunk = os.read(self.reader, 1 << 20)
            if not chunk:
                raise AssertionError(f"Chromium closed the pipe while waiting for {what}")
            self.buffer += chunk

    def open_page(self, *, first_answer: float | None = None) -> None:
        """A tab attached on its own session; `first_answer` bounds the wait for the browser's first reply."""
        self.send("Browser.getVersion", session=False, timeout=first_answer)
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Page.setLifecycleEventsEnabled", {"enabled": True})

    def load(self, url: str, width: int, height: int, *, mobile: bool = False) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
        )
        # through about:blank so that a URL differing only in its fragment still loads the page anew
        for address in ("about:blank", url):
            loader = self.send("Page.navigate", {"url": address})["loaderId"]
            self._until(
                lambda m, loader=loader: (
                    m.get("method") == "Page.lifecycleEvent"
                    and m["params"].get("name") == "load"
                    and m["params"].get("loaderId") == loader
                ),
                f"loading {address}",
            )
        # two frames: cards (`content-visibility: auto`) are laid out for real only once they are painted
        self.eval("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")

    def eval(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in reply:
            raise AssertionError(f"{expression!r} threw: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def screenshot(self, path: Path, width: int, *, mobile: bool = False, max_height: int = 5000) -> Path:
        """The page's full height (up to max_height) at `width` CSS pixels."""
        height = min(int(self.eval("document.documentElement.scrollHeight")), max_height)
        self.send(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
        )
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, log errors and fetches of anything but the page's own file."""
        found: list[str] = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"uncaught: {params['exceptionDetails']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    found.append(f"network request: {url}")
        return found

    def close(self, *, politely: bool = True) -> None:
        if politely:
            with contextlib.suppress(AssertionError, OSError):
                self.send("Browser.close", session=False)
        try:
            self.proc.wait(timeout=30 if politely else 0.1)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        for fd in (self.writer, self.reader):
            os.close(fd)
        self.log.close()


def launch(binary: str, folder: Path, *, attempts: int = 3, first_answer: float = 45.0) -> Browser:
    """A started Chromium with a tab open. A browser that does not answer its first message within
    `first_answer` seconds (seen once on a loaded CI machine: no reply at all, no crash) is killed and
    started again with a fresh profile; after `attempts` failures the error carries each log's tail."""
    failures: list[str] = []
    for attempt in range(1, attempts + 1):
        driver = Browser(binary, folder / f"profile-{attempt}", folder / f"chromium-{attempt}.log")
        try:
            driver.open_page(first_answer=first_answer)
        except AssertionError as failure:
            driver.close(politely=False)
            tail = (folder / f"chromium-{attempt}.log").read_text(encoding="utf-8", errors="replace")[-1500:]
            failures.append(f"attempt {attempt}: {failure}\n{tail}")
            continue
        return driver
    raise AssertionError("Chromium could not be started:\n" + "\n".join(failures))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    binary = _chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Chromium is not installed (Debian package `chromium`): the preview cannot be tested")
        pytest.skip("Chromium is not installed (Debian package `chromium`); the browser tests of the preview need it")
    driver = launch(binary, tmp_path_factory.mktemp("chromium"))
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture(scope="module")
def real_page(real_report: BuildReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_preview(real_report, tmp_path_factory.mktemp("preview"), title="ML Interview Prep")


def _keep(shot: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, SHOTS / shot.name)


VISIBLE_DELIMITERS = """(() => {
  const walker = document.createTreeWalker(document.querySelector('.pv-list'), NodeFilter.SHOW_TEXT);
  const left = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('pre, code, math, [hidden]')) continue;
    if (/\\\\[(\\[]/.test(node.data)) left.push(node.data.slice(0, 80));
  }
  return left;
})()"""


def test_page_loads_clean_with_math_laid_out(browser: Browser, real_page: Path, real_report: BuildReport) -> None:
    browser.events.clear()
    browser.load(real_page.as_uri(), 1280, 900)
    assert browser.eval("document.documentElement.dataset.pvReady") == "1"
    assert browser.eval("document.querySelectorAll('.pv-item:not([hidden])').length") == len(real_report.cards)
    assert browser.eval("document.getElementById('pv-shown').textContent") == str(len(real_report.cards))
    maths = browser.eval("[...document.querySelectorAll('math')].map(m => m instanceof MathMLElement)")
    assert maths and all(maths), "formulas are not MathML elements"
    assert browser.eval(VISIBLE_DELIMITERS) == []
    assert browser.problems() == []


def test_search_deck_and_tag_filters(browser: Browser, real_page: Path, real_report: BuildReport, seed_card: Card) -> None:
    browser.load(real_page.as_uri(), 1280, 900)
    total = len(real_report.cards)
    visible = "document.querySelectorAll('.pv-item:not([hidden])')"
    word = "lasso" if "Lasso" in seed_card.question_text else seed_card.question_text.split()[-1].lower()
    shown = browser.eval(
        f"(() => {{ const s = document.getElementById('pv-search'); s.value = {json.dumps(word)};"
        f" s.dispatchEvent(new Event('input')); return [...{visible}].map(i => i.dataset.guid); }})()"
    )
    assert seed_card.guid in shown and 0 < len(shown) < total
    assert browser.eval(f"[...{visible}].every(i => i.textContent.toLowerCase().includes({json.dumps(word)}))")
    assert browser.eval("document.getElementById('pv-shown').textContent") == str(len(shown))
    assert word in browser.eval("location.hash")  # the state is kept in the fragment
    deck_count = sum(c.deck == seed_card.deck for c in real_report.cards)
    assert deck_count == browser.eval(
        f"(() => {{ const s = document.getElementById('pv-search'); s.value = ''; s.dispatchEvent(new Event('input'));"
        f" const d = document.getElementById('pv-deck'); d.value = {json.dumps(seed_card.deck)};"
        f" d.dispatchEvent(new Event('change')); return {visible}.length; }})()"
    )
    parent = seed_card.tags[0].split("::")[0]
    tag_count = sum(any(t == parent or t.startswith(parent + "::") for t in c.tags) for c in real_report.cards)
    assert tag_count == browser.eval(
        f"(() => {{ const d = document.getElementById('pv-deck'); d.value = ''; d.dispatchEvent(new Event('change'));"
        f" const t = document.getElementById('pv-tag'); t.value = {json.dumps(parent)};"
        f" t.dispatchEvent(new Event('change')); return {visible}.length; }})()"
    )
    assert browser.problems() == []


THEME_STATE = """(() => {
  const item = [...document.querySelectorAll('.pv-item')].find(i => !i.hidden);
  const face = item.querySelectorAll('.pv-face')[1];
  const keyword = face.querySelector('pre.code .k, pre.code .kn');
  const th = face.querySelector('th');
  return {
    visible: document.querySelectorAll('.pv-item:not([hidden])').length,
    guid: item.dataset.guid,
    classes: [...document.querySelectorAll('.pv-face')].map(f => f.className),
    card: getComputedStyle(face).backgroundColor,
    text: getComputedStyle(face).color,
    keyword: keyword && getComputedStyle(keyword).color,
    pre: getComputedStyle(face.querySelector('pre.code')).backgroundColor,
    border: th && getComputedStyle(th).borderTopStyle,
    maths: face.querySelectorAll('math').length,
    wide: document.documentElement.scrollWidth,
  };
})()"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_seed_card_in_each_theme(browser: Browser, real_page: Path, seed_card: Card, theme: str, tmp_path: Path) -> None:
    """One card (math, code, table) alone on the page, in one theme, at desktop and phone width."""
    browser.events.clear()
    browser.load(f"{real_page.as_uri()}#card={seed_card.guid}&theme={theme}", 1100, 900)
    state = browser.eval(THEME_STATE)
    assert state["visible"] == 1 and state["guid"] == seed_card.guid
    night = {"nightMode", "night_mode"}
    for classes in state["classes"]:
        assert night <= set(classes.split()) if theme == "dark" else not night & set(classes.split())
    # the note type's CSS decides the colours: Anki's night background, and the dark Pygments style
    expected = {"light": ("rgb(255, 255, 255)", "rgb(31, 35, 40)"), "dark": ("rgb(30, 31, 34)", "rgb(230, 237, 243)")}[theme]
    assert (state["card"], state["text"]) == expected
    assert state["keyword"] is not None and state["keyword"] != state["text"]
    assert state["maths"] > 0 and state["border"] == "solid"
    _keep(browser.screenshot(tmp_path / f"seed-{theme}-desktop.png", 1100))
    browser.load(f"{real_page.as_uri()}#card={seed_card.guid}&theme={theme}", 390, 844, mobile=True)
    phone = browser.eval(THEME_STATE)
    assert phone["wide"] <= 390, "the page scrolls sideways at phone width"
    _keep(browser.screenshot(tmp_path / f"seed-{theme}-phone.png", 390, mobile=True))
    assert browser.problems() == []


def test_theme_switch_recolours_code(browser: Browser, real_page: Path, seed_card: Card) -> None:
    browser.load(f"{real_page.as_uri()}#card={seed_card.guid}&theme=light", 1100, 900)
    light = browser.eval(THEME_STATE)
    browser.eval("document.getElementById('pv-dark').click()")
    dark = browser.eval(THEME_STATE)
    assert "theme=dark" in browser.eval("location.hash") and f"card={seed_card.guid}" in browser.eval("location.hash")
    assert all({"nightMode", "night_mode"} <= set(c.split()) for c in dark["classes"])
    assert light["keyword"] != dark["keyword"] and light["pre"] != dark["pre"] and light["card"] != dark["card"]
