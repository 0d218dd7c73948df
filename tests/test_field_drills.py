"""The field-drill rule: sibling term headings over lists of the same bold field labels."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, drafted_cards, extract_text

DRILL = """\
# Cell biology — key terms

Reading: *Campbell Biology*, ch. 7–8.

## Membranes

### 1. Osmosis
- **Definition:** diffusion of water across a selectively permeable membrane.
- **Example:** a red blood cell swelling in pure water.

### 2. Active transport
- **Definition:** movement of solutes against their gradient, using ATP.
- **Example:** the sodium–potassium pump.

### 3. Facilitated diffusion

### 4. Endocytosis
- **Definition:** the cell takes in matter by folding its membrane around it.
- **Example:** ???

## Energy

### 5. Glycolysis
- **Definition**: splitting glucose into two pyruvate in the cytosol.
- **Example**: muscle cells during a sprint.
"""


def test_each_term_heading_is_a_card_and_its_labels_are_no_terms() -> None:
    extraction, _ = extract_text(DRILL)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert set(cards) == {"Osmosis", "Active transport", "Endocytosis", "Glycolysis"}
    assert "selectively permeable" in cards["Osmosis"] and "red blood cell" in cards["Osmosis"]
    assert all(d.convention == "field-drill" for d in extraction.drafts)


def test_a_term_heading_without_a_body_is_reported_unanswered() -> None:
    extraction, _ = extract_text(DRILL)
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Facilitated diffusion"]


def test_a_reading_reference_is_no_definition() -> None:
    extraction, _ = extract_text(DRILL)
    assert "Reading" not in {d.question for d in extraction.drafts}


def test_labels_that_do_not_repeat_make_no_drill() -> None:
    notes = """\
# Trip notes

### Lisbon
- **Hotel:** near the river.

### Porto
- **Food:** francesinha.

### Braga
- **Train:** two hours.
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]


def test_two_entries_are_no_drill() -> None:
    notes = """\
# Tools

### Git
- **Use:** version control.

### Make
- **Use:** builds.
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]


SPECIMENS = """\
# Mineralogie — Bestimmungsübung

Schlüssel: **N** Name · **F** Formel · **H** Härte

## Silikate

### Probe 1
![Probe 1](bilder/probe-01.png)

- **N:** Orthoklas
- **F:** KAlSi₃O₈
- **H:** 6

### Probe 2
![Probe 2](bilder/probe-02.png)

- **N:** Olivin
- **F:** (Mg,Fe)₂SiO₄
- **H:** 6,5–7

### Probe 3
![Probe 3](bilder/probe-03.png)

- **N:**
- **F:** —
- **H:**

### Probe 4
![Probe 4](bilder/probe-04.png)

- **N:** Muskovit
- **F:** ???
- **H:** 2,5
"""


def test_an_image_between_a_heading_and_its_fields_goes_on_the_front_without_its_alt_text() -> None:
    extraction, _ = extract_text(SPECIMENS)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert set(cards) == {
        "Probe 1\n\n![](bilder/probe-01.png)",
        "Probe 2\n\n![](bilder/probe-02.png)",
        "Probe 4\n\n![](bilder/probe-04.png)",
    }
    assert cards["Probe 1\n\n![](bilder/probe-01.png)"].startswith("- **N:** Orthoklas\n- **F:** KAlSi₃O₈")
    assert "bilder" not in cards["Probe 2\n\n![](bilder/probe-02.png)"]
    assert all(d.convention == "field-drill" for d in extraction.drafts)


def test_a_field_list_left_blank_is_unanswered() -> None:
    extraction, _ = extract_text(SPECIMENS)
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == ["Probe 3"]


GRADED = """\
# Física — preguntas de exámenes anteriores

Niveles: **B** básico, **M** medio, **S** superior.

## Cinemática

**2019 P2(a)** — Explica por qué un objeto en caída libre acelera.

- **B:** La gravedad tira de él.
- **M:** La fuerza neta es su peso, así que por la segunda ley de Newton acelera.
- **S:** —

**2020 P1(b)** — Calcula la velocidad final tras 3 s de caída libre desde el reposo.

- **B:** v = g·t
- **M:** v = 9,8 × 3
- **S:** v ≈ 29 m/s, hacia abajo.

## Energía

**2021 P4** — ¿Por qué se conserva la energía mecánica sin rozamiento?

- **B:**
- **M:** -
- **S:**

**2022 P3(c)** — Compara la energía potencial de dos masas a la misma altura.

- **B:** Mayor masa, mayor energía.
- **M:**
- **S:**

## Consejos

- Lleva calculadora.
- Escribe siempre las unidades.
"""


def test_bold_item_lines_over_shared_fields_are_cards_answered_by_the_field_list() -> None:
    extraction, _ = extract_text(GRADED)
    cards = {d.question: d for d in extraction.drafts}
    assert set(cards) == {
        "Explica por qué un objeto en caída libre acelera.",
        "Calcula la velocidad final tras 3 s de caída libre desde el reposo.",
        "Compara la energía potencial de dos masas a la misma altura.",
    }
    card = cards["Calcula la velocidad final tras 3 s de caída libre desde el reposo."]
    assert card.answer == "- **B:** v = g·t\n- **M:** v = 9,8 × 3\n- **S:** v ≈ 29 m/s, hacia abajo."
    assert card.context == ("Cinemática",)
    assert {d.convention for d in extraction.drafts} == {"field-drill"}


def test_an_item_whose_fields_are_all_blank_or_dashes_is_unanswered_and_the_sections_are_no_topics() -> None:
    extraction, _ = extract_text(GRADED)
    assert [d.question for d in extraction.diagnostics if d.kind == "unanswered"] == [
        "¿Por qué se conserva la energía mecánica sin rozamiento?"
    ]
    assert not {"Cinemática", "Energía", "Consejos"} & {d.question for d in extraction.drafts}


def test_bold_lines_over_labels_that_do_not_recur_are_left_alone() -> None:
    notes = """\
# 旅行メモ

**Day 1** — 京都

- **宿:** 駅の近く
- **食事:** 湯豆腐

**Day 2** — 奈良

- **電車:** 45分
- **公園:** 鹿がいる

**Day 3** — 大阪

- **買い物:** 道頓堀
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_an_image_heading_over_prose_is_no_entry() -> None:
    notes = """\
# Herbarium

### Sheet 1
![Sheet 1](img/s1.png)

Collected near the river in May.

### Sheet 2
![Sheet 2](img/s2.png)

Pressed for two weeks.

### Sheet 3
![Sheet 3](img/s3.png)

- **Where:** the ridge.
"""
    extraction, _ = extract_text(notes)
    assert not [d for d in extraction.drafts if d.convention == "field-drill"]


def test_a_bold_label_with_its_colon_over_the_fields_is_a_field_not_an_item() -> None:
    notes = """\
# Netzwerke — verpasste Fragen

### Satz 1 · F3

**Szenario:** Zwei Subnetze sollen ohne Router kommunizieren. Was brauchst du?

- **Meine Antwort:** VLAN
- **Richtig:** einen Switch mit beiden Netzen im selben VLAN

### Satz 2 · F8

**Szenario:** Welche Schicht adressiert mit MAC-Adressen?

- **Meine Antwort:** 3
- **Richtig:** 2

### Satz 3 · F1

**Szenario:** Welcher Port gehört zu HTTPS?

- **Meine Antwort:** 80
- **Richtig:** 443
"""
    extraction, _ = extract_text(notes)
    assert not any(d.question.startswith("**Szenario:**") for d in extraction.drafts)
    assert not any("Szenario" in d.question for d in extraction.drafts if d.convention == "field-drill")


def test_a_heading_of_the_drill_over_only_a_quoted_note_to_self_is_unanswered() -> None:
    text = """\
# Planes de ensayo — Filosofía

### Ensayo 1 — '¿Es la libertad compatible con el determinismo?'

- **P:** Sí, según el compatibilismo.
  - **E:** Hume, *Investigación*, sección VIII.
- **L:** La libertad es actuar según los propios deseos.

### Ensayo 2 — '¿Puede la razón fundar la moral?'

- **P:** Kant: el imperativo categórico.
- **L:** Sí, pero Hume lo discute.

### Ensayo 3 — '¿Qué es la justicia para Platón?'

- **P:** Cada parte del alma cumple su función.
- **L:** Analogía entre alma y ciudad.

### Ensayo 4 — '¿Existe el libre albedrío?'

> TODO — planificar después de la clase del jueves.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [rule for _, rule, _, _ in cards] == ["field-drill"] * 3
    assert unanswered == [(19, "Ensayo 4 — '¿Existe el libre albedrío?' (placeholder)")]


def test_a_heading_of_the_drill_over_prose_is_left_to_the_other_rules() -> None:
    text = """\
### Ensayo 1 — '¿Es la libertad compatible con el determinismo?'

- **P:** Sí, según el compatibilismo.
- **L:** La libertad es actuar según los propios deseos.

### Ensayo 2 — '¿Puede la razón fundar la moral?'

- **P:** Kant: el imperativo categórico.
- **L:** Sí, pero Hume lo discute.

### Ensayo 3 — '¿Qué es la justicia para Platón?'

- **P:** Cada parte del alma cumple su función.
- **L:** Analogía entre alma y ciudad.

### Ensayo 4 — '¿Existe el libre albedrío?'

Depende de cómo se defina la voluntad: Spinoza lo niega.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [rule for _, rule, _, _ in cards][:3] == ["field-drill"] * 3
    assert all(rule != "field-drill" for _, rule, _, _ in cards[3:]) and len(cards) == 4
    assert unanswered == []


RECORDS = """\
# Prüfungsprotokolle — Mündliche Prüfung Geschichte

## Prüfer Weber

#### 1
- **Gefragt:** Warum scheiterte die Weimarer Republik?
- **Meine Antwort:** Wegen der Inflation.
- **Bessere Antwort:** Belastungen durch Versailles, Wirtschaftskrisen, Artikel 48 und fehlende Demokraten.
- **Note:** 3

#### 2
- **Gefragt:** Was war der Wiener Kongress?
- **Meine Antwort:** Eine Konferenz.
- **Bessere Antwort:**
- **Note:** 4

#### 3
- **Gefragt:** Haben Sie Fragen an uns?
- **Meine Antwort:** Nein.
- **Bessere Antwort:** n/a — das ist meine Runde, keine Karte.

#### 4
- **Gefragt:** Wann endete der Dreißigjährige Krieg?
- **Meine Antwort:** 1648.
- **Bessere Antwort:** 1648 mit dem Westfälischen Frieden (Münster und Osnabrück).
- **Note:** 1
"""


def test_an_asking_field_is_the_front_and_the_answer_field_the_back() -> None:
    cards, unanswered = cards_and_unanswered(RECORDS)
    assert [(q, a) for _, _, q, a in cards] == [
        (
            "Warum scheiterte die Weimarer Republik?",
            "Belastungen durch Versailles, Wirtschaftskrisen, Artikel 48 und fehlende Demokraten.",
        ),
        ("Wann endete der Dreißigjährige Krieg?", "1648 mit dem Westfälischen Frieden (Münster und Osnabrück)."),
    ]
    assert [m.split(" (")[0] for _, m in unanswered] == ["Was war der Wiener Kongress?"]


def test_an_answer_field_that_does_not_apply_makes_no_card_and_no_report() -> None:
    extraction, _ = extract_text(RECORDS)
    assert "Haben Sie Fragen an uns?" not in {d.question for d in extraction.drafts}
    assert "Haben Sie Fragen an uns?" not in {d.question for d in extraction.diagnostics}
    assert any("does not apply" in d.message for d in extraction.diagnostics if d.kind == "skipped")


def test_spanish_records_with_a_placeholder_answer_field_are_unanswered() -> None:
    notes = """\
# Entrevistas — backend

### Ronda 1
- **Preguntaron:** ¿Qué es un índice compuesto?
- **Mejor respuesta:** Un índice sobre varias columnas, útil según el orden de las columnas.

### Ronda 2
- **Preguntaron:** ¿Qué es el aislamiento serializable?
- **Mejor respuesta:** TODO

### Ronda 3
- **Preguntaron:** ¿Para qué sirve un WAL?
- **Mejor respuesta:** Registrar los cambios antes de aplicarlos, para recuperarse tras un fallo.
"""
    cards, unanswered = cards_and_unanswered(notes)
    assert [q for _, _, q, _ in cards] == ["¿Qué es un índice compuesto?", "¿Para qué sirve un WAL?"]
    assert [m.split(" (")[0] for _, m in unanswered] == ["¿Qué es el aislamiento serializable?"]


def test_fields_without_an_answer_field_keep_the_heading_as_the_front() -> None:
    notes = """\
# Vocabulario

### Casa
- **Asked:** in class, week 2
- **Example:** Mi casa es tu casa.

### Perro
- **Asked:** in class, week 3
- **Example:** El perro ladra.

### Gato
- **Asked:** in class, week 3
- **Example:** El gato duerme.
"""
    extraction, _ = extract_text(notes)
    assert [d.question for d in extraction.drafts] == ["Casa", "Perro", "Gato"]


BOARD = """\
# Tablero: Química orgánica

## Lista: Por repasar

### ¿Qué es un grupo funcional?
- **Etiquetas:** `Teoría`
- **Descripción:** Un átomo o grupo de átomos que da a la molécula sus reacciones típicas.

### ¿Qué es un isómero?
- **Etiquetas:** `Teoría`
- **Descripción:** Un compuesto con la misma fórmula molecular y otra estructura.

### Nenne drei Alkane.
- **Etiquetas:** `Übung`
- **Descripción:** Methan, Ethan, Propan.

### Leer capítulo 4
- **Etiquetas:** `Tarea`
- **Descripción:** Páginas 80–95 antes del jueves.

### ¿Por qué hierve antes el éter que el etanol?
- **Etiquetas:** `Teoría`
- **Descripción:** El etanol forma enlaces de hidrógeno; el éter no.
"""


def test_on_a_board_of_questions_a_title_that_neither_asks_nor_ends_a_sentence_is_no_card() -> None:
    cards = drafted_cards(BOARD)
    fronts = [q for _, q, _ in cards]
    assert "Leer capítulo 4" not in fronts
    assert fronts == [
        "¿Qué es un grupo funcional?",
        "¿Qué es un isómero?",
        "Nenne drei Alkane.",
        "¿Por qué hierve antes el éter que el etanol?",
    ]
