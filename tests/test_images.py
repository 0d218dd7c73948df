"""Images: packaged under content-hash names, resolved relative to the note, never read from outside."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from ankibuild.cli import main
from tests.helpers import write_tree

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")  # a PNG header is enough here


def run(project: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [args[0], str(project / "source"), *args[1:]])


def test_local_images_are_packaged_under_hash_names(tmp_path: Path) -> None:
    project = write_tree(
        tmp_path / "p",
        {
            "source/a/notes.md": "## What does the plot show?\n\n![plot](img/diagram.png)\n",
            "source/b/notes.md": "## What does the other plot show?\n\n![plot](img/diagram.png)\n",
            "source/a/img/diagram.png": PNG + b"a",
            "source/b/img/diagram.png": PNG + b"b",
        },
    )
    result = run(project, "build", "-o", str(project / "out"))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(project / "out" / "source.apkg") as archive:
        names = sorted(json.loads(archive.read("media")).values())
        assert len(names) == 2 and all(n.startswith("ab-") and n.endswith(".png") for n in names)
        contents = {archive.read(k) for k in json.loads(archive.read("media"))}
        assert contents == {PNG + b"a", PNG + b"b"}
    cards = json.loads(run(project, "cards", "--json").stdout)
    srcs = {c["answer_html"].split('src="')[1].split('"')[0] for c in cards}
    assert srcs == set(names)


def test_escaping_images_are_errors_and_nothing_is_written(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(PNG)
    project = write_tree(
        tmp_path / "p",
        {
            "source/notes.md": (
                "## What is missing?\n\n![x](nope.png)\n\n"
                "## What escapes?\n\n![x](../../secret.png)\n\n"
                f"## What is absolute?\n\n![x]({outside})\n\n"
                "## What links out?\n\n![x](link.png)\n\n"
                "## What is remote?\n\n![x](https://example.org/x.png)\n"
            ),
        },
    )
    (project / "source" / "link.png").symlink_to(outside)
    result = run(project, "build", "-o", str(project / "out"))
    assert result.exit_code == 1
    err = result.output
    assert "notes.md:3: warning: missing-image: image not found: nope.png (the card shows a placeholder)" in err
    assert "notes.md:7: error: image: image '../../secret.png' is outside the source folder: refused" in err
    assert "notes.md:11: error: image: absolute image path" in err
    assert "notes.md:15: error: image: image 'link.png' is outside the source folder: refused" in err
    assert "notes.md:19: warning: remote-image: https://example.org/x.png is remote" in err
    assert not (project / "out").exists()


def test_changing_an_image_rebuilds_even_when_the_notes_did_not_change(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/n.md": "## What is shown?\n\n![p](p.png)\n", "source/p.png": PNG + b"1"})
    assert run(project, "build", "-o", str(project / "out")).exit_code == 0
    (project / "source" / "p.png").write_bytes(PNG + b"22")
    assert run(project, "build", "-o", str(project / "out")).exit_code == 0
    with zipfile.ZipFile(project / "out" / "source.apkg") as archive:
        assert {archive.read(k) for k in json.loads(archive.read("media"))} == {PNG + b"22"}
    (project / "source" / "p.png").unlink()
    result = run(project, "build", "-o", str(project / "out"))
    assert result.exit_code == 0 and "n.md:3: warning: missing-image: image not found: p.png" in result.output
    cards = json.loads(run(project, "cards", "--json").stdout)
    assert cards[0]["answer_html"] == '<p><span class="image-missing">[image missing: p.png] p</span></p>'
