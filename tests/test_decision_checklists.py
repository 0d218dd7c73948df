"""Checklists of questions to work through (an attack plan, a triage pathway): one-line numbered items that
ask, an arrow after some `?` leading to the next step, half of them or more bare questions. Their steps are
no cards, for the numbered rule or the line-pair rule; a drill of questions answered after arrows stays one."""

from __future__ import annotations

from ankibuild.extract.questions import is_decision_checklist
from tests.helpers import cards_and_unanswered

# Medicine in Spanish: a triage pathway.
TRIAJE = """\
# Urgencias — triaje

## Algoritmo

Para cada paciente:

1. ¿Respira? (mirar, escuchar, sentir)
2. ¿Tiene pulso? Si no → RCP, llamar al equipo.
3. ¿Está consciente?
4. ¿Sangra activamente? → **compresión directa**.
"""

# Chemistry in Italian: a drill answered after arrows, one question left open: cards.
CHIMICA = """\
# Chimica — ripasso

1. Qual è il simbolo del sodio? → Na
2. Qual è il pH dell'acqua pura? → 7
3. Quale gas producono le piante? → ossigeno
4. Qual è la valenza del carbonio?
"""


def test_a_checklist_gives_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(TRIAJE)
    assert cards == []
    assert unanswered == []


def test_a_drill_answered_after_arrows_stays_cards() -> None:
    cards, unanswered = cards_and_unanswered(CHIMICA)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Qual è il simbolo del sodio?", "Na"),
        ("Qual è il pH dell'acqua pura?", "7"),
        ("Quale gas producono le piante?", "ossigeno"),
    ]
    assert [m for _, m in unanswered] == ["Qual è la valenza del carbonio?"]


def test_what_makes_a_checklist() -> None:
    assert is_decision_checklist(["1. Is it on? (check)", "2. Is it hot? If so → stop.", "3. Is it loud?"])
    # An answer that is no arrow, or too few bare steps, makes it a drill.
    assert not is_decision_checklist(["1. Is it on?", "2. Is it hot? Yes, always.", "3. Is it loud?"])
    assert not is_decision_checklist(["1. Is it on? → yes", "2. Is it hot? → no", "3. Is it loud?"])
