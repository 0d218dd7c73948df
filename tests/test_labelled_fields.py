"""Labelled note fields: Anki text exports (`Front:`/`Back:`, `Tags:`, `Text:` clozes) and question/answer
labels in more languages (`T:`/`J:`, `Soru:`/`Cevap:`, `Fråga:`/`Svar:` …)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.tags) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


EXPORT = """# Botany deck

---

Front: What pigment makes leaves green?
Back: Chlorophyll, which absorbs red and blue light.

Tags: plants photosynthesis

---

Front: Name the stages of mitosis.
Back:

1. Prophase
2. Metaphase

Tags: cells

---

Front: How do you list files by size?
Back:
```sh
ls -S
```

---

Front: What is the Calvin cycle's first enzyme?
Back:

<!-- fill in later -->

---

Text: Plants take in {{c1::carbon dioxide}} through their stomata.
Extra: Stomata close in drought.
"""


def test_front_back_export_loses_its_labels_and_keeps_tags_out_of_answers() -> None:
    cards, unanswered = _outcome(EXPORT)
    assert [c[:3] for c in cards] == [
        ("labelled-field", "What pigment makes leaves green?", "Chlorophyll, which absorbs red and blue light."),
        ("labelled-field", "Name the stages of mitosis.", "1. Prophase\n2. Metaphase"),
        ("labelled-field", "How do you list files by size?", "```sh\nls -S\n```"),
        ("labelled-field", "Plants take in {{c1::carbon dioxide}} through their stomata.", "Stomata close in drought."),
    ]
    assert {"plants", "photosynthesis"} <= set(cards[0][3])
    assert "cells" in cards[1][3]
    assert len(unanswered) == 1 and unanswered[0].startswith("What is the Calvin cycle's first enzyme?")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("**T: Apa itu fotosintesis?**", "J: Proses tumbuhan membuat makanan dari cahaya."),
        ("T: Apa itu fotosintesis?", "J: Proses tumbuhan membuat makanan dari cahaya."),
        ("Pertanyaan: Apa itu fotosintesis?", "Jawaban: Proses tumbuhan membuat makanan dari cahaya."),
        ("**Soalan:** Apa itu fotosintesis?", "**Jawapan:** Proses tumbuhan membuat makanan dari cahaya."),
        ("Soru: Apa itu fotosintesis?", "Cevap: Proses tumbuhan membuat makanan dari cahaya."),
        ("S: Apa itu fotosintesis?", "C: Proses tumbuhan membuat makanan dari cahaya."),
        ("Câu hỏi: Apa itu fotosintesis?", "Trả lời: Proses tumbuhan membuat makanan dari cahaya."),
        ("Pytanie: Apa itu fotosintesis?", "Odpowiedź: Proses tumbuhan membuat makanan dari cahaya."),
        ("P: Apa itu fotosintesis?", "O: Proses tumbuhan membuat makanan dari cahaya."),
        ("Otázka: Apa itu fotosintesis?", "Odpověď: Proses tumbuhan membuat makanan dari cahaya."),
        ("Fråga: Apa itu fotosintesis?", "Svar: Proses tumbuhan membuat makanan dari cahaya."),
        ("Ερώτηση: Apa itu fotosintesis?", "Απάντηση: Proses tumbuhan membuat makanan dari cahaya."),
        ("प्रश्न: Apa itu fotosintesis?", "उत्तर: Proses tumbuhan membuat makanan dari cahaya."),
        ("سؤال: Apa itu fotosintesis?", "جواب: Proses tumbuhan membuat makanan dari cahaya."),
        ("질문: Apa itu fotosintesis?", "답변: Proses tumbuhan membuat makanan dari cahaya."),
    ],
)
def test_labels_in_more_languages(question: str, answer: str) -> None:
    cards, _ = _outcome(f"# Biologi\n\n{question}\n{answer}\n")
    assert [c[1:3] for c in cards] == [("Apa itu fotosintesis?", "Proses tumbuhan membuat makanan dari cahaya.")]


def test_an_empty_answer_label_is_unanswered() -> None:
    cards, unanswered = _outcome("# Sejarah\n\n**T: Kapan Indonesia merdeka?**\nJ: 1945.\n\n**T: Siapa Kartini?**\nJ:\n")
    assert [c[1:3] for c in cards] == [("Kapan Indonesia merdeka?", "1945.")]
    assert unanswered == ["Siapa Kartini?"]


def test_a_letter_without_its_answer_letter_is_not_a_card() -> None:
    cards, _ = _outcome("# Fisika\n\nT: 20 °C\nJ: 3 jam\n\nS: 5 m\nA: 2 m²\n")
    assert not [c for c in cards if c[0] == "labelled-field" and c[1] == "5 m"]


def test_letters_that_label_values_are_not_cards() -> None:
    cards, unanswered = _outcome("# Fizik\n\nS: 5 m\nC: 2 m²\n\nP: 12 N\nO: 3 kg\n")
    assert not [c for c in cards if c[0] == "labelled-field"]
    assert unanswered == []
