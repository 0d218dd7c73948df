"""A page that numbers its questions on across sections (`1)` … `3)` under one heading, `4)` under the
next): a list whose first number follows the question list before it goes on asking when half of its items
ask (the others command in words the rules do not know); a one-line answer opening with a pending mark and
trailing off (`⏳ … (a → b → …)`) is a note of what is still to write (the `numbered` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Indonesian and Polish, one command each that no English command word catches.
SERIES = """\
# Jaringan — catatan wawancara

## Dasar

1) Apa itu DNS?

    Sistem yang menerjemahkan nama domain menjadi alamat IP.

2) Apa beda TCP dan UDP?

    TCP menjamin urutan dan pengiriman; UDP tidak.

## Lanjutan

3) Port berapa yang dipakai HTTPS?

    443

4) Jelaskan proses jabat tangan TLS.

    ClientHello → ServerHello → sertifikat → kunci sesi.

## Sieci (po polsku)

5) Czym jest maska podsieci?

    Określa, która część adresu IP to sieć.

6) Opisz działanie protokołu ARP krok po kroku.

> ⏳ napiszę później (zapytanie → odpowiedź → tablica ARP ...)
"""

# The same second list under a page whose numbering starts again: no series, left alone.
RESTARTED = """\
# Kitchen notes

1) What temperature is bread baked at?

    About 220 °C.

2) Why rest the dough?

    Gluten relaxes.

## Shopping

1) Buy flour for the week.

    Two kilos.

2) Check the yeast date.

    Still good.
"""


def test_a_list_numbered_on_from_a_question_list_asks_when_half_its_items_do() -> None:
    cards, unanswered = cards_and_unanswered(SERIES)
    assert [q for _, _, q, _ in cards] == [
        "Apa itu DNS?",
        "Apa beda TCP dan UDP?",
        "Port berapa yang dipakai HTTPS?",
        "Jelaskan proses jabat tangan TLS.",
        "Czym jest maska podsieci?",
    ]
    assert cards[3][3].strip().startswith("ClientHello")
    assert [m for _, m in unanswered] == ["Opisz działanie protokołu ARP krok po kroku. (placeholder)"]


def test_a_list_that_restarts_its_numbering_does_not_inherit_the_questions() -> None:
    cards, _ = cards_and_unanswered(RESTARTED)
    fronts = [q for _, _, q, _ in cards]
    assert "Buy flour for the week." not in fronts
    assert "Check the yeast date." not in fronts
