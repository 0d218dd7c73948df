"""The channel-log rule: an IRC-style log in a plain-text fence; a member's question is the front, the other
members' replies right after it the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# #chemie-lerngruppe — Abend vor der Klausur

## Säuren und Basen

```
[19:00] <lena> ist jemand da?
[19:00] <tobi> ja, alle im Panikmodus
[19:02] <lena> was ist ein Puffer?
[19:03] <@tobi> eine Lösung aus schwacher Säure und ihrer korrespondierenden Base,
[19:03] <@tobi> die den pH-Wert bei Zugabe von Säure oder Base fast konstant hält
[19:04] <mara> +1, z.B. Essigsäure/Acetat
[19:06] <tobi> wie berechnet man den pH einer 0,01 M HCl?
[19:06] <lena> pH = -log(0,01) = 2
[19:07] <tobi> danke!
[19:10] <mara> hat jemand die Altklausur von 2023?
[19:11] <lena> liegt im Moodle, aber ohne Lösungen
[19:14] <mara> warum ist Wasser amphoter?
[19:20] <mara> ...niemand? ok
[19:25] <lena> gilt das Massenwirkungsgesetz auch für Gase?
[19:34] <tobi> ich geh schlafen, viel Glück morgen
[19:34] * tobi has quit (Quit: bye)
```
"""

SPANISH_AND_ENGLISH = """\
# Registro del canal #redes

```text
<ana> ¿qué hace el protocolo ARP?
<beto> traduce direcciones IP a direcciones MAC dentro de la red local
<ana> and what is a subnet mask?
<carl> it marks which bits of an address are the network part
<carl> e.g. 255.255.255.0 leaves 8 bits for hosts
<beto> ¿alguien tiene los apuntes de ayer?
<ana> no
```
"""

NEAR_MISS = """\
# Shell session

```
<html> is the root element?
$ ls -la
```

```text
[10:00] <ana> hello?
```
"""


def test_replies_by_other_nicks_answer_the_question() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    by_question = {q: (rule, a) for _, rule, q, a in cards}
    assert {rule for rule, _ in by_question.values()} == {"channel-log"}
    assert list(by_question) == ["was ist ein Puffer?", "wie berechnet man den pH einer 0,01 M HCl?"]
    buffer = by_question["was ist ein Puffer?"][1]
    assert buffer.startswith("eine Lösung aus schwacher Säure")  # two lines of one nick are one turn
    assert "z.B. Essigsäure/Acetat" in buffer  # another member's addition belongs to the back
    assert by_question["wie berechnet man den pH einer 0,01 M HCl?"][1] == "pH = -log(0,01) = 2"  # `danke!` ends it


def test_a_question_only_the_asker_returns_to_or_answered_after_a_silence_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(GERMAN)
    assert [m for _, m in unanswered] == [
        "warum ist Wasser amphoter?",  # bumped by the asker alone, six minutes later
        "gilt das Massenwirkungsgesetz auch für Gase?",  # a good-night nine minutes later is no answer
    ]


def test_questions_put_to_the_room_are_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    questions = [q for _, _, q, _ in cards] + [m for _, m in unanswered]
    assert "ist jemand da?" not in questions
    assert "hat jemand die Altklausur von 2023?" not in questions


def test_unstamped_messages_in_a_text_fence() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_AND_ENGLISH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("channel-log", "¿qué hace el protocolo ARP?", "traduce direcciones IP a direcciones MAC dentro de la red local"),
        (
            "channel-log",
            "and what is a subnet mask?",
            "it marks which bits of an address are the network part\ne.g. 255.255.255.0 leaves 8 bits for hosts",
        ),
    ]
    assert unanswered == []  # `¿alguien tiene …?` asks the room, not about the subject


def test_a_fence_of_other_lines_or_a_single_question_is_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "channel-log" for _, rule, _, _ in cards)
    assert unanswered == []
