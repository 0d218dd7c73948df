"""The saved-output rule: a notebook's question over a code cell, answered by the output saved under it."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

NOTEBOOK = """\
<!-- livebook:{"persist_outputs":true} -->

# Übungen zu Zeichenketten

```elixir
Mix.install([{:jason, "~> 1.4"}])
```

<!-- livebook:{"output":true} -->

```
:ok
```

## Grundlagen

### Übung 1

Was liefert `String.length/1` für ein Wort mit Umlaut?

```elixir
String.length("Bär")
```

<!-- livebook:{"output":true} -->

```
3
```

Es zählt Grapheme, nicht Bytes.

<!-- livebook:{"break_markdown":true} -->

### Übung 2

¿Qué devuelve `String.split/1` con espacios repetidos?

```elixir
String.split("  a  b ")
```

<!-- livebook:{"output":true} -->

```
["a", "b"]
```

### Übung 3

Was ergibt `String.reverse/1` bei einem leeren String?

```elixir
String.reverse("")
```

### Übung 4

¿Cuándo conviene `IO.iodata_to_binary/1`?

```elixir
# TODO: ejemplo
```
"""

TUTORIAL = """\
# Primeros pasos

Así se suma en Elixir:

```elixir
1 + 2
```

<!-- livebook:{"output":true} -->

```
3
```

Y así se concatena:

```elixir
"a" <> "b"
```

<!-- livebook:{"output":true} -->

```
"ab"
```
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


def test_the_prose_over_a_cell_asks_and_the_saved_output_answers() -> None:
    cards = [(q, a) for rule, q, a in drafted_cards(NOTEBOOK) if rule == "saved-output"]
    assert cards == [
        (
            "Was liefert `String.length/1` für ein Wort mit Umlaut?",
            '```elixir\nString.length("Bär")\n```\n\n```\n3\n```\n\nEs zählt Grapheme, nicht Bytes.',
        ),
        ("¿Qué devuelve `String.split/1` con espacios repetidos?", '```elixir\nString.split("  a  b ")\n```\n\n```\n["a", "b"]\n```'),
    ]


def test_a_cell_never_run_or_only_a_note_to_self_is_unanswered() -> None:
    assert _unanswered(NOTEBOOK) == [
        "Was ergibt `String.reverse/1` bei einem leeren String?",
        "¿Cuándo conviene `IO.iodata_to_binary/1`? (placeholder)",
    ]


def test_the_setup_cell_is_no_item() -> None:
    assert not any("Mix.install" in a or "Mix.install" in q for _, q, a in drafted_cards(NOTEBOOK))


def test_a_tutorial_whose_prose_does_not_ask_is_left_alone() -> None:
    assert not [q for rule, q, _ in drafted_cards(TUTORIAL) if rule == "saved-output"]
