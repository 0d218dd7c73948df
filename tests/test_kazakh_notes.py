"""Study notes in Kazakh, Russian and other languages: glossary bullets with a bracketed translation between
the bold term and the dash (`- **Күш** (сила) — …`), numbered problems under the number sign (`**№1.** …`)
answered by a solution and a labelled answer, and a numbered list of questions answered by a second numbered
list under a bold label naming the key (`**Жауаптары:**`, `**Answers:**`), matched by number."""

from __future__ import annotations

from tests.helpers import extract_text

BIOLOGY = """\
# Биология — жасуша

## Терминдер

- **Митохондрия** (митохондрия) — жасушаның энергия станциясы, АТФ түзеді.
- **Рибосома** (рибосома) — ақуыз синтезделетін органоид.
- **Лизосома** (лизосома) —

<!-- лизосоманы кейін жазамын -->

## Есептер

**№1.** ДНҚ молекуласында 20 % аденин бар. Гуанин қанша пайыз?

*Шешуі:* A = T = 20 %, G = C = (100 − 40) / 2.
**Жауабы:** 30 %.

**№2.** Бір жасушада 46 хромосома болса, гаметада неше хромосома болады?

**Жауабы:**
"""


def test_glossed_terms_and_numbered_problems() -> None:
    extraction, diagnostics = extract_text(BIOLOGY)
    cards = [(d.loc.line, d.question, d.answer.splitlines()[-1]) for d in extraction.drafts]
    assert cards == [
        (5, "Митохондрия (митохондрия)", "жасушаның энергия станциясы, АТФ түзеді."),
        (6, "Рибосома (рибосома)", "ақуыз синтезделетін органоид."),
        (13, "ДНҚ молекуласында 20 % аденин бар. Гуанин қанша пайыз?", "**Жауабы:** 30 %."),
    ]
    assert extraction.drafts[2].answer.startswith("*Шешуі:*")  # the solution, then the answer
    unanswered = sorted((d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered")
    assert unanswered == [
        (7, "Лизосома (лизосома)"),
        (18, "Бір жасушада 46 хромосома болса, гаметада неше хромосома болады?"),
    ]


def test_a_bracket_inside_a_sentence_is_no_glossed_term() -> None:
    text = "# Notes\n\n- **Note** (see above) — this is the end of a sentence that goes on.\n- Plain item.\n- Other.\n"
    extraction, _ = extract_text(text)
    assert [d.convention for d in extraction.drafts if d.convention == "glossary"] == []


LABELLED_KEY = """\
# {title}

## {section}

1. {q1}
2. {q2}
3. {q3}

**{label}:**
1. {a1}
2. {a2}
"""


def test_questions_answered_by_a_labelled_numbered_key() -> None:
    text = LABELLED_KEY.format(
        title="Астрономия",
        section="Проверь себя",
        q1="Какая планета самая большая?",
        q2="Почему Марс красный?",
        q3="Как далеко Луна?",
        label="Ответы",
        a1="Юпитер.",
        a2="Оксид железа на поверхности.",
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.loc.line, d.question, d.answer) for d in extraction.drafts] == [
        (5, "Какая планета самая большая?", "Юпитер."),
        (6, "Почему Марс красный?", "Оксид железа на поверхности."),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [(7, "Как далеко Луна?")]


def test_kazakh_labelled_key() -> None:
    text = LABELLED_KEY.format(
        title="Химия",
        section="Өзін-өзі тексеру",
        q1="Судың формуласы қандай?",
        q2="Тұз қышқылының формуласы қандай?",
        q3="pH дегеніміз не?",
        label="Жауаптары",
        a1="H₂O.",
        a2="HCl.",
    )
    extraction, _ = extract_text(text)
    assert [d.answer for d in extraction.drafts] == ["H₂O.", "HCl."]


def test_a_labelled_list_that_is_not_a_key_pairs_nothing() -> None:
    text = "# Trip\n\n1. Where do we go?\n2. When do we leave?\n\n**Packing:**\n1. Tent.\n2. Stove.\n"
    extraction, _ = extract_text(text)
    assert all(d.convention != "answer-key" for d in extraction.drafts)
