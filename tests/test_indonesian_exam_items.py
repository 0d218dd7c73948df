"""Indonesian and Malay exam notes: a labelled item whose question is only a lead-in (`**Soal 4**`
`Perhatikan pernyataan berikut!`), then a list of statements and the actual stem with its options, is one
question; essay items answered by an indented `**Jawab:**` paragraph are cards, and in a run of answered
ones an item with no answer (`Sebutkan …!`) is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_CHEMISTRY = (
    "# Latihan Kimia\n\n## Pilihan Ganda\n\n"
    "**Soal 1**\nPerhatikan data berikut!\n"
    "1) NaCl\n2) HCl\n3) C6H12O6\n4) KOH\n\n"
    "Senyawa yang termasuk elektrolit kuat ditunjukkan oleh nomor ....\n"
    "A. 1, 2, dan 3\nB. 1, 2, dan 4\nC. 2 dan 3\nD. 3 saja\n\n"
    "**Jawaban: B**\n\n"
    "**Soal 2**\nLogam yang paling reaktif adalah ....\nA. Na\nB. Fe\nC. Cu\nD. Ag\n\n"
    "**Jawaban: A**\n"
)

_ESSAY = (
    "# Soalan Geografi\n\n## Uraian\n\n"
    "1. Jelaskan proses terjadinya hujan orografis!\n\n"
    "   **Jawab:** Udara lembap naik di lereng gunung, mendingin dan mengembun menjadi hujan.\n\n"
    "2. Mengapa daerah khatulistiwa banyak hujan?\n\n"
    "   **Jawab:** Karena penguapan tinggi dan udara selalu naik.\n\n"
    "3. Sebutkan dua jenis awan hujan!\n"
)


def test_lead_in_statements_and_stem_are_one_question() -> None:
    cards, _ = cards_and_unanswered(_CHEMISTRY)
    fronts = [c[2] for c in cards]
    assert fronts[0].startswith("Perhatikan data berikut!\n\n1) NaCl")
    assert "Senyawa yang termasuk elektrolit kuat ditunjukkan oleh nomor ...." in fronts[0]
    assert cards[0][3].startswith("**Jawaban: B**") or cards[0][3].startswith("Jawaban: B")
    assert fronts[1].startswith("Logam yang paling reaktif adalah ....")
    assert "Perhatikan data berikut!" not in fronts[1:]


def test_a_question_that_asks_keeps_its_list_as_the_answer() -> None:
    text = (
        "# Catatan\n\n**Soal 1**\nApa saja fungsi hati?\n"
        "1) menghasilkan empedu\n2) menyimpan glikogen\n\nJadi hati penting untuk pencernaan:\n"
        "A. benar\nB. salah\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [c[2] for c in cards] == ["Apa saja fungsi hati?"]
    assert cards[0][3].startswith("1) menghasilkan empedu")


def test_essay_items_answered_by_an_indented_label() -> None:
    cards, unanswered = cards_and_unanswered(_ESSAY)
    assert [c[2] for c in cards] == [
        "Jelaskan proses terjadinya hujan orografis!",
        "Mengapa daerah khatulistiwa banyak hujan?",
    ]
    assert cards[0][3].endswith("mendingin dan mengembun menjadi hujan.")
    assert cards[1][3].endswith("Karena penguapan tinggi dan udara selalu naik.")
    assert [text for _, text in unanswered] == ["Sebutkan dua jenis awan hujan!"]
