"""The yaml-card rule: question lists kept as YAML data in ```` ```yaml ```` fences."""

from __future__ import annotations

from tests.helpers import extract_text

HISTORY = """\
# HIST 210 — Early modern Europe

My deck script reads the YAML blocks; the rest is notes.

## Week 3 — The Reformation

Luther, Zwingli, Calvin; the printing press spreads pamphlets fast.

```yaml
- q: In which year were the Ninety-five Theses posted?
  a: 1517
- q: Which city did Calvin reform?
  a: Geneva
- q: What did the Diet of Worms decide about Luther?
  a:   # TODO check the edict's wording
```

## Week 4 — Wars of religion

```yml
- question: Which treaty ended the Thirty Years' War?
  answer: The Peace of Westphalia (1648)
- question: Name two Catholic powers of the war.
  answer:
    - Spain
    - the Holy Roman Emperor
```

## Week 5 — Absolutism

```YAML
cards:
  - front: Who said "L'État, c'est moi"?
    back: |
      Louis XIV (attributed).
      The quote is probably apocryphal.
  - front: What was the Fronde?
    back: A series of French civil wars (1648–1653).
```
"""


def test_each_mapping_of_a_yaml_question_list_is_a_card() -> None:
    extraction, diagnostics = extract_text(HISTORY)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"yaml-card"}
    assert cards["In which year were the Ninety-five Theses posted?"].answer == "1517"
    assert cards["In which year were the Ninety-five Theses posted?"].loc.line == 10
    assert cards["Which city did Calvin reform?"].context[-1] == "Week 3 — The Reformation"
    assert cards["Which treaty ended the Thirty Years' War?"].answer == "The Peace of Westphalia (1648)"
    assert cards["Name two Catholic powers of the war."].answer == "- Spain\n- the Holy Roman Emperor"
    louis = cards["Who said \"L'État, c'est moi\"?"]
    assert louis.answer == "Louis XIV (attributed).\nThe quote is probably apocryphal."
    assert "What was the Fronde?" in cards
    assert len(extraction.drafts) == 6  # the lecture headings over the fences are no topic cards
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "What did the Diet of Worms decide about Luther?" in unanswered


def test_other_yaml_is_no_card() -> None:
    text = """\
# Deploying the app

Set the service up like this:

```yaml
services:
  - name: web
    image: nginx:1.25
  - name: db
    image: postgres:16
```

```yaml
- question: [broken
  answer: oops
```
"""
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "yaml-card"]
    assert not [d for d in diagnostics if d.kind == "unanswered"]
