"""Arabic exam notes: `س1:` labels the question inside the bold, `ج:` the answer on the next line, `؟` asks,
and Arabic command words (`اشرح`, `اذكر`, `قارن`) set a task; a note that the answer is unfinished is a
placeholder."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# مراجعة الكيمياء العامة

## الوحدة الأولى

**س1: ما هو العدد الذري؟**
ج: عدد البروتونات في نواة الذرة.

**س2: قارن بين الرابطة الأيونية والرابطة التساهمية.**
ج:
- الأيونية: انتقال إلكترونات.
- التساهمية: مشاركة إلكترونات.

**س3: ما هي قاعدة الثمانية؟**
ج:

**س4: اشرح مفهوم الكتلة المولية.**
جواب: كتلة مول واحد من المادة بالغرام.

**س5: ما هو الأس الهيدروجيني؟**
ج: (لم أكمل هذا الجزء بعد)
"""


def test_arabic_question_and_answer_letters() -> None:
    extraction, diagnostics = extract_text(NOTES)
    cards = [(d.loc.line, d.question, d.answer.splitlines()[0]) for d in extraction.drafts]
    assert cards == [
        (5, "ما هو العدد الذري؟", "عدد البروتونات في نواة الذرة."),
        (8, "قارن بين الرابطة الأيونية والرابطة التساهمية.", "- الأيونية: انتقال إلكترونات."),
        (16, "اشرح مفهوم الكتلة المولية.", "كتلة مول واحد من المادة بالغرام."),
    ]
    assert sorted(d.loc.line for d in diagnostics if d.kind == "unanswered") == [13, 19]


def test_arabic_letters_open_ordinary_words_too() -> None:
    from ankibuild.extract.questions import ANSWER_LABEL

    assert ANSWER_LABEL.match("ج: نعم")
    assert not ANSWER_LABEL.match("جميع الطلاب: حاضرون")
    extraction, _ = extract_text("# ملاحظات\n\n**سيكون الاختبار صعباً**\nجميع الفصول مطلوبة.\n")
    assert not extraction.drafts


def test_a_list_titled_without_answers_takes_no_answer_from_below() -> None:
    for title in ("### Extra practice (no solutions)", "### Exercices sans corrigé", "### أسئلة إضافية (بدون حل)"):
        text = f"# Review\n\n{title}\n1. Why does DNS use UDP?\n2. What is a port number?\n\nGood luck everyone!\n"
        extraction, diagnostics = extract_text(text)
        assert not extraction.drafts, title
        assert sorted(d.loc.line for d in diagnostics if d.kind == "unanswered") == [4, 5], title
