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
