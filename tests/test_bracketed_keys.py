"""The bracketed-key rule: a list of exercise lines (a blank to fill in, or a tick / cross key) each keyed at
its end by its answer in bold brackets is one card per line; an empty key leaves the line unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Biology in English, fill-in-the-blank and true/false.
BIOLOGY = """\
# Cell biology revision

### Fill in the blanks

1. Plants take in __________ through their stomata. **(carbon dioxide)**
2. The powerhouse of the cell is the __________. **(mitochondrion)**
3. Light is bent when it passes into __________. **(      )**

### True or false

4. Red blood cells have a nucleus. **(✗)** — mammalian ones lose it.
5. Enzymes are proteins. **(✓)**
"""

# Physics in German, dotted blanks.
PHYSIK = """\
# Physik — Lückentext

- Die Einheit der Kraft ist das .......... . **(Newton)**
- Schall breitet sich im Vakuum .......... aus. **(nicht)**
"""

# History in Spanish: notes that end with a bold aside, no blank and no mark.
HISTORIA = """\
# Historia — recordatorios

1. Repasar la Revolución Francesa **(importante)**
2. Leer el capítulo de la Independencia **(para el lunes)**
"""


def test_each_line_is_a_card_with_its_key() -> None:
    cards, unanswered = cards_and_unanswered(BIOLOGY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Plants take in __________ through their stomata."] == ("bracketed-key", "carbon dioxide")
    assert found["The powerhouse of the cell is the __________."] == ("bracketed-key", "mitochondrion")
    assert found["Red blood cells have a nucleus."] == ("bracketed-key", "✗ — mammalian ones lose it.")
    assert found["Enzymes are proteins."] == ("bracketed-key", "✓")
    assert "Fill in the blanks" not in found and "True or false" not in found


def test_an_empty_key_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(BIOLOGY)
    assert not any(q.startswith("Light is bent") for _, _, q, _ in cards)
    assert [m for _, m in unanswered] == ["Light is bent when it passes into __________."]


def test_dotted_blanks_in_a_bullet_list() -> None:
    cards, _ = cards_and_unanswered(PHYSIK)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bracketed-key", "Die Einheit der Kraft ist das .......... .", "Newton"),
        ("bracketed-key", "Schall breitet sich im Vakuum .......... aus.", "nicht"),
    ]


def test_notes_ending_with_a_bold_aside_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(HISTORIA)
    assert not any(rule == "bracketed-key" for _, rule, _, _ in cards)
    assert not unanswered


# Geography in Turkish: questions keyed in bold square brackets; an empty and a placeholder key.
COGRAFYA = """\
# Coğrafya tekrar

1. Türkiye'nin en uzun nehri hangisidir? **[Kızılırmak (1355 km).]**
2. Van Gölü neden tuzludur? **[Gideğeni yoktur; sular buharlaşır, tuz (soda) birikir.]**
3. Karadeniz kıyılarında neden çok yağış görülür? **[ ]**
4. Ege'de dağlar kıyıya nasıl uzanır? **[??]**

## Çalışma planı

1. Haritayı çiz.
2. Hangi bölge eksik? Tekrar et.
"""

# Chemistry in French, numbered paragraphs in Devanagari digits (no Markdown list): a labelled bracket on the
# line, a blank keyed after a dash, and a longer key in an indented bracket under its line.
CHIMIE = """\
# Chimie — révisions

१. Quel est le symbole du sodium ? [R : Na]

२. Quelle est la masse molaire de l'eau ? [R : ]

३. Le pH d'une solution neutre vaut ______ à 25 °C. — **7**

४. L'atome de carbone possède ______ électrons de valence. —

५. Expliquez pourquoi le sel fond la glace.

   [R : Le sel abaisse la température de fusion de l'eau :
   la glace fond sous 0 °C.]

६. Donnez deux usages du cuivre.

   [R : TODO]
"""

# Notes in Spanish: remarks in plain brackets with no label, and a lone keyed line: no card.
NOTAS = """\
# Notas de clase

- Leer el capítulo 3 [opcional]
- Entregar la práctica [lunes]

1. ¿Qué es un ion? [R: un átomo con carga]
"""


def test_questions_keyed_in_bold_square_brackets() -> None:
    cards, unanswered = cards_and_unanswered(COGRAFYA)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bracketed-key", "Türkiye'nin en uzun nehri hangisidir?", "Kızılırmak (1355 km)."),
        ("bracketed-key", "Van Gölü neden tuzludur?", "Gideğeni yoktur; sular buharlaşır, tuz (soda) birikir."),
    ]
    assert [m for _, m in unanswered] == [
        "Karadeniz kıyılarında neden çok yağış görülür?",
        "Ege'de dağlar kıyıya nasıl uzanır?",
    ]


def test_labelled_brackets_dashes_and_keys_under_numbered_paragraphs() -> None:
    cards, unanswered = cards_and_unanswered(CHIMIE)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bracketed-key", "Quel est le symbole du sodium ?", "Na"),
        ("bracketed-key", "Le pH d'une solution neutre vaut ______ à 25 °C.", "7"),
        (
            "bracketed-key",
            "Expliquez pourquoi le sel fond la glace.",
            "Le sel abaisse la température de fusion de l'eau :\nla glace fond sous 0 °C.",
        ),
    ]
    assert [m for _, m in unanswered] == [
        "Quelle est la masse molaire de l'eau ?",
        "L'atome de carbone possède ______ électrons de valence.",
        "Donnez deux usages du cuivre.",
    ]


def test_plain_remarks_and_a_lone_keyed_line_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(NOTAS)
    assert not any(rule == "bracketed-key" for _, rule, _, _ in cards)
    assert not any("capítulo" in q or "práctica" in q for _, _, q, _ in cards)
