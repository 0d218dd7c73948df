"""An answer callout written right under its question callout (one quote) does not leak its head into the
answer; Obsidian tags after a question leave the front; hint titles lose their emoji in the context."""

from __future__ import annotations

from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    extraction, _ = extract_text(text)
    return [(d.question, d.answer, d.context) for d in extraction.drafts]


def test_an_answer_callout_without_a_blank_line_above_it_answers_the_question() -> None:
    text = """# Astronomy

> [!question]- What powers a main-sequence star?
> [!answer]- Hydrogen fusion in its core.

> [!faq] Why is Mars red?
> [!success]-
> - Iron oxide dust
> - covers its surface

> [!question] Name the gas giants.
> [!note] Solution
> Jupiter and Saturn.
"""
    assert _cards(text) == [
        ("What powers a main-sequence star?", "Hydrogen fusion in its core.", ()),
        ("Why is Mars red?", "- Iron oxide dust\n- covers its surface", ()),
        ("Name the gas giants.", "Jupiter and Saturn.", ()),
    ]


def test_tags_after_a_question_leave_the_front() -> None:
    text = """# Anatomy

## Review questions

- Which nerve supplies the diaphragm? #anki
	- The phrenic nerve (C3–C5).
- Which bone is the longest? #anki/bones #review
	- The femur.
- Which muscle flexes the elbow?
"""
    assert [q for q, _, _ in _cards(text)] == ["Which nerve supplies the diaphragm?", "Which bone is the longest?"]


def test_a_hint_details_and_a_hint_box_give_the_same_context_line() -> None:
    text = """# Puzzles

## Coins

Find the fake coin among nine with two weighings.

<details>
<summary>💡 Hint</summary>

Split them into three groups.
</details>

<details>
<summary>Solution</summary>

Weigh three against three; then one against one in the lighter group.
</details>

## Bridges

Cross the bridge in 17 minutes with a single torch.

??? info "💡 Hint"
    The two slowest cross together.

??? success "Solution"
    1 and 2 cross, 1 returns, 5 and 10 cross, 2 returns, 1 and 2 cross.
"""
    contexts = [c for _, _, c in _cards(text)]
    assert contexts == [("Coins", "Hint: Split them into three groups."), ("Bridges", "Hint: The two slowest cross together.")]
