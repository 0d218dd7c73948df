"""Follow-up questions (`**Follow-up:** …?` after an answer, in a paragraph or a quote) are cards of their
own, cut out of the answer above them."""

from __future__ import annotations

from tests.helpers import extract_text

NETWORKING = """# Networking notes

## Transport

### What does TCP add on top of IP?

Ordered, reliable delivery with flow and congestion control.

**Follow-up:** Why does a video call often use UDP instead?

A late packet is useless to it: retransmission would only add delay.

**Follow up question:** How does TCP detect a lost segment?

> Three duplicate ACKs, or a retransmission timeout.

*Bonus:* What is head-of-line blocking?

One lost segment stalls every later one until it is resent.

**Follow-up:** Explain how QUIC avoids it.

**Bonus:** the capture files are in the `pcaps/` folder.

### Which port does DNS use?

53, over UDP and TCP.
"""


def _cards(text: str) -> list[tuple[int, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.loc.line, d.question, d.answer) for d in extraction.drafts]


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [f"{d.loc.line}: {d.message}" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_each_follow_up_is_a_card_cut_out_of_the_answer_above() -> None:
    cards = _cards(NETWORKING)
    line, question, answer = cards[0]
    assert (line, question) == (5, "What does TCP add on top of IP?")
    assert answer.startswith("Ordered, reliable delivery with flow and congestion control.")
    assert "UDP" not in answer and "QUIC" not in answer and "ACK" not in answer
    assert cards[1:4] == [
        (
            9,
            "Why does a video call often use UDP instead?",
            "A late packet is useless to it: retransmission would only add delay.",
        ),
        (13, "How does TCP detect a lost segment?", "> Three duplicate ACKs, or a retransmission timeout."),
        (17, "What is head-of-line blocking?", "One lost segment stalls every later one until it is resent."),
    ]
    assert cards[-1][1] == "Which port does DNS use?"


def test_a_follow_up_without_an_answer_is_unanswered_and_an_aside_is_no_question() -> None:
    assert _unanswered(NETWORKING) == ["21: Explain how QUIC avoids it."]
    assert not any("pcaps" in question for _, question, _ in _cards(NETWORKING))


def test_a_labelled_follow_up_inside_a_quote_is_its_own_card() -> None:
    text = """# Datenbanken

### Was ist ein Index?

Eine sortierte Hilfsstruktur, die Suchen beschleunigt.

> 🔍 **Nachfrage:** **Wann schadet ein Index?**
>
> Bei vielen Schreibzugriffen: jeder Schreibvorgang muss ihn pflegen.

### Was ist eine Transaktion?

Eine Folge von Operationen, die ganz oder gar nicht wirkt.
"""
    cards = _cards(text)
    assert cards[0][2] == "Eine sortierte Hilfsstruktur, die Suchen beschleunigt."
    assert cards[1] == (7, "Wann schadet ein Index?", "Bei vielen Schreibzugriffen: jeder Schreibvorgang muss ihn pflegen.")
    assert len(cards) == 3


def test_follow_ups_in_other_languages() -> None:
    text = """# Redes

## ¿Qué es NAT?

Traduce direcciones privadas a una pública.

**Pregunta de seguimiento:** ¿Qué problema causa NAT a las conexiones P2P?

Los pares no pueden recibir conexiones entrantes sin *hole punching*.

## 什么是 CDN？

内容分发网络，把内容缓存到离用户近的节点。

> 面试官追问：**CDN 如何回源？**
>
> 缓存未命中时，边缘节点向源站请求内容。
"""
    questions = [q for _, q, _ in _cards(text)]
    assert "¿Qué problema causa NAT a las conexiones P2P?" in questions
    assert "CDN 如何回源？" in questions


def test_a_document_without_labels_is_not_read() -> None:
    text = "# Notes\n\n### What is ARP?\n\nIt maps IP addresses to MAC addresses.\n"
    assert [q for _, q, _ in _cards(text)] == ["What is ARP?"]


def test_a_follow_up_label_over_a_list_of_questions() -> None:
    text = """# Frontend

### How does the browser render a page?

It parses HTML into the DOM, CSS into the CSSOM, then lays out and paints.

**Follow-up questions:**

- What triggers a reflow?
  - Changing geometry: size, position, fonts.
- How would you avoid layout thrashing?

### What is CORS?

A browser rule for cross-origin requests.
"""
    cards = _cards(text)
    assert cards[0][2] == "It parses HTML into the DOM, CSS into the CSSOM, then lays out and paints."
    assert cards[1][1:] == ("What triggers a reflow?", "- Changing geometry: size, position, fonts.")
    assert _unanswered(text) == ["11: How would you avoid layout thrashing?"]


def test_a_follow_up_answer_stops_where_the_next_numbered_or_bold_question_starts() -> None:
    text = """# Chemistry

**Q1: What is a mole?**

6.022 × 10²³ particles.

**Follow-up:** Why that number?

It makes 12 g of carbon-12 one mole.

**Q2:** What is molarity?

Moles of solute per litre of solution.
"""
    cards = _cards(text)
    assert ("Why that number?", "It makes 12 g of carbon-12 one mole.") in [(q, a) for _, q, a in cards]


def test_a_bonus_label_asks_only_with_a_question_word() -> None:
    text = """# Tutorial

### How do you start the server?

Run `make serve`.

**Extra:** Want more? The blog has a series on it.

**Bonus:** Can you make it reload on every save?

Use `make watch`.
"""
    questions = [q for _, q, _ in _cards(text)]
    assert "Can you make it reload on every save?" in questions
    assert not any("Want more" in q for q in questions)
