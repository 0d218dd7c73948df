"""Layouts read by extending existing rules: a label heading over a stem and a bold key paragraph
(label-keyed-item), numbered empty blanks keyed by number (blank-key), Ankdown cards between rules
(separator-card), a bold source label opening a quoted prompt (quoted-question), an empty `Odp.:` label
(labelled-problem), a marks note after a bold numbered question (numbered), open task items under a
"study later" title (unsolved-list), and the placeholders these notes write."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered, extract_text


def _rules(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    cards, unanswered = cards_and_unanswered(text)
    return [(rule, question, answer) for _, rule, question, answer in cards], [message for _, message in unanswered]


LABEL_HEADINGS = """\
# Chemistry past papers

## Acids

### Question 1 – (2019 paper)

Which of these is a strong acid?

(A) Ethanoic acid
(B) Hydrochloric acid
(C) Carbonic acid

**Key:** B
> Fully dissociates in water.

### Question 2 – (mock exam)

The pH of pure water at 25 °C is:

(A) 0
(B) 7
(C) 14

**Key:** B

### Question 3

A buffer resists changes in:

(A) pH
(B) volume

**Key:**
"""


def test_label_heading_over_stem_and_bold_key_paragraph() -> None:
    cards, unanswered = _rules(LABEL_HEADINGS)
    assert [(rule, question) for rule, question, _ in cards] == [
        ("label-keyed-item", "Which of these is a strong acid?"),
        ("label-keyed-item", "The pH of pure water at 25 °C is:"),
    ]
    assert cards[0][2].endswith("**Key:** B\n\n> Fully dissociates in water.")
    assert len(unanswered) == 1 and unanswered[0].startswith("A buffer resists changes in:")


SPANISH_LABELS = """\
## Física

### Pregunta 1

¿Qué magnitud mide un amperímetro?

a) La tensión
b) La intensidad

**Solución:** b

### Pregunta 2

¿En qué unidad se mide la potencia?

a) Julio
b) Vatio

**Solución:** b
"""


def test_spanish_label_headings() -> None:
    cards, unanswered = _rules(SPANISH_LABELS)
    assert [question for rule, question, _ in cards if rule == "label-keyed-item"] == [
        "¿Qué magnitud mide un amperímetro?",
        "¿En qué unidad se mide la potencia?",
    ]
    assert not unanswered


PLAIN_KEY = """\
### Question 1

Which gas do plants absorb?

(A) Oxygen
(B) Carbon dioxide

Key: B

### Question 2

Which organelle makes ATP?

(A) Ribosome
(B) Mitochondrion

Key: B
"""


def test_a_plain_key_paragraph_under_a_label_heading_is_not_this_rule() -> None:
    cards, _ = _rules(PLAIN_KEY)
    assert not [c for c in cards if c[0] == "label-keyed-item"]


NUMBERED_BLANKS = """\
# Geography drill

## Rivers

1. The longest river in Africa is the ( ).
2. The Danube flows into the ( ) Sea.
3. The Amazon flows into the ( ) Ocean.

**Answers:** 1. Nile 2. Black 3. ?? (ask)

## Mountains

4. The highest mountain in the Alps is ( ).
5. K2 lies on the border of Pakistan and ( ).

**Answers** 4. Mont Blanc
"""


def test_numbered_empty_blanks_keyed_by_number() -> None:
    cards, unanswered = _rules(NUMBERED_BLANKS)
    assert cards == [
        ("blank-key", "The longest river in Africa is the ( ).", "Nile"),
        ("blank-key", "The Danube flows into the ( ) Sea.", "Black"),
        ("blank-key", "The highest mountain in the Alps is ( ).", "Mont Blanc"),
    ]
    assert len(unanswered) == 2 and "Amazon" in unanswered[0] and "K2" in unanswered[1]


FRENCH_BLANKS = """\
## Chimie

1. Le symbole du sodium est ( ).
2. Le numéro atomique du carbone est ( ).

**Réponses :** 1. Na 2. 6
"""


def test_french_numbered_blanks() -> None:
    cards, unanswered = _rules(FRENCH_BLANKS)
    assert [(rule, answer) for rule, _, answer in cards] == [("blank-key", "Na"), ("blank-key", "6")]
    assert not unanswered


BLANKS_WITHOUT_KEY = """\
1. The capital of Peru is ( ).
2. The capital of Chile is ( ).

Some notes about South America follow here.
"""


def test_blanks_without_a_key_paragraph_are_left_alone() -> None:
    cards, _ = _rules(BLANKS_WITHOUT_KEY)
    assert not [c for c in cards if c[0] == "blank-key"]


ANKDOWN = """\
<!-- deck: networking -->

What does TCP add over IP?
%
Reliable, ordered delivery with retransmission.
%
tcp, transport

---

Welche Schicht adressiert mit MAC-Adressen?
%
Die Sicherungsschicht (Schicht 2).
%
osi

---

What is a SYN flood?
%
TODO — write after the lab
%
security
"""


def test_ankdown_cards_between_rules() -> None:
    cards, unanswered = _rules(ANKDOWN)
    assert cards == [
        ("separator-card", "What does TCP add over IP?", "Reliable, ordered delivery with retransmission."),
        ("separator-card", "Welche Schicht adressiert mit MAC-Adressen?", "Die Sicherungsschicht (Schicht 2)."),
    ]
    assert len(unanswered) == 1 and "SYN flood" in unanswered[0]


def test_ankdown_tags_become_note_tags() -> None:
    extraction, _ = extract_text(ANKDOWN)
    assert "tcp" in extraction.drafts[0].tags and "transport" in extraction.drafts[0].tags


def test_a_lone_percent_card_is_no_deck() -> None:
    cards, _ = _rules("Discount?\n%\nTen percent off.\n\n---\n\nSome other note.\n")
    assert not [c for c in cards if c[0] == "separator-card"]


QUOTED_LABELS = """\
# History workbook

> **Source 1 p. 12 – Question 1.** Why did the Roman Republic fall?

Civil wars and the concentration of power in generals' hands.

> **Question 2 p. 13.** Explain the role of the Senate.

*(not done yet – missed that lesson)*

> ✏️ **Ejercicio p. 20.** ¿Quién fue Julio César?

Un general y político romano.
"""


def test_quoted_prompt_without_its_bold_source_label() -> None:
    cards, unanswered = _rules(QUOTED_LABELS)
    assert [(rule, question) for rule, question, _ in cards] == [
        ("quoted-question", "Why did the Roman Republic fall?"),
        ("quoted-question", "¿Quién fue Julio César?"),
    ]
    assert len(unanswered) == 1 and unanswered[0].startswith("Explain the role of the Senate.")


POLISH_PROBLEMS = """\
**Zadanie 1.** Ciało spada swobodnie przez 2 s. Oblicz prędkość końcową.

*Rozwiązanie.* $v = gt = 20$ m/s.

**Zadanie 2.** Ciało rzucono pionowo w górę z prędkością 10 m/s. Oblicz maksymalną wysokość.

*Rozwiązanie.* $h = v^2 / 2g = 5$ m.

**Zadanie 3.** Kamień spada z wysokości 45 m. Oblicz czas spadania.

**Odp.:**
"""


def test_an_empty_odp_label_leaves_the_problem_unanswered() -> None:
    cards, unanswered = _rules(POLISH_PROBLEMS)
    assert [rule for rule, _, _ in cards] == ["labelled-problem", "labelled-problem"]
    assert len(unanswered) == 1 and "45 m" in unanswered[0]


MARKS_NOTES = """\
## Genetics

1. **Define an allele.** *(1 mark – June 2019)*
   - One of the versions of a gene.

2. **Why are recessive traits hidden in heterozygotes?** *(2 marks – Nov 2020)*
   - The dominant allele's product masks them.

3. **Explain codominance.** *(1 mark – June 2021)*
   - *(look it up in the book, p. 40)*
"""


def test_a_marks_note_after_a_bold_question_is_no_part_of_the_answer() -> None:
    cards, unanswered = _rules(MARKS_NOTES)
    assert [(question, answer) for _, question, answer in cards] == [
        ("Define an allele.", "- One of the versions of a gene."),
        ("Why are recessive traits hidden in heterozygotes?", "- The dominant allele's product masks them."),
    ]
    assert len(unanswered) == 1 and "codominance" in unanswered[0]


STUDY_LATER = """\
# Physics notes

## Optics

Light bends when it changes medium.

## Study later

- [ ] Redo the lens problems
- [ ] Why is the sky blue? — teacher says it is always asked
"""


def test_open_task_items_that_ask_under_a_study_later_title() -> None:
    _, unanswered = _rules(STUDY_LATER)
    assert [message.split(" (")[0] for message in unanswered] == ["Why is the sky blue?"]


@pytest.mark.parametrize(
    "line",
    [
        "*(pas fait – absente ce jour-là)*",
        "→ TODO, à faire pour le contrôle",
        "- *(buscar en el libro, pág. 40)*",
        "*(look it up in the book, p. 40)*",
    ],
)
def test_notes_to_self_are_placeholders(line: str) -> None:
    assert empty_reason(line) == "placeholder"


@pytest.mark.parametrize("line", ["TODO Lists keep a team honest.", "Pas de fait nouveau.", "Buscar es encontrar."])
def test_answers_that_only_look_like_notes(line: str) -> None:
    assert empty_reason(line) is None
