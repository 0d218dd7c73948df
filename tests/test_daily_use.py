"""Daily use, round 2: what a person meets when building their own notes (and other people's)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankibuild.cli import main
from tests.helpers import ROOT, SOURCE, write_tree


def invoke(*args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    if cwd is None:
        return CliRunner().invoke(main, list(args))
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(previous)


@pytest.fixture(scope="module")
def seed_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of the project's notes: the seeds, the configuration and the committed lockfile, no
    `output/` and no cache."""
    clone = tmp_path_factory.mktemp("clone")
    shutil.copytree(SOURCE, clone / "source")
    shutil.copy(ROOT / "pyproject.toml", clone / "pyproject.toml")
    shutil.copy(ROOT / "ankibuild.lock", clone / "ankibuild.lock")
    return clone


# --- 2 and 3: the build's output on the seeds, first build of a fresh clone ------------------------------


def test_first_build_of_a_fresh_clone_says_import_it_and_fits_a_screen(seed_clone: Path) -> None:
    first = invoke("build", cwd=seed_clone)
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert len(lines) <= 40, first.output
    # the package did not exist: it was written, and the user is told to import it
    assert "wrote output/ml-interview-prep.apkg: import it" in first.output
    assert "nothing new" not in first.output
    # no unanswered question is listed one by one, but they are counted
    assert not [line for line in lines if ": unanswered: " in line]
    assert "86 unanswered" in first.output
    # every warning is still shown, with its place
    warnings = [line for line in lines if ": warning: " in line]
    assert len(warnings) == 15
    # the deck table lists only decks that have cards; the others are collapsed into one line
    table = lines[lines.index(next(line for line in lines if line.startswith("Deck "))) + 1 :]
    rows = table[: next(n for n, line in enumerate(table) if "documents without cards" in line)]
    assert len(rows) == 9 and all(int(row.split()[-4]) > 0 for row in rows)
    collapsed = [line for line in lines if "documents without cards" in line]
    assert len(collapsed) == 1 and collapsed[0].startswith("5 documents without cards") and "chapter6" in collapsed[0]
    assert any(line.startswith("since the last build: ") for line in lines)

    again = invoke("build", cwd=seed_clone)
    assert again.exit_code == 0
    assert "is up to date: nothing new since the last build" in again.output and "wrote " not in again.output
    # the package removed: written again, import it (there is nothing in the lockfile to change)
    (seed_clone / "output" / "ml-interview-prep.apkg").unlink()
    third = invoke("build", cwd=seed_clone)
    assert "wrote output/ml-interview-prep.apkg: import it" in third.output


def test_verbose_build_and_check_list_every_block(seed_clone: Path) -> None:
    for args in (("build", "-v"), ("check",)):
        result = invoke(*args, cwd=seed_clone)
        assert result.exit_code == 0
        kinds = [line.split(": ")[1] for line in result.output.splitlines() if line.split(": ")[1:2] in (["unanswered"], ["skipped"], ["unclassified"])]
        assert kinds.count("unanswered") == 86 and kinds.count("skipped") == 73 and kinds.count("unclassified") == 21, args


def test_build_without_cards_anywhere_prints_no_empty_table(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "# Links\n\n- [one](https://example.org)\n"})
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 0
    assert "Deck " not in result.output and "1 documents without cards" in result.output


# --- 4: check --format json adds up ------------------------------------------------------------------


def test_check_json_file_counts_add_up_to_the_total(seed_clone: Path, tmp_path: Path) -> None:
    seeds = json.loads(invoke("check", str(seed_clone / "source"), "--format", "json").stdout)
    assert sum(f["cards"] for f in seeds["files"]) == seeds["cards"] == 390
    for file in seeds["files"]:
        assert sum(file["by_convention"].values()) == file["cards"]
    # a file that repeats a question: its second copy is dropped, and not counted
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is A?\nThe first.\n\n## What is A?\nThe second.\n\n## What is B?\nB.\n"})
    report = json.loads(invoke("check", str(project / "source"), "--format", "json").stdout)
    assert report["cards"] == 2 and [f["cards"] for f in report["files"]] == [2]
    assert report["files"][0]["by_convention"] == {"heading": 2}


# --- 9: the preview page is readable like the package ---------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_preview_page_gets_the_mode_of_the_package(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "## What is A?\nA.\n"})
    previous = os.umask(0o022)
    try:
        assert invoke("build", str(project / "source"), "-o", str(project / "out")).exit_code == 0
        assert invoke("preview", str(project / "source"), "-o", str(project / "out")).exit_code == 0
    finally:
        os.umask(previous)
    package = stat.S_IMODE((project / "out" / "source.apkg").stat().st_mode)
    page = stat.S_IMODE((project / "out" / "preview" / "index.html").stat().st_mode)
    assert package == page == 0o644
    assert [p.name for p in (project / "out" / "preview").iterdir()] == ["index.html"]


# --- 1 and 7: missing pictures, raw HTML images -------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def copied_readme(tmp_path: Path) -> Path:
    """A README copied without its `images/` folder, and one picture that did come along."""
    return write_tree(
        tmp_path / "p",
        {
            "source/readme.md": (
                "## What does a box plot show?\n\n"  # 1
                "The quartiles.\n\n"  # 3
                "![Box plot of salaries](images/boxplot.png)\n\n"  # 5
                "## What does a histogram show?\n\n"  # 7
                "![](images/hist.png) and <img src=\"images/hist2.png\" alt=\"Second histogram\">\n\n"  # 9
                "## What is a scatter plot?\n\n"  # 11
                "Points: <img src=\"images/scatter.png\" width=\"120\" alt=\"x\">\n\n"  # 13
                "<p>\n<img src='images/scatter.png'>\n</p>\n"  # 15-17
            ),
            "source/images/scatter.png": PNG + b"scatter",
        },
    )


def test_missing_images_warn_and_show_a_placeholder(tmp_path: Path) -> None:
    project = copied_readme(tmp_path)
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 0, result.output
    assert (project / "out" / "source.apkg").is_file()
    warnings = sorted(line for line in result.output.splitlines() if ": warning: missing-image" in line)
    assert warnings == [
        "readme.md:5: warning: missing-image: image not found: images/boxplot.png (the card shows a placeholder)",
        "readme.md:9: warning: missing-image: image not found: images/hist.png (the card shows a placeholder)",
        "readme.md:9: warning: missing-image: image not found: images/hist2.png (the card shows a placeholder)",
    ]
    cards = {c["question_text"]: c["answer_html"] for c in json.loads(invoke("cards", str(project / "source"), "--json").stdout)}
    assert cards["What does a box plot show?"] == (
        '<p>The quartiles.</p>\n<p><span class="image-missing">[image missing: images/boxplot.png] Box plot of salaries</span></p>'
    )
    assert cards["What does a histogram show?"] == (
        '<p><span class="image-missing">[image missing: images/hist.png]</span> and '
        '<span class="image-missing">[image missing: images/hist2.png] Second histogram</span></p>'
    )
    strict = invoke("build", str(project / "source"), "-o", str(project / "strict"), "--strict")
    assert strict.exit_code == 1 and "readme.md:5: error: missing-image" in strict.output
    assert not (project / "strict").exists()


@pytest.mark.anki
def test_raw_html_images_are_packaged_like_markdown_images(tmp_path: Path) -> None:
    pytest.importorskip("anki")
    from tests.anki_support import fresh_collection, import_apkg, notes_by_guid

    project = copied_readme(tmp_path)
    assert invoke("build", str(project / "source"), "-o", str(project / "out")).exit_code == 0
    cards = {c["question_text"]: c["answer_html"] for c in json.loads(invoke("cards", str(project / "source"), "--json").stdout)}
    scatter = cards["What is a scatter plot?"]
    names = re.findall(r'<img src="(ab-[0-9a-f]{20}\.png)"', scatter)
    assert len(names) == 2 and names[0] == names[1]  # both raw tags, one file, its hash name
    assert 'width="120"' in scatter and 'alt="x"' in scatter and "images/" not in scatter
    with fresh_collection(tmp_path / "col") as col:
        import_apkg(col, project / "out" / "source.apkg")
        stored = {n.fields["Question"]: n.fields["Answer"] for n in notes_by_guid(col).values()}
        assert stored["What is a scatter plot?"] == scatter
        media = Path(col.media.dir())
        assert (media / names[0]).read_bytes() == PNG + b"scatter"
        assert sorted(p.name for p in media.iterdir()) == [names[0]]


def test_raw_html_images_get_the_same_checks(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(PNG)
    project = write_tree(
        tmp_path / "p",
        {
            "source/n.md": (
                "## What escapes?\n\n<img src=\"../../secret.png\">\n\n"
                f"## What is absolute?\n\n<div><img src=\"{outside}\"></div>\n\n"
                "## What is no image?\n\nSee <img src=\"notes.txt\">.\n"
            ),
            "source/notes.txt": "text",
        },
    )
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 1
    assert "n.md:3: error: image: image '../../secret.png' is outside the source folder: refused" in result.output
    assert "n.md:7: error: image: absolute image path" in result.output
    assert "n.md:11: error: image: 'notes.txt' is not an image file" in result.output
    assert not (project / "out").exists()


# --- 8: GitHub emoji shortcodes ----------------------------------------------------------------------


def test_github_shortcodes_become_emoji_in_deck_names_questions_and_answers(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "source/guide.md": (
                "# :orange_book: A Guide :robot:\n\n"
                "## Coding :computer:\n\n"
                "### What does :+1: mean at 10:30:00?\n\n"
                "Approval :thumbsup:, not :no_such_emoji_here:. Code keeps it: `:smile:`.\n"
            ),
            "source/other.md": "---\ndeck: \":star: Starred\"\n---\n\n## What is :sparkles:?\n\nShiny.\n",
            # colons that belong to a cloze deletion or a path are no shortcode, even around a known name
            "source/cloze.md": "A {{c1::fire::hint}} burns :fire: in `a::fire::b` and a::fire::b.\n",
        },
    )
    cards = json.loads(invoke("cards", str(project / "source"), "--json").stdout)
    by_source = {c["source"]: c for c in cards}
    guide = by_source["guide.md"]
    assert guide["deck"] == "Source::\U0001f4d9 A Guide \U0001f916"
    assert guide["question_text"] == "What does \U0001f44d mean at 10:30:00?"
    assert guide["question_html"] == "What does \U0001f44d mean at 10:30:00?"
    assert guide["answer_html"] == "<p>Approval \U0001f44d, not :no_such_emoji_here:. Code keeps it: <code>:smile:</code>.</p>"
    assert "Coding \U0001f4bb" in guide["context"]
    assert by_source["other.md"]["deck"] == "Source::\u2b50 Starred"
    assert by_source["other.md"]["question_text"] == "What is \u2728?"
    assert by_source["cloze.md"]["question_html"] == "A {{c1::fire::hint}} burns \U0001f525 in <code>a::fire::b</code> and a::fire::b."


# --- 10: questions without an answer yet, as cards ----------------------------------------------------

UNANSWERED_NOTES = (
    "# Kernels\n\n"
    "## What is a kernel?\n\n"  # 3: no answer yet
    "## What is the kernel trick?\n\n"  # 5: listed here without an answer ...
    "## What is a support vector?\n\nA training point on the margin.\n\n"  # 7
    "## Answers\n\n"
    "### What is the kernel trick?\n\nAn inner product in a feature space, computed without going there.\n"  # 13: ... answered here
)


def build_at(project: Path, epoch: int):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "out")], env={"SOURCE_DATE_EPOCH": str(epoch)})


@pytest.mark.anki
def test_unanswered_questions_become_cards_that_get_their_answer_later(tmp_path: Path) -> None:
    pytest.importorskip("anki")
    from tests.anki_support import fresh_collection, import_apkg, notes_by_guid

    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'unanswered = "card"\n', "source/kernels.md": UNANSWERED_NOTES})
    first = build_at(project, 1_700_000_000)
    assert first.exit_code == 0, first.output
    assert "3 cards in 1 decks; 1 unanswered" in first.output  # the one answered further down is not reported
    package = project / "out" / "source.apkg"
    with fresh_collection(tmp_path / "col") as col:
        assert import_apkg(col, package).new == 3
        notes = {n.fields["Question"]: n for n in notes_by_guid(col).values()}
        assert set(notes) == {"What is a kernel?", "What is the kernel trick?", "What is a support vector?"}
        drill = notes["What is a kernel?"]
        assert drill.notetype == "ankibuild Basic"
        assert drill.tags == ("ankibuild::unanswered",)
        assert "no answer to this question yet" in drill.fields["Answer"] and "kernels.md:3" in drill.fields["Answer"]
        assert "kernels.md" in drill.fields["Source"]
        assert "ankibuild::unanswered" not in notes["What is the kernel trick?"].tags  # answered further down
        assert "feature space" in notes["What is the kernel trick?"].fields["Answer"]

        # the user writes the answer: the same note (same GUID) gets it, and loses the tag
        (project / "source" / "kernels.md").write_text(
            UNANSWERED_NOTES.replace("## What is a kernel?\n\n", "## What is a kernel?\n\nA similarity function.\n\n")
        )
        second = build_at(project, 1_700_000_100)
        assert second.exit_code == 0, second.output
        assert "3 cards in 1 decks; 0 unanswered" in second.output and "1 updated" in second.output
        summary = import_apkg(col, package)
        assert (summary.new, summary.updated) == (0, 1)
        after = {n.fields["Question"]: n for n in notes_by_guid(col).values()}
        assert len(after) == 3
        answered = after["What is a kernel?"]
        assert answered.guid == drill.guid and answered.note_id == drill.note_id
        assert answered.fields["Answer"] == "<p>A similarity function.</p>"
        assert "ankibuild::unanswered" not in answered.tags


def test_unanswered_questions_are_only_reported_by_default(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/kernels.md": UNANSWERED_NOTES})
    cards = json.loads(invoke("cards", str(project / "source"), "--json").stdout)
    assert sorted(c["question_text"] for c in cards) == ["What is a support vector?", "What is the kernel trick?"]
    bad = write_tree(tmp_path / "q", {"ankibuild.toml": 'unanswered = "yes"\n', "source/kernels.md": UNANSWERED_NOTES})
    result = invoke("build", str(bad / "source"))
    assert result.exit_code == 1 and "unanswered must be one of 'report', 'card'" in result.output


def test_unanswered_question_falls_back_to_the_message_without_its_reason() -> None:
    from ankibuild.process import unanswered_question
    from ankibuild.records import Diagnostic, Loc

    diag = Diagnostic(Loc("a.md", 3), "info", "unanswered", "Why (really) is f(x) convex? (only links)")
    assert unanswered_question(diag) == "Why (really) is f(x) convex?"


# --- 5: notes written one thought per line ------------------------------------------------------------

LINE_BY_LINE = [
    # label lines around short statements (seed 000's style, written anew)
    "Hashing\nWhat: Map each category to one of k buckets.\nPros:\nFixed size.\nCons:\nCollisions.",
    # short lines, each one thing
    "L1 → sparse weights\nL2 → small weights",
    "Accuracy\nPrecision\nRecall",
    # a statement and its formula below it
    "**Recall**: how many positives are found.\n`TP / (TP + FN)`",
]
WRAPPED = [
    # prose wrapped at a width: lines stop in mid-sentence
    "A kernel computes an inner product in a feature space without ever computing the\ncoordinates in that space, which keeps the cost of a support vector machine low.",
    # long sentences one per line ("semantic line breaks"): meant to be joined
    "Gradient descent moves the weights against the gradient of the loss function.\nThe learning rate scales every step that it takes towards a minimum of the loss.",
    # a short line that runs on into the next
    "Short line\nthat continues.",
]


@pytest.mark.parametrize("text", LINE_BY_LINE)
def test_paragraphs_written_line_by_line_are_recognised(text: str) -> None:
    from ankibuild.render import written_line_by_line

    assert written_line_by_line(text)


@pytest.mark.parametrize("text", WRAPPED)
def test_wrapped_prose_is_not_taken_for_lines(text: str) -> None:
    from ankibuild.render import written_line_by_line

    assert not written_line_by_line(text)


def answers(project: Path) -> dict[str, str]:
    cards = json.loads(invoke("cards", str(project / "source"), "--json").stdout)
    return {c["question_text"]: c["answer_html"] for c in cards}


def test_line_breaks_setting_and_front_matter(tmp_path: Path) -> None:
    notes = (
        "## How would you encode a category with many values?\n\n"
        "Hashing\nWhat: Map each category to one of k buckets.\nPros:\nFixed size.\n\n"
        "## What does a kernel do?\n\n" + WRAPPED[0] + "\n"
    )
    lines = "<p>Hashing<br>\nWhat: Map each category to one of k buckets.<br>\nPros:<br>\nFixed size.</p>"
    joined = "<p>Hashing\nWhat: Map each category to one of k buckets.\nPros:\nFixed size.</p>"
    wrapped_joined = "<p>" + WRAPPED[0] + "</p>"
    wrapped_lines = "<p>" + WRAPPED[0].replace("\n", "<br>\n") + "</p>"
    project = write_tree(tmp_path / "p", {"source/a.md": notes})
    got = answers(project)  # default: auto
    assert got["How would you encode a category with many values?"] == lines
    assert got["What does a kernel do?"] == wrapped_joined
    for mode, expected in (("never", (joined, wrapped_joined)), ("always", (lines, wrapped_lines)), ("auto", (lines, wrapped_joined))):
        (project / "ankibuild.toml").write_text(f'line_breaks = "{mode}"\n')
        got = answers(project)
        assert (got["How would you encode a category with many values?"], got["What does a kernel do?"]) == expected, mode
    # front matter decides for its file
    (project / "source" / "a.md").write_text("---\nline_breaks: never\n---\n\n" + notes)
    assert answers(project)["How would you encode a category with many values?"] == joined
    (project / "source" / "a.md").write_text("---\nline_breaks: sometimes\n---\n\n" + notes)
    result = invoke("check", str(project / "source"))
    assert "a.md:1: warning: front-matter: front matter 'line_breaks' must be one of 'auto', 'always', 'never'; ignored" in result.output
    (project / "ankibuild.toml").write_text('line_breaks = "maybe"\n')
    assert "line_breaks must be one of" in invoke("check", str(project / "source")).output


def test_line_breaks_on_the_seeds_change_only_cards_written_line_by_line(seed_clone: Path, tmp_path: Path) -> None:
    """Which seed cards `auto` changes, compared with CommonMark's joining (`never`): each was read and is
    written line by line (label lines, a formula under its statement, short `A → B` lines)."""
    by_mode = {}
    for mode in ("never", "auto"):
        clone = tmp_path / mode
        shutil.copytree(seed_clone / "source", clone / "source")
        (clone / "ankibuild.toml").write_text(f'root_deck = "ML Interview Prep"\nline_breaks = "{mode}"\n')
        by_mode[mode] = {c["guid"]: c for c in json.loads(invoke("cards", str(clone / "source"), "--json").stdout)}
    never, auto = by_mode["never"], by_mode["auto"]
    assert never.keys() == auto.keys()  # the same notes: identity never depends on the answer
    changed = sorted((c["source"], c["part"] or "", c["line"]) for g, c in never.items() if c["answer_html"] != auto[g]["answer_html"])
    qna = "MLE_Interview_QnA/"
    assert changed == [
        ("amazon-breadth-and-depth.md", "", 148),
        ("amazon-breadth-and-depth.md", "", 158),
        ("ds-ai-ml-interview-handbook.md", "", 1214),
        ("ds-ai-ml-interview-handbook.md", "", 1705),
        ("ds-ai-ml-interview-handbook.md", "", 1771),
        ("ds-ai-ml-interview-handbook.md", "", 1822),
        ("ds-ai-ml-interview-handbook.md", "", 1842),
        ("ds-ai-ml-interview-handbook.md", "", 1855),
        ("ds-ai-ml-interview-handbook.md", "", 1873),
        ("mle-interview-questions-repo.md", qna + "DataScienceQnA.md", 335),
        ("mle-interview-questions-repo.md", qna + "DataScienceQnA.md", 352),
        ("mle-interview-questions-repo.md", qna + "DataScienceQnA.md", 765),
        ("mle-interview-questions-repo.md", qna + "PythonQnA.md", 450),
    ]
    for guid in never:
        # only line breaks were added: removing them gives the joined card back
        assert auto[guid]["answer_html"].replace("<br>\n", "\n") == never[guid]["answer_html"]
    encoding = next(g for g, c in auto.items() if c["line"] == 158 and c["source"].startswith("amazon"))
    answer = auto[encoding]["answer_html"]
    assert "Pros:<br>\nPreserves information about the target.<br>\n" in answer and "Cons:<br>\n" in answer


def test_watch_prints_one_line_per_rebuild(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ankibuild.build import run_build
    from ankibuild.cli import _watch_round
    from ankibuild.config import load_config

    project = write_tree(tmp_path / "p", {"source/a.md": "## What is A?\nA.\n\n## What is B?\n\n## What is C?\n"})
    config = load_config(project / "source", project / "out")
    _watch_round(run_build, config)
    _watch_round(run_build, config)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2, lines  # the two unanswered questions are counted by check, not listed here
    assert lines[0].endswith(f"1 cards, 0 errors, 0 warnings, 1 added; wrote {project / 'out' / 'source.apkg'}")
    assert lines[1].endswith(f"1 cards, 0 errors, 0 warnings; {project / 'out' / 'source.apkg'} unchanged")


def test_a_missing_image_that_arrives_later_is_packaged(tmp_path: Path) -> None:
    project = copied_readme(tmp_path)
    assert invoke("build", str(project / "source"), "-o", str(project / "out")).exit_code == 0
    (project / "source" / "images" / "boxplot.png").write_bytes(PNG + b"box")
    result = invoke("build", str(project / "source"), "-o", str(project / "out"))
    assert result.exit_code == 0 and "images/boxplot.png" not in result.output  # the cached result was re-checked
    answer = answers(project)["What does a box plot show?"]
    assert re.fullmatch(r'<p>The quartiles\.</p>\n<p><img src="ab-[0-9a-f]{20}\.png" alt="Box plot of salaries"></p>', answer)


def test_unanswered_cards_are_one_per_question_without_duplicate_warnings(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {"ankibuild.toml": 'unanswered = "card"\n', "source/a.md": "## What is X?\n\n## Part two\n\n### What is X?\n\n## What is Y?\nY.\n"},
    )
    result = invoke("check", str(project / "source"))
    assert "duplicate" not in result.output and result.output.count(": unanswered: What is X?") == 2
    cards = json.loads(invoke("cards", str(project / "source"), "--json").stdout)
    assert sorted((c["question_text"], c["convention"]) for c in cards) == [("What is X?", "unanswered"), ("What is Y?", "heading")]
