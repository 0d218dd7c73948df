"""Answer sections keyed by question labels in more languages (`**Vraag 3**` … `## Uitwerkingen`,
`**Oppgave 2**` … `## Løsninger`), a points mark (`(2 pt)`) left off the front, a label alone on its line
over its answer, and multiple-choice options on the back above the key."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

DUTCH = """\
# Scheikunde — oefentoets

## Deel 1

**Vraag 1** (1 pt)
Welk deeltje heeft een negatieve lading?

- a. proton
- b. neutron
- c. elektron

**Vraag 2** (2 pt)
Leg uit waarom zout water stroom geleidt.

**Vraag 3** (3 pt)
Bereken de molaire massa van water.

## Uitwerkingen

**Vraag 1:** c.

**Vraag 2:**
Opgeloste ionen bewegen vrij en vervoeren de lading.

**Vraag 3:** *(nog niet gedaan)*
"""


def test_dutch_questions_pair_with_the_keyed_answers() -> None:
    cards, unanswered = cards_and_unanswered(DUTCH)
    found = {q: (rule, a) for _, rule, q, a in cards}
    rule, answer = found["Welk deeltje heeft een negatieve lading?"]
    assert rule == "answer-section"
    assert "- c. elektron" in answer and answer.rstrip().endswith("c.")
    rule, answer = found["Leg uit waarom zout water stroom geleidt."]
    assert rule == "answer-section" and answer.startswith("Opgeloste ionen")
    assert not any("pt)" in q for q in found)
    assert any(m.startswith("Bereken de molaire massa van water.") for _, m in unanswered)


NORWEGIAN = """\
# Historie — prøveeksamen

**Oppgave 1**
Når ble Norge selvstendig fra Sverige?

**Oppgave 2**
Forklar hvorfor unionen ble oppløst.

## Løsninger

**Oppgave 1:** I 1905.

**Oppgave 2:** Uenighet om konsulatvesenet og voksende nasjonalisme.
"""


def test_nordic_labels_and_titles() -> None:
    cards, _ = cards_and_unanswered(NORWEGIAN)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["Når ble Norge selvstendig fra Sverige?"] == ("answer-section", "I 1905.")
    assert found["Forklar hvorfor unionen ble oppløst."][0] == "answer-section"
