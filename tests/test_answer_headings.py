"""The answer-heading rule: a question heading answered by the `Answer` heading right after it."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

DRILL = """\
# Biochemie — Karteikarten

Alles mit `:drill:` kommt in die Wiederholung.

## Enzyme

### Was senkt ein Enzym? :drill:
:PROPERTIES:
:ID: 77a0-enz
:END:

### Antwort

Die Aktivierungsenergie der Reaktion.

### DONE Michaelis constant :drill:card:

#### Answer

The substrate concentration at half the maximal rate.

## Stoffwechsel

Ein Überblick vorweg, keine Karte:
Glykolyse, Citratzyklus und Atmungskette liefern zusammen ATP.

### TODO Wie viel ATP liefert die Glykolyse netto? :drill:

### Antwort

TODO
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_heading_is_answered_by_the_answer_heading_after_it() -> None:
    cards = drafted_cards(DRILL)
    assert ("answer-heading", "Was senkt ein Enzym?", "Die Aktivierungsenergie der Reaktion.") in cards
    assert ("answer-heading", "Michaelis constant", "The substrate concentration at half the maximal rate.") in cards


def test_the_answer_heading_and_the_section_headings_become_no_cards() -> None:
    questions = [q for _, q, _ in drafted_cards(DRILL)]
    assert not {"Antwort", "Answer", "Enzyme", "Stoffwechsel"} & set(questions)
    assert not any(q.startswith("Ein Überblick") for q in questions)
    assert len(questions) == 2


def test_an_empty_or_placeholder_answer_leaves_the_question_unanswered() -> None:
    assert _unanswered(DRILL) == ["Wie viel ATP liefert die Glykolyse netto?"]


def test_org_tags_and_keywords_leave_a_question_heading() -> None:
    text = "# Notes\n\n## TODO What is a monad? :haskell:fp:\n\nA monoid in the category of endofunctors.\n"
    assert [q for _, q, _ in drafted_cards(text)] == ["What is a monad?"]


def test_a_single_heading_over_an_answer_heading_asks_only_when_it_asks() -> None:
    text = "# Quiz\n\n## Chapter 2\n\n### Answer\n\nThe key is at the back of the book.\n"
    assert not any(c[0] == "answer-heading" for c in drafted_cards(text))


def test_an_emoji_shortcode_after_a_heading_is_no_org_tag() -> None:
    from ankibuild.extract.document import without_org_marks

    assert without_org_marks("Medicine :pill:") == "Medicine :pill:"
    assert without_org_marks("Entropy :drill:thermo:") == "Entropy"
    assert without_org_marks("TODO") == "TODO"
