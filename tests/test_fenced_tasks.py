"""The fenced-task rule: a one-item numbered task answered by the code right after it."""

from __future__ import annotations

from tests.helpers import extract_text

EXAM = """\
# Programmierung 1 — Klausur WS 2024

## Aufgabe 2 (20 Punkte)

1. Schreiben Sie eine Java-Methode, die die Summe der Ziffern einer Zahl liefert.

```java
static int quersumme(int n) {
    int s = 0;
    while (n > 0) { s += n % 10; n /= 10; }
    return s;
}
```

2. Schreiben Sie eine Methode, die prüft, ob ein Array aufsteigend sortiert ist.

```java
static boolean sortiert(int[] a) {
    for (int i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
    return true;
}
```

## Aufgabe 3 (10 Punkte)

1. Schreiben Sie ein Programm, das alle Primzahlen bis 1000 effizient ausgibt.

*(in der Klausur nicht mehr geschafft)*
"""


def test_numbered_tasks_answered_by_their_code() -> None:
    extraction, diagnostics = extract_text(EXAM)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "fenced-task"}
    assert list(cards) == [
        "Schreiben Sie eine Java-Methode, die die Summe der Ziffern einer Zahl liefert.",
        "Schreiben Sie eine Methode, die prüft, ob ein Array aufsteigend sortiert ist.",
    ]
    assert all(answer.startswith("```java") and answer.endswith("```") for answer in cards.values())
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert any("alle Primzahlen bis 1000" in message for message in unanswered)


def test_a_note_alone_is_no_report_without_an_answered_task() -> None:
    only_note = "# Notes\n\n1. Schreiben Sie ein Programm, das alle Primzahlen bis 1000 effizient ausgibt.\n\n_(later)_\n"
    _, diagnostics = extract_text(only_note)
    assert not [d for d in diagnostics if d.kind == "unanswered" and "Primzahlen" in d.message]


TUTORIAL = """\
# Getting started

1. Clone the repository.

```bash
git clone https://example.org/app.git
cd app
make
```

2. Create the configuration file and fill in your database password.

```yaml
db:
  host: localhost
  password: secret
```

Then start the server and open the browser at port 8080 to see the dashboard.

3. Now create a small script that prints the greeting for every user:

```python
for user in users:
    print("hello", user)
print("done")
```
"""


def test_tutorial_steps_are_no_tasks() -> None:
    """Short steps, shell sessions, code explained after it and set-ups ending with a colon stay out."""
    extraction, _ = extract_text(TUTORIAL)
    assert not [d for d in extraction.drafts if d.convention == "fenced-task"]
