"""The bullet-card rule: tagged bullets of an outliner page (Logseq and the like) are cards."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

LOGSEQ = (
    "title:: Immunology\n"
    "tags:: [[biology]], [[exam 2]]\n"
    "\n"
    "- ## Innate immunity\n"
    "  collapsed:: false\n"
    "\t- Reading: chapter 3, the slides from week 2\n"
    "\t- Which cells release histamine? #card\n"
    "\t  card-last-interval:: 4.1\n"
    "\t  card-repeats:: 2\n"
    "\t\t- Mast cells and basophils\n"
    "\t\t- ((6571a2c4-88b1-4e3d-9d2f-5c1e6a0b7d11))\n"
    "\t- Complement: the membrane attack complex is {{cloze C5b-C9}} #card\n"
    "\t- Role of neutrophils #flashcard\n"
    "\t\t- first responders, phagocytosis\n"
    "\t- What do natural killer cells detect? #card\n"
    "- ## Adaptive immunity\n"
    "\t- Where do T cells mature?\n"
    "\t\t- in the thymus\n"
    "\t- What does MHC II present?\n"
    "\t- open question for the tutor: is it the same in birds\n"
)


def test_tagged_bullets_are_cards_with_their_children_as_answer() -> None:
    extraction, _ = extract_text(LOGSEQ)
    cards = {d.question: d for d in extraction.drafts}
    histamine = cards["Which cells release histamine?"]
    assert histamine.convention == "bullet-card"
    assert histamine.answer == "- Mast cells and basophils"  # properties and block references dropped
    assert histamine.context == ("Innate immunity",)
    assert cards["Role of neutrophils"].answer == "- first responders, phagocytosis"
    cloze = cards["Complement: the membrane attack complex is {{c1::C5b-C9}}"]
    assert cloze.note_type == "cloze"


def test_untagged_questions_of_a_page_of_cards() -> None:
    extraction, diagnostics = extract_text(LOGSEQ)
    cards = {d.question: d for d in extraction.drafts}
    assert cards["Where do T cells mature?"].answer == "- in the thymus"
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert {"What do natural killer cells detect?", "What does MHC II present?"} <= unanswered
    assert len(extraction.drafts) == 4  # no property, note or reading line became a card


def test_space_indented_outline_and_wiki_tag() -> None:
    text = (
        "- Geography\n"
        "    - Capital of Mongolia [[card]]\n"
        "        - Ulaanbaatar\n"
        "    - Longest river of Africa #[[card]]\n"
        "        - The Nile\n"
        "        - about 6,650 km\n"
    )
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards == {"Capital of Mongolia": "- Ulaanbaatar", "Longest river of Africa": "- The Nile\n- about 6,650 km"}


def test_one_tagged_bullet_does_not_make_the_questions_around_it_cards() -> None:
    text = (
        "- Why does the build fail on Windows?\n"
        "    - path length, see the issue\n"
        "- How long is a sidereal day? #card\n"
        "    - 23 h 56 min\n"
    )
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts if d.convention == "bullet-card"] == ["How long is a sidereal day?"]


def test_no_card_tag_no_work() -> None:
    text = "- What is a monad?\n    - a monoid in the category of endofunctors\n- #cardiology notes\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "bullet-card"]


def test_card_tag_as_a_block_property() -> None:
    text = (
        "- Chemistry\n"
        "  - Avogadro's number\n"
        "    tags:: card, chem\n"
        "    - 6.022 × 10^23 per mole\n"
        "  - Molar volume of an ideal gas at STP\n"
        "    tags:: [[card]]\n"
        "    - 22.4 L\n"
    )
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert cards == {"Avogadro's number": "- 6.022 × 10^23 per mole", "Molar volume of an ideal gas at STP": "- 22.4 L"}


def test_a_note_about_the_tag_is_no_question() -> None:
    text = (
        "- Everything tagged #card goes into the review queue\n"
        "- Boiling point of water at sea level #card\n"
        "    - 100 °C\n"
        "- Freezing point of water #card\n"
        "    - 0 °C\n"
    )
    extraction, diagnostics = extract_text(text)
    assert len(extraction.drafts) == 2
    assert not [d for d in diagnostics if d.kind == "unanswered"]


# Note apps with a flashcard add-on (Neuracache) tag a paragraph line instead of a bullet.
TAGGED_LINES = """\
# Geografie — Wiederholung

Jede Zeile mit dem Tag #flashcard wird eine Karte, die Zeilen darunter die Rückseite.

Wie heißt die Hauptstadt von Kanada? #flashcard
Ottawa, in der Provinz Ontario.

Passatwinde #flashcard
Beständige Winde der Tropen, die zum Äquator hin wehen.
Auf der Nordhalbkugel aus Nordost.

Welcher Fluss ist der längste Europas? #flashcard

¿Cuál es el desierto más grande de Asia? #flashcard
El Gobi.
"""


def test_a_paragraph_line_ending_with_the_tag_asks_and_the_lines_under_it_answer() -> None:
    cards, unanswered = cards_and_unanswered(TAGGED_LINES)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "bullet-card", "Wie heißt die Hauptstadt von Kanada?", "Ottawa, in der Provinz Ontario."),
        (8, "bullet-card", "Passatwinde", "Beständige Winde der Tropen, die zum Äquator hin wehen.\nAuf der Nordhalbkugel aus Nordost."),
        (14, "bullet-card", "¿Cuál es el desierto más grande de Asia?", "El Gobi."),
    ]
    assert [message for _, message in unanswered] == ["Welcher Fluss ist der längste Europas?"]


def test_a_tag_inside_a_sentence_or_a_single_tagged_line_is_no_card() -> None:
    cards, unanswered = cards_and_unanswered(TAGGED_LINES.split("Wie heißt")[0] + "Ein Satz über Flüsse #flashcard\nDer Rhein.\n")
    assert not [c for c in cards if c[1] == "bullet-card"]
    assert not unanswered
