"""The fenced-prompt rule: a prompt copied verbatim into a prose fence, answered by the bold label under it."""

from __future__ import annotations

from tests.helpers import extract_text

ORAL_EXAM = """\
# Mündliche Prüfung Geschichte — Kärtchen

Ich schreibe jede Aufgabe so ab, wie sie auf dem Kärtchen steht, und darunter meine Antwort.

## Karte 1 · Weimarer Republik

```text
PRÜFUNGSKARTE
Erläutern Sie, warum die Weimarer Verfassung als anfällig galt. Nennen Sie zwei Gründe.
```

**Meine Antwort:**
- Artikel 48: Notverordnungen des Reichspräsidenten.
- Verhältniswahl ohne Sperrklausel, viele Splitterparteien.

## Karte 2 · Kalter Krieg

```
Warum scheiterte die Berliner Blockade 1948/49?
```

**Meine Antwort (zweimal geübt):** Die Luftbrücke versorgte West-Berlin fast ein Jahr lang.

## Karte 3 · Reichsgründung

```text
Beschreiben Sie die Rolle Bismarcks bei der Reichsgründung 1871.
```

**Meine Antwort:**

---

## Karte 4 · Gruppenaufgabe

```text
Erklären Sie Ihrem Partner die Karte, ohne auf sie zu zeigen.
```

*Keine Wissensfrage — nur Übung im Erklären.*
"""

ENTREVISTA = """\
# Entrevista de residencia — tarjetas

## Estación A

```txt
TARJETA
Un compañero llega con olor a alcohol a la guardia. ¿Qué hace usted?
```

**Mi respuesta:**
1. Hablar con él en privado y apartarlo de los pacientes.
2. Avisar al jefe de guardia.

## Estación B

```text
Háblenos de un conflicto en un equipo. ¿Qué aprendió?
```

**Mi respuesta:** (pendiente: elegir la historia)
"""


def _outcome(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    extraction, diagnostics = extract_text(text)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts]
    return cards, [d.message for d in diagnostics if d.kind == "unanswered"]


def test_fenced_prompts_are_answered_by_the_label_under_them() -> None:
    cards, _ = _outcome(ORAL_EXAM)
    prompts = [c for c in cards if c[0] == "fenced-prompt"]
    assert [c[1] for c in prompts] == [
        "Erläutern Sie, warum die Weimarer Verfassung als anfällig galt. Nennen Sie zwei Gründe.",
        "Warum scheiterte die Berliner Blockade 1948/49?",
    ]
    assert prompts[0][2].startswith("- Artikel 48")
    assert "Meine Antwort" not in prompts[0][2]
    assert prompts[1][2] == "Die Luftbrücke versorgte West-Berlin fast ein Jahr lang."
    assert not any("PRÜFUNGSKARTE" in c[1] for c in cards)


def test_an_empty_label_is_unanswered_and_a_fence_without_one_is_left_alone() -> None:
    cards, unanswered = _outcome(ORAL_EXAM)
    assert any("Rolle Bismarcks" in u for u in unanswered)
    assert not any("Partner" in c[1] for c in cards)
    assert not any("Partner" in u for u in unanswered)


def test_a_second_language_and_a_placeholder_answer() -> None:
    cards, unanswered = _outcome(ENTREVISTA)
    assert [(c[0], c[1]) for c in cards] == [
        ("fenced-prompt", "Un compañero llega con olor a alcohol a la guardia. ¿Qué hace usted?"),
    ]
    assert cards[0][2].startswith("1. Hablar con él")
    assert any("conflicto en un equipo" in u for u in unanswered)


def test_code_fences_and_a_single_prompt_are_no_cards() -> None:
    code = """\
# Snippets

```
for i in range(3):
    print(i)
```

**Output:** the numbers 0 to 2.

```text
Une seule consigne recopiée ici, sans autre carte dans la page.
```

**Ma réponse :** rien de plus.
"""
    cards, unanswered = _outcome(code)
    assert not [c for c in cards if c[0] == "fenced-prompt"]
    assert not unanswered
