"""A `- **term** — meaning` list is a glossary even when the note's closing line follows it in its section."""

from __future__ import annotations

from tests.helpers import extract_text

FOOTED = """\
# Music theory notes

## Intervals I mix up

- **tritone** — three whole tones
- **minor sixth** — eight semitones
- **perfect fifth** — seven semitones

Updated before the grade 5 exam. 🎻
"""

EXPLAINED = """\
# Music theory notes

## Tuning the guitar

Tune the low string first, then the others against it.

- **E string** — match the piano's E
- **A string** — fifth fret of the E string
- **D string** — fifth fret of the A string

Updated before the gig.
"""


def _glossary(text: str) -> dict[str, str]:
    extraction, _ = extract_text(text)
    return {d.question: d.answer for d in extraction.drafts if d.convention == "glossary"}


def test_a_bold_dash_list_followed_by_the_closing_line_is_a_glossary() -> None:
    cards = _glossary(FOOTED)
    assert cards == {"tritone": "three whole tones", "minor sixth": "eight semitones", "perfect fifth": "seven semitones"}


def test_a_bold_dash_list_under_prose_still_explains_its_topic() -> None:
    assert _glossary(EXPLAINED) == {}


def test_a_paragraph_after_the_list_that_is_not_the_last_block_keeps_the_list_a_topic() -> None:
    text = FOOTED.replace("Updated before the grade 5 exam. 🎻\n", "Learn them by ear.\n\n## Chords\n\nTriads first.\n")
    assert _glossary(text) == {}


GLOSSED_FOOTER = """\
# Apuntes de química

## Ácidos y bases

La fuerza de un ácido depende de su disociación.

---

## Palabras clave

- **pH** (potencial de hidrógeno) — logaritmo negativo de la concentración de H⁺
- **tampón** — disolución que resiste cambios de pH
- **valoración** — medida de una concentración con un reactivo conocido

---

¿Dudas? Pregúntame en el recreo.

[⬆ Volver arriba](#apuntes-de-química)
"""


def test_a_back_to_top_line_after_the_closing_line_keeps_the_list_a_glossary() -> None:
    cards = _glossary(GLOSSED_FOOTER)
    assert list(cards) == ["pH (potencial de hidrógeno)", "tampón", "valoración"]
    assert cards["tampón"] == "disolución que resiste cambios de pH"


def test_a_back_to_top_line_does_not_hide_prose_in_the_list_section() -> None:
    text = GLOSSED_FOOTER.replace("## Palabras clave\n\n", "## Palabras clave\n\nEstas son las que más caen.\n\n")
    assert _glossary(text) == {}
