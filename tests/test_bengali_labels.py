"""Bengali and Hindi exam notes: `**প্রশ্ন-১: …?**` labels a question (Bengali digits, a hyphen or a space
before the number), `**উত্তর:**` / `উত্তরঃ` (the visarga as its colon) opens the answer, and an instruction
ended by the danda `।` under a question label is a question too (`… লেখো।`, `… लिखिए।`)."""

from __future__ import annotations

from tests.helpers import extract_text

PHYSICS = """\
# পদার্থবিজ্ঞান — অধ্যায় ৩

## সংক্ষিপ্ত প্রশ্ন

**প্রশ্ন-১: ত্বরণের একক কী?**

**উত্তর:** মিটার/সেকেন্ড²।

**প্রশ্ন ২. নিউটনের প্রথম সূত্রটি লেখো।**

উত্তরঃ বাইরে থেকে বল প্রয়োগ না করলে স্থির বস্তু স্থির থাকে।

**প্রশ্ন-৩: বেগ ও দ্রুতির দুটি পার্থক্য লিখুন।**

**উত্তর:**

| বেগ | দ্রুতি |
|---|---|
| ভেক্টর রাশি | স্কেলার রাশি |

**প্রশ্ন-৪: ঘর্ষণ কেন হয়?**

**উত্তর:**

---

মনে রাখো: সূত্রগুলো প্রতিদিন অনুশীলন করো।
"""


def test_bengali_question_labels_and_answers() -> None:
    extraction, diagnostics = extract_text(PHYSICS)
    cards = [(d.loc.line, d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert cards == [
        (5, "ত্বরণের একক কী?", "মিটার/সেকেন্ড²।"),
        (9, "নিউটনের প্রথম সূত্রটি লেখো।", "বাইরে থেকে বল প্রয়োগ না করলে স্থির বস্তু স্থির থাকে।"),
        (13, "বেগ ও দ্রুতির দুটি পার্থক্য লিখুন।", "| বেগ | দ্রুতি |"),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(21, "ঘর্ষণ কেন হয়?")]


def test_hindi_task_under_a_question_label() -> None:
    text = "# रसायन\n\n**प्रश्न 1: अम्ल और क्षार में दो अंतर लिखिए।**\n\n**उत्तर:** अम्ल का pH 7 से कम होता है।\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [("अम्ल और क्षार में दो अंतर लिखिए।", "अम्ल का pH 7 से कम होता है।")]


def test_a_bold_sentence_ended_by_the_danda_without_a_label_asks_nothing() -> None:
    text = "# রসায়ন\n\n**পরীক্ষার আগে সব সূত্র মুখস্থ করো।**\n\nপ্রতিদিন এক ঘণ্টা পড়ো।\n"
    extraction, _ = extract_text(text)
    assert not extraction.drafts


def test_a_hyphen_after_a_label_needs_a_number() -> None:
    from ankibuild.extract.questions import clean_question

    assert clean_question("Q-learning: what is the update rule?")[0] == "Q-learning: what is the update rule?"
    assert clean_question("Question-3: What is entropy?")[0] == "What is entropy?"
