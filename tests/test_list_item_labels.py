"""Numbered list items labelled in another language: `1. **Soru:** …` (Turkish), `1. **Вопрос:** …`, with the
answer label (`**Cevap:**`, `**Yanıt:**`, `**Ответ:**`) on an indented continuation line of the same item, a
fence between them when the question shows code. A placeholder (`(eklenecek)`) or an empty label leaves
the question unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Kimya Soruları

## Asitler

1. **Soru:** pH nedir?
   **Cevap:** Hidrojen iyonu derişiminin eksi logaritması.

2. **Soru:** Aşağıdaki tepkimenin ürünü nedir?
   ```text
   HCl + NaOH
   ```
   **Yanıt:** NaCl ve su.

3. **Soru:** Tampon çözelti nasıl çalışır?
   **Cevap:** 🤷 (eklenecek)

10. **Soru:** Kuvvetli asitlere örnek veriniz.
    **Cevap:**

11. **Soru:** Titrasyon neden yapılır?
    **Cevap:** Bilinmeyen bir derişimi bulmak için.
"""


def test_labelled_list_items_in_turkish() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    cards = [(d.loc.line, d.question.splitlines()[0], d.answer) for d in extraction.drafts]
    assert cards == [
        (5, "pH nedir?", "Hidrojen iyonu derişiminin eksi logaritması."),
        (8, "Aşağıdaki tepkimenin ürünü nedir?", "NaCl ve su."),
        (20, "Titrasyon neden yapılır?", "Bilinmeyen bir derişimi bulmak için."),
    ]
    assert extraction.drafts[1].question.endswith("```text\nHCl + NaOH\n```")  # the code it asks about
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(14, "Tampon çözelti nasıl çalışır?"), (17, "Kuvvetli asitlere örnek veriniz.")]


def test_russian_labelled_list_items() -> None:
    text = "# История\n\n1. **Вопрос:** Когда основан Рим?\n   **Ответ:** В 753 году до н. э.\n2. **Вопрос:** Кто был первым императором?\n   **Ответ:** Октавиан Август.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Когда основан Рим?", "В 753 году до н. э."),
        ("Кто был первым императором?", "Октавиан Август."),
    ]
