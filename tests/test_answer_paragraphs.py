"""The answer-paragraph rule: a bold numbered question label paragraph (`**Frage 1.**`, `**Հարց 2.**`,
`**ጥያቄ 3፡**`) over a paragraph opening with an answer label, bold or italic, with the punctuation of its
script; the pair is required."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Armenian chemistry: questions end in `։` and ask with `՞` inside a word; italic answer labels.
ARMENIAN = """\
# Քիմիա

## Ատոմներ

**Հարց 1.** Ի՞նչ է իզոտոպը։

*Պատասխան.* Նույն տարրի ատոմ՝ նեյտրոնների այլ թվով։

**Հարց 2.** Սահմանել վալենտականությունը։

*Պատասխան.* —

**Հարց 3.** Ո՞րն է ամենաթեթև տարրը։
"""

# Amharic geography: Ethiopic colons, a list under a label alone on its line, an aside in brackets.
AMHARIC = """\
# ጂኦግራፊ

**ጥያቄ 1፡** የኢትዮጵያ ረጅሙ ወንዝ የትኛው ነው?

**መልስ፡** አባይ።

**ጥያቄ 2፦** የኢትዮጵያ ዋና ዋና ሐይቆች የትኞቹ ናቸው?

**መልስ፦**
- ጣና
- ዝዋይ

**ጥያቄ 3፡** የራስ ዳሸን ከፍታ ስንት ነው?

**መልስ፡** (ገና አልጻፍኩም)
"""

# German, bold labels with a full stop outside the bold: the same shape in a Latin script.
GERMAN = """\
## Physik

**Frage 1**. Was misst ein Voltmeter?

**Antwort**. Die Spannung zwischen zwei Punkten.
"""

# A bold numbered label never followed by an answer paragraph: no pair, nothing read.
NO_PAIR = """\
# Reisetagebuch

**Frage 1.** Wohin fahren wir im Sommer?

Vielleicht nach Portugal, vielleicht an die Ostsee.
"""


def test_armenian_labels_give_cards_and_report_the_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(ARMENIAN)
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "answer-paragraph", "Ի՞նչ է իզոտոպը։", "Նույն տարրի ատոմ՝ նեյտրոնների այլ թվով։")
    ]
    assert [line for line, _ in unanswered] == [9, 13]


def test_amharic_labels_take_the_list_below_and_report_an_aside() -> None:
    cards, unanswered = cards_and_unanswered(AMHARIC)
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "የኢትዮጵያ ረጅሙ ወንዝ የትኛው ነው?", "አባይ።"),
        (7, "የኢትዮጵያ ዋና ዋና ሐይቆች የትኞቹ ናቸው?", "- ጣና\n- ዝዋይ"),
    ]
    assert [line for line, _ in unanswered] == [13]


def test_a_label_every_rule_knows_is_left_to_the_bold_question_rule() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (3, "bold-question", "Was misst ein Voltmeter?", "Die Spannung zwischen zwei Punkten.")
    ]


def test_a_numbered_label_without_an_answer_paragraph_is_not_read() -> None:
    cards, unanswered = cards_and_unanswered(NO_PAIR)
    assert [c for c in cards if c[1] == "answer-paragraph"] == []
    assert [line for line, message in unanswered if "Portugal" in message] == []


SHOWN = """\
**Հարց 7.** Քանի՞ տող է տպում այս ծրագիրը։

```c
fork();
fork();
```

*Պատասխան.* Չորս։

**Հարց 8.** Ո՞ր ալգորիթմներն են կանխարգելիչ։

- round robin
- shortest remaining time
"""


def test_code_between_question_and_answer_goes_with_the_question() -> None:
    cards, _ = cards_and_unanswered(SHOWN)
    assert cards[0][1:] == (
        "answer-paragraph",
        "Քանի՞ տող է տպում այս ծրագիրը։\n\n```c\nfork();\nfork();\n```",
        "Չորս։",
    )
    assert [c[1] for c in cards[1:]] != ["answer-paragraph"]  # a list with no label after it: another rule's
