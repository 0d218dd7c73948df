"""Persian and Thai Q/A labels: `**سوال ۱:**` / `**پرسش ۲:**` over `**پاسخ:**` (Persian digits are digits),
and `**ข้อ 1.**` / `คำถาม 2:` over `ตอบ:` / `คำตอบ:` (Thai)."""

from __future__ import annotations

from tests.helpers import extract_text

PERSIAN = """\
# یادداشت‌های شیمی

## فصل اول

**سوال ۱:** عدد اتمی چیست؟

**پاسخ:** تعداد پروتون‌های هسته.

**پرسش ۲:** پیوند یونی چگونه تشکیل می‌شود؟

**پاسخ:**
- انتقال الکترون از فلز به نافلز.
"""

THAI = """\
# ทบทวนชีววิทยา

## บทที่ 1

**ข้อ 1.** เซลล์คืออะไร?
ตอบ: หน่วยที่เล็กที่สุดของสิ่งมีชีวิต

**คำถาม 2:** ไมโทคอนเดรียทำหน้าที่อะไร?
คำตอบ: สร้างพลังงานให้เซลล์
"""


def test_persian_labels() -> None:
    extraction, _ = extract_text(PERSIAN)
    cards = [(d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert ("عدد اتمی چیست؟", "تعداد پروتون‌های هسته.") in cards
    assert any(q == "پیوند یونی چگونه تشکیل می‌شود؟" for q, _ in cards)


def test_thai_labels() -> None:
    extraction, _ = extract_text(THAI)
    cards = [(d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert ("เซลล์คืออะไร?", "หน่วยที่เล็กที่สุดของสิ่งมีชีวิต") in cards
    assert ("ไมโทคอนเดรียทำหน้าที่อะไร?", "สร้างพลังงานให้เซลล์") in cards


def test_thai_answer_word_inside_a_word_is_no_label() -> None:
    from ankibuild.extract.questions import ANSWER_LABEL

    assert ANSWER_LABEL.match("ตอบ: ใช่")
    assert not ANSWER_LABEL.match("ตอบสนองต่อสิ่งเร้า")


def test_thai_term_meaning_table_is_a_glossary() -> None:
    text = "# เคมี\n\n## ศัพท์\n\n| คำ | ความหมาย |\n|---|---|\n| อะตอม | หน่วยย่อยของธาตุ |\n| ไอออน | อะตอมที่มีประจุ |\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts][:2] == [
        ("อะตอม", "หน่วยย่อยของธาตุ"),
        ("ไอออน", "อะตอมที่มีประจุ"),
    ]


def test_a_table_introduced_before_a_numbered_question_is_not_its_front() -> None:
    for label, answer in (("**Question 3:**", "**Answer:**"), ("**سوال ۳:**", "**پاسخ:**")):
        text = (
            "# Notes\n\n## Part 2\n\nProtocols are summarised below:\n\n"
            "| Protocol | Reliable? | Port |\n|---|---|---|\n| TCP | yes | any |\n| UDP | no | any |\n\n"
            f"{label} Why does DNS use UDP?\n\n{answer} It is faster.\n"
        )
        extraction, _ = extract_text(text)
        assert [(d.loc.line, d.question) for d in extraction.drafts] == [(12, "Why does DNS use UDP?")], label


def test_a_setup_before_an_unnumbered_task_still_goes_with_it() -> None:
    text = (
        "# SQL\n\n## Joins\n\nConsider the following schema:\n\n"
        "| table | columns |\n|---|---|\n| users | id, name |\n\n"
        "Write a query that lists every user name.\n\n**Answer:** `SELECT name FROM users;`\n"
    )
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert "Consider the following schema" in extraction.drafts[0].question


def test_a_blank_to_fill_or_a_lone_question_mark_emoji_is_no_answer() -> None:
    text = (
        "# ชีววิทยา\n\n## บท 2\n\n**ข้อ 3.** ดีเอ็นเออยู่ที่ไหน?\nตอบ: ________ (ยังไม่ได้ทำ)\n\n"
        "## بخش ۳\n\n**سوال ۴:** هسته چیست؟\n\n**پاسخ:** ❓ (بعداً)\n\n"
        "## Part 4\n\n**Question 5:** What is a ribosome?\n\n**Answer:** ______\n"
    )
    extraction, diagnostics = extract_text(text)
    assert not extraction.drafts
    assert sorted(d.loc.line for d in diagnostics if d.kind == "unanswered") == [5, 10, 16]


def test_a_fill_in_blank_inside_an_answer_is_still_an_answer() -> None:
    from ankibuild.extract.answers import empty_reason

    assert empty_reason("x = ___ + 2") is None
    assert empty_reason("The ____ is where ATP is made (mitochondrion).") is None
