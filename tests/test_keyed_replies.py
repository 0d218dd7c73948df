"""The keyed-reply rule: numbered questions answered by later posts that name the number and hide the
answer (BBCode spoilers, content-warned replies)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

FORUM = """\
# Hilo de repaso — Geografía

**Mensaje #1 — ana_geo**

Preguntas rápidas, respondan con spoiler:

**P1.** ¿Cuál es el río más largo de Europa?

**P2.** ¿Qué es un fiordo?

**P3.** ¿Cuál es la capital de Australia?

**P4.** ¿Por qué hay monzones en la India?

---

**Mensaje #2 — rio_bravo**

P1 [spoiler]El Volga, unos 3 530 km.[/spoiler]

P3 es Sídney, ¿no?

---

**Mensaje #3 — ana_geo**

[quote="rio_bravo"]P3 es Sídney, ¿no?[/quote]
No, cuidado: [spoiler]Canberra[/spoiler]

P2 [spoiler]Un valle glaciar inundado por el mar.[/spoiler]

¿Alguien sabe cuándo sale el examen?
"""

CONTENT_WARNINGS = """\
# Faden: Astronomie-Quiz

**Sternwarte** · 10.03.2025

**1/3** Wie heißt der größte Mond des Saturn?

---

**Sternwarte** · 10.03.2025 · ↩️ Antwort auf 1/3

⚠️ CW: Antwort 1

Titan, größer als der Planet Merkur.

---

**Sternwarte** · 10.03.2025

**2/3** Was ist eine Supernova?

---

**Sternwarte** · 10.03.2025 · ↩️ Antwort auf 2/3

⚠️ CW: Antwort 2

Die Explosion eines Sterns am Ende seines Lebens.

---

**Sternwarte** · 10.03.2025

**3/3** Wie alt ist das Universum?

---

**Sternwarte** · 10.03.2025 · ↩️ Antwort auf 3/3

⚠️ CW: Antwort 3 (vielleicht…)

Ehrlich gesagt weiß ich es nicht genau. Hat jemand eine Quelle?
"""

NUMBERED_NOTES = """\
# Liste de révision

**Q1.** Quelle est la formule de l'eau ?

**Q2.** Qu'est-ce qu'un ion ?

Q1 H2O, deux hydrogènes et un oxygène.

Q2 Un atome qui a gagné ou perdu des électrons.
"""


def test_a_spoiler_keyed_by_its_number_answers_that_question_past_a_wrong_guess() -> None:
    cards, missing = cards_and_unanswered(FORUM)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("keyed-reply", "¿Cuál es el río más largo de Europa?", "El Volga, unos 3 530 km."),
        ("keyed-reply", "¿Qué es un fiordo?", "Un valle glaciar inundado por el mar."),
        ("keyed-reply", "¿Cuál es la capital de Australia?", "Canberra"),
    ]
    assert [message for _, message in missing] == ["¿Por qué hay monzones en la India?"]


def test_a_content_warned_reply_answers_the_numbered_post_and_one_that_asks_back_does_not() -> None:
    cards, missing = cards_and_unanswered(CONTENT_WARNINGS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("keyed-reply", "Wie heißt der größte Mond des Saturn?", "Titan, größer als der Planet Merkur."),
        ("keyed-reply", "Was ist eine Supernova?", "Die Explosion eines Sterns am Ende seines Lebens."),
    ]
    assert [message for _, message in missing] == ["Wie alt ist das Universum?"]


def test_numbered_questions_answered_in_plain_sight_are_left_to_other_rules() -> None:
    cards, _ = cards_and_unanswered(NUMBERED_NOTES)
    assert all(rule != "keyed-reply" for _, rule, _, _ in cards)
