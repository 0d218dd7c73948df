"""The answer-section rule: numbered questions answered by number in a later `Answers` section, part by part."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text

PARTS = """\
# Genetics worksheet

## Background

Mendel crossed pea plants and counted the traits of their offspring:

$$\\frac{3}{4} + \\frac{1}{4} = 1$$

## Section 1: Mendel

Q1. What is a dominant allele?

Q2. Why did Mendel use pea plants?

Q3. Define a test cross.

## Section 2: Linkage

Q1. What does a recombination frequency of 50% mean?

Q2. How is a genetic map distance measured?

## Answers

### Section 1

**Answer 1:** An allele whose trait shows in the heterozygote.

**Answer 2:** They grow fast and self-pollinate.

**Answer 3:** *(skipped — ask in the seminar)*

### Section 2

1. The genes assort independently.
2. In centimorgans, 1 cM = 1% recombination.
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_restarting_numbers_are_paired_part_by_part() -> None:
    assert _cards(PARTS) == [
        ("answer-section", "What is a dominant allele?", "An allele whose trait shows in the heterozygote."),
        ("answer-section", "Why did Mendel use pea plants?", "They grow fast and self-pollinate."),
        ("answer-section", "What does a recombination frequency of 50% mean?", "The genes assort independently."),
        ("answer-section", "How is a genetic map distance measured?", "In centimorgans, 1 cM = 1% recombination."),
    ]
    assert _unanswered(PARTS) == ["Define a test cross."]


def test_the_context_is_the_question_section_and_answer_headings_are_no_topics() -> None:
    extraction, _ = extract_text(PARTS)
    assert extraction.drafts[0].context == ("Mendel",)
    assert all(d.convention == "answer-section" for d in extraction.drafts)  # `Background`, `### Section 1`: no topic


BOLD_NUMBERS = """\
# Chemistry quiz

1) What is an isotope?
2) Why is water polar?
3) Name the noble gases.

---

## Solutions

**1.** Atoms with the same number of protons and different neutrons.

**2.** Oxygen is more electronegative than hydrogen, and the molecule is bent:

```text
  O
 / \\
H   H
```

**3.** TODO
"""


def test_bold_number_answers_run_to_the_next_label() -> None:
    cards = _cards(BOLD_NUMBERS)
    assert [q for _, q, _ in cards] == ["What is an isotope?", "Why is water polar?"]
    assert cards[1][2].startswith("Oxygen is more electronegative") and "H   H" in cards[1][2]
    assert _unanswered(BOLD_NUMBERS) == ["Name the noble gases."]


def test_labelled_questions_answered_by_the_same_labels() -> None:
    text = (
        "# Probability\n\n## Exercises\n\n**Q1.** What is the probability of two heads in two fair tosses?\n\n"
        "**Q2.** Explain the law of large numbers.\n\n## Answers\n\n**Q1.** 1/4.\n\n"
        "**Q2.** The sample mean converges to the expectation as n grows.\n"
    )
    assert _cards(text) == [
        ("answer-section", "What is the probability of two heads in two fair tosses?", "1/4."),
        ("answer-section", "Explain the law of large numbers.", "The sample mean converges to the expectation as n grows."),
    ]


def test_one_numbering_across_sections_answered_in_one_flat_key() -> None:
    text = (
        "# Geschichte\n\n## Ursachen\n\n1. Wann begann der Dreißigjährige Krieg?\n2. Nenne den Anlass des Krieges.\n\n"
        "## Folgen\n\n3. Welcher Frieden beendete ihn?\n4. Wer gewann an Macht?\n\n## Lösungen\n\n"
        "Antwort 1: 1618.\n\nAntwort 2: Der Prager Fenstersturz.\n\nAntwort 3: Der Westfälische Frieden (1648).\n\n"
        "Antwort 4: Frankreich und Schweden.\n"
    )
    assert [(q, a) for _, q, a in _cards(text)] == [
        ("Wann begann der Dreißigjährige Krieg?", "1618."),
        ("Nenne den Anlass des Krieges.", "Der Prager Fenstersturz."),
        ("Welcher Frieden beendete ihn?", "Der Westfälische Frieden (1648)."),
        ("Wer gewann an Macht?", "Frankreich und Schweden."),
    ]


def test_parts_paired_in_order_when_titles_differ() -> None:
    text = (
        "# Algebra drill\n\n## Linear equations\n\n1. Solve 2x + 3 = 7. What is x?\n2. What is the slope of y = 3x?\n\n"
        "## Quadratics\n\n1. What are the roots of x² − 1?\n2. What is the vertex of y = x²?\n\n## Answers\n\n"
        "### First set\n\n1. x = 2\n2. 3\n\n### Second set\n\n1. ±1\n2. (0, 0)\n"
    )
    assert [a for _, _, a in _cards(text)] == ["x = 2", "3", "±1", "(0, 0)"]


def test_a_plain_numbered_list_and_key_list_stay_with_the_answer_key_rule() -> None:
    text = (
        "# Optics\n\n## Review questions\n\n1. What is refraction?\n2. Define the focal length.\n\n"
        "## Answer key\n\n1. The bending of light between media.\n2. The distance from the lens to its focus.\n"
    )
    assert [c for c, _, _ in _cards(text)] == ["answer-key", "answer-key"]


def test_steps_are_not_questions() -> None:
    text = (
        "# Setup\n\n## Steps\n\n**1.** Install the package.\n\n**2.** Run the server.\n\n"
        "## Solutions\n\n**1.** Use pip.\n\n**2.** Use uvicorn.\n"
    )
    assert not [c for c in _cards(text) if c[0] == "answer-section"]


def test_questions_answered_in_place_are_left_to_the_other_rules() -> None:
    text = (
        "# Networks\n\n## Questions\n\nQ1. What is a subnet mask?\n\nIt splits an address into network and host parts.\n\n"
        "Q2. What does ARP do?\n\nIt maps IP addresses to MAC addresses.\n\n## Answers\n\n"
        "**Answer 1:** See above.\n\n**Answer 2:** See above.\n"
    )
    assert not [c for c in _cards(text) if c[0] == "answer-section"]


def test_question_headings_under_the_answers_are_not_numbered_answers() -> None:
    text = (
        "# Cells\n\n## Quiz\n\n1. What is a ribosome?\n2. What is a lysosome?\n\n## Answers\n\n"
        "### What is a ribosome?\n\n1. The site of protein synthesis.\n\n### What is a lysosome?\n\n1. A digestive vesicle.\n"
    )
    assert not [c for c in _cards(text) if c[0] == "answer-section"]


def test_bold_question_lines_and_answers_named_after_their_part() -> None:
    text = (
        "# Anatomy drill\n\n## Upper limb\n\n**Q1. Which nerve supplies the deltoid?**\n\n"
        "**Q2. What does the radial nerve do at the wrist?**\n\n## Lower limb\n\n"
        "**Q1. Which muscle is the main hip flexor?**\n\n**Q2. Name the nerve behind the fibular neck.**\n\n"
        "## Answers\n\n### Answers to upper limb\n\n**Q1.** The axillary nerve.\n\n**Q2.** It extends the wrist.\n\n"
        "### Answers to lower limb\n\n**Q1.** Iliopsoas.\n\n**Q2.** The common fibular nerve.\n\n### Trunk\n\n*(to do)*\n"
    )
    assert [(q, a) for _, q, a in _cards(text)] == [
        ("Which nerve supplies the deltoid?", "The axillary nerve."),
        ("What does the radial nerve do at the wrist?", "It extends the wrist."),
        ("Which muscle is the main hip flexor?", "Iliopsoas."),
        ("Name the nerve behind the fibular neck.", "The common fibular nerve."),
    ]


def test_a_problem_set_with_background_sections_is_no_handbook() -> None:
    text = (
        "# Thermodynamics problem set\n\n## Ideal gases\n\nThe state of an ideal gas obeys:\n\n$$pV = nRT$$\n\n"
        "## Work\n\n| process | work |\n|---|---|\n| isochoric | 0 |\n| isobaric | $p\\Delta V$ |\n\n"
        "## Heat capacities\n\n```text\nCp - Cv = R\n```\n\n## Problems\n\n"
        "1. What is the work done in an isochoric process?\n2. Why is Cp larger than Cv?\n"
        "3. What volume does one mole occupy at STP?\n4. Compute the work of an isobaric expansion of 2 L at 1 bar.\n\n"
        "## Solutions\n\n**1.** Zero: the volume does not change.\n\n**2.** At constant pressure the gas also does work.\n\n"
        "**3.** About 22.4 L.\n\n**4.** 200 J.\n"
    )
    extraction, _ = extract_text(text)
    assert [d.convention for d in extraction.drafts] == ["answer-section"] * 4


def test_code_under_a_numbered_question_stays_on_its_front_and_nested_answers_are_left_alone() -> None:
    text = (
        "# Python quiz\n\n## Questions\n\n1. What does this print?\n\n   ```python\n   print(2 ** 3)\n   ```\n\n"
        "2. What is a list comprehension?\n\n## Answers\n\n**1.** `8`\n\n**2.** An expression that builds a list from an iterable.\n"
    )
    cards = _cards(text)
    assert [c for c, _, _ in cards] == ["answer-section", "answer-section"]
    assert cards[0][1] == "What does this print?\n\n```python\nprint(2 ** 3)\n```"
    nested = (
        "# Python quiz\n\n## Questions\n\n1. What is a tuple?\n\n   An immutable sequence.\n\n2. What is a set?\n\n"
        "   An unordered collection of unique items.\n\n## Answers\n\n**1.** See above.\n\n**2.** See above.\n"
    )
    assert not [c for c in _cards(nested) if c[0] == "answer-section"]


def test_number_only_headings_under_the_solutions_each_hold_an_answer() -> None:
    text = (
        "# Mechanics exercises\n\n## Problems\n\n1. A ball is dropped from 20 m. How long does it fall?\n"
        "2. What is the momentum of a 2 kg mass at 3 m/s?\n\n## Solutions\n\n### 1.\n\n$$t = \\sqrt{2h/g} \\approx 2\\,s$$\n\n"
        "### 2.\n\n6 kg·m/s.\n"
    )
    assert [(q, a) for _, q, a in _cards(text)] == [
        ("A ball is dropped from 20 m. How long does it fall?", "$$t = \\sqrt{2h/g} \\approx 2\\,s$$"),
        ("What is the momentum of a 2 kg mass at 3 m/s?", "6 kg·m/s."),
    ]


def test_a_table_of_contents_over_bold_question_answers_is_not_a_key() -> None:
    text = (
        "# Docker interview\n\n## Contents\n\n1. [What is an image?](#what-is-an-image)\n"
        "2. [What is a volume?](#what-is-a-volume)\n\n## Answers to common questions\n\n**1. What is an image?**\n\n"
        "A read-only template of layers.\n\n**2. What is a volume?**\n\nStorage that outlives the container.\n"
    )
    assert not [c for c in _cards(text) if c[0] == "answer-section"]


def test_a_hint_after_the_last_question_does_not_hide_the_set() -> None:
    text = (
        "# Circuits\n\n## Part A\n\nQ1. What is the resistance of two 4 Ω resistors in parallel?\n\n"
        "Q2. What current flows through 10 Ω at 5 V?\n\nQ3. Why do bulbs in series dim?\n\nHint: think of Ohm's law.\n\n"
        "## Answers\n\n### Part A\n\n**1.** 2 Ω.\n\n**2.** 0.5 A.\n\n**3.** The same current shares a larger total resistance.\n"
    )
    assert [a for c, _, a in _cards(text) if c == "answer-section"] == [
        "2 Ω.",
        "0.5 A.",
        "The same current shares a larger total resistance.",
    ]


def test_numbered_question_headings_over_nothing_are_answered_by_the_key() -> None:
    text = (
        "# Biochemistry self-test\n\n## Questions\n\n### Q1. What does hexokinase phosphorylate?\n\n"
        "### Q2. Why is glycolysis called anaerobic?\n\n### Q3. Name the end product of glycolysis.\n\n---\n\n"
        "## Answers\n\n**Q1.** Glucose, at carbon 6.\n\n**Q2.** It needs no oxygen.\n\n**Q3.** Pyruvate.\n"
    )
    assert [(c, q, a) for c, q, a in _cards(text)] == [
        ("answer-section", "What does hexokinase phosphorylate?", "Glucose, at carbon 6."),
        ("answer-section", "Why is glycolysis called anaerobic?", "It needs no oxygen."),
        ("answer-section", "Name the end product of glycolysis.", "Pyruvate."),
    ]


def test_a_knowledge_check_of_radio_buttons_is_answered_by_its_feedback_section() -> None:
    text = (
        "# Netzwerke — Wissensüberprüfung\n\n## Modul 1\n\n"
        "**1.** Welche Schicht des OSI-Modells leitet Pakete weiter?\n\n- ( ) Sicherungsschicht\n- ( ) Vermittlungsschicht\n\n"
        "**2.** ¿Qué protocolo asigna direcciones IP automáticamente?\n\n- ( ) DHCP\n- ( ) DNS\n- ( ) ARP\n\n"
        "**3.** Welche Vorteile hat IPv6? *(Mehrfachauswahl)*\n\n- [ ] Größerer Adressraum\n- [ ] Kürzere Adressen\n\n"
        "### Antworten überprüfen\n\n"
        "1. ✅ **Vermittlungsschicht** – Richtig. Router arbeiten auf Schicht 3.\n"
        "2. ✅ **DHCP** – Correcto.\n"
        "3. <!-- noch nicht geprüft -->\n"
    )
    cards = [(q, a) for c, q, a in _cards(text) if c == "answer-section"]
    assert [q for q, _ in cards] == [
        "Welche Schicht des OSI-Modells leitet Pakete weiter?",
        "¿Qué protocolo asigna direcciones IP automáticamente?",
    ]
    assert cards[0][1].startswith("- ( ) Sicherungsschicht") and "**Vermittlungsschicht** – Richtig." in cards[0][1]
    _, diagnostics = extract_text(text)
    assert any(d.kind == "unanswered" and "IPv6" in d.message for d in diagnostics)


def test_answers_under_jump_targets_answer_the_linked_questions() -> None:
    # Each question links to its answer further down; the answer opens under the link's target, `<a id>`.
    text = """\
# Prüfungsfragen Thermodynamik

## Fragen

1. Was besagt der erste Hauptsatz? [→](#a1)
2. Wann ist ein Prozess adiabatisch? [→](#a2)
3. Warum kann kein Wirkungsgrad 1 erreichen? _(Antwort folgt)_

## Antworten

<a id="a1"></a>
**1.** Die Energie eines abgeschlossenen Systems bleibt **erhalten**: $\\Delta U = Q + W$.

<a id="a2"></a>

**2.** Wenn keine Wärme ausgetauscht wird ($Q = 0$).

[⬆ zurück nach oben](#fragen)
"""
    cards = [(c, q, a) for c, q, a in _cards(text) if c == "answer-section"]
    assert cards == [
        ("answer-section", "Was besagt der erste Hauptsatz?", "Die Energie eines abgeschlossenen Systems bleibt **erhalten**: $\\Delta U = Q + W$."),
        ("answer-section", "Wann ist ein Prozess adiabatisch?", "Wenn keine Wärme ausgetauscht wird ($Q = 0$)."),
    ]
    _, diagnostics = extract_text(text)
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == ["Warum kann kein Wirkungsgrad 1 erreichen?"]


def test_a_label_whose_answer_opens_in_bold_is_not_a_bold_line() -> None:
    text = (
        "## Preguntas\n\n1. ¿Qué es la mitosis?\n2. ¿Qué es la meiosis?\n\n## Respuestas\n\n"
        "**1.** La división de una célula en **dos células hijas**\n\n**2.** La división que forma **gametos**\n"
    )
    assert [a for c, _, a in _cards(text) if c == "answer-section"] == [
        "La división de una célula en **dos células hijas**",
        "La división que forma **gametos**",
    ]
