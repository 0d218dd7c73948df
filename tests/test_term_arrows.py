"""Right-to-left "name the term" drills: `- description ← **term**`, the bold term after a left arrow at the
end of a bullet item is the answer, the description the front."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GEOGRAPHY = """\
# مراجعة الجغرافيا

## اكتب المصطلح الجغرافي

- خط وهمي يقسم الكرة الأرضية إلى نصفين شمالي وجنوبي ← **خط الاستواء**
- رياح تهب من المحيط على اليابس صيفاً ← **الرياح الموسمية**
- المسافة بين أي نقطة وخط الاستواء ← ؟؟
- منطقة تحيط بها المياه من ثلاث جهات ←
"""


def test_the_bold_term_after_the_left_arrow_answers_the_description() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAPHY)
    assert [(line, rule, question, answer) for line, rule, question, answer in cards] == [
        (5, "term-arrow", "خط وهمي يقسم الكرة الأرضية إلى نصفين شمالي وجنوبي", "خط الاستواء"),
        (6, "term-arrow", "رياح تهب من المحيط على اليابس صيفاً", "الرياح الموسمية"),
    ]
    assert [line for line, _ in unanswered] == [7, 8]


def test_the_same_drill_in_hebrew() -> None:
    text = "# חזרה\n\n- האיבר שמזרים דם לכל הגוף ← **הלב**\n- האיבר שמסנן את הדם ← **הכליה**\n"
    cards, _ = cards_and_unanswered(text)
    assert [(question, answer) for _, _, question, answer in cards] == [
        ("האיבר שמזרים דם לכל הגוף", "הלב"),
        ("האיבר שמסנן את הדם", "הכליה"),
    ]


def test_a_list_of_other_items_is_left_alone() -> None:
    text = (
        "# Navigation\n\n- Open the settings page first ← **Settings**\n"
        "- Then choose the account you want\n- Go back to the main page ← **Home**\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "term-arrow"]
