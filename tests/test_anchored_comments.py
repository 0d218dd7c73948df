"""The anchored-comment rule: Word documents converted with their review comments kept, each answer a
comment anchored on its question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ITALIAN = """\
# Storia — domande di ripasso

## Il Risorgimento

1.  [Nel 1861, a Torino.]{.comment-start id="0" author="Prof. Bianchi"
    date="2026-02-01T08:00:00Z"}Quando e dove fu proclamato il Regno
    d'Italia?[]{.comment-end id="0"}

2.  [La spedizione dei **Mille** (1860): Garibaldi sbarcò a
    Marsala.]{.comment-start id="1" author="Prof. Bianchi"
    date="2026-02-01T08:05:00Z"}Descrivi l'impresa di Garibaldi in
    Sicilia.[]{.comment-end id="1"}

3.  Spiega il ruolo di Cavour nella seconda guerra d'indipendenza.

4.  [Sì, ma in che anno? Rileggi il manuale a pagina 112.]{.comment-start
    id="2" author="Prof. Bianchi" date="2026-02-01T08:09:00Z"}Che cosa fu la
    presa di Roma?[]{.comment-end id="2"}

5.  Perché Venezia restò austriaca fino al 1866?
    [Da chiedere a lezione.]{.insertion author="Marco" date="2026-02-02T18:00:00Z"}
"""

INDONESIAN = """\
[Jakarta, di Pulau Jawa.]{.comment-start id="7" author="Bu Sari"}Apa ibu kota
Indonesia?[]{.comment-end id="7"}

[Sekitar 17.000 pulau.]{.comment-start id="8" author="Bu Sari"}Berapa jumlah
pulau di Indonesia?[]{.comment-end id="8"}

Paragraf ini hanya [catatan]{.underline} biasa.
"""


def test_a_comment_anchored_on_a_question_answers_it() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("anchored-comment", "Quando e dove fu proclamato il Regno d'Italia?", "Nel 1861, a Torino."),
        (
            "anchored-comment",
            "Descrivi l'impresa di Garibaldi in Sicilia.",
            "La spedizione dei **Mille** (1860): Garibaldi sbarcò a Marsala.",
        ),
    ]
    # an item with no comment, and one whose comment asks back, are unanswered; an insertion is text
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "Spiega il ruolo di Cavour nella seconda guerra d'indipendenza.",
        "Che cosa fu la presa di Roma?",
        "Perché Venezia restò austriaca fino al 1866? Da chiedere a lezione.",
    ]


def test_comments_on_paragraphs_answer_them_too() -> None:
    cards, unanswered = cards_and_unanswered(INDONESIAN)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Apa ibu kota Indonesia?", "Jakarta, di Pulau Jawa."),
        ("Berapa jumlah pulau di Indonesia?", "Sekitar 17.000 pulau."),
    ]
    assert not unanswered


def test_a_single_comment_or_other_spans_are_left_alone() -> None:
    text = """\
# Notizen

1.  [Nachschlagen!]{.comment-start id="0" author="Anna"}Wann wurde die Mauer
    gebaut?[]{.comment-end id="0"}
2.  Wer war Willy Brandt?
3.  Ein [unterstrichenes]{.underline} Wort ist kein Kommentar.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "anchored-comment"]
    assert not [m for _, m in unanswered if "Mauer" in m]


def test_a_reply_to_the_answer_comment_is_no_answer() -> None:
    text = """\
- [Năm 1945.]{.comment-start id="0" author="Cô Lan"}[Em cảm ơn cô!]{.comment-start id="1"
  author="Minh" parent="0"}Việt Nam tuyên bố độc lập năm nào?[]{.comment-end
  id="1"}[]{.comment-end id="0"}
- [Hà Nội.]{.comment-start id="2" author="Cô Lan"}Thủ đô của Việt Nam là gì?[]{.comment-end id="2"}
"""
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Việt Nam tuyên bố độc lập năm nào?", "Năm 1945."),
        ("Thủ đô của Việt Nam là gì?", "Hà Nội."),
    ]
