"""Answer lines under keyed items: `(क)` / `(b)` / `۳.` paragraphs answered on their next line after a
label that a dash may set off, or after a check mark (answer_lines, keyed paragraphs)."""

from __future__ import annotations

from helpers import cards_and_unanswered


def test_lettered_items_in_their_own_script_answered_after_a_dashed_label() -> None:
    cards, unanswered = cards_and_unanswered(
        "# भूगोल पुनरावृत्ति\n\n## प्रश्न १ — एक शब्द में उत्तर दें\n\n"
        "(क) भारत की राजधानी क्या है?\n— **उत्तर** — नई दिल्ली\n\n"
        "(ख) गंगा नदी कहाँ से निकलती है?\n— **उत्तर** — गंगोत्री हिमनद\n\n"
        "(ग) सबसे लंबी नदी कौन सी है?\n— **उत्तर** —\n"
    )
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "answer-line", "भारत की राजधानी क्या है?", "नई दिल्ली"),
        (8, "answer-line", "गंगा नदी कहाँ से निकलती है?", "गंगोत्री हिमनद"),
    ]
    assert [line for line, _ in unanswered] == [11]


def test_items_numbered_in_eastern_arabic_digits_answered_after_a_check_mark() -> None:
    cards, unanswered = cards_and_unanswered(
        "# شیمی\n\n## جاهای خالی\n\n"
        "۳. فرمول آب ........ است.\n   ✔️ H₂O\n\n"
        "۴. عدد اتمی کربن ........ است.\n   ✅ ۶\n\n"
        "۵. گاز نجیب سبک‌ترین ........ است.\n   ✔️\n"
    )
    assert [(c[2], c[3]) for c in cards] == [("فرمول آب ........ است.", "H₂O"), ("عدد اتمی کربن ........ است.", "۶")]
    assert [line for line, _ in unanswered] == [11]


def test_latin_letters_and_a_placeholder_answer() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Chemistry revision\n\n(a) Name the lightest element.\n— **Answer** — hydrogen\n\n"
        "(b) What is the symbol of sodium?\n**Answer:** Na\n\n(c) Balance H2 + O2 → H2O.\n— **Answer** — TODO\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("answer-line", "Name the lightest element.", "hydrogen"),
        ("answer-line", "What is the symbol of sodium?", "Na"),
    ]
    assert [line for line, _ in unanswered] == [9]


def test_one_answered_item_or_keyed_prose_is_left_alone() -> None:
    for text in (
        "# Notes\n\n(a) Name the lightest element.\n— **Answer** — hydrogen\n\n(b) Name a noble gas.\n",
        "# Plan\n\n(a) We meet on Monday.\nThen we review the draft.\n\n(b) We ship on Friday.\nThen we rest.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "answer-line"], text
