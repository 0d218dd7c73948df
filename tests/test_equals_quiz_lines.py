"""The line-pair rule on quiz posts written `question? = answer`, one line each, numbered in the digits of
the writer's script (which Markdown reads as no list): the `=` after the question mark separates."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

BENGALI = """\
# সাধারণ জ্ঞান — দৈনিক পোস্ট

১. বাংলাদেশের জাতীয় ফুল কী? = শাপলা
২. পদ্মা সেতুর দৈর্ঘ্য কত? = ৬.১৫ কিলোমিটার
৩. মানবদেহের বৃহত্তম অঙ্গ কোনটি? = ত্বক
৪. সুন্দরবন কোন নদীর মোহনায়? =

🧠 **আজকের প্রশ্ন:** পৃথিবীর দীর্ঘতম নদী কোনটি?
✍️ উত্তর কমেন্টে লিখুন!

> **রহিম:** ভাই, পিডিএফ আছে?
"""

ARABIC = """\
# أسئلة الجغرافيا

١. ما عاصمة المغرب؟ = الرباط
٢. ما أطول نهر في أفريقيا؟ = النيل
"""

ENGLISH = """\
# Chemistry drill

What is the symbol of sodium? = Na
Which gas do plants absorb? = carbon dioxide
"""


def test_equals_lines_numbered_in_another_script_are_cards() -> None:
    cards, _ = cards_and_unanswered(BENGALI)
    assert [(rule, question, answer) for _, rule, question, answer in cards] == [
        ("line-pair", "বাংলাদেশের জাতীয় ফুল কী?", "শাপলা"),
        ("line-pair", "পদ্মা সেতুর দৈর্ঘ্য কত?", "৬.১৫ কিলোমিটার"),
        ("line-pair", "মানবদেহের বৃহত্তম অঙ্গ কোনটি?", "ত্বক"),
    ]


def test_an_empty_slot_and_the_post_s_own_question_are_unanswered() -> None:
    _, unanswered = cards_and_unanswered(BENGALI)
    texts = [message for _, message in unanswered]
    assert any(t.startswith("সুন্দরবন কোন নদীর মোহনায়?") for t in texts)
    assert any(t.startswith("পৃথিবীর দীর্ঘতম নদী কোনটি?") for t in texts)
    assert not any("পিডিএফ" in t for t in texts)  # a quoted comment asks the admin, not the reader
    assert len(unanswered) == 2


def test_arabic_digits_and_unnumbered_lines() -> None:
    arabic, _ = cards_and_unanswered(ARABIC)
    assert [(q, a) for _, _, q, a in arabic] == [("ما عاصمة المغرب؟", "الرباط"), ("ما أطول نهر في أفريقيا؟", "النيل")]
    english, _ = cards_and_unanswered(ENGLISH)
    assert [(q, a) for _, _, q, a in english] == [
        ("What is the symbol of sodium?", "Na"),
        ("Which gas do plants absorb?", "carbon dioxide"),
    ]


def test_an_equals_sign_that_follows_no_question_mark_is_no_separator() -> None:
    text = "# Formeln\n\nDie Energie ist E = m · c²\nDie Kraft ist F = m · a\n"
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "line-pair" for _, rule, _, _ in cards)
