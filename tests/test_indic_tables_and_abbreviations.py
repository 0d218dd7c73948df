"""Indic exam notes: a table headed by an index column, a question column and an answer column in the
script of the notes (`क्र.सं | प्रश्न | उत्तर`, `ಕ್ರ.ಸಂ | ಪ್ರಶ್ನೆ | ಉತ್ತರ`, `ক্রম | প্রশ্ন | উত্তর`), its
numbers in the script's own digits, gives a card per row (a dash answers nothing: `unanswered`); and the
abbreviated labels `प्र:` over `उ:` (Hindi) and `ಪ್ರ:` over `ಉ:` (Kannada) pair a question with its answer."""

from __future__ import annotations

from ankibuild.extract.table_headers import header_word
from tests.helpers import extract_text

HINDI_TABLE = """\
# विज्ञान — अध्याय २

| क्र.सं. | प्रश्न | उत्तर |
|---|---|---|
| १ | प्रकाश की चाल कितनी है? | ३ लाख किमी प्रति सेकंड |
| २ | जल का रासायनिक सूत्र क्या है? | H₂O |
| ३ | ओज़ोन परत कहाँ पाई जाती है? | — |
"""

KANNADA_TABLE = """\
# ಗಣಿತ

| # | ಪ್ರಶ್ನೆ | ಉತ್ತರ |
|---|---|---|
| ೧ | ತ್ರಿಭುಜದ ಕೋನಗಳ ಮೊತ್ತ ಎಷ್ಟು? | ೧೮೦ ಡಿಗ್ರಿ |
| ೨ | ಅತಿ ಚಿಕ್ಕ ಅವಿಭಾಜ್ಯ ಸಂಖ್ಯೆ ಯಾವುದು? | ೨ |
"""

BENGALI_TABLE = """\
# ভূগোল

| S.No | প্রশ্ন | উত্তর |
|---|---|---|
| 1 | বাংলাদেশের দীর্ঘতম নদী কোনটি? | মেঘনা |
| 2 | সুন্দরবন কোন জেলায় অবস্থিত? | খুলনা ও বাগেরহাট |
"""


def test_header_words_keep_vowel_signs_and_viramas() -> None:
    assert header_word("प्रश्न") == "प्रश्न"
    assert header_word("ಕ್ರ.ಸಂ") == "ಕ್ರ ಸಂ"
    assert header_word("Question (EN)") == "question"
    assert header_word("S.No") == "s no"


def test_hindi_index_question_answer_table() -> None:
    extraction, diagnostics = extract_text(HINDI_TABLE)
    assert [(d.loc.line, d.question, d.answer) for d in extraction.drafts] == [
        (5, "प्रकाश की चाल कितनी है?", "३ लाख किमी प्रति सेकंड"),
        (6, "जल का रासायनिक सूत्र क्या है?", "H₂O"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [(7, "ओज़ोन परत कहाँ पाई जाती है?")]


def test_kannada_and_bengali_question_tables() -> None:
    kannada, _ = extract_text(KANNADA_TABLE)
    assert [(d.question, d.answer) for d in kannada.drafts] == [
        ("ತ್ರಿಭುಜದ ಕೋನಗಳ ಮೊತ್ತ ಎಷ್ಟು?", "೧೮೦ ಡಿಗ್ರಿ"),
        ("ಅತಿ ಚಿಕ್ಕ ಅವಿಭಾಜ್ಯ ಸಂಖ್ಯೆ ಯಾವುದು?", "೨"),
    ]
    bengali, _ = extract_text(BENGALI_TABLE)
    assert [d.answer for d in bengali.drafts] == ["মেঘনা", "খুলনা ও বাগেরহাট"]


def test_a_table_of_facts_in_an_indic_script_is_no_question_table() -> None:
    text = "# ಜಿಲ್ಲೆಗಳು\n\n| ಜಿಲ್ಲೆ | ಕೇಂದ್ರ |\n|---|---|\n| ಉಡುಪಿ | ಉಡುಪಿ |\n| ಕೊಡಗು | ಮಡಿಕೇರಿ |\n"
    extraction, diagnostics = extract_text(text)
    assert list(extraction.drafts) == []
    assert not [d for d in diagnostics if d.kind == "unanswered"]


def test_abbreviated_hindi_and_kannada_labels() -> None:
    text = (
        "# पिछले वर्ष के प्रश्न\n\n"
        "प्र: भारत का संविधान कब लागू हुआ?\nउ: २६ जनवरी १९५०\n\n"
        "प्र: लोकसभा का कार्यकाल कितने वर्ष का होता है?\nउ:\n\n"
        "ಪ್ರ: ಕಾವೇರಿ ನದಿ ಎಲ್ಲಿ ಹುಟ್ಟುತ್ತದೆ?\nಉ: ತಲಕಾವೇರಿ\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.loc.line, d.question, d.answer) for d in extraction.drafts] == [
        (3, "भारत का संविधान कब लागू हुआ?", "२६ जनवरी १९५०"),
        (9, "ಕಾವೇರಿ ನದಿ ಎಲ್ಲಿ ಹುಟ್ಟುತ್ತದೆ?", "ತಲಕಾವೇರಿ"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (6, "लोकसभा का कार्यकाल कितने वर्ष का होता है?")
    ]


def test_a_vowel_letter_opening_prose_is_no_label() -> None:
    text = "# इतिहास\n\nउस समय व्यापार बढ़ा: बंदरगाह बने।\n\nप्रमुख शासक: अशोक, समुद्रगुप्त।\n"
    extraction, diagnostics = extract_text(text)
    assert list(extraction.drafts) == []
    assert not [d for d in diagnostics if d.kind == "unanswered"]
