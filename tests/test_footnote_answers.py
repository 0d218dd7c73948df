"""The footnote-answer rule: a list of questions each closed by a footnote reference, answered by the
footnote definitions elsewhere in the file; a question of the list without a reference is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHEMISTRY = """\
# Water

## Properties

Water is a polar molecule; its hydrogen bonds explain most of what follows.

## Check yourself

1. Why does ice float on liquid water?[^ice]
2. What is a hydrogen bond?[^hb]
3. Why is water a good solvent for salts?
4. Explain why lakes freeze from the top down. [^lakes]

### Harder ones

5. What is the specific heat capacity of water?[^c]
6. Why do coastal climates vary less than inland ones?

## Sources

- Atkins, *Physical Chemistry*

[^ice]: Ice is less dense than liquid water: hydrogen bonds hold its molecules
    in an open lattice.
[^hb]: An attraction between a hydrogen atom bound to N, O or F and a lone pair of another such atom.
[^lakes]: Water is densest at 4 °C, so the colder water stays on top and freezes first.
[^c]: About 4.18 J/(g·K).
"""


def test_questions_ending_with_a_footnote_are_answered_by_it() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (9, "footnote-answer", "Why does ice float on liquid water?"),
        (10, "footnote-answer", "What is a hydrogen bond?"),
        (12, "footnote-answer", "Explain why lakes freeze from the top down."),
        (16, "footnote-answer", "What is the specific heat capacity of water?"),
    ]
    assert cards[0][3] == "Ice is less dense than liquid water: hydrogen bonds hold its molecules\nin an open lattice."
    assert cards[3][3] == "About 4.18 J/(g·K)."
    # the question without a reference, and the one of the list numbered on under a new heading
    assert unanswered == [
        (11, "Why is water a good solvent for salts?"),
        (17, "Why do coastal climates vary less than inland ones?"),
    ]


def test_bullets_in_another_language() -> None:
    text = """\
# Geschichte

## Fragen

- Wann fiel die Berliner Mauer?[^1]
- Wer war der erste Bundeskanzler?[^2]

[^1]: Am 9. November 1989.
[^2]: Konrad Adenauer.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("footnote-answer", "Wann fiel die Berliner Mauer?", "Am 9. November 1989."),
        ("footnote-answer", "Wer war der erste Bundeskanzler?", "Konrad Adenauer."),
    ]
    assert unanswered == []


def test_a_numbered_list_without_footnotes_continuing_a_footnoted_one() -> None:
    text = """\
# Optics

1. What is refraction?[^1]
2. What is total internal reflection?[^2]

## Later

3. Why is the sky blue?

[^1]: The bending of light as it passes from one medium into another.
[^2]: Reflection of all the light at a boundary, beyond the critical angle.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [c[2] for c in cards if c[1] == "footnote-answer"] == ["What is refraction?", "What is total internal reflection?"]
    assert unanswered == [(8, "Why is the sky blue?")]


def test_citation_footnotes_after_statements_are_no_cards() -> None:
    text = """\
# Relativity

## Timeline

- Einstein published special relativity in 1905.[^1]
- General relativity followed in 1915.[^2]

[^1]: Annalen der Physik 17.
[^2]: Sitzungsberichte der Preußischen Akademie.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "footnote-answer"]
    assert unanswered == []


def test_a_question_list_without_references_is_left_to_the_other_rules() -> None:
    text = """\
# Cells

Some prose with a note.[^1]

1. What does the nucleus hold?
2. What does the ribosome make?

[^1]: A remark.
"""
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "footnote-answer"]


def test_a_footnote_of_several_paragraphs_is_the_whole_answer() -> None:
    text = """\
# Algorithms

## Quiz

- Why is quicksort quadratic in the worst case?[^qs]
- What does a stable sort keep?[^stable]

## Notes

Pick the pivot at random.

[^qs]: When the pivot is always the smallest or largest element.

    Each partition then removes one element only:

    ```
    T(n) = T(n-1) + n
    ```

[^stable]: The order of equal keys.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [c[2] for c in cards if c[1] == "footnote-answer"] == [
        "Why is quicksort quadratic in the worst case?",
        "What does a stable sort keep?",
    ]
    assert cards[0][3] == (
        "When the pivot is always the smallest or largest element.\n\n"
        "Each partition then removes one element only:\n\n```\nT(n) = T(n-1) + n\n```"
    )
    assert cards[1][3] == "The order of equal keys."
    assert unanswered == []


def test_question_paragraphs_ending_with_a_footnote() -> None:
    text = """\
# Genética

## Autoevaluación

**1.** ¿Qué es un alelo?[^1]

**2.** ¿Qué es el genotipo?[^2]

Pregunta 3: ¿Qué significa dominante?[^3]

[^1]: Una variante de un gen.
[^2]: Los alelos que porta un organismo.
[^3]: Que se expresa aunque solo haya una copia.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("footnote-answer", "¿Qué es un alelo?", "Una variante de un gen."),
        ("footnote-answer", "¿Qué es el genotipo?", "Los alelos que porta un organismo."),
        ("footnote-answer", "¿Qué significa dominante?", "Que se expresa aunque solo haya una copia."),
    ]
    assert unanswered == []


def test_a_lone_question_paragraph_with_a_source_note_is_no_card() -> None:
    text = """\
# Essay

Why did the empire fall?[^1] Historians still argue about it.

How could it last so long?[^2]

[^1]: Gibbon, *Decline and Fall*, vol. 1.
[^2]: Ward-Perkins 2005.
"""
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "footnote-answer"]


# Inline footnotes (pandoc, Obsidian): the answer closes the question in place, brackets inside it balanced.
INLINE_SPANISH = """\
# Astronomía

## Repaso

1. ¿Por qué Venus es más caliente que Mercurio?^[Por su atmósfera densa de CO₂ (efecto invernadero).]
2. ¿Qué es una unidad astronómica?^[La distancia media Tierra–Sol, unos 150 millones de km [aprox.].]

Mira la tabla de arriba:

3. ¿Cuántas lunas tiene Marte?^[TODO]
4. ¿Qué es una enana marrón? — pendiente de leer

## Enlaces

- [¿Qué es un púlsar?](https://example.org/pulsar)
"""

INLINE_POLISH = """\
## Pytania

- Kto odkrył penicylinę?^[Alexander Fleming, w 1928 roku.]
- Co to jest antybiotyk?^[Lek, który zabija bakterie lub hamuje ich wzrost.]

Zdanie z przypisem źródłowym.^[Podręcznik, s. 12.]
"""


def test_inline_footnotes_answer_their_questions_and_an_item_without_one_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(INLINE_SPANISH)
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "footnote-answer", "¿Por qué Venus es más caliente que Mercurio?", "Por su atmósfera densa de CO₂ (efecto invernadero)."),
        (6, "footnote-answer", "¿Qué es una unidad astronómica?", "La distancia media Tierra–Sol, unos 150 millones de km [aprox.]."),
    ]
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [
        (10, "¿Cuántas lunas tiene Marte?"),
        (11, "¿Qué es una enana marrón?"),
    ]


def test_inline_footnotes_in_bullets_and_a_source_note_after_a_statement() -> None:
    cards, unanswered = cards_and_unanswered(INLINE_POLISH)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("footnote-answer", "Kto odkrył penicylinę?", "Alexander Fleming, w 1928 roku."),
        ("footnote-answer", "Co to jest antybiotyk?", "Lek, który zabija bakterie lub hamuje ich wzrost."),
    ]
    assert unanswered == []
