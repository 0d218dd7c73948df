"""The keyed-part rule: an exercise's lettered parts (keys of any alphabet) asked one after the other, then
answered together in one block, under a bold label, whose entries carry the same keys."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Hindi history sheet: Devanagari letters as keys, the parts as lines of one paragraph, the answers in a quote.
HISTORY = """\
# इतिहास — कक्षा 10

## अभ्यास 1

नीचे दिए गए स्रोत को पढ़िए: 1857 के विद्रोह पर एक अंग्रेज़ अधिकारी का पत्र।

क. विद्रोह की शुरुआत किस छावनी से हुई?
ख. विद्रोह के तीन प्रमुख केंद्रों के नाम लिखिए।
ग. विद्रोह की असफलता के दो कारण बताइए।

> **उत्तर**
>
> क. मेरठ छावनी से (10 मई 1857)।
>
> ख.
>
> | केंद्र | नेता |
> |---|---|
> | दिल्ली | बहादुर शाह ज़फ़र |
> | झाँसी | रानी लक्ष्मीबाई |
>
> ग. *(अगली कक्षा में पूछना है)*

## अभ्यास 2

क. दांडी यात्रा कब शुरू हुई?
ख. इस यात्रा का उद्देश्य क्या था?

> **उत्तर**
>
> क. 12 मार्च 1930 को।
>
> ख.
"""

# Spanish chemistry paper: bracketed keys as paragraphs with marks notes, a part over keyed sub-parts, the
# answers as a list keyed the same way under a bold label, then a last list of questions without answers.
CHEMISTRY = """\
# Química 2º Bachillerato — repaso

## Ejercicio 1

Se disuelven 5,85 g de NaCl en agua hasta 500 mL de disolución.

(a) Calcula la molaridad de la disolución. *(puntos 2)*

(b) Completa las ecuaciones: *(3 puntos)*
- (i) Na + Cl₂ → ________
- (ii) H₂ + O₂ → ________

(c) Explica por qué la disolución conduce la electricidad. *(2 puntos)*

**Soluciones**

- (a) 0,2 mol/L ✔
  - n = 5,85 / 58,5 = 0,1 mol; V = 0,5 L
- (b)
  - (i) 2 Na + Cl₂ → 2 NaCl ✔
  - (ii) 2 H₂ + O₂ → 2 H₂O ✔

## Para practicar

1. ¿Qué es un electrolito fuerte?
2. ¿Cuál es la diferencia entre molaridad y molalidad?
"""

# Near misses: options under a bold note, and parts whose answer block keys other letters.
NEAR_MISSES = """\
# Φυσική

## Άσκηση 1

Ένα σώμα πέφτει ελεύθερα από ύψος 20 m.

α) Υπολογίστε τον χρόνο πτώσης.
β) Υπολογίστε την τελική ταχύτητα.

**Σημείωση**

Πάρτε g = 10 m/s² σε όλες τις ασκήσεις.

## Άσκηση 2

α) Τι είναι η ορμή;
β) Πότε διατηρείται;

**Λύσεις**

γ) Η ορμή είναι p = mv.
δ) Σε απομονωμένο σύστημα.
"""


def test_each_part_is_a_card_answered_by_the_entry_of_its_key_in_any_alphabet() -> None:
    cards, _ = cards_and_unanswered(HISTORY)
    found = {q: (line, rule, a) for line, rule, q, a in cards}
    assert found["विद्रोह की शुरुआत किस छावनी से हुई?"] == (7, "keyed-part", "मेरठ छावनी से (10 मई 1857)।")
    table = found["विद्रोह के तीन प्रमुख केंद्रों के नाम लिखिए।"][2]
    assert table.startswith("| केंद्र | नेता |") and "रानी लक्ष्मीबाई" in table
    assert found["दांडी यात्रा कब शुरू हुई?"][2] == "12 मार्च 1930 को।"


def test_the_stem_is_context_not_a_card() -> None:
    cards, _ = cards_and_unanswered(HISTORY)
    assert len(cards) == 3
    first = next(q for _, _, q, _ in cards if "छावनी" in q)
    assert first.startswith("विद्रोह")
    assert not any("स्रोत" in q for _, _, q, _ in cards)


def test_an_aside_or_a_blank_entry_leaves_its_part_unanswered() -> None:
    _, unanswered = cards_and_unanswered(HISTORY)
    assert (9, "विद्रोह की असफलता के दो कारण बताइए। (placeholder)") in unanswered
    assert (27, "इस यात्रा का उद्देश्य क्या था?") in unanswered


def test_marks_notes_ticks_and_sub_parts() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    found = {q: (line, rule, a) for line, rule, q, a in cards}
    assert found["Calcula la molaridad de la disolución."] == (
        7,
        "keyed-part",
        "0,2 mol/L\n- n = 5,85 / 58,5 = 0,1 mol; V = 0,5 L",
    )
    assert found["Na + Cl₂ → ________"] == (10, "keyed-part", "2 Na + Cl₂ → 2 NaCl")
    assert found["H₂ + O₂ → ________"][2] == "2 H₂ + O₂ → 2 H₂O"
    assert not any(q.startswith("Completa") for q in found)
    assert (13, "Explica por qué la disolución conduce la electricidad.") in unanswered


def test_a_last_list_of_questions_without_answers_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    assert (25, "¿Qué es un electrolito fuerte?") in unanswered
    assert (26, "¿Cuál es la diferencia entre molaridad y molalidad?") in unanswered
    assert not any(rule == "topic" for _, rule, _, _ in cards)


def test_a_bold_note_or_an_answer_block_of_other_keys_is_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISSES)
    assert not any(rule == "keyed-part" for _, rule, _, _ in cards)
    assert not any("Υπολογίστε" in message or "ορμή" in message for _, message in unanswered)
