"""The exam-part rule: a past paper's `**2.1** question **[3 marks]**` parts answered by the quote under them;
number-only headings are context, unanswered parts are reported, numbered steps are no cards."""

from __future__ import annotations

from ankibuild.extract.document import plain_text
from ankibuild.markdown import parser_for
from tests.helpers import cards_and_unanswered, extract_text


def _outcome(text: str) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


PAPER = """\
# Physics mock exam — Paper 2

## Section A — Forces

### Question 1

A car of mass 1200 kg accelerates from rest.

**1a** State Newton's second law. (2 marks)

> **Answer:** force equals mass times acceleration (1), acting in the direction of the force (1).

**1b** Why does the car need a larger force to accelerate when loaded? **[1 mark]**

> more mass means more force for the same acceleration

**1c** Calculate the kinetic energy at 20 m/s. [3 pts]

> *(ran out of time)*

### Q2

__(i)__ Define momentum. **(2 marks)**

> **Mark scheme:**
> - mass × velocity (1)
> - a vector quantity (1)

__(ii)__ What is an impulse? [1 mark]

---

### Teacher's notes

Many answers forgot units.
"""


def test_parts_with_marks_become_cards_and_number_headings_are_context() -> None:
    cards, unanswered = _outcome(PAPER)
    fronts = [c[1] for c in cards]
    assert fronts == [
        "A car of mass 1200 kg accelerates from rest.\n\nState Newton's second law.",
        "Why does the car need a larger force to accelerate when loaded?",
        "Define momentum.",
    ]
    assert all(c[0] == "exam-part" for c in cards)
    assert cards[0][2].startswith("force equals mass")
    assert "Answer:" not in cards[0][2]
    assert cards[2][2].startswith("- mass × velocity")
    assert cards[0][3] == ("Section A — Forces", "Question 1")
    assert any("kinetic energy" in u for u in unanswered)
    assert any("What is an impulse?" in u for u in unanswered)
    assert not any(f == "Question 1" or f == "Q2" or "Teacher" in f for f in fronts)


STEPS = """\
# Setting up the lab machine

**1.** Install the compiler and the debugger.

**2.** Clone the repository into your home folder.

**3.** Run the build once to fetch dependencies.
"""


def test_numbered_steps_are_no_exam_parts() -> None:
    cards, unanswered = _outcome(STEPS)
    assert not [c for c in cards if c[0] == "exam-part"]
    assert unanswered == []


def test_one_bold_number_alone_is_no_paper() -> None:
    cards, _ = _outcome(
        "# Notes\n\n**1.** What is a lever? [1 mark]\n\n> A rigid bar turning about a pivot.\n\nMore text here.\n"
    )
    assert not [c for c in cards if c[0] == "exam-part"]


LETTERED_WITH_UNIT_FIRST = """\
### Frage 2

**(a)** Nennen Sie die Hauptstadt von Kanada. *(Punkte: 1)*

> Ottawa.

**(b)** Wie viele Provinzen hat Kanada? *(marks 2)*

> _(noch offen — im Atlas nachsehen)_

![Karte](bilder/kanada.png)

**(d)** Ṣe àlàyé òfin Pythagoras. *(màákì 3)*

> a² + b² = c² nínú onígun mẹ́ta tí ó ní igun ọ̀tún.
"""


def test_a_marks_note_may_name_its_unit_first_and_a_placeholder_beside_a_picture_is_unanswered() -> None:
    extraction, diagnostics = extract_text(LETTERED_WITH_UNIT_FIRST)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        ("exam-part", "Nennen Sie die Hauptstadt von Kanada.", "Ottawa."),
        ("exam-part", "Ṣe àlàyé òfin Pythagoras.", "a² + b² = c² nínú onígun mẹ́ta tí ó ní igun ọ̀tún."),
    ]
    missing = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert len(missing) == 1 and missing[0].startswith("Wie viele Provinzen hat Kanada?")


def test_a_picture_after_a_real_answer_stays_with_it() -> None:
    text = LETTERED_WITH_UNIT_FIRST.replace("_(noch offen — im Atlas nachsehen)_", "Zehn Provinzen und drei Territorien.")
    extraction, _ = extract_text(text)
    answers = {d.question: d.answer for d in extraction.drafts}
    assert answers["Wie viele Provinzen hat Kanada?"].startswith("Zehn Provinzen")
    assert "bilder/kanada.png" in answers["Wie viele Provinzen hat Kanada?"]


STRUCK_OPTIONS = """\
# Révision du QCM de biologie

**1.** La mitose produit :

- ~~quatre cellules haploïdes~~
- **deux cellules diploïdes identiques ✅**
- ~~une seule cellule~~

**2.** Qual organela produz ATP?

- ~~Ribossomo~~
- Mitocôndria
- ~~Lisossomo~~
- Complexo de Golgi

> Gabarito ainda não saiu.

**3.** Les étapes de la méiose :

- prophase I
- métaphase I
"""


def test_struck_options_make_a_question_of_any_stem_and_no_marked_option_leaves_it_unanswered() -> None:
    cards, unanswered = _outcome(STRUCK_OPTIONS)
    assert [(rule, q) for rule, q, _, _ in cards] == [("exam-part", "La mitose produit :")]
    assert "**deux cellules diploïdes identiques ✅**" in cards[0][2]
    assert unanswered == ["Qual organela produz ATP? (no option marked right)"]


SCHEME_TABLES = """\
# Biologie — Probeklausur mit Erwartungshorizont

## Aufgabe 3

**3 (a)** Nennen Sie das Organell der Zellatmung. *(1 mark)* — 1/1

| Teil | Erwarteter Inhalt | Punkte | Hinweise |
|---|---|---|---|
| 3 (a) | Mitochondrium | 1 | Auch „Mitochondrien" |

**3 (b)** Berechnen Sie die ATP-Ausbeute pro Glucose. *(2 marks)* — 0/2

$C_6H_{12}O_6 + 6\\,O_2 \\rightarrow 6\\,CO_2 + 6\\,H_2O$

| Teil | Erwarteter Inhalt | Punkte | Hinweise |
|---|---|---|---|
| 3 (b) | etwa 30–32 ATP | 2 | |

**3 (c)** Skizzieren Sie den Aufbau einer Mitochondrienmembran. *(2 marks)*

| Teil | Erwarteter Inhalt | Punkte | Hinweise |
|---|---|---|---|
| 3 (c) | | 2 | |

*(Skizze fehlt noch.)*
"""


def test_marking_instruction_tables_answer_the_part_their_row_names() -> None:
    cards, unanswered = _outcome(SCHEME_TABLES)
    assert [c[1] for c in cards] == [
        "Nennen Sie das Organell der Zellatmung.",
        "Berechnen Sie die ATP-Ausbeute pro Glucose.",
    ]
    assert cards[0][2] == 'Mitochondrium\n\n*Hinweise:* Auch „Mitochondrien"'
    assert cards[1][2].startswith("$C_6H_{12}O_6")
    assert cards[1][2].endswith("etwa 30–32 ATP")
    assert any("Mitochondrienmembran" in u for u in unanswered)


# A workbook: parts left to fill in on blank answer lines.
WORKBOOK = """\
# Cuaderno de trabajo — Primeros auxilios

## Anforderung 1

**1a.** Beschreibe die stabile Seitenlage.

Person auf die Seite drehen, Kopf überstrecken, Mund als tiefster Punkt.

**1b.** Explica los pasos de la reanimación.

______________________________________________

______________________________________________

**1c.** Nenne drei Zeichen eines Schocks.

Blässe, kalter Schweiß, schneller Puls.

**1d.** Zeige, wie man einen Druckverband anlegt.

---
"""


def test_a_part_left_on_blank_answer_lines_is_unanswered() -> None:
    extraction, diagnostics = extract_text(WORKBOOK)
    assert [d.question for d in extraction.drafts] == [
        "Beschreibe die stabile Seitenlage.",
        "Nenne drei Zeichen eines Schocks.",
    ]
    # The blank lines mark the part left to fill in; a command part over a plain rule is still no question.
    assert [d.question for d in diagnostics if d.kind == "unanswered"] == ["Explica los pasos de la reanimación."]


SPACED = """\
# Biologie — Probeklausur

**0 1 . 1** Nenne die Funktion der Mitochondrien. **[1 mark]**

- ✓ Zellatmung: sie stellen ATP bereit.

**0 1 . 2** Vervollständige die Tabelle der Allelfrequenzen. **[2 marks]**

| Generation | p | q |
|---|---|---|
|   |   |   |
|   |   |   |

*(noch offen)*

**0 1 . 3** Définis *osmose*. **[1 mark]**

-

**0 2 . 1** Explica la diferencia entre mitosis y meiosis. **[2 marks]**

| Mitosis | Meiosis |
|---|---|
| 2 células | 4 células |

✓✓
"""


def test_spaced_paper_numbers_and_blank_forms() -> None:
    cards, unanswered = _outcome(SPACED)
    assert [(c[0], c[1]) for c in cards] == [
        ("exam-part", "Nenne die Funktion der Mitochondrien."),
        ("exam-part", "Explica la diferencia entre mitosis y meiosis."),
    ]
    assert "| 2 células | 4 células |" in cards[1][2]
    assert unanswered == [
        "Vervollständige die Tabelle der Allelfrequenzen.",
        "Définis *osmose*.",
    ]


def test_spaced_numbers_before_statements_are_no_parts() -> None:
    cards, unanswered = _outcome("# Notes\n\n**1 2** apples cost a lot.\n\n**3 4** pears cost less.\n")
    assert not cards and not unanswered


# A Swedish computing paper: bare `[2]` marks, an italic markscheme label, lettered parts after the number.
_MARKSCHEME = """\
# Datorteknik — prov 1

**1.** Förklara vad en cache är. [2]

*Markscheme*
- ett litet snabbt minne;
- nära processorn;

**2.** Rita sanningstabellen för XOR. [2]

*Markscheme*

| A | B | Q |
|---|---|---|
| 0 | 1 | 1 |
| 1 | 1 | 0 |

**3.** (a) Ange vad ALU står för. [1]

*Markscheme*
- aritmetisk-logisk enhet;

**3.** (b) Beskriv pipelining. [3]

*Markscheme* — *(inte kopierat, se PDF:en)*

**4.** Diskutera RISC mot CISC. [4]

*Markscheme* — TODO
"""


def test_italic_markscheme_labels_and_bare_marks() -> None:
    cards, unanswered = _outcome(_MARKSCHEME)
    assert [(rule, q, a.splitlines()[0]) for rule, q, a, _ in cards] == [
        ("exam-part", "Förklara vad en cache är.", "- ett litet snabbt minne;"),
        ("exam-part", "Rita sanningstabellen för XOR.", "| A | B | Q |"),
        ("exam-part", "(a) Ange vad ALU står för.", "- aritmetisk-logisk enhet;"),
    ]
    assert [m.split(" (")[0] for m in unanswered] == ["(b) Beskriv pipelining.", "Diskutera RISC mot CISC."]


def test_a_number_in_brackets_after_a_word_is_no_marks_note() -> None:
    cards, _ = _outcome("# Algebra\n\n**1.** Was ist f(2)\n\n> 4\n\n**2.** Was ist g[3]\n\n> 9\n")
    assert all(not q.endswith(("f", "g")) for _, q, _, _ in cards)


# A homework form: each part's marks note before its question, answers between the grader's markers,
# and a survey section weighed at zero marks after the paper.
_FORM = """\
# Hausaufgabe 3 — Optik

## Aufgabe 1 (5 Punkte)

**1a.** (2 pts) Warum ist der Himmel blau?

<!-- BEGIN ANSWER 1a -->
Rayleigh-Streuung: kurze Wellenlängen werden stärker gestreut.
<!-- END ANSWER 1a -->

**1b.** (3 pts) Was besagt das Snelliussche Brechungsgesetz?

<!-- BEGIN ANSWER 1b -->
n₁ sin θ₁ = n₂ sin θ₂.
<!-- END ANSWER 1b -->

## Rückmeldung (optional, 0 pts)

Wie lange hast du für dieses Blatt gebraucht?

<!-- BEGIN ANSWER feedback -->
Etwa drei Stunden.
<!-- END ANSWER feedback -->
"""


def test_a_marks_note_before_the_question_and_a_section_weighed_at_zero_marks() -> None:
    cards, unanswered = _outcome(_FORM)
    assert [(rule, q) for rule, q, _, _ in cards] == [
        ("exam-part", "Warum ist der Himmel blau?"),
        ("exam-part", "Was besagt das Snelliussche Brechungsgesetz?"),
    ]
    assert unanswered == []
    extraction, _ = extract_text(_FORM)
    assert extraction.unclassified == 0


FORMULA_SHEET = """\
# Hisabati — marudio

**1.** Hesabu <img src="https://latex.example/svg?\\frac{1}{2}+\\frac{1}{3}" title="\\frac{1}{2}+\\frac{1}{3}" />

➜ <img src="https://latex.example/svg?\\frac{5}{6}" title="\\frac{5}{6}" />

**2.** Tafuta <img src="https://latex.example/svg?\\sqrt{144}" title="\\sqrt{144}" />

➜

**3.** Tafuta kiini cha <img src="https://latex.example/svg?x^2-4" title="x^2-4" />

➜ _(sijamaliza — angalia kitabu)_

**4.** Hesabu <img src="https://latex.example/svg?2^{10}" alt="2^{10}" />

➜ 1024
"""


def test_an_arrow_heads_the_answer_and_formula_images_read_as_their_text() -> None:
    extraction, diagnostics = extract_text(FORMULA_SHEET)
    fronts = [plain_text(parser_for(d.question).parseInline(d.question, {})[0]) for d in extraction.drafts]
    assert fronts == ["Hesabu \\frac{1}{2}+\\frac{1}{3}", "Hesabu 2^{10}"]
    assert [d.answer for d in extraction.drafts] == [
        '<img src="https://latex.example/svg?\\frac{5}{6}" title="\\frac{5}{6}" />',
        "1024",
    ]
    assert [d.loc.line for d in diagnostics if d.kind == "unanswered"] == [7, 11]


EXERCISES_WITH_A_KEY = """\
# Física 1 — Capítulo 3

## Ejercicios

**1.** Calcula la aceleración de un coche que pasa de 0 a 20 m/s en 4 s.

**2.** Calcula la fuerza sobre una masa de 3 kg con aceleración de 2 m/s².

> *Mi solución:* $F = ma = 6$ N

**3.** ¿Cuánto tarda en caer una piedra desde 20 m?

**4.** Calcula la energía cinética de 2 kg a 3 m/s.

> tried $E = mv$, got stuck — preguntar en tutoría

---

## Respuestas a los impares

1. $5$ m/s²
3. $2$ s
"""


def test_parts_left_bare_are_answered_by_a_later_key_numbered_like_them() -> None:
    from tests.helpers import cards_and_unanswered

    cards, unanswered = cards_and_unanswered(EXERCISES_WITH_A_KEY)
    assert {rule for _line, rule, _question, _answer in cards} == {"exam-part"}
    by_front = {question: answer for _line, _rule, question, answer in cards}
    assert by_front["Calcula la aceleración de un coche que pasa de 0 a 20 m/s en 4 s."] == "$5$ m/s²"
    assert by_front["¿Cuánto tarda en caer una piedra desde 20 m?"] == "$2$ s"
    assert by_front["Calcula la fuerza sobre una masa de 3 kg con aceleración de 2 m/s²."].endswith("$F = ma = 6$ N")
    assert not any("energía" in question for question in by_front)
    assert not any("impares" in question for question in by_front)
    assert [message for _line, message in unanswered if "energía" in message]  # an attempt broken off


# Worked problems whose answers stand pushed right in an HTML line (to be covered with a sheet of paper), behind
# a bold label, the working above in italics.
ITALIAN_RIGHT_ALIGNED = """\
## Frazioni

**1.** Semplifica la frazione $\\frac{12}{16}$.

*Calcolo:* $12 : 4 = 3$, $16 : 4 = 4$

<div align="right"><b>Risposta:</b> $\\frac{3}{4}$</div>

**2.** Quanto fa il 20% di 50?

<div align="right"><b>Risposta:</b> 10</div>

**3.** Quanti lati ha un esagono?

<div align="right"><b>Risposta:</b> ______</div>

**4.** Quanto pesa un litro d'acqua?

*Calcolo:* (non finito — chiedere al prof)

<p align="right"><a href="#frazioni">⬆ Su</a></p>
"""


def test_bold_labels_in_right_aligned_html_lines_answer_the_parts() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN_RIGHT_ALIGNED)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("exam-part", "Semplifica la frazione $\\frac{12}{16}$."),
        ("exam-part", "Quanto fa il 20% di 50?"),
    ]
    assert "<b>Risposta:</b> 10" in cards[1][3]
    assert [line for line, _ in unanswered] == [13, 17]


def test_html_up_arrow_links_are_navigation() -> None:
    from ankibuild.extract.questions import is_back_to_top

    assert is_back_to_top('<p align="right"><a href="#top">⬆ Naar boven</a></p>')
    assert not is_back_to_top('<p><a href="#uitleg">Uitleg</a></p>')


NESTED_PAPER = """\
# Fizyka — arkusz

**1.**

&nbsp;&nbsp;**(a)** Podaj jednostkę natężenia prądu w układzie SI. **[1]**

&nbsp;&nbsp;&nbsp;&nbsp;↳ *Odpowiedź:* amper (A).

&nbsp;&nbsp;**(b)**

&nbsp;&nbsp;&nbsp;&nbsp;**(i)** Wyjaśnij, czym jest opór elektryczny. **[2]**

&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;↳ *Odpowiedź:* Przeciwdziałanie przepływowi prądu w przewodniku.

&nbsp;&nbsp;&nbsp;&nbsp;**(ii)** Jak zmienia się opór metalu, gdy rośnie temperatura? **[1]**

&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;↳ *Odpowiedź:*

**2.** Nenne die Einheit der Ladung. **[1]**

&nbsp;&nbsp;&nbsp;&nbsp;↳ *Antwort:* Coulomb (C).
"""


def test_parts_indented_with_no_break_spaces_and_arrowed_answers() -> None:
    extraction, diagnostics = extract_text(NESTED_PAPER)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("exam-part", "Podaj jednostkę natężenia prądu w układzie SI.", "amper (A)."),
        ("exam-part", "Wyjaśnij, czym jest opór elektryczny.", "Przeciwdziałanie przepływowi prądu w przewodniku."),
        ("exam-part", "Nenne die Einheit der Ladung.", "Coulomb (C)."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "Jak zmienia się opór metalu, gdy rośnie temperatura?"
    ]


def test_a_no_break_space_line_without_a_bold_number_is_no_part() -> None:
    text = "# Notes\n\n&nbsp;&nbsp;Podaj jednostkę natężenia prądu. **[1]**\n\n&nbsp;&nbsp;↳ amper\n\n&nbsp;&nbsp;Nenne die Einheit der Ladung. **[1]**\n\n&nbsp;&nbsp;↳ Coulomb\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "exam-part"]
