"""Back-to-top lines never are, nor end, an answer (any rule, any language)."""

from __future__ import annotations

from ankibuild.extract.answers import without_navigation
from tests.helpers import extract_text


def test_back_to_top_lines_leave_the_end_of_an_answer() -> None:
    assert without_navigation("A tort is a civil wrong.\n\n**[⬆ Back to Top](#contents)**") == "A tort is a civil wrong."
    html = 'Osmosis moves water.\n\n<p align="right">\n<a href="#top">voltar ao topo ⬆️</a>\n</p>\n'
    assert without_navigation(html) == "Osmosis moves water."
    assert without_navigation("Ja.\n\n[⬆ zurück nach oben](#top)") == "Ja."
    assert without_navigation("Oui.\n\n<div align=\"right\"><a href=\"#top\">retour en haut</a></div>") == "Oui."


def test_other_endings_are_kept() -> None:
    for answer in ("See [the top of the tree](#top-down) for details.", "<div>\nA box.\n</div>", "One.\n\n[Source](https://example.org)"):
        assert without_navigation(answer) == answer


def test_an_answer_made_only_of_a_back_to_top_line_is_unanswered() -> None:
    text = (
        "# Pharmacology\n\n"
        "## Which drug reverses opioid overdose?\n\n"
        "Naloxone, a competitive antagonist.\n\n"
        "[⬆ back to top](#pharmacology)\n\n"
        "## Which antidote treats paracetamol poisoning?\n\n"
        '<p align="right"><a href="#top">back to top ⬆️</a></p>\n'
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Which drug reverses opioid overdose?", "Naloxone, a competitive antagonist.")
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [
        (9, "Which antidote treats paracetamol poisoning?")
    ]


def test_an_answer_that_only_points_at_a_link_is_unanswered() -> None:
    text = (
        "# Mill FAQ\n\n"
        "## How do I build the manual?\n\n"
        "See [BUILDING.md](BUILDING.md#manual).\n\n"
        "## Is there a schema?\n\n"
        "Yes: [schema.json](https://example.org/schema.json)\n\n"
        "## Where is the changelog?\n\n"
        "Voir [le journal](CHANGES.md) et [les notes](NOTES.md).\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Is there a schema?"]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [
        (3, "How do I build the manual? (only links)"),
        (11, "Where is the changelog? (only links)"),
    ]


def test_a_multiple_choice_stem_with_only_its_options_is_unanswered() -> None:
    text = (
        "# Law review\n\n"
        "**Which court hears appeals from the county court?**  \n"
        "A) The magistrates' court<br>\n"
        "B) The High Court<br>\n"
        "C) The Court of Appeal<br>\n"
        "D) The Supreme Court\n\n"
        "**Which writ orders a person to be brought before a court?**  \n"
        "A) Mandamus  \n"
        "B) Habeas corpus  \n"
        "C) Certiorari\n\n"
        "**Answer: B**\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Which writ orders a person to be brought before a court?"]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [
        (3, "Which court hears appeals from the county court? (only options)")
    ]


def test_an_empty_question_heading_does_not_take_the_footer_after_a_rule() -> None:
    text = (
        "# Sailing FAQ\n\n"
        "## What is a bowline for?\n\n"
        "A fixed loop at the end of a line.\n\n"
        "---\n\n"
        "More about knots below.\n\n"
        "## Why does the boom swing in a gybe?\n\n"
        "---\n\n"
        "Questions? [Write to the club](https://example.org/club)\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("What is a bowline for?", "A fixed loop at the end of a line.\n\n---\n\nMore about knots below.")
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [(11, "Why does the boom swing in a gybe?")]


def test_an_up_arrow_link_into_the_page_is_navigation_in_any_language() -> None:
    assert without_navigation("Ndiyo.\n\n[⬆ Juu](#jaribio-la-hisabati)") == "Ndiyo."
    assert without_navigation("Так.\n\n**[↑ Угору](#zmist)**") == "Так."
    # a link out of the page, or one without an upward arrow, is no way back to the top
    for answer in ("See below.\n\n[⬆ Juu](https://example.org/juu)", "Ndiyo.\n\n[Juu](#jaribio)"):
        assert without_navigation(answer) == answer
