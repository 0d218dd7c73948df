"""Obsidian_to_Anki plugin blocks: `START` / note type / front / `Back: …` / `END`, and its header lines."""

from __future__ import annotations

from ankibuild.records import EXPLICIT_PREFIX
from tests.helpers import cards_and_unanswered, extract_text

NOTE = """\
TARGET DECK: Languages::Spanish
FILE TAGS: spanish vocab

# Spanish verbs

Some prose about irregular verbs, not a card.

START
Basic
Which verb means *to know a fact*: `saber` or `conocer`?
Back: `saber`; `conocer` is to be acquainted with a person or place.
<!--ID: 1700000000001-->
END

START
Basic (and reversed card)
`tener que + infinitivo`
Back: to have to do something
Tags: grammar
END

START
Basic
Front: Conjugate *ir* in the preterite.
Back:
```text
fui, fuiste, fue, fuimos, fuisteis, fueron
```
END

START
Basic
What does *soler* express?
Back:
END

START
Cloze
Text: The subjunctive follows {{c1::ojalá}}.
Back Extra: Also after *esperar que*.
END

STARTI [Basic] What is the gerund of *leer*? Back: leyendo ENDI
"""


def test_start_end_blocks_are_cards():
    cards, unanswered = cards_and_unanswered(NOTE)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "plugin-block",
            "Which verb means *to know a fact*: `saber` or `conocer`?",
            "`saber`; `conocer` is to be acquainted with a person or place.",
        ),
        ("plugin-block", "`tener que + infinitivo`", "to have to do something"),
        ("plugin-block", "Conjugate *ir* in the preterite.", "```text\nfui, fuiste, fue, fuimos, fuisteis, fueron\n```"),
        ("plugin-block", "The subjunctive follows {{c1::ojalá}}.", "Also after *esperar que*."),
        ("plugin-block", "What is the gerund of *leer*?", "leyendo"),
    ]
    assert [message for _, message in unanswered] == ["What does *soler* express?"]


def test_the_plugin_id_pins_the_note_and_never_shows():
    extraction, _ = extract_text(NOTE)
    first = extraction.drafts[0]
    assert first.explicit_id == f"{EXPLICIT_PREFIX}1700000000001"
    assert all("<!--" not in d.answer and "END" not in d.answer for d in extraction.drafts)
    assert extraction.drafts[3].note_type == "cloze"


def test_header_lines_are_no_cards():
    extraction, _ = extract_text(NOTE)
    assert all("TARGET DECK" not in d.question and "Languages" not in d.question for d in extraction.drafts)
    text = "TARGET DECK\nHistory::Rome\n\n# Rome\n\nWhen was Rome founded?\n\nIn 753 BC, by tradition.\n"
    extraction, _ = extract_text(text)
    assert all("History" not in d.question for d in extraction.drafts)


def test_words_start_and_end_in_prose_are_no_block():
    text = """\
# Race notes

START
the race at nine.

Which lane is fastest?

END
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "plugin-block" for _, rule, _, _ in cards)


def test_inline_notes_keep_their_id_and_cloze_type():
    text = """\
# Chemistry

STARTI [Basic] What is the charge of an electron? Back: −1 e <!--ID: 1700000000009--> ENDI

STARTI [Cloze] Water boils at {{c1::100 °C}} at sea level. ENDI
"""
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer, d.note_type, d.explicit_id) for d in extraction.drafts] == [
        ("What is the charge of an electron?", "−1 e", "basic", f"{EXPLICIT_PREFIX}1700000000009"),
        ("Water boils at {{c1::100 °C}} at sea level.", "", "cloze", None),
    ]
