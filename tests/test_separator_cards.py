"""The separator-card rule: mdanki-style decks, one heading per card, a `%` line between front and back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

DECK = """\
# Spanish verbs

Deck for week 2. Each heading is a card.

## Ser

%

To be (permanent traits: identity, origin, profession).

## Which verb expresses location, *ser* or *estar*?

%

*Estar*: `El libro está en la mesa.`

## Translate:

```
Nosotros tenemos hambre.
```

%

We are hungry.

---

### Class notes

We spent the hour on irregular preterites.

## Conjugate *ir* in the preterite

%

<!-- fill in after class -->

## Tener

%
"""


def _found() -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[str]]:
    extraction, _ = extract_text(DECK)
    cards = {d.question: (d.answer, d.context) for d in extraction.drafts if d.convention == "separator-card"}
    unanswered = [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]
    return cards, unanswered


def test_each_heading_is_a_card_split_at_the_separator_line() -> None:
    cards, _ = _found()
    assert cards["Ser"][0] == "To be (permanent traits: identity, origin, profession)."
    assert cards["Which verb expresses location, *ser* or *estar*?"][0] == "*Estar*: `El libro está en la mesa.`"
    assert not any("%" in answer for answer, _ in cards.values())


def test_blocks_before_the_separator_belong_to_the_front() -> None:
    cards, _ = _found()
    front = "Translate:\n\n```\nNosotros tenemos hambre.\n```"
    assert cards[front][0] == "We are hungry."


def test_a_heading_with_nothing_or_a_comment_after_the_separator_is_unanswered() -> None:
    cards, unanswered = _found()
    assert "Conjugate *ir* in the preterite" in unanswered
    assert "Tener" in unanswered
    assert not any(q.startswith(("Conjugate", "Tener", "Class notes")) for q in cards)


def test_a_single_percent_line_is_no_deck() -> None:
    text = "# Stats\n\n## Growth\n\n%\n\nIt rose 5 %.\n\n## Notes\n\nMore prose.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "separator-card"]


# Pandoc slides (beamer, reveal.js): the pause `. . .` hides what follows it until the next step.
PAUSE_DECK = """\
---
title: "Química orgánica — repaso"
---

# Alcanos

## Plan de la sesión

- Una pregunta por diapositiva
- Pensad antes de avanzar

## ¿Qué hibridación tiene el carbono del metano?

. . .

$sp^3$: cuatro orbitales equivalentes a $109{,}5^\\circ$.

## Enuncia la regla de Markovnikov

. . .

En la adición de $HX$ a un alqueno asimétrico:

- el $H$ va al carbono con más hidrógenos
- el $X$ al más sustituido

. . .

Excepción: con peróxidos, la adición es anti-Markovnikov.

## ¿Qué es un grupo funcional?

. . .

<!-- completar con los apuntes de Lucía -->

## Estereoquímica — definición

. . .

## ¿Preguntas?

![](img/molecula.png)

¡Suerte en el examen!
"""


def _paused(text: str) -> tuple[dict[str, str], list[str], list[str]]:
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts}
    unanswered = [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]
    skipped = [d.message for d in extraction.diagnostics if d.kind == "skipped"]
    assert all(d.convention == "separator-card" for d in extraction.drafts)
    return cards, unanswered, skipped


def test_a_pause_line_splits_a_slide_into_question_and_answer() -> None:
    cards, _, _ = _paused(PAUSE_DECK)
    assert cards["¿Qué hibridación tiene el carbono del metano?"] == "$sp^3$: cuatro orbitales equivalentes a $109{,}5^\\circ$."
    answer = cards["Enuncia la regla de Markovnikov"]
    assert answer.startswith("En la adición de $HX$") and "- el $X$ al más sustituido" in answer
    assert answer.endswith("Excepción: con peróxidos, la adición es anti-Markovnikov.")
    assert not any(". . ." in a for a in cards.values())  # a further pause of an incremental slide is no text


def test_a_pause_with_nothing_or_a_comment_after_it_is_unanswered() -> None:
    cards, unanswered, _ = _paused(PAUSE_DECK)
    assert "¿Qué es un grupo funcional?" in unanswered
    assert "Estereoquímica — definición" in unanswered
    assert len(cards) == 2


def test_slides_of_a_pause_deck_without_a_pause_are_skipped() -> None:
    cards, unanswered, skipped = _paused(PAUSE_DECK)
    assert "¿Preguntas?" not in cards and "¿Preguntas?" not in unanswered
    assert "Plan de la sesión" not in cards
    assert len(skipped) == 3  # the agenda, the closing slide's picture and its wish


def test_pause_slides_in_another_language() -> None:
    deck = (
        "## 鎌倉幕府を開いたのは誰か？\n\n. . .\n\n源頼朝（1192年に征夷大将軍）。\n\n"
        "## 応仁の乱はいつ始まったか？\n\n. . .\n\n1467年。\n\n"
        "## 今日のまとめ\n\n来週は江戸時代。\n"
    )
    cards, unanswered, skipped = _paused(deck)
    assert cards == {"鎌倉幕府を開いたのは誰か？": "源頼朝（1192年に征夷大将軍）。", "応仁の乱はいつ始まったか？": "1467年。"}
    assert not unanswered and len(skipped) == 1


def test_a_single_pause_or_an_ellipsis_in_prose_is_no_deck() -> None:
    text = (
        "# Reisetagebuch\n\n## Tag 1\n\nWir kamen spät an.\n\n. . .\n\nDann regnete es drei Tage.\n\n"
        "## Wie funktioniert ein Viertakter?\n\nAnsaugen, Verdichten, Arbeiten, Ausstoßen … und dann . . . von vorn.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "separator-card"]
    assert not [d for d in extraction.diagnostics if d.kind == "skipped" and "slide" in d.message]


def test_an_mdanki_heading_without_a_separator_is_not_skipped() -> None:
    extraction, _ = extract_text(DECK + "\n## What does *haber* express?\n\nExistence: *hay* un libro.\n")
    assert not [d for d in extraction.diagnostics if d.kind == "skipped" and "slide" in d.message]
    assert any(d.question == "What does *haber* express?" for d in extraction.drafts)


# md2anki decks: each heading a card, a rule (`---`) between the question above it and the answer below.
RULED_DECK = """\
# Chemia — klasa 7 (deck-4f2a)

Talia do powtórek przed sprawdzianem.

## Liczba Avogadra (c01)

Ile wynosi liczba Avogadra?

---

Około $6{,}022 \\times 10^{23}$ cząstek na mol.

## Wiązanie jonowe (c02)

Czym jest wiązanie jonowe?

---

Przyciąganie elektrostatyczne między jonami o przeciwnych ładunkach.

## Gazy szlachetne (c03)

Wymień trzy gazy szlachetne.

---

- hel
- neon
- argon

---

## Katalizator (c04)

Co robi katalizator?

---

## Izotopy (c05)

Kimyasal izotop nedir?

---

TODO
"""


def test_an_md2anki_rule_splits_the_question_above_from_the_answer_below() -> None:
    cards, unanswered = cards_and_unanswered(RULED_DECK)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("separator-card", "Ile wynosi liczba Avogadra?", "Około $6{,}022 \\times 10^{23}$ cząstek na mol."),
        ("separator-card", "Czym jest wiązanie jonowe?", "Przyciąganie elektrostatyczne między jonami o przeciwnych ładunkach."),
        ("separator-card", "Wymień trzy gazy szlachetne.", "- hel\n- neon\n- argon"),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Co robi katalizator?", "Kimyasal izotop nedir?"]


def test_the_heading_of_an_md2anki_card_is_its_context() -> None:
    extraction, _ = extract_text(RULED_DECK)
    assert extraction.drafts[0].context[-1] == "Liczba Avogadra (c01)"


def test_sections_that_end_with_a_rule_or_hold_one_in_prose_are_no_deck() -> None:
    text = (
        "# Reisetagebuch\n\n## Montag\n\nWir kamen spät an.\n\n---\n\nDas Hotel war voll.\n\n"
        "## Dienstag\n\nRegen den ganzen Tag.\n\n---\n\nAbends ins Museum.\n\n## Mittwoch\n\nRückfahrt.\n\n---\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "separator-card"]
    assert not unanswered
