"""Arabic revision notes label a question `س١:` (with an Arabic-Indic or Western number, or none) and its
answer `ج:` on the next line of the same paragraph, plain, and state the task with a command word and a
colon (`علل:`, give reasons) rather than a `?`."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# مراجعة الفيزياء

## الكهرباء

س١: علل: يسخن السلك عند مرور التيار الكهربي فيه.
ج: لأن الإلكترونات تصطدم بذرات السلك فتفقد جزءاً من طاقتها على هيئة حرارة.

س٢: ما وحدة قياس المقاومة الكهربية؟
ج: الأوم.

س3: اذكر قانون أوم.
ج: شدة التيار تتناسب طردياً مع فرق الجهد عند ثبوت درجة الحرارة.

س٤: علل: توصل الأجهزة المنزلية على التوازي.
"""


def test_plain_arabic_letter_labels_pair_within_a_paragraph() -> None:
    extraction, diagnostics = extract_text(NOTES)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (
            5,
            "علل: يسخن السلك عند مرور التيار الكهربي فيه.",
            "لأن الإلكترونات تصطدم بذرات السلك فتفقد جزءاً من طاقتها على هيئة حرارة.",
        ),
        (8, "ما وحدة قياس المقاومة الكهربية؟", "الأوم."),
        (11, "اذكر قانون أوم.", "شدة التيار تتناسب طردياً مع فرق الجهد عند ثبوت درجة الحرارة."),
    ]
    assert [d.loc.line for d in diagnostics if d.kind == "unanswered"] == [14]


def test_words_opening_with_the_letters_are_no_labels() -> None:
    text = "# ملاحظات\n\nسيكون الاختبار يوم الأحد:\nجميع الفصول مطلوبة: الأول والثاني.\n"
    extraction, diagnostics = extract_text(text)
    assert not extraction.drafts
    assert not [d for d in diagnostics if d.kind == "unanswered"]
