"""`==highlights==` in notes made of question headings (a Joplin or Typora export) are emphasis, not cloze
deletions: in a topic section among question headings, and in the preamble above them. Elsewhere, or with
an explicit `{{c1::…}}`, they still make cloze notes."""

from __future__ import annotations

from tests.helpers import extract_text

LAW = """\
# Contract law — revision

Compiled from the seminar handouts. ==Yellow== = examined every year.

## Formation

### What makes an offer?
A definite promise to be bound on ==acceptance== of the terms.

### Invitation to treat examples
- Shop window displays
- ==Advertisements== in most cases

### When is acceptance effective?
On communication, except under the postal rule.

### What is consideration?
Something of value given in return for a promise.
"""


def test_highlights_among_question_headings_are_emphasis() -> None:
    extraction, _ = extract_text(LAW)
    assert [d.note_type for d in extraction.drafts if d.convention == "explicit"] == []
    assert not any("{{c" in d.question for d in extraction.drafts)


def test_an_explicit_cloze_among_question_headings_still_counts() -> None:
    text = LAW.replace("- ==Advertisements== in most cases", "- {{c1::Advertisements}} in most ==cases==")
    extraction, _ = extract_text(text)
    clozes = [d.question for d in extraction.drafts if d.note_type == "cloze"]
    assert clozes == ["{{c1::Advertisements}} in most {{c2::cases}}"]


def test_highlights_in_notes_of_facts_stay_clozes() -> None:
    text = (
        "# Geography\n\nCapitals worth knowing: ==Canberra== is in Australia.\n\n## Europe\n\n"
        "The capital of Portugal is ==Lisbon==.\n\n## Asia\n\nThe capital of Mongolia is ==Ulaanbaatar==.\n\n"
        "## Africa\n\nThe capital of Ghana is ==Accra==.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts if d.note_type == "cloze"] == [
        "Capitals worth knowing: {{c1::Canberra}} is in Australia.",
        "The capital of Portugal is {{c1::Lisbon}}.",
        "The capital of Mongolia is {{c1::Ulaanbaatar}}.",
        "The capital of Ghana is {{c1::Accra}}.",
    ]


def test_one_question_heading_among_fact_sections_leaves_their_clozes() -> None:
    text = (
        "# Chemistry\n\n## What is a mole?\n\nAn amount of substance.\n\n## Gases\n\nAt STP a mole fills ==22.4 L==.\n\n"
        "## Acids\n\nA strong acid ==fully dissociates==.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts if d.note_type == "cloze"] == [
        "At STP a mole fills {{c1::22.4 L}}.",
        "A strong acid {{c1::fully dissociates}}.",
    ]
