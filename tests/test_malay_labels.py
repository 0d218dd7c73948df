"""Malay question and answer labels (`**Soalan 1.**`, `**Jawapan:**`) read wherever their Indonesian and
English kin are, numbered or not, and the Malay / Indonesian notes to self (`cuba sendiri dulu`, `belum
dijawab`, `akan ditambah`) are placeholders, not answers."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_numbered_malay_labels_answered_in_the_next_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Kimia\n\n## Latihan\n\n"
        "**Soalan 1.** Sebanyak 4 g natrium hidroksida dilarutkan dalam air.\nHitung bilangan mol.\n\n"
        "**Jawapan:**\n```\nn = 4 / 40 = 0.1 mol\n```\n\n"
        "**Soalan 2.** Apakah nombor proton bagi karbon?\n\n**Jawapan:** $6$\n\n"
        "**Soalan:** Apakah isotop?\n\n<!-- tanya cikgu -->\n\n"
        "**Soalan 3.** Namakan satu alkali.\n\n**Jawapan:** _(cuba sendiri dulu — jawapan minggu depan)_\n"
    )
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (5, "Sebanyak 4 g natrium hidroksida dilarutkan dalam air. Hitung bilangan mol.", "```\nn = 4 / 40 = 0.1 mol\n```"),
        (13, "Apakah nombor proton bagi karbon?", "$6$"),
    ]
    assert [line for line, _ in unanswered] == [17, 21]
    assert unanswered[1][1].endswith("(placeholder)")


def test_numbered_labels_in_other_languages() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Mixed\n\n**Question 3.** What is the unit of power?\n\n**Answer:** the watt\n\n"
        "**Pregunta 2.** ¿Qué es la masa?\n\n**Respuesta:** La cantidad de materia.\n\n"
        "**Soal 4.** Apa itu usaha?\n\n**Jawaban:** _belum dijawab_\n\n"
        "**Pertanyaan 5.** Apa itu daya?\n\n**Jawaban:** akan ditambah nanti\n"
    )
    assert [c[2] for c in cards] == ["What is the unit of power?", "¿Qué es la masa?"]
    assert [line for line, _ in unanswered] == [11, 15]


def test_an_answer_that_merely_starts_with_belum_words_is_kept() -> None:
    cards, _ = cards_and_unanswered(
        "# Sejarah\n\n**Soalan:** Adakah Tanah Melayu merdeka pada 1945?\n\n"
        "**Jawapan:** Belum tentu bagi semua negeri; kemerdekaan dicapai pada 1957.\n"
    )
    assert [c[3] for c in cards] == ["Belum tentu bagi semua negeri; kemerdekaan dicapai pada 1957."]
