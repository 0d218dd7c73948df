"""The memorandum rule: an exam paper's dotted-numbered questions answered by number in the memo at its end."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Physical Sciences — Paper 2 practice

## QUESTION 1

1.1 Give ONE word for each of the following descriptions.

1.1.1 A substance that speeds up a reaction without being used up (1)

1.1.2 The minimum energy needed for a reaction to take place (1)

1.2 Explain why a higher temperature increases the rate of a reaction. [3]

1.3 Name TWO factors that shift an equilibrium. (2 marks)

## QUESTION 2

2.1 What is the oxidation number of Mn in KMnO4? (1)

2.2 Describe how a galvanic cell produces a current. (4)

---

## Marking guidelines

**QUESTION 1**

1.1.1 Catalyst ✓
1.1.2 Activation energy ✓

1.2
- particles move faster ✓
- more collisions have enough energy ✓✓

1.3 Temperature ✓; pressure ✓

**QUESTION 2**

2.1 +7 ✓

2.2 *(skipped this one — ask Ms Dlamini)*
"""


def _cards(text: str) -> list[tuple[str, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer) for d in extraction.drafts]


def test_dotted_questions_get_the_memo_entry_of_the_same_number_without_marks_and_ticks() -> None:
    cards = _cards(CHEMISTRY)
    assert cards == [
        ("memorandum", "A substance that speeds up a reaction without being used up", "Catalyst"),
        ("memorandum", "The minimum energy needed for a reaction to take place", "Activation energy"),
        (
            "memorandum",
            "Explain why a higher temperature increases the rate of a reaction.",
            "- particles move faster\n- more collisions have enough energy",
        ),
        ("memorandum", "Name TWO factors that shift an equilibrium.", "Temperature; pressure"),
        ("memorandum", "What is the oxidation number of Mn in KMnO4?", "+7"),
    ]


def test_a_remark_in_the_memo_is_unanswered_and_the_stem_is_no_card() -> None:
    extraction, _ = extract_text(CHEMISTRY)
    reports = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert reports == ["Describe how a galvanic cell produces a current."]
    assert not [d for d in extraction.diagnostics if d.kind == "unclassified"]


def test_a_memo_in_another_language_with_a_table_answer() -> None:
    text = """\
# Geografie Vraestel 1

### VRAAG 1

1.1 Noem TWEE soorte neerslag. (2)

1.2 Wat is 'n kouefront? (2)

## Memo

1.1 Reën ✓, sneeu ✓

1.2

| kenmerk | beskrywing |
|---|---|
| lugmassa | koue lug verdring warm lug ✓ |
"""
    cards = _cards(text)
    assert [c[1] for c in cards] == ["Noem TWEE soorte neerslag.", "Wat is 'n kouefront?"]
    assert cards[0][2] == "Reën, sneeu"
    assert cards[1][2].startswith("| kenmerk | beskrywing |")


def test_numbered_sections_without_a_memo_are_no_cards() -> None:
    text = """\
# Report

## Results

1.1 Sample preparation took two days.

1.2 The yield was 40 %.

## Summary

1.1 Good.
"""
    assert not [c for c in _cards(text) if c[0] == "memorandum"]


def test_a_memo_that_keys_too_few_of_the_numbered_lines_is_no_paper() -> None:
    text = """\
# Manual

2.1 Install the package.

2.2 Configure the proxy.

2.3 Restart the service.

2.4 Check the log.

## Answers

2.1 Yes.
"""
    assert not [c for c in _cards(text) if c[0] == "memorandum"]
