"""Serbian, Croatian and Bosnian oral-exam notes: a bold numbered command (`**3. Objasniti …**`) answered by the
blockquote after it is a card; a blockquote that only says there is no answer yet is unanswered."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from ankibuild.extract.questions import starts_with_imperative
from tests.helpers import extract_text

_NOTES = (
    "# Fiziologija — usmeni\n\n## Srce\n\n"
    "**1. Šta je srčani ciklus?**\n\n> Niz događaja od početka jednog otkucaja do početka sledećeg.\n\n"
    "**2. {verb} faze akcionog potencijala miokarda.**\n\n> Depolarizacija, plato, repolarizacija.\n\n"
    "**3. Objasniti Frank-Starlingov zakon.**\n\n> {placeholder}\n\n"
    "Napomena: profesor ovo pita na svakom roku.\n\n"
    "**4. Kolika je normalna frekvencija srca?**\n\n> 60–100 otkucaja u minuti.\n"
)


@pytest.mark.parametrize("verb", ["Navesti", "Nabrojati", "Opisati", "Definirati", "Usporediti"])
@pytest.mark.parametrize("placeholder", ["(nema odgovora — pitati asistenta)", "*dopuniti kasnije*", "Bez odgovora."])
def test_commands_are_cards_and_placeholders_unanswered(verb: str, placeholder: str) -> None:
    extraction, _ = extract_text(_NOTES.format(verb=verb, placeholder=placeholder))
    assert [d.question for d in extraction.drafts] == [
        "Šta je srčani ciklus?",
        f"{verb} faze akcionog potencijala miokarda.",
        "Kolika je normalna frekvencija srca?",
    ]
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Objasniti Frank-Starlingov zakon."]


@pytest.mark.parametrize(
    "line",
    [
        "(nema odgovora)",
        "Nema još odgovora",
        "pitati profesora",
        "(pitati na konsultacijama)",
        "Odgovor naknadno",
        "pitati asistenta u petak.",
        "provjeriti na vježbama sutra",
    ],
)
def test_bcs_notes_to_self_are_placeholders(line: str) -> None:
    assert empty_reason(line) is not None


@pytest.mark.parametrize("line", ["Kasnije, posle sistole.", "Pitati korisnika za lozinku i proveriti je.", "Nema ga u jetri."])
def test_bcs_answers_are_not_placeholders(line: str) -> None:
    assert empty_reason(line) is None


@pytest.mark.parametrize("text", ["Navesti tipove spojeva.", "Objasniti razliku između A i B.", "Definisati entropiju."])
def test_bcs_command_words_open_a_task(text: str) -> None:
    assert starts_with_imperative(text)
