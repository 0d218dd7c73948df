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


# A question upload file: one question a line behind its type code (German and Spanish, biology and history).
UPLOADS = (
    "# Biologie — Testfragen\n"
    "\n"
    "```\n"
    "MC\tWelches Organell erzeugt ATP?\tRibosom\tincorrect\tMitochondrium\tcorrect\tGolgi-Apparat\tincorrect\n"
    "MA\tWelche Basen kommen in der DNA vor?\tAdenin\tcorrect\tUracil\tincorrect\tThymin\tcorrect\n"
    "TF\tPflanzenzellen haben eine Zellwand.\ttrue\n"
    "FIB\tDer grüne Farbstoff der Pflanzen heißt ____.\tChlorophyll\tBlattgrün\n"
    "NUM\tWie viele Chromosomen hat eine menschliche Körperzelle?\t46\n"
    "ESS\tBeschreiben Sie die Osmose.\tDiffusion von Wasser durch eine semipermeable Membran.\n"
    "ESS\tErklären Sie die Meiose.\t\n"
    "MC\tWelcher Forscher entdeckte das Penicillin?\tKoch\tincorrect\tPasteur\tincorrect\n"
    "```\n"
    "\n"
    "## Historia\n"
    "\n"
    "ORD\tOrdena los acontecimientos.\tReconquista\tDescubrimiento de América\tGuerra Civil\n"
    "MAT\tRelaciona cada rey con su siglo.\tFelipe II\tXVI\tCarlos III\tXVIII\n"
    "FIL\tSube tu mapa de la Península.\n"
)

UPLOAD_NEAR_MISSES = (
    "```\n"
    "MC\tfirst\tsecond\n"
    "ID\tname\tscore\n"
    "```\n"
    "\n"
    "```tsv\n"
    "TF\tnot a question\ttrue\n"
    "```\n"
)


def test_an_upload_file_puts_what_each_type_marks_right_on_the_back() -> None:
    cards, unanswered = cards_and_unanswered(UPLOADS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("tab-line", "Welches Organell erzeugt ATP?", "Mitochondrium"),
        ("tab-line", "Welche Basen kommen in der DNA vor?", "- Adenin\n- Thymin"),
        ("tab-line", "Pflanzenzellen haben eine Zellwand.", "True"),
        ("tab-line", "Der grüne Farbstoff der Pflanzen heißt ____.", "Chlorophyll"),
        ("tab-line", "Wie viele Chromosomen hat eine menschliche Körperzelle?", "46"),
        ("tab-line", "Beschreiben Sie die Osmose.", "Diffusion von Wasser durch eine semipermeable Membran."),
        ("tab-line", "Ordena los acontecimientos.", "1. Reconquista\n2. Descubrimiento de América\n3. Guerra Civil"),
        ("tab-line", "Relaciona cada rey con su siglo.", "- Felipe II → XVI\n- Carlos III → XVIII"),
    ]
    assert [c[0] for c in cards][:2] == [4, 5]
    assert [message for _, message in unanswered] == [
        "Erklären Sie die Meiose.",
        "Welcher Forscher entdeckte das Penicillin?",
        "Sube tu mapa de la Península.",
    ]


def test_a_block_with_a_line_of_no_type_code_or_a_single_line_is_no_upload_file() -> None:
    cards, unanswered = cards_and_unanswered(UPLOAD_NEAR_MISSES)
    assert not [c for c in cards if c[1] == "tab-line"]
    assert not unanswered
