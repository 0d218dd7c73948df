"""Danish, Norwegian and Swedish question and answer labels (`**Spørgsmål 1.**`, `**Spørsmål 2:**`,
`**Fråga 3.**`, `**Svar:**`) read wherever their English kin are, and the Nordic "missing" notes to self
(`_mangler_`, `Mangler stadig`, `saknas`) are placeholders, not answers."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_danish_labelled_pairs_under_section_headings() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Økonomi — eksamen\n\n## Makroøkonomi\n\n"
        "**Spørgsmål 1.** Hvad er inflation?\n\n**Svar:** En generel stigning i prisniveauet.\n\n"
        "**Spørgsmål 2.** Nævn tre mål for pengepolitikken.\n\n**Svar:**\n- Prisstabilitet\n- Beskæftigelse\n- Vækst\n\n"
        "## Mikroøkonomi\n\n"
        "**Spørgsmål 3.** Hvad er en Giffen-vare?\n\n**Svar:** _mangler_\n\n"
        "**Spørgsmål 4.** Forklar priselasticitet.\n\n<!-- fra forelæsning 3 -->\n"
    )
    assert [c[2] for c in cards] == ["Hvad er inflation?", "Nævn tre mål for pengepolitikken."]
    assert cards[1][3].startswith("- Prisstabilitet")
    assert [line for line, _ in unanswered] == [18, 22]


def test_norwegian_and_swedish_labels() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Kjemi\n\n**Spørsmål 1:** Hva er et molekyl?\n\n**Svar:** To eller flere atomer bundet sammen.\n\n"
        "**Fråga 2.** Vad är en jon?\n\n**Svar:** En laddad atom eller molekyl.\n\n"
        "**Fråga 3.** Vad är pH?\n\n**Svar:** saknas\n\n"
        "**Spørsmål 4:** Hva er en base?\n\n**Svar:** Mangler stadig\n"
    )
    assert [c[2] for c in cards] == ["Hva er et molekyl?", "Vad är en jon?"]
    assert [c[3] for c in cards] == ["To eller flere atomer bundet sammen.", "En laddad atom eller molekyl."]
    assert [line for line, _ in unanswered] == [11, 15]


def test_an_answer_that_merely_mentions_missing_is_kept() -> None:
    cards, _ = cards_and_unanswered(
        "# Biologi\n\n**Spørgsmål 1.** Hvad sker der ved jernmangel?\n\n"
        "**Svar:** Kroppen mangler hæmoglobin, så ilttransporten falder.\n"
    )
    assert [c[3] for c in cards] == ["Kroppen mangler hæmoglobin, så ilttransporten falder."]
