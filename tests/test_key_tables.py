"""The key-table rule: `**Question N.**` quiz questions with lettered options, answered by a numbered table
in an `Answer key` section; and a score guide's bands are no glossary."""

from __future__ import annotations

from tests.helpers import extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


QUIZ = """\
# Geografía — cuestionario 2

**Pregunta 1.** ¿Cuál es el río más largo de Europa?

1. a) Danubio
2. b) Volga
3. c) Rin

**Pregunta 2.** Which ocean borders Portugal?

- A) Atlantic
- B) Pacific

**Pregunta 3.** Name two Baltic capitals.

**Pregunta 4.** Which country has the most time zones?

- A. Russia
- B. France

## Puntuación

| Puntos | Qué significa |
|---|---|
| 4 | Excelente, conoces bien el mapa |
| 2–3 | Repasa los ríos y las capitales |
| 0–1 | Vuelve a empezar el capítulo |

## Respuestas

| Nº | Respuesta | Explicación |
|---|---|---|
| 1 | b | El Volga mide unos 3.500 km. |
| 2 | A | |
| 3 | Riga, Tallinn | Also Vilnius. |
"""


def test_numbered_key_table_answers_labelled_questions() -> None:
    cards, unanswered = _outcome(QUIZ)
    keyed = [c for c in cards if c[0] == "key-table"]
    assert [c[1] for c in keyed] == [
        "¿Cuál es el río más largo de Europa?",
        "Which ocean borders Portugal?",
        "Name two Baltic capitals.",
    ]
    assert keyed[0][2].startswith("**B.** Volga") and "3.500 km" in keyed[0][2]
    assert keyed[1][2] == "**A.** Atlantic"
    assert keyed[2][2].startswith("Riga, Tallinn")
    assert any("most time zones" in u for u in unanswered)
    assert not any("Puntos" in c[1] or "2–3" in c[1] for c in cards)


def test_table_without_row_numbers_is_no_key() -> None:
    text = QUIZ.replace("| 1 | b |", "| one | b |")
    cards, _ = _outcome(text)
    assert not [c for c in cards if c[0] == "key-table"]


GRADES = """\
# Course handbook

## Grading scale

| Score | Meaning |
|---|---|
| 90-100 | Excellent work, distinction level |
| 75-89 | Good work with minor gaps |
| 50-74 | Sufficient, passes the module |
| 0-49 | Not yet sufficient, resit needed |
"""


def test_score_bands_are_no_glossary() -> None:
    cards, _ = _outcome(GRADES)
    assert cards == []


RUBRIC = """\
# Reviewer handbook

## Rating the essay

| Level | Meaning |
|------:|---------|
| 5 | Publishable with light edits |
| 4 | Clear argument, a few gaps |
| 3 | Readable, thin evidence |
| 2 | Hard to follow |
| 1 | Off topic |

Send the ratings to the chair by Friday.
"""


def test_rating_scale_is_no_glossary() -> None:
    """A rubric of steps running down by one (5 … 1) describes a scale; its meanings are no terms."""
    cards, _ = _outcome(RUBRIC)
    assert cards == []


def test_keyed_numbers_that_skip_still_name_rows() -> None:
    """Codes that do not run by one (404, 301, 500) still name their rows."""
    text = RUBRIC.replace("| 5 |", "| 500 |").replace("| 4 |", "| 404 |").replace("| 3 |", "| 301 |")
    text = text.replace("| 2 |", "| 200 |").replace("| 1 |", "| 418 |").replace("Level", "Code")
    cards, _ = _outcome(text)
    assert [c[1] for c in cards][:2] == ["Code 500", "Code 404"]


# A French geography paper: multiple-choice items answered by a key laid on its side at the end.
_SIDEWAYS = """\
# Géographie — épreuve blanche

## Partie A

**1** Quel est le plus long fleuve de France ?

- A. La Seine
- B. La Loire
- C. Le Rhône

**2** Quelle est la capitale de la Bretagne ?

- A. Rennes
- B. Brest

**3** Quel massif culmine au mont Blanc ?

- A. Les Vosges
- B. Les Alpes

## Partie A : corrigé

| N° | 1 | 2 | 3 |
|---|---|---|---|
| Réponse | B | A |  |
"""


def test_a_key_laid_on_its_side_under_a_title_ending_with_a_key_word() -> None:
    extraction, diagnostics = extract_text(_SIDEWAYS)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("key-table", "Quel est le plus long fleuve de France ?", "**B.** La Loire"),
        ("key-table", "Quelle est la capitale de la Bretagne ?", "**A.** Rennes"),
    ]
    assert [d.loc.line for d in diagnostics if d.kind == "unanswered"] == [16]


def test_a_title_ending_with_another_word_names_no_key() -> None:
    text = _SIDEWAYS.replace("## Partie A : corrigé", "## Partie A : tableau")
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "key-table"]


SIGNALS = """\
# Verkehrszeichen — Übung

## Teil A — Schilder

![A1: rotes Dreieck, Spitze unten](img/a1.png)
**A1.** Was bedeutet dieses Schild?

![A2: blauer Kreis mit weißem Pfeil](img/a2.png)
**A2.** Blauer Kreis, weißer Pfeil nach rechts.

## Teil B — Signale

**B1.** Zwei kurze Hupsignale an einer Kreuzung.

**B2.** Un silbato largo del agente de tráfico.

## Lösungen

| Nr. | Antwort |
|---|---|
| A1 | Vorfahrt gewähren |
| A2 | Vorgeschriebene Fahrtrichtung rechts |
| B1 | |
| B2 | ?? (im Handbuch nachsehen) |
"""


def test_items_labelled_by_series_letter_pair_with_the_key_naming_them() -> None:
    cards, unanswered = _outcome(SIGNALS)
    assert cards == [
        ("key-table", "Was bedeutet dieses Schild?", "![A1: rotes Dreieck, Spitze unten](img/a1.png)\n\nVorfahrt gewähren"),
        (
            "key-table",
            "Blauer Kreis, weißer Pfeil nach rechts.",
            "![A2: blauer Kreis mit weißem Pfeil](img/a2.png)\n\nVorgeschriebene Fahrtrichtung rechts",
        ),
    ]
    assert [m.split(" (")[0] for m in unanswered] == [
        "Zwei kurze Hupsignale an einer Kreuzung.",
        "Un silbato largo del agente de tráfico.",
    ]


def test_prompts_that_do_not_ask_need_a_key_naming_exactly_them() -> None:
    # one key row more than the labelled items: most items do not ask, so nothing pairs them
    text = SIGNALS.replace("| B2 |", "| B3 | Halt |\n| B2 |").replace(
        "**A1.** Was bedeutet dieses Schild?", "**A1.** Rotes Dreieck."
    )
    cards, unanswered = _outcome(text)
    assert not [c for c in cards if c[0] == "key-table"]
