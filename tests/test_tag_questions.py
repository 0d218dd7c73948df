"""The tag-question rule: a paired template tag (Markdoc `{% name %}` … `{% /name %}`, Liquid `{% endname %}`)
whose direct child is an answer tag is a card; an empty answer tag or a missing one is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GEOGRAPHIE = """\
# Geographie

## Flüsse

{% frage id="g-01" stufe="leicht" %}
Welcher Fluss ist der längste Deutschlands?
{% antwort %}
Der **Rhein** (auf deutschem Gebiet rund 865 km).
{% /antwort %}
{% /frage %}

{% frage id="g-02" %}
In welches Meer mündet die Elbe?
{% antwort %}
In die Nordsee, bei Cuxhaven.
{% /antwort %}
{% /frage %}

{% frage id="g-03" %}
Wo entspringt die Donau?
{% antwort %}
{% /antwort %}
{% /frage %}

{% frage id="g-04" %}
Wie lang ist die Mosel?
{% /frage %}

{% callout type="note" %}
Warum fließt die Donau nach Osten? Das klären wir nächste Woche.
{% /callout %}

```markdoc
{% frage %}
Ist das Code?
{% antwort %}
Ja.
{% /antwort %}
{% /frage %}
```
"""


def test_markdoc_pairs_with_nested_answer_tags() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAPHIE)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "tag-question", "Welcher Fluss ist der längste Deutschlands?", "Der **Rhein** (auf deutschem Gebiet rund 865 km)."),
        (12, "tag-question", "In welches Meer mündet die Elbe?", "In die Nordsee, bei Cuxhaven."),
    ]
    assert [(line, message) for line, message in unanswered if "Donau" in message or "Mosel" in message] == [
        (19, "Wo entspringt die Donau?"),
        (25, "Wie lang ist die Mosel?"),
    ]


def test_liquid_closers_and_a_solution_tag() -> None:
    text = """\
# Química

{% pregunta %}
¿Cuál es el símbolo del sodio?
{% solution %}
Na
{% endsolution %}
{% endpregunta %}

{% pregunta %}
¿Qué gas liberan las plantas?
{% solution %}
TODO
{% endsolution %}
{% endpregunta %}
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [("tag-question", "¿Cuál es el símbolo del sodio?", "Na")]
    assert [message for _, message in unanswered] == ["¿Qué gas liberan las plantas? (placeholder)"]


def test_pairs_without_answer_tags_are_left_alone() -> None:
    text = """\
# Notizen

{% callout type="tip" %}
Wie merkt man sich die Planeten?
{% /callout %}

{% frage %}
Welcher Planet ist der größte?
{% /frage %}
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "tag-question"]
