"""The term-list rule: a bullet list of `**Term**: definition` items that no earlier rule took."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text

NOTES = """\
# Networking notes

## Attacks

### Spoofing

- **ARP spoofing**: the attacker answers ARP requests with its own MAC address.
- **DNS spoofing:** forged answers send the victim to the attacker's server.
- **IP spoofing**: packets carry a forged source address,
  which hides the sender.

```bash
arpspoof -i eth0 -t 10.0.0.5 10.0.0.1
```

**Q:** Which layer does ARP work at?
**A:** The link layer.
"""


def test_a_list_of_bold_terms_in_a_mixed_section_gives_term_cards() -> None:
    cards = [c for c in _cards(NOTES) if c[0] == "term-list"]
    assert cards == [
        ("term-list", "ARP spoofing", "the attacker answers ARP requests with its own MAC address."),
        ("term-list", "DNS spoofing", "forged answers send the victim to the attacker's server."),
        ("term-list", "IP spoofing", "packets carry a forged source address,\nwhich hides the sender."),
    ]


def test_lists_that_describe_or_advise_are_left_alone() -> None:
    text = """\
# Interview diary

## What went well

Three things helped:

- **Preparation**: I practised every evening.
- **Sleep**: eight hours before the day.

## Model choice

- **Pros**: fast to train.
- **Cons**: needs a lot of memory.

## Habits

- **Always**: read the question twice.
- **Never**: start coding at once.

## Scoring

- **9-10 points**: excellent.
- **6-8 points**: good, review the rest.
- **Below 6**: start again.

## Mixed

- **Latency**: time to answer.
- plain item without a term
"""
    assert not [c for c in _cards(text) if c[0] == "term-list"]


def test_a_term_without_definition_is_unanswered() -> None:
    text = (
        "# Law\n\n## Torts\n\n- **Negligence**: a failure to take reasonable care.\n- **Nuisance**:\n\n"
        "```text\nDonoghue v Stevenson [1932]\n```\n"
    )
    extraction, diagnostics = extract_text(text)
    assert [(d.convention, d.question) for d in extraction.drafts] == [("term-list", "Negligence")]
    assert any(d.kind == "unanswered" and "Nuisance" in d.message for d in diagnostics)


def test_comments_labelled_by_handles_are_no_terms() -> None:
    """A post's comments copied out (`**@user:** …`) say who wrote what; annotations in code stay terms."""
    polish = """\
# Wpis: stolice Europy

## Komentarze

- **@kasia_w:** A dlaczego nie Kraków? 🤔
- **@geografia.pl:** Dobre pytanie! Omówimy na lekcji 😊
- **@tomek99:** znałem odpowiedź ✅
"""
    extraction, _ = extract_text(polish)
    assert extraction.drafts == ()
    spanish = """\
# Anotaciones de Java

Notas del curso de programación, tema 4.

## Anotaciones

- **`@Override`**: indica que el método sobrescribe uno de la superclase.
- **`@Deprecated`**: marca un elemento que ya no debe usarse.
"""
    extraction, _ = extract_text(spanish)
    assert [d.question for d in extraction.drafts] == ["`@Override`", "`@Deprecated`"]
