"""Symptom and problem headings among FAQ question headings: a statement answered by a paragraph and the
note box, alert or code block that illustrates it is an entry of the same FAQ."""

from __future__ import annotations

from tests.helpers import extract_text

FAQ = """\
# Häufige Fragen

## Betrieb

### Wie starte ich den Dienst neu?

Mit `systemctl restart kaffeemaschine`.

### Wo liegen die Logdateien?

Unter `/var/log/kaffeemaschine/`.

### Warum dauert der erste Start so lange?

Beim ersten Start wird der Cache aufgebaut.

### Der Dienst startet nach einem Update nicht mehr (siehe #214)

Meist ist die alte PID-Datei liegen geblieben.

> [!TIP]
> Entfernen Sie sie von Hand:
> ```bash
> sudo rm /run/kaffeemaschine.pid
> ```
"""


def test_a_symptom_heading_answered_by_a_paragraph_and_an_alert_is_an_entry() -> None:
    extraction, _ = extract_text(FAQ)
    cards = {d.question: d.answer for d in extraction.drafts}
    assert len(cards) == 4
    answer = cards["Der Dienst startet nach einem Update nicht mehr (siehe #214)"]
    assert answer.startswith("Meist ist die alte PID-Datei")
    assert "sudo rm /run/kaffeemaschine.pid" in answer


HANDBOOK = """\
# Onboarding

## Getting started

### How do I get a laptop?

Ask IT on your first day.

### Where do I park?

In the north garage.

### Our office culture and the way we run meetings

We keep meetings short.

### Who pays for lunch?

The team budget.

### Setting up the VPN client on a new machine

Download the client:

```bash
brew install vpn-client
```
"""


def test_a_statement_heading_outside_an_faq_or_introducing_a_step_stays_a_topic() -> None:
    extraction, _ = extract_text(HANDBOOK)
    questions = [d.question for d in extraction.drafts]
    # two statement titles among three questions: a handbook's sections, not an FAQ's entries
    assert "Setting up the VPN client on a new machine" not in questions
    assert "Our office culture and the way we run meetings" not in questions
