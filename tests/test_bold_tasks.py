"""The bold-task rule: whole-bold lettered exam tasks answered by a labelled solution or a code block."""

from __future__ import annotations

from tests.helpers import extract_text

NETWORKS = """\
# Networks — mock exam

## Task 1 (20 points)

**a) Name two differences between TCP and UDP. (4 marks)**

Suggested answer:
- TCP is connection-oriented, UDP is not
- TCP retransmits lost segments

**b) Compute the number of hosts in a /26 subnet. (2 marks)**

Solution: $2^6 - 2 = 62$

**c) Write a shell command that shows the routing table. (2 marks)**

```sh
ip route show
```

**d) Draw the three-way handshake. (4 marks)**

Solution: see the photo in `img/handshake.jpg`, not typed up yet

**e) Describe what a VLAN is. (3 marks)**

<!-- answer missing, Sam wanted to do this one -->

> **Remember:** "describe" wants full sentences!

## Glossary
"""


def _cards(text: str) -> list[tuple[str, str, str]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer) for d in extraction.drafts]


def test_bold_tasks_are_cards_without_letter_and_points() -> None:
    cards = [c for c in _cards(NETWORKS) if c[0] == "bold-task"]
    assert cards == [
        (
            "bold-task",
            "Name two differences between TCP and UDP.",
            "- TCP is connection-oriented, UDP is not\n- TCP retransmits lost segments",
        ),
        ("bold-task", "Compute the number of hosts in a /26 subnet.", "$2^6 - 2 = 62$"),
        ("bold-task", "Write a shell command that shows the routing table.", "```sh\nip route show\n```"),
    ]


def test_a_placeholder_or_a_comment_leaves_the_task_unanswered_and_out_of_the_previous_card() -> None:
    extraction, _ = extract_text(NETWORKS)
    reports = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert reports == ["Draw the three-way handshake.", "Describe what a VLAN is."]
    assert all("VLAN" not in d.answer and "handshake" not in d.answer for d in extraction.drafts)


def test_a_german_task_with_a_lösungsvorschlag() -> None:
    text = """\
## Aufgabe 2

**a) Erläutern Sie den Begriff Normalisierung. (3 P.)**

Lösungsvorschlag:
Zerlegen von Tabellen, um Redundanzen zu vermeiden.

**b) Nennen Sie zwei Schlüsselarten. (2 P.)**

Lösungsvorschlag: Primärschlüssel, Fremdschlüssel
"""
    cards = _cards(text)
    assert cards == [
        ("bold-task", "Erläutern Sie den Begriff Normalisierung.", "Zerlegen von Tabellen, um Redundanzen zu vermeiden."),
        ("bold-task", "Nennen Sie zwei Schlüsselarten.", "Primärschlüssel, Fremdschlüssel"),
    ]


def test_bold_lettered_lines_without_points_or_asking_are_no_tasks() -> None:
    text = """\
## Steps

**a) Preheat the oven**

Set it to 200 degrees.

**b) Mix the flour**

Use a whisk.
"""
    assert not [c for c in _cards(text) if c[0] == "bold-task"]
