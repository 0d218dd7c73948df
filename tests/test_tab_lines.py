"""Tab-separated card lines: pasted flashcard exports and Anki import blocks."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

EXPORT = """\
# Vocabulario de química

Pegado tal cual desde la exportación (término TAB definición).

## Tema 2

ácido\tsustancia que cede protones
base\tsustancia que acepta protones
pH\tmedida de la acidez de una disolución
tampón\t
isótopo\t??
"""

ANKI_IMPORT = """\
# Wirtschaft – Grundbegriffe

Dieser Block wird als `.txt` in Anki importiert.

```tsv
#separator:tab
#html:false
#deck:Wirtschaft::Grundbegriffe
#columns:Vorderseite\tRückseite\tTags
#tags column:3
Was ist Inflation?\tEin anhaltender Anstieg des Preisniveaus.\tmakro geld
Was ist ein Monopol?\tEin Markt mit nur einem Anbieter.\tmarkt
Was ist Deflation?\t\tmakro
```
"""

NEAR_MISSES = """\
# Build notes

```
name\tsize\towner
report.pdf\t2 MB\tana
notes.txt\t1 KB\tjo
```

```make
build:
\tgo build ./...
```

Uke\tBrukt
mandag\t3\tkveld
tirsdag\t4\tmorgen

A sentence with\ta stray tab.
"""


def test_a_pasted_export_makes_one_card_per_line() -> None:
    cards, unanswered = cards_and_unanswered(EXPORT)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("tab-line", "ácido", "sustancia que cede protones"),
        ("tab-line", "base", "sustancia que acepta protones"),
        ("tab-line", "pH", "medida de la acidez de una disolución"),
    ]
    assert [c[0] for c in cards] == [7, 8, 9]
    assert [(line, message.split(" (")[0]) for line, message in unanswered] == [(10, "tampón"), (11, "isótopo")]


def test_an_anki_import_block_skips_its_headers_and_reads_the_tags_column() -> None:
    cards, unanswered = cards_and_unanswered(ANKI_IMPORT)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Was ist Inflation?", "Ein anhaltender Anstieg des Preisniveaus."),
        ("Was ist ein Monopol?", "Ein Markt mit nur einem Anbieter."),
    ]
    assert [message for _, message in unanswered] == ["Was ist Deflation?"]
    extraction_tags = _tags(ANKI_IMPORT)
    assert {"makro", "geld"} <= set(extraction_tags[0]) and "markt" in extraction_tags[1]


def test_data_fences_code_and_wide_rows_are_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISSES)
    assert not [c for c in cards if c[1] == "tab-line"]
    assert not unanswered


def _tags(text: str) -> list[tuple[str, ...]]:
    from tests.helpers import extract_text

    extraction, _ = extract_text(text)
    return [d.tags for d in extraction.drafts]
