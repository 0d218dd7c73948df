"""The quoted-question rule: a question set off as a blockquote (a story bank's interview prompt), answered by
the blocks after it; theme headings are context, notes to self are unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

STORY_BANK = """\
# Nursing residency interview — behavioural stories

> Panel of three, 30 minutes. Use STAR and keep it personal.

## Patient Advocacy

> “Describe a situation where you had to speak up for a patient.”

- **Situation:** night shift, a post-op patient's pain score kept rising.
- **Action:** I escalated to the resident twice and documented each call.
- **Result:** the epidural was found disconnected and fixed within the hour.

> Give me an example of a time you handled a difficult family member.

- ❗ find a story — maybe the ICU visiting hours one?

## Teamwork

> 'Tell me about a conflict with a colleague and how you resolved it.'

**Situation:** two of us wanted the same admission. **Task:** split the load fairly.
We agreed on a rota and it held for the rest of the rotation.

> Walk me through your biggest professional mistake.

_TODO: pick between the med-error near miss and the charting one_

## Reminders

Breathe. Smile. Ask for water if needed.
"""


def test_each_quoted_question_is_a_card_with_its_heading_as_context() -> None:
    cards, unanswered = cards_and_unanswered(STORY_BANK)
    found = {q: (rule, a) for _, rule, q, a in cards}
    rule, answer = found["Describe a situation where you had to speak up for a patient."]
    assert rule == "quoted-question" and "**Action:** I escalated" in answer
    rule, answer = found["Tell me about a conflict with a colleague and how you resolved it."]
    assert rule == "quoted-question" and "We agreed on a rota" in answer
    assert not any(q in ("Patient Advocacy", "Teamwork", "Reminders") for q in found)
    messages = [m for _, m in unanswered]
    assert any(m.startswith("Give me an example of a time you handled a difficult family member.") for m in messages)
    assert any(m.startswith("Walk me through your biggest professional mistake.") for m in messages)


def test_a_remark_in_a_quote_is_not_a_question() -> None:
    cards, _ = cards_and_unanswered(STORY_BANK)
    assert not any(q.startswith("Panel of three") for _, _, q, _ in cards)


GERMAN = """\
# Vorstellungsgespräch

## Konfliktfähigkeit

> "Wie sind Sie mit einem schwierigen Kunden umgegangen?"

Ich habe zuerst zugehört, dann eine Lösung mit Frist angeboten.

## Eigeninitiative

> "Wann haben Sie etwas ohne Auftrag verbessert?"

- Testabdeckung im Team von 40 % auf 75 % gebracht.
"""


def test_quoted_questions_in_other_languages() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    fronts = {q for _, rule, q, _ in cards if rule == "quoted-question"}
    assert fronts == {
        "Wie sind Sie mit einem schwierigen Kunden umgegangen?",
        "Wann haben Sie etwas ohne Auftrag verbessert?",
    }


EPIGRAPH = """\
# Thermodynamics

> "What is heat, if not motion?" — an old textbook

## Entropy

Entropy measures the number of microstates compatible with a macrostate.
"""


def test_a_single_quoted_question_is_an_epigraph_not_a_card() -> None:
    cards, _ = cards_and_unanswered(EPIGRAPH)
    assert not any(rule == "quoted-question" for _, rule, _, _ in cards)


PRACTICE_PAPER = """\
# Histoire — entraînement aux questions courtes

Le professeur corrige chaque réponse et laisse un commentaire en italique.

> **Conseil :** Lisez le verbe de la consigne. Comptez les points avant d'écrire.

---

## Sujet 1 — La Révolution

> **Q1.** Expliquez pourquoi les états généraux sont convoqués en 1789. *(6 points)*

- La crise financière : la dette de l'État explose après la guerre d'Amérique.
- Les réformes fiscales échouent face aux privilégiés.

_Professeur : 5/6 — ajoutez la mauvaise récolte de 1788._

> **Q2.** Décrivez le rôle des sans-culottes en 1792. *(4 points)*

> **Q3.** Citez deux mesures de la Convention montagnarde. *(2 points)*

_(pas fait — plus de temps)_

> **Q4.** Pourquoi Robespierre tombe-t-il en juillet 1794 ? *(3 points)*

- Les députés craignent d'être les prochains sur la liste.

_Professeur : 3/3._
"""


def test_a_quoted_exam_question_is_a_card_without_its_label_marks_or_the_markers_remark() -> None:
    cards, unanswered = cards_and_unanswered(PRACTICE_PAPER)
    found = {q: a for _, rule, q, a in cards if rule == "quoted-question"}
    assert set(found) == {
        "Expliquez pourquoi les états généraux sont convoqués en 1789.",
        "Pourquoi Robespierre tombe-t-il en juillet 1794 ?",
    }
    answer = found["Expliquez pourquoi les états généraux sont convoqués en 1789."]
    assert "La crise financière" in answer and "Professeur" not in answer
    assert "Professeur" not in found["Pourquoi Robespierre tombe-t-il en juillet 1794 ?"]
    messages = [m for _, m in unanswered]
    assert any(m.startswith("Décrivez le rôle des sans-culottes en 1792.") for m in messages)  # the next quote follows
    assert any(m.startswith("Citez deux mesures de la Convention montagnarde.") for m in messages)  # a remark alone
    assert not any("Lisez le verbe" in m for m in messages) and not any("Lisez le verbe" in q for _, _, q, _ in cards)


ORAL_EXAM = """\
# Mündliche Prüfung — Übungsprotokoll

> Prüferin (Skript):
> *"Sie haben eine Minute Vorbereitungszeit. Haben Sie das verstanden?"*

---

## Teil 2 — Themenkarten

### Karte 1

> **Beschreiben Sie eine Reise, die Sie gemacht haben.**
> Sie sollten sagen:
> - wohin Sie gefahren sind
> - mit wem Sie gereist sind
>
> und erklären Sie, was Ihnen am besten gefallen hat.

**Meine Antwort (1:40):** Letzten Sommer bin ich mit meiner Schwester nach Porto gefahren.
Am besten hat mir der Blick vom Fluss gefallen.

*Feedback der Lehrerin: mehr Perfekt mit „sein" benutzen.*

### Karte 2

> **Beschreiben Sie ein Buch, das Sie empfehlen würden.**
> Sie sollten sagen:
> - wie es heißt
> - worum es geht
>
> und erklären Sie, warum Sie es empfehlen.

**Meine Antwort:** —

### Karte 3

> **Describa un plato típico de su región.**
> Debería decir:
> 1. cómo se llama
> 2. cuándo se come

**Mi respuesta:** El cocido, sobre todo en invierno y en familia.
"""


def test_a_cue_card_is_one_question_with_its_points_on_the_front() -> None:
    cards, unanswered = cards_and_unanswered(ORAL_EXAM)
    found = {q: a for _, rule, q, a in cards if rule == "quoted-question"}
    assert len(found) == 2
    front = next(q for q in found if "Reise" in q)
    assert front.startswith("**Beschreiben Sie eine Reise, die Sie gemacht haben.**")
    assert "- mit wem Sie gereist sind" in front and "und erklären Sie" in front
    assert "Porto" in found[front] and "Feedback der Lehrerin" not in found[front]
    assert any("cocido" in a for a in found.values())
    messages = [m for _, m in unanswered]
    assert any("Beschreiben Sie ein Buch" in m for m in messages)  # an answer label over a dash
    assert not any("Vorbereitungszeit" in m for m in messages)  # the script above the first section
    assert not any(q.startswith("Karte") for _, _, q, _ in cards)


NEAR_MISS = """\
# Chemie

## Säuren

> Wichtige Säuren:
> - Salzsäure
> - Schwefelsäure

Beide sind starke Säuren.

## Basen

> **Merke:** Was ist eine Base? Ein Protonenakzeptor.

Natronlauge ist eine starke Base.

## Salze

> Warum leitet eine Salzlösung den Strom?

Weil die Ionen in der Lösung frei beweglich sind.

## Puffer

> Wie funktioniert ein Puffer?

Er fängt zugegebene Protonen und Hydroxidionen ab.
"""


def test_a_quoted_list_that_asks_nothing_and_advice_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    fronts = {q for _, rule, q, _ in cards if rule == "quoted-question"}
    assert fronts == {"Warum leitet eine Salzlösung den Strom?", "Wie funktioniert ein Puffer?"}
    assert not any("Säuren" in q or "Base" in q for _, _, q, _ in cards if q not in fronts)
    assert not unanswered
