"""Terms and questions written as HTML definition lists (the `html-definition` rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

GLOSSARY = """\
# Astronomy glossary

## Stars

<dl>
  <dt>Red giant</dt>
  <dd>A star late in its life whose outer layers have swollen after the hydrogen in its core ran out.</dd>

  <dt>Parsec</dt>
  <dd></dd>

  <dt>1. Why do <b>white dwarfs</b> stop shrinking?</dt>
  <dd>
    <ul>
      <li>electron degeneracy pressure;</li>
      <li>it holds below about 1.4 solar masses.</li>
    </ul>
  </dd>

  <dt>2. What is a light year?</dt>
  <dd><!-- to write after the lab --></dd>
</dl>
"""

FRENCH_SHARED = """\
# Révision de chimie

<dl>
  <dt>Oxydant</dt>
  <dt>Accepteur d'électrons</dt>
  <dd>Espèce qui capte un ou plusieurs électrons au cours d'une réaction.</dd>

  <dt>Qu'est-ce qu'un catalyseur ?</dt>
  <dd>TODO</dd>
</dl>
"""

ITALIAN_WITH_ASIDE = """\
# Diritto privato — ripasso

## Perché questo file?

L'ho scritto per ripassare in treno, le definizioni sono sotto.

## Termini

<dl>
  <dt>Capacità giuridica</dt>
  <dd>L'attitudine a essere titolare di diritti e doveri; si acquista con la nascita.</dd>
  <dt>Capacità d'agire</dt>
  <dd>L'idoneità a compiere atti giuridici; si acquista con la maggiore età.</dd>
  <dt>Che cos'è la prescrizione?</dt>
  <dd>L'estinzione di un diritto che non viene esercitato per il tempo previsto dalla legge.</dd>
  <dt>Usucapione</dt>
  <dd>Acquisto della proprietà per il possesso continuato nel tempo.</dd>
  <dt>Decadenza</dt>
  <dd>La perdita di un diritto non esercitato entro un termine perentorio.</dd>
  <dt>Mora del debitore</dt>
  <dd>Il ritardo colpevole nell'adempimento dell'obbligazione.</dd>
  <dt>Comodato</dt>
  <dd>Il prestito gratuito di una cosa da restituire.</dd>
  <dt>Mutuo</dt>
  <dd>Il prestito di denaro o di cose fungibili da restituire nella stessa quantità.</dd>
</dl>
"""

CODE_SAMPLE = """\
# HTML lesson

A definition list is written like this:

```html
<dl>
  <dt>Term</dt>
  <dd>Its definition.</dd>
</dl>
```
"""


def test_each_term_and_question_is_a_card_and_empty_definitions_are_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(GLOSSARY)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (6, "html-definition", "Red giant"),
        (12, "html-definition", "Why do white dwarfs stop shrinking?"),
    ]
    assert cards[0][3].startswith("A star late in its life")
    assert cards[1][3] == "<ul> <li>electron degeneracy pressure;</li> <li>it holds below about 1.4 solar masses.</li> </ul>"
    assert unanswered == [(9, "Parsec"), (20, "What is a light year?")]


def test_terms_in_a_row_share_the_definition_after_them_and_a_placeholder_answers_nothing() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH_SHARED)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Oxydant", "Espèce qui capte un ou plusieurs électrons au cours d'une réaction."),
        ("Accepteur d'électrons", "Espèce qui capte un ou plusieurs électrons au cours d'une réaction."),
    ]
    assert [message for _, message in unanswered] == ["Qu'est-ce qu'un catalyseur ? (placeholder)"]


def test_a_heading_question_beside_the_lists_is_the_writers_aside() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN_WITH_ASIDE)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("html-definition", "Capacità giuridica"),
        ("html-definition", "Capacità d'agire"),
        ("html-definition", "Che cos'è la prescrizione?"),
        ("html-definition", "Usucapione"),
        ("html-definition", "Decadenza"),
        ("html-definition", "Mora del debitore"),
        ("html-definition", "Comodato"),
        ("html-definition", "Mutuo"),
    ]
    assert cards[0][2:] == (
        "Capacità giuridica",
        "L'attitudine a essere titolare di diritti e doveri; si acquista con la nascita.",
    )
    assert unanswered == []


def test_a_definition_list_shown_as_code_stays_code() -> None:
    extraction, _ = extract_text(CODE_SAMPLE)
    assert not any(d.convention == "html-definition" for d in extraction.drafts)


MIXED = """\
# Notes de géographie

## Vocabulaire

<dl>
  <dt>Delta</dt>
  <dd>Embouchure d'un fleuve divisée en plusieurs bras.</dd>
  <dt>Estuaire</dt>
  <dd>Embouchure unique et évasée où la marée remonte.</dd>
  <dt>Méandre</dt>
  <dd>Courbe prononcée que décrit un cours d'eau.</dd>
</dl>

## Pourquoi les deltas se forment-ils ?

Parce que le fleuve dépose plus d'alluvions que la mer n'en emporte.

## Qu'est-ce qu'un bassin versant ?

Le territoire dont toutes les eaux rejoignent le même cours d'eau.
"""


def test_heading_questions_as_many_as_a_quarter_of_the_entries_stay_cards() -> None:
    cards, _ = cards_and_unanswered(MIXED)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("html-definition", "Delta"),
        ("html-definition", "Estuaire"),
        ("html-definition", "Méandre"),
        ("heading", "Pourquoi les deltas se forment-ils ?"),
        ("heading", "Qu'est-ce qu'un bassin versant ?"),
    ]


WRITERSIDE_DEFLIST = """\
# Geología — repaso

## Rocas {id="rocas"}

<deflist collapsible="true" default-state="collapsed">
<def title="¿Qué es una roca `ígnea`?">
Una roca formada al enfriarse el <emphasis>magma</emphasis> o la lava.
</def>
<def title="Diagénesis &amp; litificación">
<!-- TODO: terminar -->
</def>
<def title="¿Cómo se forma el mármol?">
Por metamorfismo de la <code>caliza</code>.
</def>
</deflist>

<deflist>
<def title="Wie entsteht Basalt?">
Aus schnell erkaltender Lava an der Oberfläche.
</def>
</deflist>

Ein Satz über `<deflist>` im Fließtext bleibt Text.
"""


def test_a_writerside_deflist_gives_one_card_per_def_its_title_the_front() -> None:
    cards, unanswered = cards_and_unanswered(WRITERSIDE_DEFLIST)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("html-definition", "¿Qué es una roca `ígnea`?", "Una roca formada al enfriarse el *magma* o la lava."),
        ("html-definition", "¿Cómo se forma el mármol?", "Por metamorfismo de la `caliza`."),
        ("html-definition", "Wie entsteht Basalt?", "Aus schnell erkaltender Lava an der Oberfläche."),
    ]
    assert [message for _, message in unanswered] == ["Diagénesis & litificación"]
