"""Exercises and solutions in HTML containers (the `html-exercise` rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ankibuild.extract.collapsibles import find_html_boxes
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import extract_only, extract_text, golden

FIXTURES = Path(__file__).parent / "fixtures" / "exercises"


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.md")))
def test_fixture(name: str) -> None:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    extraction = extract_only(text, "html-exercise", f"{name}.md")
    assert golden(extraction) == expected
    assert all(d.convention == "html-exercise" for d in extraction.drafts)


def test_containers_nest_and_tags_in_code_do_not_count() -> None:
    text = '<div class="exercise">\n<div class="problem">\nQ?\n</div>\n</div>\n\n```html\n<div class="problem">\n```\n'
    doc = parse_document(SourceFile("n.md", None, text, "0"), [])
    (outer,) = find_html_boxes(doc)
    assert (outer.first, outer.last, outer.attrs) == (0, 5, 'class="exercise"')
    assert [(c.first, c.last, c.body) for c in outer.children] == [(1, 4, "Q?")]


def test_a_wrapped_exercise_is_accounted_for_whole_in_the_full_chain() -> None:
    text = (
        "# Law\n\n## Torts\n\n<div data-type=\"exercise\">\n<div data-type=\"problem\" markdown=\"1\">\n"
        "What must a claimant prove in negligence?\n\n</div>\n<div data-type=\"solution\" markdown=\"1\">\n"
        "Duty, breach, causation and damage.\n\n</div>\n</div>\n"
    )
    extraction, _ = extract_text(text)
    (card,) = extraction.drafts
    assert (card.convention, card.question, card.answer) == (
        "html-exercise",
        "What must a claimant prove in negligence?",
        "Duty, breach, causation and damage.",
    )
    assert card.context == ("Torts",)
    assert extraction.unclassified == 0


def test_a_letter_names_an_option_only_when_there_is_one() -> None:
    text = '<div class="question">\nPick one.\n\n1. yes\n2. no\n</div>\n<div class="answer">\nD\n</div>\n'
    (card,) = extract_only(text, "html-exercise").drafts
    assert card.answer == "D"


def test_a_course_page_end_to_end_through_the_cli(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ankibuild.cli import main
    from tests.helpers import write_tree

    page = (
        "# Week 2\n\n## Logs\n\n**Exercise:** Count the lines of `app.log`.\n\n!!! tip \"Tip\"\n    Use `wc`.\n\n"
        '??? done "Answer"\n    `wc -l app.log`\n\n**Exercise 2.** Rotate the logs weekly.\n\n## Daemons\n\n'
        '<div class="question">\nWhich daemon rotates logs?\n</div>\n<div class="answer">\nlogrotate, run by cron or a timer.\n</div>\n'
    )
    source = write_tree(tmp_path / "p", {"source/week2.md": page}) / "source"
    result = CliRunner().invoke(main, ["cards", str(source), "--json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert listed[0]["context"] == "Logs › Tip: Use `wc`."  # the hint is shown as context, escaped text
    found = [(c["question_text"], c["convention"], c["answer_html"]) for c in listed]
    assert [(q, conv) for q, conv, _ in found] == [("Count the lines of app.log.", "details"), ("Which daemon rotates logs?", "html-exercise")]
    assert "wc -l app.log" in found[0][2] and "Use" not in found[0][2]  # the tip is not the answer
    assert "logrotate" in found[1][2]
    report = json.loads(CliRunner().invoke(main, ["check", str(source), "--format", "json"]).stdout)
    unanswered = [(d["line"], d["question"]) for d in report["diagnostics"] if d["kind"] == "unanswered"]
    assert unanswered == [(13, "Rotate the logs weekly.")]


FLIP_CARDS = """\
# Repaso de geografía

<div class="flip-card intro">
  <div class="flip-card-inner">
    <div class="flip-card-front">¡Bienvenidos!</div>
    <div class="flip-card-back">Pasa el ratón por encima de cada tarjeta.</div>
  </div>
</div>

## Ríos

<div class="flip-card">
  <div class="flip-card-inner">
    <div class="flip-card-front">¿Cuál es el río más largo de España?</div>
    <div class="flip-card-back">El Tajo, con unos 1 007 km.</div>
  </div>
</div>

<div class="flip-card">
  <div class="flip-card-inner">
    <div class="flip-card-front">Welcher Fluss fließt durch Wien?</div>
    <div class="flip-card-back">Die Donau.</div>
  </div>
</div>

<div class="flip-card">
  <div class="flip-card-inner">
    <div class="flip-card-front">¿Dónde nace el Ebro?</div>
    <div class="flip-card-back"><!-- comprobar: ¿Fontibre? --></div>
  </div>
</div>
"""


def test_flip_card_faces_are_a_question_and_its_answer() -> None:
    extraction, _ = extract_text(FLIP_CARDS)
    assert [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts] == [
        (14, "html-exercise", "¿Cuál es el río más largo de España?", "El Tajo, con unos 1 007 km."),
        (21, "html-exercise", "Welcher Fluss fließt durch Wien?", "Die Donau."),
    ]
    assert [(d.loc.line, d.message) for d in extraction.diagnostics if d.kind == "unanswered"] == [
        (28, "¿Dónde nace el Ebro?")
    ]
    # The cover card that asks nothing is the page's dress, and the wrappers go with their faces.
    assert extraction.unclassified == 0


def test_vocabulary_flip_cards_that_never_ask_are_all_cards() -> None:
    text = "".join(
        f'<div class="card">\n  <div class="front">{q}</div>\n  <div class="back">{a}</div>\n</div>\n\n'
        for q, a in (("der Apfel", "the apple"), ("la pomme", "the apple"))
    )
    assert [(d.question, d.answer) for d in extract_only(text, "html-exercise").drafts] == [
        ("der Apfel", "the apple"),
        ("la pomme", "the apple"),
    ]


def test_a_front_without_a_back_is_no_question() -> None:
    text = '<div class="front-cover">\n\nWhat is inside this book?\n\n</div>\n\n<div class="back-to-top">Top</div>\n'
    extraction = extract_only(text, "html-exercise")
    assert extraction.drafts == ()
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]
