"""Turkic-language notes number a question or a task with a hyphenated ordinal before the word
(`**1-savol.**` "question 1" and `**2-topshiriq.**` "task 2" in Uzbek, `**1-сұрақ.**` in Kazakh), answered by a
`**Javob:**` / `**Жауабы:**` paragraph or, for a task, by the code fence under it; a note to self where the
answer will go (`_hali yozilmagan_`, `(yechim keyin)`, `(eklenecek)`) leaves the question unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

GEOGRAPHY = """\
# Geografiya savollari

## Materiklar

**1-savol.** Eng katta materik qaysi?

**Javob:** Yevrosiyo — quruqlikning qariyb uchdan bir qismi.

**2-savol.** Quyidagi jadvalda nima xato?

| Daryo | Uzunlik |
|---|---|
| Nil | 6650 km |

**Javob:**
- Amazonka yo'q;
- birliklar ko'rsatilmagan.

**3-savol.** Ekvator nima?

**Javob:** _hali yozilmagan, keyinroq to'ldiraman_ 🙈

## Amaliy ishlar

**1-topshiriq.** Ikki nuqta orasidagi masofani hisoblang.

```python
import math
def masofa(a, b):
    return math.dist(a, b)
```

**2-topshiriq.** Xaritani chizing.

_(yechim keyin)_
"""


def test_ordinal_labels_answers_and_tasks() -> None:
    extraction, diagnostics = extract_text(GEOGRAPHY)
    cards = [(d.loc.line, d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert cards == [
        (5, "Eng katta materik qaysi?", "Yevrosiyo — quruqlikning qariyb uchdan bir qismi."),
        (9, "Quyidagi jadvalda nima xato?", "| Daryo | Uzunlik |"),
        (25, "Ikki nuqta orasidagi masofani hisoblang.", "```python"),
    ]
    assert "Amazonka" in extraction.drafts[1].answer
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(19, "Ekvator nima?"), (33, "Xaritani chizing.")]


def test_kazakh_ordinal_question_with_its_answer_label() -> None:
    text = "# Химия\n\n**1-сұрақ.** Судың формуласы қандай?\n\n**Жауабы:** H₂O.\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [("Судың формуласы қандай?", "H₂O.")]


def test_a_numbered_step_without_the_ordinal_word_stays_a_step() -> None:
    text = "# O'rnatish\n\n**1-qadam.** Paketni o'rnating.\n\nKeyin serverni ishga tushiring.\n"
    extraction, _ = extract_text(text)
    assert extraction.drafts == ()


def test_later_notes_are_placeholders_but_sentences_with_the_words_answer() -> None:
    from ankibuild.extract.answers import placeholder_reason

    for note in ("_hali yozmadim_", "(yechim keyin)", "🤷‍♂️ (eklenecek)", "*sonra eklenecek*", "(кейін толықтырамын)"):
        assert placeholder_reason(note) == "placeholder", note
    for answer in ("Keyin funksiya chaqiriladi.", "Bu özellik iOS 17 ile eklenecek bir API.", "keyin"):
        assert placeholder_reason(answer) is None, answer
