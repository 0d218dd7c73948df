"""Hebrew exam notes: `**שאלה N:**` labels a question and `**תשובה:**` (or a plain `תשובה:`) opens its
answer, on the label's line or after an empty label (a list, a `$$` block); the letters `א.` / `ב.` number
the parts of a past-paper question; a right-to-left question opening with a question word and ending with
`?` asks on its own."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHEMISTRY = """\
# כימיה — חומצות ובסיסים

## שאלות תרגול

**שאלה 1:** מהי חומצה לפי ברנסטד?

**תשובה:** חומר המוסר פרוטון.

**שאלה 2:** מנו שלושה גורמים המשפיעים על קצב תגובה.

**תשובה:**
1. טמפרטורה
2. ריכוז המגיבים
3. זרז

**שאלה 3:** רשמו את משוואת הניטרול.

**תשובה:**

$$HCl + NaOH \\rightarrow NaCl + H_2O$$

**שאלה 4:** מדוע מים מוליכים חשמל בצורה חלשה?

**תשובה:**

<!-- TODO -->
"""


def test_hebrew_question_and_answer_labels() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    assert [(line, question, answer.splitlines()[0]) for line, _, question, answer in cards] == [
        (5, "מהי חומצה לפי ברנסטד?", "חומר המוסר פרוטון."),
        (9, "מנו שלושה גורמים המשפיעים על קצב תגובה.", "1. טמפרטורה"),
        (16, "רשמו את משוואת הניטרול.", "$$HCl + NaOH \\rightarrow NaCl + H_2O$$"),
    ]
    assert [line for line, _ in unanswered] == [22]


PAST_PAPER = """\
# היסטוריה

### מבחן 2021, שאלה 2

בשנת 1917 פורסמה הצהרת בלפור.

| שנה | אירוע |
|---|---|
| 1917 | הצהרת בלפור |
| 1922 | המנדט הבריטי |

א. מי חתם על ההצהרה?

תשובה: שר החוץ הבריטי ארתור בלפור.

ב. הסבירו את חשיבות המנדט.

תשובה: הוא נתן תוקף בינלאומי להצהרה.

### מבחן 2020, שאלה 5

כיצד השפיע הספר הלבן על העלייה?

---

בהצלחה!
"""


def test_hebrew_lettered_parts_and_a_bare_question_without_answer() -> None:
    cards, unanswered = cards_and_unanswered(PAST_PAPER)
    assert [(line, question, answer) for line, _, question, answer in cards] == [
        (12, "מי חתם על ההצהרה?", "שר החוץ הבריטי ארתור בלפור."),
        (16, "הסבירו את חשיבות המנדט.", "הוא נתן תוקף בינלאומי להצהרה."),
    ]
    assert [line for line, _ in unanswered] == [22]


def test_a_hebrew_statement_ending_without_a_question_mark_asks_nothing() -> None:
    cards, unanswered = cards_and_unanswered("# הערות\n\n## סיכום\n\nמה שחשוב לזכור הוא התרגול היומי.\n")
    assert cards == [] and unanswered == []


def test_plain_hebrew_labels_and_a_bold_answer_that_stops_at_the_next_label() -> None:
    text = (
        "# גאוגרפיה\n\n## חזרה\n\nשאלה 1: מהי בירת צרפת?\n\nתשובה: פריז.\n\n**שאלה:** איזה נהר עובר בקהיר?\n\n"
        "**תשובה:** הנילוס.\n\nשאלה 3: מדוע יש עונות שנה?\nתשובה: בגלל נטיית ציר כדור הארץ.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, question, answer) for line, _, question, answer in cards] == [
        (5, "מהי בירת צרפת?", "פריז."),
        (9, "איזה נהר עובר בקהיר?", "הנילוס."),
        (13, "מדוע יש עונות שנה?", "בגלל נטיית ציר כדור הארץ."),
    ]
    assert unanswered == []
