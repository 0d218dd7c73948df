"""The comment-answer rule: a question paragraph answered by a labelled HTML comment right after it."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

SHEET = """\
# Arbeitsblatt Optik

<!-- NOTIZ: Punkte noch anpassen -->

**Aufgabe 1.** Warum ist der Himmel blau? *(2 Punkte)*

<!-- Antwort: Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut. -->

**Aufgabe 2.** ¿Qué imprime este código? *(1 punto)*

```python
print(2 ** 3)
```

<!-- Antwort: 8 -->

**Aufgabe 3.** Was ist Totalreflexion? *(2 Punkte)*

<!-- Antwort: TODO -->

**Aufgabe 4.** Nenne zwei Linsenarten.

<!-- Antwort: -->
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_the_comment_after_a_question_is_its_answer() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(SHEET) if rule == "comment-answer"]
    assert cards == [
        ("Warum ist der Himmel blau?", "Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut."),
        ("¿Qué imprime este código?\n\n```python\nprint(2 ** 3)\n```", "8"),
    ]


def test_an_empty_or_placeholder_comment_leaves_the_question_unanswered() -> None:
    assert _unanswered(SHEET) == ["Was ist Totalreflexion?", "Nenne zwei Linsenarten."]


def test_a_note_to_self_comment_is_no_answer() -> None:
    extraction, _ = extract_text(SHEET)
    assert not any("Punkte noch" in d.answer for d in extraction.drafts)


def test_one_labelled_comment_alone_is_no_convention() -> None:
    text = "# Notes\n\nWhy does it fail?\n\n<!-- TODO: check the logs -->\n\nSome prose.\n"
    assert not [c for c in drafted_cards(text) if c[0] == "comment-answer"]


def test_prose_followed_by_notes_to_self_is_left_alone() -> None:
    text = (
        "# Diario\n\nOggi abbiamo visitato il museo.\n\n<!-- TODO: aggiungere le foto -->\n\n"
        "Poi siamo andati al mare.\n\n<!-- TODO: scrivere di più -->\n"
    )
    assert not [c for c in drafted_cards(text) if c[0] == "comment-answer"]
