"""Numbered items whose answers are lines under them set off by a bullet glyph (`▪`, `•`) that is no
Markdown list marker: an instruction without `?` is asked the same way as a question, a list restarting
at a later number counts, and a `TODO …` note under it is a placeholder, not an answer."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_instruction_items_with_glyph_answer_lines() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Geography quiz\n\n## Rivers\n\n"
        "1. What is the longest river in Europe?\n   • the Volga\n"
        "2. Name two rivers that flow through Germany.\n   • the Rhine\n   • the Elbe\n"
        "3. Which river flows through Vienna?\n   • *TODO check the atlas*\n\n"
        "<!-- 4-6 later -->\n\n"
        "## Mountains\n\n"
        "7. Name the highest mountain in the Alps.\n   ▪ Mont Blanc\n"
        "8. How high is it?\n   ▪ about 4,800 m\n"
    )
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (5, "What is the longest river in Europe?", "• the Volga"),
        (7, "Name two rivers that flow through Germany.", "• the Rhine\n• the Elbe"),
        (17, "Name the highest mountain in the Alps.", "▪ Mont Blanc"),
        (19, "How high is it?", "▪ about 4,800 m"),
    ]
    assert [(line, message) for line, message in unanswered] == [(10, "Which river flows through Vienna? (placeholder)")]


def test_a_statement_item_over_glyph_lines_is_no_question() -> None:
    cards, _ = cards_and_unanswered(
        "# Packing list\n\n1. The tent goes in the big bag.\n   • poles\n   • pegs\n2. Food goes in the cool box.\n   • bread\n"
    )
    assert not cards


def test_capital_todo_with_lower_case_words_is_a_placeholder_but_spanish_todo_is_not() -> None:
    from ankibuild.extract.answers import empty_reason

    assert empty_reason("▪ *TODO look up the date*") == "placeholder"
    assert empty_reason("FIXME ask the tutor") == "placeholder"
    assert empty_reason("Todo el mundo lo sabe.") is None
    assert empty_reason("TODO lists keep tasks in one place.") is None
