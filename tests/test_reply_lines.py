"""The reply-line rule: a study guide's `1.- ¿…?` questions answered by the `R=` line under them; empty
replies and unanswered items in a run are reported; a lone `R:` line is no card."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


GUIDE = """\
# Guía de Biología — tercer parcial

## Cuestionario

1.- ¿Qué es la fotosíntesis? 🌱
R= Proceso por el cual las plantas producen glucosa con luz solar.

2.- ¿Dónde ocurre la respiración celular?
R.- En la mitocondria.

3.- Menciona dos tipos de tejido vegetal.
Resp: Meristemático y epidérmico.

4.- ¿Qué es un ribosoma?
R=

5.- ¿Quién propuso la teoría celular?

6.- ¿Qué organelo tiene clorofila?
R: El cloroplasto,
que está en las hojas.
"""


def test_items_with_a_reply_line_become_cards() -> None:
    cards, unanswered = _outcome(GUIDE)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        ("reply-line", "¿Qué es la fotosíntesis?", "Proceso por el cual las plantas producen glucosa con luz solar."),
        ("reply-line", "¿Dónde ocurre la respiración celular?", "En la mitocondria."),
        ("reply-line", "Menciona dos tipos de tejido vegetal.", "Meristemático y epidérmico."),
        ("reply-line", "¿Qué organelo tiene clorofila?", "El cloroplasto,\nque está en las hojas."),
    ]
    assert cards[0][3] == ("Cuestionario",)
    assert len(unanswered) == 2
    assert "¿Qué es un ribosoma?" in unanswered[0]
    assert "¿Quién propuso la teoría celular?" in unanswered[1]


SAME_PARAGRAPH = """\
# Repaso de Química

1.- ¿Cuál es el símbolo del sodio?
R= Na
2.- ¿Cuántos protones tiene el carbono?
R= Seis.
"""


def test_several_items_in_one_paragraph() -> None:
    cards, _ = _outcome(SAME_PARAGRAPH)
    assert [(c[1], c[2]) for c in cards] == [
        ("¿Cuál es el símbolo del sodio?", "Na"),
        ("¿Cuántos protones tiene el carbono?", "Seis."),
    ]


ONE_REPLY = """\
# Meeting notes

1.- Budget review
R: approved by the board.

Next meeting on Friday.
"""


def test_a_single_reply_line_is_no_card() -> None:
    cards, _ = _outcome(ONE_REPLY)
    assert not [c for c in cards if c[0] == "reply-line"]


LABELLED_PAIRS = """\
# Repaso

P: ¿Qué fármaco se usa en el shock anafiláctico?
R: Adrenalina.

P: Diferencia entre dos antibióticos
R: Uno es bactericida.
"""


def test_labelled_pairs_are_left_to_the_label_pair_rule() -> None:
    cards, _ = _outcome(LABELLED_PAIRS)
    assert cards and not [c for c in cards if c[0] == "reply-line"]


# A class's questions credited to who asked them: `**P (Ana):**` is a label too, never part of the front.
SPEAKER_PAIRS = """\
# Repaso de química

**P (Ana):** ¿Qué es un ácido de Brønsted?
**R:** Una especie que dona protones.

**P (Luis):** ¿Qué mide el pH?
**R:** La actividad de los iones hidronio.
"""

SPEAKER_PAIRS_ID = """\
# Kuis biologi

**T (Sari):** Apa fungsi ribosom?
**J:** Tempat sintesis protein.

**T (Budi):** Di mana fotosintesis terjadi?
**J:** Di kloroplas.
"""


def test_a_speaker_label_never_reaches_the_front() -> None:
    for text, first in ((SPEAKER_PAIRS, "¿Qué es un ácido de Brønsted?"), (SPEAKER_PAIRS_ID, "Apa fungsi ribosom?")):
        cards, _ = _outcome(text)
        assert not [c for c in cards if c[0] == "reply-line"]
        assert cards[0][1] == first
