"""Bare question lines followed by answer lines."""

from __future__ import annotations

from tests.helpers import extract_text


def test_questions_in_one_paragraph_split_into_cards() -> None:
    text = (
        "### How do you read a log-odds?\n"
        "As a log of the odds.\n"
        "How does dropout work?\n"
        "Randomly zeroes neurons.\n"
        "Makes features robust.\n"
        "What is the difference between bagging and boosting?\n"
        "Explain in detail how a 1D CNN works.\n"
        "https://example.org/cnn\n"
        "Describe a case where ML solved a business problem.\n"
    )
    extraction, diagnostics = extract_text(text)
    cards = [(d.question, d.answer, d.loc.line, d.convention) for d in extraction.drafts]
    assert cards == [
        ("How do you read a log-odds?", "As a log of the odds.", 1, "heading"),
        ("How does dropout work?", "Randomly zeroes neurons.\nMakes features robust.", 3, "bare-line"),
    ]
    unanswered = sorted((d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered")
    assert unanswered == [
        (6, "What is the difference between bagging and boosting?"),
        (7, "Explain in detail how a 1D CNN works. (only links)"),
        (9, "Describe a case where ML solved a business problem."),
    ]
    assert extraction.unclassified == 0


def test_question_ending_its_paragraph_takes_following_blocks() -> None:
    text = (
        "How would you encode a high-cardinality feature?\n"
        "Several options:\n"
        "1. Target encoding\n"
        "When to use what?\n"
        "Trees: frequency.\n"
        "\n"
        "# Next\n"
    )
    extraction, _ = extract_text(text)
    (draft,) = extraction.drafts
    assert draft.question == "How would you encode a high-cardinality feature?"
    # The question-like line inside the list item stays part of the answer.
    assert "When to use what?" in draft.answer and "Trees: frequency." in draft.answer


def test_prose_with_a_question_mark_mid_paragraph_is_not_a_question() -> None:
    text = "We wondered why it failed. Was it the data? Nobody knew.\n"
    extraction, _ = extract_text(text)
    assert extraction.drafts == ()


def test_question_asked_after_a_comma() -> None:
    text = "Describe a hard problem you solved.\n\n\nHaving a feature with thousands of values, how would you encode it?\nWith target encoding.\n"
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Having a feature with thousands of values, how would you encode it?"]


def test_question_and_answer_on_one_line_split_at_the_dash() -> None:
    text = (
        "## Contract law\n\n"
        "What is consideration? — Something of value exchanged by each party.\n"
        "Which remedy is usual for a breach? – Damages.\n"
        "It compensates the loss.\n\n"
        "What is an offer? - A definite promise to be bound.\n\n"
        "Was the case appealed? — and if so, why?\n"
    )
    extraction, diagnostics = extract_text(text)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (3, "What is consideration?", "Something of value exchanged by each party."),
        (4, "Which remedy is usual for a breach?", "Damages.\n\nIt compensates the loss."),
        (7, "What is an offer?", "A definite promise to be bound."),
    ]
    # A dash followed by a second question is no answer: the line stays one question.
    unanswered = [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(9, "Was the case appealed? — and if so, why?")]


def test_a_labelled_question_in_an_item_of_a_notes_list() -> None:
    text = (
        "# Garden log\n\n### Week 1\n\n"
        "* Planted tomatoes along the south fence\n"
        "* Soil felt heavy after rain\n"
        "* ❓ Question for later: how deep should the mulch be around seedlings?\n\n"
        "### Week 2\n\n"
        "- _Open question:_ why do the lower leaves turn yellow first?\n"
        "  Nitrogen moves from old leaves to new growth when it runs short.\n"
        "- Watered twice\n"
        "- Pregunta: ¿cuándo se poda la vid?\n"
        "- Question: the answer to the pruning question is in the old notes\n"
    )
    extraction, diagnostics = extract_text(text)
    cards = [(d.question, d.answer, d.loc.line) for d in extraction.drafts]
    assert cards == [("why do the lower leaves turn yellow first?", "Nitrogen moves from old leaves to new growth when it runs short.", 11)]
    unanswered = sorted((d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered")
    assert unanswered == [(7, "how deep should the mulch be around seedlings?"), (14, "¿cuándo se poda la vid?")]


def test_an_unlabelled_item_ending_with_a_question_mark_in_a_notes_list_stays_a_note() -> None:
    text = "# Log\n\n## Day 1\n\n* Read chapter two\n* Is the exam in May?\n* Bought a notebook\n"
    extraction, diagnostics = extract_text(text)
    assert not [d for d in diagnostics if d.kind == "unanswered"]
    assert not [d for d in extraction.drafts if d.convention == "bare-line"]


def test_a_line_asking_only_what_comes_next_points_to_the_next_part() -> None:
    text = (
        "# Astronomie\n\n"
        "## Sterne\n\n"
        "Warum funkeln Sterne? → Die Luftunruhe lenkt ihr Licht ab.\n\n"
        "Was ist ein Pulsar? → Ein schnell rotierender Neutronenstern.\n\n"
        "Wie geht es weiter? → Kapitel 5 „Galaxien“.\n\n"
        "## ¿Qué sigue?\n\n"
        "En la próxima entrada veremos los cúmulos.\n\n"
        "## What's next in a dying star's core?\n\n"
        "Helium fuses to carbon.\n"
    )
    extraction, _ = extract_text(text)
    fronts = [d.question for d in extraction.drafts]
    assert "Warum funkeln Sterne?" in fronts and "Was ist ein Pulsar?" in fronts
    assert "What's next in a dying star's core?" in fronts  # a question about a subject, not a pointer
    assert not [q for q in fronts if q.startswith(("Wie geht", "¿Qué sigue"))]
    lone, _ = extract_text("# Novae\n\nWhy do novae flare?\nHydrogen ignites on the white dwarf.\n\nWhat's next? → Module 6.\n")
    assert [d.question for d in lone.drafts] == ["Why do novae flare?"]


def test_a_note_to_ask_under_a_question_leaves_it_open() -> None:
    text = (
        "# Weather notes\n\n## Still wondering\n\n"
        "Why is the sky blue? Why are clouds white, then?\n"
        "→ ask Mevr. de Vries after class, just curious.\n\n"
        "📎 Slides: [map](https://example.org/) · rubric on slide 3\n"
    )
    extraction, diagnostics = extract_text(text)
    assert not extraction.drafts
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Why is the sky blue? Why are clouds white, then?"]
