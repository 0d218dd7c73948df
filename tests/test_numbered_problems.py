"""The numbered-problem rule: `問4` / `Problem 4` headings over a statement, choices and a labelled answer."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


PAPER = """\
# 2024年度 過去問（化学）

## 第1章

### 問1

水の沸点が標高とともに下がる理由として正しいものはどれか。

- ア　気圧が下がるから
- イ　重力が弱くなるから

**正解：ア**

> 解説：沸点は外圧と蒸気圧が等しくなる温度である。

### Problem 2

Which gas makes up most of the atmosphere?

1. Oxygen
2. Nitrogen

Answer: 2 (about 78 %).

### 問3

次のうち貴ガスはどれか。

- ア　Ne
- イ　N

<!-- 答えは後で確認 -->
"""


def test_the_statement_is_the_front_and_the_answer_with_its_choices_the_back() -> None:
    cards = [c for c in _cards(PAPER) if c[0] == "numbered-problem"]
    assert [c[1] for c in cards] == [
        "水の沸点が標高とともに下がる理由として正しいものはどれか。",
        "Which gas makes up most of the atmosphere?",
    ]
    assert cards[0][2].startswith("- ア　気圧が下がるから") and "**正解：ア**" in cards[0][2] and "解説" in cards[0][2]
    assert cards[1][2].endswith("Answer: 2 (about 78 %).") and "Nitrogen" in cards[1][2]


def test_an_answer_only_in_a_comment_is_unanswered() -> None:
    assert "次のうち貴ガスはどれか。" in _unanswered(PAPER)


def test_a_number_only_heading_over_prose_without_an_answer_line_is_left_alone() -> None:
    text = "# Notes\n\n## Problem 1\n\nWe revisit this next week.\n"
    assert not any(c[0] == "numbered-problem" for c in _cards(text))


def test_a_section_holding_only_a_quoted_note_to_self_is_no_card() -> None:
    text = """\
# Past papers — law

## Contract law

> I can get these by memorising the article numbers.

### Problem 9

Which act can a minor perform alone?

- A. Accepting a gift
- B. Selling land

**Answer:** A
"""
    cards = _cards(text)
    assert [c[1] for c in cards] == ["Which act can a minor perform alone?"]


# Bold number labels between rules instead of headings: German chemistry and a French quiz.
LABELLED = """\
# Chemie — Übungsblatt

**Aufgabe Nr. 1**

Wie viele Elektronen hat ein Natriumatom?

A) 9  B) 10  C) 11  D) 12

*Lösungsweg:*
Die Ordnungszahl von Natrium ist 11.

**Antwort: C**

---

**Aufgabe Nr. 2**

Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?

A) Sauerstoff  B) Wasserstoff  C) Chlor  D) Stickstoff

**Antwort: B**

---

**Aufgabe Nr. 3**

Welche Ladung hat ein Elektron?

A) positiv  B) negativ  C) neutral  D) wechselnd

**Antwort: —**

---

**Aufgabe Nr. 4**

Wie heißt das leichteste Element?

A) Helium  B) Lithium  C) Wasserstoff  D) Bor

*Lösungsweg:* mache ich am Sonntag
"""

QUIZ = """\
# Quiz

**Question n° 1**

Quelle est la capitale du Canada ?

**Réponse : Ottawa**
"""


def test_bold_labels_open_items_up_to_the_rule() -> None:
    cards = _cards(LABELLED)
    assert [(rule, q) for rule, q, _ in cards] == [
        ("numbered-problem", "Wie viele Elektronen hat ein Natriumatom?"),
        ("numbered-problem", "Welches Gas entsteht bei der Elektrolyse von Wasser an der Kathode?"),
    ]
    first = cards[0][2]
    assert first.startswith("A) 9  B) 10") and "*Lösungsweg:*" in first and first.endswith("**Antwort: C**")


def test_a_labelled_item_with_a_dash_key_or_no_key_is_unanswered() -> None:
    assert _unanswered(LABELLED) == ["Welche Ladung hat ein Elektron?", "Wie heißt das leichteste Element?"]


def test_one_labelled_item_is_left_to_the_other_rules() -> None:
    assert not any(rule == "numbered-problem" for rule, _, _ in _cards(QUIZ))


DUMP_ES = """\
# Certificación de redes — preguntas falladas

### Pregunta #12 · Tema 3

Un router recibe un paquete cuyo TTL llega a 0.

¿Qué hace con el paquete?

- A. Lo reenvía
- B. Lo descarta y avisa con ICMP
- C. Lo devuelve al origen

**Respuesta correcta:** B

Votos: B (91%) · A (9%)

### Pregunta #15 · Tema 3

Para cada afirmación, marca Sí si es verdadera. Si no, marca No.

| Afirmación | Sí | No |
|---|---|---|
| OSPF es un protocolo de estado de enlace. | ☑ | ☐ |
| RIP usa el ancho de banda como métrica. | ☐ | ☑ |

**Respuesta correcta:** Sí · No

### Pregunta #18 · Tema 4

¿Qué puerto usa HTTPS por defecto?

- A. 80
- B. 443

**Respuesta correcta:** ???

Votos: B (60%) · A (40%)

### Pregunta #21 · Tema 4

Ordena las capas del modelo OSI.

**Respuesta correcta:** *(la imagen no cargó — repetir)*
"""


def test_exam_dump_entries_qualified_by_their_part() -> None:
    extraction, diagnostics = extract_text(DUMP_ES)
    cards = [(d.convention, d.question, d.answer.split("\n\n")[0]) for d in extraction.drafts]
    assert cards == [
        (
            "numbered-problem",
            "Un router recibe un paquete cuyo TTL llega a 0.\n\n¿Qué hace con el paquete?",
            "- A. Lo reenvía\n- B. Lo descarta y avisa con ICMP\n- C. Lo devuelve al origen",
        ),
        ("numbered-problem", "OSPF es un protocolo de estado de enlace.", "**Sí**"),
        ("numbered-problem", "RIP usa el ancho de banda como métrica.", "**No**"),
    ]
    ticked = extraction.drafts[1]
    assert ticked.context == ("Pregunta #15 · Tema 3", "Para cada afirmación, marca Sí si es verdadera. Si no, marca No.")
    assert "**Respuesta correcta:** Sí · No" in ticked.answer
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "¿Qué puerto usa HTTPS por defecto? (placeholder)",
        "Ordena las capas del modelo OSI. (placeholder)",
    ]


def test_a_heading_naming_a_part_without_a_number_is_no_problem() -> None:
    text = "# Notizen\n\n### Frage · Kapitel\n\nWas ist ein Switch?\n\n**Antwort:** Ein Gerät der Schicht 2.\n"
    assert not [c for c in _cards(text) if c[0] == "numbered-problem"]
