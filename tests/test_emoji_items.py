"""The emoji-item rule: a question-emoji list item (a timestamp before it allowed) answered by a nested
answer-emoji item."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

LECTURE = """\
# Geschichte — Vorlesung 7

Legende:

- ❓ = Frage des Dozenten
- ✅ = seine Antwort

## Teil 1

- [00:40](https://video.example/v7?t=40) 📝 Rückblick auf die letzte Woche.
- [02:15](https://video.example/v7?t=135) ❓ **Wann fiel die Berliner Mauer?**
    - [03:00](https://video.example/v7?t=180) ✅ Am 9. November 1989.
- [05:10](https://video.example/v7?t=310) ❓ **¿Quién firmó el Tratado de Tordesillas?**
    - [05:55](https://video.example/v7?t=355) ✅ Castilla y Portugal, en 1494.
      Lo confirmó el papa Julio II.
- [08:20](https://video.example/v7?t=500) ❓ **Warum scheiterte die Weimarer Republik?**
    - 📝 Kommt nächste Woche.
- [11:00](https://video.example/v7?t=660) ❓ **Nenne die drei Stände.**
    - ✅ TODO
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_marked_item_is_answered_by_its_nested_answer_item() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(LECTURE) if rule == "emoji-item"]
    assert cards == [
        ("Wann fiel die Berliner Mauer?", "Am 9. November 1989."),
        ("¿Quién firmó el Tratado de Tordesillas?", "Castilla y Portugal, en 1494.\nLo confirmó el papa Julio II."),
    ]


def test_a_note_or_a_placeholder_under_a_question_leaves_it_unanswered() -> None:
    missing = _unanswered(LECTURE)
    assert "Warum scheiterte die Weimarer Republik?" in missing
    assert "Nenne die drei Stände." in missing


def test_notes_and_the_legend_are_no_cards() -> None:
    extraction, _ = extract_text(LECTURE)
    assert not any("Rückblick" in d.question or "Frage des Dozenten" in d.question for d in extraction.drafts)
    assert not any("Rückblick" in d.message for d in extraction.diagnostics if d.kind == "unanswered")


def test_marked_items_with_no_nested_answer_are_left_alone() -> None:
    text = "# Ideas\n\n- ❓ Could we cache this?\n- ❓ Should the API be public?\n  - maybe later\n"
    assert not [c for c in drafted_cards(text) if c[0] == "emoji-item"]
