"""A closing word to the reader after a page's last rule is no card."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

BODY = """\
# Biologie — Wiederholung

**Was ist Osmose?** Die Diffusion von Wasser durch eine semipermeable Membran.

**Was speichert die Zelle in Vakuolen?** Wasser, Salze und Abfallstoffe.

---

## Photosynthese

**Wo findet die Photosynthese statt?** In den Chloroplasten.

**Welches Gas wird dabei frei?** Sauerstoff.

---

## Links

- [Lernportal](https://example.org/bio)

"""

CLOSING = (
    BODY
    + """\
**Noch Fragen?** Schreibt in die Klassengruppe. Viel Erfolg morgen! 🍀

[⬆ Nach oben](#biologie--wiederholung)
"""
)


def test_the_last_question_after_the_last_rule_that_cheers_is_no_card() -> None:
    cards, unanswered = cards_and_unanswered(CLOSING)
    assert [q for _, _, q, _ in cards] == [
        "Was ist Osmose?",
        "Was speichert die Zelle in Vakuolen?",
        "Wo findet die Photosynthese statt?",
        "Welches Gas wird dabei frei?",
    ]
    assert unanswered == []


def test_the_closing_word_is_reported_as_skipped_where_it_stands() -> None:
    extraction, diagnostics = extract_text(CLOSING)
    line = CLOSING.splitlines().index("**Noch Fragen?** Schreibt in die Klassengruppe. Viel Erfolg morgen! 🍀") + 1
    skipped = [(d.loc.line, d.message) for d in diagnostics if d.kind == "skipped"]
    assert (line, "paragraph not turned into a card: closing word to the reader at the end of the page") in skipped
    assert not [d for d in diagnostics if d.kind == "unclassified" and d.loc.line == line]


def test_a_closing_word_in_another_language_and_as_a_heading() -> None:
    text = (
        BODY.replace("## Links\n\n- [Lernportal](https://example.org/bio)\n", "")
        + """\
### Pronto para a prova? 💪

Não deixes para amanhã! Revê os resumos e faz os exercícios do livro.
"""
    )
    cards, _ = cards_and_unanswered(text)
    assert "Pronto para a prova?" not in [q for _, _, q, _ in cards]
    assert len(cards) == 4


def test_a_last_question_that_answers_plainly_or_shares_its_part_stays_a_card() -> None:
    plain = BODY + "**Was ist ein Ribosom?** Der Ort der Proteinsynthese.\n"
    assert [q for _, _, q, _ in cards_and_unanswered(plain)[0]][-1] == "Was ist ein Ribosom?"
    # an exclamation in a real answer, in a part that holds other cards
    shared = BODY.replace("## Links\n\n- [Lernportal](https://example.org/bio)\n", "") + (
        "**Was ist ATP?** Der Energieträger der Zelle.\n\n**Wie viel ATP liefert die Glykolyse?** Netto nur zwei!\n"
    )
    assert [q for _, _, q, _ in cards_and_unanswered(shared)[0]][-1] == "Wie viel ATP liefert die Glykolyse?"
    # no rule above it: the page has no ending set apart
    unruled = CLOSING.replace("---\n", "")
    assert "Noch Fragen?" in [q for _, _, q, _ in cards_and_unanswered(unruled)[0]]
