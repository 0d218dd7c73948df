"""The exam-part rule on posts that hide each answer below a Usenet spoiler space: a bold-numbered question,
the code it asks about, a bracketed note and paragraphs of a lone dot, then the answer up to the rule."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

FRENCH = """\
# Questions d'entretien SQL

---

**1.** Quelle est la différence entre `<>` et `!=` ?

*(espace anti-spoiler)*

.

.

.

Aucune : `<>` est la forme standard, `!=` un synonyme courant.

---

**2.** Que renvoie cette requête ?

```sql
SELECT COUNT(NULL);
```

*(espace anti-spoiler)*

.

.

`0` : `COUNT` ignore les valeurs nulles.

---

**3.** Quelle est la différence entre `=` et `==` ?

*(espace anti-spoiler)*

.

.

`=` compare en SQL standard ; `==` n'est accepté que par certains moteurs.

---

**4.** Que fait `TRUNCATE` ?

*(espace anti-spoiler)*

.

.

(réponse dans le prochain billet)

---

**5.** Pourquoi un index peut-il ralentir les insertions ?

Aucune idée, je sèche encore là-dessus.
"""

GERMAN = """\
# Netzwerk-Quiz

**1.** Auf welcher Schicht arbeitet ein Switch?

*(Spoiler-Abstand)*

.

.

Auf der Sicherungsschicht (Schicht 2).

**2.** Welcher Port gehört zu HTTPS?

*(Spoiler-Abstand)*

.

.

Port 443.
"""


def test_the_answer_is_below_the_spoiler_space_and_the_code_above_it_asks() -> None:
    cards, _ = cards_and_unanswered(FRENCH)
    assert [rule for _, rule, _, _ in cards] == ["exam-part"] * 3
    first, second, third = (card[2:] for card in cards)
    assert first[1] == "Aucune : `<>` est la forme standard, `!=` un synonyme courant."
    assert second == (
        "Que renvoie cette requête ?\n\n```sql\nSELECT COUNT(NULL);\n```",
        "`0` : `COUNT` ignore les valeurs nulles.",
    )
    # both ask the same once their code is dropped: their numbers tell them apart
    assert first[0] == "1\\. Quelle est la différence entre `<>` et `!=` ?"
    assert third[0] == "3\\. Quelle est la différence entre `=` et `==` ?"


def test_a_placeholder_below_the_gap_or_a_question_with_no_gap_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(FRENCH)
    texts = [message for _, message in unanswered]
    assert any(t.startswith("Que fait `TRUNCATE` ?") for t in texts)
    assert any(t.startswith("Pourquoi un index peut-il ralentir les insertions ?") for t in texts)
    assert len(unanswered) == 2


def test_german_spoiler_space_without_rules() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Auf welcher Schicht arbeitet ein Switch?", "Auf der Sicherungsschicht (Schicht 2)."),
        ("Welcher Port gehört zu HTTPS?", "Port 443."),
    ]
    assert unanswered == []


def test_one_dot_is_no_spoiler_space() -> None:
    text = GERMAN.replace(".\n\n.\n\nAuf", ".\n\nAuf").replace(".\n\n.\n\nPort", ".\n\nPort")
    cards, unanswered = cards_and_unanswered(text)
    # no gap: the note and the dot stay in the answer as written, no part is read as hiding its answer
    assert [a.split("\n\n")[0] for _, _, _, a in cards] == ["*(Spoiler-Abstand)*", "*(Spoiler-Abstand)*"]
    assert unanswered == []
