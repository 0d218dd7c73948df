"""The quoted-choice rule: a stem over lettered options, keyed in the quote right after them."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Histology revision

## Epithelia

Reminder: an epithelium sits on a basement membrane. This paragraph asks nothing.

**MCQ 1:** Which of the following are true of simple squamous epithelium?
- A. It lines the alveoli.
- B. It is keratinised.
- C. It lines blood vessels.

> **Answers: A, C**
> B: keratin belongs to stratified epithelia.

**MCQ 2 :** Regarding transitional epithelium:
- A. It lines the bladder.
- B. It is found in the trachea.

> **Answers :** _(ask the demonstrator, we disagreed)_

**Poll Q:** What does a goblet cell secrete?
A) mucus  B) bile  C) sweat

> **Ans: A** — mucins, to trap particles.

**Poll Q:** How thick is a basement membrane, roughly?

> **Ans:** About 100 nm.

**Poll Q:** Where are Paneth cells found?

> **Ans:** *(missed it — see slide 12)*

> **Note:** the lab is on Friday.
"""


def _found() -> tuple[dict[str, str], list[str]]:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "quoted-choice"}
    return cards, [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_labelled_stem_over_an_option_list_and_a_plural_key_is_a_card() -> None:
    cards, _ = _found()
    back = cards["Which of the following are true of simple squamous epithelium?"]
    assert back.startswith("- A. It lines the alveoli.")
    assert back.endswith("**Answers: A, C**\nB: keratin belongs to stratified epithelia.")


def test_a_key_that_is_only_an_aside_is_unanswered() -> None:
    cards, unanswered = _found()
    assert "Regarding transitional epithelium:" in unanswered
    assert not any("transitional" in q for q in cards)


def test_options_on_one_spaced_line_go_to_the_back_and_the_label_leaves_the_front() -> None:
    cards, _ = _found()
    back = cards["What does a goblet cell secrete?"]
    assert back.startswith("A) mucus  B) bile  C) sweat")
    assert "**Ans: A** — mucins" in back


def test_open_items_labelled_the_same_way_are_read_with_them() -> None:
    cards, unanswered = _found()
    assert cards["How thick is a basement membrane, roughly?"] == "About 100 nm."
    assert "Where are Paneth cells found?" in unanswered
    assert not any("Poll Q" in q for q in cards)


def test_prose_and_other_quotes_are_no_cards() -> None:
    cards, _ = _found()
    assert len(cards) == 3
    assert not any("Reminder" in q or "lab" in q for q in cards)


def test_open_items_alone_are_left_to_the_other_rules() -> None:
    extraction, _ = extract_text("**Poll Q:** What does a goblet cell secrete?\n\n> **Ans:** Mucus.\n")
    assert not any(d.convention == "quoted-choice" for d in extraction.drafts)
