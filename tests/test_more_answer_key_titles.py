"""A numbered list of questions answered by a separate numbered section titled for the answers, matched
by number, in more languages: Welsh `Atebion`, Basque `Erantzunak`, Kannada `ಉತ್ತರಗಳು`, Sinhala
`පිළිතුරු` (as `Answers`, `Antworten`, `Respuestas` are)."""

from __future__ import annotations

from tests.helpers import extract_text

WELSH = """\
# Daearyddiaeth — Afonydd

## Cwestiynau

1. Beth yw aber?
2. Pam mae afonydd yn ystumio?
3. Ble mae tarddiad Afon Hafren?

## Atebion

1. Y man lle mae afon yn cwrdd â'r môr.
2. Mae'r dŵr yn erydu'r lan allanol yn gyflymach na'r lan fewnol.
3. Ar Bumlumon.
"""

BASQUE = """\
# Kimika

## Galderak

1. Zer da atomo bat?
2. Zenbat protoi ditu karbonoak?

## Erantzunak

1. Materiaren unitate txikiena.
2. Sei.
"""


def test_welsh_questions_answered_by_an_atebion_section() -> None:
    extraction, diagnostics = extract_text(WELSH)
    assert [(d.loc.line, d.question, d.answer) for d in extraction.drafts] == [
        (5, "Beth yw aber?", "Y man lle mae afon yn cwrdd â'r môr."),
        (6, "Pam mae afonydd yn ystumio?", "Mae'r dŵr yn erydu'r lan allanol yn gyflymach na'r lan fewnol."),
        (7, "Ble mae tarddiad Afon Hafren?", "Ar Bumlumon."),
    ]
    assert not [d for d in diagnostics if d.kind == "unanswered"]


def test_basque_questions_answered_by_an_erantzunak_section() -> None:
    extraction, _ = extract_text(BASQUE)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Zer da atomo bat?", "Materiaren unitate txikiena."),
        ("Zenbat protoi ditu karbonoak?", "Sei."),
    ]


def test_a_section_titled_by_a_word_that_opens_with_an_answer_word_is_no_key() -> None:
    text = WELSH.replace("## Atebion", "## Atebionwyr")
    extraction, _ = extract_text(text)
    assert not any(d.answer.startswith("Y man") for d in extraction.drafts)
