"""The tldr-page rule: a one-item bullet ending in a colon, the command as a code span on the line after
the blank line under it."""

from __future__ import annotations

from tests.helpers import extract_text

PAGES = """\
# Meine Befehlsseiten

# git

> Verteiltes Versionskontrollsystem.
> Mehr Informationen: <https://git-scm.com>.

- Den letzten Commit rückgängig machen, Änderungen behalten:

`git reset --soft HEAD~1`

- Mostrar el historial en una línea por commit:

`git log --oneline`

# docker

> Contenedores.

- Alle laufenden Container anzeigen:

`docker ps`

- Einen Container interaktiv starten:

`# TODO nachschlagen`

- Ungenutzte Images löschen:

---

Noch zu lernen: `podman`.
"""


def test_task_bullets_are_answered_by_the_command_under_them() -> None:
    extraction, diagnostics = extract_text(PAGES)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    assert cards == [
        (8, "tldr-page", "Den letzten Commit rückgängig machen, Änderungen behalten", "`git reset --soft HEAD~1`", ("git",)),
        (12, "tldr-page", "Mostrar el historial en una línea por commit", "`git log --oneline`", ("git",)),
        (20, "tldr-page", "Alle laufenden Container anzeigen", "`docker ps`", ("docker",)),
    ]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == [
        "Einen Container interaktiv starten",
        "Ungenutzte Images löschen",
    ]


def test_command_pages_are_no_topics() -> None:
    extraction, _ = extract_text(PAGES)
    assert all(d.question not in ("git", "docker") for d in extraction.drafts)


def test_a_bullet_over_a_code_block_in_a_guide_is_left_alone() -> None:
    text = (
        "# Guide\n\n- You can also pass a callback:\n\n```js\nrun(() => done());\n```\n\n"
        "- Or use a promise:\n\n```js\nawait run();\n```\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "tldr-page"]
