"""Tamil notes: `வினா:` / `கேள்வி:` label a question and `விடை:` / `பதில்:` its answer (plain or bold, on
two lines of one paragraph), an empty answer label is `unanswered`, and the Tamil option letters `(அ) … (ஆ) …`
are the choices of a multiple-choice question, never its answer."""

from __future__ import annotations

from tests.helpers import extract_text

SCIENCE = """\
# அறிவியல் — அலகு 2

ஒளி நேர்க்கோட்டில் செல்கிறது.

வினா: ஒளியின் வேகம் எவ்வளவு?
விடை: வினாடிக்கு 3 லட்சம் கிலோமீட்டர்

**கேள்வி:** நீரின் கொதிநிலை என்ன?
**பதில்:** 100 °C

வினா: ஒலி வெற்றிடத்தில் பயணிக்குமா?
விடை:

கேள்வி: மனித உடலின் மிகப்பெரிய உறுப்பு எது?
(அ) இதயம் (ஆ) தோல் (இ) கல்லீரல் (ஈ) மூளை
"""


def test_tamil_labels_make_cards_and_report_the_unanswered() -> None:
    extraction, diagnostics = extract_text(SCIENCE)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (5, "ஒளியின் வேகம் எவ்வளவு?", "வினாடிக்கு 3 லட்சம் கிலோமீட்டர்"),
        (8, "நீரின் கொதிநிலை என்ன?", "100 °C"),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(11, "ஒலி வெற்றிடத்தில் பயணிக்குமா?"), (14, "மனித உடலின் மிகப்பெரிய உறுப்பு எது?")]


def test_inline_options_under_a_bold_question_are_no_answer() -> None:
    text = "# Quiz\n\n**1. Which planet is largest?**\n\n(a) Mars (b) Jupiter (c) Venus (d) Earth\n\n**2. Which gas do plants absorb?**\n\n(a) Oxygen (b) Carbon dioxide (c) Neon\n\nAnswer: (b) Carbon dioxide\n"
    extraction, diagnostics = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["Which gas do plants absorb?"]
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Which planet is largest?"]


def test_a_line_that_only_mentions_lettered_items_is_an_answer() -> None:
    text = "# Quiz\n\nQ: Which parts does the proof have?\nA: (a) the base case, then (c) the step\n"
    extraction, _ = extract_text(text)
    assert [d.answer for d in extraction.drafts] == ["(a) the base case, then (c) the step"]
