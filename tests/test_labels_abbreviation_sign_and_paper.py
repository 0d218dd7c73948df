"""Bold question labels over their questions in more dress: abbreviated with the Devanagari abbreviation sign and
numbered in Devanagari digits (`**प्र॰ ३.** …` over `**उ॰** …`, as Hindi, Marathi and Nepali guides write them), and
a numbered label naming the paper the question comes from in parentheses, a star flagging it after the bold
(`**Question 3 (Spring 2019)** ⭐`, `**Frage 2 (Klausur 2020)**`, `**שאלה 4 (סמסטר ב')**`) over the question line,
answered after an answer label (`**Answer:**`, `**Antwort:**`, the Hebrew solution label `**פתרון:**`)."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from ankibuild.extract.details import _clean_prompt as clean_prompt
from tests.helpers import cards_and_unanswered

MARATHI = """\
# भूगोल — पाठ ३

## लघु प्रश्न

**प्र॰ १.** महाराष्ट्रातील सर्वात लांब नदी कोणती?

**उ॰** गोदावरी.

**प्र॰ २.** सह्याद्री पर्वतरांगेला दुसरे नाव काय आहे?

**उ॰**

**प्र॰ ३.** कोकण किनारपट्टीवरील दोन बंदरांची नावे लिहा.

**उ॰**

| बंदर | जिल्हा |
|---|---|
| रत्नागिरी | रत्नागिरी |
| जेएनपीटी | रायगड |
"""


def test_devanagari_abbreviated_labels_pair_question_and_answer() -> None:
    cards, unanswered = cards_and_unanswered(MARATHI)
    assert [(line, question) for line, _, question, _ in cards] == [
        (5, "महाराष्ट्रातील सर्वात लांब नदी कोणती?"),
        (13, "कोकण किनारपट्टीवरील दोन बंदरांची नावे लिहा."),
    ]
    assert cards[0][3] == "गोदावरी."
    assert cards[1][3].startswith("| बंदर | जिल्हा |")
    assert unanswered == [(9, "सह्याद्री पर्वतरांगेला दुसरे नाव काय आहे?")]


ENGLISH = """\
# Thermodynamics — past exam problems

## Part 1

**Question 1 (Spring 2019, resit)** ⭐
What is the efficiency of a Carnot engine between 300 K and 600 K?

**Answer:**
$1 - 300/600 = 50\\%$.

**Question 2 (Autumn 2020)**
Derive the work done in an isothermal expansion of an ideal gas.

**Answer:**
$W = nRT \\ln(V_2/V_1)$.

**Question 3 (Spring 2021)**
Show that entropy is a state function.

**Answer:**
"""

GERMAN = """\
# Mechanik — Altklausuren

**Frage 1 (Klausur 2020)** ⭐
Wie lautet das zweite newtonsche Gesetz?

**Antwort:**
$F = m a$.

**Frage 2 (Nachklausur)** ⭐
Berechnen Sie die Fallzeit aus 20 m Höhe.

**Antwort:**
Etwa 2 s.
"""

HEBREW = """\
# כימיה — שאלות ממבחנים

**שאלה 1 (סמסטר א')** ⭐
מהו מספר אבוגדרו?

**פתרון:**
בערך $6.022 \\cdot 10^{23}$.

**שאלה 2 (סמסטר ב')**
חשבו את המסה המולרית של מים.

**פתרון:**
18 גרם למול.
"""


def test_a_label_naming_its_paper_is_no_part_of_the_front() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(line, rule, question) for line, rule, question, _ in cards] == [
        (5, "details", "What is the efficiency of a Carnot engine between 300 K and 600 K?"),
        (11, "details", "Derive the work done in an isothermal expansion of an ideal gas."),
    ]
    assert [line for line, _ in unanswered] == [17]
    german, _ = cards_and_unanswered(GERMAN)
    assert [(question, answer) for _, _, question, answer in german] == [
        ("Wie lautet das zweite newtonsche Gesetz?", "$F = m a$."),
        ("Berechnen Sie die Fallzeit aus 20 m Höhe.", "Etwa 2 s."),
    ]


def test_the_hebrew_solution_label_answers() -> None:
    cards, unanswered = cards_and_unanswered(HEBREW)
    assert [(question, answer) for _, _, question, answer in cards] == [
        ("מהו מספר אבוגדרו?", "בערך $6.022 \\cdot 10^{23}$."),
        ("חשבו את המסה המולרית של מים.", "18 גרם למול."),
    ]
    assert unanswered == []


@pytest.mark.parametrize(
    ("paragraph", "front"),
    [
        ("**Q1: Deploy the machine and log in over SSH.**", "Deploy the machine and log in over SSH."),
        ("**प्रिय मित्रों**, यह अध्याय कठिन क्यों है?", "**प्रिय मित्रों**, यह अध्याय कठिन क्यों है?"),
        ("**Quick check:** what does `ls -a` show?", "**Quick check:** what does `ls -a` show?"),
    ],
)
def test_a_bold_span_that_is_no_bare_label_stays(paragraph: str, front: str) -> None:
    """A label inside a bold question (`**Q1: …**`) leaves the question whole, and a bold word that only opens
    like a label (`प्रिय` after `प्र`, `Quick` after `Q`) is no label."""
    assert clean_prompt(paragraph) == front


@pytest.mark.parametrize(
    "body",
    ["(नक्शा कॉपी में बनाया है — यहाँ बाद में जोड़ूँगा)", "उत्तर बाद में लिखूँगी।", "यह बाद में भरूँगा 🙏"],
)
def test_a_hindi_promise_to_add_it_later_is_a_placeholder(body: str) -> None:
    assert empty_reason(body) == "placeholder"


@pytest.mark.parametrize(
    "body",
    ["बाद में जोड़ूँगा, पहले यह समझो कि जल ऊपर क्यों जाता है।", "वृक्काणु (nephron) — मूत्र बाद में बनता है।"],
)
def test_a_hindi_answer_mentioning_later_is_kept(body: str) -> None:
    assert empty_reason(body) is None
