"""Nuxt Content MDC block components: folding items whose label asks (`:::accordion-item{label="…?"}`),
`::field{name="…"}` terms, and question/answer tabs written as `::tabs` / `:::tabs-item{label="…"}`."""

from __future__ import annotations

from ankibuild.extract.mdc import component_body, find_components
from tests.helpers import cards_and_unanswered

ACCORDION = """\
# Astronomie — Fragen zur Prüfung

::callout{icon="i-lucide-info"}
Die Antworten sind eingeklappt.
::

## Sterne

::accordion
---
type: multiple
---

  :::accordion-item{label="Warum leuchten Sterne?" icon="i-lucide-circle-help"}
  Kernfusion im Kern: Wasserstoff wird zu Helium verschmolzen.
  :::

  :::accordion-item{label="Was ist ein Weißer Zwerg?" icon="i-lucide-circle-help"}
  :::

  :::accordion-item{label="¿Qué es una enana roja?" icon="i-lucide-circle-help"}
  TODO
  :::

  :::accordion-item{label="Noch Fragen? Schreib mir" icon="i-lucide-mail"}
  Per E-Mail an die Fachschaft.
  :::
::

## Größen

::field-group
  ::field{name="Parsec" type="Länge"}
  Die Entfernung, aus der eine Astronomische Einheit unter einer Bogensekunde erscheint.
  ::

  ::field{name="Albedo" type="Verhältnis"}
  ::
::
"""


def test_a_folding_component_whose_label_asks_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(ACCORDION)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Warum leuchten Sterne?", "Kernfusion im Kern: Wasserstoff wird zu Helium verschmolzen."),
        ("Parsec", "Die Entfernung, aus der eine Astronomische Einheit unter einer Bogensekunde erscheint."),
    ]
    assert {rule for _, rule, _, _ in cards} == {"shortcode-item"}
    assert [q.split(" (")[0] for _, q in unanswered] == ["Was ist ein Weißer Zwerg?", "¿Qué es una enana roja?", "Albedo"]


def test_a_contact_pointer_and_a_callout_are_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(ACCORDION)
    fronts = [q for _, _, q, _ in cards] + [q for _, q in unanswered]
    assert not any("Schreib mir" in q or "eingeklappt" in q for q in fronts)


def test_the_props_block_is_no_content() -> None:
    lines = ACCORDION.split("\n")
    group = next(c for c in find_components(lines) if c.name == "accordion")
    assert "type: multiple" not in component_body(lines, group)
    assert component_body(lines, group).startswith("**Warum leuchten Sterne?**")


TABS = """\
# Química orgánica

## Ejercicio 4

::tabs
  :::tabs-item{label="Pregunta" icon="i-lucide-circle-help"}
  ¿Cuántos isómeros estructurales tiene el butano?
  :::

  :::tabs-item{label="Respuesta" icon="i-lucide-check"}
  Dos: *n*-butano e isobutano.
  :::
::

## Ejercicio 5

::tabs
  :::tabs-item{label="Pregunta"}
  Nombra el grupo funcional de los ésteres.
  :::

  :::tabs-item{label="Respuesta"}
  TODO — revisar en clase.
  :::
::
"""


def test_question_and_answer_tabs_written_as_components_make_one_card_each() -> None:
    cards, unanswered = cards_and_unanswered(TABS)
    assert [(q, a, rule) for _, rule, q, a in cards] == [
        ("¿Cuántos isómeros estructurales tiene el butano?", "Dos: *n*-butano e isobutano.", "content-tab")
    ]
    assert [q.split(" (")[0] for _, q in unanswered] == ["Nombra el grupo funcional de los ésteres."]


NEAR_MISS = """\
# Notatki z biologii

::callout{label="Czym jest osmoza?" icon="i-lucide-info"}
Przeczytaj rozdział 3 przed zajęciami.
::

::card{title="Dlaczego liście są zielone?"}
Zobacz slajdy z wykładu.
::

Wektor w C++ to std::vector, nie komponent.
"""


def test_components_that_do_not_fold_are_no_cards_whatever_their_label() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert cards == [] and unanswered == []
