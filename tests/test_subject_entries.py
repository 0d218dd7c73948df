"""The subject-entry rule: a FAQ in the old Usenet layout, each entry opened by `Subject: N.N) question`,
the answer under it, entries divided by lines of dashes."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Koch-FAQ

## Inhalt

    0.1)  Über diese Datei
    1.1)  Warum wird mein Risotto klebrig?
    1.2)  Wie lange muss Pasta ruhen?
    2.1)  Wie schärfe ich ein Messer?

------------------------------

Subject: 0.1) Über diese Datei

Private Notizen, keine offizielle FAQ.

------------------------------

Subject: 1.1) Warum wird mein Risotto klebrig?

Zu viel Rühren setzt Stärke frei. Brühe nach und nach zugeben:

    1 Kelle, rühren, warten
    nächste Kelle erst, wenn sie aufgesogen ist

------------------------------

Subject: 1.2) Wie lange muss Pasta ruhen?

[ fehlt noch ]

------------------------------

Subject: 2.1) Wie schärfe ich ein Messer?

------------------------------
"""

FRENCH = """\
Subject: 3.1) Pourquoi Vénus est-elle si chaude ?
Son atmosphère de CO2 retient la chaleur : un effet de serre emballé.

------------------------------

Subject: 3.2) Qu'est-ce qu'une année-lumière ?

La distance parcourue par la lumière en un an, environ 9,46 × 10^12 km.
"""

MAIL_HEADERS = """\
From: Ana
Subject: 1.1) Minutes of the meeting

We agreed on the budget.

---

Nothing else.
"""


def test_each_subject_entry_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        (
            "subject-entry",
            "Warum wird mein Risotto klebrig?",
            "Zu viel Rühren setzt Stärke frei. Brühe nach und nach zugeben:\n\n"
            "    1 Kelle, rühren, warten\n    nächste Kelle erst, wenn sie aufgesogen ist",
        ),
    ]
    assert [message for _line, message in unanswered] == [
        "Wie lange muss Pasta ruhen? (placeholder)",
        "Wie schärfe ich ein Messer?",
    ]


def test_the_answer_may_start_on_the_subject_line_s_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH)
    assert [(q, a) for _line, _rule, q, a in cards] == [
        ("Pourquoi Vénus est-elle si chaude ?", "Son atmosphère de CO2 retient la chaleur : un effet de serre emballé."),
        ("Qu'est-ce qu'une année-lumière ?", "La distance parcourue par la lumière en un an, environ 9,46 × 10^12 km."),
    ]
    assert unanswered == []


def test_a_lone_subject_header_is_no_faq() -> None:
    cards, _unanswered = cards_and_unanswered(MAIL_HEADERS)
    assert all(rule != "subject-entry" for _line, rule, _q, _a in cards)
