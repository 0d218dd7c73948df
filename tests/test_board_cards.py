"""The board-card rule: task items of a study board whose answer follows a `<br>` in the same item."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

BOARD = """\
---
kanban-plugin: basic
---

## À apprendre

- [ ] Qu'est-ce que la photosynthèse ? #biologie
- [ ] Lire le chapitre 4 @{2026-03-02}
- [ ] Pourquoi le ciel est-il bleu ?<br>TODO

## Appris

- [x] Was ist Osmose? #biologie<br>Diffusion von Wasser durch eine Membran.
- [x] Nenne die Zellorganellen.<br>Zellkern, Mitochondrien<br>Ribosomen, Golgi-Apparat
- [x] Exposé terminé

%% kanban:settings
```
{"kanban-plugin":"basic"}
```
%%
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_task_item_is_split_at_its_first_break() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(BOARD) if rule == "board-card"]
    assert cards == [
        ("Was ist Osmose?", "Diffusion von Wasser durch eine Membran."),
        ("Nenne die Zellorganellen.", "Zellkern, Mitochondrien<br>Ribosomen, Golgi-Apparat"),
    ]


def test_a_tagged_item_without_answer_or_a_placeholder_answer_is_unanswered() -> None:
    missing = _unanswered(BOARD)
    assert missing == ["Qu'est-ce que la photosynthèse ?", "Pourquoi le ciel est-il bleu ?"]


def test_dated_tasks_lanes_and_settings_are_no_cards() -> None:
    extraction, _ = extract_text(BOARD)
    assert len(extraction.drafts) == 2
    assert extraction.unclassified == 0


def test_a_single_break_in_a_task_list_is_no_board() -> None:
    text = "# Chores\n\n- [ ] Buy milk<br>and bread\n- [x] Call the plumber\n"
    assert not [c for c in drafted_cards(text) if c[0] == "board-card"]
    text = "# Sprint\n\n- [ ] Fix login<br>see ticket 12\n- [x] Deploy<br>done on Friday\n"
    assert not [c for c in drafted_cards(text) if c[0] == "board-card"]
